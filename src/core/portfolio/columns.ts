import { normalizeHeader } from "../table/headers";
/**
 * The portfolio columns the add-in understands, recognised by their header in English, Chinese or Japanese
 * (users' ledgers: 申请号 / 出願番号 / Application No., 申请日 / 出願日 / Filing date, …). Matching
 * ignores case, width (全角/半角), spaces and punctuation, so "Filing date", "FILING_DATE" and "出願日"
 * all work. Unknown headers are ignored.
 */
export type ColumnKey =
  | "id"
  | "title"
  | "kind"
  | "filingDate"
  | "grantDate"
  | "status"
  | "reduction"
  | "lastPaidYear"
  | "owner"
  | "jurisdiction"
  | "applicant"
  | "applicantLocation"
  | "pctPublicationDate"
  | "lapseNoticeDate"
  | "claims"
  | "entity"
  | "priorityDate";

export const COLUMN_SYNONYMS: Record<ColumnKey, string[]> = {
  id: [
    "id",
    "applicationno",
    "applicationnumber",
    "appno",
    "appln",
    "patentno",
    "patentnumber",
    "docketno",
    "reference",
    "ref",
    "申请号",
    "專利申請號",
    "申請號",
    "专利号",
    "出願番号",
    "特許番号",
    "整理番号",
    "管理番号",
  ],
  title: [
    "title",
    "name",
    "inventiontitle",
    "名称",
    "发明名称",
    "专利名称",
    "発明の名称",
    "タイトル",
    "件名",
  ],
  kind: [
    "kind",
    "type",
    "righttype",
    "patenttype",
    "category",
    "类型",
    "专利类型",
    "類型",
    "种类",
    "種別",
    "権利種別",
    "種類",
    "法域別",
  ],
  filingDate: [
    "filingdate",
    "applicationdate",
    "fileddate",
    "filed",
    "申请日",
    "申請日",
    "申请日期",
    "出願日",
  ],
  grantDate: [
    "grantdate",
    "granted",
    "grantnoticedate",
    "noticetogrant",
    "registrationdate",
    "授权日",
    "授权通知日",
    "授予日",
    "登记日",
    "登録日",
    "登録決定日",
  ],
  status: [
    "status",
    "legalstatus",
    "状态",
    "狀態",
    "法律状态",
    "案件状态",
    "状態",
    "ステータス",
    "権利状態",
  ],
  reduction: [
    "reduction",
    "feereduction",
    "费减",
    "费减比例",
    "費減",
    "減免",
    "軽減",
    "費用減免",
    "減免率",
  ],
  lastPaidYear: [
    "lastpaidyear",
    "lastyearpaid",
    "lastannuityyearpaid",
    "paidthroughyear",
    "paiduptoyear",
    "已缴年度",
    "已缴至年度",
    "最终缴费年度",
    "納付済年分",
    "納付済み年度",
    "最終納付年分",
    "最終納付年度",
  ],
  owner: [
    "owner",
    "businessunit",
    "bu",
    "department",
    "assignee",
    "专利权人",
    "权利人",
    "部门",
    "事业部",
    "権利者",
    "事業部",
    "部署",
    "所有者",
  ],
  jurisdiction: [
    "jurisdiction",
    "country",
    "office",
    "国家",
    "国别",
    "法域",
    "国",
    "出願国",
    "国地域",
    "国・地域",
  ],
  // Subsidies are paid to the applicant (docs/subsidies.md); blank: the owner column.
  applicant: [
    "applicant",
    "applicantname",
    "applicants",
    "申请人",
    "申請人",
    "申请人名称",
    "出願人",
    "出願人名",
  ],
  // Where the applicant is established, matched against a programme's region (Shenzhen, China, Japan …).
  applicantLocation: [
    "applicantlocation",
    "applicantregion",
    "applicantcity",
    "location",
    "申请人所在地",
    "申请人地区",
    "所在地",
    "所在地区",
    "出願人所在地",
    "所在地域",
  ],
  // The date of the international publication of a PCT application (WIPO publishes it as WO …).
  pctPublicationDate: [
    "pctpublicationdate",
    "pctpublished",
    "internationalpublicationdate",
    "wopublicationdate",
    "国际公布日",
    "國際公布日",
    "国际公开日",
    "pct公布日",
    "国際公開日",
    "pct公開日",
  ],
  // CNIPA's notice that the right ended for non-payment: it starts the 2-month restoration period.
  lapseNoticeDate: [
    "lapsenoticedate",
    "lapsenotice",
    "noticeoflapse",
    "terminationnoticedate",
    "终止通知日",
    "专利权终止通知书发文日",
    "失効通知日",
  ],
  // Offices whose fee depends on the number of claims (JP patents and utility models, KR patents).
  claims: [
    "claims",
    "numberofclaims",
    "claimcount",
    "权利要求数",
    "權利要求數",
    "請求項数",
    "請求項の数",
  ],
  // The applicant's size for an office's reductions (src/core/offices/entity.ts: sme, small, micro …).
  entity: ["entity", "entitysize", "size", "主体规模", "申请人规模", "企業規模"],
  // Euro-PCT: the priority (or international filing) date that starts the 31-month period.
  priorityDate: [
    "prioritydate",
    "priority",
    "internationalfilingdate",
    "优先权日",
    "優先權日",
    "国际申请日",
    "優先日",
    "国際出願日",
  ],
};

/** What a column means, for messages ("Filing date" is clearer than "filingDate"). */
export const COLUMN_LABELS: Record<ColumnKey, string> = {
  id: "ID",
  title: "Title",
  kind: "Right type",
  filingDate: "Filing date",
  grantDate: "Grant date",
  status: "Status",
  reduction: "Fee reduction",
  lastPaidYear: "Last annuity year paid",
  owner: "Owner",
  jurisdiction: "Jurisdiction",
  applicant: "Applicant",
  applicantLocation: "Applicant location",
  pctPublicationDate: "PCT publication date",
  lapseNoticeDate: "Lapse notice date",
  claims: "Claims",
  entity: "Entity",
  priorityDate: "Priority date",
};

const KEY_BY_HEADER = new Map<string, ColumnKey>();
for (const key of Object.keys(COLUMN_SYNONYMS) as ColumnKey[]) {
  for (const name of COLUMN_SYNONYMS[key]) KEY_BY_HEADER.set(normalizeHeader(name), key);
}

/**
 * The column a header names, or undefined for a column we do not use.
 * @example columnOfHeader("出願番号") //=> "id"
 */
export function columnOfHeader(header: unknown): ColumnKey | undefined {
  if (typeof header !== "string") return undefined;
  return KEY_BY_HEADER.get(normalizeHeader(header));
}
