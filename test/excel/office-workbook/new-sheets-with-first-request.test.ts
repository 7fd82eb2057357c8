import { outputs } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// A run of small sheets sends the new sheets with their values and what finishes them in one request
// (one round trip instead of three). Until Excel answers it, the add-in has no id for those sheets: they
// are known by their temporary names, which no other sheet has. These are the ways that request can fail.
const sheetNames = (fake: ReturnType<typeof workbookWithUserData>["fake"]) =>
  fake.model.sheets.map((sheet) => sheet.name);
const addsSheets = (statements: readonly string[]) =>
  statements.some((s) => s.startsWith("WorksheetCollection.add"));
const writesValues = (statements: readonly string[]) =>
  statements.some((s) => s.startsWith("Range.values"));

/** The request that adds, fills and finishes the sheets on an unlimited host, and its place in the write. */
async function firstRequest() {
  const { fake, port } = workbookWithUserData();
  const start = fake.metrics.syncCount;
  await port.writeSheets(outputs(100));
  const syncs = fake.metrics.syncs.slice(start);
  const index = syncs.findIndex((s) => addsSheets(s.statements));
  return { ...syncs[index], place: index + 1 };
}

describe("the new sheets sent with their first values", () => {
  it("are one request with the values and the finishing work, on a run of small sheets", async () => {
    const request = await firstRequest();
    expect(writesValues(request.statements)).toBe(true);
    expect(request.statements.filter((s) => s.startsWith("WorksheetCollection.add"))).toHaveLength(
      2
    );
    expect(request.statements).toContainEqual(expect.stringMatching(/^ChartCollection\.add/));
  });

  it("are added alone, then written, when Excel refuses the request as too large", async () => {
    const request = await firstRequest();
    const { fake, port } = workbookWithUserData();
    fake.limits.payloadLimitBytes = request.payloadBytes - 1;
    const start = fake.metrics.syncCount;
    const report = await port.writeSheets(outputs(100));
    expect(report.outcome).toBe("written");
    const syncs = fake.metrics.syncs.slice(start).filter((s) => addsSheets(s.statements));
    // Refused with the values; then the sheets in a request of their own, once each.
    expect(syncs.map((s) => [s.errorCode, writesValues(s.statements)])).toEqual([
      ["RequestPayloadSizeLimitExceeded", true],
      [null, false],
    ]);
    expect(sheetNames(fake)).toEqual(["Portfolio", "IP Summary", "IP Deadlines"]);
    expect(fake.model.getValues("IP Deadlines", "A1:B3")).toEqual([
      ["ID", "Payable"],
      ["CN201810123456.7", 100],
      ["CN201920654321.X", 900],
    ]);
  });

  it("are found by their temporary names and removed when Excel applied the request but its answer failed", async () => {
    const request = await firstRequest();
    const { fake, port } = workbookWithUserData();
    // Excel applies a request, then fails it when its response is over the limit (the double does so).
    fake.limits.responseLimitBytes = request.responseBytes - 1;
    const userData = fake.model.getValues("Portfolio", "A1:D2");
    const start = fake.metrics.syncCount;
    const report = await port.writeSheets(outputs(100));
    expect(report.outcome).toBe("failed");
    expect(report.restored).toBe(true);
    const failed = fake.metrics.syncs.slice(start).find((s) => s.errorCode !== null)!;
    expect([failed.errorCode, addsSheets(failed.statements)]).toEqual([
      "ResponsePayloadSizeLimitExceeded",
      true,
    ]);
    // The two sheets it had added (under names such as "IPCP … 1") are gone; the user's list is as it was.
    expect(sheetNames(fake)).toEqual(["Portfolio"]);
    expect(fake.model.getValues("Portfolio", "A1:D2")).toEqual(userData);
  });

  it("leave nothing behind when the request fails before Excel applies it", async () => {
    const { place } = await firstRequest();
    const { fake, port } = workbookWithUserData();
    const start = fake.metrics.syncCount;
    fake.limits.failAtSync = start + place; // an injected fault: the request fails before it is applied
    const report = await port.writeSheets(outputs(100));
    const failed = fake.metrics.syncs.slice(start).find((s) => s.errorCode !== null)!;
    expect(addsSheets(failed.statements)).toBe(true);
    expect([report.outcome, report.restored]).toEqual(["failed", true]);
    expect(sheetNames(fake)).toEqual(["Portfolio"]);
  });
});
