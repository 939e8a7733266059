import { parseYaml, TFile, type App } from "obsidian";
import { format } from "date-fns";
import type { Studio } from "../shared/studio";
import type { NoteEdit, NoteSection, NoteWriter } from "../shared/note-writer";
import type { TemplateLibrary } from "../templates/template-library";
import { LinkGraph } from "../../core/brand/link-graph";
import { buildFrameworkModel, type FrameworkModel } from "../../core/brand/framework-model";
import { brandIdeaList, type BrandIdeaSummary } from "../../core/brand/brand-idea-list";
import { BRAND_IDEA_TEMPLATE, productTemplateKey, productTemplateNames, productTemplates } from "../../core/brand/brand-templates";
import { renderBrandIdeaNote } from "../../core/brand/brand-idea-note";
import { brandIdeaTurn, type BrandIdeaTurn } from "../../core/brand/brand-idea-turn";
import { FRAMEWORK_PARTS, namesPart, type FrameworkPart } from "../../core/brand/framework-parts";
import { replaceSectionText, sectionText } from "../../core/brand/note-section";
import { MoveHistory } from "../../core/pipeline/move-history";
import { fillTemplate, type TemplateClock } from "../../core/templates/fill-template";
import { renderProductNote } from "../../core/brand/product-note";
import { brandIdeaContent } from "../../core/brand/brand-idea-content";
import { dateLocale } from "../../core/i18n/date-locale";
import { valueLinks } from "../../core/brand/link-property";
import { toFileName } from "../../core/writer/file-name";
import { StudioError } from "../../core/i18n/studio-error";
import { NoteGoneError } from "../shared/note-writer";
import { OneAtATime } from "../shared/one-at-a-time";

/** Where a brand idea's framework part is in its note, or the heading it gets. */
function partOf(key: FrameworkPart["key"]): FrameworkPart {
	const part = FRAMEWORK_PARTS.find((p) => p.key === key);
	if (!part) throw new Error(`unknown framework part ${key}`);
	return part;
}

/** An edit the brand-idea commands or the board made to a note, remembered so that it can be undone. */
export interface BrandEdit {
	note: TFile;
	edit: NoteEdit;
}

/**
 * The brand ideas of the vault: the backlinks the framework board needs (kept from the index's changes),
 * the board's models, and every write the brand-idea commands and the board make, through the note writer.
 */
export class BrandIdeas {
	readonly graph: LinkGraph;
	/** Every note's edits, the last on top: each note's Undo takes back its own last one only. */
	private readonly edits = new MoveHistory<BrandEdit>();
	private readonly editListeners = new Set<() => void>();
	private readonly creating = new OneAtATime();

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
		return { records: this.studio.index, backlinks: (path: string) => this.graph.backlinks(path), products: settings.products, stages: settings.stages, language, unharvested: this.unharvestedCounter?.(), books: settings };
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

	private clock(): TemplateClock {
		return { now: new Date(), locale: dateLocale(this.studio.language), dateFormat: this.studio.settings.dateFormat };
	}

	private async fill(template: typeof BRAND_IDEA_TEMPLATE, title: string): Promise<string> {
		return fillTemplate(await this.templates.text(template), { title }, this.clock());
	}

	/**
	 * Creates a brand-idea note named `title`, its `sources` linking `sources` (link texts) and its `source` the
	 * note it was built from. Refused while the same brand idea is being created.
	 */
	createBrandIdea(title: string, sources: readonly string[], origin: TFile | null): Promise<TFile> {
		return this.creating.run(`brand:${toFileName(title)}`, title, () => this.writeBrandIdea(title, sources, origin));
	}

	private async writeBrandIdea(title: string, sources: readonly string[], origin: TFile | null): Promise<TFile> {
		const folder = this.studio.settings.brandIdeasFolder;
		const name = toFileName(title);
		const originLink = origin ? this.app.metadataCache.fileToLinktext(origin, `${folder}/${name}.md`, true) : null;
		const body = await this.fill(BRAND_IDEA_TEMPLATE, title);
		const text = renderBrandIdeaNote({ title, body, created: this.created(), sources, origin: originLink });
		return this.writer.createNote(folder, name, text);
	}

	/**
	 * Makes `file` a brand idea in one edit, remembered for undo: `type: brand-idea` when it has none, and
	 * the headings of the parts it lacks at its end. Every other byte stays. A note with another type is
	 * left as it is; one whose type is not text, or whose properties cannot be read for sure, is refused
	 * before anything is written.
	 *
	 * @throws FrontmatterEditError or StudioError (`error.typeNotText`...): nothing written.
	 */
	async turnIntoBrandIdea(file: TFile): Promise<{ added: number; changed: boolean } | { otherType: string }> {
		const template = await this.templates.text(BRAND_IDEA_TEMPLATE);
		// The turn made of the text the edit read, so that what is returned is what was written.
		const turns: BrandIdeaTurn[] = [];
		const edit = await this.writer.edit(file, (text) => {
			const turn = brandIdeaTurn(text, template, parseYaml);
			turns.push(turn);
			return turn.kind === "turned" ? turn.after : text;
		});
		if (edit) this.remember({ note: file, edit: { kind: "text", edit } });
		const turn = turns.at(-1);
		if (turn === undefined) throw new NoteGoneError(file.path);
		return turn.kind === "otherType" ? { otherType: turn.type } : { added: turn.added, changed: edit !== null };
	}

	/**
	 * Creates the note carrying the brand idea into `productKey`, from that product's template, its `source`
	 * linking `fromTarget` when given. Refused while the same product note of the same brand idea is being created.
	 */
	createProductNote(brandPath: string, productKey: string, fromTarget: string | null): Promise<TFile> {
		const product = this.studio.labels.product(productKey);
		const name = `${this.framework(brandPath)?.title ?? brandPath} — ${product}`;
		return this.creating.run(`product:${brandPath}:${productKey}`, name, () => this.writeProductNote(brandPath, productKey, fromTarget));
	}

	private async writeProductNote(brandPath: string, productKey: string, fromTarget: string | null): Promise<TFile> {
		const brand = this.app.vault.getFileByPath(brandPath);
		const product = this.studio.settings.products.find((p) => p.key === productKey);
		if (!brand || !product) throw new NoteGoneError(brandPath);
		const template = productTemplates([product])[0] ?? { key: productTemplateKey(productKey), names: productTemplateNames(product), text: { en: "", fr: "" } };
		const model = this.framework(brandPath);
		const title = model?.title ?? brand.basename;
		const folder = this.studio.settings.productsFolder;
		const name = toFileName(`${title} — ${this.studio.labels.product(product.key)}`);
		const path = `${folder}/${name}.md`;
		const linkTo = (file: TFile): string => this.app.metadataCache.fileToLinktext(file, path, true);
		// The notes the brand idea stands on, linked as Obsidian would from the product note.
		const sources = (model?.sources ?? [])
			.filter((source) => source.direction !== "in")
			.map((source) => {
				const file = source.path === null ? null : this.app.vault.getFileByPath(source.path);
				return file ? linkTo(file) : source.target;
			});
		const text = renderProductNote(
			{
				title,
				productKey: product.key,
				brandLink: linkTo(brand),
				created: this.created(),
				origin: fromTarget,
				template: await this.templates.text(template),
				content: brandIdeaContent(await this.app.vault.cachedRead(brand)),
				sources,
			},
			this.clock(),
		);
		const file = await this.writer.createNote(folder, name, text);
		// On the board at once, without waiting for the metadata cache's next word.
		await this.studio.index.refresh(file.path);
		return file;
	}

	/**
	 * Rewrites the written part of one framework part of a brand-idea note (`change` gets its current text),
	 * nothing else byte for byte, in one edit; remembered for undo. A note without the heading gets it at its end.
	 *
	 * @param seen the part's text as the board showed it when the field took focus; the edit is refused when
	 *   the note's part reads otherwise now (a missing part reads as empty). Null writes over whatever is there.
	 * @throws StudioError `error.sectionChangedSince` when the part changed since it was shown: nothing written.
	 */
	async editPart(file: TFile, key: FrameworkPart["key"], change: (current: string) => string, seen: string | null = null): Promise<void> {
		const part = partOf(key);
		const matches = (heading: string): boolean => namesPart(heading, part);
		const section: NoteSection = {
			read: (text) => sectionText(text, matches),
			replace: (text, replacement) => replaceSectionText(text, matches, replacement, part.headings[this.studio.language]),
		};
		const edit = await this.writer.editSection(file, section, change, seen);
		if (edit) this.remember({ note: file, edit: { kind: "text", edit } });
	}

	/**
	 * Ties the idea note `idea` to the brand idea at `brandPath`: a link to it added at the end of the idea's
	 * `brand-idea` list (an idea may carry several), the minimal edit, remembered for undo. Null, and nothing
	 * written, when the idea already links that brand idea.
	 *
	 * @throws NoteGoneError when the brand idea is not in the vault; FrontmatterEditError (nothing written)
	 *   when the idea's properties cannot be edited for sure.
	 */
	async tieIdea(idea: TFile, brandPath: string): Promise<BrandEdit | null> {
		const brand = this.app.vault.getFileByPath(brandPath);
		if (!brand) throw new NoteGoneError(brandPath);
		const { metadataCache } = this.app;
		const link = `[[${metadataCache.fileToLinktext(brand, idea.path, true)}]]`;
		const resolve = (target: string): string | null => metadataCache.getFirstLinkpathDest(target, idea.path)?.path ?? null;
		const edit = await this.writer.addListItem(idea, "brand-idea", link, (value) => valueLinks(value, resolve, brandPath));
		if (edit === null) return null;
		const tie: BrandEdit = { note: idea, edit: { kind: "properties", edit: { before: edit.before, after: edit.after, edits: [edit] } } };
		this.remember(tie);
		return tie;
	}

	private remember(edit: BrandEdit): void {
		this.edits.push(edit);
		this.notifyEdits();
	}

	private lastEdit(path: string): BrandEdit | null {
		return this.edits.last((edit) => edit.note.path === path);
	}

	/** Whether the note at `path` has an edit of the board or the brand-idea commands to undo. */
	canUndo(path: string): boolean {
		return this.lastEdit(path) !== null;
	}

	/** The name of the note at `path` for the messages of its undo; null when it has nothing to undo. */
	undoTitle(path: string): string | null {
		return this.lastEdit(path)?.note.basename ?? null;
	}

	/**
	 * Undoes the last edit of the note at `path` (never another note's), or `edit` when given and not undone
	 * yet: its exact text before it, when the note is as the edit left it; else nothing is written and the
	 * edit is forgotten. Returns the note's name, or null when it had nothing to undo.
	 */
	async undo(path: string, edit?: BrandEdit): Promise<string | null> {
		const last = edit === undefined ? this.lastEdit(path) : this.edits.target(edit);
		if (!last) return null;
		this.edits.forget(last);
		this.notifyEdits();
		await this.writer.undo(last.note, last.edit);
		return last.note.basename;
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
