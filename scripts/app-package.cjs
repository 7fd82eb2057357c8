/* The app package of the unified manifest, for sideloading and for store submission: a ZIP with
 * manifest.json, its localization files and the colour and outline icons, all at the root
 * (learn.microsoft.com/office/dev/add-ins/testing/sideload-add-in-with-unified-manifest). Built from a
 * webpack output folder (dist/), whose manifest.json already carries the deployment URLs. */
"use strict";

const { existsSync, mkdirSync, readFileSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const { schemaErrors } = require("./manifest-schema.cjs");
const { writeZip } = require("./zip.cjs");

/** The package entries [{ name, data }] from a build folder; throws if a file is missing or invalid. */
function appPackageEntries(distDir, config) {
  const read = (file) => {
    const full = path.join(distDir, file);
    if (!existsSync(full)) throw new Error(`${full} is missing: build first (npx webpack)`);
    return readFileSync(full);
  };
  const manifestBytes = read("manifest.json");
  const manifest = JSON.parse(manifestBytes.toString("utf8"));
  const problems = schemaErrors(manifest, manifest.manifestVersion).map(
    (e) => `manifest.json ${e}`
  );
  const entries = [{ name: "manifest.json", data: manifestBytes }];
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    const data = read(file);
    problems.push(
      ...schemaErrors(
        JSON.parse(data.toString("utf8")),
        manifest.manifestVersion,
        "localization"
      ).map((e) => `${file} ${e}`)
    );
    entries.push({ name: file, data });
  }
  for (const kind of ["color", "outline"]) {
    const icon = config.icons[kind];
    if (manifest.icons[kind] !== icon.file)
      problems.push(`manifest.json icons.${kind} is ${manifest.icons[kind]}, not ${icon.file}`);
    entries.push({ name: icon.file, data: read(icon.source) });
  }
  if (problems.length) throw new Error(`invalid unified manifest:\n${problems.join("\n")}`);
  return entries;
}

/** Writes the package to outFile; returns its entries and the manifest's page URL. */
function writeAppPackage(distDir, outFile, config) {
  const entries = appPackageEntries(distDir, config);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, writeZip(entries));
  const manifest = JSON.parse(entries[0].data.toString("utf8"));
  return { entries, page: manifest.extensions[0].runtimes[0].code.page };
}

module.exports = { appPackageEntries, writeAppPackage };
