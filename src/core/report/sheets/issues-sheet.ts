import { ReportContext, ReportInput } from "../report-context";
import { OutputSheet } from "../output-model";

/** The Issues sheet: every row that could not be used, with its sheet, row, column and reason. */
export function issuesSheet(input: ReportInput, ctx: ReportContext): OutputSheet {
  const { t } = ctx;
  const issues: OutputSheet = {
    role: "issues",
    name: t("sheetIssues"),
    blocks: [
      {
        top: 0,
        columns: [
          { header: t("colSheet"), format: "text" },
          { header: t("colRow"), format: "integer" },
          { header: t("colColumn"), format: "text" },
          { header: t("colHeader"), format: "text" },
          { header: t("colProblem"), format: "text" },
        ],
        rows: input.issues.length
          ? input.issues.map((i) => [i.sheet, i.row, i.column, i.header, i.message])
          : [["", "", "", "", t("noIssues")]],
        tableName: "IPIssues",
      },
    ],
    charts: [],
    freezeHeaderRows: 1,
  };
  return issues;
}
