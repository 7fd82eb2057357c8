/* The other offices' fee rows below the projection are written as the CN rows are: into the writer's
 * reused arrays (RowSource.fill) and without the writer looking at each cell (RowSource.checked), which
 * vouches that every text is in a text column and fits in a cell. Each row from `fill` must equal the row
 * from `rowAt`, and each cell must be what the writer would have made it (safeCellValue) when the block
 * says it is checked; an ID longer than a cell holds must make the block unchecked. */
import { Money } from "../../../src/core/money/money";
import { ratesOf } from "../../../src/core/projection/exchange-rates";
import {
  OfficeLapsedRight,
  OfficeProjectionRow,
} from "../../../src/core/projection/office-schedule";
import { paymentsOf } from "../../../src/core/projection/payments";
import { addOfficeFees } from "../../../src/core/report/office-fees";
import { OutputSheet } from "../../../src/core/report/output-model";
import { EXCEL_MAX_CELL_TEXT } from "../../../src/core/table/table-schema";
import { safeCellValue } from "../../../src/excel/number-formats";
import { MIXED_RATES, MIXED_SETTINGS } from "../projection/mixed-office-portfolio";
import { officeRow } from "./office-row-fixture";

const RATES = ratesOf("CNY", MIXED_SETTINGS.currency.ratePerCny, MIXED_RATES);

const row = officeRow;

function feeBlock(officeRows: OfficeProjectionRow[], lapsed: OfficeLapsedRight[]) {
  const sheets: OutputSheet[] = [{ role: "projection", name: "P", blocks: [], charts: [] }];
  addOfficeFees(sheets, {
    cnRows: paymentsOf([]),
    officeRows,
    lapsed,
    rates: RATES,
    settings: MIXED_SETTINGS,
    language: "en",
  });
  return sheets[0].blocks[0];
}

describe("the other offices' fee rows", () => {
  // Texts a user may type that Excel would take for a formula in a number column: in a text column
  // they stay text. An unconfirmed amount and a lapsed right leave blanks in number columns.
  const rows = [
    row({}),
    row({ id: "=HYPERLINK(1)", owner: "-Tokyo", amount: undefined, converted: undefined }),
    row({
      office: "KR",
      currency: "KRW",
      surcharge: new Money(8_350),
      flags: ["SCHEDULE_MAY_CHANGE"],
    }),
  ];
  const lapsed: OfficeLapsedRight[] = [{ sourceRow: 9, id: "+US5", office: "US" }];

  it("are filled into a reused array with the cells rowAt makes, the lapsed right's too", () => {
    const block = feeBlock(rows, lapsed);
    const source = block.source!;
    expect(source.count).toBe(4);
    const reused: unknown[] = Array.from({ length: 12 }, () => "left over");
    for (let i = 0; i < source.count; i += 1) {
      source.fill!(i, reused as never);
      expect(reused).toEqual(source.rowAt(i));
    }
    expect(source.rowAt(3)).toEqual([
      "+US5",
      "",
      "US",
      ...Array.from({ length: 8 }, () => ""),
      "Lapsed: an unpaid fee is past its last day; nothing budgeted (see IP Deadlines).",
    ]);
  });

  it("are checked: every cell is what the writer would make of it, and fits in a cell", () => {
    const block = feeBlock(rows, lapsed);
    expect(block.source!.checked).toBe(true);
    for (let i = 0; i < block.source!.count; i += 1)
      block.source!.rowAt(i).forEach((cell, c) => {
        expect(safeCellValue(cell, block.columns[c].format)).toBe(cell);
        if (typeof cell === "string") expect(cell.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_TEXT);
      });
  });

  it("are not checked when an ID is longer than a cell holds, so the writer cuts it", () => {
    const long = "J".repeat(EXCEL_MAX_CELL_TEXT + 1);
    expect(feeBlock([row({ id: long })], []).source!.checked).toBe(false);
    expect(feeBlock([row({})], [{ sourceRow: 9, id: long, office: "US" }]).source!.checked).toBe(
      false
    );
  });
});
