/* Offline checks of manifest.xml (Microsoft's validator, `npm run validate`, needs the network and no XSD
 * is published in a package): schema element order, resids, https, icons, shared-runtime wiring. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = path.resolve(__dirname, "../..");
const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
const ordered = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "@",
}).parse(xml) as Node[];
const tree = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["bt:Image", "bt:Url", "bt:String", "bt:Override", "Override"].includes(name),
}).parse(xml) as Node;

/** Element names of the children of the first `name` element, in document order. */
function childNames(nodes: Node[], name: string): string[] {
  for (const node of nodes) {
    const key = Object.keys(node).find((k) => k !== ":@");
    if (!key) continue;
    const children = node[key] as Node[];
    if (key === name) {
      return children.map((c) => Object.keys(c).find((k) => k !== ":@" && k !== "#text") ?? "");
    }
    if (Array.isArray(children)) {
      const found = childNames(children, name);
      if (found.length) return found;
    }
  }
  return [];
}

function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

const app = tree.OfficeApp as Node;
const overrides = app.VersionOverrides as Node;
const resources = overrides.Resources as Node;
const resourceIds = new Map<string, string>();
for (const [group, item] of [
  ["bt:Images", "bt:Image"],
  ["bt:Urls", "bt:Url"],
  ["bt:ShortStrings", "bt:String"],
  ["bt:LongStrings", "bt:String"],
]) {
  for (const entry of (resources[group] as Node)[item] as Node[]) {
    resourceIds.set(entry["@id"] as string, entry["@DefaultValue"] as string);
  }
}

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test("OfficeApp children follow the schema order", () => {
    expect(childNames(ordered, "OfficeApp")).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
    expect(childNames(ordered, "VersionOverrides")).toEqual(["Requirements", "Hosts", "Resources"]);
    expect(childNames(ordered, "Host").filter(Boolean)).toEqual([
      "Runtimes",
      "AllFormFactors",
      "DesktopFormFactor",
    ]);
    expect(childNames(ordered, "DesktopFormFactor")).toEqual([
      "GetStarted",
      "FunctionFile",
      "ExtensionPoint",
    ]);
    expect(childNames(ordered, "Resources")).toEqual([
      "bt:Images",
      "bt:Urls",
      "bt:ShortStrings",
      "bt:LongStrings",
    ]);
  });

  test("has a GUID id, version and the required identity fields", () => {
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toBe("1.0.0.0");
    expect(app.ProviderName).toBe("IP Cost Planner");
    expect(app.DefaultLocale).toBe("en-US");
    expect((app.DisplayName as Node)["@DefaultValue"]).toBe("IP Cost Planner");
    const locales = ((app.Description as Node).Override as Node[]).map((o) => o["@Locale"]);
    expect(locales).toEqual(["ja-jp", "zh-cn"]);
    expect((app.SupportUrl as Node)["@DefaultValue"]).toMatch(/^https:\/\//);
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  test("every resid is defined and at most 32 characters", () => {
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const id of [...used, ...resourceIds.keys()]) expect(id.length).toBeLessThanOrEqual(32);
    for (const id of used) expect(resourceIds.has(id)).toBe(true);
  });

  test("every URL is https", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  test("declares SharedRuntime 1.1 and CustomFunctionsRuntime 1.2", () => {
    for (const sets of [
      ((app.Requirements as Node).Sets as Node).Set,
      ((overrides.Requirements as Node)["bt:Sets"] as Node)["bt:Set"],
    ]) {
      const byName = Object.fromEntries(
        (sets as Node[]).map((s) => [s["@Name"] as string, s["@MinVersion"] as string])
      );
      expect(byName).toEqual({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2" });
    }
  });

  test("wires one shared runtime and the custom functions", () => {
    const host = (overrides.Hosts as Node).Host as Node;
    const runtime = (host.Runtimes as Node).Runtime as Node;
    expect(runtime).toMatchObject({ "@resid": "Taskpane.Url", "@lifetime": "long" });
    const functions = (host.AllFormFactors as Node).ExtensionPoint as Node;
    expect(((functions.Page as Node).SourceLocation as Node)["@resid"]).toBe("Taskpane.Url");
    expect(((functions.Script as Node).SourceLocation as Node)["@resid"]).toBe(
      "Functions.Script.Url"
    );
    expect(resourceIds.get("Functions.Script.Url")).toMatch(/\/functions\.js$/);
    expect(resourceIds.get("Functions.Metadata.Url")).toMatch(/\/functions\.json$/);
    expect(resourceIds.get("Taskpane.Url")).toMatch(/\/taskpane\.html$/);
    expect(resourceIds.get("Functions.Namespace")).toBe("IP");
    expect(((host.DesktopFormFactor as Node).FunctionFile as Node)["@resid"]).toBe("Taskpane.Url");
    expect(xml).not.toContain("<TaskpaneId>");
  });

  test("icons exist at their declared sizes", () => {
    const declared: [string, number][] = [
      [(app.IconUrl as Node)["@DefaultValue"] as string, 32],
      [(app.HighResolutionIconUrl as Node)["@DefaultValue"] as string, 64],
      [resourceIds.get("Icon.16x16") as string, 16],
      [resourceIds.get("Icon.32x32") as string, 32],
      [resourceIds.get("Icon.80x80") as string, 80],
    ];
    for (const [url, size] of declared) {
      const file = path.join(ROOT, "assets", path.basename(new URL(url).pathname));
      expect(pngSize(file)).toEqual([size, size]);
    }
    expect(pngSize(path.join(ROOT, "assets/icon-128.png"))).toEqual([128, 128]);
    expect(pngSize(path.join(ROOT, "assets/logo-filled.png"))).toEqual([128, 128]);
  });
});

describe("manifest.xml for the store", () => {
  const overridesOf = (element: Node) =>
    ((element.Override as Node[]) ?? []).map((o) => o["@Locale"]);

  it("has Japanese and Chinese display name and description", () => {
    expect(overridesOf(app.DisplayName as Node)).toEqual(
      expect.arrayContaining(["ja-jp", "zh-cn"])
    );
    expect(overridesOf(app.Description as Node)).toEqual(
      expect.arrayContaining(["ja-jp", "zh-cn"])
    );
  });

  it("asks only for ReadWriteDocument and has an https SupportUrl", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(((app.SupportUrl as Node)["@DefaultValue"] as string).startsWith("https://")).toBe(true);
  });

  it("points Japanese and Chinese Excel at the localized function metadata", () => {
    const metadata = ((resources["bt:Urls"] as Node)["bt:Url"] as Node[]).find(
      (u) => u["@id"] === "Functions.Metadata.Url"
    )!;
    const byLocale = Object.fromEntries(
      ((metadata["bt:Override"] as Node[]) ?? []).map((o) => [o["@Locale"], o["@Value"]])
    );
    expect(byLocale).toEqual({
      "ja-jp": "https://localhost:3000/functions-ja.json",
      "zh-cn": "https://localhost:3000/functions-zh.json",
    });
  });
});
