import { STRINGS, languageOf, translate } from "../../../src/core/i18n/strings";

describe("pane and sheet texts in three languages", () => {
  it("has every key in every language, none empty", () => {
    const keys = Object.keys(STRINGS.en).sort();
    for (const language of ["ja", "zh"] as const) {
      expect(Object.keys(STRINGS[language]).sort()).toEqual(keys);
      for (const key of keys)
        expect(STRINGS[language][key as keyof typeof STRINGS.en].trim()).not.toBe("");
    }
  });

  it("keeps the same {placeholders} in every translation", () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(STRINGS.en) as (keyof typeof STRINGS.en)[]) {
      expect(placeholders(STRINGS.ja[key])).toEqual(placeholders(STRINGS.en[key]));
      expect(placeholders(STRINGS.zh[key])).toEqual(placeholders(STRINGS.en[key]));
    }
  });

  it("chooses the language from Office's display language", () => {
    expect(["ja-JP", "zh-CN", "zh-TW", "en-US", "de-DE", undefined].map(languageOf)).toEqual([
      "ja",
      "zh",
      "zh",
      "en",
      "en",
      "en",
    ]);
  });

  it("fills placeholders", () => {
    expect(translate("ja", "goToCell", { cell: "C5" })).toBe("C5 へ移動");
  });
});
