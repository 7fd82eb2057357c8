import { cnAnnuity, cnAnnuityYear } from "../../src/functions/functions";
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
