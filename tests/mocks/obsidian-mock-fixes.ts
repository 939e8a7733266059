import { ButtonComponent, ExtraButtonComponent, MetadataCache } from "obsidian-test-mocks/obsidian";
import { TFile, type App, type CachedMetadata, type TAbstractFile } from "obsidian";

/**
 * The one place where the in-memory Obsidian (obsidian-test-mocks) is brought in line with the real app,
 * for the glue tests (tests/helpers/obsidian-app.ts) and the browser preview (preview/page/shell/vault.ts) alike.
 *
 * 1. Broken YAML. The mock's metadata parser throws, which makes `vault.create`/`vault.modify` throw and stops
 *    every later handler of that vault event. Obsidian keeps the note and shows it with invalid properties: its
 *    cache has no `frontmatter`, still a `frontmatterPosition`, and the body's headings, links and lists.
 *    https://docs.obsidian.md/Reference/TypeScript+API/CachedMetadata
 * 2. Frontmatter objects. The mock hands out a strict proxy for an empty block, which throws on any unknown
 *    key; Obsidian's `frontmatter` is a plain object. https://docs.obsidian.md/Reference/TypeScript+API/FrontMatterCache
 * 3. Links. The mock records external URLs (`[site](https://...)`) as links and lists wikilinks before markdown
 *    links; Obsidian keeps only links to notes and files, in the order they appear.
 *    https://docs.obsidian.md/Reference/TypeScript+API/CachedMetadata/links
 * 4. File times and sizes. The mock's adapter keeps them, but `TFile.stat` stays at zero; Obsidian updates it
 *    on every write, before anyone hears of the change. https://docs.obsidian.md/Reference/TypeScript+API/FileStats
 * 5. Renames and deletions. The mock keeps a renamed or deleted note's metadata under its old path and never
 *    fires `deleted`; Obsidian moves or drops it, fires `deleted`, and `resolved` once links are resolved again.
 *    https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache/on('deleted')
 * 6. A byte order mark. The mock looks for the frontmatter's `---` at the very first character, so a note
 *    that starts with a BOM has no properties (and its watched tag is lost). Obsidian reads the properties
 *    behind the BOM; positions stay offsets into the note's text as read, BOM included.
 *    https://docs.obsidian.md/Reference/TypeScript+API/CachedMetadata/frontmatterPosition
 * 7. Buttons. The mock's `ButtonComponent.onClick` and `ExtraButtonComponent.onClick` keep the callback
 *    without listening to the button, so a click does nothing; Obsidian calls it on every click.
 *    https://docs.obsidian.md/Reference/TypeScript+API/ButtonComponent/onClick
 *    https://docs.obsidian.md/Reference/TypeScript+API/ExtraButtonComponent/onClick
 * 8. Thematic breaks. The mock reads a `---` line with text right under it (a first line `---` that opens no
 *    properties: closed by `...`, with spaces after it, never closed) into the paragraph below; Obsidian reads a
 *    rule there, a `thematicBreak` section of its own, as CommonMark does.
 *    https://docs.obsidian.md/Reference/TypeScript+API/SectionCache
 * 9. Creating over a note. The mock's `vault.create` writes over a file already at the path; Obsidian refuses,
 *    with "File already exists.", and the note is left as it was. https://docs.obsidian.md/Reference/TypeScript+API/Vault/create
 */

interface MockMetadataCacheInternals {
	app__: { vault: { readSync__: (this: unknown, file: TFile) => string } };
	cache__: Map<string, CachedMetadata>;
	parseFileMetadata: (this: MockMetadataCacheInternals, file: TFile) => void;
	trigger: (this: unknown, name: string, ...data: unknown[]) => void;
}

interface MockAdapterInternals {
	fileMeta?: Map<string, { ctime: number; mtime: number; size: number }>;
}

/** What to do about a note whose frontmatter is not valid YAML, besides indexing it as Obsidian does. */
export interface MockFixOptions {
	onBrokenFrontmatter?: (path: string, error: unknown) => void;
}

let patched = false;
let brokenFrontmatter: MockFixOptions["onBrokenFrontmatter"];

/** Blanks the lines inside a frontmatter block, keeping the line count so positions stay true. */
function blankFrontmatter(content: string): string {
	const match = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/.exec(content);
	if (!match) return content;
	const inner = (match[2] ?? "").replace(/[^\r\n]/g, "");
	return `${match[1] ?? ""}${inner}${match[3] ?? ""}${content.slice(match[0].length)}`;
}

const BOM = "\uFEFF";

interface Loc {
	line: number;
	col: number;
	offset: number;
}

function isLoc(value: unknown): value is Loc {
	if (typeof value !== "object" || value === null) return false;
	const loc = value as Partial<Loc>;
	return typeof loc.line === "number" && typeof loc.col === "number" && typeof loc.offset === "number";
}

/** Moves every position of a cache entry parsed without the BOM one character on, where the BOM is. */
function shiftPastBom(value: unknown): void {
	if (isLoc(value)) {
		value.offset += 1;
		if (value.line === 0) value.col += 1;
		return;
	}
	if (typeof value !== "object" || value === null) return;
	for (const [key, child] of Object.entries(value)) {
		// Property values are the writer's data, not positions.
		if (key !== "frontmatter") shiftPastBom(child);
	}
}

/** Runs the mock's parser over the note's text as `edit` changes it, then puts the vault's reader back. */
function parseAs(cache: MockMetadataCacheInternals, parse: MockMetadataCacheInternals["parseFileMetadata"], file: TFile, edit: (text: string) => string): void {
	const vault = cache.app__.vault;
	const read = vault.readSync__;
	vault.readSync__ = (f: TFile) => edit(read.call(vault, f));
	try {
		parse.call(cache, file);
	} finally {
		vault.readSync__ = read;
	}
}

const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** Splits each paragraph section that starts with a rule into the rule and the paragraph under it (fix 8). */
function splitRules(cache: CachedMetadata, text: string): void {
	if (!cache.sections) return;
	const lineStarts = [0];
	for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
	const lineText = (line: number): string => text.slice(lineStarts[line] ?? text.length, (lineStarts[line + 1] ?? text.length + 1) - 1).replace(/\r$/, "");
	cache.sections = cache.sections.flatMap((section) => {
		const { start, end } = section.position;
		const below = lineText(start.line + 1);
		if (section.type !== "paragraph" || end.line === start.line || !RULE.test(lineText(start.line)) || below.trim() === "" || RULE.test(below)) return [section];
		const ruleEnd = start.offset + lineText(start.line).length;
		const next = lineStarts[start.line + 1] ?? ruleEnd;
		return [
			{ type: "thematicBreak", position: { start, end: { line: start.line, col: ruleEnd - start.offset, offset: ruleEnd } } },
			{ type: "paragraph", position: { start: { line: start.line + 1, col: 0, offset: next }, end } },
		];
	});
}

/** Patches the mock's metadata parser (fixes 1 to 3, 6 and 8); call it before creating an app whose files should be parsed the Obsidian way. */
export function patchMetadataCache(options: MockFixOptions = {}): void {
	brokenFrontmatter = options.onBrokenFrontmatter ?? brokenFrontmatter;
	if (patched) return;
	patched = true;
	const proto = MetadataCache.prototype as unknown as MockMetadataCacheInternals;
	const parse = proto.parseFileMetadata;
	proto.parseFileMetadata = function (this: MockMetadataCacheInternals, file: TFile): void {
		// The event waits until the cache entry is fixed: listeners read the cache as they hear of it.
		const trigger = this.trigger;
		let event: unknown[] | null = null;
		this.trigger = (...args: unknown[]) => {
			event = args;
		};
		let broken = false;
		let bom = false;
		const withoutBom = (text: string): string => {
			bom = text.startsWith(BOM);
			return bom ? text.slice(BOM.length) : text;
		};
		try {
			try {
				parseAs(this, parse, file, withoutBom);
			} catch (error) {
				broken = true;
				brokenFrontmatter?.(file.path, error);
				parseAs(this, parse, file, (text) => blankFrontmatter(withoutBom(text)));
			}
		} finally {
			this.trigger = trigger;
		}
		const cache = this.cache__.get(file.path);
		if (cache && event) {
			if (broken) delete cache.frontmatter;
			else if (cache.frontmatter) cache.frontmatter = { ...cache.frontmatter };
			if (cache.links) {
				cache.links = cache.links.filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l.link)).sort((a, b) => a.position.start.offset - b.position.start.offset);
			}
			if (!cache.frontmatterPosition) splitRules(cache, withoutBom(this.app__.vault.readSync__(file)));
			if (bom) shiftPastBom(cache);
		}
		if (event) this.trigger(...(event as [string, ...unknown[]]));
	};
}

let buttonsPatched = false;

type ClickCallback = (evt: MouseEvent) => unknown;

interface Clickable {
	disabled: boolean;
	onClick: (this: Clickable, callback: ClickCallback) => unknown;
}

/** Makes `onClick` also listen to the element `el` names; a disabled component ignores clicks, as in Obsidian. */
function listenOnClick(proto: Clickable, el: (component: Clickable) => HTMLElement): void {
	const keep = proto.onClick;
	proto.onClick = function (this: Clickable, callback: ClickCallback): unknown {
		el(this).addEventListener("click", (evt) => {
			if (!this.disabled) callback(evt);
		});
		return keep.call(this, callback);
	};
}

/** Makes the mock's buttons call their `onClick` callback when clicked (fix 7). */
export function patchButtons(): void {
	if (buttonsPatched) return;
	buttonsPatched = true;
	listenOnClick(ButtonComponent.prototype, (button) => (button as ButtonComponent).buttonEl);
	// Its callback takes no event; it is handed one all the same, as Obsidian does.
	listenOnClick(ExtraButtonComponent.prototype as unknown as Clickable, (button) => (button as unknown as ExtraButtonComponent).extraSettingsEl);
}

/** Brings one in-memory app in line with Obsidian (fixes 4, 5, 7 and 9), after {@link patchMetadataCache}. */
export function applyObsidianMockFixes(app: App, options: MockFixOptions = {}): void {
	patchMetadataCache(options);
	patchButtons();
	const vault = app.vault;
	const meta = (vault.adapter as unknown as MockAdapterInternals).fileMeta;
	const cache = app.metadataCache as unknown as MockMetadataCacheInternals;
	const stat = (file: TFile): void => {
		const known = meta?.get(file.path);
		if (known) file.stat = { ctime: known.ctime, mtime: known.mtime, size: known.size };
	};
	for (const file of vault.getFiles()) stat(file);
	const create = vault.create.bind(vault);
	vault.create = async (path, data, writeOptions) => {
		if (vault.getAbstractFileByPath(path)) throw new Error("File already exists.");
		return create(path, data, writeOptions);
	};
	const trigger = vault.trigger.bind(vault);
	let resolveTimer: ReturnType<typeof setTimeout> | null = null;
	vault.trigger = (name: string, ...data: unknown[]): void => {
		const file = data[0] as TAbstractFile | undefined;
		if (file instanceof TFile) stat(file);
		if (name === "rename" && file instanceof TFile && typeof data[1] === "string") {
			const moved = cache.cache__.get(data[1]);
			cache.cache__.delete(data[1]);
			if (moved) cache.cache__.set(file.path, moved);
		}
		const previous = name === "delete" && file instanceof TFile ? cache.cache__.get(file.path) : undefined;
		if (name === "delete" && file instanceof TFile) cache.cache__.delete(file.path);
		trigger(name, ...data);
		if (name === "delete" && file instanceof TFile) app.metadataCache.trigger("deleted", file, previous ?? null);
		if (name === "create" || name === "modify" || name === "rename" || name === "delete") {
			if (resolveTimer !== null) clearTimeout(resolveTimer);
			resolveTimer = setTimeout(() => {
				resolveTimer = null;
				app.metadataCache.trigger("resolved");
			}, 0);
		}
	};
}
