/* Offline validation of the unified manifest and its localization files against the JSON schemas that
 * @microsoft/app-manifest bundles (the package the Office and Teams tooling validates with). The schemas
 * are draft-04, hence ajv-draft-04; formats as that package enables them (uri, email, regex). */
"use strict";

const path = require("node:path");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const SCHEMA_DIR = path.join(
  path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build/json-schemas/teams"
);

/** The bundled schema file of a manifest version ("1.30", "devPreview"). */
function schemaPath(manifestVersion, kind = "manifest") {
  const folder = manifestVersion === "devPreview" ? "vDevPreview" : `v${manifestVersion}`;
  const file =
    kind === "localization"
      ? "MicrosoftTeams.Localization.schema.json"
      : "MicrosoftTeams.schema.json";
  return path.join(SCHEMA_DIR, folder, file);
}

const compiled = new Map();
function validatorFor(file, kind) {
  if (!compiled.has(file)) {
    // The localization schema has patterns that are invalid with the regex "u" flag (a lone "]" in
    // ^activities.activityTypes\[\b(…)\b]…), so its patterns compile without it; the manifest schema
    // needs the flag (function names: ^[\p{L}][\p{L}0-9._]*$).
    const unicodeRegExp = kind !== "localization";
    const ajv = new Ajv({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp });
    addFormats(ajv, ["uri", "email", "regex"]);
    compiled.set(file, ajv.compile(require(file)));
  }
  return compiled.get(file);
}

/** Schema errors of a document as readable lines; [] when it is valid. */
function schemaErrors(document, manifestVersion, kind = "manifest") {
  const validate = validatorFor(schemaPath(manifestVersion, kind), kind);
  if (validate(JSON.parse(JSON.stringify(document)))) return [];
  return validate.errors.map((e) =>
    `${e.instancePath || "/"} ${e.message} ${e.params ? JSON.stringify(e.params) : ""}`.trim()
  );
}

module.exports = { schemaPath, schemaErrors };
