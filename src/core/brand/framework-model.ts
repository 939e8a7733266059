import type { NoteRecord } from "../note/note-record";
import type { StageSetting } from "../settings/studio-settings";
import type { Language } from "../i18n/language";
import { propertyOf } from "../note/property-of";
import { ideaTextOf } from "../pipeline/idea";
import { baseNameOf, linkTargetsOf, targetResolver } from "../note/link-target";
import { matchStage } from "../pipeline/stage-matcher";
import { displayText } from "../text/display-text";
import { comparableText } from "../text/comparable-text";
import type { ProductSetting } from "./product-setting";
import { entryName, stageLabel } from "../i18n/labels";
import { propertyLinks } from "./link-property";
import type { RecordSource } from "./link-graph";
import { isBookNote, type BookNoteRule } from "../reading/is-book-note";

/** What kind of note a source is, as the board labels it. `missing`: a link to a note not written yet. */
export type SourceKind = "book" | "idea" | "draft" | "brand-idea" | "reflexions" | "journal" | "note" | "missing";

/** A note the brand idea is built on, or that links to it. */
export interface FrameworkSource {
	/** The text of the link (`Expert Secrets`): a missing note is created under this name. */
	target: string;
	title: string;
	/** Vault path, or null for a link to a note that does not exist. */
	path: string | null;
	kind: SourceKind;
	/** `out`: the brand idea links it; `in`: it links the brand idea; `both`. */
	direction: "out" | "in" | "both";
	/** A book's `horizon` property as written (current, contemporary, classic), or null. */
	horizon: string | null;
	/** A book's "Mon idée" blocks not yet promoted to ideas; null when unknown (shown as nothing). */
	unharvested: number | null;
}

/** A note carrying the brand idea into a product. */
export interface ProductNote {
	path: string;
	title: string;
}

/** One column of the products: a product of the setting, or `other` for values the setting does not list. */
export interface ProductColumn {
	key: string;
	label: string;
	notes: ProductNote[];
	/** True for the column of product values that name no product of the setting. */
	other: boolean;
}

/** Something the writer should know about the brand idea's notes; never a reason not to show the board. */
export type FrameworkWarning =
	| { kind: "unknownProduct"; path: string; value: string }
	| { kind: "sameProduct"; product: string; count: number };

export interface ContentIdea {
	path: string;
	title: string;
	drafts: ProductNote[];
}

export interface ContentLane {
	key: string;
	label: string;
	ideas: ContentIdea[];
}

export interface FrameworkModel {
	path: string;
	title: string;
	sources: FrameworkSource[];
	columns: ProductColumn[];
	/** Products of the setting with at least one note, of how many. */
	coverage: { covered: number; total: number };
	content: ContentLane[];
	warnings: FrameworkWarning[];
}

export interface FrameworkInput {
	brandPath: string;
	records: RecordSource;
	backlinks: (path: string) => readonly string[];
	products: readonly ProductSetting[];
	stages: readonly StageSetting[];
	language: Language;
	/** Unharvested "Mon idée" blocks of a book note, once reading knows them; null when unknown. */
	unharvested?: (bookPath: string) => number | null;
	/** What makes a note a book note beside `type: book`: the books folder and tags of the settings. */
	books: BookNoteRule;
}

export const OTHER_PRODUCT_KEY = "__other__";
export const OTHER_STAGE_KEY = "__other__";

/** The kind of an existing note: a book note as every command sees one (`rule`), else its `type`, else its thinking tag. */
export function sourceKindOf(record: NoteRecord | undefined, rule: BookNoteRule): SourceKind {
	if (!record) return "note";
	if (isBookNote(record, rule)) return "book";
	if (record.type === "idea" || record.type === "draft" || record.type === "brand-idea") return record.type;
	if (record.tags.some((tag) => tag === "réflexions" || tag === "reflexions")) return "reflexions";
	if (record.tags.some((tag) => tag === "journal" || tag.startsWith("journal/"))) return "journal";
	return "note";
}

/**
 * The product a `product` value names, by key or by name in either language, or null: the products' keys and
 * names are compared once, then each value is one look-up (the first product of the setting wins a name two of
 * them share).
 */
export function productMatcher(products: readonly ProductSetting[]): (value: unknown) => ProductSetting | null {
	const byName = new Map<string, ProductSetting>();
	for (const product of products) {
		for (const name of [product.key, product.names.en, product.names.fr]) {
			const key = comparableText(name);
			if (!byName.has(key)) byName.set(key, product);
		}
	}
	return (value) => {
		const [target] = linkTargetsOf(value);
		return target === undefined ? null : (byName.get(comparableText(baseNameOf(target))) ?? null);
	};
}

function titleOf(record: NoteRecord): string {
	return displayText(ideaTextOf(record));
}

function sourceOf(target: string, path: string | null, record: NoteRecord | undefined, direction: FrameworkSource["direction"], input: FrameworkInput): FrameworkSource {
	const kind = path === null ? "missing" : sourceKindOf(record, input.books);
	const horizon = kind === "book" ? propertyOf(record?.properties, "horizon") : null;
	return {
		target,
		title: record ? titleOf(record) : baseNameOf(target),
		path,
		kind,
		direction,
		horizon: typeof horizon === "string" && horizon.trim() !== "" ? horizon.trim() : null,
		unharvested: kind === "book" && path !== null ? (input.unharvested?.(path) ?? null) : null,
	};
}

/** A product note's name without the brand idea's name it starts with (`Penser une fois — Formation` shows `Formation` in its board). */
function withoutBrandName(title: string, brandName: string): string {
	const prefix = `${brandName} — `;
	return title.startsWith(prefix) && title.length > prefix.length ? title.slice(prefix.length) : title;
}

/**
 * The notes the brand idea links to (by link or `sources` property), once each, in the order written.
 * Each link and each value is looked at once: a brand idea of thousands of sources stays quick.
 */
function outgoingSources(brand: NoteRecord, input: FrameworkInput): FrameworkSource[] {
	const sources: FrameworkSource[] = [];
	const seenPaths = new Set<string>();
	/** Unwritten sources, known by their name as compared. */
	const missingNames = new Set<string>();
	/** The names of every source so far, as compared. */
	const names = new Set<string>();
	// A target is often written twice (in the text and in the sources property): its name is worked out once.
	const nameCache = new Map<string, string>();
	const nameOf = (target: string): string => {
		let name = nameCache.get(target);
		if (name === undefined) nameCache.set(target, (name = comparableText(baseNameOf(target))));
		return name;
	};
	const add = (target: string, path: string | null): void => {
		if (path === null) {
			const name = nameOf(target);
			if (missingNames.has(name)) return;
			missingNames.add(name);
			names.add(name);
			sources.push(sourceOf(target, null, undefined, "out", input));
		} else if (path !== brand.path && !seenPaths.has(path)) {
			seenPaths.add(path);
			names.add(nameOf(path));
			sources.push(sourceOf(target, path, input.records.get(path), "out", input));
		}
	};
	for (const link of brand.links) if (link.target !== "") add(link.target, link.resolvedPath);
	// A `sources` value written as plain text is no link for Obsidian, but it names a source all the same.
	const resolve = targetResolver(brand);
	for (const target of linkTargetsOf(propertyOf(brand.properties, "sources"))) {
		const path = resolve(target);
		if (path !== null || !names.has(nameOf(target))) add(target, path);
	}
	return sources;
}

/**
 * The framework board of one brand idea, from the index alone: its sources both ways, the notes carrying
 * it into each product, its coverage, and its ideas and their drafts by stage. Null when the note is not indexed.
 */
export function buildFrameworkModel(input: FrameworkInput): FrameworkModel | null {
	const brand = input.records.get(input.brandPath);
	if (!brand) return null;
	const sources = outgoingSources(brand, input);
	const productOfValue = productMatcher(input.products);
	const sourceAt = new Map(sources.map((source) => [source.path, source]));
	const columns: ProductColumn[] = input.products.map((p) => ({ key: p.key, label: entryName(p, input.language), notes: [], other: false }));
	const other: ProductColumn = { key: OTHER_PRODUCT_KEY, label: "", notes: [], other: true };
	const warnings: FrameworkWarning[] = [];
	const ideas: { record: NoteRecord; idea: ContentIdea }[] = [];
	for (const path of input.backlinks(brand.path)) {
		const record = input.records.get(path);
		if (!record) continue;
		if (propertyLinks(record, "brand-idea", brand.path)) {
			const productValue = propertyOf(record.properties, "product");
			if (productValue !== undefined && productValue !== null && productValue !== "") {
				const product = productOfValue(productValue);
				const column = product ? columns.find((c) => c.key === product.key) : other;
				column?.notes.push({ path, title: withoutBrandName(titleOf(record), brand.title) });
				if (!product) warnings.push({ kind: "unknownProduct", path, value: linkTargetsOf(productValue)[0] ?? JSON.stringify(productValue) });
				continue;
			}
			if (record.type === "idea") {
				ideas.push({ record, idea: { path, title: titleOf(record), drafts: draftsOf(path, input) } });
				continue;
			}
		}
		const existing = sourceAt.get(path);
		if (existing) existing.direction = "both";
		else sources.push(sourceOf(record.title, path, record, "in", input));
	}
	for (const column of columns) if (column.notes.length > 1) warnings.push({ kind: "sameProduct", product: column.label, count: column.notes.length });
	if (other.notes.length > 0) columns.push(other);
	const covered = columns.filter((c) => !c.other && c.notes.length > 0).length;
	return {
		path: brand.path,
		title: titleOf(brand),
		sources,
		columns,
		coverage: { covered, total: input.products.length },
		content: contentLanes(ideas, input),
		warnings,
	};
}

/** Drafts of an idea: `type: draft` notes whose `idea` property links it. */
function draftsOf(ideaPath: string, input: FrameworkInput): ProductNote[] {
	const drafts: ProductNote[] = [];
	for (const path of input.backlinks(ideaPath)) {
		const record = input.records.get(path);
		if (record?.type === "draft" && propertyLinks(record, "idea", ideaPath)) drafts.push({ path, title: titleOf(record) });
	}
	return drafts;
}

function contentLanes(ideas: readonly { record: NoteRecord; idea: ContentIdea }[], input: FrameworkInput): ContentLane[] {
	const lanes: ContentLane[] = input.stages.map((s) => ({ key: s.key, label: stageLabel(s, input.language), ideas: [] }));
	const other: ContentLane = { key: OTHER_STAGE_KEY, label: "", ideas: [] };
	for (const { record, idea } of ideas) {
		const status = matchStage(input.stages, propertyOf(record.properties, "status"));
		const lane = status.kind === "stage" ? lanes.find((l) => l.key === status.key) : undefined;
		(lane ?? other).ideas.push(idea);
	}
	if (other.ideas.length > 0) lanes.push(other);
	return lanes;
}
