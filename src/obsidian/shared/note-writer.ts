import { parseYaml, TFile, TFolder, type App } from "obsidian";
import { setFrontmatterProperty, type PropertyEdit } from "../../core/writer/set-frontmatter-property";
import { setFrontmatterProperties, type PropertiesEdit } from "../../core/writer/set-frontmatter-properties";
import { addFrontmatterListItem } from "../../core/writer/add-frontmatter-list-item";
import { revertPropertyEdit } from "../../core/writer/revert-property-edit";
import { revertPropertiesEdit } from "../../core/writer/revert-properties-edit";
import { undoTextEdit, type TextEdit } from "../../core/writer/text-edit";
import { freeNotePath } from "../../core/writer/file-name";
import { takenPaths } from "../../core/writer/taken-paths";
import { vaultFolder } from "./vault-folder";
import { StudioError } from "../../core/i18n/studio-error";
import { readFrontmatter } from "../../core/writer/read-frontmatter";
import { propertyOf } from "../../core/note/property-of";
import { FrontmatterEditError } from "../../core/writer/frontmatter-edit-error";
import type { PropertyValue } from "../../core/writer/yaml-scalar";

/** The note a write was meant for is not in the vault (deleted or renamed meanwhile), or another note took its place. */
export class NoteGoneError extends Error {
	constructor(readonly path: string) {
		super(`${path} does not exist`);
		this.name = "NoteGoneError";
	}
}

/** Notes that changed since an edit of several notes, which is therefore not undone: none of them is written. */
export class NotesChangedError extends Error {
	constructor(readonly notes: readonly TFile[]) {
		super(`${notes.map((note) => note.path).join(", ")} changed since`);
		this.name = "NotesChangedError";
	}
}

/** How the writer finds one section of a note: its written text (null when the note has none), and the note with that text replaced. */
export interface NoteSection {
	read(text: string): string | null;
	replace(text: string, replacement: string): string;
}

/** Every undoable edit the writer makes: one of text (exact undo) or of several properties (minimal undo). */
export type NoteEdit = { kind: "text"; edit: TextEdit } | { kind: "properties"; edit: PropertiesEdit };

/**
 * Thrown inside `Vault.process` when an edit would change nothing, so that nothing is written at all. Made when thrown:
 * an error made as main.js is evaluated takes its stack there, which can cost a second parse of the whole file.
 */
class UnchangedError extends Error {}

/** How many times a name taken by someone else between the check and the create is passed over. */
const CREATE_TRIES = 5;

/**
 * Every write the plugin makes to the vault goes through here (a lint rule keeps it so). Each method is one
 * `Vault.process` (read, change, write, with no chance for another edit in between) or one `Vault.create`:
 * an edit is whole or not at all, computed from the note as it is at that moment and refused, writing
 * nothing, when it is not what the caller last saw. New notes are created one at a time and never take
 * the name of an existing one. https://docs.obsidian.md/Reference/TypeScript+API/Vault/process
 */
export class NoteWriter {
	/** The creates in flight, one after the other: two never pick the same free name. */
	private creates: Promise<unknown> = Promise.resolve();

	constructor(private readonly app: App) {}

	private file(path: string): TFile {
		const file = this.app.vault.getFileByPath(path);
		if (!file) throw new NoteGoneError(path);
		return file;
	}

	/** `note` when it is still in the vault as that file (renamed since, it is followed); never another note now at its path. */
	private same(note: TFile): TFile {
		if (this.app.vault.getFileByPath(note.path) !== note) throw new NoteGoneError(note.path);
		return note;
	}

	/**
	 * One edit of a note's text: `change` gets the text as it is now and gives the new text, or throws to
	 * refuse (nothing is written). Null, and nothing written, when the text would not change.
	 */
	async edit(note: TFile, change: (text: string) => string): Promise<TextEdit | null> {
		let edit: TextEdit | null = null;
		try {
			await this.app.vault.process(this.same(note), (text) => {
				const after = change(text);
				if (after === text) throw new UnchangedError("unchanged");
				edit = { before: text, after };
				return after;
			});
		} catch (error) {
			if (error instanceof UnchangedError) return null;
			throw error;
		}
		return edit;
	}

	/**
	 * Rewrites one section of a note: `change` gets its current text (`""` when the note lacks it). With
	 * `seen` (the text the writer was shown), the edit is refused when the section reads otherwise now,
	 * a missing section reading as empty: another edit (sync, another pane) is never overwritten unseen.
	 *
	 * @throws StudioError `error.sectionChangedSince` when the section changed since it was shown; nothing written.
	 */
	editSection(note: TFile, section: NoteSection, change: (current: string) => string, seen: string | null): Promise<TextEdit | null> {
		return this.edit(note, (text) => {
			const current = section.read(text) ?? "";
			if (seen !== null && current !== seen) throw new StudioError("error.sectionChangedSince");
			return section.replace(text, change(current));
		});
	}

	/**
	 * Sets one frontmatter property, touching no other byte of the note. The last guard reads the
	 * properties with Obsidian's own `parseYaml`, so they are checked as Obsidian will show them. With
	 * `stillAsSeen`, the note's properties as they are now must still say what the caller was shown (the
	 * stage a card was dragged from), or nothing is written.
	 *
	 * @throws FrontmatterEditError (nothing written) when the edit cannot be sure; `changedSince` when
	 *   `stillAsSeen` says the note changed since it was shown.
	 */
	async setProperty(path: string, key: string, value: string, stillAsSeen?: (properties: Record<string, unknown>) => boolean): Promise<PropertyEdit> {
		let edit: PropertyEdit | null = null;
		await this.app.vault.process(this.file(path), (text) => {
			if (stillAsSeen && !stillAsSeen(readFrontmatter(text, parseYaml).properties)) throw new FrontmatterEditError("changedSince");
			edit = setFrontmatterProperty(text, key, value, parseYaml);
			return edit.after;
		});
		if (edit === null) throw new NoteGoneError(path);
		return edit;
	}

	/**
	 * Sets several frontmatter properties, text or numbers, in one edit, all or none (see `setFrontmatterProperties`): a missing
	 * one goes below the property `options.after` names for it. With `options.stillAsSeen`, the note's
	 * properties as they are now must still say what the caller was shown, or nothing is written.
	 *
	 * @throws FrontmatterEditError (nothing written) when one of them cannot be sure; `changedSince` when
	 *   `stillAsSeen` says the note changed since it was shown.
	 */
	async setProperties(
		note: TFile,
		values: readonly (readonly [string, PropertyValue])[],
		options: { after?: Readonly<Record<string, string>>; stillAsSeen?: (properties: Record<string, unknown>) => boolean } = {},
	): Promise<PropertiesEdit> {
		let edit: PropertiesEdit | null = null;
		await this.app.vault.process(this.same(note), (text) => {
			if (options.stillAsSeen && !options.stillAsSeen(readFrontmatter(text, parseYaml).properties)) throw new FrontmatterEditError("changedSince");
			edit = setFrontmatterProperties(text, values, parseYaml, options.after);
			return edit.after;
		});
		if (edit === null) throw new NoteGoneError(note.path);
		return edit;
	}

	/**
	 * Adds `item` at the end of the list property `key`, touching no other byte of the note (see
	 * `addFrontmatterListItem`: a missing property or a single value becomes a list, losing nothing). Null, and
	 * nothing written, when `holds` says the property's value as it is now already holds the item. Undone by {@link revert}.
	 *
	 * @throws FrontmatterEditError (nothing written) when the edit cannot be sure.
	 */
	async addListItem(note: TFile, key: string, item: string, holds: (value: unknown) => boolean): Promise<PropertyEdit | null> {
		let edit: PropertyEdit | null = null;
		try {
			await this.app.vault.process(this.same(note), (text) => {
				if (holds(propertyOf(readFrontmatter(text, parseYaml).properties, key))) throw new UnchangedError("unchanged");
				edit = addFrontmatterListItem(text, key, item, parseYaml);
				return edit.after;
			});
		} catch (error) {
			if (error instanceof UnchangedError) return null;
			throw error;
		}
		return edit;
	}

	/**
	 * Undoes a property edit of `note`, exactly or not at all (see `revertPropertyEdit`). `note`
	 * is the file the edit was made to: renamed since, it is followed; a note now at its path that
	 * is not that file (deleted and re-created, or another one renamed there) is never written.
	 *
	 * @throws NoteGoneError when the note is not in the vault any more; FrontmatterEditError
	 *   (`changedSince`...) when the property changed since, nothing written.
	 */
	async revert(note: TFile, edit: PropertyEdit): Promise<void> {
		await this.app.vault.process(this.same(note), (text) => revertPropertyEdit(text, edit, parseYaml));
	}

	/**
	 * Undoes an edit of `note` as a whole: a text edit when the note is exactly as it left it, several
	 * properties each put back (see `revertPropertiesEdit`); otherwise nothing is written.
	 *
	 * @throws NoteGoneError when the note is not in the vault any more; StudioError
	 *   `error.sectionChangedSince` or FrontmatterEditError `changedSince` when it changed since.
	 */
	async undo(note: TFile, edit: NoteEdit): Promise<void> {
		await this.app.vault.process(this.same(note), (text) => (edit.kind === "text" ? undoTextEdit(text, edit.edit) : revertPropertiesEdit(text, edit.edit, parseYaml)));
	}

	/**
	 * Undoes edits of several notes as one (an import of results): each note is read first and its undo
	 * made in memory; when one of them would be refused (changed since, gone), nothing at all is written and
	 * the refusal names every such note. Then each is written, one `Vault.process` a note, checked again.
	 *
	 * @throws NotesChangedError naming the notes that stand in the way, nothing written.
	 */
	async undoAll(edits: readonly { note: TFile; edit: NoteEdit }[]): Promise<void> {
		const changed: TFile[] = [];
		for (const { note, edit } of edits) {
			try {
				const text = await this.app.vault.read(this.same(note));
				if (edit.kind === "text") undoTextEdit(text, edit.edit);
				else revertPropertiesEdit(text, edit.edit, parseYaml);
			} catch {
				changed.push(note);
			}
		}
		if (changed.length > 0) throw new NotesChangedError(changed);
		for (const { note, edit } of edits) await this.undo(note, edit);
	}

	/**
	 * Creates a note in `folder` (made if missing) under a name free on every device: `Idée.md`,
	 * else `Idée 2.md`... (with `extension`, another kind of file: `.base` for a base). A name or folder
	 * that differs from the vault's only by case or Unicode form is the same file on macOS and Windows,
	 * so it counts as taken. Creates run one after the other; a name another app takes between the
	 * check and the create is passed over for the next.
	 *
	 * @throws StudioError `error.folderIsFile` when the folder, or one above it, is a file;
	 *   `error.nameTaken` when no free name is left.
	 */
	createNote(folder: string, baseName: string, text: string, extension = ".md"): Promise<TFile> {
		const created = this.creates.then(() => this.createNow(folder, baseName, text, extension));
		this.creates = created.catch(() => undefined);
		return created;
	}

	private async createNow(folder: string, baseName: string, text: string, extension: string): Promise<TFile> {
		const { vault } = this.app;
		const dir = vaultFolder(vault, folder);
		if (dir !== "") await this.ensureFolder(dir);
		for (let attempt = 0; attempt < CREATE_TRIES; attempt++) {
			// Only the folder's own files and folders can collide: a vault of 10,000 notes is not read.
			const siblings = (dir === "" ? vault.getRoot() : vault.getFolderByPath(dir))?.children ?? [];
			let path: string;
			try {
				path = freeNotePath(dir, baseName, takenPaths(siblings.map((child) => child.path)), extension);
			} catch {
				break;
			}
			try {
				return await vault.create(path, text);
			} catch (error) {
				if (!vault.getAbstractFileByPath(path)) throw error;
			}
		}
		throw new StudioError("error.nameTaken", { name: baseName, folder: dir === "" ? "/" : dir });
	}

	/** Moves a note to the trash the user chose in Obsidian's settings. */
	async trash(path: string): Promise<void> {
		await this.app.fileManager.trashFile(this.file(path));
	}

	/** Makes `dir` and the folders above it, refusing when one of them is a file. */
	private async ensureFolder(dir: string): Promise<void> {
		const parts = dir.split("/");
		for (let i = 1; i <= parts.length; i++) {
			const path = parts.slice(0, i).join("/");
			const existing = this.app.vault.getAbstractFileByPath(path);
			if (existing instanceof TFolder) continue;
			if (existing) throw new StudioError("error.folderIsFile", { path });
			await this.app.vault.createFolder(path);
		}
	}
}
