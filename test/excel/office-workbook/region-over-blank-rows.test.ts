import { workbookWithUserData } from "./workbook-fixture";

describe("the region around the selection goes on over blank rows inside a list", () => {
  it("reads A1:D7 although row 3 and row 5 are blank (Excel's own region would end at A1:D2)", async () => {
    const { fake, port } = workbookWithUserData();
    fake.model.setValues("Portfolio", "A4", [["CN2", "发明", "2019-01-02", "HQ"]]);
    fake.model.setValues("Portfolio", "A6", [
      ["CN3", "发明", "2019-01-03", "HQ"],
      ["合计", "", "", ""],
    ]);
    fake.model.select("Portfolio", "B2");
    const region = (await port.listSources()).find((s) => s.kind === "region")!;
    expect([region.address, region.rows]).toEqual(["Portfolio!A1:D7", 6]);
  });

  it("stops before a gap of four blank rows", async () => {
    const { fake, port } = workbookWithUserData();
    fake.model.setValues("Portfolio", "A7", [["Notes"]]); // rows 3 to 6 blank
    fake.model.select("Portfolio", "A1");
    const region = (await port.listSources()).find((s) => s.kind === "region")!;
    expect(region.address).toBe("Portfolio!A1:D2");
  });
});
