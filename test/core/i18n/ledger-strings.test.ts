import { LEDGER_STRINGS, LedgerStringKey, ledgerText } from "../../../src/core/i18n/ledger-strings";

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the ledger messages exist in every language with the same parameters", () => {
  const keys = Object.keys(LEDGER_STRINGS.en) as LedgerStringKey[];
  it.each(keys)("%s", (key) => {
    for (const language of ["ja", "zh"] as const) {
      expect(LEDGER_STRINGS[language][key]).toBeTruthy();
      expect(params(LEDGER_STRINGS[language][key])).toEqual(params(LEDGER_STRINGS.en[key]));
    }
  });

  it("fills the parameters", () => {
    expect(ledgerText("ja", "ledgerTotalRows", { rows: "11" })).toBe(
      "合計行を読み飛ばしました：11。"
    );
  });
});
