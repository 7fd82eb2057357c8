import { readLedger } from "../../../src/core/portfolio/read-ledger";

// Issue 14, a million rights: the ledger's width was taken with Math.max(...rows), which overflows the
// call stack at a few hundred thousand rows (found by the million-right benchmark, figure 9).
describe("readLedger on a very long list", () => {
  it("reads 400,000 rows without overflowing the call stack", () => {
    const values: unknown[][] = [["ID", "Type", "Filing date"]];
    for (let n = 0; n < 400_000; n += 1) values.push([`CN2019${n}`, "invention", "2019-01-01"]);
    const ledger = readLedger({ sheet: "P", top: 1, left: 0, values }, "en");
    expect(ledger.grid.values).toHaveLength(400_001);
    expect(ledger.listRows).toBe(400_000);
  });
});
