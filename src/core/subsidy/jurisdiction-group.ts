import { FeeError } from "../errors/fee-error";
import { JurisdictionGroup } from "./vocabulary";

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
const PCT_OFFICE = "PCT";
/** The pseudo-office of an international trademark registration under the Madrid system. */
const MADRID_OFFICE = "MADRID";

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

/**
 * The jurisdiction group of a canonical office code. "Europe" in the Shenzhen tables is the EPO; national
 * European offices (DE, FR, GB, …) and Hong Kong, Macao and Taiwan count as other foreign offices, an
 * assumption the seed does not settle.
 * @example jurisdictionGroupOf("EP") //=> "EP"
 * @example jurisdictionGroupOf("KR") //=> "other-foreign"
 * @example jurisdictionGroupOf("PCT") //=> "PCT"
 */
export function jurisdictionGroupOf(office: string): Exclude<JurisdictionGroup, "any"> {
  switch (office) {
    case "CN":
    case "JP":
    case "US":
    case "EP":
      return office;
    case PCT_OFFICE:
      return "PCT";
    case MADRID_OFFICE:
      return "Madrid";
    default:
      return "other-foreign";
  }
}

/**
 * True when a canonical office code belongs to `group` (`any` holds every office).
 * @example officeInGroup("DE", "other-foreign") //=> true
 * @example officeInGroup("DE", "EP") //=> false
 */
export function officeInGroup(office: string, group: JurisdictionGroup): boolean {
  return group === "any" || jurisdictionGroupOf(office) === group;
}
