/**
 * A NoteSource over a folder of markdown files, for Node tools (report, benchmark) and tests.
 *
 * It stands in for Obsidian's vault and metadata cache: `load()` scans the folder once and
 * builds each file's metadata (frontmatter, inline tags, links, headings) the way Obsidian's
 * cache does before the plugin runs. It never writes to the folder.
 *
 * Memory: by default file texts are not kept after the scan; `read()` reads them from disk.
 * With `{ keepText: true }` every text stays in memory (tests, in-memory simulations).
 * Texts given through `setFile`/`applyChange` are always kept in memory: they are edits
 * that only exist in this source, the folder on disk is left untouched.
 */
import { readFileSync, statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";
import { TextDecoder } from "node:util";
import { parse as parseYaml } from "yaml";
import { encodingProblemOf, looksBinary } from "../src/core/note/build-note-record";
import type { EncodingProblem, NoteSource, SourceEvent, SourceFile, SourceLink, SourceMetadata } from "../src/core/note/note-source";
import { rankUnresolvedLinks, type UnresolvedLink } from "../src/core/note/unresolved-links";
import { parseLink } from "../src/core/note/parse-link";

export interface PlainFilesSourceOptions {
	/** Keep every file's text in memory instead of reading it from disk on `read()`. */
	keepText?: boolean;
}

interface Entry {
	file: SourceFile;
	metadata: SourceMetadata;
	/** In-memory text: always for edited files, for every file with `keepText`. */
	text?: string;
}

const MARKDOWN = /\.md$/i;

function toVaultPath(root: string, absolute: string): string {
	return relative(root, absolute).split(sep).join("/");
}

function basenameOf(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.replace(MARKDOWN, "");
}

function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

/** Lower-cased name a link can use to reach a file: without `.md` for notes, whole for attachments. */
function linkKey(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.replace(MARKDOWN, "").toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Metadata, as Obsidian's metadata cache would record it.
// ---------------------------------------------------------------------------------------------

/** Tag characters Obsidian accepts: letters (accents included), marks, digits, `_`, `-`, `/`. */
const TAG = /(^|\s)#([\p{L}\p{M}\p{N}_\-/]+)/gu;
const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

function makeLink(inner: string, embed: boolean): SourceLink | null {
	// In tables the pipe is escaped: `[[Note\|alias]]`.
	const bar = inner.indexOf("|");
	let link = bar === -1 ? inner : inner.slice(0, bar);
	if (link.endsWith("\\")) link = link.slice(0, -1);
	link = link.trim();
	if (link === "") return null;
	const alias = bar === -1 ? undefined : inner.slice(bar + 1).trim();
	const hash = link.indexOf("#");
	// Obsidian's display text: the alias, else `Note > Heading` for a subpath, else the link.
	const displayText = alias !== undefined && alias !== ""
		? alias
		: hash === -1 ? link : `${link.slice(0, hash)} > ${link.slice(hash + 1)}`.trim();
	return { link, displayText, original: `${embed ? "!" : ""}[[${inner}]]` };
}

function wikilinksIn(text: string, into: SourceLink[]): void {
	if (!text.includes("[[")) return;
	for (const match of text.matchAll(WIKILINK)) {
		const link = makeLink(match[2] ?? "", match[1] === "!");
		if (link) into.push(link);
	}
}

/** Wikilinks held by frontmatter string values, at any depth (Obsidian's `frontmatterLinks`). */
function frontmatterLinks(value: unknown, into: SourceLink[]): void {
	if (typeof value === "string") wikilinksIn(value, into);
	else if (Array.isArray(value)) for (const item of value) frontmatterLinks(item, into);
	else if (typeof value === "object" && value !== null) for (const item of Object.values(value)) frontmatterLinks(item, into);
}

/** Replaces the inline code spans of one line with spaces, so that their tags and links are not read. */
function blankCodeSpans(line: string): string {
	if (!line.includes("`")) return line;
	let out = "";
	let i = 0;
	while (i < line.length) {
		const open = line.indexOf("`", i);
		if (open === -1) break;
		let run = open;
		while (line[run] === "`") run++;
		const size = run - open;
		// The span closes at the next run of exactly as many backticks; without one, the backticks are text.
		let close = line.indexOf("`", run);
		while (close !== -1) {
			let end = close;
			while (line[end] === "`") end++;
			if (end - close === size) break;
			close = line.indexOf("`", end);
		}
		if (close === -1) {
			out += line.slice(i, run);
			i = run;
			continue;
		}
		out += line.slice(i, open) + " ".repeat(close + size - open);
		i = close + size;
	}
	return out + line.slice(i);
}

function tagsIn(line: string, into: string[]): void {
	if (!line.includes("#")) return;
	for (const match of line.matchAll(TAG)) {
		const name = match[2] ?? "";
		// A tag needs at least one character that is not a digit: `#2024` is not a tag.
		if (/^\d+$/.test(name)) continue;
		into.push(`#${name}`);
	}
}

/** Where the frontmatter block ends, as a line index of the closing `---`, or -1 when there is none. */
function frontmatterEnd(lines: readonly string[]): number {
	if (lines.length < 2 || (lines[0] ?? "").trimEnd() !== "---") return -1;
	for (let i = 1; i < lines.length; i++) {
		if ((lines[i] ?? "").trimEnd() === "---") return i;
	}
	return -1;
}

function parseFrontmatter(source: string): { frontmatter?: Record<string, unknown>; error?: string } {
	try {
		const value: unknown = parseYaml(source, { logLevel: "error" });
		if (value === null || value === undefined) return {};
		if (typeof value !== "object" || Array.isArray(value)) return { error: "the properties are not a list of key: value pairs" };
		return { frontmatter: value as Record<string, unknown> };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		// yaml's messages carry a code frame after the first line; the first line says it all.
		return { error: (message.split("\n")[0] ?? message).trim().replace(/:$/, "") };
	}
}

/**
 * Builds the metadata of one markdown text. Line numbers count every line of the file,
 * frontmatter included, after an optional UTF-8 BOM; CRLF and LF are both line ends.
 * Not recognised (rare in notes, or ambiguous): indented code blocks (4 spaces are usually
 * nested list items), setext headings, HTML blocks, and markdown links `[text](Note.md)`.
 */
export function parseMetadata(text: string): SourceMetadata {
	const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
	const metadata: SourceMetadata = { inlineTags: [], links: [], headings: [] };
	const end = frontmatterEnd(lines);
	// Obsidian reads such a first line as a rule and the properties as text; the writer meant properties.
	if (end === -1 && (lines[0] ?? "").trimEnd() === "---" && (lines[1] ?? "").trim() !== "") metadata.frontmatterUnclosed = true;
	let start = 0;
	if (end !== -1) {
		start = end + 1;
		const parsed = parseFrontmatter(lines.slice(1, end).join("\n"));
		if (parsed.error !== undefined) metadata.frontmatterError = parsed.error;
		if (parsed.frontmatter !== undefined) {
			metadata.frontmatter = parsed.frontmatter;
			frontmatterLinks(parsed.frontmatter, metadata.links);
		}
	}
	let fence: { char: string; length: number } | null = null;
	let inComment = false;
	for (let i = start; i < lines.length; i++) {
		let line = lines[i] ?? "";
		if (fence) {
			const close = FENCE.exec(line);
			if (close && close[1]?.[0] === fence.char && (close[1]?.length ?? 0) >= fence.length && (close[2] ?? "").trim() === "") fence = null;
			continue;
		}
		if (!inComment) {
			const open = FENCE.exec(line);
			// A backtick fence's info string cannot hold a backtick.
			if (open && !(open[1]?.[0] === "`" && (open[2] ?? "").includes("`"))) {
				fence = { char: open[1]?.[0] ?? "`", length: open[1]?.length ?? 3 };
				continue;
			}
		}
		// Obsidian comments `%% ... %%`, on one line or across lines, hold no tags or links.
		if (inComment || line.includes("%%")) {
			let kept = "";
			let rest = line;
			for (;;) {
				const at = rest.indexOf("%%");
				if (at === -1) {
					if (!inComment) kept += rest;
					break;
				}
				if (!inComment) kept += rest.slice(0, at);
				inComment = !inComment;
				rest = rest.slice(at + 2);
			}
			line = kept;
		}
		const heading = HEADING.exec(line);
		if (heading) {
			// Closing hashes `## Title ##` are not part of the heading.
			const title = (heading[2] ?? "").replace(/(?:^|[ \t]+)#+$/, "").trim();
			if (title !== "") metadata.headings.push({ heading: title, level: heading[1]?.length ?? 1, line: i });
		}
		const visible = blankCodeSpans(line);
		tagsIn(visible, metadata.inlineTags);
		wikilinksIn(visible, metadata.links);
	}
	return metadata;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

/** A file's text as Obsidian would show it (bytes that are not UTF-8 become U+FFFD), and whether its bytes are text at all. */
export function decodeNote(bytes: Uint8Array): { text: string; problem?: EncodingProblem } {
	try {
		const text = strictUtf8.decode(bytes);
		return looksBinary(text) ? { text, problem: "binary" } : { text };
	} catch {
		const text = lenientUtf8.decode(bytes);
		return { text, problem: encodingProblemOf(text) ?? "invalid-utf8" };
	}
}

// ---------------------------------------------------------------------------------------------
// The source.
// ---------------------------------------------------------------------------------------------

export class PlainFilesSource implements NoteSource {
	private readonly entries = new Map<string, Entry>();
	/** Lower-cased vault path (notes without `.md`) to the path, for exact matches. */
	private readonly byPath = new Map<string, string>();
	/** Lower-cased link key (file name, notes without `.md`) to the paths that have it. */
	private readonly byName = new Map<string, string[]>();
	/** Files that are not markdown (attachments): links may point at them, the index does not read them. */
	private readonly attachments = new Set<string>();
	private readonly listeners = new Set<(event: SourceEvent) => void>();
	/** Memo of `resolveLink`, cleared whenever the set of files changes. */
	private readonly resolved = new Map<string, string | null>();
	private clock = 0;

	private constructor(readonly root: string, private readonly keepText: boolean) {}

	/** Scans `dir` recursively (skipping dot-folders and dot-files) and builds every note's metadata. */
	static async load(dir: string, options: PlainFilesSourceOptions = {}): Promise<PlainFilesSource> {
		const info = await stat(dir);
		if (!info.isDirectory()) throw new Error(`Not a folder: ${dir}`);
		const source = new PlainFilesSource(dir, options.keepText === true);
		await source.scan(dir);
		return source;
	}

	private async scan(dir: string): Promise<void> {
		const children = await readdir(dir, { withFileTypes: true });
		children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const child of children) {
			if (child.name.startsWith(".")) continue;
			const absolute = join(dir, child.name);
			if (child.isDirectory()) {
				await this.scan(absolute);
			} else if (child.isFile()) {
				const path = toVaultPath(this.root, absolute);
				if (!MARKDOWN.test(child.name)) {
					this.attachments.add(path);
					this.addName(path);
					continue;
				}
				const info = statSync(absolute);
				const { text, problem } = decodeNote(readFileSync(absolute));
				this.clock = Math.max(this.clock, info.mtimeMs);
				this.put(path, text, { ctime: info.birthtimeMs || info.ctimeMs, mtime: info.mtimeMs, size: info.size }, this.keepText);
				const entry = this.entries.get(path);
				if (entry && problem) entry.metadata.encodingProblem = problem;
			}
		}
	}

	private addName(path: string): void {
		this.resolved.clear();
		this.byPath.set(path.replace(MARKDOWN, "").toLowerCase(), path);
		const key = linkKey(path);
		const paths = this.byName.get(key);
		if (paths) paths.push(path);
		else this.byName.set(key, [path]);
	}

	private dropName(path: string): void {
		this.resolved.clear();
		this.byPath.delete(path.replace(MARKDOWN, "").toLowerCase());
		const key = linkKey(path);
		const paths = this.byName.get(key)?.filter((p) => p !== path);
		if (paths && paths.length > 0) this.byName.set(key, paths);
		else this.byName.delete(key);
	}

	private put(path: string, text: string, times: { ctime: number; mtime: number; size: number }, keep: boolean): void {
		if (!this.entries.has(path)) this.addName(path);
		const file: SourceFile = { path, basename: basenameOf(path), ...times };
		this.entries.set(path, { file, metadata: parseMetadata(text), text: keep ? text : undefined });
	}

	private emit(event: SourceEvent): void {
		for (const listener of [...this.listeners]) listener(event);
	}

	/** A modification time later than every one seen so far, so that an edit always changes it. */
	private nextMtime(): number {
		this.clock = Math.max(this.clock + 1, Date.now());
		return this.clock;
	}

	listFiles(): SourceFile[] {
		return [...this.entries.values()].map((entry) => entry.file);
	}

	getFile(path: string): SourceFile | null {
		return this.entries.get(path)?.file ?? null;
	}

	getMetadata(path: string): SourceMetadata | null {
		return this.entries.get(path)?.metadata ?? null;
	}

	/**
	 * Obsidian-like resolution of a link path (the caller strips `#Heading` / `#^block` first).
	 * In order: a path relative to the linking note's folder, an exact vault path (with or
	 * without `.md`, any case), then a file name match, any case; among several files with that
	 * name, the one in the linking note's folder, else the shortest path, else the first by path.
	 * A link with folders (`Projets/Plan`) matches by name only files whose path ends with it.
	 * An empty link path (`[[#Heading]]`) is the linking note itself.
	 */
	/** Links whose path resolves to no file, counted as Obsidian's `metadataCache.unresolvedLinks` counts them. */
	unresolvedLinks(): UnresolvedLink[] {
		const found: [string, string, number][] = [];
		for (const [from, entry] of this.entries) {
			for (const link of entry.metadata.links) {
				const { target } = parseLink(link);
				if (target !== "" && this.resolveLink(target, from) === null) found.push([from, target, 1]);
			}
		}
		return rankUnresolvedLinks(found);
	}

	resolveLink(linkpath: string, fromPath: string): string | null {
		if (linkpath.trim() === "") return this.entries.has(fromPath) ? fromPath : null;
		// The answer depends only on the link and the linking note's folder, until a file comes or goes.
		const key = `${folderOf(fromPath)}\n${linkpath}`;
		const known = this.resolved.get(key);
		if (known !== undefined) return known;
		const found = this.resolveUncached(linkpath, fromPath);
		this.resolved.set(key, found);
		return found;
	}

	private resolveUncached(linkpath: string, fromPath: string): string | null {
		let wanted = linkpath.trim().replace(/\\/g, "/");
		const lower = (p: string): string => p.replace(MARKDOWN, "").toLowerCase();
		if (wanted.startsWith("./") || wanted.startsWith("../")) {
			const joined = posix.normalize(posix.join(folderOf(fromPath), wanted));
			const found = this.byPath.get(lower(joined));
			if (found) return found;
		}
		wanted = wanted.replace(/^\/+/, "");
		const exact = this.byPath.get(lower(wanted));
		if (exact) return exact;
		const candidates = this.byName.get(linkKey(wanted));
		if (!candidates) return null;
		const suffix = `/${lower(wanted)}`;
		const matching = wanted.includes("/") ? candidates.filter((p) => `/${lower(p)}`.endsWith(suffix)) : candidates;
		if (matching.length === 0) return null;
		const folder = folderOf(fromPath);
		const sameFolder = matching.find((p) => folderOf(p) === folder);
		if (sameFolder) return sameFolder;
		return [...matching].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0] ?? null;
	}

	read(path: string): Promise<string> {
		const entry = this.entries.get(path);
		if (!entry) return Promise.reject(new Error(`No such note: ${path}`));
		if (entry.text !== undefined) return Promise.resolve(entry.text);
		// A synchronous read of one note takes microseconds; the promise API would add four thread-pool
		// round trips per file, which would be measured as the index's time in the benchmark.
		try {
			return Promise.resolve(readFileSync(join(this.root, ...path.split("/")), "utf8"));
		} catch (error) {
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
	}

	subscribe(listener: (event: SourceEvent) => void): () => void {
		this.listeners.add(listener);
		return () => {
			this.listeners.delete(listener);
		};
	}

	/**
	 * Creates or replaces a note in memory (the folder on disk is not touched): new text,
	 * metadata, size and a later mtime, then a `changed` event, as Obsidian's cache would send.
	 */
	setFile(path: string, text: string): void {
		const previous = this.entries.get(path)?.file;
		const mtime = this.nextMtime();
		this.put(path, text, { ctime: previous?.ctime ?? mtime, mtime, size: Buffer.byteLength(text, "utf8") }, true);
		this.emit({ kind: "changed", path });
	}

	/** Edits an existing note in memory and notifies subscribers. */
	applyChange(path: string, text: string): void {
		if (!this.entries.has(path)) throw new Error(`No such note: ${path}`);
		this.setFile(path, text);
	}

	/** Deletes a note in memory and notifies subscribers. */
	deleteFile(path: string): void {
		if (!this.entries.delete(path)) return;
		this.dropName(path);
		this.emit({ kind: "deleted", path });
	}

	/** Renames a note in memory (text and metadata move with it) and notifies subscribers. */
	async renameFile(oldPath: string, newPath: string): Promise<void> {
		const entry = this.entries.get(oldPath);
		if (!entry) throw new Error(`No such note: ${oldPath}`);
		const text = await this.read(oldPath);
		this.entries.delete(oldPath);
		this.dropName(oldPath);
		this.addName(newPath);
		this.entries.set(newPath, { file: { ...entry.file, path: newPath, basename: basenameOf(newPath) }, metadata: entry.metadata, text });
		this.emit({ kind: "renamed", path: newPath, oldPath });
	}
}
