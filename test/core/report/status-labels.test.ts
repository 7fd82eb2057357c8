import { planRunToEnd } from "../../../src/core/app/plan-run";
import { MIXED_PORTFOLIO, MIXED_SETTINGS } from "../projection/mixed-office-portfolio";

// The Deadlines sheet's block of other offices: the status in the user's language, and its code in
// English in a column of its own ("Status code", as in the CN block), for formulas.
describe("status labels of other offices' deadlines", () => {
  const block = (language: "en" | "ja" | "zh") =>
    planRunToEnd({ portfolio: MIXED_PORTFOLIO }, MIXED_SETTINGS, language)
      .sheets.find((s) => s.role === "deadlines")!
      .blocks.find((b) => b.rows.some((row) => row[2] === "JP"))!;

  it("shows the label in Japanese and the code beside it, the columns before it in their places", () => {
    const ja = block("ja");
    const en = block("en");
    expect(ja.columns.length).toBe(en.columns.length);
    expect(en.columns[en.columns.length - 1].header).toBe("Status code");
    expect(ja.columns[ja.columns.length - 1].header).toBe("状態コード");
    const jp = (b: typeof ja) => b.rows.find((row) => row[0] === "JP1")!;
    // JP1's year-6 fee is due 2026-12-24, after the as-of date 2026-06-01: upcoming.
    expect(jp(en)[3]).toBe("Upcoming");
    expect(jp(en)[en.columns.length - 1]).toBe("upcoming");
    expect(jp(ja)[ja.columns.length - 1]).toBe("upcoming");
    expect(jp(ja)[3]).toBe("今後");
  });
});
