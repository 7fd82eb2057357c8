import { strToU8, zipSync } from "fflate";
import { columnLetter } from "../../core/table/a1";

/** One cell value as a workbook file holds it. */
export type XlsxValue = string | number | boolean | null;

/** A sheet to write: values by row, Excel number formats by cell ("General" when absent), frozen rows, tables. */
export interface XlsxSheet {
  name: string;
  rows: XlsxValue[][];
  formats?: string[][];
  frozenRows?: number;
  tables?: { name: string; ref: string; headers: string[] }[];
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 cannot hold at all (control characters other than tab and line breaks).
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Number formats get ids from 164 (the first free custom id in SpreadsheetML); General is built-in 0. */
function formatTable(sheets: XlsxSheet[]): Map<string, number> {
  const ids = new Map<string, number>([["General", 0]]);
  for (const sheet of sheets)
    for (const row of sheet.formats ?? [])
      for (const format of row) if (format && !ids.has(format)) ids.set(format, 164 + ids.size - 1);
  return ids;
}

function stylesXml(formats: Map<string, number>): string {
  const custom = [...formats].filter(([, id]) => id >= 164);
  const numFmts = custom
    .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
    .join("");
  // One cell style per number format, in the map's order: style index = position in the map.
  const xfs = [...formats]
    .map(
      ([, id]) =>
        `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}/>`
    )
    .join("");
  return (
    `${XML}<styleSheet xmlns="${MAIN}">` +
    (custom.length ? `<numFmts count="${custom.length}">${numFmts}</numFmts>` : "") +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${formats.size}">${xfs}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>"
  );
}

function cellXml(ref: string, value: XlsxValue, style: number): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null || value === "") return style ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

function sheetXml(sheet: XlsxSheet, styleOf: Map<string, number>, tableIds: number[]): string {
  const styleIndex = new Map([...styleOf.keys()].map((code, index) => [code, index]));
  const rows = sheet.rows
    .map((cells, r) => {
      const xml = cells
        .map((value, c) =>
          cellXml(
            `${columnLetter(c)}${r + 1}`,
            value,
            styleIndex.get(sheet.formats?.[r]?.[c] ?? "General") ?? 0
          )
        )
        .join("");
      return xml ? `<row r="${r + 1}">${xml}</row>` : "";
    })
    .join("");
  const frozen = sheet.frozenRows ?? 0;
  const view = frozen
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const tables = tableIds.length
    ? `<tableParts count="${tableIds.length}">${tableIds.map((_, i) => `<tablePart r:id="rT${i + 1}"/>`).join("")}</tableParts>`
    : "";
  return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${view}<sheetData>${rows}</sheetData>${tables}</worksheet>`;
}

function tableXml(id: number, table: { name: string; ref: string; headers: string[] }): string {
  const columns = table.headers
    .map(
      (header, i) => `<tableColumn id="${i + 1}" name="${escapeXml(header || `Column${i + 1}`)}"/>`
    )
    .join("");
  return (
    `${XML}<table xmlns="${MAIN}" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${table.ref}">` +
    `<autoFilter ref="${table.ref}"/><tableColumns count="${table.headers.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/**
 * A workbook file (.xlsx, SpreadsheetML in a zip) with each sheet's values, number formats, frozen header
 * rows and tables. Charts are not written. Strings are inline (no shared-string table): larger, simpler,
 * and read by Excel and ExcelJS alike. No eval anywhere: fflate's synchronous zip only.
 * @example writeXlsx([{ name: "S", rows: [["ID"], ["CN1"]] }]).length > 0 //=> true
 */
export function writeXlsx(sheets: XlsxSheet[]): Uint8Array {
  const formats = formatTable(sheets);
  const files: Record<string, Uint8Array> = {};
  const overrides: string[] = [];
  let tableId = 0;
  sheets.forEach((sheet, index) => {
    const n = index + 1;
    const ids = (sheet.tables ?? []).map((table) => {
      tableId++;
      files[`xl/tables/table${tableId}.xml`] = strToU8(tableXml(tableId, table));
      overrides.push(
        `<Override PartName="/xl/tables/table${tableId}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`
      );
      return tableId;
    });
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(sheetXml(sheet, formats, ids));
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
    );
    if (ids.length)
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = strToU8(
        `${XML}<Relationships xmlns="${PKG_REL}">${ids
          .map(
            (id, i) =>
              `<Relationship Id="rT${i + 1}" Type="${REL}/table" Target="../tables/table${id}.xml"/>`
          )
          .join("")}</Relationships>`
      );
  });
  files["xl/workbook.xml"] = strToU8(
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
      .map(
        (sheet, i) =>
          `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`
      )
      .join("")}</sheets></workbook>`
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `${XML}<Relationships xmlns="${PKG_REL}">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
      )
      .join("")}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
  );
  files["xl/styles.xml"] = strToU8(stylesXml(formats));
  files["_rels/.rels"] = strToU8(
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  files["[Content_Types].xml"] = strToU8(
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      `${overrides.join("")}</Types>`
  );
  return zipSync(files);
}
