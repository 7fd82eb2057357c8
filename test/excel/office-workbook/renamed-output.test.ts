import { outputs, names } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// The red-team case: a user renames an output sheet, and the next run failed at its last step with
// ItemAlreadyExists after the previous outputs were gone. The mark travels with the renamed sheet.
describe("an output sheet the user renamed", () => {
  it("is still recognised as ours by its mark and replaced; the new sheet takes the output's name", async () => {
    const { fake, port } = workbookWithUserData();
    await port.writeSheets(outputs(100));
    fake.model.renameSheet("IP Summary", "Budget 2026 fees");
    expect((await port.inspectOutputs(outputs(200))).replace).toEqual([
      "Budget 2026 fees",
      "IP Deadlines",
    ]);
    const report = await port.writeSheets(outputs(200));
    expect(report.outcome).toBe("written");
    expect(report.removed).toEqual(["Budget 2026 fees", "IP Deadlines"]);
    expect(names(fake)).toEqual(["Portfolio", "IP Summary", "IP Deadlines"]);
    expect(fake.model.getValues("IP Summary", "B3")).toEqual([[200]]);
  });
});
