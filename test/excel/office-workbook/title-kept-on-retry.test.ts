import { OutputSheet } from "../../../src/core/report/output-model";
import { workbookWithUserData } from "./workbook-fixture";

// A refused request is refused whole: the block title queued with the first rows was lost when the
// writer halved and retried the rows only. The title now goes with every first request.
describe("a titled block whose first request is refused as too large", () => {
  it("keeps its title after the retry", async () => {
    const { fake, port } = workbookWithUserData({ targetRequestBytes: 4 * 1024 * 1024 });
    // 10,000 rows of about 20 bytes each: the first request is about 200 KB, twice the host's limit.
    fake.limits.payloadLimitBytes = 100 * 1024;
    const sheet: OutputSheet = {
      role: "summary",
      name: "IP Summary",
      blocks: [
        {
          top: 1,
          title: "Per owner",
          columns: [
            { header: "Owner", format: "text" },
            { header: "Payable", format: "money" },
          ],
          rows: Array.from({ length: 10_000 }, (_, i) => [`Owner ${i}`, 1200]),
        },
      ],
      charts: [],
    };
    await port.writeSheets([sheet]);
    expect(fake.metrics.syncs.some((s) => s.errorCode === "RequestPayloadSizeLimitExceeded")).toBe(
      true
    );
    expect(fake.model.getValues("IP Summary", "A1:A3")).toEqual([
      ["Per owner"],
      ["Owner"],
      ["Owner 0"],
    ]);
    expect(fake.model.getValues("IP Summary", "A10002")).toEqual([["Owner 9999"]]);
    // The halved requests carry their own formats: title and text column "@", amounts "#,##0.00".
    expect(fake.model.getNumberFormats("IP Summary", "A1:B3")).toEqual([
      ["@", "General"],
      ["@", "#,##0.00"],
      ["@", "#,##0.00"],
    ]);
    const body = fake.model.getNumberFormats("IP Summary", "A2:B10002");
    expect(body.filter(([a, b]) => a === "@" && b === "#,##0.00").length).toBe(10_001);
    expect(fake.model.getNumberFormats("IP Summary", "A10002:B10003")).toEqual([
      ["@", "#,##0.00"],
      ["General", "General"],
    ]);
  });
});
