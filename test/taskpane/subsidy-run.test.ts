import { isoToDay } from "../../src/core/dates/civil";
import { serialFromDay } from "../../src/core/dates/excel-serial";
import { BUILT_IN_PROGRAMMES } from "../../src/core/subsidy";
import {
  PROGRAMME_COLUMNS,
  PROGRAMME_TABLE_NAME,
} from "../../src/core/subsidy/programme-table-columns";
import { programmeTable } from "../../src/core/subsidy/programme-table-rows";
import { ExcelHost } from "../../src/excel/office-workbook";
import { prepareRun, writeRun } from "../../src/taskpane/run-projection";
import { SAMPLE_SETTINGS as settings, sampleWorkbook } from "./sample-run-fixture";

// A whole run as the pane does it: the sample portfolio, the programmes table created from the pane and
// a row the user adds to it (a test programme refunding half of the Shenzhen applicant's invention
// annuities in 2026-2028, at most 1,000 a year), plus a row with a typo. The built-in programmes have
// ended, so the test programme is what puts subsidies into the horizon.
const userRow = (values: Record<string, unknown>) =>
  PROGRAMME_COLUMNS.map((column) => values[column.key] ?? "");
const REFUND = {
  id: "TEST-REFUND/annuity-half",
  programme: "TEST-REFUND",
  programmeName: "Test annuity refund (test fixture, not a real programme)",
  region: "Shenzhen",
  currency: "CNY",
  rightType: "invention",
  jurisdictionGroup: "CN",
  trigger: "annuity-paid",
  amountType: "percent",
  rate: 0.5,
  costBase: "annuity",
  perYearAmountCap: 1000,
  effectiveFrom: serialFromDay(isoToDay("2026-01-01")),
  effectiveTo: serialFromDay(isoToDay("2028-12-31")),
  status: "active",
  source: "test fixture",
  verified: false,
};
const cents = (value: unknown) => Math.round((value as number) * 100);

async function run() {
  const { fake, port, source } = await sampleWorkbook();
  const { columns, rows } = programmeTable(BUILT_IN_PROGRAMMES);
  await port.createTableOnce("Subsidy programmes", PROGRAMME_TABLE_NAME, columns, rows);
  // The user adds two rows at the bottom of the table, as typing below a table does in Excel.
  await (fake.Excel as unknown as ExcelHost).run(async (context) => {
    context.workbook.tables
      .getItem(PROGRAMME_TABLE_NAME)
      .rows.add(undefined, [
        userRow(REFUND),
        userRow({ ...REFUND, id: "TEST-REFUND/typo", trigger: "granted" }),
      ] as (string | number | boolean)[][]);
    await context.sync();
  });
  const tableBefore = fake.model.getValues("Subsidy programmes", "A1:AE28");
  const prepared = await prepareRun(port, source, settings, "en");
  const report = await writeRun(port, prepared, {});
  return { fake, prepared, report, tableBefore };
}

describe("a run with subsidies on the sample portfolio", () => {
  it("writes net = fees − subsidies per fiscal year, with subsidies in the horizon", async () => {
    const { fake } = await run();
    const summary = fake.model.getValues("IP Summary", "A1:H60");
    const header = summary.findIndex((row) => row[0] === "Fiscal year");
    const total = summary.findIndex((row) => row[0] === "Total");
    expect(summary[header].slice(1, 4)).toEqual([
      "Fees (CNY)",
      "Subsidies (CNY)",
      "Net cost (CNY)",
    ]);
    for (const row of summary.slice(header + 1, total + 1)) {
      expect(cents(row[3])).toBe(cents(row[1]) - cents(row[2])); // CNY
      expect(row[6]).toBe((row[4] as number) - (row[5] as number)); // JPY
    }
    // The test programme pays from FY2026 to FY2028 only (2026-01-01 … 2028-12-31).
    const paying = summary
      .slice(header + 1, total)
      .filter((row) => (row[2] as number) > 0)
      .map((row) => row[0]);
    expect(paying).toEqual(["FY2026", "FY2027", "FY2028"]);
  });

  it("lists every offset on the Subsidy offsets sheet; its rows add up to the Summary's subsidies", async () => {
    const { fake, prepared } = await run();
    const used = fake.model.usedRangeAddress("IP Subsidy offsets")!;
    const [header, ...offsets] = fake.model.getValues("IP Subsidy offsets", used);
    expect(offsets).toHaveLength(prepared.offsets.length);
    const column = (name: string) => header.indexOf(name);
    const sum = (rows: typeof offsets) =>
      rows.reduce((total, row) => total + cents(row[column("Applied")]), 0);
    const summary = fake.model.getValues("IP Summary", "A1:H60");
    const line = (label: string) => summary.find((row) => row[0] === label)!;
    const inBudget = offsets.filter((row) => row[column("In the budget")] === "yes");
    expect(sum(inBudget)).toBe(cents(line("Total")[2]));
    expect(sum(inBudget)).toBeGreaterThan(0);
    expect(sum(offsets)).toBe(cents(line("Total on the Subsidy offsets sheet (CNY)")[1]));
    // Converted: the JPY column adds up to the Summary's JPY subsidies.
    const yen = inBudget.reduce(
      (total, row) => total + (row[column("Applied (JPY)")] as number),
      0
    );
    expect(yen).toBe(line("Total")[5]);
    // Every offset below its formula says why (annual amount cap of 1,000, programme ended, …).
    for (const row of offsets) {
      if (cents(row[column("Applied")]) < cents(row[column("Gross subsidy")])) {
        expect(row[column("Reason")]).not.toBe("");
      }
    }
    expect(
      offsets.some((row) => String(row[column("Reason")]).startsWith("annual amount cap of 1,000"))
    ).toBe(true);
  });

  it("reports the table's bad row on the Issues sheet and never writes to the table", async () => {
    const { fake, report, tableBefore } = await run();
    expect(report.sheets).not.toContain("Subsidy programmes");
    expect(fake.model.getValues("Subsidy programmes", "A1:AE28")).toEqual(tableBefore);
    const issues = fake.model.getValues("IP Issues", "A1:E20");
    expect(issues.filter((row) => row[0] === "Subsidy programmes")).toEqual([
      [
        "Subsidy programmes",
        30,
        "L",
        "Trigger",
        'Trigger: "granted" is not one of filing, publication, grant, registration, annuity-paid, premium-paid, loan-repaid.',
      ],
    ]);
    const summary = fake.model.getValues("IP Summary", "A1:B20");
    const from = summary.find((row) => row[0] === "From your programmes table")![1];
    expect(from).toBe(
      "CNIPA-2021, JP-JETRO, SZ-2021, SZ-2022, SZ-HETAO, SZ-INS-2024, TEST-REFUND (sheet Subsidy programmes)"
    );
  });
});
