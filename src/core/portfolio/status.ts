import statusData from "../../data/ledger-statuses.json";
/** The legal status of a right, as users write it in their ledgers. */
export type RightStatus = "pending" | "granted" | "lapsed" | "abandoned";

/**
 * The names of each status, as data (src/data/ledger-statuses.json, with its source and note): a new
 * wording users write is a line of data, not code.
 */
const STATUS_NAMES: Record<RightStatus, string[]> = statusData.statuses;

function normalizeStatus(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

const STATUS_BY_NAME = new Map<string, RightStatus>();
for (const status of Object.keys(STATUS_NAMES) as RightStatus[]) {
  for (const name of STATUS_NAMES[status]) {
    const earlier = STATUS_BY_NAME.get(normalizeStatus(name));
    // One wording, two meanings would make the projection depend on the order of the file.
    if (earlier && earlier !== status)
      throw new Error(
        `src/data/ledger-statuses.json: "${name}" is listed under both ${earlier} and ${status}.`
      );
    STATUS_BY_NAME.set(normalizeStatus(name), status);
  }
}

export const STATUS_HELP =
  "pending, granted, lapsed or abandoned (also 审查中/授权/失效/放弃, 審査中/登録/消滅/放棄)";

/**
 * The status a text names, or undefined.
 * @example statusFromText("権利存続") //=> "granted"
 */
export function statusFromText(text: string): RightStatus | undefined {
  return STATUS_BY_NAME.get(normalizeStatus(text));
}
