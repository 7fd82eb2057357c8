import { outputs, names } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// A copy of an output sheet (Move or Copy in Excel) carries the mark with it: it is reported, never removed.
describe("a copied output sheet", () => {
  it("and its original are both left alone and reported as copies", async () => {
    const { fake, port } = workbookWithUserData();
    await port.writeSheets(outputs(100));
    const copy = fake.model.addSheet("IP Summary (copy)");
    for (const [key, value] of fake.model.sheet("IP Summary").customProperties)
      copy.customProperties.set(key, { ...value });
    const found = await port.inspectOutputs(outputs(200));
    expect(found.copies).toEqual(["IP Summary", "IP Summary (copy)"]);
    expect(found.replace).toEqual(["IP Deadlines"]);
    await port.writeSheets(outputs(200));
    expect(names(fake)).toEqual([
      "Portfolio",
      "IP Summary",
      "IP Summary (copy)",
      "IP Summary (2)",
      "IP Deadlines",
    ]);
  });
});
