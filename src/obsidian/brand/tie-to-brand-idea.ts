import { Notice, type App, type Plugin } from "obsidian";
import type { BrandIdeaSummary } from "../../core/brand/brand-idea-list";
import { propertyLinks } from "../../core/brand/link-property";
import { ideaTextOf } from "../../core/pipeline/idea";
import type { Studio } from "../shared/studio";
import type { BrandIdeas } from "./brand-ideas";
import { BrandIdeaSuggestModal } from "./brand-idea-suggest-modal";
import { noticeTitle } from "../pipeline/board-actions";
import { noticeWithButton } from "../shared/notice-with-button";
import { describeError } from "../shared/describe-error";
import { NoteGoneError } from "../shared/note-writer";
import { stillReading } from "../shared/still-reading";
import { explainUnreadableProperties } from "../shared/unreadable-properties";

/** The idea note at `path` as the index knows it, or null when it is not one. */
function ideaRecord(studio: Studio, path: string) {
	const record = studio.index.get(path);
	return record?.type === "idea" ? record : null;
}

/**
 * Ties the idea at `ideaPath` to `brand` and says so, with Undo; says so too, writing nothing, when the idea
 * is tied to it already. True when the note was written.
 */
export async function tieToBrandIdea(app: App, studio: Studio, brands: BrandIdeas, ideaPath: string, brand: Pick<BrandIdeaSummary, "path" | "title">): Promise<boolean> {
	const t = studio.translate;
	const record = studio.index.get(ideaPath);
	const title = noticeTitle(record ? ideaTextOf(record) : ideaPath);
	const names = { title, brand: noticeTitle(brand.title) };
	const file = app.vault.getFileByPath(ideaPath);
	try {
		if (!file) throw new NoteGoneError(ideaPath);
		const edit = await brands.tieIdea(file, brand.path);
		if (edit === null) {
			new Notice(t("notice.alreadyTied", names));
			return false;
		}
		noticeWithButton(t("notice.tied", names), t("common.undo"), () => {
			void brands.undo(file.path, edit).then(
				(undone) => new Notice(undone === null ? t("notice.brandUndoNone") : t("notice.tieUndone", names)),
				(error: unknown) => new Notice(t("notice.brandUndoFailed", { title, error: describeError(error, t) })),
			);
		});
		return true;
	} catch (error) {
		new Notice(t("notice.tieFailed", { ...names, error: describeError(error, t) }));
		return false;
	}
}

/**
 * Offers the brand ideas (the least replicated first, those the idea is tied to already said so) and ties the
 * idea at `ideaPath` to the one chosen. With no brand idea in the vault, says how to make one.
 */
export function pickBrandIdeaAndTie(app: App, studio: Studio, brands: BrandIdeas, ideaPath: string): void {
	const t = studio.translate;
	const record = ideaRecord(studio, ideaPath);
	if (!record) return;
	const list = brands.list();
	if (list.length === 0) {
		new Notice(t("notice.noBrandIdeas"));
		return;
	}
	const detail = (brand: BrandIdeaSummary): string => (propertyLinks(record, "brand-idea", brand.path) ? t("brand.tie.already") : t("brand.products.coverage", { covered: brand.covered, total: brand.total }));
	new BrandIdeaSuggestModal(app, list, detail, t("brand.tie.pick", { title: noticeTitle(ideaTextOf(record)) }), (brand) => void tieToBrandIdea(app, studio, brands, ideaPath, brand)).open();
}

/** The palette's `tie-to-brand-idea`, offered on an idea note. Stable id, no default hotkey. */
export function registerTieCommand(plugin: Plugin, studio: Studio, brands: BrandIdeas): void {
	const { app } = plugin;
	plugin.addCommand({
		id: "tie-to-brand-idea",
		name: studio.translate("command.tieToBrandIdea"),
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			if (!ideaRecord(studio, file.path)) return explainUnreadableProperties(app, studio.translate, checking, "command.tieToBrandIdea") || stillReading(studio, checking, "command.tieToBrandIdea");
			if (!checking) pickBrandIdeaAndTie(app, studio, brands, file.path);
			return true;
		},
	});
}
