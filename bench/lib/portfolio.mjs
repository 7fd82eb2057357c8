// Deterministic synthetic portfolios for the benchmark (same seed → same rights, on every machine).
import { src } from "./load.mjs";

const { dayFromCivil, addYearsClamped } = src("core/dates/civil");
const { annuityYearOf } = src("core/offices/cn/annuity-year");
const { termYears } = src("core/offices/cn/term");
const { Money } = src("core/money/money");

/** The fixed as-of date of every figure, so results do not move with the calendar. */
export const AS_OF = dayFromCivil(2026, 1, 1);

/** A 32-bit xorshift generator: fast, seedable, good enough to spread synthetic rights. */
export function seeded(seed) {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

const OWNERS = [
  "Tokyo HQ",
  "Osaka Lab",
  "Nagoya Works",
  "Shenzhen Subsidiary",
  "Suzhou Plant",
  "Shanghai R&D",
  "Beijing Office",
  "Chengdu JV",
  "Hangzhou Design Centre",
  "Licensing Ltd",
];

const KIND_DIGIT = { invention: 1, utility: 2, design: 3 };

// One Money per reduction rate, shared by the rights that have it, as readPortfolio reads a reduction
// once per distinct cell value (the projection is measured on rights as the reader makes them).
const NO_REDUCTION = new Money(0);
const REDUCED_85 = new Money("0.85");
const REDUCED_70 = new Money("0.7");

/**
 * `count` PortfolioRight objects, as readPortfolio returns them.
 * - "mixed": filing dates 2005-2025; 50% inventions, 35% utility models, 15% designs; grant 0.4-4 years
 *   after filing when that is before the as-of date, else pending; 8% lapsed, 3% abandoned; about 30% of
 *   all rights granted with a reduction (0.85 or 0.7); half the granted rights have a last year paid.
 * - "long-lived": inventions filed 2016-07 … 2025 and designs filed 2021-06 … 2025 (every one pays a fee in
 *   each of the next 10 years), granted or pending, a third reduced, no last year paid: the worst case for
 *   the number of projection rows.
 */
export function syntheticPortfolio(count, { seed = 20260101, profile = "mixed" } = {}) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const between = (from, to) => from + Math.floor(random() * (to - from + 1));
  const rights = [];
  const mixedFrom = dayFromCivil(2005, 1, 1);
  const mixedTo = dayFromCivil(2025, 12, 31);
  for (let n = 0; n < count; n += 1) {
    let kind;
    let filing;
    if (profile === "long-lived") {
      kind = random() < 0.8 ? "invention" : "design";
      filing =
        kind === "invention"
          ? between(dayFromCivil(2016, 7, 1), mixedTo)
          : between(dayFromCivil(2021, 6, 1), mixedTo);
    } else {
      const k = random();
      kind = k < 0.5 ? "invention" : k < 0.85 ? "utility" : "design";
      filing = between(mixedFrom, mixedTo);
    }
    const lag = kind === "invention" ? between(540, 1460) : between(150, 450);
    const grantDay = filing + lag;
    const s = random();
    let status;
    if (profile === "mixed" && s < 0.08 && grantDay < AS_OF) status = "lapsed";
    else if (profile === "mixed" && s < 0.11) status = "abandoned";
    else status = grantDay < AS_OF ? "granted" : "pending";
    const granted = status === "granted" || status === "lapsed";
    const grant = granted ? grantDay : undefined;

    let reduction = NO_REDUCTION;
    const reduced = profile === "mixed" ? random() < (granted ? 0.46 : 0.3) : random() < 0.33;
    if (reduced && status !== "abandoned") reduction = random() < 0.75 ? REDUCED_85 : REDUCED_70;

    let lastPaidYear;
    if (profile === "mixed" && status === "granted" && random() < 0.5) {
      const term = termYears(kind, filing);
      const current = annuityYearOf(filing, AS_OF);
      lastPaidYear = Math.max(1, Math.min(term, current - (random() < 0.7 ? 0 : 1)));
    }

    const year = Math.floor(filing / 365.2425) + 1970;
    rights.push({
      row: n + 2,
      id: `CN${year}${KIND_DIGIT[kind]}${String(1_000_000 + n).padStart(7, "0")}.${n % 10}`,
      title: `Synthetic right ${n + 1}`,
      kind,
      filing,
      grant,
      status,
      reduction,
      lastPaidYear,
      owner: pick(OWNERS),
      jurisdiction: "CN",
    });
  }
  return rights;
}

/** A right as the sample portfolio's first ten cells (ID … Jurisdiction), dates as Excel serials. */
export function rightCells(r) {
  const { serialFromDay } = src("core/dates/excel-serial");
  return [
    r.id,
    r.title,
    r.kind,
    serialFromDay(r.filing),
    r.grant === undefined ? "" : serialFromDay(r.grant),
    r.status,
    r.reduction.isZero() ? "" : r.reduction.toNumber(),
    r.lastPaidYear ?? "",
    r.owner,
    r.jurisdiction,
  ];
}

/** The same rights as a worksheet grid (header + rows), to check them with the real reader. */
export function portfolioGrid(rights) {
  // The sample portfolio's first ten columns: the same headers users see.
  const { SAMPLE_HEADER } = src("core/sample/sample-portfolio");
  return {
    sheet: "Portfolio",
    top: 1,
    left: 0,
    values: [SAMPLE_HEADER.slice(0, 10), ...rights.map(rightCells)],
  };
}

/** Projection settings as the pane builds them: Japanese fiscal year (April), JPY at 21.5 per CNY. */
export function benchSettings(horizonYears) {
  return {
    asOf: AS_OF,
    horizonYears,
    fiscalYearStartMonth: 4,
    currency: { code: "JPY", ratePerCny: new Money("21.5") },
    shiftToWorkday: false,
  };
}

export { addYearsClamped };
