import subsidiesJson from "../../src/data/subsidies.json";
import { BUILT_IN_PROGRAMMES, joinRuleTexts } from "../../src/core/subsidy/built-in";
import {
  BUILT_IN_PROGRAMME_FIGURES,
  BUILT_IN_RULE_ROWS,
} from "../../src/core/subsidy/built-in-figures";
import { RULE_TEXT_KEYS, loadProgrammes } from "../../src/core/subsidy/load-programmes";
import { perCaseAmount } from "../../src/core/subsidy/per-case";
import { isoToDay } from "../../src/core/dates/civil";

const { partOf, TEXTS_APART } = require("../../scripts/doc-free-data.cjs");

// The bundles hold subsidies.json as two modules (webpack.config.js): the figures, which the custom
// functions load, and each rule's id with its name, conditions and source, which the pane's run code
// joins back. Tests read the whole file in both, so these check that the two parts make the whole.
const figures = partOf(subsidiesJson, "subsidies.json", "figures");
const texts = partOf(subsidiesJson, "subsidies.json", "texts");

describe("the subsidy programmes' texts apart from their figures", () => {
  test("the loader's text keys are the ones the programme loader leaves unread", () => {
    expect(TEXTS_APART["subsidies.json"].texts).toEqual([...RULE_TEXT_KEYS]);
  });

  test("the figures hold no text key, the texts nothing else, and each rule is in both", () => {
    expect(figures.rules).toHaveLength(subsidiesJson.rules.length); // 27 rule rows
    for (const row of figures.rules) {
      expect(Object.keys(row).filter((key) => RULE_TEXT_KEYS.includes(key as never))).toEqual([]);
    }
    for (const row of texts.rules) {
      expect(
        Object.keys(row).every((key) => key === "id" || RULE_TEXT_KEYS.includes(key as never))
      ).toBe(true);
    }
    expect(texts.rules.map((row: { id: string }) => row.id)).toEqual(
      subsidiesJson.rules.map((row) => row.id)
    );
    // The figures keep the file's other top-level data (its documenting text is the other loader's).
    expect(Object.keys(figures)).toEqual(Object.keys(subsidiesJson));
  });

  test("joining the texts onto the figures gives back every row of the file", () => {
    expect(joinRuleTexts(figures.rules, texts.rules)).toEqual(subsidiesJson.rules);
    // A row whose texts are missing stays without them, so the loader names its missing source.
    const [first] = figures.rules;
    expect(() => loadProgrammes({ rules: joinRuleTexts([first], []) })).toThrow(
      `subsidies.json rules[0] (${first.id}).source: missing: every figure needs its source.`
    );
  });

  test("the programmes from the figures alone are the built-in ones without their texts", () => {
    const fromFigures = loadProgrammes(figures, "subsidies.json", false);
    const blanked = BUILT_IN_PROGRAMMES.map((programme) => ({
      ...programme,
      name: "",
      rules: programme.rules.map((rule) => ({
        ...rule,
        programmeName: "",
        source: "",
        conditions: undefined,
      })),
    }));
    expect(fromFigures).toEqual(blanked);
    expect(BUILT_IN_PROGRAMME_FIGURES).toEqual(blanked);
    expect(BUILT_IN_RULE_ROWS).toBe(subsidiesJson.rules);
    // The built-in programmes keep every text: SZ-2021's name and each rule's source.
    const sz = BUILT_IN_PROGRAMMES.find((programme) => programme.id === "SZ-2021");
    expect(sz?.name).toBe(
      subsidiesJson.rules.find((r) => r.programme === "SZ-2021")?.programmeName
    );
    expect(
      BUILT_IN_PROGRAMMES.flatMap((p) => p.rules).every((rule) => rule.source.length > 20)
    ).toBe(true);
  });

  test("IP.SUBSIDY's amounts come from the figures as from the whole programmes", () => {
    // Shenzhen 2021 measures: a US grant 40,000 yuan on 2021-05-01 (the example of perCaseAmount).
    const day = isoToDay("2021-05-01");
    expect(perCaseAmount("SZ-2021", "grant", "US", day).toString()).toBe("40000");
    expect(
      perCaseAmount("SZ-2021", "grant", "US", day, { programmes: BUILT_IN_PROGRAMMES }).toString()
    ).toBe("40000");
  });
});
