// projectOfficeRightsInSteps as it was before session 11 (commit 045cc4a): rights in input order, rows
// sorted by a comparison sort on (due, ID, year). The oracle of office-rows-order-equality.test.ts.
import { codedError } from "../../../../src/core/i18n/issue-text";
import { addYearsClamped, dayToIso } from "../../../../src/core/dates/civil";
import { isDomainError } from "../../../../src/core/errors/domain-error";
import { Money } from "../../../../src/core/money/money";
import { FeeLine } from "../../../../src/core/offices/office-pack";
import { packOf } from "../../../../src/core/offices/registry";
import { OfficePortfolioRight } from "../../../../src/core/portfolio/read-portfolio";
import { RowIssue } from "../../../../src/core/table/grid";
import { ExchangeRates, convertAt } from "../../../../src/core/projection/exchange-rates";
import { fiscalYearOf } from "../../../../src/core/projection/fiscal-year";
import { openLastDays } from "../../../../src/core/projection/office-open-days";
import { ScheduleBasis } from "../../../../src/core/projection/right-schedule";
import { ProjectionSettings } from "../../../../src/core/projection/settings";
import { mapSteps } from "../../../../src/core/table/steps";
import { sortInSteps } from "../../../../src/core/table/sort-in-steps";
import {
  OfficeLapsedRight,
  OfficeProjection,
  OfficeProjectionRow,
  OFFICE_RIGHTS_PER_STEP,
  officeScheduleOf,
} from "../../../../src/core/projection/office-schedule";

export function* projectOfficeRightsBefore(
  rights: readonly OfficePortfolioRight[],
  settings: ProjectionSettings,
  rates: ExchangeRates
): Generator<number, OfficeProjection, void> {
  const horizonEnd = addYearsClamped(settings.asOf, settings.horizonYears);
  const rows: OfficeProjectionRow[] = [];
  const issues: RowIssue[] = [];
  const lapsed: OfficeLapsedRight[] = [];
  const issue = (row: number, message: string, coded: Partial<RowIssue> = {}) =>
    issues.push({ sheet: "", row, column: "", header: "", kind: "error", message, ...coded });
  let done = 0;
  for (const right of rights) {
    done += 1;
    if (done % OFFICE_RIGHTS_PER_STEP === 0) yield done;
    if (right.status === "lapsed" || right.status === "abandoned") continue;
    const pack = packOf(right.office);
    if (!pack) continue;
    let lines: FeeLine[];
    let basis: ScheduleBasis;
    try {
      ({ lines, basis } = officeScheduleOf(right, settings.asOf, pack));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      issue(right.row, `${right.id}: ${error.message}`, {
        code: "feeProblem",
        params: { id: right.id },
        cause: codedError(error),
      });
      continue;
    }
    let rateMissing = false;
    let hasLapsed = false;
    const rightRows: OfficeProjectionRow[] = [];
    for (const line of lines) {
      if (right.lastPaidYear !== undefined && line.year <= right.lastPaidYear) continue;
      let surcharge: Money | undefined;
      let due = line.due;
      const open = openLastDays(right.office, line);
      if (open.free < settings.asOf) {
        // Without a ledger year, fees already due are taken as paid.
        if (right.lastPaidYear === undefined) continue;
        if (open.last === undefined || open.last < settings.asOf) {
          hasLapsed = true;
          break;
        }
        if (line.amount !== undefined) {
          try {
            // Paid on an open day after a closed formal last day: the surcharge of that last day.
            surcharge = pack.lateFee(
              line.amount,
              line.due,
              Math.min(settings.asOf, line.lastDay ?? settings.asOf),
              right.entity || undefined
            );
          } catch (error) {
            if (!isDomainError(error)) throw error;
            issue(right.row, `${right.id}, year ${line.year}: ${error.message}`, {
              code: "officeFeeProblemYear",
              params: { id: right.id, year: line.year },
              cause: codedError(error),
            });
            continue;
          }
        }
        due = settings.asOf;
      }
      if (line.due >= horizonEnd) continue;
      const amount =
        line.amount === undefined
          ? undefined
          : surcharge
            ? line.amount.plus(surcharge)
            : line.amount;
      const converted = amount === undefined ? undefined : convertAt(amount, line.currency, rates);
      if (amount !== undefined && converted === undefined) rateMissing = true;
      rightRows.push({
        sourceRow: right.row,
        id: right.id,
        owner: right.owner,
        office: right.office,
        kind: right.kind,
        year: line.year,
        due,
        fiscalYear: fiscalYearOf(due, settings.fiscalYearStartMonth),
        currency: line.currency,
        amount,
        missing: line.missing,
        confidence: line.confidence,
        flags: line.flags,
        surcharge,
        converted,
        basis,
      });
    }
    if (hasLapsed) {
      lapsed.push({ sourceRow: right.row, id: right.id, office: right.office });
      continue;
    }
    rows.push(...rightRows);
    if (rateMissing)
      issue(
        right.row,
        `${right.id}: no exchange rate for ${pack.currency} into ${rates.output}: its fees are shown in ${pack.currency} and left out of the converted totals; add the rate to the exchange-rate table.`,
        {
          kind: "warning",
          code: "rateMissing",
          params: { id: right.id, currency: pack.currency, output: rates.output },
        }
      );
    for (const row of rightRows)
      if (row.amount === undefined) {
        issue(
          right.row,
          `${right.id}, year ${row.year} (due ${dayToIso(row.due)}): ${
            /^no amount/i.test(row.missing ?? "")
              ? row.missing
              : `no confirmed amount${row.missing ? `: ${row.missing}` : "."}`
          } Later fees of this right may be blank too; the Summary counts them.`,
          {
            kind: "warning",
            code: row.missing ? "noAmountWhy" : "noAmount",
            params: { id: right.id, year: row.year, due: dayToIso(row.due) },
            ...(row.missing ? { cause: { message: row.missing } } : {}),
          }
        );
        break;
      }
  }
  // Sorted in steps too (a mixed portfolio has a hundred thousand rows), stable as Array.sort is; the
  // pauses say all rights are done.
  const sorted = yield* mapSteps(
    sortInSteps(
      rows,
      (a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.year - b.year)
    ),
    () => rights.length
  );
  return { rows: sorted, issues, lapsed };
}
