import { DayNumber, dayToIso, isoToDay } from "../../dates/civil";
import { DomainError, isDomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { Dated } from "../../rules/dated-series";
import { readingOf } from "../../rules/source-read-on";
import { Confidence, SourceRef } from "../office-pack";
import { RIGHT_KINDS, RightKind } from "./right-kind";

/** A fee schedule: for each kind, the annual fee of annuity year n at index n (index 0 unused). */
export interface FeeSchedule {
  /** True when every band of the schedule is verified (HIGH). */
  verified: boolean;
  /** The distinct titles of the bands' sources, in band order. */
  source: string;
  fees: Record<RightKind, (Money | undefined)[]>;
  /** The band each fee comes from (same indexes as `fees`): its grade and its source, as the data says. */
  bands: Record<RightKind, (FeeBand | undefined)[]>;
}

/** The raw shape of one band (see FeeBandData in rules.ts; repeated here to keep this file standalone). */
interface RawBand {
  kind: string;
  years: number[];
  amount: string;
  from: string;
  until?: string;
  confidence: string;
  verified: boolean;
  source: { title: string; url?: string; sourceReadOn?: string };
}

/** A band after its checks: the dates as day numbers, the amount as money. */
export interface FeeBand {
  index: number;
  kind: RightKind;
  first: number;
  last: number;
  amount: Money;
  from: DayNumber;
  until?: DayNumber;
  verified: boolean;
  confidence: Confidence;
  title: string;
  source: SourceRef;
}

const GRADES = ["HIGH", "MED", "LOW"];

function bandError(where: string, key: string, problem: string, index: number): DomainError {
  return new DomainError("invalid-data", key, `${where}: ${key} ${problem}.`, {
    location: { file: where.split(" ")[0], index, key },
  });
}

function day(text: unknown, where: string, key: string, index: number): DayNumber {
  try {
    return isoToDay(String(text));
  } catch (error) {
    throw bandError(where, key, (error as Error).message.replace(/^"[^"]*" /, ""), index);
  }
}

/** Checks one band entry, naming the file, the entry and the key at fault. */
export function checkBand(raw: RawBand, file: string, index: number): FeeBand {
  const where = `${file} bands[${index}]`;
  if (!RIGHT_KINDS.includes(raw.kind as RightKind))
    throw bandError(
      where,
      "kind",
      `is ${JSON.stringify(raw.kind)}, not ${RIGHT_KINDS.join(", ")}`,
      index
    );
  const [first, last] = Array.isArray(raw.years) ? raw.years : [];
  if (
    raw.years?.length !== 2 ||
    !Number.isInteger(first) ||
    !Number.isInteger(last) ||
    first < 1 ||
    last < first
  )
    throw bandError(
      where,
      "years",
      `is ${JSON.stringify(raw.years)}, not a band of years such as [1, 3]`,
      index
    );
  if (typeof raw.amount !== "string" || !/^\d+(\.\d{1,2})?$/.test(raw.amount))
    throw bandError(
      where,
      "amount",
      `is ${JSON.stringify(raw.amount)}, not an amount such as "1200" or "0.05"`,
      index
    );
  const from = day(raw.from, where, "from", index);
  const until = raw.until === undefined ? undefined : day(raw.until, where, "until", index);
  if (until !== undefined && until < from)
    throw bandError(where, "until", `${raw.until} is before from ${raw.from}`, index);
  if (!GRADES.includes(raw.confidence))
    throw bandError(
      where,
      "confidence",
      `is ${JSON.stringify(raw.confidence)}, not one of ${GRADES.join(", ")}`,
      index
    );
  if (raw.verified !== (raw.confidence === "HIGH"))
    throw bandError(
      where,
      "verified",
      `is ${JSON.stringify(raw.verified)}: it must be true for HIGH figures and false otherwise`,
      index
    );
  if (!raw.source || typeof raw.source.title !== "string" || raw.source.title.trim() === "")
    throw bandError(where, "source.title", "is missing: name the public document", index);
  if (raw.source.url !== undefined && !/^https?:\/\/\S+$/.test(String(raw.source.url)))
    throw bandError(where, "source.url", "is not an http(s) link", index);
  let reading;
  try {
    reading = readingOf(raw.source as unknown as Record<string, unknown>, `${where}.source`);
  } catch (error) {
    throw isDomainError(error) ? error.at({ index }) : error;
  }
  return {
    index,
    kind: raw.kind as RightKind,
    first,
    last,
    amount: new Money(raw.amount),
    from,
    until,
    verified: raw.verified,
    confidence: raw.confidence as Confidence,
    title: raw.source.title,
    source: {
      title: raw.source.title,
      ...(raw.source.url === undefined ? {} : { url: raw.source.url }),
      ...reading,
    },
  };
}

const inForce = (band: FeeBand, on: DayNumber) =>
  band.from <= on && (band.until === undefined || on <= band.until);
const overlap = (a: FeeBand, b: FeeBand) => a.first <= b.last && b.first <= a.last;

/**
 * The bands of one kind in force on `on`, each not replaced by a newer overlapping band, in year order.
 * Two overlapping bands from the same day are an error: the data would not say which applies.
 */
export function bandsInForce(
  bands: readonly FeeBand[],
  kind: RightKind,
  on: DayNumber,
  file: string
): FeeBand[] {
  const live = bands.filter((band) => band.kind === kind && inForce(band, on));
  const kept = live.filter((band) => {
    for (const other of live) {
      if (other === band || !overlap(band, other)) continue;
      if (other.from > band.from) return false;
      if (other.from === band.from)
        throw bandError(
          `${file} bands[${Math.max(band.index, other.index)}]`,
          "years",
          `overlap bands[${Math.min(band.index, other.index)}] (${kind}, both from ${dayToIso(band.from)}): say which applies by giving them different dates`,
          Math.max(band.index, other.index)
        );
    }
    return true;
  });
  return kept.sort((a, b) => a.first - b.first);
}

/** The schedule assembled from the bands in force on `on`; every kind must run from year 1 without gap. */
export function scheduleOn(bands: readonly FeeBand[], on: DayNumber, file: string): FeeSchedule {
  const fees = {} as Record<RightKind, (Money | undefined)[]>;
  const byYear = {} as Record<RightKind, (FeeBand | undefined)[]>;
  const used: FeeBand[] = [];
  for (const kind of RIGHT_KINDS) {
    const table: (Money | undefined)[] = [undefined];
    const from: (FeeBand | undefined)[] = [undefined];
    const own = bandsInForce(bands, kind, on, file);
    if (own.length === 0)
      throw new DomainError(
        "invalid-data",
        "bands",
        `${file} on ${dayToIso(on)}, ${kind}: no band is in force.`,
        { location: { file } }
      );
    for (const band of own) {
      // Bands must continue exactly where the previous one stopped: a gap would be a silent 0.
      if (band.first !== table.length)
        throw new DomainError(
          "invalid-data",
          "years",
          `${file} on ${dayToIso(on)}, ${kind}: band ${band.first}-${band.last} does not start at year ${table.length}.`,
          { location: { file, index: band.index, key: "years" } }
        );
      for (let year = band.first; year <= band.last; year += 1) {
        table.push(band.amount);
        from.push(band);
      }
    }
    fees[kind] = table;
    byYear[kind] = from;
    used.push(...own);
  }
  return {
    verified: used.every((band) => band.verified),
    source: [...new Set(used.map((band) => band.title))].join("; "),
    fees,
    bands: byYear,
  };
}

/**
 * Checks every band, then assembles the schedule in force from each day a band starts or ends, so the
 * fee engine looks a schedule up by due date as before.
 * @example feeSchedulesFromBands(BUILT_IN_CN_RULES_DATA.annualFees.bands, "cn-annual-fees.json").length //=> 2
 */
export function feeSchedulesFromBands(
  raw: readonly RawBand[],
  file: string
): { bands: FeeBand[]; schedules: Dated<FeeSchedule>[] } {
  if (!Array.isArray(raw) || raw.length === 0)
    throw new DomainError("invalid-data", "bands", `${file}: bands is not a non-empty list.`, {
      location: { file },
    });
  const bands = raw.map((band, index) => checkBand(band, file, index));
  const changes = new Set<DayNumber>();
  for (const band of bands) {
    changes.add(band.from);
    if (band.until !== undefined) changes.add(band.until + 1);
  }
  const schedules = [...changes]
    .sort((a, b) => a - b)
    .map((from) => ({ from, value: scheduleOn(bands, from, file) }));
  return { bands, schedules };
}
