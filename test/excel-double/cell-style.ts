/**
 * Cell formatting as shared, immutable style objects. A sheet stores one reference per formatted cell, and
 * every distinct combination exists once (interned), so formatting 150,000 rows allocates a handful of
 * objects rather than one per cell.
 */
import { officeError } from "./errors";

/** The formatting the fake models for a cell. `fillColor` null means no fill. */
export interface CellStyle {
  readonly numberFormat: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly fontName: string;
  readonly fontSize: number;
  readonly fontColor: string;
  readonly fillColor: string | null;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly wrapText: boolean;
}

export type CellStylePatch = Partial<CellStyle>;

/** A new workbook's Normal style. */
export const DEFAULT_STYLE: CellStyle = Object.freeze({
  numberFormat: "General",
  bold: false,
  italic: false,
  fontName: "Calibri",
  fontSize: 11,
  fontColor: "#000000",
  fillColor: null,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
});

const interned = new Map<string, CellStyle>();

function keyOf(style: CellStyle): string {
  return [
    style.numberFormat,
    style.bold ? 1 : 0,
    style.italic ? 1 : 0,
    style.fontName,
    style.fontSize,
    style.fontColor,
    style.fillColor ?? "",
    style.horizontalAlignment,
    style.verticalAlignment,
    style.wrapText ? 1 : 0,
  ].join("\u0000");
}

const DEFAULT_KEY = keyOf(DEFAULT_STYLE);

/**
 * The shared instance for a style, or undefined when it equals the default (a cell without own style).
 *
 * @example
 * internStyle({ ...DEFAULT_STYLE }) //=> undefined
 */
export function internStyle(style: CellStyle): CellStyle | undefined {
  const key = keyOf(style);
  if (key === DEFAULT_KEY) return undefined;
  let found = interned.get(key);
  if (!found) {
    found = Object.freeze({ ...style });
    interned.set(key, found);
  }
  return found;
}

/**
 * A function that applies one patch to many styles, remembering each transition so that a range of
 * identically formatted cells costs one lookup per cell.
 */
export function styleUpdater(
  patch: CellStylePatch
): (current: CellStyle | undefined) => CellStyle | undefined {
  const memo = new Map<CellStyle | undefined, CellStyle | undefined>();
  return (current) => {
    if (memo.has(current)) return memo.get(current);
    const next = internStyle({ ...(current ?? DEFAULT_STYLE), ...patch });
    memo.set(current, next);
    return next;
  };
}

/** The HTML color names Excel accepts most often, as the #RRGGBB Excel reports back. */
const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  lime: "#00FF00",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkgray: "#A9A9A9",
  darkgrey: "#A9A9A9",
  navy: "#000080",
  teal: "#008080",
  maroon: "#800000",
  olive: "#808000",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  darkblue: "#00008B",
  darkgreen: "#006400",
  darkred: "#8B0000",
  lightblue: "#ADD8E6",
  lightgreen: "#90EE90",
  lightyellow: "#FFFFE0",
  pink: "#FFC0CB",
  brown: "#A52A2A",
};

/**
 * Normalizes a color the way Excel reports it: "#RRGGBB" upper case. Accepts "#rgb"-less hex with or
 * without "#", and common HTML names; other names are kept as written. Empty or non-string input is
 * InvalidArgument.
 *
 * @example
 * normalizeColor("white") //=> "#FFFFFF"
 * normalizeColor("4472c4") //=> "#4472C4"
 */
export function normalizeColor(color: unknown): string {
  if (typeof color !== "string" || color.trim() === "") {
    throw officeError("InvalidArgument", `'${String(color)}' is not a color.`);
  }
  const text = color.trim();
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(text);
  if (hex) return `#${hex[1].toUpperCase()}`;
  return NAMED_COLORS[text.toLowerCase()] ?? text;
}
