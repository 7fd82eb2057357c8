/**
 * Rows of a CSV file or of cells copied from a spreadsheet (tab-separated, what the clipboard holds):
 * quoted fields may hold the separator, line breaks and doubled quotes (RFC 4180); a byte-order mark and a
 * final line break are dropped; every row is padded to the widest. The separator is a tab when the first
 * line has one, else a comma. Values stay text, as typed: an application number such as 202010123456.7
 * must not become a number, and the readers accept dates and numbers written as text.
 * @example parseDelimited('ID,Title\nCN1,"Pump, ""quiet"""') //=> [["ID", "Title"], ["CN1", 'Pump, "quiet"']]
 */
export function parseDelimited(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const separator = firstLine.includes("\t") ? "\t" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === separator) {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && body[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const width = Math.max(0, ...rows.map((cells) => cells.length));
  return rows.map((cells) => [...cells, ...Array<string>(width - cells.length).fill("")]);
}
