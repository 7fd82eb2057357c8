import { ExcelHost, OfficeWorkbook } from "../../../src/excel/office-workbook";
import { outputs, names } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// The pane looks for earlier outputs (inspectOutputs) just before it writes. When that look found none,
// the pane asks nothing and the write starts from it: the workbook is not read again (3 requests, each a
// round trip to Excel). When it found some, the user was asked and may have changed the workbook meanwhile,
// so the write reads it again.
const syncsOf = async (fake: { metrics: { syncCount: number } }, act: () => Promise<unknown>) => {
  const start = fake.metrics.syncCount;
  await act();
  return fake.metrics.syncCount - start;
};

describe("a write given what the inspection found", () => {
  it("starts from that look when it found nothing, and writes the same sheets", async () => {
    const { fake, port } = workbookWithUserData();
    const found = await port.inspectOutputs(outputs(100));
    const reusing = await syncsOf(fake, () => port.writeSheets(outputs(100), { inspected: found }));

    const again = workbookWithUserData();
    const reading = await syncsOf(again.fake, () => again.port.writeSheets(outputs(100)));
    // Sheets, settings and tables; marks: the two requests of a look at a workbook without outputs.
    expect(reading - reusing).toBe(2);
    expect(names(fake)).toEqual(names(again.fake));
    expect(fake.model.getValues("IP Summary", "A1:B4")).toEqual(
      again.fake.model.getValues("IP Summary", "A1:B4")
    );
  });

  it("still removes the sheets an interrupted run left, which that look saw", async () => {
    const { fake, port } = workbookWithUserData();
    const partial = fake.model.addSheet("IPCP interrupted 1");
    partial.customProperties.set("ipcostplanner.output", {
      key: "IPCostPlanner.Output",
      value: "ipcp1;summary;1;zz9;writing;",
    });
    const found = await port.inspectOutputs(outputs(100));
    // Removed without a question: nothing is offered to the user.
    expect(found).toEqual({ replace: [], edited: [], adoptable: [], copies: [] });
    const report = await port.writeSheets(outputs(100), { inspected: found });
    expect(report.removed).toEqual(["IPCP interrupted 1"]);
    expect(names(fake)).toEqual(["Portfolio", "IP Summary", "IP Deadlines"]);
  });

  it("reads the workbook again when the look found outputs (the user was asked)", async () => {
    const { fake, port } = workbookWithUserData();
    await port.writeSheets(outputs(100));
    const found = await port.inspectOutputs(outputs(200));
    expect(found.replace).toEqual(["IP Summary", "IP Deadlines"]);
    // While the question was open, the user deleted one of them.
    fake.model.deleteSheet("IP Deadlines");
    const report = await port.writeSheets(outputs(200), { inspected: found });
    expect(report.outcome).toBe("written");
    expect(report.removed).toEqual(["IP Summary"]);
    expect(fake.model.getValues("IP Summary", "A3:B3")).toEqual([["FY2026", 200]]);
  });

  it("uses a look once, and only the workbook object that made it", async () => {
    const { fake, port } = workbookWithUserData();
    const found = await port.inspectOutputs(outputs(100));
    const other = new OfficeWorkbook(fake.Excel as unknown as ExcelHost);
    const elsewhere = await syncsOf(fake, () =>
      other.writeSheets(outputs(100), { inspected: found })
    );
    const first = workbookWithUserData();
    const firstFound = await first.port.inspectOutputs(outputs(100));
    const once = await syncsOf(first.fake, () =>
      first.port.writeSheets(outputs(100), { inspected: firstFound })
    );
    // The same answer given to a second write: by then the first write's sheets are there, and the
    // second write looks again, sees them and replaces them.
    const second = await first.port.writeSheets(outputs(200), { inspected: firstFound });
    expect(elsewhere - once).toBe(2);
    expect([second.outcome, second.removed]).toEqual(["written", ["IP Summary", "IP Deadlines"]]);
    expect(names(first.fake)).toEqual(["Portfolio", "IP Summary", "IP Deadlines"]);
    expect(first.fake.model.getValues("IP Summary", "A3:B3")).toEqual([["FY2026", 200]]);
  });
});
