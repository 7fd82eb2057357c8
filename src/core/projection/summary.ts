import { Money } from "../money";
import { fiscalYearLabel, fiscalYearOf } from "./fiscal-year";
import { ProjectionRow, compareText } from "./project";
import { ProjectionSettings } from "./settings";
import { addYearsClamped } from "../dates/civil";

export interface SummaryLine {
  label: string;
  payments: number;
  payable: Money;
  converted: Money;
}

export interface ProjectionSummary {
  byFiscalYear: SummaryLine[];
  byOwner: SummaryLine[];
  total: SummaryLine;
}

function add(line: SummaryLine, row: ProjectionRow): void {
  line.payments += 1;
  line.payable = line.payable.plus(row.payable);
  line.converted = line.converted.plus(row.converted);
}

const emptyLine = (label: string): SummaryLine => ({
  label,
  payments: 0,
  payable: new Money(0),
  converted: new Money(0),
});

/**
 * Totals per fiscal year (every fiscal year the horizon touches, empty ones included, so the chart has no
 * gaps) and per owner (largest first). Converted totals are sums of the converted rows, so the Summary
 * adds up to the Projection sheet to the last yen.
 */
export function summarize(
  rows: readonly ProjectionRow[],
  settings: ProjectionSettings
): ProjectionSummary {
  const start = settings.fiscalYearStartMonth;
  const firstFy = fiscalYearOf(settings.asOf, start);
  const lastFy = fiscalYearOf(addYearsClamped(settings.asOf, settings.horizonYears) - 1, start);
  const byFy = new Map<number, SummaryLine>();
  for (let fy = firstFy; fy <= lastFy; fy += 1) byFy.set(fy, emptyLine(fiscalYearLabel(fy, start)));
  const byOwner = new Map<string, SummaryLine>();
  const total = emptyLine("Total");
  for (const row of rows) {
    add(
      byFy.get(row.fiscalYear) ??
        byFy
          .set(row.fiscalYear, emptyLine(fiscalYearLabel(row.fiscalYear, start)))
          .get(row.fiscalYear)!,
      row
    );
    const owner = row.owner || "(no owner)";
    if (!byOwner.has(owner)) byOwner.set(owner, emptyLine(owner));
    add(byOwner.get(owner)!, row);
    add(total, row);
  }
  return {
    byFiscalYear: [...byFy.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => line),
    byOwner: [...byOwner.values()].sort(
      (a, b) => b.payable.comparedTo(a.payable) || compareText(a.label, b.label)
    ),
    total,
  };
}
