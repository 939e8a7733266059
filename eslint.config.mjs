import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "build/", "coverage/", "test-output/", "demo-vault/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "jest.config.cjs", "jest.e2e.config.cjs", "scripts/*.mjs", "scripts/*.cjs"],
					// The config files and scripts above, one more than the default of 8.
					maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 12,
				},
			},
		},
	},
	{
		// The core is pure: it runs and is tested in Node, so it never imports a value (or a type) from Obsidian.
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": ["error", { paths: [{ name: "obsidian", message: "src/core is pure: put Obsidian glue in src/obsidian and hand the core what it needs." }] }],
		},
	},
	{
		// Arrows run down only. The index, templates, the writer and text know no capability (a capability's
		// extractor plugs into the index); a note knows no index; the pipeline's board is handed a card's drafts
		// and knows no drafting rule.
		files: ["src/core/index/**/*.ts", "src/core/note/**/*.ts", "src/core/pipeline/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "src/core is pure: put Obsidian glue in src/obsidian and hand the core what it needs." }],
					patterns: [{ group: ["**/drafting/**", "**/reading/**", "**/brand/**", "**/stats/**"], message: "A layer below the capabilities imports none of them: hand it what it needs from above." }],
				},
			],
		},
	},
	{
		files: ["src/core/index/**/*.ts", "src/core/note/**/*.ts", "src/core/templates/**/*.ts", "src/core/writer/**/*.ts", "src/core/text/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "src/core is pure: put Obsidian glue in src/obsidian and hand the core what it needs." }],
					patterns: [{ group: ["**/drafting/**", "**/reading/**", "**/brand/**", "**/stats/**", "**/pipeline/**"], message: "A layer below the capabilities imports none of them: hand it what it needs from above." }],
				},
			],
		},
	},
	{
		files: ["src/core/note/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "src/core is pure: put Obsidian glue in src/obsidian and hand the core what it needs." }],
					patterns: [{ group: ["**/drafting/**", "**/reading/**", "**/brand/**", "**/stats/**", "**/pipeline/**", "**/index/**"], message: "A note knows no index and no capability: the index is built on notes." }],
				},
			],
		},
	},
	{
		// Every change to a note goes through the one writer (src/obsidian/shared/note-writer.ts).
		files: ["src/**/*.ts"],
		ignores: ["src/obsidian/shared/note-writer.ts"],
		rules: {
			"no-restricted-syntax": [
				"error",
				{
					selector: "CallExpression[callee.property.name=/^(process|modify|create|append|createBinary|modifyBinary|rename|copy)$/][callee.object.property.name='vault']",
					message: "Every change to a note goes through the note writer (src/obsidian/shared/note-writer.ts).",
				},
				{
					selector: "CallExpression[callee.property.name=/^(processFrontMatter|renameFile|trashFile)$/]",
					message: "Every change to a note goes through the note writer (src/obsidian/shared/note-writer.ts).",
				},
			],
		},
	},
	{
		// Tests, tools and the preview run in Node or a plain browser page, not inside Obsidian.
		files: ["tests/**", "tools/**", "preview/**", "scripts/**", "*.mjs", "*.cjs"],
		languageOptions: { globals: { ...globals.node, ...globals.jest } },
		rules: {
			// Command-line tools and tests print to the console on purpose.
			"obsidianmd/rule-custom-message": "off",
			// Node has no window; tests simulate what the user does in the vault, deletion included.
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/prefer-file-manager-trash-file": "off",
			// Tests exercise what newer Obsidian versions call too (settings definitions since 1.13).
			"obsidianmd/no-unsupported-api": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/no-static-styles-assignment": "off",
			"obsidianmd/ui/sentence-case": "off",
			"import/no-nodejs-modules": "off",
			"no-console": "off",
		},
	},
	{
		// The preview's shell stands in for Obsidian itself around the mocks: it implements the APIs a plugin
		// must not call directly or that are newer than minAppVersion (activeLeaf, setActiveLeaf, isDarkMode),
		// fetches from its own server, and its tests read what Obsidian stores. Plugin code in src/ keeps these rules.
		files: ["preview/**/*.ts", "tests/e2e/**/*.ts"],
		rules: {
			"@typescript-eslint/no-deprecated": "off",
			"obsidianmd/no-unsupported-api": "off",
			"obsidianmd/prefer-get-language": "off",
			"no-restricted-globals": "off",
			"no-undef": "off",
		},
	},
	{
		// Obsidian evaluates a plugin's main.js; the preview does too, in this one file, when it runs a built plugin (the start-up bench).
		files: ["preview/page/shell/built-plugin.ts"],
		rules: {
			"no-eval": "off",
			"@typescript-eslint/no-implied-eval": "off",
		},
	},
]);
