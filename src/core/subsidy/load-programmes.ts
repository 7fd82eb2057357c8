import { DayNumber, dayToIso, isoToDay } from "../dates/civil";
import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { compareText } from "../table/compare-text";
import { canonicalOffice } from "../offices/office-names";
import { Programme, SubsidyRule } from "./programme";
import {
  AMOUNT_TYPES,
  BENEFICIARIES,
  COST_BASES,
  JURISDICTION_GROUPS,
  LIMIT_SCOPES,
  ROLES,
  RIGHT_TYPES,
  STATUSES,
  TRIGGERS,
  isOneOf,
} from "./vocabulary";

/** Every key a row may have; any other key is a typo the loader names (e.g. "perYearCap"). */
const ROW_KEYS = new Set([
  "id",
  "programme",
  "programmeName",
  "region",
  "currency",
  "role",
  "scope",
  "beneficiary",
  "rightType",
  "jurisdictionGroup",
  "offices",
  "trigger",
  "amountType",
  "amount",
  "rate",
  "costBase",
  "perCaseCap",
  "perYearCountCap",
  "perYearAmountCap",
  "perYearMinCount",
  "perRightCountCap",
  "windowYearsFromGrant",
  "claimLagYears",
  "firstTimeBonus",
  "stackingGroup",
  "effectiveFrom",
  "effectiveTo",
  "status",
  "conditions",
  "source",
  "verified",
  "confidence",
]);

/** Keys a limit row must not carry: a limit restricts what others pay and pays nothing itself. */
const PAYS_ONLY_KEYS = [
  "beneficiary",
  "amount",
  "perCaseCap",
  "perYearCountCap",
  "perYearMinCount",
  "perRightCountCap",
  "windowYearsFromGrant",
  "claimLagYears",
  "firstTimeBonus",
  "stackingGroup",
] as const;

type Row = Record<string, unknown>;

/** Reads one row's fields, each error naming the file, the row index, the rule id and the key. */
class RowReader {
  constructor(
    private readonly row: Row,
    private readonly where: string
  ) {}

  fail(key: string, problem: string): never {
    throw new DomainError(
      "invalid-data",
      `${this.where}.${key}`,
      `${this.where}.${key}: ${problem}.`
    );
  }

  has(key: string): boolean {
    return this.row[key] !== undefined && this.row[key] !== null;
  }

  text(key: string): string {
    const value = this.row[key];
    if (typeof value !== "string" || value.trim() === "")
      this.fail(key, "missing (a text is required)");
    return value.trim();
  }

  optionalText(key: string): string | undefined {
    return this.has(key) ? this.text(key) : undefined;
  }

  word<T extends string>(key: string, words: readonly T[], fallback?: T): T {
    if (!this.has(key) && fallback !== undefined) return fallback;
    const value = this.row[key];
    if (!isOneOf(words, value))
      this.fail(key, `${JSON.stringify(value)} is not one of ${words.join(", ")}`);
    return value;
  }

  /** One word or a non-empty list of words, as a list without repeats. */
  words<T extends string>(key: string, words: readonly T[]): T[] {
    const value = this.row[key];
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) this.fail(key, "is an empty list");
    for (const item of list) {
      if (!isOneOf(words, item))
        this.fail(key, `${JSON.stringify(item)} is not one of ${words.join(", ")}`);
    }
    return [...new Set(list as T[])];
  }

  /** An amount as a decimal string ("2500", "0.5"): never a JSON number, so no float touches it. */
  amount(key: string): Money {
    const value = this.row[key];
    if (typeof value !== "string" || !/^\d+(\.\d+)?$/.test(value)) {
      this.fail(
        key,
        `${JSON.stringify(value)} is not an amount written as a string such as "2500"`
      );
    }
    return new Money(value);
  }

  optionalAmount(key: string): Money | undefined {
    return this.has(key) ? this.amount(key) : undefined;
  }

  optionalCount(key: string): number | undefined {
    if (!this.has(key)) return undefined;
    const value = this.row[key];
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
      this.fail(key, `${JSON.stringify(value)} is not a whole number of 1 or more`);
    }
    return value;
  }

  date(key: string): DayNumber {
    const value = this.row[key];
    if (typeof value !== "string")
      this.fail(key, `${JSON.stringify(value)} is not a yyyy-mm-dd date`);
    try {
      return isoToDay(value);
    } catch (error) {
      return this.fail(key, (error as Error).message);
    }
  }

  boolean(key: string): boolean {
    const value = this.row[key];
    if (typeof value !== "boolean") this.fail(key, "missing (true or false is required)");
    return value;
  }
}

/** The text keys of a rule row: what the pane shows and writes, never what a calculation reads. */
export const RULE_TEXT_KEYS = ["programmeName", "conditions", "source"] as const;

function readRule(row: unknown, where: string, texts: boolean): SubsidyRule {
  if (typeof row !== "object" || row === null || Array.isArray(row)) {
    throw new DomainError("invalid-data", where, `${where}: a rule row must be an object.`);
  }
  const fields = row as Row;
  const label = typeof fields.id === "string" ? `${where} (${fields.id})` : where;
  const read = new RowReader(fields, label);
  for (const key of Object.keys(fields)) {
    if (!ROW_KEYS.has(key)) read.fail(key, "is not a field of a subsidy rule");
  }

  const id = read.text("id");
  const programme = read.text("programme");
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(programme)) {
    read.fail(
      "programme",
      `"${programme}" must be letters, digits, ".", "_" or "-", as typed in a cell`
    );
  }
  const currency = read.optionalText("currency") ?? "CNY";
  if (!/^[A-Z]{3}$/.test(currency)) read.fail("currency", `"${currency}" is not an ISO 4217 code`);
  const role = read.word("role", ROLES, "pays");
  const offices = read.has("offices") ? readOffices(fields.offices, read) : undefined;
  const effectiveFrom = read.date("effectiveFrom");
  const effectiveTo = read.has("effectiveTo") ? read.date("effectiveTo") : undefined;
  if (effectiveTo !== undefined && effectiveTo < effectiveFrom) {
    read.fail(
      "effectiveTo",
      `${dayToIso(effectiveTo)} is before effectiveFrom ${dayToIso(effectiveFrom)}; dates out of order`
    );
  }
  if (texts && !read.has("source")) read.fail("source", "missing: every figure needs its source");

  const rule: SubsidyRule = {
    id,
    programme,
    programmeName: texts ? read.text("programmeName") : "",
    region: read.text("region"),
    currency,
    role,
    beneficiary: read.word("beneficiary", BENEFICIARIES, "applicant"),
    rightTypes: read.words("rightType", RIGHT_TYPES),
    jurisdictionGroups: read.words("jurisdictionGroup", JURISDICTION_GROUPS),
    offices,
    trigger: read.word("trigger", TRIGGERS),
    effectiveFrom,
    effectiveTo,
    status: read.word("status", STATUSES),
    conditions: texts ? read.optionalText("conditions") : undefined,
    source: texts ? read.text("source") : "",
    verified: read.boolean("verified"),
  };
  // The grade of the source, as every data file carries it: only HIGH is verified.
  const confidence = fields.confidence;
  if (
    confidence !== undefined &&
    !(
      ["HIGH", "MED", "LOW"].includes(String(confidence)) &&
      (confidence === "HIGH") === rule.verified
    )
  )
    read.fail("confidence", "must be HIGH, MED or LOW, and HIGH exactly when verified");
  return role === "pays" ? readPays(rule, read) : readLimit(rule, fields, read);
}

function readOffices(value: unknown, read: RowReader): string[] {
  if (!Array.isArray(value) || value.length === 0)
    read.fail("offices", "must be a list of office codes");
  return value.map((code) => {
    try {
      return canonicalOffice(String(code), "offices");
    } catch (error) {
      return read.fail("offices", (error as Error).message);
    }
  });
}

function readPays(rule: SubsidyRule, read: RowReader): SubsidyRule {
  if (read.has("scope")) read.fail("scope", "only a limit row has a scope");
  const amountType = read.word("amountType", AMOUNT_TYPES);
  const common = {
    ...rule,
    amountType,
    perCaseCap: read.optionalAmount("perCaseCap"),
    perYearCountCap: read.optionalCount("perYearCountCap"),
    perYearAmountCap: read.optionalAmount("perYearAmountCap"),
    perYearMinCount: read.optionalCount("perYearMinCount"),
    perRightCountCap: read.optionalCount("perRightCountCap"),
    windowYearsFromGrant: read.optionalCount("windowYearsFromGrant"),
    claimLagYears: read.optionalCount("claimLagYears"),
    firstTimeBonus: read.optionalAmount("firstTimeBonus"),
    stackingGroup: read.optionalText("stackingGroup"),
  };
  if (amountType === "fixed") {
    if (read.has("rate") || read.has("costBase")) {
      read.fail(read.has("rate") ? "rate" : "costBase", "a fixed rule has an amount, not a rate");
    }
    return { ...common, amount: read.amount("amount") };
  }
  if (read.has("amount")) read.fail("amount", "a percent rule has a rate, not an amount");
  return { ...common, rate: readRate(read), costBase: read.word("costBase", COST_BASES) };
}

function readLimit(rule: SubsidyRule, fields: Row, read: RowReader): SubsidyRule {
  for (const key of PAYS_ONLY_KEYS) {
    if (fields[key] !== undefined && fields[key] !== null) {
      read.fail(key, "a limit row restricts what other rows pay and cannot have it");
    }
  }
  const limit: SubsidyRule = {
    ...rule,
    scope: read.word("scope", LIMIT_SCOPES),
    perYearAmountCap: read.optionalAmount("perYearAmountCap"),
  };
  if (read.has("rate") || read.has("amountType")) {
    if (read.word("amountType", AMOUNT_TYPES) !== "percent") {
      read.fail("amountType", 'a limit caps by a rate, so its amountType is "percent"');
    }
    return {
      ...limit,
      amountType: "percent",
      // A limit of 0 is a ban (CNIPA 2021: no filing-stage subsidies from 2021-07-01).
      rate: readRate(read, true),
      costBase: read.word("costBase", COST_BASES),
    };
  }
  if (!limit.perYearAmountCap) read.fail("rate", "a limit needs a rate or a perYearAmountCap");
  return limit;
}

function readRate(read: RowReader, zeroAllowed = false): Money {
  const rate = read.amount("rate");
  if ((rate.isZero() && !zeroAllowed) || rate.greaterThan(1)) {
    read.fail(
      "rate",
      `${rate.toString()} is not a fraction above 0 and at most 1 (write 50% as "0.5")`
    );
  }
  return rate;
}

/**
 * Validates subsidy rule rows (from `src/data/subsidies.json` or a user's table) and groups them into
 * programmes sorted by id. Throws a DomainError ("invalid-data") naming `where`, the row, the rule id and
 * the key at fault: unknown keys, malformed or out-of-order dates, amounts that are not strings, missing
 * sources, duplicate ids, and programmes whose rows disagree on name, region or currency. The rows of a
 * programme must be listed in effectiveFrom order, as a dated series is. With `texts` false the rows' text
 * keys (RULE_TEXT_KEYS) are not read: names and sources are empty, conditions absent (the figures alone,
 * as IP.SUBSIDY computes with them).
 * @example loadProgrammeRows(rows, "Subsidies table").map((p) => p.id) //=> ["MY-DISTRICT-2025"]
 */
export function loadProgrammeRows(rows: unknown, where: string, texts = true): Programme[] {
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new DomainError("invalid-data", where, `${where}: no rule rows.`);
  }
  const byProgramme = new Map<string, SubsidyRule[]>();
  const seenIds = new Map<string, number>();
  rows.forEach((row, index) => {
    const at = `${where}[${index}]`;
    const rule = readRule(row, at, texts);
    const earlier = seenIds.get(rule.id);
    if (earlier !== undefined) {
      throw new DomainError(
        "invalid-data",
        `${at}.id`,
        `${at}.id: "${rule.id}" is also the id of ${where}[${earlier}].`
      );
    }
    seenIds.set(rule.id, index);
    const siblings = byProgramme.get(rule.programme) ?? [];
    const first = siblings[0];
    const previous = siblings[siblings.length - 1];
    if (first) {
      for (const key of ["programmeName", "region", "currency"] as const) {
        if (rule[key] !== first[key]) {
          throw new DomainError(
            "invalid-data",
            `${at}.${key}`,
            `${at} (${rule.id}).${key}: "${rule[key]}" differs from "${first[key]}" of ${first.id} in programme ${rule.programme}.`
          );
        }
      }
    }
    if (previous && rule.effectiveFrom < previous.effectiveFrom) {
      throw new DomainError(
        "invalid-data",
        `${at}.effectiveFrom`,
        `${at} (${rule.id}).effectiveFrom: ${dayToIso(rule.effectiveFrom)} is before ${dayToIso(previous.effectiveFrom)} ` +
          `of ${previous.id}; list the rows of programme ${rule.programme} in date order.`
      );
    }
    byProgramme.set(rule.programme, [...siblings, rule]);
  });
  return [...byProgramme.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([id, rules]) => programmeOf(id, rules));
}

/**
 * Validates a subsidy data file (`{ "rules": [ … ] }`) and returns its programmes sorted by id; errors name
 * the file and key, e.g. `subsidies.json rules[3] (SZ-2021/pct-publication).source: missing: …`.
 * @example loadProgrammes(subsidiesJson).map((p) => p.id)[0] //=> "CNIPA-2021"
 */
export function loadProgrammes(data: unknown, file = "subsidies.json", texts = true): Programme[] {
  const rules = typeof data === "object" && data !== null ? (data as Row).rules : undefined;
  return loadProgrammeRows(rules, `${file} rules`, texts);
}

function programmeOf(id: string, rules: SubsidyRule[]): Programme {
  const sorted = [...rules].sort((a, b) => compareText(a.id, b.id));
  const openEnded = rules.some((rule) => rule.effectiveTo === undefined);
  return {
    id,
    name: rules[0].programmeName,
    region: rules[0].region,
    currency: rules[0].currency,
    effectiveFrom: Math.min(...rules.map((rule) => rule.effectiveFrom)),
    effectiveTo: openEnded
      ? undefined
      : Math.max(...rules.map((rule) => rule.effectiveTo as number)),
    verified: rules.every((rule) => rule.verified),
    rules: sorted,
  };
}
