/* A number format given once for a whole range (a 1 × 1 array, as the writer sends it) leaves every cell
 * with the style it gets when the same format is given cell by cell, whatever the cells' own and column
 * styles were before: the broadcast's faster path changes nothing Excel would show. */
import fc from "fast-check";
import { MAX_ROWS } from "../addresses";
import { internStyle, DEFAULT_STYLE } from "../cell-style";
import { applyStyle, writeNumberFormats } from "../range-ops";
import { MemorySheet } from "../sheet-model";

const STYLES = [
  internStyle({ ...DEFAULT_STYLE, bold: true }),
  internStyle({ ...DEFAULT_STYLE, numberFormat: "0.00" }),
  internStyle({ ...DEFAULT_STYLE, numberFormat: "@", bold: true }),
];

describe("a number format broadcast over a range", () => {
  it("gives each cell the style the cell-by-cell write gives", () => {
    const cell = fc.record({
      row: fc.integer({ min: 0, max: 8 }),
      column: fc.integer({ min: 0, max: 5 }),
    });
    const before = fc.array(
      fc.oneof(
        fc.record({ at: cell, style: fc.integer({ min: 0, max: 2 }) }),
        fc.record({ column: fc.integer({ min: 0, max: 5 }), bold: fc.boolean() })
      ),
      { maxLength: 12 }
    );
    const rect = fc
      .tuple(cell, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }))
      .filter(([, height, width]) => height + width > 0)
      .map(([at, height, width]) => ({
        top: at.row,
        left: at.column,
        bottom: at.row + height,
        right: at.column + width,
      }));
    const format = fc.constantFrom("", "General", "0.00", "@", "yyyy-mm-dd");
    fc.assert(
      fc.property(before, rect, format, (changes, area, numberFormat) => {
        const sheets = [new MemorySheet("A", "1"), new MemorySheet("B", "2")];
        for (const sheet of sheets) {
          sheet.setContents(2, 1, 5, undefined);
          for (const change of changes) {
            if ("at" in change)
              sheet.setOwnStyle(change.at.row, change.at.column, STYLES[change.style]);
            else
              applyStyle(
                sheet,
                { top: 0, bottom: MAX_ROWS - 1, left: change.column, right: change.column },
                { bold: change.bold }
              );
          }
          sheet.usedRect(false);
        }
        const height = area.bottom - area.top + 1;
        const width = area.right - area.left + 1;
        const once = writeNumberFormats(sheets[0], area, [[numberFormat]]);
        const each = writeNumberFormats(
          sheets[1],
          area,
          Array.from({ length: height }, () => Array.from({ length: width }, () => numberFormat))
        );
        expect(once).toEqual(each);
        for (let row = 0; row <= 12; row += 1)
          for (let column = 0; column <= 9; column += 1)
            expect(sheets[0].ownStyle(row, column)).toBe(sheets[1].ownStyle(row, column));
        for (const valuesOnly of [true, false])
          expect(sheets[0].usedRect(valuesOnly)).toEqual(sheets[1].usedRect(valuesOnly));
      }),
      { numRuns: 500 }
    );
  });

  it("follows a worked example: 0.00 over a bold cell and a blank one, then General back", () => {
    const sheet = new MemorySheet("S", "1");
    sheet.setOwnStyle(0, 0, STYLES[0]);
    writeNumberFormats(sheet, { top: 0, left: 0, bottom: 1, right: 0 }, [["0.00"]]);
    expect(sheet.ownStyle(0, 0)).toEqual({ ...DEFAULT_STYLE, bold: true, numberFormat: "0.00" });
    expect(sheet.ownStyle(1, 0)).toEqual({ ...DEFAULT_STYLE, numberFormat: "0.00" });
    expect(sheet.usedRect(false)).toEqual({ top: 0, left: 0, bottom: 1, right: 0 });
    writeNumberFormats(sheet, { top: 0, left: 0, bottom: 1, right: 0 }, [["General"]]);
    expect(sheet.ownStyle(0, 0)).toEqual({ ...DEFAULT_STYLE, bold: true });
    expect(sheet.ownStyle(1, 0)).toBeUndefined();
    expect(sheet.usedRect(false)).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
  });
});
