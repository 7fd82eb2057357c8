/* global describe, expect, it */
import subsidiesJson from "../../../src/data/subsidies.json";
import { BUILT_IN_PROGRAMMES, SubsidyRule } from "../../../src/core/subsidy";
import { builtIn } from "./helpers";

// The built-in rows against the table they come from (JETRO Hong Kong report of 2021-04-13, table 2
// 「深圳市市場監督管理局による金銭的な知財支援の例」) and against docs/subsidies.md.
describe("built-in subsidy data", () => {
  const rule = (id: string): SubsidyRule => {
    const found = BUILT_IN_PROGRAMMES.flatMap((programme) => programme.rules).find(
      (r) => r.id === id
    );
    if (!found) throw new Error(`no rule ${id}`);
    return found;
  };
  const amountOf = (id: string) => rule(id).amount?.toString();

  it.each([
    // [rule, amount, seed text]
    ["SZ-2021/cn-invention-grant", "2500", "出願人向け：2500 元/件"],
    ["SZ-2021/cn-invention-grant-agent", "1000", "代理人向け：1000 元/件"],
    ["SZ-2021/foreign-patent-jp", "40000", "日米欧 4 万元/件"],
    ["SZ-2021/foreign-patent-us", "40000", "日米欧 4 万元/件"],
    ["SZ-2021/foreign-patent-ep", "40000", "日米欧 4 万元/件"],
    ["SZ-2021/foreign-patent-other", "10000", "その他 1 万元/件"],
    ["SZ-2021/pct-publication", "10000", "PCT：1 万元/件"],
    ["SZ-2021/madrid-trademark", "1000", "マドプロ：1000 元/件"],
    ["SZ-2021/foreign-trademark-euipo-oapi-aripo", "3000", "EUIPO/OAPI/ARIPO：3000 元/件"],
    ["SZ-2021/foreign-trademark-other", "1000", "外国：1000 元/件"],
    ["SZ-2021/collective-mark", "200000", "証明商標・団体商標：20 万元/件"],
    ["SZ-2021/geographical-indication", "500000", "地理的表示：50 万元/件"],
    ["SZ-2021/software-copyright", "300", "年登録 20 件以上で 300 元/件"],
    ["SZ-2021/copyright-registration", "200", "年登録 5 件以上で 200 元/件"],
  ])("%s pays %s (seed: 「%s」) and quotes the seed", (id, amount, seedText) => {
    expect(amountOf(id)).toBe(amount);
    expect(rule(id).source).toContain(seedText);
  });

  it("holds the seed's caps and conditions for Shenzhen 2021", () => {
    // 「年間上限 5 件」, 「初めての出願人は 7500 元を追加補助」, 「年間上限 200 万元」, 「最大 20 国・地域まで」 (20 × 1,000),
    // 「年間上限 3 件」, 「年登録 20 件以上」, 「年登録 5 件以上」
    expect(rule("SZ-2021/cn-invention-grant")).toMatchObject({ perYearCountCap: 5 });
    expect(rule("SZ-2021/cn-invention-grant").firstTimeBonus?.toString()).toBe("7500");
    expect(rule("SZ-2021/cn-invention-grant-agent").perYearAmountCap?.toString()).toBe("2000000");
    expect(rule("SZ-2021/cn-invention-grant-agent").beneficiary).toBe("agent");
    expect(rule("SZ-2021/madrid-trademark").perCaseCap?.toString()).toBe("20000");
    expect(rule("SZ-2021/foreign-trademark-other").perYearCountCap).toBe(3);
    expect(rule("SZ-2021/software-copyright").perYearMinCount).toBe(20);
    expect(rule("SZ-2021/copyright-registration").perYearMinCount).toBe(5);
    expect(rule("SZ-2021/pct-publication").trigger).toBe("publication"); // 「国際公開後に付与」
  });

  it("marks Shenzhen 2021 historic and unverified, because its period 2021-01-01..2021-12-31 is assumed", () => {
    const sz2021 = builtIn("SZ-2021");
    expect(sz2021.rules.every((r) => r.status === "historic" && !r.verified)).toBe(true);
    expect(sz2021.rules.every((r) => r.source.includes("assumed"))).toBe(true);
  });

  it("holds the later rules of docs/subsidies.md", () => {
    expect(amountOf("SZ-2022/cn-invention-grant")).toBe("1500");
    expect(amountOf("SZ-2022/foreign-patent-ep")).toBe("17000");
    expect(amountOf("SZ-2022/foreign-patent-us")).toBe("4500");
    expect(amountOf("SZ-2022/foreign-patent-jp")).toBe("4500");
    expect(rule("SZ-2022/per-entity-per-year").perYearAmountCap?.toString()).toBe("10000000");
    expect(rule("CNIPA-2021/grant-subsidies-within-half-of-official-fees").rate?.toString()).toBe(
      "0.5"
    );
    expect(rule("SZ-INS-2024/premium-half")).toMatchObject({ costBase: "premium" });
    expect(rule("SZ-INS-2024/premium-half").perYearAmountCap?.toString()).toBe("200000");
    expect(rule("JP-JETRO/patent")).toMatchObject({ currency: "JPY", costBase: "filing-costs" });
    expect(rule("JP-JETRO/patent").perCaseCap?.toString()).toBe("1500000");
    expect(rule("JP-JETRO/utility-design-trademark").perCaseCap?.toString()).toBe("600000");
    expect(rule("JP-JETRO/per-company-per-year").perYearAmountCap?.toString()).toBe("3000000");
    expect(rule("SZ-HETAO/overseas-annuity-half").status).toBe("draft");
  });

  it("gives every row a source and a verified flag, and marks the unverified ones false", () => {
    for (const row of subsidiesJson.rules) {
      expect(row.source.length).toBeGreaterThan(20);
      expect(typeof row.verified).toBe("boolean");
    }
    // No row was checked against an official text in this project (see each source).
    expect(subsidiesJson.rules.filter((row) => row.verified)).toEqual([]);
  });

  it("ends the CNIPA 50% limit on 2024-12-31 ('all grant subsidies end before 2025') and SZ-2022 on 2023-12-31", () => {
    const cnipaLimit = builtIn("CNIPA-2021").rules.find(
      (rule) => rule.id === "CNIPA-2021/grant-subsidies-within-half-of-official-fees"
    )!;
    expect(cnipaLimit.effectiveTo).toBe(Date.UTC(2024, 11, 31) / 86_400_000);
    expect(builtIn("SZ-2022").effectiveTo).toBe(Date.UTC(2023, 11, 31) / 86_400_000);
  });
});
