/* The generated unified manifest and its localization files validate offline against the JSON schemas
 * bundled in @microsoft/app-manifest (the XML manifest keeps the rule checks of manifest.test.ts: no XSD
 * is available offline). */
import { existsSync } from "node:fs";
import { config, generatedUnifiedFiles } from "./manifests";

const { schemaErrors, schemaPath } = require("../../scripts/manifest-schema.cjs");

type Json = Record<string, unknown>;
let files: Record<string, Json>;
beforeAll(async () => {
  files = await generatedUnifiedFiles();
}, 60_000);

describe("unified manifest schema", () => {
  test("the schema of the declared manifest version is bundled", () => {
    expect(config.manifestVersion).toBe("1.30");
    expect(existsSync(schemaPath(config.manifestVersion))).toBe(true);
    expect(existsSync(schemaPath(config.manifestVersion, "localization"))).toBe(true);
    expect(files["manifest.json"].$schema).toBe(
      "https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json"
    );
  });

  test("manifest.json is valid", () => {
    expect(schemaErrors(files["manifest.json"], config.manifestVersion)).toEqual([]);
  });

  test("the ja-jp and zh-cn localization files are valid", () => {
    expect(Object.keys(files).sort()).toEqual([
      "manifest-ja-jp.json",
      "manifest-zh-cn.json",
      "manifest.json",
    ]);
    for (const name of ["manifest-ja-jp.json", "manifest-zh-cn.json"])
      expect(schemaErrors(files[name], config.manifestVersion, "localization")).toEqual([]);
  });

  test("the validator rejects what the schema forbids", () => {
    const withoutDeveloper = { ...files["manifest.json"] };
    delete withoutDeveloper.developer;
    expect(schemaErrors(withoutDeveloper, config.manifestVersion).join("\n")).toMatch(
      /must have required property 'developer'/
    );
    const longName = { ...files["manifest.json"], name: { short: "x".repeat(31) } };
    expect(schemaErrors(longName, config.manifestVersion).join("\n")).toMatch(
      /\/name\/short must NOT have more than 30 characters/
    );
    const badKey = { ...files["manifest-ja-jp.json"], "extensions[0].unknown": "x" };
    expect(schemaErrors(badKey, config.manifestVersion, "localization").join("\n")).toMatch(
      /must NOT have additional properties/
    );
  });
});
