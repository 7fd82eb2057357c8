import raw from "../../../data/offices/us-fees.json";
import { Money } from "../../money/money";
import { Dated, datedSeries } from "../../rules/dated-series";
import {
  asAmount,
  asArray,
  asConfidence,
  asObject,
  checkSource,
  checkVerified,
  dataError,
} from "../data-checks";
import { UsEntity } from "../entity";
import { Confidence } from "../office-pack";

/** The maintenance-fee stage: 1, 2 or 3 (the 3.5-, 7.5- and 11.5-year fees). */
export type UsStage = 1 | 2 | 3;

export type ByEntity<T> = Record<UsEntity, T>;

export interface UsSchedule {
  stages: Record<UsStage, ByEntity<Money>>;
  /** The surcharge for paying in the six-month grace period, 37 CFR 1.20(h). */
  surcharge: ByEntity<Money>;
  confidence: Confidence;
}

/** A petition figure: an amount with its grade, or the reason it is not in our data. */
export type UsPetitionFigure =
  { amount: Money; confidence: Confidence } | { amount: undefined; missing: string };

export interface UsPetition {
  withinThreshold: ByEntity<UsPetitionFigure>;
  pastThreshold: ByEntity<UsPetitionFigure>;
}

export interface UsData {
  maintenance: Dated<UsSchedule>[];
  petition: Dated<UsPetition>[];
}

const FILE = "us-fees.json";
const ENTITIES: readonly UsEntity[] = ["large", "small", "micro"];

function byEntity<T>(
  value: unknown,
  key: string,
  read: (item: unknown, key: string) => T
): ByEntity<T> {
  const entry = asObject(value, FILE, key);
  const result = {} as ByEntity<T>;
  for (const entity of ENTITIES) result[entity] = read(entry[entity], `${key}.${entity}`);
  return result;
}

function amount(value: unknown, key: string): Money {
  return asAmount(value, FILE, key);
}

function loadSchedule(value: unknown, key: string): UsSchedule {
  const entry = asObject(value, FILE, key);
  const confidence = asConfidence(entry.confidence, FILE, `${key}.confidence`);
  checkVerified(entry.verified, confidence, FILE, `${key}.verified`);
  const stages = asObject(entry.stages, FILE, `${key}.stages`);
  checkSource(entry.source, FILE, `${key}.source`);
  return {
    stages: {
      1: byEntity(stages["1"], `${key}.stages.1`, amount),
      2: byEntity(stages["2"], `${key}.stages.2`, amount),
      3: byEntity(stages["3"], `${key}.stages.3`, amount),
    },
    surcharge: byEntity(entry.surcharge, `${key}.surcharge`, amount),
    confidence,
  };
}

function petitionFigure(value: unknown, key: string): UsPetitionFigure {
  const entry = asObject(value, FILE, key);
  if (entry.amount === undefined) {
    if (typeof entry.missing !== "string" || entry.missing.trim() === "")
      throw dataError(FILE, key, "has neither an amount nor the reason it is missing");
    return { amount: undefined, missing: entry.missing };
  }
  return {
    amount: asAmount(entry.amount, FILE, `${key}.amount`),
    confidence: asConfidence(entry.confidence, FILE, `${key}.confidence`),
  };
}

function loadPetition(value: unknown, key: string): UsPetition {
  const entry = asObject(value, FILE, key);
  checkSource(entry.source, FILE, `${key}.source`);
  return {
    withinThreshold: byEntity(entry.withinThreshold, `${key}.withinThreshold`, petitionFigure),
    pastThreshold: byEntity(entry.pastThreshold, `${key}.pastThreshold`, petitionFigure),
  };
}

/** Validates the USPTO data file; throws a DomainError naming us-fees.json and the key at fault. */
export function loadUsData(source: unknown): UsData {
  const data = asObject(source, FILE, "(file)");
  const fromOf = (entry: unknown) => String((entry as { from?: unknown }).from);
  return {
    maintenance: datedSeries(
      asArray(data.maintenance, FILE, "maintenance"),
      fromOf,
      (entry, index) => loadSchedule(entry, `maintenance[${index}]`),
      `${FILE} maintenance`
    ),
    petition: datedSeries(
      asArray(data.petition, FILE, "petition"),
      fromOf,
      (entry, index) => loadPetition(entry, `petition[${index}]`),
      `${FILE} petition`
    ),
  };
}

/** The built-in USPTO data, validated once at load. */
export const US_DATA: UsData = loadUsData(raw);
