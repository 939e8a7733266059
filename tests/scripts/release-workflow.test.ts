/**
 * .github/workflows/release.yml, read with the `yaml` package: what GitHub would run on a pushed tag, and
 * its own shell steps run here on the repository's files.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "./release-project";
import { findChromium } from "../../tools/chromium";

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Workflow {
	on: unknown;
	jobs: Record<string, { "runs-on": string; permissions?: Record<string, string>; steps: Step[] }>;
}

const workflow = parse(readFileSync(join(ROOT, ".github", "workflows", "release.yml"), "utf8")) as Workflow;
const jobs = Object.values(workflow.jobs);
const job = jobs[0]!;
const steps = job.steps;
const indexOf = (find: (step: Step) => boolean, what: string): number => {
	const index = steps.findIndex(find);
	if (index < 0) throw new Error(`no step ${what} in release.yml`);
	return index;
};
const runs = (command: RegExp) => (step: Step): boolean => command.test(step.run ?? "");
const publish = indexOf(runs(/gh release create/), "running gh release create");
const tagCheck = indexOf(runs(/manifest\.json/), "checking the tag against manifest.json");

/** GitHub's filter patterns for tags, as far as release.yml uses them: [0-9] and "+" (one or more). */
function tagMatches(pattern: string, tag: string): boolean {
	const source = pattern.replace(/[.^$|(){}\\]/g, (c) => `\\${c}`).replace(/\*/g, "[^/]*");
	return new RegExp(`^${source}$`).test(tag);
}

/** Runs a step's shell script as the runner does (bash -e), in the repository, with this environment added. */
function runStep(step: Step, env: Record<string, string>): { status: number; output: string } {
	try {
		const output = execFileSync("/bin/bash", ["-e", "-c", step.run!], { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", stdio: "pipe" });
		return { status: 0, output };
	} catch (error) {
		const failed = error as { status: number; stdout: string; stderr: string };
		return { status: failed.status, output: failed.stdout + failed.stderr };
	}
}

test("runs on pushed version tags only, 1.2.3 as Obsidian names them, never on v1.2.3 or on branches", () => {
	expect(workflow.on).toEqual({ push: { tags: [expect.any(String)] } });
	const [pattern] = (workflow.on as { push: { tags: string[] } }).push.tags;
	expect(["0.1.0", "1.2.3", "10.20.30"].filter((tag) => tagMatches(pattern!, tag))).toEqual(["0.1.0", "1.2.3", "10.20.30"]);
	expect(["v1.2.3", "1.2", "1.2.3-beta", "latest"].filter((tag) => tagMatches(pattern!, tag))).toEqual([]);
});

test("one job on Ubuntu, allowed to write the repository's contents to create the release, and to sign the attestation", () => {
	expect(jobs).toHaveLength(1);
	expect(job["runs-on"]).toBe("ubuntu-latest");
	expect(job.permissions).toEqual({ contents: "write", "id-token": "write", attestations: "write" });
});

test("uses the Node major the project is typed for, and installs from the lockfile", () => {
	const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
	const nodeMajor = /\d+/.exec(pkg.devDependencies["@types/node"]!)![0];
	const setup = steps[indexOf((step) => step.uses?.startsWith("actions/setup-node@") ?? false, "setting up Node")]!;
	expect(String(setup.with?.["node-version"])).toBe(nodeMajor);
	expect(steps.filter(runs(/\bnpm (install|i)\b/))).toEqual([]);
	indexOf((step) => step.run?.trim() === "npm ci", "running npm ci");
});

test("installs, builds and runs the whole test suite, in that order, before publishing", () => {
	const checkout = indexOf((step) => step.uses?.startsWith("actions/checkout@") ?? false, "checking out");
	const ci = indexOf((step) => step.run?.trim() === "npm ci", "running npm ci");
	const build = indexOf((step) => step.run?.trim() === "npm run build", "running the build");
	const test = indexOf((step) => step.run?.trim() === "npm test", "running npm test");
	expect(checkout).toBe(0);
	expect(checkout < ci && ci < build && build < test && test < publish).toBe(true);
	expect(publish).toBe(steps.length - 1);
});

test("publishes a draft release named after the tag with exactly main.js, manifest.json and styles.css", () => {
	const step = steps[publish]!;
	expect(step.env).toEqual({ GITHUB_TOKEN: "${{ secrets.GITHUB_TOKEN }}" });
	const words = step.run!.replace(/\\\n/g, " ").trim().split(/\s+/);
	expect(words.slice(0, 4)).toEqual(["gh", "release", "create", '"$GITHUB_REF_NAME"']);
	expect(words.filter((word) => word.startsWith("--"))).toEqual(['--title="$GITHUB_REF_NAME"', "--draft"]);
	expect(words.slice(4).filter((word) => !word.startsWith("--"))).toEqual(["main.js", "manifest.json", "styles.css"]);
});

test("attests exactly the three files it publishes, after the tests and before publishing", () => {
	const attest = indexOf((step) => step.uses?.startsWith("actions/attest@") ?? false, "attesting the files");
	expect(String(steps[attest]!.with?.["subject-path"]).trim().split("\n")).toEqual(["main.js", "manifest.json", "styles.css"]);
	expect(attest).toBe(publish - 1);
	expect(attest).toBeGreaterThan(indexOf((step) => step.run?.trim() === "npm test", "running npm test"));
});

test("checks the tag against manifest.json's version before building, and stops the release when they differ", () => {
	expect(tagCheck).toBeLessThan(indexOf((step) => step.run?.trim() === "npm run build", "running the build"));
	const { version } = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { version: string };
	expect(runStep(steps[tagCheck]!, { GITHUB_REF_NAME: version }).status).toBe(0);
	const wrong = runStep(steps[tagCheck]!, { GITHUB_REF_NAME: "9.9.9" });
	expect(wrong.status).toBe(1);
	expect(wrong.output).toContain(`tag 9.9.9 is not manifest.json's version ${version}`);
});

test("points the end-to-end tests at the runner's Google Chrome through CHROMIUM_PATH, and stops when there is none", async () => {
	const step = steps[indexOf(runs(/CHROMIUM_PATH/), "setting CHROMIUM_PATH")]!;
	expect(step.run).not.toMatch(/curl|wget|apt-get|npx playwright install/);
	const bin = mkdtempSync(join(tmpdir(), "tls-runner-"));
	try {
		const chrome = join(bin, "google-chrome");
		writeFileSync(chrome, "#!/bin/sh\necho 'Google Chrome 150.0'\n");
		chmodSync(chrome, 0o755);
		const githubEnv = join(bin, "github-env");
		writeFileSync(githubEnv, "");
		// PATH is only that folder: the step finds this browser and no other (a runner has a real one).
		const found = runStep(step, { PATH: bin, GITHUB_ENV: githubEnv });
		expect(found.status).toBe(0);
		expect(readFileSync(githubEnv, "utf8")).toBe(`CHROMIUM_PATH=${chrome}\n`);
		// The tests launch the browser of tools/chromium.ts: CHROMIUM_PATH's when it is set, before Debian's and the packaged one.
		await expect(findChromium({}, { env: { CHROMIUM_PATH: chrome }, exists: existsSync, packaged: () => Promise.resolve(null) })).resolves.toMatchObject({ executablePath: chrome, origin: "CHROMIUM_PATH" });

		rmSync(chrome);
		const none = runStep(step, { PATH: bin, GITHUB_ENV: githubEnv });
		expect(none.status).toBe(1);
		expect(none.output).toContain("no Google Chrome on this runner");
	} finally {
		rmSync(bin, { recursive: true, force: true });
	}
	expect(readFileSync(join(ROOT, "tests", "e2e", "browser.ts"), "utf8")).toContain('from "../../tools/chromium"');
});
