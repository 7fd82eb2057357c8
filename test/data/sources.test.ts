import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { render } from "../../scripts/sources.cjs";

function jsonFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith(".json") ? [path] : [];
  });
}

// Every figure must be auditable from the repository alone: the list of sources is generated from the
// data, and nothing shipped or documented cites a file outside the repository.
describe("docs/sources.md", () => {
  it("is what scripts/sources.cjs generates from src/data today (run it after changing data)", () => {
    expect(readFileSync("docs/sources.md", "utf8")).toBe(render());
  });

  it("cites public documents, never a file outside the repository", () => {
    const text = render();
    expect(text).not.toMatch(/shared\/domain|shared\/seeds|\.\.\/shared|\bseed 00\d/);
    // The CNIPA fee standard is named with its own title.
    expect(text).toContain("CNIPA 专利收费、集成电路布图设计收费标准");
  });
});

// A reading is a fact someone recorded: the day they read the public document and checked its figures.
describe("sourceReadOn in the data", () => {
  const readings: { where: string; value: unknown; holder: Record<string, unknown> }[] = [];
  const walk = (value: unknown, where: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${where}[${i}]`));
    else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if ("sourceReadOn" in record)
        readings.push({ where, value: record.sourceReadOn, holder: record });
      for (const [key, item] of Object.entries(record)) walk(item, `${where}.${key}`);
    }
  };
  for (const file of jsonFiles("src/data")) walk(JSON.parse(readFileSync(file, "utf8")), file);

  it("sits only on a source record with a title, as a past yyyy-mm-dd day", () => {
    const bad = readings.filter(
      ({ value, holder }) =>
        typeof holder.title !== "string" ||
        typeof value !== "string" ||
        !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
        Date.parse(`${value}T00:00:00Z`) > Date.now() + 86_400_000
    );
    expect(bad.map((r) => `${r.where}: ${String(r.value)}`)).toEqual([]);
    expect(readings.length).toBeGreaterThan(0);
  });

  it("shows in docs/sources.md as the day read, and 'not recorded' where nobody read the source", () => {
    const text = render();
    // The JPO notice of 2021-12 on the 2022 fee change was read (a stored copy) on 2026-12-01.
    expect(text).toMatch(
      /JPO, 令和3年特許法等改正に伴う料金改定のお知らせ.*2022_ryokinkaitei\.html> \(read on 2026-12-01; stored copy/
    );
    // The CN floor schedule (carried back to 1985) was never read against a document of its time.
    expect(text).toContain(
      "- CNIPA 专利收费、集成电路布图设计收费标准 <https://www.cnipa.gov.cn/module/download/down.jsp?i_ID=155983&colID=1518> (read on: not recorded)"
    );
    for (const line of text.split("\n").filter((l) => l.startsWith("- ")))
      expect(line).toMatch(/\(read on(: not recorded| \d{4}-\d{2}-\d{2})/);
  });
});
