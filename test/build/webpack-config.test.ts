// The build and the dev server ship less: no source map served to users, and a dev server that serves
// files only, to its own origin (no directory listing, no Access-Control-Allow-Origin: *).
jest.mock("../../scripts/dev-https.cjs", () => ({ devServerTransport: async () => "http" }));

type Config = {
  devtool: string;
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

  it("dev server: no directory listing and no cross-origin header", async () => {
    const config = await factory({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(config.devServer.static.serveIndex).toBe(false);
    expect(Object.keys(config.devServer.headers ?? {})).not.toContain(
      "Access-Control-Allow-Origin"
    );
  });
});
