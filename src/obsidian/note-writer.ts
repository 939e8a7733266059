import { normalizePath, parseYaml, TFile, TFolder, type App } from "obsidian";
import { setFrontmatterProperty, type PropertyEdit } from "../core/writer/set-frontmatter-property";
import { revertPropertyEdit } from "../core/writer/revert-property-edit";
import { freeNotePath } from "../core/writer/file-name";

/** The note a write was meant for is not in the vault (deleted or renamed meanwhile), or another note took its place. */
export class NoteGoneError extends Error {
	constructor(readonly path: string) {
		super(`${path} does not exist`);
		this.name = "NoteGoneError";
	}
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

	/**
	 * Sets one frontmatter property, touching no other byte of the note. The last guard reads the
	 * properties with Obsidian's own `parseYaml`, so they are checked as Obsidian will show them.
	 *
	 * @throws FrontmatterEditError (nothing written) when the edit cannot be sure.
	 */
	async setProperty(path: string, key: string, value: string): Promise<PropertyEdit> {
		let edit: PropertyEdit | null = null;
		await this.app.vault.process(this.file(path), (text) => {
			edit = setFrontmatterProperty(text, key, value, parseYaml);
			return edit.after;
		});
		if (edit === null) throw new NoteGoneError(path);
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
		if (this.app.vault.getFileByPath(note.path) !== note) throw new NoteGoneError(note.path);
		await this.app.vault.process(note, (text) => revertPropertyEdit(text, edit, parseYaml));
	}

	/** Creates a note in `folder` (made if missing) under a free name: `Idée.md`, else `Idée 2.md`... */
	async createNote(folder: string, baseName: string, text: string): Promise<TFile> {
		const dir = folder.trim() === "" || folder.trim() === "/" ? "" : normalizePath(folder);
		if (dir !== "") await this.ensureFolder(dir);
		const path = freeNotePath(dir, baseName, (candidate) => this.taken(candidate));
		return this.app.vault.create(path, text);
	}

	/** Moves a note to the trash the user chose in Obsidian's settings. */
	async trash(path: string): Promise<void> {
		await this.app.fileManager.trashFile(this.file(path));
	}

	/** A name is taken when any file of the folder has it, whatever its case: macOS, Windows and phones ignore case. */
	private taken(path: string): boolean {
		if (this.app.vault.getAbstractFileByPath(path)) return true;
		const slash = path.lastIndexOf("/");
		const parent = slash === -1 ? this.app.vault.getRoot() : this.app.vault.getFolderByPath(path.slice(0, slash));
		const name = path.slice(slash + 1).toLowerCase();
		return parent?.children.some((child) => child.name.toLowerCase() === name) ?? false;
	}

	private async ensureFolder(dir: string): Promise<void> {
		const existing = this.app.vault.getAbstractFileByPath(dir);
		if (existing instanceof TFolder) return;
		if (existing) throw new Error(`${dir} is a file, not a folder`);
		await this.app.vault.createFolder(dir);
	}
}
