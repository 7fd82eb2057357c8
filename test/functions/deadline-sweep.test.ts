import { dueDate } from "../../src/core/offices/cn/deadlines";
import { addYearsClamped, dayToIso, isoToDay } from "../../src/core/dates/civil";
import { serialFromDay } from "../../src/core/dates/excel-serial";
import { Money } from "../../src/core/money/money";
import { PortfolioRight } from "../../src/core/portfolio/read-portfolio";
import { deadlines } from "../../src/core/projection/deadlines";
import { cnDueDate, cnGraceEnd, cnLateFeeOn, cnNextPayment } from "../../src/functions";
import { cellError } from "./expect-cell-error";

// One truth for every due date from 2004 to 2030: the Deadlines sheet's logic and IP.CN_NEXT_PAYMENT agree
// with IP.CN_GRACE_END and IP.CN_LATEFEE_ON, with the holiday shift on and off (专利法实施细则 2023 Art. 5:
// only the last day moves; Art. 115: the bands count from the formal due date). Each due date is the
// year-4 fee (CNY 1,200) of an invention filed three years before.
const FEE = 1200;

describe("sweep of due dates 2004-2030", () => {
  it("gives the same status, surcharge and last day everywhere", () => {
    const mismatches: string[] = [];
    const note = (what: string, due: number, asOf: number, got: unknown, want: unknown) => {
      if (got !== want && mismatches.length < 20)
        mismatches.push(`${what}: due ${dayToIso(due)}, as of ${dayToIso(asOf)}: ${got} ≠ ${want}`);
    };
    let checked = 0;
    for (let due = isoToDay("2004-01-01"); due <= isoToDay("2030-12-31"); due += 1) {
      const filing = addYearsClamped(due, -3);
      if (dueDate("invention", filing, 4) !== due) continue; // 29 February: no filing gives it as year 4
      const f = serialFromDay(filing);
      const graceShown = { false: cnGraceEnd(f, 4, false), true: cnGraceEnd(f, 4, true) };
      const legalDue = cnDueDate(f, 4, true) - serialFromDay(0);
      const legalLast = graceShown.true - serialFromDay(0);
      // In time on the legal last day, lapsed the day after, and one day in between that walks the bands.
      const middle = due + 1 + (due % 183);
      for (const asOf of [legalLast, legalLast + 1, middle]) {
        const a = serialFromDay(asOf);
        let lateFee: number | "lapsed";
        try {
          lateFee = cnLateFeeOn(FEE, serialFromDay(due), a);
        } catch {
          expect(cellError(() => cnLateFeeOn(FEE, serialFromDay(due), a)).code).toBe("#N/A");
          lateFee = "lapsed";
        }
        const status = lateFee === "lapsed" ? "lapsed" : asOf <= legalDue ? "upcoming" : "grace";
        note(
          "CN_LATEFEE_ON lapse vs the legal last day",
          due,
          asOf,
          lateFee === "lapsed",
          asOf > legalLast
        );
        for (const shift of [false, true]) {
          const [year, dueShown, payable, surcharge, lastDay, code] = cnNextPayment(
            f,
            3,
            a,
            null,
            null,
            null,
            shift
          )[0];
          note("CN_NEXT_PAYMENT status", due, asOf, code, status);
          note(
            "CN_NEXT_PAYMENT surcharge",
            due,
            asOf,
            surcharge,
            lateFee === "lapsed" ? 0 : lateFee
          );
          note("CN_NEXT_PAYMENT last day", due, asOf, lastDay, graceShown[`${shift}`]);
          note("CN_NEXT_PAYMENT due", due, asOf, dueShown, cnDueDate(f, 4, shift));
          note("CN_NEXT_PAYMENT year and fee", due, asOf, `${year} ${payable}`, `4 ${FEE}`);
          if (asOf === middle) continue; // the sheet is checked at the two edges of the grace period
          const right: PortfolioRight = {
            row: 2,
            id: "X",
            title: "",
            owner: "",
            jurisdiction: "CN",
            status: "granted",
            kind: "invention",
            filing,
            reduction: new Money(0),
            lastPaidYear: 3,
          };
          const [row] = deadlines([right], {
            asOf,
            horizonYears: 1,
            fiscalYearStartMonth: 1,
            currency: { code: "CNY", ratePerCny: new Money(1) },
            shiftToWorkday: shift,
          });
          note("Deadlines status", due, asOf, row.status, status);
          note(
            "Deadlines surcharge",
            due,
            asOf,
            row.surcharge?.toNumber() ?? 0,
            lateFee === "lapsed" ? 0 : lateFee
          );
          note(
            "Deadlines last day",
            due,
            asOf,
            row.lastDay === undefined ? undefined : serialFromDay(row.lastDay),
            graceShown[`${shift}`]
          );
        }
        checked += 1;
      }
    }
    expect(mismatches).toEqual([]);
    // 27 years of due dates (9,862 days, less the 29 Februaries), 3 dates each.
    expect(checked).toBeGreaterThan(9_850 * 3);
  }, 120_000);
});
