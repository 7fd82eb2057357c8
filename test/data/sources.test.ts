import { readFileSync } from "node:fs";
import { render } from "../../scripts/sources.cjs";

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
