import { planRunToEnd } from "../../../src/core/app/plan-run";
import { isoToDay } from "../../../src/core/dates/civil";
import { dayFromSerial } from "../../../src/core/dates/excel-serial";
import { parseDateText } from "../../../src/core/dates/parse-date";
import { ISSUE_STRINGS, IssueStringKey } from "../../../src/core/i18n/issue-strings";
import { errorText, messageText } from "../../../src/core/i18n/issue-text";
import { Language } from "../../../src/core/i18n/strings";
import { Money } from "../../../src/core/money/money";
import { annuityYearOf, assertYearInTerm } from "../../../src/core/offices/cn/annuity-year";
import { readReduction } from "../../../src/core/offices/cn/cell-readers";
import { parseReduction } from "../../../src/core/offices/cn/reduction";
import { parseRightKind } from "../../../src/core/offices/cn/right-kind";
import { officeCodeOf } from "../../../src/core/offices/office-names";
import { checkEntity, officeKindOrError, readClaims } from "../../../src/core/portfolio/office-row";
import { readDate, readFlag, readNumber } from "../../../src/core/table/cell-readers";
import {
  BUILT_IN_FINANCE_PROGRAMMES,
  BUILT_IN_LPR,
  BUILT_IN_RISK_SCHEMES,
} from "../../../src/core/finance/built-in";
import { lprOn } from "../../../src/core/finance/lpr";
import { BUILT_IN_LTV_PROFILES } from "../../../src/core/finance/built-in";
import { dayCountFrom, loanDays } from "../../../src/core/finance/day-count";
import { feeSubsidy, feeTypeFrom } from "../../../src/core/finance/fee-subsidy";
import { shareFor } from "../../../src/core/finance/interest-subsidy";
import {
  findProfile,
  PLEDGE_KINDS,
  pledgeCapacity,
  pledgeKindFrom,
} from "../../../src/core/finance/pledge";
import { partyFrom, splitLoss } from "../../../src/core/finance/risk-share";
import { valueScore } from "../../../src/core/finance/value-score";
import { Money as Amount } from "../../../src/core/money/money";
import { findFinanceProgramme } from "../../../src/core/finance/programmes";
import { findScheme } from "../../../src/core/finance/risk-share";
import { checkYear } from "../../../src/core/offices/europe/pricing";
import { nationalOfficeNamed } from "../../../src/core/offices/europe/national-office-name";
import { checkJpYear } from "../../../src/core/offices/jp/due-dates";
import { checkKrYear } from "../../../src/core/offices/kr/due-dates";
import { officePackNamed } from "../../../src/core/offices/registry";
import { usStage } from "../../../src/core/offices/us/stage";

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const languages: Language[] = ["en", "ja", "zh"];

/** The error a call throws. */
const thrown = (call: () => unknown): unknown => {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("no error thrown");
};

describe("the issue messages exist in every language with the same parameters", () => {
  for (const language of ["ja", "zh"] as Language[])
    for (const key of Object.keys(ISSUE_STRINGS.en) as IssueStringKey[])
      it(`${language}: ${key}`, () => {
        expect(ISSUE_STRINGS[language][key]).toBeTruthy();
        expect(params(ISSUE_STRINGS[language][key])).toEqual(params(ISSUE_STRINGS.en[key]));
      });
});

// Every reader error with a key: the English table says exactly what the error says, so the text a
// user reads in English is the same whichever way it comes (the error itself or the tables).
const filed = isoToDay("2018-07-09");
const programme = (id: string) => findFinanceProgramme(id, BUILT_IN_FINANCE_PROGRAMMES);
// Nanshan subsidises interest and fees on one base; Beijing 2024 pays at most its share.
const nanshan = programme("CN-SZ-NANSHAN");
const beijing = programme("CN-BJ-2024");
// a scheme whose tiers end at a balance limit, so 10^12 is above it
const scheme = BUILT_IN_RISK_SCHEMES.find((s) => s.tiers[s.tiers.length - 1].upTo)!;
const ERRORS: [string, () => unknown][] = [
  ["dateEmpty", () => readDate("", "Filing date")],
  ["dateNotDate", () => readDate(true, "Filing date")],
  ["dateNotCalendar", () => parseDateText("2021-02-30", "Grant date")],
  ["dateTextNotDate", () => parseDateText("07/09/2021", "Grant date")],
  ["serialNotDate", () => dayFromSerial(Number.NaN, "date")],
  ["serialOutOfRange", () => dayFromSerial(3000000, "date")],
  ["numberEmpty", () => readNumber("", "year", "a whole annuity year such as 4")],
  ["numberNotNumber", () => readNumber("five", "year", "a whole annuity year such as 4")],
  ["reductionNotStatutory", () => readReduction("50%", "Fee reduction")],
  ["reductionInvalid", () => parseReduction(90, "Fee reduction")],
  ["claimsNotNumber", () => readClaims("many")],
  ["entityMeaningless", () => checkEntity("DE", "micro")],
  ["officeNoKind", () => officeKindOrError("EP", "design")],
  ["officeNoKindUs", () => officeKindOrError("US", "utility")],
  ["jurisdictionAmbiguous", () => officeCodeOf("WO", "Jurisdiction")],
  ["jurisdictionUnknown", () => officeCodeOf("Atlantis", "Jurisdiction")],
  ["kindUnknownCn", () => parseRightKind("software", "kind")],
  ["yearOutsideTerm", () => assertYearInTerm("utility", filed, 11)],
  ["yearOutsideLongest", () => assertYearInTerm(undefined, filed, 21)],
  ["dateBeforeFiling", () => annuityYearOf(filed, isoToDay("2018-01-01"))],
  // the errors the custom functions surface from the finance and office cores
  ["lprBeforeStart", () => lprOn(BUILT_IN_LPR, isoToDay("2019-01-01"), "1Y", "in_force")],
  ["financeProgrammeUnknown", () => findFinanceProgramme("CN-X", BUILT_IN_FINANCE_PROGRAMMES)],
  ["financeSchemeUnknown", () => findScheme("CN-X", BUILT_IN_RISK_SCHEMES)],
  ["flagNotFlag", () => readFlag("maybe", "strict")],
  ["renewalYear", () => checkYear(2, 3, 20, "EPO")],
  ["renewalOfficeUnknown", () => nationalOfficeNamed("ES")],
  ["officeNoData", () => officePackNamed("XX")],
  ["jpYear", () => checkJpYear("utility", 11)],
  ["krYear", () => checkKrYear(0)],
  ["usStage", () => usStage(9.5)],
  ["dateOrderEnd", () => loanDays(10, 5)],
  ["dayCountUnknown", () => dayCountFrom("ACT/999")],
  ["feeTypeUnknown", () => feeTypeFrom("stamp")],
  ["feesWithInterest", () => feeSubsidy(nanshan, "guarantee", new Amount(1000), new Amount(0))],
  ["ratioAboveMax", () => shareFor(beijing, false, new Amount(2))],
  ["scoreRange", () => valueScore([101, 50, 50])],
  ["weightNegative", () => valueScore([50, 50, 50], [-1, 1, 1])],
  ["weightsZero", () => valueScore([50, 50, 50], [0, 0, 0])],
  ["balanceAboveLimit", () => splitLoss(scheme, new Amount("1e12"), new Amount(0))],
  ["partyUnknown", () => partyFrom("landlord", scheme)],
  ["pledgeKindUnknown", () => pledgeKindFrom("song")],
  ["pledgeProfileUnknown", () => findProfile("X", BUILT_IN_LTV_PROFILES)],
  ["ltvRange", () => pledgeCapacity(new Amount(100), "invention", new Amount(2), undefined)],
  ["ltvMissing", () => pledgeCapacity(new Amount(100), "invention", undefined, undefined)],
  [
    "profileKind",
    () => {
      // a profile without an LTV for some kind of right refuses that kind
      const profile = BUILT_IN_LTV_PROFILES.find((p) => PLEDGE_KINDS.some((k) => !p.ltv[k]))!;
      const kind = PLEDGE_KINDS.find((k) => !profile.ltv[k])!;
      return pledgeCapacity(new Amount(100), kind, undefined, profile);
    },
  ],
];

describe("a reader's error reads the same in English through the tables", () => {
  it.each(ERRORS)("%s", (key, call) => {
    const error = thrown(call) as { key: string; message: string };
    expect(error.key).toBe(key);
    expect(errorText("en", error)).toBe(error.message);
    // Every language has the text, with no parameter left unfilled.
    for (const language of languages) expect(errorText(language, error)).not.toMatch(/\{\w+\}/);
  });
});

describe("messages in Japanese and Chinese", () => {
  it("a year outside a utility model's 10-year term", () => {
    const error = thrown(() => assertYearInTerm("utility", filed, 11));
    expect(errorText("ja", error)).toBe(
      "年分 11 はこの実用新案の存続期間 10 年（出願 2018-07-09）の範囲外です：1 から 10 までの整数を入力してください。"
    );
    expect(errorText("zh", error)).toBe(
      "年度 11 超出该实用新型的 10 年保护期（申请日 2018-07-09）：请填写 1 到 10 之间的整数。"
    );
  });

  it("a number phrase given in English is said in the language", () => {
    const error = thrown(() => readNumber("five", "year", "a whole annuity year such as 4"));
    expect(errorText("zh", error)).toBe('year "five" 不是数字：请填写整数年度，如 4。');
  });

  it("a column named by its key takes the language's word for it", () => {
    const text = messageText("ja", {
      code: "cellError",
      params: { fieldKey: "filingDate", value: "#REF!" },
      message: "",
    });
    expect(text).toBe("出願日 がエラー #REF! です：数式を直すか、値を入力してください。");
  });

  it("an unexpected error says so in the language", () => {
    expect(errorText("ja", new Error("boom"))).toBe("予期しないエラー：boom");
    expect(errorText("en", new Error("boom"))).toBe("Unexpected error: boom");
  });
});

describe("a run's issues are in the run's language", () => {
  const settings = {
    asOf: isoToDay("2026-11-23"),
    horizonYears: 10,
    fiscalYearStartMonth: 1,
    currency: { code: "CNY", ratePerCny: new Money(1) },
    shiftToWorkday: false,
  };
  const values = [
    ["ID", "Right type", "Filing date", "Grant date", "Status"],
    ["CN1", "发明", "2018-02-30", "", ""],
    ["", "发明", "2018-07-09", "", "granted?"],
    ["CN3", "实用新型", "2018-07-09", "2017-01-01", ""],
  ];
  const run = (language: Language) =>
    planRunToEnd(
      { portfolio: { sheet: "P", top: 1, left: 0, values } },
      settings,
      language
    ).issues.map((issue) => `${issue.row}${issue.column}: ${issue.message}`);

  it("Japanese", () => {
    expect(run("ja")).toEqual([
      "2C: 出願日「2018-02-30」は暦にない日付です。",
      "3A: ID が空欄です：出願番号または特許番号を入力してください。",
      `3E: ステータス「granted?」は不明です：審査中、登録、消滅、放棄（または pending/granted/lapsed/abandoned、审查中/授权/失效/放弃）を使ってください。`,
      "4D: 登録日 2017-01-01 が出願日 2018-07-09 より前です。",
    ]);
  });

  it("Chinese and English", () => {
    expect(run("zh")[0]).toBe("2C: 申请日“2018-02-30”不是日历上存在的日期。");
    expect(run("en")[0]).toBe('2C: Filing date "2018-02-30" is not a calendar date.');
  });
});
