import { TFile, type App } from "obsidian";
import { format } from "date-fns";
import type { Studio } from "../shared/studio";
import type { NoteWriter } from "../shared/note-writer";
import type { TemplateLibrary } from "../templates/template-library";
import { LinkGraph } from "../../core/brand/link-graph";
import { buildFrameworkModel, type FrameworkModel } from "../../core/brand/framework-model";
import { brandIdeaList, type BrandIdeaSummary } from "../../core/brand/brand-idea-list";
import { BRAND_IDEA_TEMPLATE, productTemplateKey, productTemplateNames, productTemplates } from "../../core/brand/brand-templates";
import { renderBrandIdeaNote, withMissingParts } from "../../core/brand/brand-idea-note";
import { FRAMEWORK_PARTS, namesPart, type FrameworkPart } from "../../core/brand/framework-parts";
import { replaceSectionText, sectionText } from "../../core/brand/note-section";
import { undoSectionEdit, type SectionEdit } from "../../core/brand/section-edit";
import { brandIdeasFolder, productsFolder } from "../../core/brand/brand-folders";
import { MoveHistory } from "../../core/pipeline/move-history";
import { fillTemplate } from "../../core/templates/fill-template";
import { dateLocale } from "../../core/i18n/date-locale";
import { toYamlScalar } from "../../core/writer/yaml-scalar";
import { toFileName } from "../../core/writer/file-name";
import { StudioError } from "../../core/i18n/studio-error";
import { NoteGoneError } from "../shared/note-writer";
import { noteType } from "../../core/note/property-of";

/** Where a brand idea's framework part is in its note, or the heading it gets. */
function partOf(key: FrameworkPart["key"]): FrameworkPart {
	const part = FRAMEWORK_PARTS.find((p) => p.key === key);
	if (!part) throw new Error(`unknown framework part ${key}`);
	return part;
}

/**
 * The brand ideas of the vault: the backlinks the framework board needs (kept from the index's changes),
 * the board's models, and every write the brand-idea commands and the board make, through the note writer.
 */
export class BrandIdeas {
	readonly graph: LinkGraph;
	private readonly edits = new MoveHistory<SectionEdit<TFile>>();
	private readonly editListeners = new Set<() => void>();

	constructor(
		private readonly app: App,
		private readonly studio: Studio,
		private readonly writer: NoteWriter,
		private readonly templates: TemplateLibrary,
		register: (stop: () => void) => void,
		/** Makes, once per board, the count of a book note's filled "Mon idée" blocks that have no idea yet (reading's harvest). */
		private readonly unharvestedCounter?: () => (bookPath: string) => number | null,
	) {
		this.graph = new LinkGraph(studio.index);
		register(studio.index.onChange((change) => this.graph.apply(change)));
		this.registerTemplates();
		register(studio.onSettingsChange(() => this.registerTemplates()));
	}

	private registerTemplates(): void {
		this.templates.register([BRAND_IDEA_TEMPLATE, ...productTemplates(this.studio.settings.products)]);
	}

	private modelInput() {
		const { settings, language } = this.studio;
		return { records: this.studio.index, backlinks: (path: string) => this.graph.backlinks(path), products: settings.products, stages: settings.stages, language, unharvested: this.unharvestedCounter?.() };
	}

	/** The framework board of the brand idea at `path`, or null when it is not an indexed note. */
	framework(path: string): FrameworkModel | null {
		return buildFrameworkModel({ ...this.modelInput(), brandPath: path });
	}

	/** Every brand idea with its coverage, the least replicated first. */
	list(): BrandIdeaSummary[] {
		return brandIdeaList(this.modelInput());
	}

	/** Whether the note at `path` is a brand idea (`type: brand-idea`). */
	isBrandIdea(path: string): boolean {
		return this.studio.index.get(path)?.type === "brand-idea";
	}

	private created(): string {
		return format(new Date(), this.studio.settings.dateFormat, { locale: dateLocale(this.studio.language) });
	}

	private async fill(template: typeof BRAND_IDEA_TEMPLATE, title: string): Promise<string> {
		const text = await this.templates.text(template);
		return fillTemplate(text, { title }, { now: new Date(), locale: dateLocale(this.studio.language), dateFormat: this.studio.settings.dateFormat });
	}

	/** Creates a brand-idea note named `title`, its `sources` linking `sources` (link texts) and its `source` the note it was built from. */
	async createBrandIdea(title: string, sources: readonly string[], origin: TFile | null): Promise<TFile> {
		const folder = brandIdeasFolder(this.studio.language);
		const name = toFileName(title);
		const originLink = origin ? this.app.metadataCache.fileToLinktext(origin, `${folder}/${name}.md`, true) : null;
		const body = await this.fill(BRAND_IDEA_TEMPLATE, title);
		const text = renderBrandIdeaNote({ title, body, created: this.created(), sources, origin: originLink });
		return this.writer.createNote(folder, name, text);
	}

	/**
	 * Makes `file` a brand idea: the headings of the parts it lacks at its end, then `type: brand-idea` when
	 * it has no type. Every other byte stays. A note with another type is left as it is.
	 */
	async turnIntoBrandIdea(file: TFile): Promise<{ added: number } | { otherType: string }> {
		const type = this.studio.index.get(file.path)?.type ?? noteType(this.app.metadataCache.getFileCache(file)?.frontmatter);
		if (type !== null && type !== "brand-idea") return { otherType: type };
		const template = await this.templates.text(BRAND_IDEA_TEMPLATE);
		let added = 0;
		await this.app.vault.process(file, (text) => {
			const after = withMissingParts(text, template);
			added = FRAMEWORK_PARTS.filter((part) => sectionText(text, (h) => namesPart(h, part)) === null).length;
			return after;
		});
		if (type === null) await this.writer.setProperty(file.path, "type", "brand-idea");
		return { added };
	}

	/** Creates the note carrying the brand idea into `productKey`, from that product's template, its `source` linking `fromTarget` when given. */
	async createProductNote(brandPath: string, productKey: string, fromTarget: string | null): Promise<TFile> {
		const brand = this.app.vault.getFileByPath(brandPath);
		const product = this.studio.settings.products.find((p) => p.key === productKey);
		if (!brand || !product) throw new NoteGoneError(brandPath);
		const template = productTemplates([product])[0] ?? { key: productTemplateKey(productKey), names: productTemplateNames(product), text: { en: "", fr: "" } };
		const title = this.framework(brandPath)?.title ?? brand.basename;
		const folder = productsFolder(this.studio.language);
		const name = toFileName(`${title} — ${product.names[this.studio.language]}`);
		const path = `${folder}/${name}.md`;
		const lines = ["---", "type: product", `product: ${toYamlScalar(product.key)}`, `brand-idea: ${toYamlScalar(`[[${this.app.metadataCache.fileToLinktext(brand, path, true)}]]`)}`, `created: ${toYamlScalar(this.created())}`];
		if (fromTarget !== null) lines.push(`source: ${toYamlScalar(`[[${fromTarget}]]`)}`);
		lines.push("---");
		const body = await this.fill(template, title);
		return this.writer.createNote(folder, name, `${lines.join("\n")}\n${body}`);
	}


	/**
	 * Rewrites the written part of one framework part of a brand-idea note (`change` gets its current text),
	 * nothing else byte for byte, atomically; remembered for undo. A note without the heading gets it at its end.
	 * `seen` is the part's text as the writer last saw it (a missing heading reads as ""); null writes whatever it is now.
	 *
	 * @throws StudioError `error.sectionChangedSince` when the part's text is no longer `seen`: nothing is written.
	 */
	async editPart(file: TFile, key: FrameworkPart["key"], change: (current: string) => string, seen: string | null): Promise<void> {
		const part = partOf(key);
		const matches = (heading: string): boolean => namesPart(heading, part);
		let edit: SectionEdit<TFile> | null = null;
		await this.app.vault.process(file, (text) => {
			const current = sectionText(text, matches) ?? "";
			if (seen !== null && current !== seen) throw new StudioError("error.sectionChangedSince");
			const after = replaceSectionText(text, matches, change(current), part.headings[this.studio.language]);
			if (after !== text) edit = { note: file, before: text, after };
			return after;
		});
		if (edit) {
			this.edits.push(edit);
			this.notifyEdits();
		}
	}

	/** Whether an edit can be undone. */
	canUndo(): boolean {
		return this.edits.size > 0;
	}

	/** The name of the note the next undo takes back, for its messages; null when there is nothing to undo. */
	undoTitle(): string | null {
		return this.edits.target()?.note.basename ?? null;
	}

	/**
	 * Undoes the last edit: the note's exact text before it, when the note is as the edit left it; else
	 * nothing is written and the edit is forgotten. Returns the note's name, or null when there was nothing to undo.
	 */
	async undo(): Promise<string | null> {
		const edit = this.edits.target();
		if (!edit) return null;
		this.edits.forget(edit);
		this.notifyEdits();
		if (this.app.vault.getFileByPath(edit.note.path) !== edit.note) throw new NoteGoneError(edit.note.path);
		await this.app.vault.process(edit.note, (text) => undoSectionEdit(text, edit));
		return edit.note.basename;
	}

	onEditsChange(listener: () => void): () => void {
		this.editListeners.add(listener);
		return () => this.editListeners.delete(listener);
	}

	private notifyEdits(): void {
		for (const listener of this.editListeners) listener();
	}

	/** The note's text, for the board's centre. */
	async text(path: string): Promise<string> {
		const file = this.app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) throw new StudioError("error.sectionChangedSince");
		return this.app.vault.cachedRead(file);
	}
}
