import fc from "fast-check";
import { Money } from "../../../src/core/money/money";
import { COLUMN_LABELS, ColumnKey } from "../../../src/core/portfolio/columns";
import { readPortfolioInSteps } from "../../../src/core/portfolio/read-portfolio";
import { SourceGrid } from "../../../src/core/table/grid";
import { drain } from "../drain";
import { readPortfolioInSteps as readPortfolioBefore } from "./reference/read-portfolio-before";

// Issue 14: the portfolio reader's rows are read by helpers made once per list (not five closures, a set
// and an array per row), kinds and statuses are read once per text, and the rights are written out. The
// reader before is kept in ./reference as the oracle: the same rights, records, issues (and their order),
// yields, on random lists of good and bad cells.

const SERIAL = fc.integer({ min: 30_000, max: 47_000 });
const DATES = fc.oneof(
  SERIAL,
  SERIAL,
  fc.constantFrom(
    "",
    "2018-07-09",
    "2018/7/9",
    "２０２０年１月２日",
    "2019-02-30",
    "soon",
    "#N/A",
    10,
    " "
  )
);
const CELLS: Record<ColumnKey, fc.Arbitrary<unknown>> = {
  id: fc.constantFrom("", "CN1", " CN2 ", "#N/A", "ZL2020", 123, "  ", "JP7"),
  title: fc.constantFrom("", "T", "#REF!", "Pump # 3"),
  kind: fc.constantFrom(
    "invention",
    "发明",
    "utility",
    "实用新型",
    "design",
    "外观设计",
    "trademark",
    "商标",
    "copyright",
    "",
    " Invention ",
    "#VALUE!",
    "patent"
  ),
  filingDate: DATES,
  grantDate: fc.oneof(fc.constant(""), DATES),
  status: fc.constantFrom(
    "",
    "",
    "granted",
    "pending",
    "lapsed",
    "abandoned",
    "审查中",
    "weird",
    " Granted"
  ),
  reduction: fc.constantFrom("", "", 0.85, 0.7, "85%", "0.85", "abc", 0.5, "#N/A", "70%", "12%"),
  lastPaidYear: fc.constantFrom("", "", 0, 3, 9, 25, "5", "x", 2.5),
  owner: fc.constantFrom("", "A", " B "),
  jurisdiction: fc.constantFrom(
    "",
    "",
    "CN",
    "中国",
    "JP",
    "US",
    "EP",
    "PCT",
    "MADRID",
    "XX",
    "#N/A",
    "KR",
    "DE"
  ),
  applicant: fc.constantFrom("", "Acme", "#N/A"),
  applicantLocation: fc.constantFrom("", "Shenzhen", "Tokyo"),
  pctPublicationDate: fc.oneof(fc.constant(""), DATES),
  lapseNoticeDate: fc.oneof(fc.constant(""), fc.constant(""), DATES),
  claims: fc.constantFrom("", 8, "x", 0, "12", 3.5),
  entity: fc.constantFrom("", "small", "micro", "large", "x", "小規模"),
  priorityDate: fc.oneof(fc.constant(""), DATES),
};
const KEYS = Object.keys(COLUMN_LABELS) as ColumnKey[];

/** A list: some columns (shuffled, an unknown one among them), rows of their cells, blank rows between. */
const gridArb = fc
  .record({
    keys: fc.shuffledSubarray(KEYS, { minLength: 2 }),
    required: fc.boolean(),
    rows: fc.integer({ min: 0, max: 40 }),
    errors: fc.boolean(),
    seed: fc.integer(),
  })
  .chain(({ keys, required, rows, errors }) => {
    const columns: ColumnKey[] = required
      ? [...new Set<ColumnKey>(["id", "kind", "filingDate", ...keys])]
      : keys;
    const rowArb = fc.oneof(
      { weight: 9, arbitrary: fc.tuple(...columns.map((key) => CELLS[key])) },
      { weight: 1, arbitrary: fc.constant(columns.map(() => "")) }
    );
    return fc.record({
      header: fc.constant<unknown[]>([...columns.map((key) => COLUMN_LABELS[key]), "Notes"]),
      body: fc.array(
        rowArb.map((cells) => [...cells, "n"]),
        { minLength: rows, maxLength: rows }
      ),
      marks: errors
        ? fc.array(fc.array(fc.boolean(), { maxLength: columns.length + 1 }), {
            maxLength: rows + 1,
          })
        : fc.constant(undefined),
    });
  })
  .map(({ header, body, marks }): SourceGrid => ({
    sheet: "Portfolio",
    top: 3,
    left: 1,
    values: [header, ...body],
    ...(marks
      ? { valueTypes: marks.map((row) => row.map((error) => (error ? "Error" : "String"))) }
      : {}),
  }));

/** A result as compared: every object's keys in order, amounts as their values. */
const plain = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (_key, item) =>
      item instanceof Money ? `money:${item.toString()}` : item
    )
  );

describe("the portfolio reader, against the reader it replaces", () => {
  it("reads random lists into the same rights, records, issues and yields", () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const before = drain(readPortfolioBefore(grid));
        const now = drain(readPortfolioInSteps(grid));
        expect(plain(now.result)).toEqual(plain(before.result));
        expect(now.result).toEqual(before.result);
        expect(now.yields).toEqual(before.yields);
      }),
      { numRuns: 400, seed: 1401 }
    );
  });

  it("reads a list of 2,500 sample-like rows the same, with its pauses", () => {
    const kinds = ["发明", "实用新型", "外观设计"];
    const values: unknown[][] = [Object.values(COLUMN_LABELS).slice(0, 12)];
    for (let n = 0; n < 2_500; n += 1)
      values.push([
        `CN20${n % 20}1${n}.${n % 10}`,
        `Right ${n}`,
        kinds[n % 3],
        38_000 + ((n * 37) % 8000),
        n % 4 === 0 ? "" : 39_500 + ((n * 37) % 8000),
        n % 4 === 0 ? "pending" : "granted",
        n % 5 === 0 ? 0.85 : "",
        n % 7 === 0 ? 4 : "",
        "Owner",
        n % 50 === 0 ? "JP" : "CN",
        "Acme",
        "Shenzhen",
      ]);
    const grid: SourceGrid = { sheet: "P", top: 1, left: 0, values };
    const before = drain(readPortfolioBefore(grid));
    const now = drain(readPortfolioInSteps(grid));
    expect(now.result.rights.length).toBeGreaterThan(2_000);
    expect(plain(now.result)).toEqual(plain(before.result));
    expect(now.yields).toEqual([1000, 2000]);
  });
});
