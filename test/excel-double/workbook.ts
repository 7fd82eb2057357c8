/**
 * `context.workbook` and `context.application` over the in-memory workbook.
 */
import { parseAddress } from "./addresses";
import { MemoryClientObject } from "./client-object";
import { officeError } from "./errors";
import { MemoryRange } from "./range";
import type { MemoryRequestContext } from "./request-context";
import { MemorySettingCollection } from "./settings";
import { MemoryTableCollection } from "./table";
import { MemoryWorksheetCollection } from "./worksheet";

export class MemoryApplication extends MemoryClientObject {
  readonly _typeName = "Application";
  protected readonly _scalars: readonly string[] = ["calculationMode"];

  constructor(context: MemoryRequestContext) {
    super(context, false);
    this._seal();
  }

  _exists(): boolean {
    return true;
  }

  protected _read(): unknown {
    return "Automatic";
  }

  /** Recorded in the sync's metrics record (`suspendedCalculation`). */
  suspendApiCalculationUntilNextSync(): void {
    this._queueCall("suspendApiCalculationUntilNextSync()", (batch) => {
      batch.suspendedCalculation = true;
    });
  }

  /** Recorded in the sync's metrics record (`suspendedScreenUpdating`). */
  suspendScreenUpdatingUntilNextSync(): void {
    this._queueCall("suspendScreenUpdatingUntilNextSync()", (batch) => {
      batch.suspendedScreenUpdating = true;
    });
  }
}

export class MemoryWorkbook extends MemoryClientObject {
  readonly _typeName = "Workbook";
  protected readonly _scalars: readonly string[] = [];
  readonly application: MemoryApplication;
  readonly worksheets: MemoryWorksheetCollection;
  readonly tables: MemoryTableCollection;
  readonly settings: MemorySettingCollection;

  constructor(context: MemoryRequestContext) {
    super(context, false);
    this.application = new MemoryApplication(context);
    this.worksheets = new MemoryWorksheetCollection(context);
    this.tables = new MemoryTableCollection(context);
    this.settings = new MemorySettingCollection(context);
    this._seal();
  }

  _exists(): boolean {
    return true;
  }

  protected _read(): unknown {
    return undefined;
  }

  /**
   * The selected range (the active sheet's selection, as of the sync that first uses it). "If there are
   * multiple ranges selected, this method will throw an error" (Workbook.getSelectedRange,
   * learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)):
   * the sync fails with InvalidSelection (Excel.ErrorCodes: "The current selection is invalid for this
   * operation").
   */
  getSelectedRange(): MemoryRange {
    return new MemoryRange(
      this.context,
      () => {
        const sheet = this.context._env.model.activeSheet;
        if (!sheet) throw officeError("ItemNotFound", "The workbook has no worksheets.");
        if (sheet.selection.includes(","))
          throw officeError("InvalidSelection", `Several ranges are selected: ${sheet.selection}.`);
        return { sheet, rect: parseAddress(sheet.selection).rect };
      },
      false
    );
  }
}
