import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Every committed icon, the unified manifest's colour and outline icons included, is exactly what
// scripts/make-icons.mjs draws: no PNG in assets/ is edited by hand.
describe("make-icons", () => {
  test("redraws every PNG of assets/ byte for byte", () => {
    const out = mkdtempSync(path.join(tmpdir(), "icons-"));
    const run = spawnSync(process.execPath, ["scripts/make-icons.mjs", out], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const committed = readdirSync("assets").filter((f) => f.endsWith(".png"));
    expect(readdirSync(out).sort()).toEqual(committed.sort());
    expect(committed).toEqual(expect.arrayContaining(["color-192.png", "outline-32.png"]));
    for (const file of committed)
      expect(readFileSync(path.join(out, file)).equals(readFileSync(`assets/${file}`))).toBe(true);
  }, 60_000);
});
