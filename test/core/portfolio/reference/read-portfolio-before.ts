// The portfolio reader as it was before issue 14 (commit b0580be): the oracle of reading-equality.test.ts.
import { RightKind } from "../../../../src/core/offices/cn/right-kind";
import { assertYearInTerm } from "../../../../src/core/offices/cn/annuity-year";
import { termEnd } from "../../../../src/core/offices/cn/term";
import { CN_RULES, CnRules } from "../../../../src/core/offices/cn/rules";
import { DayNumber, dayToIso } from "../../../../src/core/dates/civil";
import { isDomainError } from "../../../../src/core/errors/domain-error";
import { isBlank, readDate, readNumber } from "../../../../src/core/table/cell-readers";
import { Money } from "../../../../src/core/money/money";
import { RowIssue, SourceGrid } from "../../../../src/core/table/grid";
import { columnLetter } from "../../../../src/core/table/a1";
import { COLUMN_LABELS, ColumnKey, columnOfHeader } from "../../../../src/core/portfolio/columns";
import { CodedMessage, codedError, messageText } from "../../../../src/core/i18n/issue-text";
import { IssueStringKey } from "../../../../src/core/i18n/issue-strings";
import { officeOfCell } from "../../../../src/core/portfolio/office";
import {
  PortfolioRightType,
  portfolioRightTypeFromText,
} from "../../../../src/core/portfolio/right-type";
import { RightStatus, statusFromText } from "../../../../src/core/portfolio/status";
import { readReduction } from "../../../../src/core/offices/cn/cell-readers";
import { OFFICE_CODES, packOf } from "../../../../src/core/offices/registry";
import { OfficeCode } from "../../../../src/core/offices/office-pack";
import {
  checkEntity,
  claimsRequired,
  officeKindOrError,
  readClaims,
} from "../../../../src/core/portfolio/office-row";
import { runSteps } from "../../../../src/core/table/steps";

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
  const readRow = (cells: unknown[], offset: number) => {
    const row = grid.top + 1 + offset;
    if (cells.every((cell) => isBlank(cell))) return;
    const rowIssues: RowIssue[] = [];
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
    // Each reader returns undefined after recording its problem, so one row can report several cells;
    // a cell already reported as an error is not reported again as empty.
    const errorCells = new Set<ColumnKey>();
    const cell = (key: ColumnKey): unknown => {
      const index = columns[key];
      if (index === undefined) return undefined;
      const value = cells[index];
      const isError =
        grid.valueTypes?.[offset + 1]?.[index] === "Error" ||
        (typeof value === "string" && value.includes("#") && ERROR_TEXT.test(value.trim()));
      if (isError) {
        errorCells.add(key);
        problem(key, "cellError", "error", { fieldKey: key, value: String(value) });
        return undefined;
      }
      return value;
    };
    const attempt = <T>(key: ColumnKey, read: () => T): T | undefined => {
      try {
        return read();
      } catch (error) {
        if (!isDomainError(error)) throw error;
        problem(key, codedError(error));
        return undefined;
      }
    };
    const text = (key: ColumnKey) => {
      const value = cell(key);
      return isBlank(value) || value === undefined ? "" : String(value).trim();
    };

    const id = text("id");
    if (id === "" && !errorCells.has("id")) {
      problem("id", "idEmpty");
    }
    const title = text("title");
    const owner = text("owner");
    const applicant = text("applicant") || owner || NO_APPLICANT;
    const applicantLocation = text("applicantLocation");
    const jurisdictionText = text("jurisdiction");

    const kindText = text("kind");
    const rightType = kindText === "" ? undefined : portfolioRightTypeFromText(kindText);
    const kind: RightKind | undefined = rightType === "trademark" ? undefined : rightType;
    if (kindText === "") {
      if (!errorCells.has("kind")) problem("kind", "kindEmpty");
    } else if (!rightType) problem("kind", "kindUnknown", "error", { value: kindText });
    else if (rightType === "trademark") {
      problem("kind", "trademarkUnsupported", "unsupported", { offices: OFFICE_CODES.join(", ") });
    }

    const filingCell = cell("filingDate");
    const filing =
      filingCell === undefined
        ? undefined
        : attempt("filingDate", () => readDate(filingCell, "Filing date"));
    const grantCell = cell("grantDate");
    const grant =
      grantCell === undefined || isBlank(grantCell)
        ? undefined
        : attempt("grantDate", () => readDate(grantCell, "Grant date"));
    const publicationCell = cell("pctPublicationDate");
    const pctPublication =
      publicationCell === undefined || isBlank(publicationCell)
        ? undefined
        : attempt("pctPublicationDate", () => readDate(publicationCell, "PCT publication date"));

    const noticeCell = cell("lapseNoticeDate");
    const lapseNotice =
      noticeCell === undefined || isBlank(noticeCell)
        ? undefined
        : attempt("lapseNoticeDate", () => readDate(noticeCell, "Lapse notice date"));

    const statusText = text("status");
    let status: RightStatus | undefined =
      statusText === ""
        ? grant !== undefined
          ? "granted"
          : "pending"
        : statusFromText(statusText);
    if (!status) {
      problem("status", "statusUnknown", "error", { value: statusText });
      status = undefined;
    }

    const reductionCell = cell("reduction");
    const reduction =
      reductionCell === undefined ? zero : attempt("reduction", () => reductionOf(reductionCell));

    const paidCell = cell("lastPaidYear");
    let lastPaidYear: number | undefined;
    if (paidCell !== undefined && !isBlank(paidCell)) {
      lastPaidYear = attempt("lastPaidYear", () =>
        readNumber(paidCell, "Last annuity year paid", "a whole annuity year such as 5")
      );
    }

    const jurisdiction = attempt("jurisdiction", () => {
      // Most rows share a few office cells: each is read once (a cell that fails is read again, to
      // report it on its own row).
      let office = offices.get(jurisdictionText);
      if (office === undefined) {
        office = officeOfCell(jurisdictionText);
        offices.set(jurisdictionText, office);
      }
      return office;
    });
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
          if (!isDomainError(error)) throw error;
          problem("kind", codedError(error), "unsupported");
        }
      }
    }
    const feeOnly = new Set<RowIssue>();
    const before = rowIssues.length;
    const claimsCell = pack ? cell("claims") : undefined;
    const claims =
      claimsCell === undefined ? undefined : attempt("claims", () => readClaims(claimsCell));
    if (
      pack &&
      officeKind !== undefined &&
      claims === undefined &&
      !errorCells.has("claims") &&
      (claimsCell === undefined || isBlank(claimsCell)) &&
      claimsRequired(pack.code, officeKind)
    ) {
      problem("claims", "claimsMissing", "error", { office: pack.code });
    }
    const entityCell = pack ? cell("entity") : undefined;
    if (pack && entityCell !== undefined)
      attempt("entity", () => checkEntity(pack.code, entityCell, "Entity"));
    rowIssues.slice(before).forEach((issue) => feeOnly.add(issue));
    const priorityCell = pack ? cell("priorityDate") : undefined;
    const priority =
      priorityCell === undefined || isBlank(priorityCell)
        ? undefined
        : attempt("priorityDate", () => readDate(priorityCell, "Priority date"));

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
      attempt("filingDate", () => {
        const end = termEnd(kind, filing, rules);
        if (grant !== undefined && grant > end) {
          problem("grantDate", "grantAfterTerm", "error", {
            grant: dayToIso(grant),
            end: dayToIso(end),
          });
        }
      });
      // A reduction covers the 10 years from the grant year, so a granted right needs its grant date.
      if (reduction && !reduction.isZero() && grant === undefined && status === "granted") {
        problem("reduction", "reductionNeedsGrant");
      }
      if (lastPaidYear !== undefined) {
        const paid = lastPaidYear;
        attempt("lastPaidYear", () => paid === 0 || assertYearInTerm(kind, filing, paid, rules));
      }
    }

    issues.push(...rowIssues);
    if (
      // Claims and entity matter to the fees only: a row with a problem there still feeds subsidies.
      rowIssues.some((issue) => issue.kind === "error" && !feeOnly.has(issue)) ||
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
    rights.push({
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
      ...(lapseNotice !== undefined ? { lapseNotice } : {}),
    });
  };
  const rows = grid.values.length - 1;
  for (let offset = 0; offset < rows; offset += 1) {
    readRow(grid.values[offset + 1], offset);
    if ((offset + 1) % PORTFOLIO_ROWS_PER_STEP === 0 && offset + 1 < rows) yield offset + 1;
  }
  return { rights, officeRights, records, issues, columns, ignoredHeaders };
}
