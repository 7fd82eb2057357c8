import { DomainError } from "../errors/domain-error";
import { CN_PACK } from "./cn/pack";
import { DE_PACK } from "./de/pack";
import { EP_PACK } from "./ep/pack";
import { FR_PACK } from "./fr/pack";
import { GB_PACK } from "./gb/pack";
import { JP_PACK } from "./jp/jp-pack";
import { KR_PACK } from "./kr/kr-pack";
import { NL_PACK } from "./nl/pack";
import { OfficeCode, OfficePack } from "./office-pack";
import { officeCodeOf } from "./office-names";
import { UP_PACK } from "./up/pack";
import { US_PACK } from "./us/us-pack";

/** Every office the add-in prices, by code. Adding an office is adding its pack here. */
export const OFFICE_PACKS: Readonly<Record<OfficeCode, OfficePack>> = {
  CN: CN_PACK,
  JP: JP_PACK,
  US: US_PACK,
  EP: EP_PACK,
  UP: UP_PACK,
  DE: DE_PACK,
  FR: FR_PACK,
  NL: NL_PACK,
  GB: GB_PACK,
  KR: KR_PACK,
};

export const OFFICE_CODES = Object.keys(OFFICE_PACKS) as OfficeCode[];

/**
 * The pack of an office code, or undefined for an office we have no fee data for (a trademark office,
 * PCT, or a country not covered yet).
 * @example packOf("JP")?.currency //=> "JPY"
 */
export function packOf(code: string): OfficePack | undefined {
  return (OFFICE_PACKS as Record<string, OfficePack | undefined>)[code];
}

/**
 * The pack of the office a user named (a code, acronym or country name in English, Chinese or Japanese),
 * or an error that lists the offices covered.
 * @example officePackNamed("米国").code //=> "US"
 */
export function officePackNamed(text: unknown, field = "office"): OfficePack {
  const code = officeCodeOf(String(text ?? ""), field);
  const pack = packOf(code);
  if (!pack)
    throw new DomainError(
      "unknown-jurisdiction",
      field,
      `${field} "${String(text)}" has no fee data here: give one of ${OFFICE_CODES.join(", ")}.`,
      { key: "officeNoData", params: { value: String(text), offices: OFFICE_CODES.join(", ") } }
    );
  return pack;
}

/** The portfolio's right types (a Chinese ledger's words) as each office's own kinds. */
export type PatentType = "invention" | "utility" | "design";

const KIND_OF_TYPE: Readonly<Record<OfficeCode, Partial<Record<PatentType, string>>>> = {
  CN: { invention: "invention", utility: "utility", design: "design" },
  JP: { invention: "patent", utility: "utility", design: "design" },
  KR: { invention: "patent", utility: "utility", design: "design" },
  // The US has no utility models; a design patent has no maintenance fees (its pack says so).
  US: { invention: "utility", design: "design" },
  EP: { invention: "application" },
  UP: { invention: "patent" },
  DE: { invention: "patent" },
  FR: { invention: "patent" },
  NL: { invention: "patent" },
  GB: { invention: "patent" },
};

/**
 * The kind an office gives a portfolio row's right type, or undefined where the office has no such right
 * in our data (a German utility model, a US utility model).
 * @example officeKindOf("US", "invention") //=> "utility"
 */
export function officeKindOf(code: OfficeCode, type: PatentType): string | undefined {
  return KIND_OF_TYPE[code][type];
}
