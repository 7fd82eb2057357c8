import { MADRID_OFFICE, PCT_OFFICE } from "../offices/office-names";
import { JurisdictionGroup } from "./vocabulary";

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
