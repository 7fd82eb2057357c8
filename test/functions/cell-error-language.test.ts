import { renewal } from "../../src/functions/europe";
import { lpr } from "../../src/functions/finance";
import { cnAnnuity, cnAnnuityYear } from "../../src/functions/functions";
import { jpAnnuity, krAnnuity } from "../../src/functions/jp-kr-us";
import { lateFeeAnyOffice } from "../../src/functions/offices";
import {
  displayLanguage,
  loadCellErrorLanguage,
  toCellError,
} from "../../src/functions/cell-errors";
import { cellError } from "./expect-cell-error";

// Excel's display language as a shared runtime exposes it: Office.context.displayLanguage ("ja-JP" …).
const withDisplayLanguage = (tag: string | undefined) => {
  (globalThis as { Office?: unknown }).Office =
    tag === undefined ? undefined : { context: { displayLanguage: tag } };
};
afterEach(() => withDisplayLanguage(undefined));

describe("before the message tables are loaded", () => {
  it("a Japanese Excel shows the English text (the tables are a chunk of their own)", () => {
    withDisplayLanguage("ja-JP");
    expect(cellError(() => cnAnnuity("2018-07-09", 21)).message).toBe(
      "year 21 is outside the 20-year term of this invention (filed 2018-07-09): give a whole number from 1 to 20."
    );
  });
});

describe("cell error messages follow Excel's display language", () => {
  beforeAll(() => loadCellErrorLanguage());

  // An invention's term is 20 years (专利法 art. 42), so year 21 of one filed 2018-07-09 does not exist.
  it("Japanese Excel: a bad year in IP.CN_ANNUITY", () => {
    withDisplayLanguage("ja-JP");
    const error = cellError(() => cnAnnuity("2018-07-09", 21));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      "年分 21 はこの発明特許の存続期間 20 年（出願 2018-07-09）の範囲外です：1 から 20 までの整数を入力してください。"
    );
  });

  it("Chinese Excel: a bad year in IP.CN_ANNUITY", () => {
    withDisplayLanguage("zh-CN");
    expect(cellError(() => cnAnnuity("2018-07-09", 21)).message).toBe(
      "年度 21 超出该发明专利的 20 年保护期（申请日 2018-07-09）：请填写 1 到 20 之间的整数。"
    );
  });

  it("Chinese Excel: dates that are not dates, naming the argument as the formula names it", () => {
    withDisplayLanguage("zh-TW");
    // Month 13 does not exist; 07/09/2021 is not an accepted form (July or September?).
    expect(cellError(() => cnAnnuity("2018-13-01", 2)).message).toBe(
      "filingDate“2018-13-01”不是日历上存在的日期。"
    );
    expect(cellError(() => cnAnnuity("07/09/2021", 2)).message).toBe(
      "filingDate“07/09/2021”不是日期：请填写日期，或 yyyy-mm-dd、yyyy/mm/dd、yyyy年m月d日 形式的文本。"
    );
  });

  it("English Excel, another language and no Office at all: English", () => {
    const english =
      "year 21 is outside the 20-year term of this invention (filed 2018-07-09): give a whole number from 1 to 20.";
    withDisplayLanguage("en-US");
    expect(cellError(() => cnAnnuity("2018-07-09", 21)).message).toBe(english);
    withDisplayLanguage("fr-FR");
    expect(displayLanguage()).toBe("en");
    expect(cellError(() => cnAnnuity("2018-07-09", 21)).message).toBe(english);
    withDisplayLanguage(undefined);
    expect(displayLanguage()).toBe("en");
  });

  it("a date before the filing date in IP.CN_ANNUITY_YEAR, in Japanese", () => {
    withDisplayLanguage("ja-JP");
    expect(cellError(() => cnAnnuityYear("2018-07-09", "2018-01-01")).message).toBe(
      "date 2018-01-01 は出願日 2018-07-09 より前です。"
    );
  });

  it("an unexpected failure says so in the language", () => {
    expect((toCellError(new Error("boom"), "zh") as unknown as { message: string }).message).toBe(
      "意外错误：boom"
    );
  });
});

// One bad input per file of functions, in each language: the message follows Excel's display language.
describe("the finance, European, office and JP/KR functions' errors follow the display language", () => {
  beforeAll(() => loadCellErrorLanguage());

  // The reformed LPR starts with the 2019-08-20 fixing (PBOC announcement [2019] No. 15).
  it.each([
    [
      "en-US",
      "No LPR on 2019-01-01: the reformed LPR starts 2019-08-20; enter the benchmark rate yourself.",
    ],
    [
      "ja-JP",
      "2019-01-01 の LPR はありません：改定後の LPR は 2019-08-20 からです。基準金利を自分で入力してください。",
    ],
    ["zh-CN", "2019-01-01 没有 LPR：改革后的 LPR 自 2019-08-20 起公布；请自行填写基准利率。"],
  ])("IP.LPR before the first fixing, %s", (tag, message) => {
    withDisplayLanguage(tag);
    const error = cellError(() => lpr("2019-01-01"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(message);
  });

  it.each([
    ["en-US", 'tenor "3Y" is unknown: give "1Y" or "5Y".'],
    ["ja-JP", "tenor「3Y」は不明です：「1Y」または「5Y」を入力してください。"],
    ["zh-CN", "tenor“3Y”未知：请填写“1Y”或“5Y”。"],
  ])("IP.LPR with an unknown tenor, %s", (tag, message) => {
    withDisplayLanguage(tag);
    expect(cellError(() => lpr("2024-01-01", "3Y")).message).toBe(message);
  });

  // The built-in NL table charges renewal fees from year 4, so year 3 has none.
  it.each([
    [
      "en-US",
      "year 3 has no Octrooicentrum Nederland renewal fee: give a whole year from 4 to 20.",
    ],
    [
      "ja-JP",
      "年分 3 には Octrooicentrum Nederland の更新料がありません：4 から 20 までの整数を入力してください。",
    ],
    ["zh-CN", "年度 3 没有 Octrooicentrum Nederland 的续展费：请填写 4 到 20 之间的整数。"],
  ])("IP.RENEWAL for a year the office does not charge, %s", (tag, message) => {
    withDisplayLanguage(tag);
    expect(cellError(() => renewal("NL", 3)).message).toBe(message);
  });

  it.each([
    ["en-US", "fee -5 is negative: give 0 or more."],
    ["ja-JP", "fee -5 が負の値です：0 以上を入力してください。"],
    ["zh-CN", "fee -5 为负数：请填写 0 或以上的数。"],
  ])("IP.LATEFEE with a negative fee, %s", (tag, message) => {
    withDisplayLanguage(tag);
    expect(cellError(() => lateFeeAnyOffice("CN", -5, "2024-01-01", "2024-02-01")).message).toBe(
      message
    );
  });

  // JP patent and KIPO fee years run from 1 to 25 (JP_MAX_YEAR, KR_MAX_YEAR: 20-year term plus extension).
  it.each([
    ["en-US", "year 0 is not a patent fee year: give a whole number from 1 to 25."],
    ["ja-JP", "year 0 は特許の年分ではありません：1 から 25 までの整数を入力してください。"],
    ["zh-CN", "year 0 不是专利的年费年度：请填写 1 到 25 之间的整数。"],
  ])("IP.JP_ANNUITY with year 0, %s", (tag, message) => {
    withDisplayLanguage(tag);
    expect(cellError(() => jpAnnuity(0)).message).toBe(message);
  });

  it.each([
    ["en-US", "year 30 is not a KIPO patent fee year: give a whole number from 1 to 25."],
    [
      "ja-JP",
      "year 30 は KIPO の特許料の年分ではありません：1 から 25 までの整数を入力してください。",
    ],
    ["zh-CN", "year 30 不是 KIPO 专利年费年度：请填写 1 到 25 之间的整数。"],
  ])("IP.KR_ANNUITY with year 30, %s", (tag, message) => {
    withDisplayLanguage(tag);
    expect(cellError(() => krAnnuity(30)).message).toBe(message);
  });
});
