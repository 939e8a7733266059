/**
 * The open note: its title and its text in a textarea. Typing saves through `vault.modify` (so the
 * plugin's vault and metadata events fire); the view's `editor` follows the textarea, so editor commands
 * see the selection and their edits come back into the textarea, at the end of the command (`withEditor`) or,
 * for an edit made later (a dialog's submit, a timer), as soon as the editor changes: in Obsidian the editor is
 * the note, so whatever goes through it shows and is saved.
 * Stands in for https://docs.obsidian.md/Reference/TypeScript+API/MarkdownView and
 * https://docs.obsidian.md/Reference/TypeScript+API/Editor (getSelection, replaceSelection, getCursor,
 * replaceRange, getValue... come from the mocks' in-memory editor, kept in step with the textarea).
 */
import { TFile, type App, type EditorPosition, type MarkdownView } from "obsidian";
import { renderCodeBlocks, unloadCodeBlocks } from "./code-blocks";

interface NoteEditor {
	view: MarkdownView;
	textarea: HTMLTextAreaElement;
	/** The note's line ending, kept when the textarea (which only knows `\n`) is saved. */
	eol: string;
	saveTimer: number | null;
	save(): Promise<void>;
	dispose(): void;
}

const editors = new Map<MarkdownView, NoteEditor>();
const SAVE_DELAY_MS = 300;

function lf(text: string): string {
	return text.replace(/\r\n?/g, "\n");
}

function posAt(text: string, offset: number): EditorPosition {
	const before = text.slice(0, offset);
	const line = before.split("\n").length - 1;
	return { line, ch: offset - (before.lastIndexOf("\n") + 1) };
}

/** The editor's text and selection := the textarea's. */
function editorFromTextarea(note: NoteEditor): void {
	const { textarea, view } = note;
	const value = textarea.value;
	if (view.editor.getValue() !== value) view.editor.setValue(value);
	const start = posAt(value, textarea.selectionStart);
	const end = posAt(value, textarea.selectionEnd);
	if (textarea.selectionDirection === "backward") view.editor.setSelection(end, start);
	else view.editor.setSelection(start, end);
}

/** The textarea := the editor, after a command changed it; saved at once. */
async function textareaFromEditor(note: NoteEditor): Promise<void> {
	const { textarea, view } = note;
	const value = view.editor.getValue();
	const from = view.editor.posToOffset(view.editor.getCursor("from"));
	const to = view.editor.posToOffset(view.editor.getCursor("to"));
	if (value !== textarea.value) {
		textarea.value = value;
		await note.save();
	}
	textarea.setSelectionRange(from, to);
	editorFromTextarea(note);
}

/** The editor's edits that change its text (`replaceSelection`, `setLine`, `transaction`... go through `replaceRange`). */
const EDITS = ["replaceRange", "undo", "redo"] as const;
type EditorEdits = Record<(typeof EDITS)[number], (...args: unknown[]) => unknown>;

/**
 * Makes every edit through the view's editor show in the textarea and save, whenever it comes (once per turn of
 * the event loop, after the edit's caller is done). Returns what puts the editor back as it was.
 */
function followEditor(note: NoteEditor): () => void {
	const editor = note.view.editor as unknown as EditorEdits;
	const kept = EDITS.map((name) => [name, editor[name]] as const);
	let scheduled = false;
	for (const [name, edit] of kept) {
		editor[name] = function (this: unknown, ...args: unknown[]): unknown {
			const result = edit.apply(this, args);
			if (!scheduled) {
				scheduled = true;
				queueMicrotask(() => {
					scheduled = false;
					if (editors.get(note.view) === note) void textareaFromEditor(note);
				});
			}
			return result;
		};
	}
	return () => {
		for (const [name, edit] of kept) editor[name] = edit;
	};
}

export function mountNoteEditor(app: App, view: MarkdownView, text: string): void {
	editors.get(view)?.dispose();
	const file = view.file;
	if (!file) return;
	const content = view.contentEl;
	content.empty();
	content.addClass("markdown-source-view", "mod-cm6", "is-readable-line-width");
	const sizer = content.createDiv("preview-note cm-sizer");
	const title = sizer.createDiv({ cls: "inline-title", text: file.basename, attr: { spellcheck: "false" } });
	const textarea = sizer.createEl("textarea", {
		cls: "preview-note-text cm-content",
		attr: { spellcheck: "false", "aria-label": `Text of ${file.path}`, "data-path": file.path },
	});
	textarea.value = lf(text);
	// What the plugin draws of the note's code blocks (tls-indicators...), as reading view would.
	const blocks = sizer.createDiv({ cls: "preview-note-blocks markdown-rendered" });
	renderCodeBlocks(blocks, text, file.path);

	const note: NoteEditor = {
		view,
		textarea,
		eol: text.includes("\r\n") ? "\r\n" : "\n",
		saveTimer: null,
		async save(): Promise<void> {
			if (note.saveTimer !== null) window.clearTimeout(note.saveTimer);
			note.saveTimer = null;
			const target = view.file;
			if (!(target instanceof TFile) || app.vault.getFileByPath(target.path) !== target) return;
			const current = await app.vault.read(target);
			const next = note.eol === "\n" ? textarea.value : textarea.value.replace(/\n/g, note.eol);
			if (current === next) return;
			view.setViewData(next, false);
			editorFromTextarea(note);
			await app.vault.modify(target, next);
			renderCodeBlocks(blocks, next, target.path);
		},
		dispose(): void {
			if (note.saveTimer !== null) void note.save();
			unfollow();
			app.vault.off("modify", onModify);
			app.vault.off("rename", onRename);
			unloadCodeBlocks(blocks);
			editors.delete(view);
		},
	};

	const sync = (): void => editorFromTextarea(note);
	textarea.addEventListener("input", () => {
		sync();
		if (note.saveTimer !== null) window.clearTimeout(note.saveTimer);
		note.saveTimer = window.setTimeout(() => void note.save(), SAVE_DELAY_MS);
	});
	for (const type of ["select", "keyup", "mouseup", "focus"]) textarea.addEventListener(type, sync);
	textarea.addEventListener("focus", () => {
		if (app.workspace.activeLeaf !== view.leaf) app.workspace.setActiveLeaf(view.leaf, { focus: true });
	});
	textarea.addEventListener("blur", () => {
		if (note.saveTimer !== null) void note.save();
	});

	// A change made elsewhere (the plugin, the test hook) shows in the open note.
	const onModify = (changed: unknown): void => {
		if (changed !== view.file || !(changed instanceof TFile)) return;
		void app.vault.read(changed).then((latest) => {
			const value = lf(latest);
			if (value === textarea.value || note.saveTimer !== null) return;
			const { selectionStart, selectionEnd } = textarea;
			textarea.value = value;
			textarea.setSelectionRange(Math.min(selectionStart, value.length), Math.min(selectionEnd, value.length));
			view.setViewData(latest, false);
			renderCodeBlocks(blocks, latest, changed.path);
			sync();
		});
	};
	const onRename = (renamed: unknown): void => {
		if (renamed === view.file && renamed instanceof TFile) {
			title.textContent = renamed.basename;
			textarea.setAttr("data-path", renamed.path);
		}
	};
	app.vault.on("modify", onModify);
	app.vault.on("rename", onRename);
	const unfollow = followEditor(note);
	editors.set(view, note);
	sync();
}

export function unmountNoteEditor(view: MarkdownView): void {
	editors.get(view)?.dispose();
}

/** Saves every note with typing not yet saved. */
export async function flushNoteEditors(): Promise<void> {
	await Promise.all([...editors.values()].filter((note) => note.saveTimer !== null).map((note) => note.save()));
}

/** The textarea of a view, for the test hook. */
export function noteTextarea(view: MarkdownView): HTMLTextAreaElement | null {
	return editors.get(view)?.textarea ?? null;
}

/**
 * Runs an editor command against a view: the editor first takes the textarea's text and selection,
 * then whatever the command changed goes back into the textarea and the vault.
 */
export async function withEditor<T>(view: MarkdownView, run: () => T | Promise<T>): Promise<T> {
	const note = editors.get(view);
	if (note) editorFromTextarea(note);
	const result = await run();
	if (note) await textareaFromEditor(note);
	return result;
}
