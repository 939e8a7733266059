import { Notice, type Plugin, type TFile } from "obsidian";
import type { Reading } from "./reading";
import type { Studio } from "../shared/studio";
import { explainUnreadableProperties } from "../shared/unreadable-properties";
import { stillReading } from "../shared/still-reading";
import { listText } from "../../core/text/list-text";

/** Why the active note is not a book note: what would make it one, as set. */
function notBookNote(studio: Studio): string {
	const { bookTags, booksFolder } = studio.settings;
	const tags = listText(
		bookTags.map((tag) => `#${tag.replace(/^#+/, "")}`),
		studio.language,
		"disjunction",
	);
	return tags === "" ? studio.translate("notice.notBookNoteNoTags", { folder: booksFolder }) : studio.translate("notice.notBookNote", { folder: booksFolder, tags });
}

/** The reading commands. Stable ids, no default hotkey. */
export function registerReadingCommands(plugin: Plugin, reading: Reading, studio: Studio, openShelf: () => Promise<void>): void {
	const { app } = plugin;
	const t = studio.translate;
	const activeBook = (): TFile | null => {
		const file = app.workspace.getActiveFile();
		return file && reading.isBook(file.path) ? file : null;
	};

	plugin.addCommand({
		id: "insert-et-but-block",
		name: t("command.insertEtBut"),
		// The promise is handed back so that whoever runs the command can wait for the block to be in.
		editorCallback: (editor) => reading.insertBlock(editor),
	});

	plugin.addCommand({
		id: "new-book-note",
		name: t("command.newBookNote"),
		callback: () => reading.openBookModal(),
	});

	plugin.addCommand({
		id: "book-note-from-link",
		name: t("command.bookNoteFromLink"),
		editorCallback: (editor, ctx) => reading.bookFromLink(editor, ctx.file),
	});

	plugin.addCommand({
		id: "promote-book-ideas",
		name: t("command.promoteBookIdeas"),
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			// Properties that cannot be read are said first: a book by its folder is one still, but its properties cannot be trusted.
			if (explainUnreadableProperties(app, t, checking, "command.promoteBookIdeas")) return true;
			if (reading.isBook(file.path)) {
				if (!checking) void reading.promoteAll(file);
				return true;
			}
			if (stillReading(studio, checking, "command.promoteBookIdeas")) return true;
			if (!checking) new Notice(notBookNote(studio));
			return true;
		},
	});

	plugin.addCommand({
		id: "mark-book-read",
		name: t("command.markBookRead"),
		checkCallback: (checking) => {
			if (explainUnreadableProperties(app, t, checking, "command.markBookRead")) return true;
			const file = activeBook();
			if (!file) return app.workspace.getActiveFile()?.extension === "md" && stillReading(studio, checking, "command.markBookRead");
			if (!checking) void reading.markRead(file);
			return true;
		},
	});

	plugin.addCommand({
		id: "make-book-note",
		name: t("command.makeBookNote"),
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			if (explainUnreadableProperties(app, t, checking, "command.makeBookNote")) return true;
			// A note that says `type: book` already has nothing to write.
			if (!reading.canMakeBookNote(file)) return false;
			if (!checking) void reading.makeBookNote(file);
			return true;
		},
	});

	plugin.addCommand({
		id: "open-reading",
		name: t("command.openReading"),
		callback: () => void openShelf(),
	});
}
