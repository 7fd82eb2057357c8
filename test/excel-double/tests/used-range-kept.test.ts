/* The used range is kept between changes (a 400,000-row sheet is not scanned again each time it is
 * asked): after any sequence of changes it is the one a fresh scan gives. */
import fc from "fast-check";
import { MAX_COLUMNS, MAX_ROWS } from "../addresses";
import { DEFAULT_STYLE } from "../cell-style";
import { MemorySheet } from "../sheet-model";

const WHOLE = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
const BOLD = { ...DEFAULT_STYLE, bold: true };

describe("the used range kept between changes", () => {
  it("is what a fresh scan gives after every change, with and without styles", () => {
    const cell = fc.record({
      row: fc.integer({ min: 0, max: 12 }),
      column: fc.integer({ min: 0, max: 6 }),
    });
    const rect = fc
      .tuple(cell, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 }))
      .map(([at, height, width]) => ({
        top: at.row,
        left: at.column,
        bottom: at.row + height,
        right: at.column + width,
      }));
    const change = fc.oneof(
      fc.record({ kind: fc.constant("value" as const), at: cell, value: fc.integer() }),
      fc.record({ kind: fc.constant("empty" as const), at: cell }),
      fc.record({ kind: fc.constant("style" as const), at: cell, bold: fc.boolean() }),
      fc.record({ kind: fc.constant("write" as const), at: cell, value: fc.integer() }),
      fc.record({ kind: fc.constant("clearContents" as const), rect }),
      fc.record({ kind: fc.constant("clearFormats" as const), rect }),
      fc.record({ kind: fc.constant("shiftDown" as const), at: cell })
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        const sheet = new MemorySheet("S", "1");
        for (const c of changes) {
          if (c.kind === "value") sheet.setContents(c.at.row, c.at.column, c.value, undefined);
          else if (c.kind === "empty")
            sheet.setContents(c.at.row, c.at.column, undefined, undefined);
          else if (c.kind === "style")
            sheet.setOwnStyle(c.at.row, c.at.column, c.bold ? BOLD : undefined);
          else if (c.kind === "write") sheet._rowForWrite(c.at.row).values[c.at.column] = c.value;
          else if (c.kind === "clearContents") sheet.clearContents(c.rect);
          else if (c.kind === "clearFormats") sheet.clearFormats(c.rect);
          else sheet.shiftDown(c.at.row, c.at.column, c.at.column + 1, 2);
          for (const valuesOnly of [true, false]) {
            // Asked twice: the second answer is the kept one.
            sheet.usedRect(valuesOnly);
            expect(sheet.usedRect(valuesOnly)).toEqual(sheet.usedRect(valuesOnly, WHOLE));
          }
        }
      }),
      { numRuns: 300 }
    );
  });

  it("follows a worked example: a value, a bold cell, then the value cleared", () => {
    const sheet = new MemorySheet("S", "1");
    sheet.setContents(3, 2, 7, undefined);
    expect(sheet.usedRect(true)).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
    sheet.setOwnStyle(9, 4, BOLD);
    expect(sheet.usedRect(true)).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
    expect(sheet.usedRect(false)).toEqual({ top: 3, left: 2, bottom: 9, right: 4 });
    sheet.clearContents({ top: 3, left: 2, bottom: 3, right: 2 });
    expect(sheet.usedRect(true)).toBeNull();
    expect(sheet.usedRect(false)).toEqual({ top: 9, left: 4, bottom: 9, right: 4 });
  });
});
