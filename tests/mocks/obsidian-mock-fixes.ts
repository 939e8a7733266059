import { AbstractTextComponent, ButtonComponent, DropdownComponent, ExtraButtonComponent, MetadataCache, ToggleComponent } from "obsidian-test-mocks/obsidian";
import { TFile, type App, type CachedMetadata, type Reference, type TAbstractFile, type TagCache } from "obsidian";

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
 * 3. Links. The mock records external URLs (`[site](https://...)`, `![photo](https://...)`) as links and embeds,
 *    counts them in `unresolvedLinks` as notes not yet written, and lists wikilinks before markdown links;
 *    Obsidian keeps only links to notes and files, in the order they appear, and resolves only those (a markdown
 *    link's path URL-decoded).
 *    https://docs.obsidian.md/Reference/TypeScript+API/CachedMetadata/links
 *    https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache/unresolvedLinks
 * 4. File times and sizes. The mock's adapter keeps them, but `TFile.stat` stays at zero; Obsidian updates it
 *    on every write, before anyone hears of the change. https://docs.obsidian.md/Reference/TypeScript+API/FileStats
 * 5. Renames and deletions. The mock keeps a renamed or deleted note's metadata (and its links' counts) under its
 *    old path and never fires `deleted`; Obsidian moves or drops it, fires `deleted`, and `resolved` once links are
 *    resolved again. The mock resolves a note's links only when it reads that note, so a link to a note created,
 *    renamed or deleted since stays as it was (written, or not); Obsidian resolves them again.
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
 * 10. Dropdowns. The mock's `DropdownComponent.onChange` keeps the callback without listening to the `<select>`,
 *    so choosing an option does nothing, and its `setValue` calls the callback; Obsidian calls it when the writer
 *    picks an option, never for `setValue`. https://docs.obsidian.md/Reference/TypeScript+API/DropdownComponent/onChange
 *    Text fields and toggles have the same fault: typing in `addText` / `addTextArea`, or clicking `addToggle`,
 *    did nothing; Obsidian calls `onChange` on every `input` and every click (the toggle shows `is-enabled`).
 *    https://docs.obsidian.md/Reference/TypeScript+API/AbstractTextComponent/onChange
 *    https://docs.obsidian.md/Reference/TypeScript+API/ToggleComponent/onChange
 * 11. Tags. The mock reads a tag only as far as its ASCII letters (`#réflexions` is `#r`, `#été` is no tag);
 *    Obsidian reads letters of any script, marks, digits, `_`, `-` and `/` (nested tags), and a tag of digits
 *    alone (`#2024`) is no tag. https://docs.obsidian.md/Reference/TypeScript+API/TagCache
 * 12. Renaming through the file manager. The mock's `fileManager.renameFile` only renames; Obsidian (with
 *    "Automatically update internal links" on, the default) also rewrites the links to the note in other notes:
 *    `[[Ancien]]`, `[[Ancien|alias]]`, `[[Ancien#Titre]]`, embeds, links in properties and markdown links
 *    `[texte](Ancien.md)`, keeping their heading and alias. https://docs.obsidian.md/Reference/TypeScript+API/FileManager/renameFile
 * 13. Looking up a link. The mock's `getFirstLinkpathDest` walks every file of the vault for a link that is not a
 *    path (`[[Douter]]`, or a note not yet written), so resolving a vault's links costs links × files, minutes for a
 *    preview of 12,000 notes; Obsidian looks a link up in its index of names. The lookup keeps the mock's answer
 *    (the file at that path, at that path with `.md`, else the first file, in the vault's order, whose name or
 *    basename it is) from files kept by name; and resolving again after a note comes, moves or goes (fix 5)
 *    resolves only the notes that named it or led to it.
 *    https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache/getFirstLinkpathDest
 * 14. The vault's local storage. The mock's `App.loadLocalStorage` hands back the very object given to
 *    `saveLocalStorage`, kept in the app object, so a value changed after it was saved changes what is kept, and
 *    nothing is left when the app starts again; Obsidian keeps the value's JSON in the window's `localStorage`, under
 *    the vault's id, so a load gives a copy, and the next start on this device finds it. The preview keeps it in the
 *    page's `localStorage` (a reload is the next start); the glue tests, in a store of each app's own.
 *    https://docs.obsidian.md/Reference/TypeScript+API/App/saveLocalStorage
 */

interface MockMetadataCacheInternals {
	resolvedLinks: Record<string, Record<string, number>>;
	unresolvedLinks: Record<string, Record<string, number>>;
	app__: { vault: { readSync__: (this: unknown, file: TFile) => string } };
	cache__: Map<string, CachedMetadata>;
	parseFileMetadata: (this: MockMetadataCacheInternals, file: TFile) => void;
	updateLinks: (this: MockMetadataCacheInternals, sourcePath: string, cache: CachedMetadata) => void;
	trigger: (this: unknown, name: string, ...data: unknown[]) => void;
}

interface MockVaultInternals {
	setVaultAbstractFile__: (this: unknown, path: string, file: TAbstractFile) => void;
}

interface MockAdapterInternals {
	fileMeta?: Map<string, { ctime: number; mtime: number; size: number }>;
}

/** What to do about a note whose frontmatter is not valid YAML, besides indexing it as Obsidian does. */
export interface MockFixOptions {
	onBrokenFrontmatter?: (path: string, error: unknown) => void;
	/** Where the app's vault-specific local storage lives (fix 14): the page's `localStorage` in the preview; absent, a store of the app's own. */
	localStorage?: Pick<Storage, "getItem" | "setItem" | "removeItem">;
}

/** A store in memory with the page's `localStorage` calls, for an app that has no page of its own. */
function storeInMemory(): Pick<Storage, "getItem" | "setItem" | "removeItem"> {
	const items = new Map<string, string>();
	return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

/** Fix 14: the vault's local storage keeps JSON in `storage`, under a prefix of the vault's (one vault a page, in the preview). */
function keepLocalStorageAsJson(app: App, storage: Pick<Storage, "getItem" | "setItem" | "removeItem">): void {
	const prefix = "vault-";
	app.loadLocalStorage = (key: string): unknown => {
		const text = storage.getItem(prefix + key);
		return text === null ? null : (JSON.parse(text) as unknown);
	};
	app.saveLocalStorage = (key: string, data: unknown): void => {
		if (data === null || data === undefined) storage.removeItem(prefix + key);
		else storage.setItem(prefix + key, JSON.stringify(data));
	};
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

/** A markdown link with a scheme (`https:`, `mailto:`...) leads out of the vault; a wikilink never does (`[[Penser : vite]]`). */
function isExternal(reference: Reference): boolean {
	return !/^!?\[\[/.test(reference.original) && /^[a-z][a-z0-9+.-]*:/i.test(reference.link);
}

/** Where a link leads, as the metadata cache resolves it: a markdown link's path is URL-encoded. */
function linkPathOf(reference: Reference): string {
	const path = reference.link.replace(/#.*$/, "");
	if (!reference.original.endsWith(")")) return path;
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

/** Resolves a note's links again (fix 3): without the external ones, a markdown link's path decoded (`Mon%20texte.md`). */
function resolveLinks(metadata: MockMetadataCacheInternals, path: string): void {
	const cache = metadata.cache__.get(path);
	if (!cache) return;
	const resolvable = <R extends Reference>(references: R[] | undefined): R[] | undefined => references?.map((r) => ({ ...r, link: linkPathOf(r) }));
	metadata.updateLinks(path, { links: resolvable(cache.links), embeds: resolvable(cache.embeds), frontmatterLinks: cache.frontmatterLinks });
}

/** Tag characters Obsidian accepts, as tools/plain-files-source.ts reads them: letters, marks, digits, `_`, `-`, `/`. */
const TAG = /(^|\s)#([\p{L}\p{M}\p{N}_\-/]+)/gu;
/** Where tags are not read: fenced code blocks and inline code, as the mock's parser sees them. */
const CODE = [/^(`{3,}|~{3,}).*\n[\s\S]*?^\1\s*$/gm, /`[^`\n]+`/g];

/** The body's tags, read as Obsidian reads them (fix 11); positions are offsets into `text`. */
function tagsOf(text: string, bodyStart: number): TagCache[] {
	const code: Array<[number, number]> = [];
	for (const zone of CODE) for (const match of text.matchAll(zone)) code.push([match.index, match.index + match[0].length]);
	const lineStarts = [0];
	for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
	const loc = (offset: number): Loc => {
		let line = 0;
		while ((lineStarts[line + 1] ?? Infinity) <= offset) line++;
		return { line, col: offset - (lineStarts[line] ?? 0), offset };
	};
	const tags: TagCache[] = [];
	for (const match of text.slice(bodyStart).matchAll(TAG)) {
		const name = match[2] ?? "";
		const start = bodyStart + match.index + (match[1] ?? "").length;
		if (/^\d+$/.test(name) || code.some(([from, to]) => start >= from && start < to)) continue;
		tags.push({ tag: `#${name}`, position: { start: loc(start), end: loc(start + name.length + 1) } });
	}
	return tags;
}

/** Patches the mock's metadata parser (fixes 1 to 3, 6, 8 and 11); call it before creating an app whose files should be parsed the Obsidian way. */
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
				cache.links = cache.links.filter((l) => !isExternal(l)).sort((a, b) => a.position.start.offset - b.position.start.offset);
				if (cache.links.length === 0) delete cache.links;
			}
			if (cache.embeds) {
				cache.embeds = cache.embeds.filter((e) => !isExternal(e)).sort((a, b) => a.position.start.offset - b.position.start.offset);
				if (cache.embeds.length === 0) delete cache.embeds;
			}
			resolveLinks(this, file.path);
			const text = withoutBom(this.app__.vault.readSync__(file));
			const tags = tagsOf(text, cache.frontmatterPosition?.end.offset ?? 0);
			if (tags.length > 0) cache.tags = tags;
			else delete cache.tags;
			if (!cache.frontmatterPosition) splitRules(cache, text);
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

let controlsPatched = false;

interface MockDropdown {
	selectEl: HTMLSelectElement;
	onChange: (this: MockDropdown, callback: (value: string) => unknown) => MockDropdown;
	setValue: (this: MockDropdown, value: string) => MockDropdown;
}

interface MockTextField {
	inputEl: HTMLInputElement | HTMLTextAreaElement;
	value: string;
	onChanged: (this: MockTextField) => void;
	onChange: (this: MockTextField, callback: (value: string) => unknown) => MockTextField;
}

interface MockToggle {
	toggleEl: HTMLElement;
	value: boolean;
	onClick: (this: MockToggle) => void;
	onChange: (this: MockToggle, callback: (value: boolean) => unknown) => MockToggle;
	setValue: (this: MockToggle, value: boolean) => MockToggle;
}

/** Calls `listen` once per element, the first time a component on it is given an `onChange`. */
function once<T extends object>(): (el: T, listen: () => void) => void {
	const listened = new WeakSet<T>();
	return (el, listen) => {
		if (listened.has(el)) return;
		listened.add(el);
		listen();
	};
}

/** Makes text fields and toggles call their `onChange` when typed in or clicked (fix 10). */
function patchTextAndToggles(): void {
	const text = AbstractTextComponent.prototype as unknown as MockTextField;
	const keepText = text.onChange;
	const listenText = once<HTMLElement>();
	text.onChange = function (this: MockTextField, callback: (value: string) => unknown): MockTextField {
		listenText(this.inputEl, () =>
			this.inputEl.addEventListener("input", () => {
				this.value = this.inputEl.value;
				this.onChanged();
			}),
		);
		return keepText.call(this, callback);
	};
	const toggle = ToggleComponent.prototype as unknown as MockToggle;
	const keepToggle = toggle.onChange;
	const keepSetValue = toggle.setValue;
	const listenToggle = once<HTMLElement>();
	toggle.onChange = function (this: MockToggle, callback: (value: boolean) => unknown): MockToggle {
		listenToggle(this.toggleEl, () =>
			this.toggleEl.addEventListener("click", () => {
				this.onClick();
				this.toggleEl.toggleClass("is-enabled", this.value);
			}),
		);
		return keepToggle.call(this, callback);
	};
	toggle.setValue = function (this: MockToggle, value: boolean): MockToggle {
		this.toggleEl.addClass("checkbox-container");
		this.toggleEl.toggleClass("is-enabled", value);
		return keepSetValue.call(this, value);
	};
}

/** Makes dropdowns, text fields and toggles call `onChange` as the writer uses them; a dropdown not on `setValue` (fix 10). */
export function patchFormControls(): void {
	if (controlsPatched) return;
	controlsPatched = true;
	patchTextAndToggles();
	const proto = DropdownComponent.prototype as unknown as MockDropdown;
	const callbacks = new WeakMap<HTMLSelectElement, (value: string) => unknown>();
	proto.onChange = function (this: MockDropdown, callback: (value: string) => unknown): MockDropdown {
		// As in Obsidian, one listener calls the last callback given.
		if (!callbacks.has(this.selectEl)) this.selectEl.addEventListener("change", () => callbacks.get(this.selectEl)?.(this.selectEl.value));
		callbacks.set(this.selectEl, callback);
		return this;
	};
	proto.setValue = function (this: MockDropdown, value: string): MockDropdown {
		this.selectEl.value = value;
		return this;
	};
}

const WIKILINK = /^(!?\[\[)([^\]|#]*)([^\]|]*)(\|[^\]]*)?(\]\])$/;
const MARKDOWN_LINK = /^(!?\[[^\]]*\]\()(<?)([^)#>]*)([^)>]*)(>?\))$/;

/** The link written again to reach `file`, its heading, block and alias kept (fix 12). */
function relinked(app: App, original: string, file: TFile, sourcePath: string): string {
	const wiki = WIKILINK.exec(original);
	if (wiki) return `${wiki[1]}${app.metadataCache.fileToLinktext(file, sourcePath, true)}${wiki[3]}${wiki[4] ?? ""}${wiki[5]}`;
	const markdown = MARKDOWN_LINK.exec(original);
	if (!markdown) return original;
	const name = app.metadataCache.fileToLinktext(file, sourcePath, false);
	// Inside angle brackets the path is written as it is; otherwise its spaces are encoded, as Obsidian writes them.
	return `${markdown[1]}${markdown[2]}${markdown[2] === "<" ? name : name.replace(/ /g, "%20")}${markdown[4]}${markdown[5]}`;
}

/** The links (body, embeds, properties) of each note that lead to `file`. */
function linksTo(app: App, file: TFile): Map<TFile, Reference[]> {
	const found = new Map<TFile, Reference[]>();
	for (const source of app.vault.getMarkdownFiles()) {
		const cache = app.metadataCache.getFileCache(source);
		const references: Reference[] = [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])];
		const leading = references.filter((reference) => app.metadataCache.getFirstLinkpathDest(linkPathOf(reference), source.path) === file);
		if (leading.length > 0) found.set(source, leading);
	}
	return found;
}

/** Rewrites, in `text`, the links `references` that led to `file`, now renamed; a link no longer where it was is left. */
function rewriteLinks(app: App, text: string, references: Reference[], file: TFile, sourcePath: string): string {
	let out = text;
	const placed = references.filter((r): r is Reference & { position: { start: Loc; end: Loc } } => "position" in r).sort((a, b) => b.position.start.offset - a.position.start.offset);
	for (const { original, position } of placed) {
		const { offset: start } = position.start;
		const { offset: end } = position.end;
		if (out.slice(start, end) === original) out = out.slice(0, start) + relinked(app, original, file, sourcePath) + out.slice(end);
	}
	// Links in properties have no position: each is written again where the properties hold it.
	const propertiesEnd = app.metadataCache.getCache(sourcePath)?.frontmatterPosition?.end.offset ?? 0;
	let properties = out.slice(0, propertiesEnd);
	for (const { original } of references.filter((r) => !("position" in r))) properties = properties.split(original).join(relinked(app, original, file, sourcePath));
	return properties + out.slice(propertiesEnd);
}

/** Makes `fileManager.renameFile` update the links to the renamed note, as Obsidian does by default (fix 12). */
function updateLinksOnRename(app: App): void {
	const fileManager = app.fileManager;
	const rename = fileManager.renameFile.bind(fileManager);
	fileManager.renameFile = async (file, newPath) => {
		if (!(file instanceof TFile)) return rename(file, newPath);
		const linkers = linksTo(app, file);
		await rename(file, newPath);
		for (const [source, references] of linkers) {
			await app.vault.process(source, (text) => rewriteLinks(app, text, references, file, source.path));
		}
	};
}

/** Moves a note's own link counts to its new path, or drops them with the note (fix 5). */
function moveLinkCounts(metadata: MockMetadataCacheInternals, from: string, to: string | null): void {
	for (const table of [metadata.resolvedLinks, metadata.unresolvedLinks]) {
		const counts = table[from];
		delete table[from];
		if (counts && to !== null) table[to] = counts;
	}
}

/** Keeps `values` under `key`, a set made on first use. */
function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
	const values = map.get(key);
	if (values) values.add(value);
	else map.set(key, new Set([value]));
}

/**
 * The notes that name each link path not yet written, and that lead to each note, kept as links are resolved (fix 13):
 * resolving again after a note comes or goes looks only at them, not at every note's links. A note may stay listed
 * after its links changed; it is dropped when looked at.
 */
class LinkSources {
	private readonly naming = new Map<string, Set<string>>();
	private readonly leading = new Map<string, Set<string>>();

	constructor(private readonly metadata: MockMetadataCacheInternals) {}

	/** Notes the links of `source`, as they were just resolved. */
	note(source: string): void {
		for (const linkpath of Object.keys(this.metadata.unresolvedLinks[source] ?? {})) addTo(this.naming, linkpath, source);
		for (const path of Object.keys(this.metadata.resolvedLinks[source] ?? {})) addTo(this.leading, path, source);
	}

	/** Adds to `into` the notes whose `table` still holds `key`, dropping the others from `map`. */
	private collect(map: Map<string, Set<string>>, table: Record<string, Record<string, number>>, key: string, into: Set<string>): void {
		const sources = map.get(key);
		if (!sources) return;
		for (const source of sources) {
			if (table[source]?.[key] !== undefined) into.add(source);
			else sources.delete(source);
		}
		if (sources.size === 0) map.delete(key);
	}

	/** The notes that named a link path now arrived, or led to a path now gone. */
	touching(arrived: ReadonlySet<string>, gone: ReadonlySet<string>): Set<string> {
		const sources = new Set<string>();
		for (const linkpath of arrived) this.collect(this.naming, this.metadata.unresolvedLinks, linkpath, sources);
		for (const path of gone) this.collect(this.leading, this.metadata.resolvedLinks, path, sources);
		return sources;
	}
}

/** Resolves again the links of the notes that named a link path now arrived, or led to a path now gone (fixes 5 and 13). */
function resolveAgain(metadata: MockMetadataCacheInternals, sources: LinkSources, arrived: ReadonlySet<string>, gone: ReadonlySet<string>): void {
	if (arrived.size === 0 && gone.size === 0) return;
	for (const source of sources.touching(arrived, gone)) resolveLinks(metadata, source);
}

/**
 * Makes the app's `getFirstLinkpathDest` look a link up among files kept by name and basename instead of walking
 * every file, with the mock's answer (fix 13); files come in through the vault's one way of adding a file, so a
 * created, copied or renamed one is kept under its new name, and one no longer in the vault is dropped when looked at.
 * https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache/getFirstLinkpathDest
 */
function indexLinkpaths(app: App): void {
	const vault = app.vault;
	const byName = new Map<string, Set<TFile>>();
	const keep = (file: TAbstractFile): void => {
		if (!(file instanceof TFile)) return;
		addTo(byName, file.name, file);
		addTo(byName, file.basename, file);
	};
	for (const file of vault.getFiles()) keep(file);
	const internals = vault as unknown as MockVaultInternals;
	const set = internals.setVaultAbstractFile__;
	internals.setVaultAbstractFile__ = function (this: unknown, path: string, file: TAbstractFile): void {
		set.call(this, path, file);
		keep(file);
	};
	app.metadataCache.getFirstLinkpathDest = (linkpath: string): TFile | null => {
		const atPath = vault.getFileByPath(linkpath) ?? vault.getFileByPath(`${linkpath}.md`);
		if (atPath) return atPath;
		const named = byName.get(linkpath);
		if (!named) return null;
		for (const file of named) {
			if (vault.getAbstractFileByPath(file.path) !== file || (file.name !== linkpath && file.basename !== linkpath)) named.delete(file);
		}
		if (named.size === 0) byName.delete(linkpath);
		if (named.size <= 1) return named.values().next().value ?? null;
		// Several files of that name: the mock's pick, the first in the vault's order.
		return vault.getFiles().find((file) => named.has(file)) ?? null;
	};
}

/** What a caller can ask of the fixed app beyond the mocks' API. */
export interface MockFixControl {
	/**
	 * Holds back resolving links again while notes are loaded in bulk (a preview's vault at start-up, as Obsidian
	 * indexes a vault before it resolves links): the returned function lets go, resolving once the links of the notes
	 * that named a note loaded meanwhile, and firing `resolved`. Without it, each note created would look through every other note's links.
	 */
	holdLinkResolution(): () => void;
}

/** Brings one in-memory app in line with Obsidian (fixes 4, 5, 7, 9, 10, 12, 13 and 14), after {@link patchMetadataCache}. */
export function applyObsidianMockFixes(app: App, options: MockFixOptions = {}): MockFixControl {
	patchMetadataCache(options);
	patchButtons();
	patchFormControls();
	updateLinksOnRename(app);
	keepLocalStorageAsJson(app, options.localStorage ?? storeInMemory());
	indexLinkpaths(app);
	const vault = app.vault;
	const meta = (vault.adapter as unknown as MockAdapterInternals).fileMeta;
	const cache = app.metadataCache as unknown as MockMetadataCacheInternals;
	const sources = new LinkSources(cache);
	const updateLinks = cache.updateLinks;
	cache.updateLinks = function (this: MockMetadataCacheInternals, sourcePath: string, metadata: CachedMetadata): void {
		updateLinks.call(this, sourcePath, metadata);
		sources.note(sourcePath);
	};
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
	// Links to notes read before the notes they lead to (the mock reads them in order).
	for (const path of cache.cache__.keys()) resolveLinks(cache, path);
	/** Link paths that may lead somewhere now, and paths no link can lead to any more, since links were last resolved. */
	const arrived = new Set<string>();
	const gone = new Set<string>();
	const trigger = vault.trigger.bind(vault);
	let resolveTimer: ReturnType<typeof setTimeout> | null = null;
	let held = 0;
	vault.trigger = (name: string, ...data: unknown[]): void => {
		const file = data[0] as TAbstractFile | undefined;
		if (file instanceof TFile) stat(file);
		if (name === "rename" && file instanceof TFile && typeof data[1] === "string") {
			const moved = cache.cache__.get(data[1]);
			cache.cache__.delete(data[1]);
			if (moved) cache.cache__.set(file.path, moved);
			moveLinkCounts(cache, data[1], file.path);
			sources.note(file.path);
			gone.add(data[1]);
		}
		const previous = name === "delete" && file instanceof TFile ? cache.cache__.get(file.path) : undefined;
		if (name === "delete" && file instanceof TFile) {
			cache.cache__.delete(file.path);
			moveLinkCounts(cache, file.path, null);
			gone.add(file.path);
		}
		if ((name === "create" || name === "rename") && file instanceof TFile) {
			for (const linkpath of [file.path, file.path.replace(/\.md$/, ""), file.name, file.basename]) arrived.add(linkpath);
		}
		trigger(name, ...data);
		if (name === "delete" && file instanceof TFile) app.metadataCache.trigger("deleted", file, previous ?? null);
		if (held === 0 && (name === "create" || name === "modify" || name === "rename" || name === "delete")) {
			if (resolveTimer !== null) clearTimeout(resolveTimer);
			resolveTimer = setTimeout(() => {
				resolveTimer = null;
				resolveAgain(cache, sources, arrived, gone);
				arrived.clear();
				gone.clear();
				app.metadataCache.trigger("resolved");
			}, 0);
		}
	};
	return {
		holdLinkResolution(): () => void {
			held++;
			let released = false;
			return () => {
				if (released) return;
				released = true;
				held--;
				if (held > 0) return;
				resolveAgain(cache, sources, arrived, gone);
				arrived.clear();
				gone.clear();
				app.metadataCache.trigger("resolved");
			};
		},
	};
}
