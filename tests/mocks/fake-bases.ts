import { BasesEntry, BasesEntryGroup, BasesQueryResult, BooleanValue, ListValue, NullValue, NumberValue, QueryController, StringValue } from "obsidian-test-mocks/obsidian";
import {
	getAllTags,
	parseYaml,
	TFile,
	type App,
	type BasesConfigFileFilter,
	type BasesPropertyId,
	type BasesSortConfig,
	type BasesView,
	type BasesViewConfig,
	type BasesViewRegistration,
	type EventRef,
	type QueryController as ObsidianQueryController,
	type Value,
} from "obsidian";

/**
 * Bases in memory: the one place where the glue tests (tests/obsidian/bases/) and the browser preview
 * (preview/page/shell/bases.ts) get what Obsidian gives a plugin's Bases view, since obsidian-test-mocks has the
 * classes but no query behind them. It follows obsidian.d.ts (1.13):
 *
 * - a view is made by its registration's `factory(controller, containerEl)`, then given `app`, `config`,
 *   `allProperties` and `data`, loaded (`Component.load`), and told `onDataUpdated()`; again, with a new
 *   `BasesQueryResult` and new `BasesEntry` objects, each time a note changes (created, edited, renamed, deleted), the
 *   `.base` file changes, or the view calls `config.set` (Obsidian saves the file, which runs the query again).
 *   https://docs.obsidian.md/Reference/TypeScript+API/BasesView and https://docs.obsidian.md/Reference/TypeScript+API/QueryController
 * - `FakeBasesViewConfig` is the view's entry of the `.base` file: `get(key)` reads the entry as written (its options,
 *   and `groupBy`, `sort`, `order`), `getSort()` and `getOrder()` its sort and visible properties as property ids,
 *   `set(key, value)` writes the entry in memory and runs the query again; `sets` counts the calls.
 *   https://docs.obsidian.md/Reference/TypeScript+API/BasesViewConfig
 * - `data.data` is every file of the vault that passes the base's and the view's filters, sorted by the view's `sort`
 *   (by path when it has none), cut at its `limit`; `data.groupedData` groups them by the view's `groupBy` (the groups'
 *   keys in its direction, the notes without a value last, under `NullValue`), or is one group without a key.
 *   https://docs.obsidian.md/Reference/TypeScript+API/BasesQueryResult
 * - a note's properties are `note.<name>` values (text, number, boolean, list); `file.name`, `file.basename`,
 *   `file.path`, `file.folder`, `file.ext` and `file.size` its file's.
 *
 * The filters read are a small part of Bases' syntax (https://help.obsidian.md/bases/syntax): `and`, `or`, `not`;
 * `property == value` and `!=` (a note property or a file one, a quoted text, a number, true or false); a property
 * alone (it holds a value); `file.inFolder("…")`, `file.hasTag("…", …)`. Anything else is refused, with an error
 * that names it, rather than read wrong.
 */

type ViewEntry = Record<string, unknown>;

interface BaseFile {
	filters?: BasesConfigFileFilter;
	properties?: Record<string, { displayName?: unknown }>;
	views?: ViewEntry[];
}

/** `status` and `note.status` are one property; `file.name` and `formula.x` keep their type. */
export function toPropertyId(name: string): BasesPropertyId {
	return (/^(note|file|formula)\./.test(name) ? name : `note.${name}`) as BasesPropertyId;
}

/** The view's entry of a `.base` file, as Obsidian keeps it. */
export class FakeBasesViewConfig implements BasesViewConfig {
	name: string;
	/** How many times the view called `set`. */
	sets = 0;

	constructor(
		private readonly entry: ViewEntry,
		private readonly base: BaseFile,
		private readonly changed: () => void,
	) {
		this.name = typeof entry["name"] === "string" ? entry["name"] : "";
	}

	get(key: string): unknown {
		return this.entry[key];
	}

	getAsPropertyId(key: string): BasesPropertyId | null {
		const value = this.entry[key];
		return typeof value === "string" && value.trim() !== "" ? toPropertyId(value.trim()) : null;
	}

	getEvaluatedFormula(_view: BasesView, _key: string): Value {
		return NullValue.value;
	}

	set(key: string, value: unknown): void {
		this.sets++;
		if (value === null || value === undefined) delete this.entry[key];
		else this.entry[key] = value;
		this.changed();
	}

	getOrder(): BasesPropertyId[] {
		const order = this.entry["order"];
		return Array.isArray(order) ? order.filter((item): item is string => typeof item === "string").map(toPropertyId) : [];
	}

	getSort(): BasesSortConfig[] {
		const sort = this.entry["sort"];
		if (!Array.isArray(sort)) return [];
		const valid: BasesSortConfig[] = [];
		for (const item of sort as unknown[]) {
			const { property, direction } = (item ?? {}) as { property?: unknown; direction?: unknown };
			if (typeof property === "string" && (direction === "ASC" || direction === "DESC")) valid.push({ property: toPropertyId(property), direction });
		}
		return valid;
	}

	getDisplayName(propertyId: BasesPropertyId): string {
		const named = this.base.properties?.[propertyId]?.displayName ?? this.base.properties?.[propertyId.replace(/^note\./, "")]?.displayName;
		return typeof named === "string" ? named : propertyId.slice(propertyId.indexOf(".") + 1);
	}
}

/** A property's value as Bases hands it to a view. */
function toValue(raw: unknown): Value | null {
	if (raw === undefined) return null;
	if (raw === null) return NullValue.value;
	if (typeof raw === "number") return NumberValue.create__(raw);
	if (typeof raw === "boolean") return BooleanValue.create__(raw);
	if (Array.isArray(raw)) {
		const list = ListValue.create__([]);
		// The mock's list keeps no items of its own: they are put where it reads them.
		(list as unknown as { values__: Value[] }).values__ = (raw as unknown[]).map((item) => toValue(item) ?? NullValue.value);
		return list;
	}
	return StringValue.create__(typeof raw === "string" ? raw : JSON.stringify(raw));
}

function frontmatterOf(app: App, file: TFile): Record<string, unknown> {
	return { ...(app.metadataCache.getFileCache(file)?.frontmatter ?? {}) };
}

/** The file's own properties, by their Bases names. */
function fileProperties(file: TFile): Record<string, unknown> {
	return { name: file.name, basename: file.basename, path: file.path, folder: file.parent?.path ?? "", ext: file.extension, size: file.stat.size };
}

/** A property's raw value for a file: a note property from its frontmatter (any case), or one of the file's. */
function rawProperty(app: App, file: TFile, id: BasesPropertyId): unknown {
	if (id.startsWith("file.")) return fileProperties(file)[id.slice(5)];
	if (!id.startsWith("note.")) return undefined;
	const name = id.slice(5);
	const properties = frontmatterOf(app, file);
	const key = Object.keys(properties).find((k) => k === name) ?? Object.keys(properties).find((k) => k.toLowerCase() === name.toLowerCase());
	return key === undefined ? undefined : properties[key];
}

function literal(text: string): unknown {
	const trimmed = text.trim();
	const quoted = /^"(.*)"$|^'(.*)'$/.exec(trimmed);
	if (quoted) return quoted[1] ?? quoted[2] ?? "";
	if (/^-?\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
	if (trimmed === "true" || trimmed === "false") return trimmed === "true";
	throw new Error(`Bases in memory cannot read the value ${trimmed}`);
}

function stringArgs(text: string): string[] {
	return [...text.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2] ?? "");
}

/** One filter expression, for one file (the part of Bases' syntax this fake reads, above). */
function passesExpression(app: App, file: TFile, expression: string): boolean {
	const text = expression.trim();
	const call = /^file\.(inFolder|hasTag)\((.*)\)$/.exec(text);
	if (call) {
		const args = stringArgs(call[2] ?? "");
		if (call[1] === "inFolder") return args.some((folder) => file.path.startsWith(`${folder.replace(/\/+$/, "")}/`));
		const cache = app.metadataCache.getFileCache(file);
		const tags = (cache ? (getAllTags(cache) ?? []) : []).map((tag) => tag.replace(/^#/, "").toLowerCase());
		return args.some((wanted) => tags.some((tag) => tag === wanted.toLowerCase() || tag.startsWith(`${wanted.toLowerCase()}/`)));
	}
	const comparison = /^([\p{L}\p{N}_.-]+)\s*(==|!=)\s*(.+)$/u.exec(text);
	if (comparison) {
		const raw = rawProperty(app, file, toPropertyId(comparison[1] ?? ""));
		const equal = raw === literal(comparison[3] ?? "");
		return comparison[2] === "==" ? equal : !equal;
	}
	if (/^[\p{L}\p{N}_.-]+$/u.test(text)) {
		const raw = rawProperty(app, file, toPropertyId(text));
		return raw !== undefined && raw !== null && raw !== "" && !(Array.isArray(raw) && raw.length === 0);
	}
	throw new Error(`Bases in memory cannot read the filter ${text}`);
}

function passes(app: App, file: TFile, filter: BasesConfigFileFilter | undefined): boolean {
	if (filter === undefined || filter === null) return true;
	if (typeof filter === "string") return passesExpression(app, file, filter);
	if ("and" in filter) return filter.and.every((part) => passes(app, file, part));
	if ("or" in filter) return filter.or.some((part) => passes(app, file, part));
	if ("not" in filter) return !filter.not.some((part) => passes(app, file, part));
	throw new Error(`Bases in memory cannot read the filter ${JSON.stringify(filter)}`);
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/** Bases' order of two values: numbers by size, the rest as text; no value last. */
function compareValues(a: Value | null, b: Value | null): number {
	const none = (value: Value | null): boolean => value === null || value.toString() === "";
	if (none(a) || none(b)) return Number(none(a)) - Number(none(b));
	if (a instanceof NumberValue && b instanceof NumberValue) return Number(a.toString()) - Number(b.toString());
	return collator.compare(a?.toString() ?? "", b?.toString() ?? "");
}

/** What a base's query gives a view, computed as Obsidian would for the subset read here. */
export interface FakeQueryResult {
	result: BasesQueryResult;
	allProperties: BasesPropertyId[];
}

/** Runs a view's query over the vault: filter, sort, limit, group. */
export function runBaseQuery(app: App, base: BaseFile, entry: ViewEntry, config: FakeBasesViewConfig): FakeQueryResult {
	const viewFilter = entry["filters"] as BasesConfigFileFilter | undefined;
	const allProperties = new Set<BasesPropertyId>(["file.name", "file.basename", "file.path", "file.folder", "file.ext", "file.size"] as BasesPropertyId[]);
	const entries: BasesEntry[] = [];
	for (const file of app.vault.getFiles()) {
		if (!passes(app, file, base.filters) || !passes(app, file, viewFilter)) continue;
		const basesEntry = BasesEntry.create__(null, file as never);
		for (const [name, raw] of Object.entries(fileProperties(file))) basesEntry.setValue__(`file.${name}` as BasesPropertyId, toValue(raw));
		for (const [name, raw] of Object.entries(frontmatterOf(app, file))) {
			if (name === "position") continue;
			const id = toPropertyId(name);
			allProperties.add(id);
			basesEntry.setValue__(id, toValue(raw));
		}
		entries.push(basesEntry);
	}
	const sort = config.getSort();
	entries.sort((a, b) => {
		for (const { property, direction } of sort) {
			const order = compareValues(a.getValue(property), b.getValue(property));
			if (order !== 0) return direction === "DESC" ? -order : order;
		}
		return collator.compare(a.file.path, b.file.path);
	});
	const limit = entry["limit"];
	const data = typeof limit === "number" && limit >= 0 ? entries.slice(0, limit) : entries;
	const groupBy = entry["groupBy"] as { property?: unknown; direction?: unknown } | undefined;
	let groups: BasesEntryGroup[];
	if (groupBy && typeof groupBy.property === "string") {
		const id = toPropertyId(groupBy.property);
		const byText = new Map<string, { key: Value; entries: BasesEntry[] }>();
		for (const item of data) {
			const value = item.getValue(id);
			const text = value?.toString() ?? "";
			const group = byText.get(text);
			if (group) group.entries.push(item);
			else byText.set(text, { key: text === "" ? NullValue.value : (value ?? NullValue.value), entries: [item] });
		}
		const descending = groupBy.direction === "DESC";
		groups = [...byText.values()]
			.sort((a, b) => {
				const order = compareValues(a.key, b.key);
				return a.key.toString() === "" || b.key.toString() === "" ? order : descending ? -order : order;
			})
			.map((group) => BasesEntryGroup.create__(group.entries, group.key));
	} else {
		groups = [BasesEntryGroup.create__(data, undefined)];
	}
	const result = BasesQueryResult.create__(null as never, config as never, [], data);
	result.setData__(data);
	result.setGroupedData__(groups);
	result.setProperties__(config.getOrder());
	return { result, allProperties: [...allProperties] };
}

/** A view of a base on screen, with what a test reads of it. */
export interface MountedBasesView {
	view: BasesView;
	config: FakeBasesViewConfig;
	/** How many times the view was told `onDataUpdated()`. */
	updates: number;
	/** Runs the query again and tells the view now, as Obsidian does after a change. */
	update(): void;
	/** Takes the view down: `Component.unload`, and the vault is no longer followed. */
	close(): void;
}

export interface BaseSource {
	/** The `.base` file; followed, so that an edit of it reaches the view. */
	file?: TFile;
	/** Its text, when there is no file (a glue test's base). */
	text?: string;
	/** The view to show, by name; the first one otherwise. */
	viewName?: string;
	/** Told after each update of the view (the preview's toolbar counts the results). */
	onUpdate?: (mounted: MountedBasesView) => void;
}

/** Parses a `.base` file's text as Obsidian reads it (YAML); an empty file is a base without views. */
export function parseBase(text: string): BaseFile {
	const parsed: unknown = text.trim() === "" ? {} : parseYaml(text);
	return typeof parsed === "object" && parsed !== null ? parsed : {};
}

/** The views a base has, by their type and name. */
export function baseViews(base: BaseFile): { type: string; name: string }[] {
	return (base.views ?? []).map((view) => ({ type: typeof view["type"] === "string" ? view["type"] : "", name: typeof view["name"] === "string" ? view["name"] : "" }));
}

/** How long Bases waits after a change of the vault before running the query again (ms): a run of changes makes one update. */
const UPDATE_PAUSE_MS = 0;

/**
 * Shows a view of a base in `containerEl`, as Obsidian does when a `.base` file is open with that view: made by the
 * registration's factory, kept up to date with the vault until `close()`.
 */
export async function mountBasesView(app: App, registration: BasesViewRegistration, containerEl: HTMLElement, source: BaseSource): Promise<MountedBasesView> {
	let base = parseBase(source.text ?? (source.file ? await app.vault.read(source.file) : ""));
	const pick = (from: BaseFile): ViewEntry => {
		const views = from.views ?? [];
		const entry = views.find((view) => source.viewName === undefined || view["name"] === source.viewName) ?? views[0];
		if (!entry) throw new Error("the base has no view");
		return entry;
	};
	let timer: ReturnType<typeof setTimeout> | null = null;
	const later = (): void => {
		if (timer !== null) return;
		timer = setTimeout(() => {
			timer = null;
			mounted.update();
		}, UPDATE_PAUSE_MS);
	};
	let config = new FakeBasesViewConfig(pick(base), base, later);
	const controller = QueryController.create2__(app as never, null, containerEl, (source.file ?? null) as never) as unknown as ObsidianQueryController;
	const view = registration.factory(controller, containerEl);
	const refs: EventRef[] = [];
	const mounted: MountedBasesView = {
		view,
		config,
		updates: 0,
		update() {
			// The config's entry is the base's own: what `set` wrote is what the query reads.
			const { result, allProperties } = runBaseQuery(app, base, pick(base), config);
			view.config = config;
			view.allProperties = allProperties;
			view.data = result as never;
			mounted.updates++;
			view.onDataUpdated();
			source.onUpdate?.(mounted);
		},
		close() {
			if (timer !== null) clearTimeout(timer);
			timer = null;
			for (const ref of refs) app.vault.offref(ref);
			refs.length = 0;
			view.unload();
		},
	};
	view.app = app;
	view.config = config;
	refs.push(
		app.vault.on("create", later),
		app.vault.on("delete", later),
		app.vault.on("rename", later),
		app.vault.on("modify", (file) => {
			if (!(file instanceof TFile) || file !== source.file) return later();
			// The base itself changed: read its views again.
			void app.vault.read(file).then((text) => {
				base = parseBase(text);
				config = new FakeBasesViewConfig(pick(base), base, later);
				mounted.config = config;
				later();
			});
		}),
	);
	const cacheRef = app.metadataCache.on("changed", later);
	view.register(() => app.metadataCache.offref(cacheRef));
	view.load();
	mounted.update();
	return mounted;
}
