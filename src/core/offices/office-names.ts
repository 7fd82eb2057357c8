import { DomainError } from "../errors/domain-error";

/**
 * Office names users type, mapped to the two-letter codes of WIPO Standard ST.3. EUIPO is `EM`, OAPI
 * `OA`, ARIPO `AP`: the Shenzhen 2021 table pays 3,000 for registrations at those three offices.
 */
const OFFICE_ALIASES: Readonly<Record<string, string>> = {
  CNIPA: "CN",
  SIPO: "CN",
  JPO: "JP",
  USA: "US",
  USPTO: "US",
  EPO: "EP",
  EUIPO: "EM",
  OHIM: "EM",
  OAPI: "OA",
  ARIPO: "AP",
};

/** The pseudo-office of an international patent application under the PCT. */
export const PCT_OFFICE = "PCT";
/** The pseudo-office of an international trademark registration under the Madrid system. */
export const MADRID_OFFICE = "MADRID";

/**
 * What an office code may be, for error messages and function help.
 * @example OFFICE_HELP.startsWith("a two-letter office code") //=> true
 */
export const OFFICE_HELP =
  'a two-letter office code such as CN, US, JP, EP, KR, EM (EUIPO), or "PCT" (international patent ' +
  'application) or "MADRID" (international trademark registration)';

/**
 * The canonical office code of what a user typed: upper case, aliases resolved. `WO` is refused because
 * WIPO receives both PCT applications and Madrid registrations, which Shenzhen 2021 pays differently.
 * @example canonicalOffice(" epo ") //=> "EP"
 * @example canonicalOffice("pct") //=> "PCT"
 */
export function canonicalOffice(text: string, field = "jurisdiction"): string {
  const code = String(text).normalize("NFKC").trim().toUpperCase();
  if (code === "WO" || code === "WIPO") {
    throw new DomainError(
      "unknown-jurisdiction",
      field,
      `${field} "${text}" is ambiguous: give "PCT" for an international patent application or ` +
        `"MADRID" for an international trademark registration.`,
      { key: "jurisdictionAmbiguous", params: { value: String(text) } }
    );
  }
  const office = OFFICE_ALIASES[code] ?? code;
  if (office === PCT_OFFICE || office === MADRID_OFFICE || /^[A-Z]{2}$/.test(office)) return office;
  throw new DomainError(
    "unknown-jurisdiction",
    field,
    `${field} "${text}" is unknown: give ${OFFICE_HELP}.`,
    { key: "jurisdictionUnknown", params: { value: String(text) } }
  );
}

/**
 * Country and office names people write in a ledger's jurisdiction column, mapped to WIPO ST.3 codes.
 * Codes and office acronyms (US, USPTO, EPO, EUIPO, PCT, Madrid …) are handled by `canonicalOffice`.
 * Keys are compared without case, width, spaces or punctuation.
 */
const OFFICE_NAMES: Readonly<Record<string, string>> = {
  china: "CN",
  prc: "CN",
  中国: "CN",
  中國: "CN",
  中华人民共和国: "CN",
  中華人民共和国: "CN",
  japan: "JP",
  日本: "JP",
  unitedstates: "US",
  unitedstatesofamerica: "US",
  美国: "US",
  美國: "US",
  米国: "US",
  アメリカ: "US",
  europe: "EP",
  europeanpatentoffice: "EP",
  欧洲: "EP",
  歐洲: "EP",
  欧州: "EP",
  korea: "KR",
  southkorea: "KR",
  韩国: "KR",
  韓国: "KR",
  韓國: "KR",
  germany: "DE",
  deutschland: "DE",
  德国: "DE",
  ドイツ: "DE",
  france: "FR",
  法国: "FR",
  フランス: "FR",
  netherlands: "NL",
  thenetherlands: "NL",
  nederland: "NL",
  荷兰: "NL",
  オランダ: "NL",
  unitedkingdom: "GB",
  greatbritain: "GB",
  uk: "GB",
  ukipo: "GB",
  英国: "GB",
  イギリス: "GB",
  kipo: "KR",
  moip: "KR",
  dpma: "DE",
  inpi: "FR",
  unitarypatent: "UP",
  unitary: "UP",
  单一专利: "UP",
  单一效力专利: "UP",
  単一効特許: "UP",
  europeanunion: "EM",
  欧盟: "EM",
  马德里: "MADRID",
  マドリッド: "MADRID",
};

/**
 * The office code of what a user wrote: a code or acronym (see `canonicalOffice`), or a country or office
 * name in English, Chinese or Japanese. Keys are compared without case, width, spaces or punctuation.
 * @example officeCodeOf("米国") //=> "US"
 * @example officeCodeOf("MOIP") //=> "KR"
 * @example officeCodeOf("Unitary Patent") //=> "UP"
 */
export function officeCodeOf(text: string, field = "office"): string {
  const key = String(text)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s._\-:()（）/・]+/gu, "");
  return OFFICE_NAMES[key] ?? canonicalOffice(text, field);
}
