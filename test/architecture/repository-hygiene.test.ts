import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

// What a reviewer of the repository alone must be able to rely on: every figure's source is in the
// repository or is a public document (no citation of files outside it), and no half-merged file.
const tracked = execFileSync("git", ["ls-files", "src", "test", "docs", "scripts", "README.md"], {
  encoding: "utf8",
})
  .split("\n")
  .filter((file) => /\.(ts|cjs|mjs|js|json|md|html|css)$/.test(file))
  .filter((file) => file !== "test/architecture/repository-hygiene.test.ts");

describe("the repository", () => {
  it("cites public documents and its own docs, never a file outside it", () => {
    const outside = /shared\/domain|shared\/seeds|\.\.\/shared\/|\bseed 00\d\b/;
    const offenders = tracked.filter((file) => outside.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("holds no unresolved merge conflict", () => {
    const marker = /^(<{7} |>{7} |={7}$)/m;
    const offenders = tracked.filter((file) => marker.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
