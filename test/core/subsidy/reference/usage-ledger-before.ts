// UsageLedger before issue 14: a JSON text made per key and look-up. Oracle of usage-ledger-equality.

import { Money } from "../../../../src/core/money/money";
import { NOTHING } from "../../../../src/core/subsidy/outcome";

/**
 * What has been paid so far while events are applied in order: case counts and amounts per key (a rule
 * or limit, an applicant, a calendar year; or a rule and a right). Keys are built from JSON arrays so
 * that no id containing a separator can collide with another.
 * @example const ledger = new UsageLedger(); ledger.add(["SZ-2021/x", "A", 2021], new Money(2500)); ledger.count(["SZ-2021/x", "A", 2021]) //=> 1
 */
export class UsageLedgerBefore {
  private readonly counts = new Map<string, number>();
  private readonly amounts = new Map<string, Money>();

  /** Cases counted under `key`. */
  count(key: readonly (string | number)[]): number {
    return this.counts.get(JSON.stringify(key)) ?? 0;
  }

  /** Amount paid under `key`. */
  amount(key: readonly (string | number)[]): Money {
    return this.amounts.get(JSON.stringify(key)) ?? NOTHING;
  }

  /** Records a payment under `key`; `cases` is 1 for a case, 0 for an amount that is not a case (a bonus). */
  add(key: readonly (string | number)[], paid: Money, cases = 1): void {
    const id = JSON.stringify(key);
    this.counts.set(id, (this.counts.get(id) ?? 0) + cases);
    this.amounts.set(id, this.amount(key).plus(paid));
  }
}
