/** Jest runs the TypeScript tests through ts-jest (transpile only; `npm run typecheck` checks types). */
const { availableParallelism } = require("node:os");

module.exports = {
  // Jest's default, one worker per core but one, runs the suite on a single worker on a 2-core machine
  // (CI's): two workers there took the core and function tests from 144 s to 89 s. The main process
  // mostly waits while workers run.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  // The tests run on the decimal.js the bundles ship, without the functions money never uses
  // (scripts/decimal-slim.cjs); test/build/decimal-slim.test.ts compares it with the whole package.
  moduleNameMapper: { "^decimal\\.js$": "<rootDir>/node_modules/decimal.js/decimal.mjs" },
  transformIgnorePatterns: ["/node_modules/(?!decimal\\.js/decimal\\.mjs$)"],
  transform: {
    "[\\\\/]node_modules[\\\\/]decimal\\.js[\\\\/]decimal\\.mjs$":
      "<rootDir>/scripts/decimal-slim-jest.cjs",
    "^.+\\.ts$": [
      "ts-jest",
      {
        isolatedModules: true,
        tsconfig: {
          module: "commonjs",
          target: "ES2020",
          esModuleInterop: true,
          resolveJsonModule: true,
        },
      },
    ],
  },
  setupFiles: ["<rootDir>/test/setup/custom-functions-global.ts"],
};
