/* Build of the IP Cost Planner add-in (shared runtime: one page, taskpane.html, hosts the custom functions,
 * the task pane and the ribbon commands).
 *
 *   npx webpack --mode production                                   -> dist/ with localhost URLs in the manifest
 *   npx webpack --mode production --env baseUrl=https://host/path/  -> dist/ ready to deploy at that URL
 *   ADDIN_BASE_URL=https://host/path/ npx webpack --mode production  (same)
 *   npx webpack serve --mode development                            -> https://localhost:3000 (npm start)
 */
"use strict";

const path = require("node:path");
const { NormalModuleReplacementPlugin } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/localize-functions.cjs");
const { UnifiedManifestPlugin } = require("./scripts/unified-manifest.cjs");
const { EntrypointFilesPlugin, PANE_PAGE_ENTRIES } = require("./scripts/bundle-budget.cjs");
const manifestConfig = require("./manifest.config.cjs");
const functionTranslations = require("./src/functions/i18n/function-translations.json");
const functionHelp = require("./src/help/function-help.json");
const functionFiles = require("./scripts/function-files.cjs");

/** The custom functions families fetched on their first call: src/functions/<family>-family-on-demand.ts
 * imports chunk fn-<family>. */
const FUNCTION_FAMILIES = ["finance", "subsidy"];
/** Modules whose bundled version is their "-on-demand" twin (a chunk fetched when needed). */
const ON_DEMAND_MODULES = new RegExp(
  String.raw`[\\/]src[\\/](core[\\/]i18n[\\/](pane-)?languages|functions[\\/](${FUNCTION_FAMILIES.join("|")})-family)\.ts$`
);

/** The chunks the custom functions fetch after they are registered: the families (finance-cells,
 * subsidy-cells) and the cell errors' renderer (cell-error-text, with its language's table). */
const FUNCTIONS_ON_DEMAND = [
  ...FUNCTION_FAMILIES.map((family) => `${family}-cells`),
  "cell-error-text",
];
/** The names of the chunks (the preview's left out) that hold `module`. */
const chunkNames = (module, chunkGraph) =>
  [...chunkGraph.getModuleChunksIterable(module)].map((c) => c.name).filter((n) => n !== "preview");
const notPreview = (chunk) => chunk.name !== "preview";

/**
 * The split-chunk group of what the functions fetch on demand (see optimization.splitChunks): one chunk,
 * with-pane.js, which the pane loads on open (its run and programmes table need the same code and data)
 * and the functions with their first family call or their first cell error in Japanese or Chinese, so the
 * page holds one copy. One chunk, not three (with-pane, fn-finance, fn-subsidy as before): each file
 * compresses on its own, so the functions fetch 1.5 KB less in all, gzipped, and at most one request;
 * the page on open grows by the two families' code (10 KB), which its first run fetched anyway.
 */
function functionsOnDemandGroups() {
  return {
    withPane: {
      name: "with-pane",
      chunks: notPreview,
      enforce: true,
      priority: 10,
      test: (module, { chunkGraph }) =>
        chunkNames(module, chunkGraph).some((n) => FUNCTIONS_ON_DEMAND.includes(n)),
    },
  };
}
/** The CN holidays data file, which the bundles ship compacted (scripts/compact-holidays.cjs). */
const CN_HOLIDAYS = path.resolve(__dirname, "src/data/cn-holidays.json");
/** The subsidy programmes' data file, which the bundles ship as figures and texts apart (see module.rules). */
const SUBSIDIES = path.resolve(__dirname, "src/data/subsidies.json");
/** The finance programmes' data file, likewise (texts: issuer and document). */
const FINANCE_PROGRAMMES = path.resolve(__dirname, "src/data/finance/programmes.json");
/**
 * The rule that loads `dataFile` as two modules (scripts/doc-free-data.cjs TEXTS_APART): its texts for
 * `textsModule`, the one module that shows them, and its figures for every other.
 */
function textsApart(dataFile, textsModule) {
  const loader = path.resolve(__dirname, "scripts/doc-free-data.cjs");
  return {
    test: dataFile,
    oneOf: [
      { issuer: path.resolve(__dirname, textsModule), loader, options: { part: "texts" } },
      { loader, options: { part: "figures" } },
    ],
  };
}
const DEV_BASE_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";
const DEV_SERVER_PORT = 3000;
const DIST = path.resolve(__dirname, "dist");
/** Where a build goes: dist/, or --env outDir=… (the release check builds beside it). */
const outputDir = (env) => (env && env.outDir ? path.resolve(__dirname, env.outDir) : DIST);

/** The deployment base URL (https, ending in "/"), from --env baseUrl=… or ADDIN_BASE_URL. */
function productionBaseUrl(env) {
  const raw = (env && env.baseUrl) || process.env.ADDIN_BASE_URL;
  if (!raw) return undefined;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `baseUrl "${raw}" is not a URL; expected e.g. https://example.com/ip-cost-planner/`
    );
  }
  if (url.protocol !== "https:")
    throw new Error(`baseUrl "${raw}" must use https (Office requires it).`);
  if (url.search || url.hash)
    throw new Error(`baseUrl "${raw}" must not have a query or fragment.`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Points every localhost URL of the manifest at the deployment; the bare origin (AppDomain) too. */
function rewriteManifest(content, baseUrl) {
  const origin = new URL(baseUrl).origin;
  const text = content
    .toString("utf8")
    .split(DEV_BASE_URL)
    .join(baseUrl)
    .split(DEV_ORIGIN)
    .join(origin);
  if (text.includes("localhost"))
    throw new Error("manifest.xml still mentions localhost after the rewrite");
  return text;
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const isProduction = mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = isProduction ? productionBaseUrl(env) : undefined;
  if (isProduction && !serving && !baseUrl) {
    console.warn(
      "[webpack] No baseUrl: dist/manifest.xml keeps https://localhost:3000/ " +
        "(pass --env baseUrl=https://… or set ADDIN_BASE_URL for a deployable build)."
    );
  }

  const config = {
    mode,
    // Source maps as separate files (no eval() anywhere, so the bundles run under a strict CSP). In
    // production they are hidden and written beside dist/ (dist-maps/), never served to users.
    devtool: isProduction ? "hidden-source-map" : "source-map",
    target: ["web", "es2017"],
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
      // The browser preview: the task pane over an in-memory workbook, for trying the add-in without Excel.
      preview: "./src/preview/preview.ts",
    },
    output: {
      path: outputDir(env),
      // Fixed names: the manifest points at functions.js, and functions.json sits next to it.
      filename: "[name].js",
      // Chunks load relative to the page (all pages sit beside the scripts). Not "auto", whose runtime
      // finds the global object with new Function(), which the pages' CSP forbids.
      publicPath: "",
      sourceMapFilename: isProduction ? "../dist-maps/[file].map" : "[file].map",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run typecheck` (tsc --noEmit); the build only strips them.
            options: { transpileOnly: true },
          },
        },
        // .json imports are handled by webpack's built-in JSON support; the data files lose the top-level
        // text that only documents them (title, note, about, rule: scripts/doc-free-data.cjs).
        {
          test: /\.json$/,
          include: path.resolve(__dirname, "src/data"),
          exclude: [CN_HOLIDAYS, SUBSIDIES, FINANCE_PROGRAMMES],
          use: path.resolve(__dirname, "scripts/doc-free-data.cjs"),
        },
        // The subsidy programmes as two modules: the figures, which IP.SUBSIDY and the run compute with
        // (src/core/subsidy/built-in-figures.ts), and the names, conditions and sources, which only the
        // pane's run and programmes table need (src/core/subsidy/built-in.ts): the custom functions fetch
        // no text they never show. Tests and tsc read the whole file in both modules.
        textsApart(SUBSIDIES, "src/core/subsidy/built-in.ts"),
        // The finance programmes likewise: their issuer and document, which only the Finance sheet shows,
        // in the run code's copy (src/core/finance/programme-texts.ts); the figures everywhere else.
        textsApart(FINANCE_PROGRAMMES, "src/core/finance/programme-texts.ts"),
        // The CN holiday lists as runs of days, decoded when the bundle loads (a module, no longer JSON).
        {
          test: CN_HOLIDAYS,
          type: "javascript/auto",
          use: [
            path.resolve(__dirname, "scripts/compact-holidays.cjs"),
            path.resolve(__dirname, "scripts/doc-free-data.cjs"),
          ],
        },
        // decimal.js without the trigonometric, exponential, power and root functions money never uses:
        // 6.7 KB less, gzipped, on every page (scripts/decimal-slim.cjs; Jest tests the same copy).
        {
          test: /[\\/]node_modules[\\/]decimal\.js[\\/]decimal\.mjs$/,
          use: path.resolve(__dirname, "scripts/decimal-slim.cjs"),
        },
      ],
    },
    optimization: {
      // taskpane.html loads functions.js, commands.js and taskpane.js on one page (the shared runtime). One
      // webpack runtime (runtime.js) for the three, so a module they share is evaluated once, and the modules
      // the custom functions share with the pane or its run code (decimal.js, the fee rules, the data) go to
      // one chunk, shared.js, instead of into each bundle. The run code (projection, report, sheet writer)
      // is a chunk of its own, run.js, which the pane fetches on its first run (import() in pane.ts); the
      // finance functions' and SUBSIDY's code and data are in with-pane.js, which the custom functions fetch
      // on their first call (functionsOnDemandGroups).
      // The preview page (a dev tool) keeps its own runtime and bundle; it fetches run.js too.
      runtimeChunk: {
        name: (entrypoint) => (entrypoint.name === "preview" ? undefined : "runtime"),
      },
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          // What the custom functions fetch later: with-pane.js, which the pane loads on open.
          ...functionsOnDemandGroups(),
          shared: {
            name: "shared",
            chunks: (chunk) => chunk.name !== "preview",
            enforce: true,
            // Every module functions.js needs, its own too: the page loads the functions entry with the
            // pane, so one file compresses better than two (0.6 KB less, gzipped); functions.js keeps
            // only the entry's start.
            test: (module, { chunkGraph }) =>
              [...chunkGraph.getModuleChunksIterable(module)].some((c) => c.name === "functions"),
          },
        },
      },
    },
    performance: {
      // One page loads all three bundles; warn only past 500 kB.
      maxEntrypointSize: 500 * 1024,
      maxAssetSize: 500 * 1024,
    },
    plugins: [
      // Japanese and Chinese texts as chunks fetched for the user's language (tests and tsc see languages.ts,
      // which holds them all): a page never downloads the languages its user does not read. The finance
      // functions' and SUBSIDY's code likewise, fetched on their first call (tests and tsc see
      // finance-family.ts and subsidy-family.ts).
      new NormalModuleReplacementPlugin(ON_DEMAND_MODULES, (data) => {
        data.createData.resource = data.createData.resource.replace(/\.ts$/, "-on-demand.ts");
      }),
      // Writes functions.json from the JSDoc tags and appends the CustomFunctions.associate calls.
      new CustomFunctionsMetadataPlugin({
        input: functionFiles.map((file) => `./${file}`),
        output: "functions.json",
      }),
      // functions-ja.json and functions-zh.json from functions.json and the translation table,
      // and the help page of every function in en/ja/zh, with each file's helpUrl pointing at them.
      new LocalizedFunctionsMetadataPlugin(
        functionTranslations,
        functionHelp,
        baseUrl || DEV_BASE_URL
      ),
      // manifest.json (unified manifest for Microsoft 365) and its ja-jp/zh-cn localization files, from
      // manifest.config.cjs and functions.json; `npm run package` zips them with the app icons.
      new UnifiedManifestPlugin(manifestConfig, baseUrl || DEV_BASE_URL),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        inject: "head",
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: PANE_PAGE_ENTRIES,
        chunksSortMode: "manual",
        // office.js stays a plain CDN <script> in the template; the bundles load deferred after it.
        inject: "head",
        scriptLoading: "defer",
      }),
      // ../dist-maps/entrypoints.json: the files each entry loads, for the size limits of check-dist.
      new EntrypointFilesPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/preview/preview.css", to: "preview.css" },
          // Static help files; the per-function pages are generated (function-help.json is their source).
          { from: "src/help", to: "help", globOptions: { ignore: ["**/function-help.json"] } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: baseUrl
              ? { transformer: (content) => rewriteManifest(content, baseUrl), cache: false }
              : undefined,
          },
        ],
      }),
    ],
  };

  if (serving) {
    // Loaded only for `webpack serve`: may create or install certificates (see scripts/dev-https.cjs).
    const { devServerTransport } = require("./scripts/dev-https.cjs");
    config.devServer = {
      host: "localhost",
      port: DEV_SERVER_PORT,
      server: await devServerTransport(),
      // Files only, for the same origin: no directory listing and no Access-Control-Allow-Origin header
      // (Office loads the pages and scripts from this origin itself).
      static: { directory: DIST, watch: false, serveIndex: false },
      // Full page reloads, no hot module replacement: Office must re-run the page to re-register functions.
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false } },
    };
  }

  return config;
};
