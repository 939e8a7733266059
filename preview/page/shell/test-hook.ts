/**
 * `window.preview`: what end-to-end tests (and a curious person in the devtools console) use to drive
 * the page. Every method returns a promise. Documented in preview/README.md.
 */
import { MarkdownView, TFile, type App, type Plugin } from "obsidian";
import { visibleNotices } from "./overlays";
import { commandAvailable, commandRegistry, executeCommand, findCommand } from "./plugin-host";
import { flushNoteEditors, noteTextarea } from "./note-view";
import { setTheme, type Theme } from "./theme";
import { changedNotes, writeNote } from "./vault";
import { leafSide } from "./workspace";

export interface PreviewHook {
	/** Resolves once the notes are loaded, the plugin's onload has finished and the layout is ready. */
	ready(): Promise<void>;
	/** With `?hold`, lets the page load the plugin: until then it waits with its notes loaded. Does nothing otherwise. */
	release(): Promise<void>;
	/** Resolves once the plugin's first pass over the notes is done: its commands answer from every note. */
	indexed(): Promise<void>;
	/** Paths of every markdown note, sorted. */
	listFiles(): Promise<string[]>;
	/** A note's text (typing not yet saved is saved first). Rejects when there is no such note. */
	readFile(path: string): Promise<string>;
	/** Creates the note (and its folders) or replaces its text, through the vault, so every event fires. */
	writeFile(path: string, text: string): Promise<void>;
	deleteFile(path: string): Promise<void>;
	renameFile(path: string, newPath: string): Promise<void>;
	/** Opens a note in the main area (in a new tab with `newTab`) and makes it the active note. */
	openFile(path: string, newTab?: boolean): Promise<void>;
	/** The active note's path, or null. */
	activeFile(): Promise<string | null>;
	/** Selects text in the open note's editor, by character offsets. */
	setSelection(from: number, to?: number): Promise<void>;
	/** The commands the plugin registered, with whether each can run now. */
	listCommands(): Promise<{ id: string; name: string; available: boolean }[]>;
	/** Runs a command by id (`open-pipeline` or `thought-leadership-studio:open-pipeline`); false when not available now. */
	runCommand(id: string): Promise<boolean>;
	/** Opens a registered view in the right sidebar (or reveals the one open) and resolves once it is open. */
	openView(type: string): Promise<void>;
	/** The open leaves: view type, side, and the title shown. */
	listLeaves(): Promise<{ type: string; side: string; title: string }[]>;
	/** The messages of the notices on screen. */
	notices(): Promise<string[]>;
	/** Notes created or edited since the page loaded. */
	changedFiles(): Promise<string[]>;
	/** What the plugin last saved with saveData (null if nothing). */
	pluginData(): Promise<unknown>;
	setTheme(theme: Theme): Promise<void>;
	/** Resolves when fonts are loaded and two frames have been painted: a stable moment for a screenshot. */
	screenshotReady(): Promise<void>;
	/** The in-memory app and the plugin, for what the methods above do not cover (not a stable API). */
	app: App;
	plugin: Plugin | null;
}

declare global {
	interface Window {
		preview?: PreviewHook;
	}
}

function frame(): Promise<void> {
	return new Promise((resolve) => window.requestAnimationFrame(() => resolve()));
}

export function installTestHook(app: App, plugin: () => Plugin | null, hold = false): { markReady(): void; released: Promise<void> } {
	let markReady: () => void = () => undefined;
	const ready = new Promise<void>((resolve) => {
		markReady = resolve;
	});
	let release: () => void = () => undefined;
	const released = hold
		? new Promise<void>((resolve) => {
				release = resolve;
			})
		: Promise.resolve();
	const fileAt = (path: string): TFile => {
		const file = app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) throw new Error(`no note at "${path}"`);
		return file;
	};

	const hook: PreviewHook = {
		ready: () => ready,
		async release() {
			release();
		},
		async indexed() {
			await ready;
			// The studio is the plugin's own (not a stable API): its `ready` resolves after the first pass.
			await (plugin() as unknown as { studio?: { ready?: Promise<void> } } | null)?.studio?.ready;
		},
		async listFiles() {
			return app.vault.getMarkdownFiles().map((file) => file.path).sort();
		},
		async readFile(path) {
			await flushNoteEditors();
			return app.vault.read(fileAt(path));
		},
		async writeFile(path, text) {
			await writeNote(app, path, text);
		},
		async deleteFile(path) {
			await app.vault.delete(fileAt(path));
		},
		async renameFile(path, newPath) {
			await app.fileManager.renameFile(fileAt(path), newPath);
		},
		async openFile(path, newTab = false) {
			await app.workspace.getLeaf(newTab).openFile(fileAt(path));
		},
		async activeFile() {
			return app.workspace.getActiveFile()?.path ?? null;
		},
		async setSelection(from, to = from) {
			const view = app.workspace.activeEditor;
			const textarea = view instanceof MarkdownView ? noteTextarea(view) : null;
			if (!textarea) throw new Error("no note is open");
			textarea.focus();
			textarea.setSelectionRange(from, to);
			textarea.dispatchEvent(new Event("select"));
		},
		async listCommands() {
			return [...commandRegistry.values()].map((entry) => ({ id: entry.id, name: entry.name, available: commandAvailable(entry) }));
		},
		async runCommand(id) {
			const entry = findCommand(id);
			if (!entry) throw new Error(`no command "${id}"; registered: ${[...commandRegistry.keys()].join(", ")}`);
			return executeCommand(entry);
		},
		async openView(type) {
			const existing = app.workspace.getLeavesOfType(type)[0];
			const leaf = existing ?? app.workspace.getRightLeaf(false);
			if (!leaf) throw new Error("no leaf for the view");
			if (!existing) await leaf.setViewState({ type, active: true });
			await app.workspace.revealLeaf(leaf);
			if (leaf.view.getViewType() !== type) throw new Error(`no view of type "${type}" is registered`);
		},
		async listLeaves() {
			const leaves: { type: string; side: string; title: string }[] = [];
			app.workspace.iterateAllLeaves((leaf) => {
				const type = leaf.getViewState().type;
				if (type) leaves.push({ type, side: leafSide(leaf) ?? "root", title: leaf.getDisplayText() });
			});
			return leaves;
		},
		async notices() {
			return visibleNotices();
		},
		async changedFiles() {
			await flushNoteEditors();
			return (await changedNotes(app)).changed.map((file) => file.path);
		},
		async pluginData() {
			const loaded = plugin();
			if (!loaded) return null;
			const data: unknown = await loaded.loadData();
			return data;
		},
		async setTheme(theme) {
			setTheme(app, theme);
			await frame();
		},
		async screenshotReady() {
			await document.fonts.ready;
			await frame();
			await frame();
		},
		app,
		get plugin() {
			return plugin();
		},
	};
	window.preview = hook;
	return { markReady: () => markReady(), released };
}
