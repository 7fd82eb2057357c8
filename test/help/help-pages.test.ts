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
  EP_RENEWAL: () => functions.epRenewal(3, "2026-05-31"),
  EP_DUEDATE: () => functions.epDueDate("2024-03-20", 3, "2023-09-28"),
  UP_RENEWAL: () => functions.upRenewal(10, true, "2026-09-30"),
  RENEWAL: () => functions.renewal("DE", 9, "2026-11-30"),
  JP_ANNUITY: () => functions.jpAnnuity(4, 10, null, null, "2028-06-12"),
  JP_DUEDATE: () => functions.jpDueDateCell("2025-06-12", 4),
  US_MAINTENANCE: () => functions.usMaintenance(1, "micro", "2025-02-20"),
  US_DUEDATE: () => functions.usDueDateCell("2021-08-31", 1),
  KR_ANNUITY: () => functions.krAnnuity(7, 20, "2025-07-16"),
  LPR: () => functions.lpr("2024-03-15", "5Y"),
  LOAN_INTEREST: () => functions.loanInterest(5000000, 0.042, "2023-12-15", "2024-12-14"),
  LOAN_INTEREST_SUBSIDY: () =>
    functions.loanInterestSubsidy(5000000, 0.042, "2023-12-15", "2024-12-14", "CN-BJ-2024"),
  FEE_SUBSIDY: () => functions.feeSubsidyCell(50000, "valuation", "CN-BJ-2024"),
  RISK_SHARE: () => functions.riskShare(4000000, 1000000, "fund"),
  PLEDGE_CAPACITY: () => functions.pledgeCapacityCell(6000000, "invention", null, "BOCOM-2006"),
  VALUE_SCORE: () => functions.valueScoreCell(80, 60, 40, 0.5, 0.2, 0.3),
  SCHEDULE: () => {
    const rows = functions.schedule("EP", "2024-03-20");
    return `${rows.length} rows from ${rows[0].join(", ")}`;
  },
  LATEFEE: () => functions.lateFeeAnyOffice("EP", 690, "2026-03-31", "2026-05-15"),
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
