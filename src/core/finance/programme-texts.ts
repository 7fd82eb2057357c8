import programmesData from "../../data/finance/programmes.json";
import { arrayAt, objectAt, textAt } from "./data-checks";
import { PROGRAMME_TEXT_KEYS } from "./programmes";

/** The issuer and the public document of a finance programme, as the Finance sheet names them. */
export interface ProgrammeTexts {
  issuer: string;
  document: string;
}

const FILE = "src/data/finance/programmes.json";

/**
 * Each programme's texts by id, every one checked to be there. The bundles hold programmes.json apart
 * (webpack.config.js): this module's copy has only each programme's id with its issuer and document, which
 * the pane's run code needs; the custom functions load the figures alone (built-in.ts). Tests read the
 * whole file in both.
 * @example loadProgrammeTexts({ programmes: [{ id: "A", issuer: "City IP office", document: "Notice 1" }] }).get("A")?.document //=> "Notice 1"
 */
export function loadProgrammeTexts(
  data: unknown,
  where = FILE
): ReadonlyMap<string, ProgrammeTexts> {
  const root = objectAt(data, where);
  const texts = new Map<string, ProgrammeTexts>();
  arrayAt(root.programmes, `${where}: programmes`).forEach((entry, index) => {
    const at = `${where}: programmes[${index}]`;
    const record = objectAt(entry, at);
    const [issuer, document] = PROGRAMME_TEXT_KEYS.map((key) => textAt(record, key, at));
    texts.set(textAt(record, "id", at), { issuer, document });
  });
  return texts;
}

/** The built-in programmes' texts, checked when this module is first imported. */
export const BUILT_IN_PROGRAMME_TEXTS: ReadonlyMap<string, ProgrammeTexts> =
  loadProgrammeTexts(programmesData);
