import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { config, generatedUnifiedFiles, ROOT } from "../manifest/manifests";

const { writeAppPackage } = require("../../scripts/app-package.cjs");
const { readZip } = require("../../scripts/zip.cjs");

// `npm run package` on a build folder holding what webpack writes: the ZIP has the manifest, its
// localization files and both app icons at its root, and refuses a manifest the schema rejects.
function buildFolder(files: Record<string, unknown>): string {
  const dist = mkdtempSync(path.join(tmpdir(), "app-package-"));
  mkdirSync(path.join(dist, "assets"));
  for (const [name, content] of Object.entries(files))
    writeFileSync(path.join(dist, name), JSON.stringify(content, null, 2));
  for (const icon of [config.icons.color.source, config.icons.outline.source])
    copyFileSync(path.join(ROOT, icon), path.join(dist, icon));
  return dist;
}

let files: Record<string, Record<string, unknown>>;
beforeAll(async () => {
  files = await generatedUnifiedFiles();
}, 60_000);

describe("app package", () => {
  test("holds manifest.json, the ja-jp and zh-cn files and color.png and outline.png", () => {
    const dist = buildFolder(files);
    const out = path.join(dist, "out/ip-cost-planner.zip");
    const { page } = writeAppPackage(dist, out, config);
    expect(page).toBe("https://localhost:3000/taskpane.html");
    const entries = readZip(readFileSync(out));
    const byName = Object.fromEntries(
      entries.map((e: { name: string; data: Buffer }) => [e.name, e.data])
    );
    expect(Object.keys(byName)).toEqual([
      "manifest.json",
      "manifest-ja-jp.json",
      "manifest-zh-cn.json",
      "color.png",
      "outline.png",
    ]);
    expect(JSON.parse(byName["manifest.json"].toString("utf8"))).toEqual(files["manifest.json"]);
    expect(JSON.parse(byName["manifest-ja-jp.json"].toString("utf8"))["name.short"]).toBe(
      "IP Cost Planner（中国特許費用）"
    );
    expect(byName["color.png"].equals(readFileSync(path.join(ROOT, "assets/color-192.png")))).toBe(
      true
    );
    expect(
      byName["outline.png"].equals(readFileSync(path.join(ROOT, "assets/outline-32.png")))
    ).toBe(true);
  });

  test("refuses a manifest that fails the schema, naming the problem", () => {
    const manifest = { ...files["manifest.json"], accentColor: "blue" };
    const dist = buildFolder({ ...files, "manifest.json": manifest });
    expect(() => writeAppPackage(dist, path.join(dist, "x.zip"), config)).toThrow(
      /manifest\.json \/accentColor must match pattern/
    );
  });

  test("refuses a build without its localization files", () => {
    const dist = buildFolder({ "manifest.json": files["manifest.json"] });
    expect(() => writeAppPackage(dist, path.join(dist, "x.zip"), config)).toThrow(
      /manifest-ja-jp\.json is missing/
    );
  });
});
