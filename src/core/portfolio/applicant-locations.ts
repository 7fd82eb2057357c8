import { compareText } from "../table/compare-text";
import { samePlace } from "./region";
import { PortfolioRecord } from "./read-portfolio";
import { RowIssue } from "../table/grid";

/**
 * Where each applicant is established, from the portfolio's "Applicant location" column.
 * @example applicantLocations(read.records, "Portfolio").locations.get("Shenzhen Subsidiary") //=> "Shenzhen"
 */
export interface ApplicantLocations {
  /** The location of every applicant that has one; applicants without one are absent. */
  locations: Map<string, string>;
  /** Applicants whose rows name different places: their rows earn no subsidy until they agree. */
  conflicting: Set<string>;
  issues: RowIssue[];
}

/**
 * One location per applicant: the place its rows name (blank cells say nothing; "深圳市" and "Shenzhen"
 * are the same place). An applicant whose rows name different places (Shenzhen on one row, Tokyo on
 * another) is one legal entity in two places, which no programme can be matched against: every row with
 * a location gets a warning and the applicant is listed in `conflicting`. The result does not depend on
 * the rows' order: among spellings of one place the first in code-unit order is kept.
 * @example applicantLocations([{ applicant: "A", applicantLocation: "深圳", … }], "P").locations.get("A") //=> "深圳"
 */
export function applicantLocations(
  records: readonly PortfolioRecord[],
  sheet: string,
  column: { letter: string; header: string } = { letter: "", header: "" }
): ApplicantLocations {
  // The distinct texts of each applicant (one or two): no list of every row per applicant, whose
  // rows are looked at again only when its texts name different places.
  const textsOf = new Map<string, Set<string>>();
  for (const record of records) {
    if (record.applicantLocation === "") continue;
    const texts = textsOf.get(record.applicant);
    if (texts) texts.add(record.applicantLocation);
    else textsOf.set(record.applicant, new Set([record.applicantLocation]));
  }
  const locations = new Map<string, string>();
  const conflicting = new Set<string>();
  const issues: RowIssue[] = [];
  let rowsOf: Map<string, PortfolioRecord[]> | undefined;
  for (const [applicant, texts] of textsOf) {
    const places: string[][] = [];
    for (const text of [...texts].sort(compareText)) {
      const place = places.find((spellings) => samePlace(spellings[0], text));
      if (place) place.push(text);
      else places.push([text]);
    }
    if (places.length === 1) {
      locations.set(applicant, places[0][0]);
      continue;
    }
    conflicting.add(applicant);
    rowsOf ??= rowsWithLocation(records);
    const rows = rowsOf.get(applicant)!;
    const spread = places
      .map((spellings) => {
        const at = rows
          .filter((row) => spellings.includes(row.applicantLocation))
          .map((row) => row.row)
          .sort((a, b) => a - b);
        return `${spellings[0]} (row${at.length > 1 ? "s" : ""} ${at.join(", ")})`;
      })
      .join(" and ");
    // The same list without words, for the message in another language: "Shenzhen (2, 4); Tokyo (3)".
    const placesByRow = places
      .map((spellings) => {
        const at = rows
          .filter((row) => spellings.includes(row.applicantLocation))
          .map((r) => r.row);
        return `${spellings[0]} (${at.sort((a, b) => a - b).join(", ")})`;
      })
      .join("; ");
    for (const row of rows) {
      issues.push({
        sheet,
        row: row.row,
        column: column.letter,
        header: column.header,
        kind: "warning",
        message:
          `Applicant "${applicant}" is located in ${spread}: one applicant has one location (give ` +
          `each company its own applicant name), so its rows earn no subsidy until they agree.`,
        code: "applicantPlaces",
        params: { applicant, places: placesByRow },
      });
    }
  }
  return { locations, conflicting, issues: issues.sort((a, b) => a.row - b.row) };
}

/** The rows that give a location, per applicant, in the rows' order. */
function rowsWithLocation(records: readonly PortfolioRecord[]): Map<string, PortfolioRecord[]> {
  const byApplicant = new Map<string, PortfolioRecord[]>();
  for (const record of records) {
    if (record.applicantLocation === "") continue;
    const list = byApplicant.get(record.applicant);
    if (list) list.push(record);
    else byApplicant.set(record.applicant, [record]);
  }
  return byApplicant;
}
