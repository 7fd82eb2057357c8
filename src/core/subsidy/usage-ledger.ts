import { Money } from "../money/money";
import { NOTHING } from "./outcome";

/**
 * What has been paid so far while events are applied in order: case counts and amounts per key (a rule
 * or limit, an applicant, a calendar year; or a rule and a right). A key's parts are looked up one by
 * one in nested maps, so no id containing a separator can collide with another and no key text is made
 * (several look-ups per event, tens of thousands of events).
 * @example const ledger = new UsageLedger(); ledger.add(["SZ-2021/x", "A", 2021], new Money(2500)); ledger.count(["SZ-2021/x", "A", 2021]) //=> 1
 */
export class UsageLedger {
  private readonly root: Tally = { cases: 0, paid: NOTHING, next: undefined };

  /** Cases counted under `key`. */
  count(key: readonly (string | number)[]): number {
    return this.find(key, false)?.cases ?? 0;
  }

  /** Amount paid under `key`. */
  amount(key: readonly (string | number)[]): Money {
    return this.find(key, false)?.paid ?? NOTHING;
  }

  /** Records a payment under `key`; `cases` is 1 for a case, 0 for an amount that is not a case (a bonus). */
  add(key: readonly (string | number)[], paid: Money, cases = 1): void {
    const tally = this.find(key, true)!;
    tally.cases += cases;
    tally.paid = tally.paid.plus(paid);
  }

  /** The tally under `key`, made (with nothing counted) when `make` is true. */
  private find(key: readonly (string | number)[], make: boolean): Tally | undefined {
    let tally = this.root;
    for (const part of key) {
      let next = tally.next?.get(part);
      if (next === undefined) {
        if (!make) return undefined;
        next = { cases: 0, paid: NOTHING, next: undefined };
        (tally.next ??= new Map()).set(part, next);
      }
      tally = next;
    }
    return tally;
  }
}

/** What is counted under one key, and the longer keys starting with it. */
interface Tally {
  cases: number;
  paid: Money;
  next: Map<string | number, Tally> | undefined;
}

/**
 * The ledger key of a rule's (or limit's) payments to one applicant in one calendar year.
 * @example yearKey("SZ-2021/cn-invention-grant", "Acme", 2021) //=> ["year", "SZ-2021/cn-invention-grant", "Acme", 2021]
 */
export function yearKey(ruleId: string, applicant: string, year: number): (string | number)[] {
  return ["year", ruleId, applicant, year];
}

/**
 * The ledger key of a rule's payments for one right, whatever the year.
 * @example rightKey("SZ-HETAO/overseas-annuity-half", "US 11,111,111") //=> ["right", "SZ-HETAO/overseas-annuity-half", "US 11,111,111"]
 */
export function rightKey(ruleId: string, rightId: string): (string | number)[] {
  return ["right", ruleId, rightId];
}
