import { DayNumber } from "../dates/civil";
import { Money } from "../money/money";
import { RightKind } from "../offices/cn/right-kind";
import type { ScheduleBasis } from "./right-schedule";
import { runSteps } from "../table/steps";

/** One payment in the projection: a right's annual fee for one annuity year. */
export interface ProjectionRow {
  sourceRow: number;
  id: string;
  owner: string;
  kind: RightKind;
  year: number;
  due: DayNumber;
  fiscalYear: number;
  fee: Money;
  /** The reduction applied to this year (0 when the year is outside the reduction window). */
  reduction: Money;
  payable: Money;
  converted: Money;
  basis: ScheduleBasis;
  /** An overdue fee still in its grace period: today's surcharge, included in `payable`, budgeted now. */
  surcharge?: Money;
}

/** What every payment of one right shares. */
export interface PaymentRight {
  readonly sourceRow: number;
  readonly id: string;
  readonly owner: string;
  readonly kind: RightKind;
  readonly basis: ScheduleBasis;
}

/** The amounts of a payment: a projection makes one per distinct fee, reduction and payable. */
export interface PaymentAmounts {
  readonly fee: Money;
  readonly reduction: Money;
  readonly payable: Money;
  readonly converted: Money;
  readonly surcharge: Money | undefined;
}

/**
 * The projection's payments, column by column, in the order of the Projection sheet (due day, ID, year).
 * A 100,000-right run over 20 years has about a million payments: as objects they were a million
 * allocations promoted through every young-generation collection, and reading them in due order (not the
 * order they were made in) missed the cache on each one. As columns they are five typed arrays (16 bytes
 * a payment), read in order; a payment's right and amounts are indexes into two small tables.
 * @example const p = paymentsOf(rows); p.rights[p.right[0]].id //=> rows[0].id
 */
export interface Payments {
  readonly length: number;
  /** The payment's right: an index into `rights`. */
  readonly right: Int32Array;
  /** Its amounts: an index into `amounts`. */
  readonly amount: Int32Array;
  /** The day it is shown due (DayNumber). */
  readonly due: Int32Array;
  /** Its annuity year. */
  readonly year: Uint16Array;
  /** The fiscal year it is budgeted in. */
  readonly fiscalYear: Uint16Array;
  readonly rights: readonly PaymentRight[];
  readonly amounts: readonly PaymentAmounts[];
}

/**
 * Payment `index` as one object, for the few readers that want objects (tests, small tables).
 * @example paymentAt(payments, 0).payable.toString() //=> "900"
 */
export function paymentAt(payments: Payments, index: number): ProjectionRow {
  const right = payments.rights[payments.right[index]];
  const amounts = payments.amounts[payments.amount[index]];
  return {
    sourceRow: right.sourceRow,
    id: right.id,
    owner: right.owner,
    kind: right.kind,
    year: payments.year[index],
    due: payments.due[index],
    fiscalYear: payments.fiscalYear[index],
    fee: amounts.fee,
    reduction: amounts.reduction,
    payable: amounts.payable,
    converted: amounts.converted,
    basis: right.basis,
    surcharge: amounts.surcharge,
  };
}

/**
 * Every payment as an object, in order.
 * @example paymentRows(paymentsOf(rows)) //=> rows (field by field)
 */
export function paymentRows(payments: Payments): ProjectionRow[] {
  const rows: ProjectionRow[] = new Array<ProjectionRow>(payments.length);
  for (let i = 0; i < payments.length; i += 1) rows[i] = paymentAt(payments, i);
  return rows;
}

/** Payments placed in order between two pauses (a few milliseconds of work). */
export const PAYMENTS_PLACED_PER_STEP = 100_000;

type PaymentColumns = Pick<Payments, "right" | "amount" | "due" | "year" | "fiscalYear">;

/**
 * Payments made one at a time into growing columns; `done` gives them in the order they were added.
 * Rights and amounts are added to their tables by the caller, which keeps their indexes.
 */
export class PaymentsBuilder {
  length = 0;
  readonly rights: PaymentRight[] = [];
  readonly amounts: PaymentAmounts[] = [];
  private right: Int32Array;
  private amount: Int32Array;
  private due: Int32Array;
  private year: Uint16Array;
  private fiscalYear: Uint16Array;

  constructor(capacity = 1024) {
    const size = Math.max(16, capacity);
    this.right = new Int32Array(size);
    this.amount = new Int32Array(size);
    this.due = new Int32Array(size);
    this.year = new Uint16Array(size);
    this.fiscalYear = new Uint16Array(size);
  }

  /** Adds the right to the table; its index. */
  addRight(right: PaymentRight): number {
    this.rights.push(right);
    return this.rights.length - 1;
  }

  /** Adds amounts to the table; their index. */
  addAmounts(amounts: PaymentAmounts): number {
    this.amounts.push(amounts);
    return this.amounts.length - 1;
  }

  push(right: number, year: number, due: DayNumber, fiscalYear: number, amount: number): void {
    if (this.length === this.right.length) this.grow();
    const i = this.length;
    this.right[i] = right;
    this.amount[i] = amount;
    this.due[i] = due;
    this.year[i] = year;
    this.fiscalYear[i] = fiscalYear;
    this.length = i + 1;
  }

  private grow(): void {
    const size = this.right.length * 2;
    const grown = <T extends Int32Array | Uint16Array>(column: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(column);
      return next;
    };
    this.right = grown(this.right, (n) => new Int32Array(n));
    this.amount = grown(this.amount, (n) => new Int32Array(n));
    this.due = grown(this.due, (n) => new Int32Array(n));
    this.year = grown(this.year, (n) => new Uint16Array(n));
    this.fiscalYear = grown(this.fiscalYear, (n) => new Uint16Array(n));
  }

  /** The payments added, in the order given by `order` (indexes of added payments), or as added. */
  done(order?: Int32Array): Payments {
    return runSteps(this.doneInSteps(order, Infinity));
  }

  /**
   * `done`, pausing after every `perStep` payments placed (the value yielded: payments placed so far):
   * placing half a million payments at once was a task of 60 ms in the pane.
   */
  *doneInSteps(
    order?: Int32Array,
    perStep = PAYMENTS_PLACED_PER_STEP
  ): Generator<number, Payments, void> {
    const n = order ? order.length : this.length;
    const columns = {
      right: new Int32Array(n),
      amount: new Int32Array(n),
      due: new Int32Array(n),
      year: new Uint16Array(n),
      fiscalYear: new Uint16Array(n),
    };
    // In a new order, each payment is read from anywhere in the columns: read from one row of four
    // numbers (one cache line), not from five arrays (five lines). Writing the rows is one pass in order.
    const packed = order ? this.packed() : undefined;
    for (let from = 0; from < n; from += perStep) {
      const to = Math.min(n, from + perStep);
      if (order && packed) placeFromRows(columns, packed, order, from, to);
      else this.place(columns, from, to);
      if (to < n) yield to;
    }
    return { length: n, ...columns, rights: this.rights, amounts: this.amounts };
  }

  /** Copies payments `from` to `to` (excluded), in the order added, column by column. */
  private place(into: PaymentColumns, from: number, to: number): void {
    into.right.set(this.right.subarray(from, to), from);
    into.amount.set(this.amount.subarray(from, to), from);
    into.due.set(this.due.subarray(from, to), from);
    into.year.set(this.year.subarray(from, to), from);
    into.fiscalYear.set(this.fiscalYear.subarray(from, to), from);
  }

  /** The payments added as rows of four numbers: right, amount, due day, year × 65,536 + fiscal year. */
  private packed(): Int32Array {
    const rows = new Int32Array(this.length * PACKED_WIDTH);
    const { right, amount, due, year, fiscalYear } = this;
    for (let i = 0, at = 0; i < this.length; i += 1, at += PACKED_WIDTH) {
      rows[at] = right[i];
      rows[at + 1] = amount[i];
      rows[at + 2] = due[i];
      rows[at + 3] = year[i] * 65_536 + fiscalYear[i];
    }
    return rows;
  }

  /** The due days added so far, in the order added (a view: valid until the next push). */
  dues(): Int32Array {
    return this.due.subarray(0, this.length);
  }

  /** The annuity years added so far, in the order added (a view: valid until the next push). */
  years(): Uint16Array {
    return this.year.subarray(0, this.length);
  }

  /** The rights of the payments added so far, in the order added (a view: valid until the next push). */
  rightIndexes(): Int32Array {
    return this.right.subarray(0, this.length);
  }
}

/** Numbers per payment in PaymentsBuilder's packed rows. */
const PACKED_WIDTH = 4;

/** Places payments `order[from]` to `order[to - 1]` into the columns, read from packed rows. */
function placeFromRows(
  into: PaymentColumns,
  rows: Int32Array,
  order: Int32Array,
  from: number,
  to: number
): void {
  const { right, amount, due, year, fiscalYear } = into;
  for (let i = from; i < to; i += 1) {
    const at = order[i] * PACKED_WIDTH;
    right[i] = rows[at];
    amount[i] = rows[at + 1];
    due[i] = rows[at + 2];
    const years = rows[at + 3];
    year[i] = years >>> 16;
    fiscalYear[i] = years & 0xffff;
  }
}

/**
 * Payments as columns from payment objects (hand-made rows in tests, a reference projection): one right
 * per distinct (source row, ID, owner, kind, basis), one amounts entry per distinct set of Money instances.
 * @example paymentsOf([row]).length //=> 1
 */
export function paymentsOf(rows: readonly ProjectionRow[]): Payments {
  const built = new PaymentsBuilder(rows.length);
  const rightIndex = new Map<string, number>();
  const amountIndex = new Map<string, number>();
  const moneyIds = new Map<Money | undefined, number>();
  const moneyId = (money: Money | undefined) => {
    let id = moneyIds.get(money);
    if (id === undefined) moneyIds.set(money, (id = moneyIds.size));
    return id;
  };
  for (const row of rows) {
    const rightKey = JSON.stringify([row.sourceRow, row.id, row.owner, row.kind, row.basis]);
    let r = rightIndex.get(rightKey);
    if (r === undefined) {
      const { sourceRow, id, owner, kind, basis } = row;
      rightIndex.set(rightKey, (r = built.addRight({ sourceRow, id, owner, kind, basis })));
    }
    const amountKey = [row.fee, row.reduction, row.payable, row.converted, row.surcharge]
      .map(moneyId)
      .join(" ");
    let a = amountIndex.get(amountKey);
    if (a === undefined) {
      const { fee, reduction, payable, converted, surcharge } = row;
      amountIndex.set(
        amountKey,
        (a = built.addAmounts({ fee, reduction, payable, converted, surcharge }))
      );
    }
    built.push(r, row.year, row.due, row.fiscalYear, a);
  }
  return built.done();
}
