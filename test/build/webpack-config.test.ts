// The build and the dev server ship less: no source map served to users, and a dev server that serves
// files only, to its own origin (no directory listing, no Access-Control-Allow-Origin: *).
jest.mock("../../scripts/dev-https.cjs", () => ({ devServerTransport: async () => "http" }));

type Chunk = { name: string };
type Group = {
  name: string;
  priority: number;
  chunks: (chunk: Chunk) => boolean;
  test: (module: object, graph: { chunkGraph: object }) => boolean;
};
type Config = {
  devtool: string;
  optimization: {
    runtimeChunk: { name: (entrypoint: Chunk) => string | undefined };
    splitChunks: { cacheGroups: Record<string, Group> }; // and default: false, …
  };
  output: { sourceMapFilename: string };
  devServer: { headers?: Record<string, string>; static: { serveIndex?: boolean } };
};
const factory = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>
) => Promise<Config>;

describe("webpack configuration", () => {
  it("production: hidden source maps written outside dist/", async () => {
    const config = await factory({}, { mode: "production" });
    expect(config.devtool).toBe("hidden-source-map");
    expect(config.output.sourceMapFilename.startsWith("../dist-maps/")).toBe(true);
  });

  it("taskpane.html's entries share one runtime and one chunk of the functions' modules", async () => {
    const { optimization } = await factory({}, { mode: "production" });
    const runtimeOf = optimization.runtimeChunk.name;
    expect(["functions", "commands", "taskpane"].map((name) => runtimeOf({ name }))).toEqual([
      "runtime",
      "runtime",
      "runtime",
    ]);
    expect(runtimeOf({ name: "preview" })).toBeUndefined(); // the dev tool keeps its own
    const shared = optimization.splitChunks.cacheGroups.shared;
    // A module goes to shared.js when the custom functions need it, their entry's own modules too (the
    // page loads them all together: one file compresses better than two).
    const inChunks = (...names: string[]) =>
      shared.test(
        {},
        { chunkGraph: { getModuleChunksIterable: () => names.map((name) => ({ name })) } }
      );
    expect(inChunks("functions", "taskpane")).toBe(true);
    expect(inChunks("functions", "run")).toBe(true);
    expect(inChunks("functions")).toBe(true);
    expect(inChunks("preview")).toBe(false);
    expect(inChunks("taskpane", "run")).toBe(false);
    expect(shared.chunks({ name: "preview" })).toBe(false);
    expect(shared.chunks({ name: "run" })).toBe(true);
  });

  it("what the functions fetch later is one chunk, with-pane (the pane's on open), besides their texts", async () => {
    const { optimization } = await factory({}, { mode: "production" });
    const groups = optimization.splitChunks.cacheGroups;
    // The group a module lands in: the matching group of highest priority (as splitChunks picks).
    const groupOf = (...names: string[]) => {
      const graph = {
        chunkGraph: { getModuleChunksIterable: () => names.map((name) => ({ name })) },
      };
      const matching = Object.values(groups)
        .filter((group) => typeof group === "object" && group.test({}, graph))
        .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
      return matching[0]?.name;
    };
    expect(groupOf("finance-cells", "taskpane")).toBe("with-pane");
    expect(groupOf("subsidy-cells", "taskpane", "run")).toBe("with-pane");
    expect(groupOf("cell-error-text", "taskpane")).toBe("with-pane");
    expect(groupOf("cell-error-text", "run")).toBe("with-pane");
    expect(groupOf("finance-cells")).toBe("with-pane");
    expect(groupOf("finance-cells", "run")).toBe("with-pane");
    expect(groupOf("subsidy-cells", "run")).toBe("with-pane");
    expect(groupOf("subsidy-cells", "finance-cells")).toBe("with-pane");
    expect(groupOf("functions", "taskpane")).toBe("shared");
    expect(groupOf("taskpane", "run")).toBeUndefined();
    expect(groups.withPane.chunks({ name: "preview" })).toBe(false);
  });

  it("dev server: no directory listing and no cross-origin header", async () => {
    const config = await factory({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(config.devServer.static.serveIndex).toBe(false);
    expect(Object.keys(config.devServer.headers ?? {})).not.toContain(
      "Access-Control-Allow-Origin"
    );
  });
});
