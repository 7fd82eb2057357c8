import { FeeError } from "../errors/fee-error";

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
    throw new FeeError(
      "unknown-jurisdiction",
      field,
      `${field} "${text}" is ambiguous: give "PCT" for an international patent application or ` +
        `"MADRID" for an international trademark registration.`
    );
  }
  const office = OFFICE_ALIASES[code] ?? code;
  if (office === PCT_OFFICE || office === MADRID_OFFICE || /^[A-Z]{2}$/.test(office)) return office;
  throw new FeeError(
    "unknown-jurisdiction",
    field,
    `${field} "${text}" is unknown: give ${OFFICE_HELP}.`
  );
}
