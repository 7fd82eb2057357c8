import { PortfolioSource } from "../excel/workbook-port";

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
 * A list around the selection as a run read it, `rows` rows from the same top (its header included): the
 * user may have added rows under it since the pane listed it, and the run read to its end.
 * @example sourceWithRows({ kind: "region", name: "S!A1:D11", sheet: "S", address: "S!A1:D11", rows: 10 }, 13).address //=> "S!A1:D13"
 */
export function sourceWithRows(source: PortfolioSource, rows: number): PortfolioSource {
  const at = source.address.lastIndexOf("!") + 1;
  const cells = /^(\$?[A-Za-z]+\$?)(\d+):(\$?[A-Za-z]+\$?)(\d+)$/.exec(source.address.slice(at));
  if (source.kind !== "region" || !cells) return source;
  const address = `${source.address.slice(0, at)}${cells[1]}${cells[2]}:${cells[3]}${
    Number(cells[2]) + rows - 1
  }`;
  return { ...source, name: address, address, rows: rows - 1 };
}
