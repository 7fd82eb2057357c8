/* Custom functions of the Japanese, US and Korean offices (namespace IP). Each reads its arguments, calls
 * the office pack's core and maps errors; the amounts come from the built-in data (src/data/offices), since
 * a function cannot read a workbook table it is not given. The metadata plugin generates the metadata from
 * the JSDoc below and appends the CustomFunctions.associate calls at build time. */
import { serialFromDay } from "../core/dates/excel-serial";
import {
  isBlank,
  readDate,
  readFlag,
  readNumber,
  readOptionalDate,
  single,
} from "../core/table/cell-readers";
import { readOptionalCount } from "../core/table/office-readers";
import { Money } from "../core/money/money";
import { jpEntity, usEntity } from "../core/offices/entity";
import { jpAnnualFee } from "../core/offices/jp/annual-fee";
import { jpDueDate } from "../core/offices/jp/due-dates";
import { jpKind } from "../core/offices/jp/kind";
import { krAnnualFee } from "../core/offices/kr/annual-fee";
import { usDueDate } from "../core/offices/us/due-dates";
import { usMaintenanceFee, usSurcharge } from "../core/offices/us/maintenance-fee";
import { STAGE_HELP, usStage } from "../core/offices/us/stage";
import { forCell } from "./cell-errors";
import { todayDay } from "./today";

const YEAR_HELP = "a whole fee year such as 4";
const CLAIMS_HELP = "a whole number of claims from 1";

/** Whole yen, dollars or won: the offices' amounts are whole units (JPY reductions are floored to 10 yen). */
function wholeToCell(amount: Money): number {
  return amount.toDecimalPlaces(0, Money.ROUND_HALF_UP).toNumber();
}

function readKindText(value: unknown): unknown {
  const one = single(value, "kind");
  return isBlank(one) ? null : one;
}

/**
 * The JPO annual fee (特許料 / 登録料) in JPY of one year of a Japanese patent, utility model or design, after an optional SME reduction; years 1-3 are priced per year too.
 * @customfunction JP_ANNUITY JP_ANNUITY
 * @helpurl https://localhost:3000/help/en/JP_ANNUITY.html
 * @param year Fee year counted from registration (patent and design 1 to 25, utility model 1 to 10).
 * @param [claims] Number of claims (required for patents and utility models: the fee depends on it).
 * @param [kind] "patent" (default), "utility" or "design"; also 特許, 実用新案, 意匠.
 * @param [reduction] "sme" or 中小企業 (pays 1/2), "small" or 小規模企業 (pays 1/3); patent years 1-10 only, each year rounded down to 10 yen.
 * @param [paymentDate] Payment date, which picks the fee table in force (new table from 2022-04-01); default today.
 * @param [examRequestDate] Date of the request for examination; one before 2004-04-01 picks the older patent table.
 * @returns The fee of that year in JPY.
 */
export function jpAnnuity(
  year: unknown,
  claims?: unknown,
  kind?: unknown,
  reduction?: unknown,
  paymentDate?: unknown,
  examRequestDate?: unknown
): number {
  return forCell(() => {
    const fee = jpAnnualFee({
      year: readNumber(year, "year", YEAR_HELP),
      claims: readOptionalCount(claims, "claims", CLAIMS_HELP),
      kind: jpKind(readKindText(kind)),
      reduction: jpEntity(reduction, "reduction"),
      payment: readOptionalDate(paymentDate, "paymentDate", todayDay()) as number,
      examRequest: readOptionalDate(examRequestDate, "examRequestDate"),
    });
    return wholeToCell(fee.amount);
  });
}

/**
 * The due date of a Japanese annual fee: the registration anniversary that starts the year. Format the cell as a date.
 * @customfunction JP_DUEDATE JP_DUEDATE
 * @helpurl https://localhost:3000/help/en/JP_DUEDATE.html
 * @param registrationDate Registration date (設定登録日): a date, or text as yyyy-mm-dd.
 * @param year Fee year from 4 (patent, utility model) or 2 (design); earlier years are paid before or at registration.
 * @param [kind] "patent" (default), "utility" or "design"; also 特許, 実用新案, 意匠.
 * @returns A date serial.
 */
export function jpDueDateCell(registrationDate: unknown, year: unknown, kind?: unknown): number {
  return forCell(() => {
    const registration = readDate(registrationDate, "registrationDate");
    const feeYear = readNumber(year, "year", YEAR_HELP);
    return serialFromDay(jpDueDate(jpKind(readKindText(kind)), registration, feeYear));
  });
}

/**
 * The USPTO maintenance fee in USD of a US utility patent for a stage and entity size, with the grace-period surcharge when late.
 * @customfunction US_MAINTENANCE US_MAINTENANCE
 * @helpurl https://localhost:3000/help/en/US_MAINTENANCE.html
 * @param stage 1, 2 or 3 (the stage), or 3.5, 7.5 or 11.5 (the years after grant).
 * @param [entity] "large" (default), "small" (also 小規模企業, 小型实体) or "micro".
 * @param [paymentDate] Payment date, which picks the fee schedule in force; default today.
 * @param [late] TRUE to add the surcharge for paying in the six-month grace period; default FALSE.
 * @returns The fee in USD.
 */
export function usMaintenance(
  stage: unknown,
  entity?: unknown,
  paymentDate?: unknown,
  late?: unknown
): number {
  return forCell(() => {
    const feeStage = usStage(readNumber(stage, "stage", STAGE_HELP));
    const size = usEntity(entity, "entity");
    const payment = readOptionalDate(paymentDate, "paymentDate", todayDay()) as number;
    const fee = usMaintenanceFee(feeStage, size, payment).amount;
    const total = readFlag(late, "late") ? fee.plus(usSurcharge(size, payment)) : fee;
    return wholeToCell(total);
  });
}

/**
 * The last day to pay a US maintenance fee without surcharge: 3½, 7½ or 11½ years after grant, same day of the month (or the month's last day). Format the cell as a date.
 * @customfunction US_DUEDATE US_DUEDATE
 * @helpurl https://localhost:3000/help/en/US_DUEDATE.html
 * @param grantDate Issue (grant) date of the patent.
 * @param stage 1, 2 or 3 (the stage), or 3.5, 7.5 or 11.5 (the years after grant).
 * @returns A date serial.
 */
export function usDueDateCell(grantDate: unknown, stage: unknown): number {
  return forCell(() => {
    const grant = readDate(grantDate, "grantDate");
    return serialFromDay(usDueDate(grant, usStage(readNumber(stage, "stage", STAGE_HELP))));
  });
}

/**
 * The KIPO (MOIP) patent fee in KRW of one year of a Korean patent: base plus an amount per claim.
 * @customfunction KR_ANNUITY KR_ANNUITY
 * @helpurl https://localhost:3000/help/en/KR_ANNUITY.html
 * @param year Fee year counted from registration (1 to 25).
 * @param [claims] Number of claims (required: the fee depends on it).
 * @param [paymentDate] Payment date, which picks the fee table in force; for years 1-3 give the grant decision date, which KIPO uses instead; default today.
 * @returns The fee of that year in KRW.
 */
export function krAnnuity(year: unknown, claims?: unknown, paymentDate?: unknown): number {
  return forCell(() => {
    const fee = krAnnualFee(
      readNumber(year, "year", YEAR_HELP),
      readOptionalCount(claims, "claims", CLAIMS_HELP),
      readOptionalDate(paymentDate, "paymentDate", todayDay()) as number
    );
    return wholeToCell(fee.amount);
  });
}
