import { outputs, names } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";
import { OfficeWorkbook } from "../../../src/excel/office-workbook";

/** Outputs as the previous version left them: written, recorded by name in the settings, no mark. */
async function writtenByPreviousVersion() {
  const setup = workbookWithUserData();
  const noMarks = new OfficeWorkbook(setup.fake.Excel as never, (v) => v !== "1.12");
  await noMarks.writeSheets(outputs(100));
  setup.fake.model.settings.set(
    "ipCostPlanner.ownedSheets",
    JSON.stringify(["IP Summary", "IP Deadlines"])
  );
  return setup;
}

describe("outputs of the previous version, recorded by name", () => {
  it("are offered for adoption when name and header match, and replaced only if the user agrees", async () => {
    const { fake, port } = await writtenByPreviousVersion();
    expect((await port.inspectOutputs(outputs(200))).adoptable).toEqual([
      "IP Summary",
      "IP Deadlines",
    ]);
    const declined = await port.writeSheets(outputs(200), { adopt: false });
    expect(declined.removed).toEqual([]);
    expect(names(fake)).toEqual([
      "Portfolio",
      "IP Summary",
      "IP Deadlines",
      "IP Summary (2)",
      "IP Deadlines (2)",
    ]);
  });

  it("once adopted, they are gone and the new outputs carry the mark", async () => {
    const { fake, port } = await writtenByPreviousVersion();
    const report = await port.writeSheets(outputs(200), { adopt: true });
    expect(report.removed).toEqual(["IP Summary", "IP Deadlines"]);
    expect(names(fake)).toEqual(["Portfolio", "IP Summary", "IP Deadlines"]);
    expect(fake.model.settings.get("ipCostPlanner.ownedSheets")).toBe("[]");
    expect((await port.inspectOutputs(outputs(300))).replace).toEqual([
      "IP Summary",
      "IP Deadlines",
    ]);
  });

  it("a recorded name whose header differs is not offered", async () => {
    const { fake, port } = await writtenByPreviousVersion();
    fake.model.setValues("IP Deadlines", "A1", [["My own header"]]);
    expect((await port.inspectOutputs(outputs(200))).adoptable).toEqual(["IP Summary"]);
  });
});
