import functionFiles from "../../scripts/function-files.cjs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import table from "../../src/functions/i18n/function-translations.json";
const { LANGUAGES, localizeMetadata } = require("../../scripts/localize-functions.cjs");

// functions-ja.json and functions-zh.json are made from functions.json and the translation table at build
// time; this test fails when any function or parameter lacks a translation in either language.
describe("function metadata translations", () => {
  let metadata: {
    functions: {
      id: string;
      name: string;
      description: string;
      parameters: { name: string; description: string }[];
    }[];
  };
  beforeAll(async () => {
    metadata = JSON.parse(
      (await generateCustomFunctionsMetadata(functionFiles, true)).metadataJson
    );
  }, 60_000);

  it.each(LANGUAGES as string[])(
    "has every function and parameter in %s, same ids and ASCII names",
    (language) => {
      const localized = localizeMetadata(metadata, table, language);
      expect(localized.functions.map((f: { id: string }) => f.id)).toEqual(
        metadata.functions.map((f) => f.id)
      );
      localized.functions.forEach((fn: (typeof metadata.functions)[number], i: number) => {
        expect(fn.name).toBe(metadata.functions[i].name);
        expect(fn.name).toMatch(/^[A-Z_]+$/);
        expect(fn.description).not.toBe(metadata.functions[i].description);
        fn.parameters.forEach((p, j) =>
          expect(p.name).toBe(metadata.functions[i].parameters[j].name)
        );
      });
    }
  );

  it("has no translation for a function or parameter that does not exist", () => {
    for (const language of LANGUAGES as ("ja" | "zh")[]) {
      for (const [id, entry] of Object.entries(table[language])) {
        const fn = metadata.functions.find((f) => f.id === id);
        expect(fn).toBeDefined();
        expect(Object.keys(entry.parameters).sort()).toEqual(
          fn!.parameters.map((p) => p.name).sort()
        );
      }
    }
  });

  it("names the missing entry when a translation is removed", () => {
    const broken = structuredClone(table);
    delete (broken.zh.CN_SCHEDULE.parameters as Record<string, string>).grantDate;
    expect(() => localizeMetadata(metadata, broken, "zh")).toThrow(
      "zh: no translation for CN_SCHEDULE(grantDate)"
    );
  });
});
