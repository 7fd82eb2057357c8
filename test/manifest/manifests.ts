/* Shared by the manifest tests: the values of manifest.xml, and the unified manifest files generated the
 * way the build generates them (manifest.config.cjs + the functions.json of the real function files). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import functionFiles from "../../scripts/function-files.cjs";

export const ROOT = path.resolve(__dirname, "../..");
export const DEV_BASE_URL = "https://localhost:3000/";
export const config = require("../../manifest.config.cjs");
const { unifiedManifestFiles } = require("../../scripts/unified-manifest.cjs");

type Node = Record<string, unknown>;
export type Localized = Record<string, string>;

const tree = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["bt:Image", "bt:Url", "bt:String", "bt:Override", "Override"].includes(name),
}).parse(readFileSync(path.join(ROOT, "manifest.xml"), "utf8")) as Node;

const app = tree.OfficeApp as Node;
const overrides = app.VersionOverrides as Node;
const resources = overrides.Resources as Node;

/** An element with DefaultValue and <Override Locale Value> children as { en, "ja-jp", … }. */
function localized(element: Node, overrideTag = "Override"): Localized {
  const values: Localized = { en: element["@DefaultValue"] as string };
  for (const o of (element[overrideTag] as Node[]) ?? [])
    values[o["@Locale"] as string] = o["@Value"] as string;
  return values;
}

const resource = new Map<string, Localized>();
for (const [group, item] of [
  ["bt:Images", "bt:Image"],
  ["bt:Urls", "bt:Url"],
  ["bt:ShortStrings", "bt:String"],
  ["bt:LongStrings", "bt:String"],
]) {
  for (const entry of (resources[group] as Node)[item] as Node[])
    resource.set(entry["@id"] as string, localized(entry, "bt:Override"));
}
const host = (overrides.Hosts as Node).Host as Node;
const tab = ((host.DesktopFormFactor as Node).ExtensionPoint as Node).OfficeTab as Node;
const group = tab.Group as Node;
const control = group.Control as Node;
const bySize = (images: Node[]) =>
  Object.fromEntries(images.map((i) => [i["@size"], resource.get(i["@resid"] as string)!.en]));
const sets = ((app.Requirements as Node).Sets as Node).Set as Node[];

/** The values manifest.xml carries, in plain form. */
export const xml = {
  id: app.Id as string,
  version: app.Version as string,
  provider: app.ProviderName as string,
  defaultLocale: app.DefaultLocale as string,
  displayName: localized(app.DisplayName as Node),
  description: localized(app.Description as Node),
  iconUrl: (app.IconUrl as Node)["@DefaultValue"] as string,
  highResolutionIconUrl: (app.HighResolutionIconUrl as Node)["@DefaultValue"] as string,
  supportUrl: (app.SupportUrl as Node)["@DefaultValue"] as string,
  permissions: app.Permissions as string,
  requirementSets: sets.map((s) => ({ name: s["@Name"], minVersion: s["@MinVersion"] })),
  resource,
  tabId: tab["@id"] as string,
  groupId: group["@id"] as string,
  groupLabel: resource.get((group.Label as Node)["@resid"] as string)!,
  groupIcons: bySize((group.Icon as Node)["bt:Image"] as Node[]),
  buttonId: control["@id"] as string,
  buttonIcons: bySize((control.Icon as Node)["bt:Image"] as Node[]),
};

/** The files the build writes: manifest.json and manifest-<locale>.json, for the development URL. */
export async function generatedUnifiedFiles(): Promise<Record<string, Node>> {
  const generated = await generateCustomFunctionsMetadata(functionFiles, true);
  expect(generated.errors).toEqual([]);
  return unifiedManifestFiles(config, DEV_BASE_URL, JSON.parse(generated.metadataJson));
}

export function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}
