import { AbstractInputSuggest, type App } from "obsidian";
import { folderSuggestions } from "../../core/settings/folder-suggestions";

/**
 * The vault's folders offered under a text field as the writer types (`AbstractInputSuggest`), without
 * those `taken` says are chosen already; the one picked is handed to `pick`, and the field emptied.
 * https://docs.obsidian.md/Reference/TypeScript+API/AbstractInputSuggest
 */
export class FolderSuggest extends AbstractInputSuggest<string> {
	/** Whether the list of folders shows: Enter then picks one of them, not what is typed. */
	shown = false;

	constructor(
		app: App,
		inputEl: HTMLInputElement,
		private readonly taken: () => readonly string[],
		private readonly pick: (folder: string) => void,
	) {
		super(app, inputEl);
	}

	protected getSuggestions(query: string): string[] {
		return folderSuggestions(
			this.app.vault.getAllFolders(false).map((folder) => folder.path),
			query,
			this.taken(),
		);
	}

	renderSuggestion(folder: string, el: HTMLElement): void {
		el.setText(folder);
	}

	selectSuggestion(folder: string): void {
		this.setValue("");
		this.close();
		this.pick(folder);
	}

	open(): void {
		super.open();
		this.shown = true;
	}

	close(): void {
		super.close();
		this.shown = false;
	}
}
