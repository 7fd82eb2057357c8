/**
 * The `Excel.*` enums an add-in may reference, with the string values Office.js uses (from
 * @types/office-js). Code written as `Excel.ChartType.columnClustered` therefore sends "ColumnClustered"
 * to the fake exactly as it would to Excel.
 */

export const ChartType = {
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  columnStacked100: "ColumnStacked100",
  barClustered: "BarClustered",
  barStacked: "BarStacked",
  barStacked100: "BarStacked100",
  line: "Line",
  lineStacked: "LineStacked",
  lineStacked100: "LineStacked100",
  lineMarkers: "LineMarkers",
  lineMarkersStacked: "LineMarkersStacked",
  lineMarkersStacked100: "LineMarkersStacked100",
  pie: "Pie",
  pieExploded: "PieExploded",
  doughnut: "Doughnut",
  doughnutExploded: "DoughnutExploded",
  area: "Area",
  areaStacked: "AreaStacked",
  areaStacked100: "AreaStacked100",
  xyscatter: "XYScatter",
  xyscatterLines: "XYScatterLines",
  xyscatterLinesNoMarkers: "XYScatterLinesNoMarkers",
  xyscatterSmooth: "XYScatterSmooth",
  xyscatterSmoothNoMarkers: "XYScatterSmoothNoMarkers",
  radar: "Radar",
  histogram: "Histogram",
  pareto: "Pareto",
  waterfall: "Waterfall",
  treemap: "Treemap",
  sunburst: "Sunburst",
  funnel: "Funnel",
  boxwhisker: "Boxwhisker",
} as const;

/**
 * Every chart type name `ChartCollection.add` accepts (the string union in @types/office-js), so that a
 * misspelt type fails here as it would in Excel.
 */
export const CHART_TYPE_NAMES: ReadonlySet<string> = new Set(
  (
    "ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 " +
    "BarClustered BarStacked BarStacked100 3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked " +
    "LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded 3DPieExploded " +
    "BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked " +
    "AreaStacked100 3DAreaStacked 3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface " +
    "SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble Bubble3DEffect StockHLC StockOHLC " +
    "StockVHLC StockVOHLC CylinderColClustered CylinderColStacked CylinderColStacked100 " +
    "CylinderBarClustered CylinderBarStacked CylinderBarStacked100 CylinderCol ConeColClustered " +
    "ConeColStacked ConeColStacked100 ConeBarClustered ConeBarStacked ConeBarStacked100 ConeCol " +
    "PyramidColClustered PyramidColStacked PyramidColStacked100 PyramidBarClustered PyramidBarStacked " +
    "PyramidBarStacked100 PyramidCol 3DColumn Line 3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar " +
    "Histogram Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel"
  ).split(" ")
);

export const ChartSeriesBy = { auto: "Auto", columns: "Columns", rows: "Rows" } as const;

export const SheetVisibility = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
} as const;

export const RangeValueType = {
  unknown: "Unknown",
  empty: "Empty",
  string: "String",
  integer: "Integer",
  double: "Double",
  boolean: "Boolean",
  error: "Error",
  richValue: "RichValue",
} as const;

export const HorizontalAlignment = {
  general: "General",
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerAcrossSelection: "CenterAcrossSelection",
  distributed: "Distributed",
} as const;

export const VerticalAlignment = {
  top: "Top",
  center: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
} as const;

export const VERTICAL_ALIGNMENTS: ReadonlySet<string> = new Set(Object.values(VerticalAlignment));

export const HORIZONTAL_ALIGNMENTS: ReadonlySet<string> = new Set(
  Object.values(HorizontalAlignment)
);

export const ClearApplyTo = {
  all: "All",
  formats: "Formats",
  contents: "Contents",
  hyperlinks: "Hyperlinks",
  removeHyperlinks: "RemoveHyperlinks",
  resetContents: "ResetContents",
} as const;

/** `Excel.ErrorCodes`, plus the request-size code Excel on the web returns. */
export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  notImplemented: "NotImplemented",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestAborted: "RequestAborted",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedFeature: "UnsupportedFeature",
  unsupportedOperation: "UnsupportedOperation",
} as const;
