import { prepareRun, writeRun } from "../../src/taskpane/run-projection";
import { SAMPLE_SETTINGS as settings, sampleWorkbook } from "./sample-run-fixture";

describe("a projection run on the sample portfolio", () => {
  it("writes the five sheets, whose summary total equals the projection's rows", async () => {
    const { fake, port, source } = await sampleWorkbook();
    const prepared = await prepareRun(port, source, settings, "en");
    const report = await writeRun(port, prepared, {});
    expect(report.sheets).toEqual([
      "IP Projection",
      "IP Summary",
      "IP Subsidy offsets",
      "IP Deadlines",
      "IP Issues",
    ]);

    const projection = fake.model.getValues("IP Projection", `A2:K${prepared.projectionRows + 1}`);
    const payable = projection.reduce((sum, row) => sum + (row[8] as number), 0);
    const converted = projection.reduce((sum, row) => sum + (row[9] as number), 0);
    // Summary: the per-fiscal-year block ends with its Total row: label, fees, subsidies and net in
    // CNY, the same in JPY, payments. The sample's subsidies are all history (2021-2025), so none is in
    // the budget and the net cost is the fees.
    const summary = fake.model.getValues("IP Summary", "A1:H60");
    const total = summary.find((row) => row[0] === "Total")!;
    expect(total.slice(1)).toEqual([
      Math.round(payable * 100) / 100,
      0,
      Math.round(payable * 100) / 100,
      converted,
      0,
      converted,
      prepared.projectionRows,
    ]);
    expect(converted).toBe(Math.round(payable * 19));

    const deadlines = fake.model.getValues("IP Deadlines", "A1:K29");
    expect(deadlines[1][3]).toBe("Overdue: pay in grace period"); // the most urgent first
    const issues = fake.model.getValues("IP Issues", "A2:E6");
    // The US rows (26, 30) are projected in USD but no USD rate is given: reported once, on the first,
    // not zeroed; the EU trademark (28) has no fee data; row 31 has an impossible date. JPY is the output
    // currency (rate 1).
    expect(issues.map((row) => [row[1], row[2]])).toEqual([
      [26, ""],
      [28, "C"],
      [31, "D"],
      ["", ""],
      ["", ""],
    ]);
    expect(issues[0][4]).toMatch(/^\S+ and 1 other rights charged in USD: no exchange rate/);
    // The sample sheet itself is untouched by the run.
    expect(fake.metrics.sheetsWritten.has("Portfolio")).toBe(false);
    // The chart plots fiscal-year labels against CNY fees, subsidies and net (columns A:D), without
    // the Total row.
    const [chart] = fake.model.sheet("IP Summary").charts;
    const fyHeader = summary.findIndex((row) => row[0] === "Fiscal year");
    const totalRow = summary.indexOf(total);
    expect([chart.chartType, chart.sourceAddress]).toEqual([
      "ColumnClustered",
      `'IP Summary'!A${fyHeader + 1}:D${totalRow}`,
    ]);
  });

  it("writes Japanese headers for a Japanese Excel", async () => {
    const { fake, port, source } = await sampleWorkbook();
    const report = await writeRun(port, await prepareRun(port, source, settings, "ja"), {});
    expect(report.sheets[0]).toBe("IP 予測");
    expect(fake.model.getValues("IP 予測", "A1:E1")).toEqual([
      ["番号", "権利者", "種別", "年分", "納付期限"],
    ]);
  });
});
