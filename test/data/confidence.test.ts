import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

// Every figure that says whether it is verified also carries its confidence grade (HIGH, MED, LOW as the
// sources are graded), and the two agree: only HIGH is verified. A grade of UNCONFIRMED ships no value.
function jsonFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith(".json") ? [path] : [];
  });
}

function graded(value: unknown, where: string, found: string[]): void {
  if (Array.isArray(value)) value.forEach((item, i) => graded(item, `${where}[${i}]`, found));
  else if (value && typeof value === "object") {
    const entry = value as Record<string, unknown>;
    if ("verified" in entry) {
      const ok =
        ["HIGH", "MED", "LOW", "UNCONFIRMED"].includes(String(entry.confidence)) &&
        (entry.verified === true) === (entry.confidence === "HIGH");
      // An UNCONFIRMED entry is a placeholder that names what is missing: it must hold no amount.
      if (entry.confidence === "UNCONFIRMED" && entry.amount !== undefined && entry.amount !== null)
        found.push(`${where}: UNCONFIRMED with an amount`);
      if (!ok)
        found.push(
          `${where}: verified ${String(entry.verified)}, confidence ${String(entry.confidence)}`
        );
    }
    for (const [key, item] of Object.entries(entry)) graded(item, `${where}.${key}`, found);
  }
}

describe("data confidence grades", () => {
  it("grade every verified flag, and only HIGH is verified", () => {
    const found: string[] = [];
    for (const file of jsonFiles("src/data"))
      graded(JSON.parse(readFileSync(file, "utf8")), file, found);
    expect(found).toEqual([]);
  });
});
