/**
 * version-bump.mjs, run by `npm version`: it carries package.json's new version into manifest.json and
 * versions.json, so that the release check passes right after a bump and the tag is what Obsidian reads.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkVersions } from "../../scripts/check-versions.mjs";
import { makeProject, manifestOf, OBSIDIAN_DTS, ROOT, type Project } from "./release-project";

let project: Project | undefined;

afterEach(() => {
	project?.remove();
	project = undefined;
});

const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(project!.root, path), "utf8")) as Record<string, unknown>;

/** What npm does on `npm version`: package.json gets the new version, then the "version" script runs with it in the environment. */
function bumpTo(version: string): void {
	const pkg = json("package.json");
	project!.write("package.json", { ...pkg, version });
	copyFileSync(join(ROOT, "version-bump.mjs"), join(project!.root, "version-bump.mjs"));
	execFileSync(process.execPath, ["version-bump.mjs"], { cwd: project!.root, env: { ...process.env, npm_package_version: version } });
}

test("a bump writes the version into manifest.json and records it in versions.json, and the check then passes", () => {
	project = makeProject();
	bumpTo("1.3.0");
	expect(json("manifest.json")).toEqual(manifestOf({ version: "1.3.0" }));
	expect(json("versions.json")).toEqual({ "1.0.0": "1.5.7", "1.2.0": "1.8.7", "1.3.0": "1.8.7" });
	expect(checkVersions(project.root, { dts: OBSIDIAN_DTS }).problems).toEqual([]);
});

test("a bump after raising minAppVersion records the new one for the new version only", () => {
	project = makeProject({
		"manifest.json": manifestOf({ minAppVersion: "1.13.0" }),
		"src/confirm.ts": 'import type { ButtonComponent } from "obsidian";\nexport const red = (button: ButtonComponent): ButtonComponent => button.setDestructive();\n',
	});
	bumpTo("2.0.0");
	expect(json("versions.json")).toEqual({ "1.0.0": "1.5.7", "1.2.0": "1.8.7", "2.0.0": "1.13.0" });
	expect(checkVersions(project.root, { dts: OBSIDIAN_DTS }).problems).toEqual([]);
});

test("the files keep the repository's two-space JSON with a final newline, so a bump changes only the version lines", () => {
	project = makeProject();
	const before = readFileSync(join(project.root, "manifest.json"), "utf8");
	bumpTo("1.2.1");
	const after = readFileSync(join(project.root, "manifest.json"), "utf8");
	expect(after).toBe(before.replace('"version": "1.2.0"', '"version": "1.2.1"'));
});

test("npm version runs it, commits the three files and tags the commit with the bare version, as Obsidian wants", () => {
	project = makeProject();
	for (const file of ["version-bump.mjs", ".npmrc"]) copyFileSync(join(ROOT, file), join(project.root, file));
	const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
	project.write("package.json", { ...json("package.json"), scripts: { version: pkg.scripts["version"] } });
	const env: Record<string, string | undefined> = { ...process.env, GIT_AUTHOR_NAME: "Writer", GIT_AUTHOR_EMAIL: "writer@example.org", GIT_COMMITTER_NAME: "Writer", GIT_COMMITTER_EMAIL: "writer@example.org", npm_config_update_notifier: "false" };
	// As from a terminal: not the version of an npm script this test may run under.
	delete env["npm_package_version"];
	const git = (...args: string[]): string => execFileSync("git", args, { cwd: project!.root, env, encoding: "utf8" });
	git("init", "-q");
	git("add", ".");
	git("commit", "-q", "-m", "1.2.0");

	execFileSync("npm", ["version", "minor"], { cwd: project.root, env, encoding: "utf8" });

	expect(git("tag", "--list").trim()).toBe("1.3.0");
	expect(git("show", "--name-only", "--format=%s", "HEAD").trim().split("\n").filter(Boolean).sort()).toEqual(["1.3.0", "manifest.json", "package.json", "versions.json"]);
	expect(git("status", "--porcelain")).toBe("");
	expect(checkVersions(project.root, { dts: OBSIDIAN_DTS }).problems).toEqual([]);
});
