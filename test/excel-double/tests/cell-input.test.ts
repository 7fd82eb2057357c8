/* Values written through the API are parsed like typed input (Range.values docs: "If the returned value
 * starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula").
 * Text format "@" and a leading apostrophe keep text as text. */
import { createMemoryExcel } from "..";

async function writeAndInspect(input: unknown, numberFormat?: string) {
  const { Excel, model } = createMemoryExcel();
  if (numberFormat) model.setNumberFormat("Sheet1", "A1", numberFormat);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[input]];
  });
  return model.cell("Sheet1", "A1");
}

describe("written strings become formulas, numbers or text as in Excel", () => {
  it('stores "=…" as a formula (not evaluated: values read "")', async () => {
    const cell = await writeAndInspect("=SUM(B1:B3)");
    expect(cell.formula).toBe("=SUM(B1:B3)");
    expect(cell.value).toBeNull();
  });

  it('keeps "=…" as text in a cell formatted "@"', async () => {
    const cell = await writeAndInspect("=SUM(B1:B3)", "@");
    expect(cell).toMatchObject({ formula: null, value: "=SUM(B1:B3)", valueType: "String" });
  });

  it("drops a leading apostrophe and keeps the rest as text", async () => {
    expect(await writeAndInspect("'=SUM(B1:B3)")).toMatchObject({
      formula: null,
      value: "=SUM(B1:B3)",
    });
    expect(await writeAndInspect("'007")).toMatchObject({ value: "007", valueType: "String" });
  });

  it("treats +/- followed by something other than a number, and @name, as formulas", async () => {
    expect((await writeAndInspect("+A1")).formula).toBe("=+A1");
    expect((await writeAndInspect("-B2*2")).formula).toBe("=-B2*2");
    expect((await writeAndInspect("@SUM(A1:A2)")).formula).toBe("=SUM(A1:A2)");
    // A phone number typed with + is a formula to Excel too — a classic data bug the fake reproduces.
    expect((await writeAndInspect("+86 10 1234")).formula).toBe("=+86 10 1234");
  });

  it("turns plain numeric strings into numbers, but not in a text-formatted cell", async () => {
    expect(await writeAndInspect("007")).toMatchObject({ value: 7, valueType: "Double" });
    expect(await writeAndInspect("-1.5")).toMatchObject({ value: -1.5 });
    expect(await writeAndInspect("1e3")).toMatchObject({ value: 1000 });
    expect(await writeAndInspect("007", "@")).toMatchObject({ value: "007", valueType: "String" });
  });

  it("turns percentages and ISO dates into numbers with an implied format", async () => {
    expect(await writeAndInspect("12.5%")).toMatchObject({ value: 0.125, numberFormat: "0.0%" });
    // 2024-03-01 is serial 45352 in the 1900 date system (1899-12-30 + 45352 days).
    expect(await writeAndInspect("2024-03-01")).toMatchObject({
      value: 45352,
      numberFormat: "m/d/yyyy",
    });
    expect(await writeAndInspect("2024-02-30")).toMatchObject({ value: "2024-02-30" });
  });

  it("turns typed TRUE/FALSE into booleans and typed error codes into error values", async () => {
    expect(await writeAndInspect("true")).toMatchObject({ value: true, valueType: "Boolean" });
    expect(await writeAndInspect("#N/A")).toMatchObject({ value: "#N/A", valueType: "Error" });
    expect(await writeAndInspect("TRUE", "@")).toMatchObject({
      value: "TRUE",
      valueType: "String",
    });
  });

  it("keeps booleans and other text as they are", async () => {
    expect(await writeAndInspect(true)).toMatchObject({
      value: true,
      valueType: "Boolean",
      text: "TRUE",
    });
    expect(await writeAndInspect("Invention")).toMatchObject({ value: "Invention" });
    expect(await writeAndInspect("-")).toMatchObject({ value: "-", formula: null });
  });

  it("applies the same rules to Range.formulas, which reads back formulas or values", async () => {
    const { Excel, model } = createMemoryExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.formulas = [["=B1*2", "42"]];
      range.load("formulas, values");
      await context.sync();
      expect(range.formulas).toEqual([["=B1*2", 42]]);
      expect(range.values).toEqual([["", 42]]);
    });
    expect(model.cell("Sheet1", "B1").value).toBe(42);
  });

  it("uses the 1904 date system when the workbook does", async () => {
    const { Excel, model } = createMemoryExcel();
    model.use1904DateSystem = true;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["2024-03-01"]];
    });
    // 1904 serials are 1,462 days smaller: 45352 − 1462 = 43890.
    expect(model.cell("Sheet1", "A1")).toMatchObject({ value: 43890, text: "3/1/2024" });
  });
});
