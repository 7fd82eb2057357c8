/**
 * Whether a programme's region covers an applicant's location. Subsidy programmes are regional: Shenzhen
 * pays Shenzhen applicants, JETRO pays Japanese ones. The places the built-in programmes name, and the
 * places above and below them, are known here with their names in English, Chinese and Japanese; any
 * other place is matched by its name alone (a user's "Nanshan" programme covers applicants located in
 * "Nanshan").
 */
interface Place {
  key: string;
  /** The place this one lies in. */
  parent?: string;
  names: string[];
}

const PLACES: readonly Place[] = [
  {
    key: "china",
    names: [
      "China",
      "China (national)",
      "PRC",
      "CN",
      "中国",
      "中國",
      "中华人民共和国",
      "中華人民共和国",
    ],
  },
  { key: "guangdong", parent: "china", names: ["Guangdong", "广东", "廣東", "広東"] },
  { key: "shenzhen", parent: "guangdong", names: ["Shenzhen", "深圳", "深セン"] },
  {
    key: "shenzhen-hetao",
    parent: "shenzhen",
    names: ["Shenzhen (Hetao zone)", "Hetao", "Hetao zone", "河套", "河套深港科技创新合作区"],
  },
  { key: "jiangsu", parent: "china", names: ["Jiangsu", "江苏", "江蘇"] },
  { key: "suzhou", parent: "jiangsu", names: ["Suzhou", "苏州", "蘇州"] },
  { key: "japan", names: ["Japan", "JP", "日本"] },
  { key: "tokyo", parent: "japan", names: ["Tokyo", "东京", "東京"] },
  { key: "osaka", parent: "japan", names: ["Osaka", "大阪"] },
];

/** A name without case, width, spaces, punctuation or an administrative suffix (市, 省, City …). */
function placeWord(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s._\-:,()（）/・、，]+/gu, "")
    .replace(/(city|province|prefecture|市|省|都|府|県|区|區)$/u, "");
}

const PLACE_BY_WORD = new Map<string, Place>();
for (const place of PLACES)
  for (const name of place.names) PLACE_BY_WORD.set(placeWord(name), place);
const PARENT = new Map(PLACES.map((place) => [place.key, place.parent]));

/** The place a text names: a known key, or the text's own word for unknown places. */
function placeKey(text: string): string {
  const word = placeWord(text);
  return PLACE_BY_WORD.get(word)?.key ?? word;
}

/**
 * True when an applicant located at `location` lies in `region`: the same place, or a place inside it
 * (Shenzhen lies in Guangdong and China). A blank location is not covered by anything: the caller
 * decides what a missing location means.
 * @example regionCovers("Shenzhen", "深圳市") //=> true
 * @example regionCovers("China (national)", "Shenzhen") //=> true
 * @example regionCovers("Shenzhen", "Tokyo") //=> false
 * @example regionCovers("Shenzhen (Hetao zone)", "Shenzhen") //=> false
 */
export function regionCovers(region: string, location: string): boolean {
  const wanted = placeKey(region);
  let place: string | undefined = placeKey(location);
  if (wanted === "" || place === "") return false;
  while (place !== undefined) {
    if (place === wanted) return true;
    place = PARENT.get(place);
  }
  return false;
}

/**
 * The same place written two ways ("深圳市" and "Shenzhen"), for telling real conflicts from spellings.
 * @example samePlace("深圳市", "Shenzhen") //=> true
 */
export function samePlace(a: string, b: string): boolean {
  return placeKey(a) === placeKey(b);
}
