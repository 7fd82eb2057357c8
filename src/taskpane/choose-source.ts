import { PortfolioSource } from "../excel/workbook-port";
import { columnLetter } from "../core/table/a1";

const same = (a: PortfolioSource, b: PortfolioSource) => a.kind === b.kind && a.name === b.name;

/**
 * The lists the pane offers, and the one it starts on: the selected list wins. A list the user picked in
 * the menu stays picked; otherwise the list around the selection (the table it is, when the region is
 * exactly a table's range, listed once), and only without a selection the first table, which the pane
 * then shows by name and column map before anything is run: never silently another table.
 * @example chooseSource([table("Rates"), region("Sheet1!A1:D9")], undefined, false).index //=> 1
 */
export function chooseSource(
  listed: PortfolioSource[],
  previous: PortfolioSource | undefined,
  userPicked: boolean
): { sources: PortfolioSource[]; index: number } {
  const region = listed.find((source) => source.kind === "region");
  const tableOfRegion =
    region &&
    listed.find(
      (source) =>
        source.kind === "table" &&
        source.sheet === region.sheet &&
        source.address === region.address
    );
  const sources = tableOfRegion ? listed.filter((source) => source !== region) : listed;
  const find = (wanted: PortfolioSource | undefined) =>
    wanted ? sources.findIndex((source) => same(source, wanted)) : -1;
  const picked = userPicked ? find(previous) : -1;
  if (picked >= 0) return { sources, index: picked };
  const selected = find(tableOfRegion ?? region);
  if (selected >= 0) return { sources, index: selected };
  return { sources, index: Math.max(0, find(previous)) };
}

/**
 * A list around the selection as a run read it (`extent`: its first row, 1-based, and column, 0-based, its
 * rows and columns): the user may have added rows or columns since the pane listed it, and the run read it
 * whole. The source itself when it is where it was listed, or a table (which grows by itself).
 * @example sourceAsRead({ kind: "region", name: "S!A1:D11", sheet: "S", address: "S!A1:D11", rows: 10 }, { top: 1, left: 0, rows: 13, columns: 5 }).address //=> "S!A1:E13"
 */
export function sourceAsRead(
  source: PortfolioSource,
  extent: { top: number; left: number; rows: number; columns: number }
): PortfolioSource {
  if (source.kind !== "region" || extent.rows < 1 || extent.columns < 1) return source;
  const prefix = source.address.slice(0, source.address.lastIndexOf("!") + 1);
  const address =
    `${prefix}${columnLetter(extent.left)}${extent.top}:` +
    `${columnLetter(extent.left + extent.columns - 1)}${extent.top + extent.rows - 1}`;
  if (address.replace(/\$/g, "") === source.address.replace(/\$/g, "")) return source;
  return { ...source, name: address, address, rows: extent.rows - 1 };
}
