import { strFromU8, unzipSync } from "fflate";

type Cell = string | number | boolean;

/** Column index (0-based) and row index (0-based) of an A1 reference such as "AB12". */
function position(ref: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const column = [...match[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return [Number(match[2]) - 1, column];
}

const textOf = (element: Element) =>
  [...element.getElementsByTagName("t")]
    // Japanese files carry furigana (rPh) beside the text: the reading is not the cell's value.
    .filter((t) => t.parentElement?.tagName !== "rPh")
    .map((t) => t.textContent ?? "")
    .join("");

/**
 * The first worksheet of an .xlsx file as rows of values (browser only: it parses with DOMParser). Numbers
 * stay numbers (dates arrive as serials, which the readers accept), shared and inline strings as text,
 * booleans as booleans, error cells as their code (#N/A). Formulas are not evaluated: their cached value is
 * read. Returns the sheet's name too.
 */
export function readXlsxFirstSheet(bytes: Uint8Array): { name: string; rows: Cell[][] } {
  const files = unzipSync(bytes);
  const xml = (path: string) => {
    const file = files[path];
    return file ? new DOMParser().parseFromString(strFromU8(file), "application/xml") : undefined;
  };
  const workbook = xml("xl/workbook.xml");
  const first = workbook?.getElementsByTagName("sheet")[0];
  if (!workbook || !first) throw new Error("This file is not an Excel workbook (.xlsx).");
  const relId = first.getAttribute("r:id");
  const rels = xml("xl/_rels/workbook.xml.rels");
  const target =
    [...(rels?.getElementsByTagName("Relationship") ?? [])]
      .find((rel) => rel.getAttribute("Id") === relId)
      ?.getAttribute("Target") ?? "worksheets/sheet1.xml";
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const shared = [...(xml("xl/sharedStrings.xml")?.getElementsByTagName("si") ?? [])].map(textOf);
  const sheet = xml(path);
  const rows: Cell[][] = [];
  for (const cell of [...(sheet?.getElementsByTagName("c") ?? [])]) {
    const ref = cell.getAttribute("r");
    if (!ref) continue;
    const [row, column] = position(ref);
    const type = cell.getAttribute("t");
    const raw = cell.getElementsByTagName("v")[0]?.textContent ?? "";
    let value: Cell;
    if (type === "s") value = shared[Number(raw)] ?? "";
    else if (type === "inlineStr") value = textOf(cell);
    else if (type === "b") value = raw === "1";
    else if (type === "str" || type === "e") value = raw;
    else value = raw === "" ? "" : Number(raw);
    while (rows.length <= row) rows.push([]);
    rows[row][column] = value;
  }
  const width = Math.max(0, ...rows.map((cells) => cells.length));
  return {
    name: first.getAttribute("name") ?? "Ledger",
    rows: rows.map((cells) => Array.from({ length: width }, (_, i) => cells[i] ?? "")),
  };
}
