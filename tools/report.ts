/**
 * Headless report: `npm run report -- --vault DIR [--json]`.
 *
 * Runs the plugin's index over a folder of markdown files and prints what it sees: the watched
 * notes (title, tags, dates, links, ideas with their details, warnings) and every note with a problem.
 * Settings come from the vault's `.obsidian/plugins/thought-leadership-studio/data.json` when it
 * exists, else the defaults. As in the plugin, the notes of the templates folders (Obsidian's Templates
 * plugin's and Templater's, read from `.obsidian`, and the plugin's own) and of the folders left out are not read. Exit codes: 0 done, 1 unexpected failure, 2 bad arguments or vault.
 */
import { studioExtractors } from "../src/core/studio-extractors";
import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import * as timers from "node:timers";
import manifest from "../manifest.json";
import { translator } from "../src/core/i18n/translator";
import { NoteIndex } from "../src/core/index/note-index";
import type { NoteRecord, NoteWarning } from "../src/core/note/note-record";
import { DEFAULT_SETTINGS, migrateSettings, type StudioSettings } from "../src/core/settings/studio-settings";
import { foldersLeftOut } from "../src/core/settings/folders-left-out";
import { TEMPLATES_PLUGINS, templatesPluginFolder, type TemplatesPlugin, type TemplatesPluginFolders } from "../src/core/settings/templates-plugin-folder";
import { PlainFilesSource } from "./plain-files-source";

export interface ReportLink {
	target: string;
	resolved: boolean;
	alias: string | null;
}

/** One idea of a note: its title, its details as typed, and its line (0-based). */
export interface ReportIdea {
	title: string;
	details: string[];
	line: number;
}

export interface ReportNote {
	path: string;
	title: string;
	tags: string[];
	/** ISO 8601 (UTC), or null. */
	created: string | null;
	updated: string | null;
	links: ReportLink[];
	ideaItems: ReportIdea[];
	warnings: string[];
}

/** What `--json` prints. */
export interface Report {
	notes: ReportNote[];
	warnings: NoteWarning[];
}

export interface ReportOptions {
	/** Settings to use instead of the vault's `data.json` (or the defaults). */
	settings?: StudioSettings;
}

/** A problem with the command line or the vault folder: the CLI exits with code 2. */
export class ReportUsageError extends Error {}

const CONFIG_DIR = ".obsidian";
const SETTINGS_FILE = [CONFIG_DIR, "plugins", manifest.id, "data.json"];

/** The vault's plugin settings, or the defaults when it has none. A `data.json` that is not JSON is an error. */
export async function loadVaultSettings(vaultDir: string): Promise<StudioSettings> {
	const file = join(vaultDir, ...SETTINGS_FILE);
	let text: string;
	try {
		text = await readFile(file, "utf8");
	} catch {
		return migrateSettings(DEFAULT_SETTINGS);
	}
	try {
		return migrateSettings(JSON.parse(text));
	} catch (error) {
		throw new ReportUsageError(`The plugin settings ${file} are not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
	}
}

/** The folders of Obsidian's Templates plugin and of Templater, from the vault's configuration: none for a file that is missing or does not parse. */
export async function loadTemplatesPluginFolders(vaultDir: string): Promise<TemplatesPluginFolders> {
	const read = async (plugin: TemplatesPlugin): Promise<string | null> => {
		const text = await readFile(join(vaultDir, CONFIG_DIR, ...TEMPLATES_PLUGINS[plugin].file.split("/")), "utf8").catch(() => null);
		return templatesPluginFolder(plugin, text, CONFIG_DIR);
	};
	return { core: await read("core"), templater: await read("templater") };
}

function isoDate(time: number | null): string | null {
	return time === null || !Number.isFinite(time) ? null : new Date(time).toISOString();
}

function reportNote(record: NoteRecord): ReportNote {
	return {
		path: record.path,
		title: record.title,
		tags: [...record.tags],
		created: isoDate(record.created),
		updated: isoDate(record.updated),
		links: record.links.map((link) => ({ target: link.target, resolved: link.resolved, alias: link.alias })),
		ideaItems: record.ideaItems.map((idea) => ({ title: idea.title, details: [...idea.details], line: idea.line })),
		warnings: [...record.warnings],
	};
}

/** The report and a few counts for the text summary. */
export async function collectReport(vaultDir: string, options: ReportOptions = {}): Promise<{ report: Report; files: number }> {
	const info = await stat(vaultDir).catch(() => null);
	if (!info) throw new ReportUsageError(`Vault folder not found: ${vaultDir}`);
	if (!info.isDirectory()) throw new ReportUsageError(`Not a folder: ${vaultDir}`);
	const settings = options.settings ?? (await loadVaultSettings(vaultDir));
	let source: PlainFilesSource;
	try {
		source = await PlainFilesSource.load(vaultDir);
	} catch (error) {
		throw new ReportUsageError(`Cannot read the vault ${vaultDir}: ${error instanceof Error ? error.message : String(error)}`);
	}
	const index = new NoteIndex({
		source,
		settings: {
			watchedTags: settings.watchedTags,
			ideaHeadings: settings.ideaHeadings,
			excludedFolders: foldersLeftOut(settings, await loadTemplatesPluginFolders(vaultDir)).map((left) => left.folder),
		},
		translate: translator("en"),
		pluginVersion: manifest.version,
		yieldToMain: () => new Promise((done) => timers.setImmediate(done)),
		extractors: studioExtractors(() => settings),
	});
	await index.build();
	// The index also keeps typed notes (`type: idea`); the report is about the watched ones.
	const watched = index.watchedNotes();
	return { report: { notes: watched.map(reportNote), warnings: index.warnings() }, files: source.listFiles().length };
}

/** What `npm run report -- --vault DIR --json` prints, as an object. */
export async function buildReport(vaultDir: string, options: ReportOptions = {}): Promise<Report> {
	return (await collectReport(vaultDir, options)).report;
}

function dateText(iso: string | null): string {
	return iso ?? "—";
}

/** The readable report: one block per watched note, then the vault's warnings, then a summary line. */
export function formatReport(report: Report, files: number): string {
	const out: string[] = [];
	for (const note of report.notes) {
		out.push(`■ ${note.title}`, `  path:     ${note.path}`);
		out.push(`  tags:     ${note.tags.length > 0 ? note.tags.map((t) => `#${t}`).join(" ") : "—"}`);
		out.push(`  created:  ${dateText(note.created)}`, `  updated:  ${dateText(note.updated)}`);
		if (note.links.length > 0) {
			out.push("  links:");
			for (const link of note.links) out.push(`    ${link.resolved ? "✓" : "✗"} ${link.target}${link.alias !== null ? ` (${link.alias})` : ""}`);
		}
		if (note.ideaItems.length > 0) {
			out.push("  ideas:");
			for (const idea of note.ideaItems) out.push(`    - ${idea.title}`, ...idea.details.map((detail) => `        ${detail}`));
		}
		for (const warning of note.warnings) out.push(`  ⚠ ${warning}`);
		out.push("");
	}
	if (report.warnings.length > 0) {
		out.push("Warnings:");
		for (const warning of report.warnings) out.push(`  ⚠ ${warning.path}: ${warning.message}`);
		out.push("");
	}
	const links = report.notes.reduce((n, note) => n + note.links.length, 0);
	const unresolved = report.notes.reduce((n, note) => n + note.links.filter((l) => !l.resolved).length, 0);
	const ideas = report.notes.reduce((n, note) => n + note.ideaItems.length, 0);
	out.push(
		`${report.notes.length} watched notes of ${files} markdown files; ${links} links (${unresolved} unresolved), ` +
			`${ideas} idea items, ${report.warnings.length} warnings.`,
	);
	return out.join("\n");
}

const USAGE = "usage: npm run report -- --vault DIR [--json]";

function parseArgs(args: string[]): { vault: string; json: boolean } {
	let vault: string | undefined;
	let json = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === "--json") json = true;
		else if (arg === "--vault") {
			vault = args[++i];
			if (vault === undefined || vault.startsWith("--")) throw new ReportUsageError(`--vault needs a folder\n${USAGE}`);
		} else if (arg?.startsWith("--vault=")) vault = arg.slice("--vault=".length);
		else if (arg === "--help" || arg === "-h") throw new ReportUsageError(USAGE);
		else throw new ReportUsageError(`Unknown argument: ${arg ?? ""}\n${USAGE}`);
	}
	if (vault === undefined || vault === "") throw new ReportUsageError(`Missing --vault\n${USAGE}`);
	return { vault, json };
}

export async function main(args: string[]): Promise<number> {
	try {
		const { vault, json } = parseArgs(args);
		const { report, files } = await collectReport(resolve(vault));
		process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, files)}\n`);
		return 0;
	} catch (error) {
		if (error instanceof ReportUsageError) {
			process.stderr.write(`report: ${error.message}\n`);
			return 2;
		}
		process.stderr.write(`report failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
		return 1;
	}
}

// Run as a command (`node scripts/run-ts.mjs tools/report.ts`), not when imported by tests.
if (/[\\/]report\.m?js$/.test(process.argv[1] ?? "")) {
	void main(process.argv.slice(2)).then((code) => {
		process.exitCode = code;
	});
}
