/** Jest runs the TypeScript tests through ts-jest (transpile only; `npm run typecheck` checks types). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      {
        isolatedModules: true,
        tsconfig: { module: "commonjs", target: "ES2020", esModuleInterop: true, resolveJsonModule: true },
      },
    ],
  },
  setupFiles: ["<rootDir>/test/setup/custom-functions-global.ts"],
};
