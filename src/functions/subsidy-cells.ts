/* SUBSIDY's code (functions.ts declares it to Excel and documents it): a module of its own so that the
 * bundle fetches it, with the subsidy programmes' data, on the first SUBSIDY call. */
import { DomainError } from "../core/errors/domain-error";
import { yuanToCell } from "../core/money/money";
import { perCaseAmount } from "../core/subsidy/per-case";
import { isBlank, readDate } from "../core/table/cell-readers";
import { forCell } from "./cell-errors";
import { todayDay } from "./today";

/** SUBSIDY: the cell function of functions.ts, which documents it. */
export function subsidy(
  programme: unknown,
  event: unknown,
  jurisdiction?: unknown,
  date?: unknown
): number {
  return forCell(() => {
    const text = (value: unknown, field: string, help: string) => {
      if (typeof value !== "string" || value.trim() === "") {
        throw new DomainError("invalid-kind", field, `${field} is missing: give ${help}.`);
      }
      return value.trim();
    };
    const id = text(programme, "programme", 'a programme id such as "SZ-2021"');
    const kind = text(event, "event", '"grant", "publication" or "registration"');
    const office = isBlank(jurisdiction)
      ? "CN"
      : text(jurisdiction, "jurisdiction", 'an office code such as "CN", "US" or "PCT"');
    const day = isBlank(date) ? todayDay() : readDate(date, "date");
    return yuanToCell(perCaseAmount(id, kind, office, day));
  });
}
