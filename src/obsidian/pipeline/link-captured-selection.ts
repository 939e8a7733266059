import type { App, Editor, EditorPosition, TFile } from "obsidian";
import { linkAlias } from "../../core/text/link-alias";
import { lineMarksOf } from "../../core/pipeline/selection-idea";

/** Where a selection was when it was captured, and what it held. */
export interface CapturedRange {
	from: EditorPosition;
	to: EditorPosition;
	text: string;
}

/**
 * The selection without the blanks and line breaks at its ends, nor the list bullet or heading
 * marks it starts with: those stay in the note around the link, so `- idée` becomes `- [[idée]]`.
 */
export function capturedRange(editor: Editor): CapturedRange {
	const selection = editor.getSelection();
	const start = editor.posToOffset(editor.getCursor("from"));
	const trimmed = selection.trim();
	const lead = selection.length - selection.trimStart().length + lineMarksOf(trimmed).length;
	const text = trimmed.slice(lineMarksOf(trimmed).length);
	return { from: editor.offsetToPos(start + lead), to: editor.offsetToPos(start + lead + text.length), text };
}

/**
 * Puts a link to the new idea note where the captured text was, as Obsidian's note composer does:
 * through the editor, so one undo there brings the text back, and in the writer's link format
 * (`generateMarkdownLink`), its alias the idea's words when the file name differs. Does nothing and
 * answers false when the text is no longer there as it was.
 * https://docs.obsidian.md/Reference/TypeScript+API/FileManager/generateMarkdownLink
 */
export function linkCapturedSelection(app: App, editor: Editor, range: CapturedRange, idea: TFile, sourcePath: string, title: string): boolean {
	if (editor.getRange(range.from, range.to) !== range.text) return false;
	const alias = linkAlias(title);
	const link = app.fileManager.generateMarkdownLink(idea, sourcePath, undefined, alias === "" || alias === idea.basename ? undefined : alias);
	editor.replaceRange(link, range.from, range.to);
	return true;
}
