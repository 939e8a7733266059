import { normalizePath, parseYaml, TFile, TFolder, type App } from "obsidian";
import { setFrontmatterProperty, type PropertyEdit } from "../../core/writer/set-frontmatter-property";
import { revertPropertyEdit } from "../../core/writer/revert-property-edit";
import { freeNotePath } from "../../core/writer/file-name";
import { takenPaths, vaultSpelling } from "../../core/writer/taken-paths";
import { StudioError } from "../../core/i18n/studio-error";

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
