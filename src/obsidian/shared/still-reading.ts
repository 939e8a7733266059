import { Notice } from "obsidian";
import type { MessageKey } from "../../core/i18n/messages";
import type { IndexProgress } from "../../core/index/note-index";
import { readingProgress } from "../../core/index/reading-progress";
import type { Studio } from "./studio";

/** The vault's notes before the first pass starts, counted once a studio: each command run meanwhile asks, and a vault lists a hundred thousand. */
const notesBeforeStart = new WeakMap<Studio, number>();

/** How far the first pass is: the index's count, or none read yet out of the vault's notes before it starts (the layout is not ready). */
function progressOf(studio: Studio): IndexProgress {
	const progress = studio.index.progress();
	if (progress) return progress;
	let total = notesBeforeStart.get(studio);
	if (total === undefined) {
		total = studio.app.vault.getMarkdownFiles().length;
		notesBeforeStart.set(studio, total);
	}
	return { read: 0, total };
}

/**
 * "Reading your notes: 1,240 / 10,000", numbers as the writer's language writes them: what a view shows until the first
 * pass is done. Before the pass has listed the notes (the layout is not ready), "Reading your notes…": a view restored
 * at Obsidian's start does not list a hundred thousand notes to count them then.
 */
export function readingLine(studio: Studio): string {
	const progress = studio.index.progress();
	return progress ? studio.translate("view.loadingProgress", readingProgress(progress, studio.language)) : studio.translate("view.loading");
}

/**
 * For a command whose answer depends on the index (is this note watched, an idea, a book?): until the first pass
 * over the vault is done, an unread note would get a false "no", so the command is offered and, run, says it is
 * still reading, how far, and to run it again. True then (the command's check answers it); false once the notes are read.
 */
export function stillReading(studio: Studio, checking: boolean, command: MessageKey): boolean {
	if (studio.isReady()) return false;
	if (!checking) new Notice(studio.translate("notice.stillReading", { ...readingProgress(progressOf(studio), studio.language), command: studio.translate(command) }));
	return true;
}
