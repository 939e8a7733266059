/**
 * The release check run first by `npm test`: the three version files agree, the manifest follows the
 * community directory's rules, and minAppVersion is the Obsidian version the code needs.
 */
import { apiFloor, checkVersions, floorNames, main, manifestProblems } from "../../scripts/check-versions.mjs";
import { manifestOf, makeProject, OBSIDIAN_DTS, ROOT, type Project } from "./release-project";

const options = { dts: OBSIDIAN_DTS };
let project: Project | undefined;

afterEach(() => {
	project?.remove();
	project = undefined;
});

function check(files: Record<string, unknown> = {}): ReturnType<typeof checkVersions> {
	project = makeProject(files);
	return checkVersions(project.root, options);
}

describe("the three version files", () => {
	test("pass when they agree, and the check says which API sets minAppVersion", () => {
		const result = check();
		expect(result.problems).toEqual([]);
		expect(result.warnings).toEqual([]);
		expect(result.ok).toBe(true);
		expect(result.floor?.version).toBe("1.8.7");
		expect(floorNames(result.floor!)).toEqual(["getLanguage (src/main.ts:4)"]);
	});

	test("the repository's own package.json, manifest.json and versions.json pass", () => {
		const lines: string[] = [];
		const status = main(["--root", ROOT], (line) => lines.push(line), (line) => lines.push(line));
		expect(lines).toEqual([expect.stringMatching(/^check-versions: \d+\.\d+\.\d+ agrees .*: the code needs \d+\.\d+\.\d+ for \S+ \(src\/.+\.ts:\d+\)/)]);
		expect(status).toBe(0);
	});

	test("fail naming package.json when its version is not the one the other two have", () => {
		const result = check({ "package.json": { name: "thought-leadership-studio", version: "1.3.0", description: manifestOf().description } });
		expect(result.ok).toBe(false);
		expect(result.problems).toEqual([expect.stringMatching(/^package\.json: version "1\.3\.0", but manifest\.json and versions\.json have 1\.2\.0/)]);
	});

	test("fail naming manifest.json when its version is not the one the other two have", () => {
		const result = check({ "manifest.json": manifestOf({ version: "1.1.0" }) });
		expect(result.problems).toEqual([expect.stringMatching(/^manifest\.json: version "1\.1\.0", but package\.json and versions\.json have 1\.2\.0/)]);
	});

	test("fail naming versions.json when it records the version with another minAppVersion", () => {
		const result = check({ "versions.json": { "1.0.0": "1.5.7", "1.2.0": "1.7.2" } });
		expect(result.problems).toEqual(["versions.json: 1.2.0 maps to 1.7.2, but manifest.json's minAppVersion is 1.8.7"]);
	});

	test("fail naming versions.json when it has no entry for the version", () => {
		const result = check({ "versions.json": { "1.0.0": "1.5.7" } });
		expect(result.problems).toEqual([expect.stringMatching(/^versions\.json: no entry for version 1\.2\.0 \(expected "1\.2\.0": "1\.8\.7"/)]);
	});

	test("fail naming versions.json when a key is not an x.y.z version", () => {
		const result = check({ "versions.json": { "v1.0.0": "1.5.7", "1.1": "1.5.7", "1.2.0": "1.8.7" } });
		expect(result.problems).toEqual([
			'versions.json: key "v1.0.0" is not an x.y.z plugin version',
			'versions.json: key "1.1" is not an x.y.z plugin version',
		]);
	});

	test("fail naming the file that is missing or is not JSON", () => {
		expect(check({ "versions.json": null }).problems).toEqual(["versions.json: missing"]);
		project?.remove();
		expect(check({ "manifest.json": "{ id: 1 " }).problems).toEqual([expect.stringMatching(/^manifest\.json: not valid JSON/)]);
	});
});

describe("minAppVersion, the Obsidian version the code needs", () => {
	test("fails as too low when the code calls an API newer than minAppVersion, naming it and where", () => {
		const result = check({
			"src/confirm.ts": `import type { ButtonComponent } from "obsidian";
export function red(button: ButtonComponent): void {
	button.setDestructive();
}
`,
		});
		expect(result.ok).toBe(false);
		expect(result.problems).toEqual(["manifest.json: minAppVersion 1.8.7 is too low: the code needs 1.13.0 for ButtonComponent.setDestructive (src/confirm.ts:3)"]);
	});

	test("passes when minAppVersion is raised to what that API needs, in the manifest and versions.json", () => {
		const result = check({
			"manifest.json": manifestOf({ minAppVersion: "1.13.0" }),
			"versions.json": { "1.0.0": "1.5.7", "1.2.0": "1.13.0" },
			"src/confirm.ts": `import { ButtonComponent } from "obsidian";
export const red = (button: ButtonComponent): ButtonComponent => button.setDestructive();
`,
		});
		expect(result.problems).toEqual([]);
		expect(result.floor?.uses[0]).toEqual({ name: "ButtonComponent.setDestructive", since: "1.13.0", file: "src/confirm.ts", line: 2 });
	});

	test("fails as too high when every API the code uses has a @since", () => {
		const result = check({ "manifest.json": manifestOf({ minAppVersion: "1.10.0" }), "versions.json": { "1.2.0": "1.10.0" } });
		expect(result.ok).toBe(false);
		expect(result.problems).toEqual([
			"manifest.json: minAppVersion 1.10.0 is higher than the code needs (1.8.7 for getLanguage (src/main.ts:4)): it hides the plugin from apps that can run it",
		]);
	});

	test("only warns when it is higher but the code uses members without @since, naming them", () => {
		const result = check({
			"manifest.json": manifestOf({ minAppVersion: "1.10.0" }),
			"versions.json": { "1.2.0": "1.10.0" },
			"src/title.ts": `import { Modal } from "obsidian";
export const titled = (modal: Modal): Modal => modal.setTitle("Idées");
`,
		});
		expect(result.ok).toBe(true);
		expect(result.warnings).toEqual([expect.stringMatching(/^manifest\.json: minAppVersion 1\.10\.0 is higher than the @since tags ask \(1\.8\.7 for getLanguage \(src\/main\.ts:4\)\).*without @since needs it: Modal\.setTitle$/)]);
	});

	test("does not count types, the plugin's own overrides, guarded calls or optional calls", () => {
		project = makeProject({
			"src/settings.ts": `import { PluginSettingTab, requireApiVersion, type ButtonComponent, type SettingDefinitionItem } from "obsidian";
type Items = SettingDefinitionItem[];
export class Tab extends PluginSettingTab {
	getSettingDefinitions(): Items {
		return [];
	}
	display(): void {}
}
export function red(button: ButtonComponent): void {
	if (requireApiVersion("1.13.0")) button.setDestructive();
	else button.setClass("mod-warning");
	button.setDestructive?.();
}
`,
		});
		const floor = apiFloor(project.root, options);
		expect(floor.version).toBe("1.8.7");
		expect(floor.uses.map((use) => use.name)).not.toContain("ButtonComponent.setDestructive");
		expect(floor.untagged).toContain("requireApiVersion");
	});

	test("counts a member read by destructuring, and a class the code extends", () => {
		project = makeProject({
			"src/notice.ts": `import { AbstractInputSuggest, Notice } from "obsidian";
export function flash(text: string): HTMLElement {
	const { messageEl } = new Notice(text);
	return messageEl;
}
export abstract class Suggest extends AbstractInputSuggest<string> {}
`,
		});
		const uses = apiFloor(project.root, options).uses.map((use) => `${use.name} ${use.since} ${use.file}:${use.line}`);
		expect(uses).toContain("Notice.messageEl 1.8.7 src/notice.ts:3");
		expect(uses).toContain("AbstractInputSuggest 1.4.10 src/notice.ts:6");
	});

	test("a code base using no Obsidian API needs no version, and says so", () => {
		const result = check({ "src/main.ts": "export const nothing = 1;\n" });
		expect(result.floor?.version).toBe("0.0.0");
		expect(result.problems).toEqual([expect.stringContaining("higher than the code needs (no version: it uses no Obsidian API with a @since)")]);
	});
});

describe("the manifest, by the community directory's rules", () => {
	const problemsOf = (change: Record<string, unknown>): string[] => manifestProblems(manifestOf(change));

	test("the repository's manifest and the test manifest pass", () => {
		expect(problemsOf({})).toEqual([]);
	});

	test("the name contains neither Obsidian nor Plugin", () => {
		expect(problemsOf({ name: "Obsidian Studio" })).toEqual(['manifest.json: name "Obsidian Studio" must not contain "Obsidian"']);
		expect(problemsOf({ name: "Studio plugin" })).toEqual(['manifest.json: name "Studio plugin" must not contain "Plugin"']);
	});

	test("the description is at most 250 characters, starts with a verb and ends with a period", () => {
		expect(problemsOf({ description: `Turn notes into ideas${", and ideas into drafts".repeat(10)}.` })).toEqual(["manifest.json: description is 252 characters, at most 250"]);
		expect(problemsOf({ description: "Turn journal notes into ideas" })).toEqual(["manifest.json: description must end with a period"]);
		expect(problemsOf({ description: "This is a studio for writers." })).toEqual(['manifest.json: description must start with a verb, saying what the plugin does, not "This"']);
		expect(problemsOf({ description: "A studio for writers." })).toEqual(['manifest.json: description must start with a verb, saying what the plugin does, not "A"']);
		expect(problemsOf({ description: "turn notes into ideas." })).toEqual(["manifest.json: description must start with a capital letter"]);
	});

	test("the description names neither Obsidian nor the plugin, and has no accents or emoji", () => {
		expect(problemsOf({ description: "Turn Obsidian notes into ideas." })).toEqual(['manifest.json: description must not contain "Obsidian" or "plugin"']);
		expect(problemsOf({ description: "Turn réflexions into ideas 💡." })).toEqual(['manifest.json: description must not contain special characters: "é" "💡"']);
	});

	test("the author is a real author field: present, a name, not the plugin's name or an email", () => {
		const { author: _author, ...withoutAuthor } = manifestOf();
		expect(manifestProblems(withoutAuthor)).toEqual(['manifest.json: "author" is missing']);
		expect(problemsOf({ author: "Thought Leadership Studio" })).toEqual(["manifest.json: author must name who makes the plugin, not repeat its name"]);
		expect(problemsOf({ author: "writer@example.org" })).toEqual(["manifest.json: author must be a name, not an email address"]);
		expect(problemsOf({ authorUrl: "https://obsidian.md" })).toEqual(["manifest.json: authorUrl must not point to the Obsidian website"]);
	});

	test("the id, the versions and the keys are what Obsidian reads", () => {
		expect(problemsOf({ id: "obsidian-studio" })).toEqual(['manifest.json: id "obsidian-studio" must not contain "obsidian"']);
		expect(problemsOf({ id: "studio-plugin" })).toEqual(['manifest.json: id "studio-plugin" must not end with "plugin"']);
		expect(problemsOf({ id: "Studio" })).toEqual(['manifest.json: id "Studio": only lowercase letters, digits, "-" and "_"']);
		expect(problemsOf({ version: "v1.2.0" })).toEqual(['manifest.json: version "v1.2.0" is not x.y.z']);
		expect(problemsOf({ isDesktopOnly: "no" })).toEqual(['manifest.json: "isDesktopOnly" must be a boolean']);
		expect(problemsOf({ homepage: "https://example.org" })).toEqual(['manifest.json: "homepage" is not a manifest property']);
	});

	test("checkVersions fails naming the manifest, and package.json when its description is not the manifest's", () => {
		expect(check({ "manifest.json": manifestOf({ name: "Studio Plugin" }) }).problems).toEqual(['manifest.json: name "Studio Plugin" must not contain "Plugin"']);
		project?.remove();
		expect(check({ "package.json": { name: "thought-leadership-studio", version: "1.2.0", description: "Other words." } }).problems).toEqual([
			"package.json: description differs from manifest.json's; keep them the same",
		]);
	});
});
