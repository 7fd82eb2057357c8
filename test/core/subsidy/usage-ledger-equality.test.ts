/* global describe, expect, it */
import fc from "fast-check";
import { Money } from "../../../src/core/money/money";
import { UsageLedger } from "../../../src/core/subsidy/usage-ledger";
import { UsageLedgerBefore } from "./reference/usage-ledger-before";

// Issue 14 (speed): the ledger looks a key's parts up in nested maps rather than by its JSON text. Any
// adds, on keys of any length sharing parts (a number and its digits as text are different parts),
// must give the counts and amounts the reference gives.

const part = fc.constantFrom<string | number>("year", "right", "A", "2021", 2021, 2022, "", "a,b");
const key = fc.array(part, { maxLength: 4 });

describe("UsageLedger", () => {
  it("counts and sums as the JSON-keyed ledger did", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.integer({ min: 0, max: 5000 }), fc.constantFrom(0, 1), key), {
          maxLength: 30,
        }),
        (steps) => {
          const ledger = new UsageLedger();
          const before = new UsageLedgerBefore();
          for (const [added, amount, cases, asked] of steps) {
            ledger.add(added, new Money(amount).div(100), cases);
            before.add(added, new Money(amount).div(100), cases);
            for (const probe of [added, asked]) {
              expect(ledger.count(probe)).toBe(before.count(probe));
              expect(ledger.amount(probe).toString()).toBe(before.amount(probe).toString());
            }
          }
        }
      ),
      { numRuns: 1000 }
    );
  });
});
