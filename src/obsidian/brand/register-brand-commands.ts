import { MarkdownView, Notice, type Plugin, type TFile } from "obsidian";
import type { Studio } from "../shared/studio";
import type { BrandIdeas } from "./brand-ideas";
import { BrandIdeaModal } from "./brand-idea-modal";
import { ProductSuggestModal } from "./product-suggest-modal";
import { linkChoices } from "../../core/brand/link-choices";
import type { ProductColumn } from "../../core/brand/framework-model";
import { parseLink } from "../../core/note/parse-link";
import { resolveLinks } from "../../core/note/build-note-record";
import type { NoteLink } from "../../core/note/note-record";
import { noticeTitle } from "../pipeline/board-actions";
import { describeError } from "../shared/describe-error";
import { openFrameworkBoard } from "./open-framework-board";
import { FrameworkView } from "./framework-view";
import { noticeWithButton } from "../shared/notice-with-button";
import { stillReading } from "../shared/still-reading";

/** The links of any note: from its record, or from the metadata cache for a note the index does not keep. */
function linksOf(plugin: Plugin, studio: Studio, file: TFile): NoteLink[] {
	const record = studio.index.get(file.path);
	if (record) return record.links;
	const cache = plugin.app.metadataCache.getFileCache(file);
	const raw = [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])];
	const links = raw.map((link) => ({ ...parseLink(link), resolved: false, resolvedPath: null }));
	return resolveLinks(links, file.path, (linkpath, from) => plugin.app.metadataCache.getFirstLinkpathDest(linkpath, from)?.path ?? null);
}

/** The brand-idea commands. Stable ids, no default hotkey. */
export function registerBrandCommands(plugin: Plugin, studio: Studio, brands: BrandIdeas): void {
	const { app } = plugin;
	const t = studio.translate;
	const create = async (title: string, sources: string[], origin: TFile | null): Promise<boolean> => {
		try {
			const file = await brands.createBrandIdea(title, sources, origin);
			new Notice(t("notice.brandCreated", { title: noticeTitle(title) }));
			await studio.index.refresh(file.path);
			await openFrameworkBoard(app, file.path);
			return true;
		} catch (error) {
			new Notice(t("notice.brandIdeaCreateFailed", { error: describeError(error, t) }));
			return false;
		}
	};

	plugin.addCommand({
		id: "new-brand-idea",
		name: t("command.newBrandIdea"),
		callback: () => new BrandIdeaModal(app, t, { choices: [], onSubmit: ({ title }) => create(title, [], null) }).open(),
	});

	plugin.addCommand({
		id: "build-framework-board",
		name: t("command.buildFrameworkBoard"),
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			// What each link leads to (an idea, a book...) is known once the notes are read.
			if (stillReading(studio, checking, "command.buildFrameworkBoard")) return true;
			if (checking) return true;
			const choices = linkChoices(linksOf(plugin, studio, file), file.path, studio.index, studio.settings);
			new BrandIdeaModal(app, t, { noteTitle: file.basename, choices, onSubmit: ({ title, sources }) => create(title, sources, file) }).open();
			return true;
		},
	});

	const undo = (path: string): void => {
		const name = brands.undoTitle(path) ?? "";
		void brands.undo(path).then(
			(title) => new Notice(title === null ? t("notice.brandUndoNone") : t("notice.brandEditUndone", { title: noticeTitle(title) })),
			(error: unknown) => new Notice(t("notice.brandUndoFailed", { title: noticeTitle(name), error: describeError(error, t) })),
		);
	};

	plugin.addCommand({
		id: "turn-into-brand-idea",
		name: t("command.turnIntoBrandIdea"),
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			if (checking) return true;
			const title = noticeTitle(file.basename);
			void brands.turnIntoBrandIdea(file).then(
				(done) => {
					if ("otherType" in done) new Notice(t("notice.brandOtherType", { type: done.otherType }));
					else if (!done.changed) new Notice(t("notice.brandAlready", { title }));
					else noticeWithButton(t("notice.brandTurned", { title, count: done.added }), t("common.undo"), () => undo(file.path));
				},
				(error: unknown) => new Notice(t("notice.brandTurnFailed", { title, error: describeError(error, t) })),
			);
			return true;
		},
	});

	plugin.addCommand({
		id: "open-framework-board",
		name: t("command.openFrameworkBoard"),
		callback: () => {
			const file = app.workspace.getActiveFile();
			// Whether the open note is a brand idea is known once the notes are read.
			if (file?.extension === "md" && stillReading(studio, false, "command.openFrameworkBoard")) return;
			void openFrameworkBoard(app, file && brands.isBrandIdea(file.path) ? file.path : null);
		},
	});

	plugin.addCommand({
		id: "undo-brand-edit",
		name: t("command.undoBrandEdit"),
		// The brand idea the writer looks at: the framework board's, else the active note; never another note's edit.
		checkCallback: (checking) => {
			const board = app.workspace.getActiveViewOfType(FrameworkView);
			const path = board ? board.brandPath : (app.workspace.getActiveFile()?.path ?? null);
			if (path === null || !brands.canUndo(path)) return false;
			if (!checking) undo(path);
			return true;
		},
	});

	plugin.addCommand({
		id: "carry-into-product",
		name: t("command.carryIntoProduct"),
		// The brand idea the writer looks at: the framework board's, else the active note.
		checkCallback: (checking) => {
			const board = app.workspace.getActiveViewOfType(FrameworkView);
			const file = app.workspace.getActiveFile();
			const path = board ? board.brandPath : file?.extension === "md" ? file.path : null;
			if (path === null) return false;
			// Whether the note is a brand idea is known once the notes are read.
			if (!brands.isBrandIdea(path)) return !board && stillReading(studio, checking, "command.carryIntoProduct");
			if (!checking) pickProductAndCarry(plugin, studio, brands, path);
			return true;
		},
	});

	addHeaderButtons(plugin, studio, brands);
}

/**
 * Opens the product picker for the brand idea at `path`; the chosen product's note is made from its template,
 * filled with the brand idea, and opened in a new tab. Nothing is written when the picker is closed.
 */
function pickProductAndCarry(plugin: Plugin, studio: Studio, brands: BrandIdeas, path: string): void {
	const model = brands.framework(path);
	if (!model) return;
	const t = studio.translate;
	const title = noticeTitle(model.title);
	const carry = async (column: ProductColumn): Promise<void> => {
		try {
			const file = await brands.createProductNote(path, column.key, null);
			new Notice(t("notice.productCreated", { product: column.label, title }));
			await plugin.app.workspace.getLeaf("tab").openFile(file, { active: true });
		} catch (error) {
			new Notice(t("notice.productCreateFailed", { error: describeError(error, t) }));
		}
	};
	new ProductSuggestModal(plugin.app, model.columns, t, t("brand.pickProduct", { title }), (column) => void carry(column)).open();
}

/** A button on the view header of every open brand-idea note that opens its framework board. */
function addHeaderButtons(plugin: Plugin, studio: Studio, brands: BrandIdeas): void {
	const buttons = new WeakMap<MarkdownView, { path: string; el: HTMLElement }>();
	const update = (): void => {
		plugin.app.workspace.iterateAllLeaves((leaf) => {
			const view = leaf.view;
			if (!(view instanceof MarkdownView)) return;
			const path = view.file?.path ?? null;
			const current = buttons.get(view);
			const wanted = path !== null && brands.isBrandIdea(path);
			if (current && (!wanted || current.path !== path)) {
				current.el.remove();
				buttons.delete(view);
			}
			if (wanted && path !== null && !buttons.has(view) && typeof view.addAction === "function") {
				const el = view.addAction("layout-dashboard", studio.translate("command.openFrameworkBoard"), () => void openFrameworkBoard(plugin.app, view.file?.path ?? path));
				el.addClass("tls-framework-header-button");
				buttons.set(view, { path, el });
			}
		});
	};
	plugin.registerEvent(plugin.app.workspace.on("layout-change", update));
	plugin.registerEvent(plugin.app.workspace.on("file-open", update));
	plugin.register(studio.index.onChange(update));
}
