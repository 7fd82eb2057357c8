/* Range.text approximates Excel's display (en-US): General shows up to 11 characters, "#,##0" groups
 * thousands, date formats render their y/m/d tokens ("yyyy-mm-dd" is the ISO date). */
import { displayText, formatGeneral } from "../number-format";
import { createMemoryExcel } from "..";

describe("display text", () => {
  it("formats General like Excel's 11-character cell", () => {
    expect(formatGeneral(1 / 3)).toBe("0.333333333");
    expect(formatGeneral(1234567)).toBe("1234567");
    expect(formatGeneral(123456789012)).toBe("1.23457E+11");
    expect(formatGeneral(-0.5)).toBe("-0.5");
  });

  it("groups thousands and rounds to the format's decimals", () => {
    expect(displayText(1234567.891, "#,##0", false)).toBe("1,234,568");
    expect(displayText(1234567.891, "#,##0.00", false)).toBe("1,234,567.89");
    expect(displayText(-1200, "#,##0", false)).toBe("-1,200");
    expect(displayText(0.125, "0.0%", false)).toBe("12.5%");
    expect(displayText(900, '"¥"#,##0.00', false)).toBe("¥900.00");
    expect(displayText(900, "[$¥-804]#,##0", false)).toBe("¥900");
    expect(displayText(-5, "#,##0;(#,##0)", false)).toBe("(5)");
  });

  it("renders date formats from the serial (45352 = 2024-03-01)", () => {
    expect(displayText(45352, "yyyy-mm-dd", false)).toBe("2024-03-01");
    expect(displayText(45352, "m/d/yyyy", false)).toBe("3/1/2024");
    expect(displayText(45352, "d-mmm-yy", false)).toBe("1-Mar-24");
    expect(displayText(45352.75, "yyyy-mm-dd hh:mm", false)).toBe("2024-03-01 18:00");
    expect(displayText(60, "yyyy-mm-dd", false)).toBe("1900-02-29"); // Excel's phantom leap day
  });

  it("shows booleans as TRUE/FALSE and text as it is", () => {
    expect(displayText(false, "General", false)).toBe("FALSE");
    expect(displayText("007", "0.00", false)).toBe("007");
  });

  it("is what Range.text returns", async () => {
    const { Excel, model } = createMemoryExcel();
    model.setValues("Sheet1", "A1", [[45352, 1234567]]);
    model.setNumberFormat("Sheet1", "A1:B1", [["yyyy-mm-dd", "#,##0"]]);
    const text = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").load("text");
      await context.sync();
      return range.text;
    });
    expect(text).toEqual([["2024-03-01", "1,234,567"]]);
  });
});
