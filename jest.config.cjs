process.env.TZ = "UTC";
/** @type {import('jest').Config} */
const esmPackages = [
	"unified", "remark-parse", "mdast-util-.*", "micromark.*", "decode-named-character-reference",
	"character-entities", "unist-util-.*", "vfile.*", "bail", "is-plain-obj", "trough", "devlop",
	"zwitch", "longest-streak", "ccount", "markdown-table", "character-reference-invalid",
	"is-decimal", "is-hexadecimal", "is-alphanumerical", "is-alphabetical", "parse-entities",
	"trim-lines", "space-separated-tokens", "comma-separated-tokens", "date-fns",
].join("|");

const tsJest = ["ts-jest", { tsconfig: "tsconfig.jest.json" }];

module.exports = {
	testEnvironment: "node",
	roots: ["<rootDir>/tests"],
	testMatch: ["**/*.test.ts"],
	testPathIgnorePatterns: ["/tests/e2e/"],
	moduleFileExtensions: ["ts", "js", "mjs", "cjs", "json", "md"],
	transform: {
		"^.+\\.md$": "<rootDir>/scripts/markdown-text-transform.cjs",
		// The project's .mjs scripts (not node_modules'), which tests/scripts/ imports.
		"^(?!.*/node_modules/).+\\.mjs$": "<rootDir>/scripts/esm-script-transform.mjs",
		"^.+\\.[tj]sx?$": tsJest,
		"^.+\\.m?js$": tsJest,
	},
	transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
	moduleNameMapper: {
		"^obsidian$": "obsidian-test-mocks/obsidian",
	},
};
