import { Money, yuanToCell } from "../../../src/core/money/money";
import { amountCells } from "../../../src/core/report/report-context";

// The Projection and Deadlines sheets turn each shared amount into its cell number once; amounts made
// per row (past the kept 10,000) are still converted, each to its own value.
describe("amountCells", () => {
  it("converts a shared amount once, rounded to the fen as a cell shows it", () => {
    const made: string[] = [];
    const cell = amountCells((amount) => {
      made.push(amount.toString());
      return yuanToCell(amount);
    });
    const fee = new Money("1.005");
    expect([cell(fee), cell(fee), cell(fee)]).toEqual([1.01, 1.01, 1.01]);
    expect(made).toEqual(["1.005"]);
  });

  it("still gives every amount its own value past the 10,000 it keeps", () => {
    const cell = amountCells(yuanToCell);
    for (let i = 0; i < 10_000; i += 1) cell(new Money(i));
    const late = new Money("12345.678");
    expect(cell(late)).toBe(12345.68);
    expect(cell(new Money("0.004"))).toBe(0);
  });
});
