/* The unified manifest describes the same add-in as manifest.xml: the same id/name/locale/icon checks,
 * compared value by value with the XML (the id is the exception: Microsoft asks for a new GUID, and the
 * XML add-in's id goes into "alternates" so that Office shows one of the two). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { config, DEV_BASE_URL, generatedUnifiedFiles, pngSize, ROOT, xml } from "./manifests";

// Loose shapes: these tests read the generated JSON, whose schema test is unified-manifest-schema.test.ts.

type Any = any;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BUTTON = "extensions[0].ribbons[0].tabs[0].groups[0].controls[0]";

let files: Record<string, Any>;
let manifest: Any;
let extension: Any;
let runtime: Any;
beforeAll(async () => {
  files = await generatedUnifiedFiles();
  manifest = files["manifest.json"];
  extension = manifest.extensions[0];
  runtime = extension.runtimes[0];
}, 60_000);

/** RGBA pixels of a PNG written by scripts/make-icons.mjs (8-bit RGBA, filter type 0 on every row). */
function rgbaPixels(file: string): number[][] {
  const png = readFileSync(file);
  const [width, height] = pngSize(file);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("ascii");
    if (type === "IHDR") expect([png[at + 16], png[at + 17]]).toEqual([8, 6]);
    if (type === "IDAT") idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels: number[][] = [];
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    expect(raw[row]).toBe(0);
    for (let x = 0; x < width; x++) {
      const i = row + 1 + x * 4;
      pixels.push([raw[i], raw[i + 1], raw[i + 2], raw[i + 3]]);
    }
  }
  return pixels;
}

describe("manifest.json and manifest.xml", () => {
  test("ids: a GUID of its own, and the XML add-in's id hidden behind it", () => {
    expect(manifest.id).toMatch(GUID);
    expect(xml.id).toMatch(GUID);
    expect(manifest.id).not.toBe(xml.id);
    expect(extension.alternates[0].hide).toEqual({
      customOfficeAddin: { officeAddinId: xml.id },
    });
    expect(`${manifest.version}.0`).toBe(xml.version);
  });

  test("names and descriptions, in English and in each locale", () => {
    expect(manifest.developer.name).toBe(xml.provider);
    expect(manifest.name.short).toBe(xml.displayName.en);
    expect(manifest.description.full).toBe(xml.description.en);
    for (const locale of ["ja-jp", "zh-cn"]) {
      const file = files[`manifest-${locale}.json`];
      expect(file["name.short"]).toBe(xml.displayName[locale]);
      expect(file["description.full"]).toBe(xml.description[locale]);
      expect(file["description.short"]).not.toBe(manifest.description.short);
    }
  });

  test("locales: the default and the same two overrides as the XML", () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe(xml.defaultLocale.toLowerCase());
    const xmlLocales = Object.keys(xml.displayName).filter((l) => l !== "en");
    expect(xmlLocales).toEqual(["ja-jp", "zh-cn"]);
    expect(manifest.localizationInfo.additionalLanguages).toEqual(
      xmlLocales.map((l) => ({ languageTag: l, file: `manifest-${l}.json` }))
    );
  });

  test("app icons: colour 192x192, outline 32x32 white on transparency", () => {
    expect(manifest.icons).toEqual({ color: "color.png", outline: "outline.png" });
    expect(pngSize(path.join(ROOT, config.icons.color.source))).toEqual([192, 192]);
    const outline = path.join(ROOT, config.icons.outline.source);
    expect(pngSize(outline)).toEqual([32, 32]);
    const pixels = rgbaPixels(outline);
    expect(pixels.filter(([r, g, b, a]) => a > 0 && (r < 255 || g < 255 || b < 255))).toEqual([]);
    expect(pixels.some(([, , , a]) => a === 0)).toBe(true);
    expect(pixels.some(([, , , a]) => a === 255)).toBe(true);
  });

  test("ribbon and add-in icons are the XML's, at the same sizes", () => {
    const group = extension.ribbons[0].tabs[0].groups[0];
    const bySize = (icons: Any[]) => Object.fromEntries(icons.map((i) => [String(i.size), i.url]));
    expect(bySize(group.icons)).toEqual(xml.groupIcons);
    expect(bySize(group.controls[0].icons)).toEqual(xml.buttonIcons);
    expect(extension.alternates[0].alternateIcons).toEqual({
      icon: { size: 32, url: xml.iconUrl },
      highResolutionIcon: { size: 64, url: xml.highResolutionIconUrl },
    });
    for (const [size, url] of Object.entries(xml.groupIcons))
      expect(pngSize(path.join(ROOT, "assets", path.basename(String(url))))).toEqual([
        +size,
        +size,
      ]);
  });

  test("one long-lived runtime on the task pane page, with the custom functions", () => {
    expect(extension.runtimes).toHaveLength(1);
    expect(runtime.lifetime).toBe("long");
    expect(runtime.code).toEqual({
      page: xml.resource.get("Taskpane.Url")!.en,
      script: xml.resource.get("Functions.Script.Url")!.en,
    });
    expect(extension.requirements).toEqual({
      scopes: ["workbook"],
      capabilities: xml.requirementSets,
    });
    const cf = runtime.customFunctions;
    const namespace = xml.resource.get("Functions.Namespace")!.en;
    expect(cf.namespace).toEqual({ id: namespace, name: namespace });
    expect(cf.metadataUrl).toBe(xml.resource.get("Functions.Metadata.Url")!.en);
    expect(cf.functions.map((f: Any) => f.id)).toEqual(
      expect.arrayContaining(["CN_ANNUITY", "CN_SCHEDULE", "SUBSIDY"])
    );
    const schedule = cf.functions.find((f: Any) => f.id === "CN_SCHEDULE");
    expect(schedule.result).toEqual({ dimensionality: "matrix" });
    expect(schedule.parameters[0].name).toBe("filingDate");
  });

  test("Japanese and Chinese Excel get the localized function metadata, as from the XML", () => {
    const xmlMetadata = xml.resource.get("Functions.Metadata.Url")!;
    for (const locale of ["ja-jp", "zh-cn"]) {
      expect(
        files[`manifest-${locale}.json`]["extensions[0].runtimes[0].customFunctions.metadataUrl"]
      ).toBe(xmlMetadata[locale]);
    }
  });

  test("the ribbon button opens the task pane, labelled as in the XML", () => {
    const tab = extension.ribbons[0].tabs[0];
    expect(tab.builtInTabId).toBe(xml.tabId);
    expect(tab.groups[0].id).toBe(xml.groupId);
    const button = tab.groups[0].controls[0];
    expect(button.id).toBe(xml.buttonId);
    expect(runtime.actions).toEqual([{ id: button.actionId, type: "openPage" }]);
    const label = xml.resource.get("PaneButton.Label")!;
    const tooltip = xml.resource.get("PaneButton.Tooltip")!;
    expect(button.label).toBe(label.en);
    expect(button.supertip).toEqual({ title: label.en, description: tooltip.en });
    for (const locale of ["ja-jp", "zh-cn"]) {
      const file = files[`manifest-${locale}.json`];
      expect(file[`${BUTTON}.label`]).toBe(label[locale]);
      expect(file[`${BUTTON}.supertip.description`]).toBe(tooltip[locale]);
    }
  });

  test("every URL is https on the deployment base, and a permission equal to ReadWriteDocument", () => {
    const text = JSON.stringify(files);
    const urls = [...text.matchAll(/"(https?:\/\/[^"]+)"/g)]
      .map((m) => m[1])
      .filter((u) => !u.startsWith("https://developer.microsoft.com/json-schemas/"));
    expect(urls.length).toBeGreaterThan(20);
    for (const u of urls) expect(u.startsWith(DEV_BASE_URL)).toBe(true);
    expect(xml.permissions).toBe("ReadWriteDocument");
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: "Document.ReadWrite.User", type: "Delegated" },
    ]);
  });
});
