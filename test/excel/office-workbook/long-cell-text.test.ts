import { OutputSheet } from "../../../src/core/report/output-model";
import { workbookWithUserData } from "./workbook-fixture";

// Excel holds at most 32,767 characters in a cell; an issue text of 40,000 characters is cut, with a
// note in the cell saying so, and the report counts the cut cells for the pane.
describe("cell text longer than Excel's 32,767 characters", () => {
  it("is cut to 32,767 with a visible note, and counted", async () => {
    const { fake, port } = workbookWithUserData();
    const long = "问题".repeat(20_000); // 40,000 characters
    const exact = "x".repeat(32_767);
    const sheet: OutputSheet = {
      role: "issues",
      name: "IP Issues",
      blocks: [
        {
          top: 0,
          columns: [{ header: "Problem", format: "text" }],
          rows: [[long], [exact]],
        },
      ],
      charts: [],
    };
    const report = await port.writeSheets([sheet]);
    expect(report.cutCells).toBe(1);
    const cut = fake.model.getValues("IP Issues", "A2")[0][0] as string;
    expect(cut).toHaveLength(32_767);
    expect(cut.startsWith("问题问题")).toBe(true);
    expect(cut.endsWith(" … [cut: 40,000 characters, Excel keeps 32,767]")).toBe(true);
    expect(fake.model.getValues("IP Issues", "A3")).toEqual([[exact]]);
  });
});
