import type { App, TFile } from "obsidian";

/** A note the plugin created, with its text as created: what an undo compares it with before moving it to the trash. */
export interface CreatedNote {
	file: TFile;
	text: string;
}

/** `file` as it was just created, for an undo to tell later whether it changed since. */
export async function createdNote(app: App, file: TFile): Promise<CreatedNote> {
	return { file, text: await app.vault.read(file) };
}

/**
 * The notes of `notes` an undo must not trash: edited since they were created, or no longer in the vault as that file
 * (deleted, or another note now at their path). A note only renamed since is followed, and counts as unchanged.
 */
export async function changedSinceCreated(app: App, notes: readonly CreatedNote[]): Promise<TFile[]> {
	const changed: TFile[] = [];
	for (const { file, text } of notes) {
		if (app.vault.getFileByPath(file.path) !== file || (await app.vault.read(file)) !== text) changed.push(file);
	}
	return changed;
}
