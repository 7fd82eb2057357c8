import { RightKind } from "../offices/cn/right-kind";
import { assertYearInTerm } from "../offices/cn/annuity-year";
import { termEnd } from "../offices/cn/term";
import { CN_RULES, CnRules } from "../offices/cn/rules";
import { DayNumber, dayToIso } from "../dates/civil";
import { isDomainError } from "../errors/domain-error";
import { isBlank, isBlankRow, readDate, readNumber } from "../table/cell-readers";
import { Money } from "../money/money";
import { RowIssue, SourceGrid } from "../table/grid";
import { columnLetter } from "../table/a1";
import { COLUMN_LABELS, ColumnKey, columnOfHeader } from "./columns";
import { CodedMessage, codedError, messageText } from "../i18n/issue-text";
import { IssueStringKey } from "../i18n/issue-strings";
import { officeOfCell } from "./office";
import { PortfolioRightType, portfolioRightTypeFromText } from "./right-type";
import { RightStatus, statusFromText } from "./status";
import { readReduction } from "../offices/cn/cell-readers";
import { OFFICE_CODES, packOf } from "../offices/registry";
import { OfficeCode } from "../offices/office-pack";
import { checkEntity, claimsRequired, officeKindOrError, readClaims } from "./office-row";
import { runSteps } from "../table/steps";

export interface PortfolioRight {
  /** Sheet row number (1-based), for messages and "go to cell". */
  row: number;
  id: string;
  title: string;
  kind: RightKind;
  filing: DayNumber;
  grant?: DayNumber;
  status: RightStatus;
  reduction: Money;
  lastPaidYear?: number;
  owner: string;
  jurisdiction: string;
  /** The date of CNIPA's notice that the right lapsed, when the ledger has it. */
  lapseNotice?: DayNumber;
}

/**
 * A right of an office other than CN, routed to that office's pack (src/core/offices/registry.ts): the
 * office code, the office's own kind ("patent", "utility", "application" …) and what its fees depend on.
 * @example readPortfolio(grid).officeRights[0].office //=> "JP"
 */
export interface OfficePortfolioRight {
  /** Sheet row number (1-based), for messages and "go to cell". */
  row: number;
  id: string;
  title: string;
  office: Exclude<OfficeCode, "CN">;
  /** The pack's kind id (officeKindOf). */
  kind: string;
  filing: DayNumber;
  /** Registration (JP, KR), issue (US), or the mention of grant (EP, UP and validations). */
  grant?: DayNumber;
  status: RightStatus;
  lastPaidYear?: number;
  owner: string;
  claims?: number;
  /** The entity cell as typed ("" when blank); the pack maps it. */
  entity: string;
  /** Euro-PCT: the priority or international filing date. */
  priority?: DayNumber;
}

/**
 * Every usable row of the portfolio, projected or not: what subsidy events are made of. A US grant or a
 * trademark registration is not projected (no fee rules for it yet) but can still earn a subsidy.
 * @example readPortfolio(grid).records.find((r) => r.jurisdiction === "US")?.projected //=> false
 */
export interface PortfolioRecord {
  /** Sheet row number (1-based), for messages and "go to cell". */
  row: number;
  id: string;
  rightType: PortfolioRightType;
  /** Office code (WIPO ST.3: CN, US, JP, EP, EM …), "PCT" or "MADRID". */
  jurisdiction: string;
  filing: DayNumber;
  /** Date of the notice to grant (patents), or of registration (trademarks: the same column). */
  grant?: DayNumber;
  /** Date of the international publication of a PCT application. */
  pctPublication?: DayNumber;
  status: RightStatus;
  owner: string;
  /** The applicant column, else the owner, else "(no applicant)": whom subsidies are paid to. */
  applicant: string;
  /** Where the applicant is established, as typed; "" when not given. */
  applicantLocation: string;
  /** True when the row's fees are projected: a Chinese patent without problems. */
  projected: boolean;
}

/**
 * The applicant of a row whose applicant and owner cells are both blank.
 * @example NO_APPLICANT //=> "(no applicant)"
 */
export const NO_APPLICANT = "(no applicant)";

export interface PortfolioReadResult {
  /** Chinese patents to project. */
  rights: PortfolioRight[];
  /** Rights of the other offices with a pack (JP, US, EP, UP, DE, FR, NL, GB, KR) to project. */
  officeRights: OfficePortfolioRight[];
  /** Every row without an error, projected or not (see PortfolioRecord). */
  records: PortfolioRecord[];
  issues: RowIssue[];
  /** The column each recognised key was found in (0-based, relative to the grid). */
  columns: Partial<Record<ColumnKey, number>>;
  /** Headers we did not recognise and ignore. */
  ignoredHeaders: string[];
}

/** A row issue's message from its code and parameters, in English until the run renders it. */
function coded(code: IssueStringKey, params: Record<string, string | number> = {}) {
  return { code, params, message: messageText("en", { code, params, message: "" }) };
}

/** A reader's error on a column: its code and parameters, the column named in the user's words. */
function fromMessage(message: CodedMessage, key: ColumnKey) {
  return {
    ...(message.code === undefined ? {} : { code: message.code }),
    params: { ...message.params, fieldKey: key },
    message: message.message,
  };
}

const ERROR_TEXT =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;
const REQUIRED: ColumnKey[] = ["id", "kind", "filingDate"];

function locateColumns(header: unknown[]): Pick<PortfolioReadResult, "columns" | "ignoredHeaders"> {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const ignoredHeaders: string[] = [];
  header.forEach((cell, index) => {
    const key = columnOfHeader(cell);
    if (key && columns[key] === undefined) columns[key] = index;
    else if (!isBlank(cell)) ignoredHeaders.push(String(cell));
  });
  return { columns, ignoredHeaders };
}

/**
 * Reads a portfolio table: recognises the columns by header, validates every row, and returns the usable
 * rights plus one issue per problem (row, column, why). A row with any error is left out, never guessed;
 * rows of other jurisdictions and trademarks are reported as unsupported for the fee projection, not
 * dropped silently, and kept in `records` for subsidy events; blank rows are skipped.
 * @example readPortfolio({ sheet: "P", top: 1, left: 0, values: [["ID", "Type", "Filing date"], ["CN1", "发明", "2018-07-09"]] }).rights[0].kind //=> "invention"
 */
export function readPortfolio(grid: SourceGrid, rules: CnRules = CN_RULES): PortfolioReadResult {
  return runSteps(readPortfolioInSteps(grid, rules));
}

/**
 * Rows read between two yields of readPortfolioInSteps: a few milliseconds, and under 40 ms in the
 * browser preview on a busy 2-core machine (figure 9).
 */
export const PORTFOLIO_ROWS_PER_STEP = 1000;

/**
 * readPortfolio as a generator: yields the number of rows read every PORTFOLIO_ROWS_PER_STEP rows, so a
 * caller can let the page repaint and take a Cancel; returns the same result.
 * @example
 * const reading = readPortfolioInSteps(grid);
 * let step = reading.next();
 * while (!step.done) step = reading.next(); // step.value: rows read so far
 * step.value.rights.length //=> 1
 */
export function* readPortfolioInSteps(
  grid: SourceGrid,
  rules: CnRules = CN_RULES
): Generator<number, PortfolioReadResult, void> {
  // Not [header, ...body]: a million rows would be copied for nothing.
  const header = grid.values[0] ?? [];
  const { columns, ignoredHeaders } = locateColumns(header);
  const rights: PortfolioRight[] = [];
  const officeRights: OfficePortfolioRight[] = [];
  const records: PortfolioRecord[] = [];
  const issues: RowIssue[] = [];

  const missing = REQUIRED.filter((key) => columns[key] === undefined);
  if (missing.length > 0) {
    issues.push({
      sheet: grid.sheet,
      row: grid.top,
      column: "",
      header: "",
      kind: "error",
      ...coded(missing.length > 1 ? "columnsMissing" : "columnMissing", {
        fieldKeys: missing.join(","),
      }),
    });
    return { rights, officeRights, records, issues, columns, ignoredHeaders };
  }

  const offices = new Map<string, string>();
  // A reduction is one of a few rates: each distinct cell value is read once and its Money shared by its
  // rights (a Decimal per right was about 150 bytes, 30 MB at 200,000 rights). Reading a cell is a pure
  // function of its value and Decimals are immutable, so the rights get the values they got before.
  const zero = new Money(0);
  const reductions = new Map<unknown, Money>();
  const reductionOf = (cell: unknown): Money => {
    const known = reductions.get(cell);
    if (known !== undefined) return known;
    const reduction = readReduction(cell, "Fee reduction");
    if (typeof cell === "string" || typeof cell === "number") reductions.set(cell, reduction);
    return reduction;
  };
  // A list names a few kinds and statuses, in a few spellings: each text is read once (pure functions).
  const rightTypeOf = remembered(portfolioRightTypeFromText);
  const statusOf = remembered(statusFromText);

  // The row being read, shared by the helpers below: they are made once per list, not once per row
  // (five closures, a set and an array per row were a third of the reading of 100,000 rows).
  let cells: unknown[] = [];
  let offset = 0;
  let row = 0;
  const rowIssues: RowIssue[] = [];
  // Each reader returns undefined after recording its problem, so one row can report several cells;
  // a cell already reported as an error is not reported again as empty.
  const errorCells = new Set<ColumnKey>();
  // Every message is a code with parameters (English until the run renders it in its language).
  const problem = (
    key: ColumnKey,
    message: CodedMessage | IssueStringKey,
    kind: RowIssue["kind"] = "error",
    params: Record<string, string | number> = {}
  ) =>
    rowIssues.push({
      sheet: grid.sheet,
      row,
      column: columns[key] === undefined ? "" : columnLetter(grid.left + columns[key]),
      header: String(header[columns[key] ?? 0] ?? COLUMN_LABELS[key]),
      ...(typeof message === "string" ? coded(message, params) : fromMessage(message, key)),
      kind,
    });
  const valueTypes = grid.valueTypes;
  // The cell of `key` (at `index`, its column), or undefined when the column is missing or the cell
  // holds an error value (#N/A …), which is reported.
  const cellAt = (key: ColumnKey, index: number | undefined): unknown => {
    if (index === undefined) return undefined;
    const value = cells[index];
    const isError =
      valueTypes?.[offset + 1]?.[index] === "Error" ||
      (typeof value === "string" && value.includes("#") && ERROR_TEXT.test(value.trim()));
    if (isError) {
      errorCells.add(key);
      problem(key, "cellError", "error", { fieldKey: key, value: String(value) });
      return undefined;
    }
    return value;
  };
  const textAt = (key: ColumnKey, index: number | undefined): string => {
    const value = cellAt(key, index);
    return isBlank(value) || value === undefined ? "" : String(value).trim();
  };
  const failed = (key: ColumnKey, error: unknown, kind?: RowIssue["kind"]): undefined => {
    if (!isDomainError(error)) throw error;
    problem(key, codedError(error), kind);
    return undefined;
  };
  const attempt = <T>(key: ColumnKey, read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      return failed(key, error);
    }
  };
  // The readers of the cells every row has, without a closure per call.
  const dateAt = (key: ColumnKey, value: unknown, field: string): DayNumber | undefined => {
    try {
      return readDate(value, field);
    } catch (error) {
      return failed(key, error);
    }
  };
  const optionalDateAt = (key: ColumnKey, field: string): DayNumber | undefined => {
    const value = cellAt(key, columns[key]);
    return value === undefined || isBlank(value) ? undefined : dateAt(key, value, field);
  };
  const {
    id: idColumn,
    title: titleColumn,
    owner: ownerColumn,
    applicant: applicantColumn,
    applicantLocation: locationColumn,
    jurisdiction: jurisdictionColumn,
    kind: kindColumn,
    filingDate: filingColumn,
    status: statusColumn,
    reduction: reductionColumn,
    lastPaidYear: paidColumn,
  } = columns;

  const readRow = () => {
    row = grid.top + 1 + offset;
    if (isBlankRow(cells)) return;
    // Most rows have no issue: setting an array's length is a call into the engine, made only when needed.
    if (rowIssues.length > 0) rowIssues.length = 0;
    if (errorCells.size > 0) errorCells.clear();

    const id = textAt("id", idColumn);
    if (id === "" && !errorCells.has("id")) {
      problem("id", "idEmpty");
    }
    const title = textAt("title", titleColumn);
    const owner = textAt("owner", ownerColumn);
    const applicant = textAt("applicant", applicantColumn) || owner || NO_APPLICANT;
    const applicantLocation = textAt("applicantLocation", locationColumn);
    const jurisdictionText = textAt("jurisdiction", jurisdictionColumn);

    const kindText = textAt("kind", kindColumn);
    const rightType = kindText === "" ? undefined : rightTypeOf(kindText);
    const kind: RightKind | undefined = rightType === "trademark" ? undefined : rightType;
    if (kindText === "") {
      if (!errorCells.has("kind")) problem("kind", "kindEmpty");
    } else if (!rightType) problem("kind", "kindUnknown", "error", { value: kindText });
    else if (rightType === "trademark") {
      problem("kind", "trademarkUnsupported", "unsupported", { offices: OFFICE_CODES.join(", ") });
    }

    const filingCell = cellAt("filingDate", filingColumn);
    const filing =
      filingCell === undefined ? undefined : dateAt("filingDate", filingCell, "Filing date");
    const grant = optionalDateAt("grantDate", "Grant date");
    const pctPublication = optionalDateAt("pctPublicationDate", "PCT publication date");
    const lapseNotice = optionalDateAt("lapseNoticeDate", "Lapse notice date");

    const statusText = textAt("status", statusColumn);
    let status: RightStatus | undefined =
      statusText === "" ? (grant !== undefined ? "granted" : "pending") : statusOf(statusText);
    if (!status) {
      problem("status", "statusUnknown", "error", { value: statusText });
      status = undefined;
    }

    const reductionCell = cellAt("reduction", reductionColumn);
    let reduction: Money | undefined = zero;
    if (reductionCell !== undefined) {
      try {
        reduction = reductionOf(reductionCell);
      } catch (error) {
        reduction = failed("reduction", error);
      }
    }

    const paidCell = cellAt("lastPaidYear", paidColumn);
    let lastPaidYear: number | undefined;
    if (paidCell !== undefined && !isBlank(paidCell)) {
      try {
        lastPaidYear = readNumber(
          paidCell,
          "Last annuity year paid",
          "a whole annuity year such as 5"
        );
      } catch (error) {
        lastPaidYear = failed("lastPaidYear", error);
      }
    }

    // Most rows share a few office cells: each is read once (a cell that fails is read again, to
    // report it on its own row).
    let jurisdiction = offices.get(jurisdictionText);
    if (jurisdiction === undefined) {
      try {
        jurisdiction = officeOfCell(jurisdictionText);
        offices.set(jurisdictionText, jurisdiction);
      } catch (error) {
        jurisdiction = failed("jurisdiction", error);
      }
    }
    // Rights of other offices go to their pack; PCT applications carry no fees (they feed subsidies).
    const pack =
      jurisdiction !== undefined && jurisdiction !== "CN" ? packOf(jurisdiction) : undefined;
    let officeKind: string | undefined;
    if (
      jurisdiction !== undefined &&
      jurisdiction !== "CN" &&
      jurisdiction !== "PCT" &&
      jurisdiction !== "MADRID" &&
      rightType !== "trademark"
    ) {
      if (!pack) {
        problem("jurisdiction", "officeUnsupported", "unsupported", {
          office: jurisdiction,
          offices: OFFICE_CODES.join(", "),
        });
      } else if (kind) {
        try {
          officeKind = officeKindOrError(pack.code, kind);
        } catch (error) {
          failed("kind", error, "unsupported");
        }
      }
    }
    // Claims and entity matter to the fees of other offices only: their problems, when there are any.
    let feeOnly: Set<RowIssue> | undefined;
    let claims: number | undefined;
    let entityCell: unknown;
    let priority: DayNumber | undefined;
    if (pack) {
      const before = rowIssues.length;
      const claimsCell = cellAt("claims", columns.claims);
      claims =
        claimsCell === undefined ? undefined : attempt("claims", () => readClaims(claimsCell));
      if (
        officeKind !== undefined &&
        claims === undefined &&
        !errorCells.has("claims") &&
        (claimsCell === undefined || isBlank(claimsCell)) &&
        claimsRequired(pack.code, officeKind)
      ) {
        problem("claims", "claimsMissing", "error", { office: pack.code });
      }
      entityCell = cellAt("entity", columns.entity);
      if (entityCell !== undefined)
        attempt("entity", () => checkEntity(pack.code, entityCell, "Entity"));
      feeOnly = new Set(rowIssues.slice(before));
      priority = optionalDateAt("priorityDate", "Priority date");
    }

    if (jurisdiction === "PCT" && grant !== undefined) {
      problem("grantDate", "pctGranted");
    }
    if (jurisdiction === "MADRID" && kind) {
      problem("jurisdiction", "madridPatent");
    }
    if (rightType === "trademark" && pctPublication !== undefined) {
      problem("pctPublicationDate", "trademarkPct");
    }

    if (rightType && filing !== undefined && grant !== undefined && grant < filing) {
      problem("grantDate", "grantBeforeFiling", "error", {
        grant: dayToIso(grant),
        filing: dayToIso(filing),
      });
    }
    // The Chinese fee rules (term, reduction window, annuity years) are checked for Chinese patents only.
    if (kind && filing !== undefined && jurisdiction === "CN") {
      try {
        const end = termEnd(kind, filing, rules);
        if (grant !== undefined && grant > end) {
          problem("grantDate", "grantAfterTerm", "error", {
            grant: dayToIso(grant),
            end: dayToIso(end),
          });
        }
      } catch (error) {
        failed("filingDate", error);
      }
      // A reduction covers the 10 years from the grant year, so a granted right needs its grant date.
      if (reduction && !reduction.isZero() && grant === undefined && status === "granted") {
        problem("reduction", "reductionNeedsGrant");
      }
      if (lastPaidYear !== undefined && lastPaidYear !== 0) {
        try {
          assertYearInTerm(kind, filing, lastPaidYear, rules);
        } catch (error) {
          failed("lastPaidYear", error);
        }
      }
    }

    for (let i = 0; i < rowIssues.length; i += 1) issues.push(rowIssues[i]);
    if (
      // Claims and entity matter to the fees only: a row with a problem there still feeds subsidies.
      rowIssues.some((issue) => issue.kind === "error" && !feeOnly?.has(issue)) ||
      !rightType ||
      filing === undefined ||
      !status ||
      reduction === undefined ||
      jurisdiction === undefined
    ) {
      return;
    }
    // PCT rows have no fees of their own: kept for subsidies, not projected.
    const projected = rowIssues.length === 0 && kind !== undefined && jurisdiction !== "PCT";
    records.push({
      row,
      id,
      rightType,
      jurisdiction,
      filing,
      grant,
      pctPublication,
      status,
      owner,
      applicant,
      applicantLocation,
      projected,
    });
    if (!projected || !kind) return;
    if (pack && officeKind !== undefined && pack.code !== "CN") {
      officeRights.push({
        row,
        id,
        title,
        office: pack.code,
        kind: officeKind,
        filing,
        grant,
        status,
        lastPaidYear,
        owner,
        claims,
        entity: entityCell === undefined || isBlank(entityCell) ? "" : String(entityCell).trim(),
        priority,
      });
      return;
    }
    if (jurisdiction !== "CN") return;
    const right: PortfolioRight = {
      row,
      id,
      title,
      kind,
      filing,
      grant,
      status,
      reduction,
      lastPaidYear,
      owner,
      jurisdiction,
    };
    // Written after, not spread in: the same last key, without an object made and copied per row.
    if (lapseNotice !== undefined) right.lapseNotice = lapseNotice;
    rights.push(right);
  };
  // A step of rows at a time, read by a plain function (V8 optimises a loop there, not inside a running
  // generator).
  const readRows = (from: number, to: number) => {
    for (offset = from; offset < to; offset += 1) {
      cells = grid.values[offset + 1];
      readRow();
    }
  };
  const rows = grid.values.length - 1;
  for (let from = 0; from < rows; from += PORTFOLIO_ROWS_PER_STEP) {
    const to = Math.min(from + PORTFOLIO_ROWS_PER_STEP, rows);
    readRows(from, to);
    if (to % PORTFOLIO_ROWS_PER_STEP === 0 && to < rows) yield to;
  }
  return { rights, officeRights, records, issues, columns, ignoredHeaders };
}

/** Texts a list repeats on every row, read once each; past this many, read each time. */
const TEXTS_KEPT = 1000;

/**
 * A text reader that reads each text once: `read` must be a pure function of the text.
 * @example remembered(statusFromText)("granted") //=> "granted"
 */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = read(text);
    if (known.size < TEXTS_KEPT) known.set(text, value);
    return value;
  };
}
