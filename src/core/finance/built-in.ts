import lprData from "../../data/finance/lpr.json";
import programmesData from "../../data/finance/programmes.json";
import riskData from "../../data/finance/risk-schemes.json";
import ltvData from "../../data/finance/ltv-profiles.json";
import { LprTable, loadLprTable } from "./lpr";
import { FinanceProgramme, loadFinanceProgrammes } from "./programmes";
import { LtvProfile, loadLtvProfiles } from "./pledge";
import { RiskScheme, loadRiskSchemes } from "./risk-share";

/**
 * The finance data shipped with the add-in (src/data/finance/), validated when first imported so a broken
 * file fails every test run, not a cell. Cell functions use these; the pane may merge a user's LPR rows.
 */
export const BUILT_IN_LPR: LprTable = loadLprTable(lprData);
export const BUILT_IN_FINANCE_PROGRAMMES: readonly FinanceProgramme[] =
  loadFinanceProgrammes(programmesData);
export const BUILT_IN_RISK_SCHEMES: readonly RiskScheme[] = loadRiskSchemes(riskData);
export const BUILT_IN_LTV_PROFILES: readonly LtvProfile[] = loadLtvProfiles(ltvData);
