import programmesJson from "../../src/data/finance/programmes.json";
import { BUILT_IN_FINANCE_PROGRAMMES } from "../../src/core/finance/built-in";
import {
  BUILT_IN_PROGRAMME_TEXTS,
  loadProgrammeTexts,
} from "../../src/core/finance/programme-texts";
import { PROGRAMME_TEXT_KEYS, loadFinanceProgrammes } from "../../src/core/finance/programmes";

const { bundled, partOf, TEXTS_APART } = require("../../scripts/doc-free-data.cjs");

// The bundles hold finance/programmes.json as two modules (webpack.config.js): the figures, which the
// custom functions load (built-in.ts), and each programme's id with its issuer and document, which only
// the Finance sheet shows (programme-texts.ts, in the pane's run code). Tests read the whole file in both,
// so these check that the two parts, as the bundles have them, make the same programmes and texts.
const FILE = "finance/programmes.json";
const figures = partOf(bundled(programmesJson, FILE), FILE, "figures");
const texts = partOf(bundled(programmesJson, FILE), FILE, "texts");

describe("the finance programmes' texts apart from their figures", () => {
  test("the loader's text keys are the ones the texts module reads", () => {
    expect(TEXTS_APART[FILE].texts).toEqual([...PROGRAMME_TEXT_KEYS]);
  });

  test("the figures make the same programmes as the whole file, with no issuer or document", () => {
    expect(loadFinanceProgrammes(figures)).toEqual(BUILT_IN_FINANCE_PROGRAMMES);
    expect(JSON.stringify(figures)).not.toMatch(/"(issuer|document)":/);
    expect(BUILT_IN_FINANCE_PROGRAMMES).toHaveLength(programmesJson.programmes.length); // 10
  });

  test("the texts give each programme its issuer and document, as the file has them", () => {
    expect(loadProgrammeTexts(texts)).toEqual(BUILT_IN_PROGRAMME_TEXTS);
    expect(BUILT_IN_PROGRAMME_TEXTS.get("CN-BJ-2024")).toEqual({
      issuer: "Beijing Municipal Intellectual Property Office (北京市知识产权局)",
      document:
        "北京市促进知识产权质押融资服务高质量发展专项资金 under 《关于促进北京市知识产权质押融资服务高质量发展的实施方案》",
    });
    expect([...BUILT_IN_PROGRAMME_TEXTS.keys()].sort()).toEqual(
      BUILT_IN_FINANCE_PROGRAMMES.map((programme) => programme.id).sort()
    );
  });

  test("a programme without its issuer is refused where the texts are read, naming it", () => {
    const withoutIssuer = { ...texts.programmes[0], issuer: undefined };
    expect(() => loadProgrammeTexts({ programmes: [withoutIssuer] })).toThrow(
      "programmes[0].issuer"
    );
  });
});
