import { outputs, names } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// Notes typed into an output sheet were lost on the next run without a word.
describe("an output sheet edited since it was written", () => {
  it("is reported as edited, and kept as the user's own sheet when they choose so", async () => {
    const { fake, port } = workbookWithUserData();
    await port.writeSheets(outputs(100));
    fake.model.setValues("IP Summary", "F20", [["ask finance about FY2027"]]);
    const found = await port.inspectOutputs(outputs(200));
    expect(found).toEqual({
      replace: ["IP Deadlines"],
      edited: ["IP Summary"],
      adoptable: [],
      copies: [],
    });
    const report = await port.writeSheets(outputs(200), { keepEdited: true });
    expect([report.removed, report.kept]).toEqual([["IP Deadlines"], ["IP Summary"]]);
    expect(names(fake)).toEqual(["Portfolio", "IP Summary", "IP Summary (2)", "IP Deadlines"]);
    expect(fake.model.getValues("IP Summary", "F20")).toEqual([["ask finance about FY2027"]]);
    // Kept means the user's: the next run no longer offers to replace it.
    expect((await port.inspectOutputs(outputs(300))).replace).toEqual([
      "IP Summary (2)",
      "IP Deadlines",
    ]);
  });

  it("an edit inside the written cells counts too", async () => {
    const { fake, port } = workbookWithUserData();
    await port.writeSheets(outputs(100));
    fake.model.setValues("IP Deadlines", "B3", [[950]]);
    expect((await port.inspectOutputs(outputs(200))).edited).toEqual(["IP Deadlines"]);
  });

  it("is replaced when the user chooses not to keep it", async () => {
    const { fake, port } = workbookWithUserData();
    await port.writeSheets(outputs(100));
    fake.model.setValues("IP Summary", "F20", [["scratch"]]);
    const report = await port.writeSheets(outputs(200), { keepEdited: false });
    expect(report.removed).toEqual(["IP Summary", "IP Deadlines"]);
    expect(names(fake)).toEqual(["Portfolio", "IP Summary", "IP Deadlines"]);
  });
});
