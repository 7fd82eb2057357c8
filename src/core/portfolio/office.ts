import { canonicalOffice } from "../offices/office-names";

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
  德国: "DE",
  ドイツ: "DE",
  europeanunion: "EM",
  欧盟: "EM",
  马德里: "MADRID",
  マドリッド: "MADRID",
};

/**
 * The office code of a jurisdiction cell: blank is CN (the add-in's home office); names in English,
 * Chinese or Japanese and office acronyms become their code. A FeeError names the accepted forms.
 * @example officeOfCell("") //=> "CN"
 * @example officeOfCell("米国") //=> "US"
 * @example officeOfCell("uspto") //=> "US"
 * @example officeOfCell("pct") //=> "PCT"
 */
export function officeOfCell(text: string, field = "Jurisdiction"): string {
  const key = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s._\-:()（）/・]+/gu, "");
  if (key === "") return "CN";
  return OFFICE_NAMES[key] ?? canonicalOffice(text, field);
}
