import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import {
  paymentAt,
  paymentRows,
  paymentsOf,
  PaymentsBuilder,
  ProjectionRow,
} from "../../../src/core/projection/payments";

// Issue 14: the projection keeps its payments as columns (typed arrays, a table of rights and one of
// amounts). Objects made from the columns must be the payments put in, field for field.

const fee = new Money(900);
const reduced = new Money(135); // 900 at an 85 % reduction
const rate = new Money("0.85");
const none = new Money(0);

const row = (id: string, year: number, due: string, payable: Money): ProjectionRow => ({
  sourceRow: 2,
  id,
  owner: "Tokyo HQ",
  kind: "invention",
  year,
  due: isoToDay(due),
  fiscalYear: Number(due.slice(0, 4)),
  fee,
  reduction: payable === fee ? none : rate,
  payable,
  converted: payable,
  basis: "granted",
});

describe("payments as columns", () => {
  const rows = [
    row("CN201910000001.1", 4, "2026-03-01", reduced),
    row("CN201910000001.1", 5, "2027-03-01", reduced),
    row("CN201910000002.2", 4, "2026-05-20", fee),
  ];

  it("give back every payment field for field", () => {
    expect(paymentRows(paymentsOf(rows))).toEqual(rows);
  });

  it("share one right per right and one amounts entry per set of amounts", () => {
    const payments = paymentsOf(rows);
    expect(payments.rights.map((right) => right.id)).toEqual([
      "CN201910000001.1",
      "CN201910000002.2",
    ]);
    expect(payments.amounts.map((amounts) => amounts.payable.toString())).toEqual(["135", "900"]);
    expect([...payments.right]).toEqual([0, 0, 1]);
    expect([...payments.amount]).toEqual([0, 0, 1]);
  });

  it("keep a surcharge with its payment", () => {
    const late = {
      ...row("CN201910000003.3", 6, "2026-01-10", new Money(960)),
      surcharge: new Money(60),
    };
    expect(paymentAt(paymentsOf([late]), 0).surcharge?.toString()).toBe("60");
  });

  it("grow past the capacity they started with, in the order added or the order given", () => {
    const built = new PaymentsBuilder(16);
    const right = built.addRight({
      sourceRow: 2,
      id: "CN1",
      owner: "",
      kind: "utility",
      basis: "pending-assumed-grant",
    });
    const amounts = built.addAmounts({
      fee,
      reduction: none,
      payable: fee,
      converted: fee,
      surcharge: undefined,
    });
    for (let year = 1; year <= 40; year += 1) built.push(right, year, 20_000 + year, 2026, amounts);
    const added = built.done();
    expect(added.length).toBe(40);
    expect([...added.year]).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const reversed = built.done(Int32Array.from({ length: 40 }, (_, i) => 39 - i));
    expect([...reversed.due]).toEqual(Array.from({ length: 40 }, (_, i) => 20_040 - i));
  });

  it("are placed in order in steps, pausing after every perStep payments", () => {
    const built = new PaymentsBuilder(16);
    const right = built.addRight({
      sourceRow: 2,
      id: "CN1",
      owner: "",
      kind: "utility",
      basis: "granted",
    });
    const amounts = built.addAmounts({
      fee,
      reduction: none,
      payable: fee,
      converted: fee,
      surcharge: undefined,
    });
    for (let i = 0; i < 250; i += 1) built.push(right, 1 + (i % 10), 20_000 + i, 2026, amounts);
    const order = Int32Array.from({ length: 250 }, (_, i) => 249 - i);
    const steps = built.doneInSteps(order, 100);
    const paused: number[] = [];
    let step = steps.next();
    while (!step.done) {
      paused.push(step.value);
      step = steps.next();
    }
    expect(paused).toEqual([100, 200]);
    expect(step.value).toEqual(built.done(order));
    expect(step.value.due[0]).toBe(20_249);
  });
});
