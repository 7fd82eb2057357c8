import { BUILT_IN_PROGRAMMES } from "../../src/core/subsidy";
import { PROGRAMME_TABLE_NAME } from "../../src/core/subsidy/programme-table-columns";
import { programmeTable } from "../../src/core/subsidy/programme-table-rows";
import { workbookWithUserData } from "../excel/office-workbook/workbook-fixture";

// The pane's "Create programmes table" button: the table is the user's from then on. Creating it again
// only selects it; a sheet of the user's with the same name is never written to.
const { columns, rows } = programmeTable(BUILT_IN_PROGRAMMES);
const create = (port: ReturnType<typeof workbookWithUserData>["port"]) =>
  port.createTableOnce("Subsidy programmes", PROGRAMME_TABLE_NAME, columns, rows);

describe("the programmes table the pane creates", () => {
  it("is a new sheet with a table pre-filled with the built-in rules, ids and words as text", async () => {
    const { fake, port } = workbookWithUserData();
    const result = await create(port);
    expect(result).toEqual({
      created: true,
      source: {
        kind: "table",
        name: "IPSubsidyProgrammes",
        sheet: "Subsidy programmes",
        address: "'Subsidy programmes'!A1:AE28", // 31 columns, header + 27 rules
        rows: 27,
      },
    });
    const first = fake.model.cell("Subsidy programmes", "A2");
    expect([first.value, first.numberFormat]).toEqual([
      "CNIPA-2021/grant-subsidies-within-half-of-official-fees",
      "@",
    ]);
    // Dates are dates (yyyy-mm-dd), verified flags booleans; the selection is on the first rule.
    const from = fake.model.cell("Subsidy programmes", "Z2");
    expect([from.text, fake.model.cell("Subsidy programmes", "AE2").value]).toEqual([
      "2021-01-27",
      false,
    ]);
    expect(fake.model.selection).toEqual({ sheet: "Subsidy programmes", address: "A2" });
    expect([...fake.metrics.sheetsWritten]).toEqual(["Subsidy programmes"]);
  });

  it("is never overwritten: asked again, the pane selects the table as the user left it", async () => {
    const { fake, port } = workbookWithUserData();
    await create(port);
    fake.model.setValues("Subsidy programmes", "E2", [["JPY"]]); // the user's edit
    fake.model.renameSheet("Subsidy programmes", "Our subsidies");
    fake.model.activate("Portfolio");
    const again = await create(port);
    expect(again.created).toBe(false);
    expect(again.source.sheet).toBe("Our subsidies");
    expect(fake.model.getValues("Our subsidies", "E2")).toEqual([["JPY"]]);
    expect(fake.model.sheets.map((sheet) => sheet.name)).toEqual(["Portfolio", "Our subsidies"]);
    expect(fake.model.selection).toEqual({ sheet: "Our subsidies", address: "A2" });
  });

  it("goes beside a sheet of the user's that has the same name", async () => {
    const { fake, port } = workbookWithUserData();
    fake.model.addSheet("Subsidy programmes");
    fake.model.setValues("Subsidy programmes", "A1", [["my notes"]]);
    const result = await create(port);
    expect(result.source.sheet).toBe("Subsidy programmes (2)");
    expect(fake.model.getValues("Subsidy programmes", "A1")).toEqual([["my notes"]]);
  });
});
