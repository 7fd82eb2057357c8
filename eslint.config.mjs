// Lint: the Office add-in rules (eslint-plugin-office-addins, as office-addin-lint uses them) plus the
// project's own settings. `no-undef` is left to TypeScript, which knows the Office, Jest and Node globals
// from their type packages (the typescript-eslint recommendation).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    files: ["**/*.ts"],
    // TypeScript checks these better: a value and a type may share a name (Money), globals come from types.
    rules: { "no-undef": "off", "no-redeclare": "off" },
  },
  {
    files: [
      "scripts/**/*.{js,mjs,cjs}",
      "test/**/*.{js,mjs,cjs}",
      "bench/**/*.{js,mjs,cjs}",
      "*.config.{js,mjs,cjs}",
      "webpack.config.js",
    ],
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        Buffer: "readonly",
        globalThis: "readonly",
      },
    },
  },
  {
    // Browser tests: code inside page.evaluate / waitForFunction runs in the page.
    files: ["test/e2e/**/*.mjs"],
    languageOptions: { globals: { document: "readonly", location: "readonly" } },
  },
];
