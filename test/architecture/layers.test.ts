import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

// The layer rule of docs/architecture.md, read from the document itself so the picture and the code
// cannot drift apart: a core file imports only from its own folder or a lower layer, nothing imports in a
// circle, and the runtimes outside the core keep to their own lanes.
const ROOT = resolve(__dirname, "../..");
const SRC = join(ROOT, "src");
const CORE = join(SRC, "core");

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this candidate
    }
  }
  return undefined;
}

/** Every relative import and re-export of a file, resolved to a path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(/(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']/g)) {
    const target = resolveImport(file, match[1]);
    if (target) found.push(target);
  }
  return found;
}

function layerTable(): Map<string, number> {
  const doc = readFileSync(join(ROOT, "docs/architecture.md"), "utf8");
  const ranks = new Map<string, number>();
  for (const line of doc.split("\n")) {
    const row = /^\| (\d+) \| ([a-z0-9, ]+) \|/.exec(line);
    if (!row) continue;
    for (const folder of row[2].split(",")) ranks.set(folder.trim(), Number(row[1]));
  }
  return ranks;
}

const coreFolderOf = (file: string) => relative(CORE, file).split(sep)[0];
const srcFolderOf = (file: string) => relative(SRC, file).split(sep)[0];

describe("layers of docs/architecture.md", () => {
  const ranks = layerTable();
  const coreFiles = filesUnder(CORE);

  test("the document names every folder of src/core, and only those", () => {
    const folders = new Set(coreFiles.map(coreFolderOf));
    expect([...folders].sort()).toEqual([...ranks.keys()].sort());
  });

  test("a core file imports only from its own folder or a lower layer, and nothing outside the core but data", () => {
    const wrong: string[] = [];
    for (const file of coreFiles) {
      for (const target of importsOf(file)) {
        const name = `${relative(ROOT, file)} → ${relative(ROOT, target)}`;
        if (!target.startsWith(CORE + sep)) {
          if (!target.startsWith(join(SRC, "data") + sep)) wrong.push(`${name} (outside the core)`);
          continue;
        }
        const from = coreFolderOf(file);
        const to = coreFolderOf(target);
        if (from !== to && ranks.get(to)! >= ranks.get(from)!)
          wrong.push(`${name} (layer ${ranks.get(from)} → ${ranks.get(to)})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("no import cycle between files of src", () => {
    const files = filesUnder(SRC);
    const edges = new Map(
      files.map((file) => [file, importsOf(file).filter((t) => t.endsWith(".ts"))])
    );
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      state.set(file, "open");
      for (const next of edges.get(file) ?? []) {
        if (state.get(next) === "open") {
          cycles.push(
            [...path.slice(path.indexOf(next)), next].map((f) => relative(ROOT, f)).join(" → ")
          );
        } else if (!state.has(next)) visit(next, [...path, next]);
      }
      state.set(file, "done");
    };
    for (const file of files) if (!state.has(file)) visit(file, [file]);
    expect(cycles).toEqual([]);
  });

  test("the runtimes outside the core import only what docs/architecture.md allows", () => {
    const allowed: Record<string, (target: string) => boolean> = {
      functions: (t) => ["core", "functions"].includes(srcFolderOf(t)),
      excel: (t) => ["core", "excel"].includes(srcFolderOf(t)),
      taskpane: (t) =>
        ["core", "excel", "taskpane"].includes(srcFolderOf(t)) ||
        t === join(SRC, "functions/today.ts"),
      commands: (t) => ["core", "commands"].includes(srcFolderOf(t)),
      preview: (t) =>
        t.startsWith(SRC + sep) || t.startsWith(join(ROOT, "test/excel-double") + sep),
    };
    const wrong: string[] = [];
    for (const [folder, may] of Object.entries(allowed)) {
      for (const file of filesUnder(join(SRC, folder))) {
        for (const target of importsOf(file)) {
          if (
            !may(target) &&
            !target.startsWith(join(SRC, "data") + sep) &&
            !target.startsWith(join(SRC, "help") + sep)
          )
            wrong.push(`${relative(ROOT, file)} → ${relative(ROOT, target)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
