import { DomainError } from "../../errors/domain-error";
import { DE_OFFICE } from "../de/pack";
import { NationalOffice } from "./national-pack";
import { FR_OFFICE } from "../fr/pack";
import { GB_OFFICE } from "../gb/pack";
import { NL_OFFICE } from "../nl/pack";

const NAMES: [NationalOffice, string[]][] = [
  [DE_OFFICE, ["de", "germany", "deutschland", "dpma", "德国", "ドイツ"]],
  [FR_OFFICE, ["fr", "france", "inpi", "法国", "フランス"]],
  [NL_OFFICE, ["nl", "netherlands", "the netherlands", "nederland", "荷兰", "オランダ"]],
  [GB_OFFICE, ["gb", "uk", "united kingdom", "great britain", "ukipo", "英国", "イギリス"]],
];

/** Offices that have their own function, so `IP.RENEWAL` points there instead. */
const ELSEWHERE: Record<string, string> = {
  ep: "IP.EP_RENEWAL for a pending European application",
  epo: "IP.EP_RENEWAL for a pending European application",
  up: "IP.UP_RENEWAL for a Unitary Patent",
  cn: "IP.CN_ANNUITY for China",
  jp: "IP.JP_ANNUITY for Japan",
  us: "IP.US_MAINTENANCE for the United States",
  kr: "IP.KR_ANNUITY for Korea",
};

/**
 * The national office a user named: a code (DE, FR, NL, GB or UK), an English or local name, or the
 * office's acronym; case and surrounding spaces do not matter.
 * @example nationalOfficeNamed("uk").code //=> "GB"
 */
export function nationalOfficeNamed(text: string): NationalOffice {
  const key = text.trim().toLowerCase();
  for (const [office, names] of NAMES) if (names.includes(key)) return office;
  const other = ELSEWHERE[key];
  if (other)
    throw new DomainError(
      "unknown-jurisdiction",
      "office",
      `office "${text}": use ${other}; IP.RENEWAL covers DE, FR, NL and GB.`
    );
  throw new DomainError(
    "unknown-jurisdiction",
    "office",
    `office "${text}" is not one IP.RENEWAL knows: give "DE", "FR", "NL" or "GB".`,
    { key: "renewalOfficeUnknown", params: { value: text } }
  );
}
