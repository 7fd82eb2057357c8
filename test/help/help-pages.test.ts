import functionFiles from "../../scripts/function-files.cjs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import help from "../../src/help/function-help.json";
import translations from "../../src/functions/i18n/function-translations.json";
import * as functions from "../../src/functions";
const { localizeMetadata } = require("../../scripts/localize-functions.cjs");
const { renderFunctionPage, escapeHtml } = require("../../scripts/help-pages.cjs");

// Each function has a help page in English, Japanese and Chinese with its rule, source and an example;
// the example's result is what the function really returns.
const CALLS: Record<string, () => unknown> = {
  CN_ANNUITY: () => functions.cnAnnuity("2018-07-09", 4),
  CN_LATEFEE: () => functions.cnLateFee(1200, 2.3),
  CN_LATEFEE_ON: () => functions.cnLateFeeOn(1200, "2021-07-09", "2021-09-19"),
  CN_DUEDATE: () => functions.cnDueDate("2018-07-09", 4),
  CN_GRACE_END: () => functions.cnGraceEnd("2018-07-09", 4, true),
  CN_ANNUITY_YEAR: () => functions.cnAnnuityYear("1999-06-01", "2000-05-31"),
  CN_TERM_END: () => functions.cnTermEnd("2018-07-09"),
  CN_SCHEDULE: () => {
    const rows = functions.cnSchedule("1997-06-03", null, "2001-08-01");
    return `${rows.length} rows from ${rows[0].join(", ")}`;
  },
  CN_COST_TO_EXPIRY: () => functions.cnCostToExpiry("2020-01-01", null, "2020-01-01"),
  SUBSIDY: () => functions.subsidy("SZ-2021", "grant", "US", "2021-05-01"),
  CN_NEXT_PAYMENT: () => functions.cnNextPayment("2017-10-01", 8, "2025-11-05")[0].join(", "),
};
type Entry = {
  example: { formula: string; result: string };
  source: string;
  rule: Record<string, string>;
};
const entries = help.functions as Record<string, Entry>;

describe("help pages", () => {
  let metadata: {
    functions: {
      id: string;
      name: string;
      description: string;
      parameters: { name: string; description: string; optional?: boolean }[];
    }[];
  };
  beforeAll(async () => {
    metadata = JSON.parse(
      (await generateCustomFunctionsMetadata(functionFiles, true)).metadataJson
    );
  }, 60_000);

  it("has an entry with rule in en/ja/zh, a source and an example for every function", () => {
    expect(Object.keys(entries).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    for (const entry of Object.values(entries)) {
      for (const language of ["en", "ja", "zh"])
        expect(entry.rule[language].length).toBeGreaterThan(20);
      expect(entry.source.length).toBeGreaterThan(10);
    }
  });

  it("shows examples whose results the functions really return", () => {
    for (const [id, entry] of Object.entries(entries))
      expect(String(CALLS[id]())).toBe(entry.example.result);
  });

  it.each(["en", "ja", "zh"])(
    "renders the %s page with the signature, every argument and the rule",
    (language) => {
      const localized =
        language === "en" ? metadata : localizeMetadata(metadata, translations, language);
      for (const fn of localized.functions) {
        const html: string = renderFunctionPage(fn, entries[fn.id], language);
        expect(html).toContain(`<code>${escapeHtml(`=IP.${fn.name}(`)}`);
        for (const p of fn.parameters) expect(html).toContain(escapeHtml(p.description));
        expect(html).toContain(escapeHtml(entries[fn.id].rule[language]));
        expect(html).not.toMatch(/<script/i);
      }
    }
  );

  it("escapes text, so a quote in an example cannot break the page", () => {
    expect(escapeHtml('=IP.X("<b>")')).toBe("=IP.X(&quot;&lt;b&gt;&quot;)");
  });
});
