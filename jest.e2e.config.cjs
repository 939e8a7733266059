/** End-to-end tests: the preview in Chromium (tests/e2e). Run with `npm run test:e2e`. */
/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: "node",
	roots: ["<rootDir>/tests/e2e"],
	testMatch: ["**/*.e2e.ts"],
	// The browser starts, or one line says what to install (tools/chromium.ts).
	globalSetup: "<rootDir>/tests/e2e/global-setup.ts",
	transform: {
		"^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
	},
	maxWorkers: 1,
	testTimeout: 120000,
};
