/* The used range is kept between changes and grown as cells are added (a 495,000-row sheet is not
 * scanned again each time it is asked): after any sequence of changes, asked or not between them, it is
 * the one a fresh scan gives. */
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
    // `ask` false: the next change comes before any used range, so the kept bounds grow over several.
    const step = fc.tuple(change, fc.boolean());
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const sheet = new MemorySheet("S", "1");
        for (const [c, ask] of steps) {
          if (c.kind === "value") sheet.setContents(c.at.row, c.at.column, c.value, undefined);
          else if (c.kind === "empty")
            sheet.setContents(c.at.row, c.at.column, undefined, undefined);
          else if (c.kind === "style")
            sheet.setOwnStyle(c.at.row, c.at.column, c.bold ? BOLD : undefined);
          else if (c.kind === "write") sheet._rowForWrite(c.at.row).values[c.at.column] = c.value;
          else if (c.kind === "clearContents") sheet.clearContents(c.rect);
          else if (c.kind === "clearFormats") sheet.clearFormats(c.rect);
          else sheet.shiftDown(c.at.row, c.at.column, c.at.column + 1, 2);
          if (!ask) continue;
          for (const valuesOnly of [true, false]) {
            // Asked twice: the second answer is the kept one.
            sheet.usedRect(valuesOnly);
            expect(sheet.usedRect(valuesOnly)).toEqual(sheet.usedRect(valuesOnly, WHOLE));
          }
        }
        for (const valuesOnly of [true, false])
          expect(sheet.usedRect(valuesOnly)).toEqual(sheet.usedRect(valuesOnly, WHOLE));
      }),
      { numRuns: 500 }
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

  it("takes in the cells of rows written in bulk, one row after another, before it is asked", () => {
    const sheet = new MemorySheet("S", "1");
    sheet.setContents(0, 0, "title", undefined);
    for (let row = 1; row <= 5; row += 1) {
      const cells = sheet._rowForWrite(row);
      cells.values[1] = row;
      cells.values[6] = row * 2;
    }
    sheet.setOwnStyle(7, 8, BOLD);
    expect(sheet.usedRect(true)).toEqual({ top: 0, left: 0, bottom: 5, right: 6 });
    expect(sheet.usedRect(false)).toEqual({ top: 0, left: 0, bottom: 7, right: 8 });
  });
});
