import { outputs, names } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// When Excel closes in the middle of a run, the new sheets keep the mark "writing". The next run knows
// them as partial sheets of its own and removes them; the previous outputs were never touched.
describe("sheets left by an interrupted run", () => {
  it("are removed by the next run, without being offered as results", async () => {
    const { fake, port } = workbookWithUserData();
    await port.writeSheets(outputs(100));
    const partial = fake.model.addSheet("IPCP interrupted 1");
    partial.customProperties.set("ipcostplanner.output", {
      key: "IPCostPlanner.Output",
      value: "ipcp1;summary;1;zz9;writing;",
    });
    const found = await port.inspectOutputs(outputs(200));
    expect(found.replace).toEqual(["IP Summary", "IP Deadlines"]);
    const report = await port.writeSheets(outputs(200));
    expect(report.removed).toEqual(["IP Summary", "IP Deadlines", "IPCP interrupted 1"]);
    expect(names(fake)).toEqual(["Portfolio", "IP Summary", "IP Deadlines"]);
  });
});
