// Figure 1: annuity evaluations per second, single thread. One evaluation = the due date and the full
// annual fee of one (right, annuity year), through the public fee engine: dueDate() then annualFee() with
// that due date (what IP.CN_ANNUITY / IP.CN_DUEDATE and the schedule do per year).
// For reference, the same work done by a plain table lookup with integer day arithmetic, written here.
import { src } from "../lib/load.mjs";
import { seeded } from "../lib/portfolio.mjs";
import { median, now, ms, report, option } from "../lib/measure.mjs";

const { dueDate } = src("core/offices/cn/deadlines");
const { annualFee } = src("core/offices/cn/annual-fee");
const { termYears } = src("core/offices/cn/term");
const { dayFromCivil } = src("core/dates/civil");

const KINDS = ["invention", "utility", "design"];
const N = 1 << 16; // distinct inputs, cycled (fits in cache like a real recalculation would not: favourable)
const random = seeded(17);
const kinds = new Array(N);
const filings = new Int32Array(N);
const years = new Int32Array(N);
const from = dayFromCivil(2005, 1, 1);
const to = dayFromCivil(2025, 12, 31);
for (let i = 0; i < N; i += 1) {
  const kind = KINDS[Math.floor(random() * 3)];
  const filing = from + Math.floor(random() * (to - from + 1));
  kinds[i] = kind;
  filings[i] = filing;
  years[i] = 1 + Math.floor(random() * termYears(kind, filing));
}

function engine(count) {
  let check = 0;
  for (let i = 0; i < count; i += 1) {
    const j = i & (N - 1);
    const due = dueDate(kinds[j], filings[j], years[j]);
    const fee = annualFee(kinds[j], filings[j], years[j], undefined, due).amount;
    check += due + fee.e;
  }
  return check;
}

// Reference: fee table as integers per (kind, year), due date by integer civil arithmetic.
const FEES = {
  invention: [
    0, 900, 900, 900, 1200, 1200, 1200, 2000, 2000, 2000, 4000, 4000, 4000, 6000, 6000, 6000, 8000,
    8000, 8000, 8000, 8000,
  ],
  utility: [0, 600, 600, 600, 900, 900, 1200, 1200, 1200, 2000, 2000],
  design: [0, 600, 600, 600, 900, 900, 1200, 1200, 1200, 2000, 2000, 3000, 3000, 3000, 3000, 3000],
};
function isLeap(y) {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
function daysFrom(y, m, d) {
  // Days since 1970-01-01, counting years from March so that the leap day ends the year.
  const yy = m <= 2 ? y - 1 : y;
  const mm = m <= 2 ? m + 9 : m - 3;
  return (
    365 * yy +
    Math.floor(yy / 4) -
    Math.floor(yy / 100) +
    Math.floor(yy / 400) +
    (((153 * mm + 2) / 5) | 0) +
    d -
    719469
  );
}
/** The anniversary `years` years after day number `day`, 29 February → 28 February in common years. */
function anniversary(day, years) {
  // Civil date of `day` (March-based year), then the same month and day `years` later.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0) + years;
  return daysFrom(y, m, m === 2 && d === 29 && !isLeap(y) ? 28 : d);
}
function reference(count) {
  let check = 0;
  for (let i = 0; i < count; i += 1) {
    const j = i & (N - 1);
    const due = anniversary(filings[j], years[j] - 1);
    const fee = FEES[kinds[j]][years[j]];
    check += due + fee;
  }
  return check;
}

// The two must agree on every input before either is timed.
const { Money } = src("core/money/money");
for (let j = 0; j < N; j += 1) {
  const due = dueDate(kinds[j], filings[j], years[j]);
  const fee = annualFee(kinds[j], filings[j], years[j], undefined, due).amount;
  const refDue = anniversary(filings[j], years[j] - 1);
  if (refDue !== due || !fee.equals(new Money(FEES[kinds[j]][years[j]]))) {
    throw new Error(`reference disagrees with the engine at input ${j}`);
  }
}

function rate(fn, seconds) {
  // Calibrate a batch of ~50 ms, then time `runs` batches and take the median rate.
  let batch = 1 << 14;
  for (;;) {
    const t = now();
    fn(batch);
    if (ms(t) > 50) break;
    batch *= 2;
  }
  const runs = Math.max(5, Math.round((seconds * 1000) / 50));
  const rates = [];
  for (let r = 0; r < runs; r += 1) {
    const t = now();
    fn(batch);
    rates.push(batch / (ms(t) / 1000));
  }
  return { median: median(rates), runs, batch };
}

const seconds = Number(option("seconds", 2));
// Warm-up: let both reach optimized code.
engine(1 << 20);
reference(1 << 22);
const eng = rate(engine, seconds);
const ref = rate(reference, seconds / 2);
report({ engine: eng.median, reference: ref.median, runs: eng.runs, batch: eng.batch });
