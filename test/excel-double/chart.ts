/**
 * `Excel.ChartCollection`, `Excel.Chart` and `chart.title`: the fake records what a chart shows (type,
 * source address, series orientation, title) and where it sits; it draws nothing.
 */
import { Rect, formatAddress, parseAddress } from "./addresses";
import { MemoryClientObject, describe } from "./client-object";
import { MemoryCollection } from "./collection";
import { CHART_TYPE_NAMES } from "./enums";
import { officeError } from "./errors";
import type { MemoryRange } from "./range";
import type { MemoryRequestContext } from "./request-context";
import { ChartModel, MemorySheet, STANDARD_COLUMN_WIDTH, STANDARD_ROW_HEIGHT } from "./sheet-model";
import { MemoryWorksheet } from "./worksheet";

type ChartLocator = () => { sheet: MemorySheet; chart: ChartModel } | null;

/** Excel's default size of a new chart, in points. */
const DEFAULT_CHART_WIDTH = 360;
const DEFAULT_CHART_HEIGHT = 216;

function requireChartType(type: unknown): string {
  if (typeof type !== "string" || !CHART_TYPE_NAMES.has(type)) {
    throw officeError("InvalidArgument", `'${String(type)}' is not an Excel.ChartType value.`);
  }
  return type;
}

function requireSeriesBy(seriesBy: unknown): string {
  if (seriesBy !== "Auto" && seriesBy !== "Columns" && seriesBy !== "Rows") {
    throw officeError(
      "InvalidArgument",
      `'${String(seriesBy)}' is not an Excel.ChartSeriesBy value.`
    );
  }
  return seriesBy;
}

/** Distance in points from the sheet's top edge to a row, honouring custom row heights. */
function topOf(sheet: MemorySheet, row: number): number {
  let points = row * STANDARD_ROW_HEIGHT;
  for (const [index, height] of sheet.rowHeights)
    if (index < row) points += height - STANDARD_ROW_HEIGHT;
  return points;
}

/** Distance in points from the sheet's left edge to a column, honouring custom widths. */
function leftOf(sheet: MemorySheet, column: number): number {
  let points = column * STANDARD_COLUMN_WIDTH;
  for (const [index, width] of sheet.columnWidths) {
    if (index < column) points += width - STANDARD_COLUMN_WIDTH;
  }
  return points;
}

export class MemoryChartCollection extends MemoryCollection<ChartModel, MemoryChart> {
  readonly _typeName = "ChartCollection";

  constructor(
    context: MemoryRequestContext,
    private readonly worksheet: MemoryWorksheet
  ) {
    super(context, worksheet._nullable, true);
    this._seal();
  }

  _exists(): boolean {
    return this.worksheet._exists();
  }

  protected _entities(): ChartModel[] {
    return [...this.worksheet._requireSheet().charts];
  }

  protected _proxyFor(chart: ChartModel): MemoryChart {
    return new MemoryChart(
      this.context,
      () => ({ sheet: this.worksheet._requireSheet(), chart }),
      false
    );
  }

  /** Adds a chart of `type` (an `Excel.ChartType` string) over a source range. */
  add(type: string, sourceData: MemoryRange, seriesBy: string = "Auto"): MemoryChart {
    let created: { sheet: MemorySheet; chart: ChartModel } | null = null;
    this._queueCall(`add(${describe(type)}, Range, ${describe(seriesBy)})`, (batch) => {
      const sheet = this.worksheet._requireSheet();
      const chartType = requireChartType(type);
      const series = requireSeriesBy(seriesBy);
      if (!sourceData || typeof sourceData._requireTarget !== "function") {
        throw officeError("InvalidArgument", "charts.add needs a Range as its source data.");
      }
      const source = sourceData._requireTarget();
      const { id, name } = batch.model.nextChart();
      const chart: ChartModel = {
        id,
        name,
        chartType,
        sourceAddress: formatAddress(source.sheet.name, source.rect),
        seriesBy: series,
        title: "",
        titleVisible: false,
        position: null,
        top: 0,
        left: 0,
        width: DEFAULT_CHART_WIDTH,
        height: DEFAULT_CHART_HEIGHT,
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
      batch.wrote(sheet);
    });
    return new MemoryChart(
      this.context,
      () => {
        if (!created) throw officeError("ItemNotFound", "The chart was not added.");
        return created;
      },
      false
    );
  }

  private find(name: string): { sheet: MemorySheet; chart: ChartModel } | null {
    const sheet = this.worksheet._requireSheet();
    const chart = sheet.charts.find((c) => c.name === name);
    return chart ? { sheet, chart } : null;
  }

  getItem(name: string): MemoryChart {
    return new MemoryChart(
      this.context,
      () => {
        const found = this.find(name);
        if (!found) throw officeError("ItemNotFound", `There is no chart named '${name}'.`);
        return found;
      },
      false
    );
  }

  getItemOrNullObject(name: string): MemoryChart {
    return new MemoryChart(this.context, () => this.find(name), true);
  }

  get items(): MemoryChart[] {
    return this._get("items");
  }
}

export class MemoryChart extends MemoryClientObject {
  readonly _typeName = "Chart";
  protected readonly _scalars: readonly string[] = [
    "id",
    "name",
    "chartType",
    "top",
    "left",
    "width",
    "height",
  ];
  protected override readonly _writable: readonly string[] = [
    "name",
    "chartType",
    "top",
    "left",
    "width",
    "height",
  ];
  readonly title: MemoryChartTitle;
  private cached: { sheet: MemorySheet; chart: ChartModel } | undefined = undefined;
  private worksheetProxy: MemoryWorksheet | undefined = undefined;

  constructor(
    context: MemoryRequestContext,
    private readonly locate: ChartLocator,
    nullable: boolean
  ) {
    super(context, nullable);
    this.title = new MemoryChartTitle(context, this);
    this._seal();
  }

  /** @internal The chart, or null for a null object; a deleted chart is ItemNotFound. */
  _chart(): { sheet: MemorySheet; chart: ChartModel } | null {
    if (this.cached) {
      if (!this.cached.sheet.deleted && this.cached.sheet.charts.includes(this.cached.chart)) {
        return this.cached;
      }
      if (this._nullable) return null;
      throw officeError("ItemNotFound", `The chart '${this.cached.chart.name}' was deleted.`);
    }
    const found = this.locate();
    if (found) this.cached = found;
    return found;
  }

  /** @internal */
  _requireChart(): { sheet: MemorySheet; chart: ChartModel } {
    const found = this._chart();
    if (!found)
      throw officeError("ItemNotFound", "The chart is a null object; check isNullObject first.");
    return found;
  }

  _exists(): boolean {
    return this._chart() !== null;
  }

  protected override _children(): Record<string, MemoryClientObject> {
    return { title: this.title };
  }

  protected _read(name: string): unknown {
    const { chart } = this._requireChart();
    return (chart as unknown as Record<string, unknown>)[name];
  }

  get id(): string {
    return this._get("id");
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this.queueChange("name", name, (chart) => {
      if (typeof name !== "string" || name === "")
        throw officeError("InvalidArgument", "A chart needs a name.");
      chart.name = name;
    });
  }

  private queueChange(name: string, value: unknown, change: (chart: ChartModel) => void): void {
    this._setAndQueue(name, value, (batch) => {
      const { sheet, chart } = this._requireChart();
      change(chart);
      batch.wrote(sheet);
    });
  }

  get worksheet(): MemoryWorksheet {
    if (!this.worksheetProxy) {
      this.worksheetProxy = new MemoryWorksheet(
        this.context,
        () => this._chart()?.sheet ?? null,
        this._nullable
      );
    }
    return this.worksheetProxy;
  }

  /** Places the chart at a start cell and, with an end cell, sizes it to cover the end cell too. */
  setPosition(startCell: MemoryRange | string, endCell?: MemoryRange | string): void {
    this._queueCall("setPosition()", (batch) => {
      const { sheet, chart } = this._requireChart();
      const rectOf = (cell: MemoryRange | string): Rect =>
        typeof cell === "string" ? parseAddress(cell).rect : cell._requireTarget().rect;
      const start = rectOf(startCell);
      chart.top = topOf(sheet, start.top);
      chart.left = leftOf(sheet, start.left);
      let endAddress: string | null = null;
      if (endCell !== undefined) {
        const end = rectOf(endCell);
        chart.height = topOf(sheet, end.bottom + 1) - chart.top;
        chart.width = leftOf(sheet, end.right + 1) - chart.left;
        endAddress = formatAddress(sheet.name, end);
      }
      chart.position = { startCell: formatAddress(sheet.name, start), endCell: endAddress };
      batch.wrote(sheet);
    });
  }
}

export class MemoryChartTitle extends MemoryClientObject {
  readonly _typeName = "ChartTitle";
  protected readonly _scalars: readonly string[] = ["text", "visible"];
  protected override readonly _writable: readonly string[] = ["text", "visible"];

  constructor(
    context: MemoryRequestContext,
    private readonly chart: MemoryChart
  ) {
    super(context, chart._nullable);
    this._seal();
  }

  _exists(): boolean {
    return this.chart._exists();
  }

  protected _read(name: string): unknown {
    const { chart } = this.chart._requireChart();
    return name === "text" ? chart.title : chart.titleVisible;
  }

  /** Setting a title also shows it, as in Excel. */
  get text(): string {
    return this._get("text");
  }
  set text(text: string) {
    this._setAndQueue("text", text, (batch) => {
      const { sheet, chart } = this.chart._requireChart();
      chart.title = String(text);
      chart.titleVisible = chart.title !== "";
      batch.wrote(sheet);
    });
  }
}
