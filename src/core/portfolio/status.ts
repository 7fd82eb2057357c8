/** The legal status of a right, as users write it in their ledgers. */
export type RightStatus = "pending" | "granted" | "lapsed" | "abandoned";

const STATUS_NAMES: Record<RightStatus, string[]> = {
  pending: [
    "pending",
    "filed",
    "underexamination",
    "application",
    "审查中",
    "在审",
    "实审",
    "申请中",
    "出願中",
    "審査中",
    "係属中",
  ],
  granted: [
    "granted",
    "active",
    "inforce",
    "registered",
    "valid",
    "授权",
    "有效",
    "已授权",
    "专利权维持",
    "登録",
    "権利存続",
    "存続",
    "有効",
  ],
  lapsed: [
    "lapsed",
    "expired",
    "terminated",
    "失效",
    "终止",
    "未缴年费终止",
    "消滅",
    "失効",
    "権利消滅",
  ],
  abandoned: ["abandoned", "withdrawn", "放弃", "撤回", "驳回", "放棄", "取下", "取下げ", "拒絶"],
};

const STATUS_BY_NAME = new Map<string, RightStatus>();
for (const status of Object.keys(STATUS_NAMES) as RightStatus[]) {
  for (const name of STATUS_NAMES[status]) STATUS_BY_NAME.set(name, status);
}

export const STATUS_HELP =
  "pending, granted, lapsed or abandoned (also 审查中/授权/失效/放弃, 審査中/登録/消滅/放棄)";

/**
 * The status a text names, or undefined.
 * @example statusFromText("権利存続") //=> "granted"
 */
export function statusFromText(text: string): RightStatus | undefined {
  return STATUS_BY_NAME.get(
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s_-]+/g, "")
  );
}
