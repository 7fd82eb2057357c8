import { isoToDay } from "../../src/core/dates/civil";
import { DomainError } from "../../src/core/errors/domain-error";
import { defaultSettings, toProjectionSettings } from "../../src/taskpane/pane-settings";
import { settingsErrorText } from "../../src/taskpane/settings-error-text";

const today = isoToDay("2026-11-23");
const errorOf = (change: object): DomainError => {
  try {
    toProjectionSettings({ ...defaultSettings("en"), ...change }, today);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error("expected a settings error");
};

describe("settings errors speak the pane's language", () => {
  it("a horizon of 0 in Chinese and Japanese", () => {
    const error = errorOf({ horizonYears: 0 });
    expect(settingsErrorText("zh", error)).toMatch(/^预测期 0 须为 1 到 \d+ 之间的整数（年）。$/);
    expect(settingsErrorText("ja", error)).toMatch(
      /^予測期間 0 は 1 から \d+ までの整数（年）にしてください。$/
    );
  });

  it("an as-of date that is not a date, with the text typed", () => {
    expect(settingsErrorText("ja", errorOf({ asOf: "11/23/2026" }))).toBe(
      "基準日「11/23/2026」は日付ではありません：yyyy-mm-dd、yyyy/mm/dd、yyyy年m月d日で入力するか、空欄（今日）にしてください。"
    );
  });

  it("a rate that is not a number, naming the currency", () => {
    expect(settingsErrorText("zh", errorOf({ currency: "jpy", rate: "abc" }))).toBe(
      "汇率“abc”不是每人民币对应的 JPY 正数（有效数字不超过 12 位，例如 JPY 为 19）。"
    );
  });

  it("a month of 13 in English", () => {
    expect(settingsErrorText("en", errorOf({ fiscalYearStartMonth: 13 }))).toBe(
      "Fiscal year start 13 must be a month from 1 to 12."
    );
  });
});
