import { normalizePath, TFile, TFolder, type App } from "obsidian";
import { setFrontmatterProperty } from "../core/writer/set-frontmatter-property";
import { freeNotePath } from "../core/writer/file-name";
import { takenPaths, vaultSpelling } from "../core/writer/taken-paths";
import { StudioError } from "../core/i18n/studio-error";

/** The note a write was meant for is not in the vault (deleted or renamed meanwhile). */
export class NoteGoneError extends Error {
	constructor(readonly path: string) {
		super(`${path} does not exist`);
		this.name = "NoteGoneError";
	}
}

/** A property edit, with the text before and after, so it can be undone byte for byte. */
export interface PropertyEdit {
	path: string;
	before: string;
	after: string;
}

/**
 * Every write the plugin makes to the vault goes through here. Edits are minimal and atomic
 * (`Vault.process`: read, change one line, write, with no chance for another edit in between);
 * new notes never take the name of an existing one. https://docs.obsidian.md/Reference/TypeScript+API/Vault/process
 */
export class NoteWriter {
	constructor(private readonly app: App) {}

	private file(path: string): TFile {
		const file = this.app.vault.getFileByPath(path);
		if (!file) throw new NoteGoneError(path);
		return file;
	}

	/** Sets one frontmatter property, touching no other byte of the note. */
	async setProperty(path: string, key: string, value: string): Promise<PropertyEdit> {
		let before = "";
		let after = "";
		await this.app.vault.process(this.file(path), (text) => {
			before = text;
			after = setFrontmatterProperty(text, key, value);
			return after;
		});
		return { path, before, after };
	}

	/**
	 * Reverts a property edit: the exact previous text when the note is as the edit left it;
	 * otherwise (the writer changed it since) only the property, set back to `fallbackValue`.
	 */
	async revert(edit: PropertyEdit, key: string, fallbackValue: string): Promise<void> {
		await this.app.vault.process(this.file(edit.path), (text) => (text === edit.after ? edit.before : setFrontmatterProperty(text, key, fallbackValue)));
	}

	/**
	 * Creates a note in `folder` (made if missing) under a name free on every device: `Idée.md`,
	 * else `Idée 2.md`... A name or folder that differs from the vault's only by case or Unicode
	 * form is the same file on macOS and Windows, so it counts as taken.
	 */
	async createNote(folder: string, baseName: string, text: string): Promise<TFile> {
		const { vault } = this.app;
		const dir = folder.trim() === "" || folder.trim() === "/" ? "" : vaultSpelling(normalizePath(folder), vault.getAllFolders().map((f) => f.path));
		if (dir !== "") await this.ensureFolder(dir);
		// Only the folder's own files and folders can collide: a vault of 10,000 notes is not read.
		const siblings = (dir === "" ? vault.getRoot() : vault.getFolderByPath(dir))?.children ?? [];
		const path = freeNotePath(dir, baseName, takenPaths(siblings.map((child) => child.path)));
		return vault.create(path, text);
	}

	/** Moves a note to the trash the user chose in Obsidian's settings. */
	async trash(path: string): Promise<void> {
		await this.app.fileManager.trashFile(this.file(path));
	}

	private async ensureFolder(dir: string): Promise<void> {
		const existing = this.app.vault.getAbstractFileByPath(dir);
		if (existing instanceof TFolder) return;
		if (existing) throw new StudioError("error.folderIsFile", { path: dir });
		await this.app.vault.createFolder(dir);
	}
}
