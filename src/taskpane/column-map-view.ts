import { LedgerStringKey, ledgerText } from "../core/i18n/ledger-strings";
import { Language } from "../core/i18n/strings";
import { COLUMN_LABELS, ColumnKey, columnOfHeader } from "../core/portfolio/columns";
import { ColumnMapEntry, UserColumnMap } from "../core/portfolio/ledger-column-map";
import { normalizeHeader } from "../core/table/headers";
import { clear, el } from "./dom";

const FIELDS = Object.keys(COLUMN_LABELS) as ColumnKey[];

/**
 * The pane's column map: what the chosen list's reading says (source, header row, rows skipped), then
 * each header → the field it feeds, with a choice per header so the user can point an ignored column
 * (授权公告日) at a field, or ignore a column. Headers come from cells: they go in as text only.
 */
export function createColumnMapView(
  language: Language,
  onChange: (map: UserColumnMap) => void
): {
  element: HTMLElement;
  show: (lines: string[], entries: ColumnMapEntry[], map: UserColumnMap) => void;
} {
  const l = (key: LedgerStringKey, values?: Record<string, string | number>) =>
    ledgerText(language, key, values);
  const lines = el("ul", { class: "ledger-lines", "data-testid": "ledger-lines" });
  const body = el("tbody", {});
  const table = el(
    "table",
    { class: "column-map", "data-testid": "column-map", "aria-label": l("columnMapTitle") },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, l("columnMapHeader")),
        el("th", { scope: "col" }, l("columnMapField"))
      )
    ),
    body
  );
  const summary = el("summary", {});
  // Closed by default so the run's status and issues stay above the fold; open when a column is ignored.
  const details = el(
    "details",
    { "data-testid": "column-map-details" },
    summary,
    table,
    el("p", { class: "hint" }, l("columnMapHelp"))
  );
  const element = el(
    "section",
    { class: "ledger", "aria-label": l("columnMapTitle") },
    lines,
    details
  );
  element.hidden = true;

  const show = (texts: string[], entries: ColumnMapEntry[], map: UserColumnMap) => {
    clear(lines);
    for (const text of texts) lines.appendChild(el("li", {}, text));
    clear(body);
    entries.forEach((entry) => {
      const select = el("select", {
        "aria-label": entry.header,
        "data-testid": `map-${entry.index}`,
        "data-header": entry.header,
      });
      select.appendChild(el("option", { value: "ignore" }, l("columnMapIgnored")));
      for (const field of FIELDS)
        select.appendChild(el("option", { value: field }, l(`field_${field}` as LedgerStringKey)));
      select.value = entry.field ?? "ignore";
      select.addEventListener("change", () => {
        const key = normalizeHeader(entry.header);
        const next: UserColumnMap = { ...map };
        // A choice the built-in names would make anyway is not stored: the map holds only what differs.
        const builtIn = columnOfHeader(entry.header) ?? "ignore";
        if (select.value === builtIn) delete next[key];
        else next[key] = select.value as ColumnKey | "ignore";
        onChange(next);
      });
      body.appendChild(
        el(
          "tr",
          { class: entry.field ? "read" : "ignored" },
          el("td", {}, entry.header),
          el("td", {}, select)
        )
      );
    });
    const ignored = entries.filter((entry) => !entry.field).length;
    summary.textContent = `${l("columnMapTitle")}: ${entries.length - ignored} / ${entries.length}`;
    element.hidden = texts.length === 0 && entries.length === 0;
  };
  return { element, show };
}
