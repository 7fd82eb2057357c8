import { OutputSheet } from "../../../src/core/report/output-model";
import { workbookWithUserData } from "./workbook-fixture";

const sheet = (name: string, rows: (string | number)[][]): OutputSheet => ({
  role: "summary",
  name,
  blocks: [
    {
      top: 0,
      columns: [
        { header: "Label", format: "text" },
        { header: "Value", format: "money" },
      ],
      rows,
    },
  ],
  charts: [],
});

describe("writing output sheets never touches the user's sheets", () => {
  it("writes only to new sheets and leaves the portfolio exactly as it was", async () => {
    const { fake, port } = workbookWithUserData();
    const before = fake.model.getValues("Portfolio", "A1:D2");
    const report = await port.writeSheets([sheet("IP Summary", [["Total", 82300]])]);
    expect(report.sheets).toEqual(["IP Summary"]);
    expect(fake.model.getValues("Portfolio", "A1:D2")).toEqual(before);
    // Written under a temporary name, renamed once complete: never the portfolio.
    expect(fake.metrics.sheetsWritten.has("Portfolio")).toBe(false);
    expect(fake.model.getValues("IP Summary", "A1:B2")).toEqual([
      ["Label", "Value"],
      ["Total", 82300],
    ]);
  });

  it("writes beside a user's sheet that happens to have the same name instead of replacing it", async () => {
    const { fake, port } = workbookWithUserData();
    fake.model.addSheet("IP Summary");
    fake.model.setValues("IP Summary", "A1", [["my own notes"]]);
    const report = await port.writeSheets([sheet("IP Summary", [["Total", 1]])]);
    expect(report.sheets).toEqual(["IP Summary (2)"]);
    expect(fake.model.getValues("IP Summary", "A1")).toEqual([["my own notes"]]);
    expect(fake.metrics.sheetsWritten.has("IP Summary")).toBe(false);
  });

  it("replaces its own sheets from the previous run, and says which before doing so", async () => {
    const { fake, port } = workbookWithUserData();
    await port.writeSheets([sheet("IP Summary", [["Total", 1]])]);
    expect((await port.inspectOutputs([])).replace).toEqual(["IP Summary"]);
    await port.writeSheets([sheet("IP Summary", [["Total", 2]])]);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Portfolio", "IP Summary"]);
    expect(fake.model.getValues("IP Summary", "B2")).toEqual([[2]]);
  });

  it("removes its incomplete sheets when cancelled, leaving the user's data", async () => {
    const { fake, port } = workbookWithUserData({ maxRowsPerRequest: 10 });
    const rows = Array.from({ length: 100 }, (_, i) => [`row ${i}`, i]);
    let blocks = 0;
    const report = await port.writeSheets([sheet("IP Projection", rows)], {
      isCancelled: () => ++blocks > 3,
    });
    expect(report.cancelled).toBe(true);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Portfolio"]);
    expect((await port.inspectOutputs([])).replace).toEqual([]);
    expect(fake.model.getValues("Portfolio", "A2")).toEqual([["CN201810123456.7"]]);
  });
});
