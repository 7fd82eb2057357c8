import { DomainError, DomainErrorCode, isDomainError } from "../core/errors/domain-error";
import type { errorText } from "../core/i18n/issue-text";
import { Language, languageOf } from "../core/i18n/language";

/**
 * The one place core errors become Excel errors. Only #VALUE! and #N/A show their message in Excel, so
 * every error is one of those two: #N/A where the value does not exist (lapsed, no rule in force), #VALUE!
 * where the input must be fixed. The message is in Excel's display language (English when unknown).
 */
const NOT_AVAILABLE: ReadonlySet<DomainErrorCode> = new Set<DomainErrorCode>([
  "lapsed",
  "no-rule-in-force",
  "figure-unconfirmed",
  "unknown-party",
  "not-in-profile",
  "fees-with-interest",
  "lpr-assumed",
]);

/**
 * Excel's display language. The functions share the task pane's runtime (manifest: SharedRuntime), where
 * Office.context.displayLanguage is set (learn.microsoft.com/javascript/api/office/office.context#office-office-context-displaylanguage-member);
 * without Office (a test, a runtime not ready yet) the messages are in English.
 */
export function displayLanguage(): Language {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    return languageOf(office?.context?.displayLanguage);
  } catch {
    return "en";
  }
}

/** The renderer of the i18n tables, once loaded (see loadCellErrorLanguage). */
let render: typeof errorText | undefined;

/**
 * Loads the message tables for cell errors in `language`: the renderer in a chunk of its own (which the
 * build puts in with-pane.js, the pane's), the language's messages a cell can show in another (issues-ja,
 * issues-zh: issue-cells-ja.ts), so the custom functions' runtime carries no message table before it
 * needs one, and then only its user's language and only what a cell can say.
 */
export async function loadCellErrorLanguage(language: Language = displayLanguage()): Promise<void> {
  const module = await import(/* webpackChunkName: "cell-error-text" */ "../core/i18n/issue-text");
  // English cell errors are the errors' own text: no table to fetch.
  if (language !== "en") await module.loadIssueLanguage(language);
  render = module.errorText;
}

/**
 * Starts loading the tables when Excel is in Japanese or Chinese (once Office is ready); until they
 * arrive, or if they cannot be fetched, a cell error shows its English text.
 */
export function preloadCellErrorLanguage(): void {
  const office = (globalThis as { Office?: { onReady?: (callback: () => void) => unknown } })
    .Office;
  const start = () => {
    if (displayLanguage() !== "en") loadCellErrorLanguage().catch(() => undefined);
  };
  if (office?.onReady) void office.onReady(start);
  else start();
}

/** An error's text in `language` when the tables are loaded, else in English. */
function textOf(error: unknown, language: Language): string {
  if (language !== "en" && render) return render(language, error);
  if (isDomainError(error)) return error.message;
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

export function toCellError(
  error: unknown,
  language: Language = displayLanguage()
): CustomFunctions.Error {
  if (isDomainError(error)) {
    const code = NOT_AVAILABLE.has((error as DomainError).code)
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, textOf(error, language));
  }
  // A bug of ours: still a cell error with a message, never a raw exception.
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, textOf(error, language));
}

/** Runs a computation for a cell and turns any failure into a CustomFunctions.Error. */
export function forCell<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toCellError(error);
  }
}
