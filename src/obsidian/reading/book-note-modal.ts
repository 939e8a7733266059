import { Modal, Setting, type App } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import type { UnresolvedLink } from "../../core/note/unresolved-links";
import { HORIZONS, horizonMessage } from "../../core/reading/book-horizon";
import type { BookNoteFields } from "../../core/reading/book-note";
import { foldedText } from "../../core/text/comparable-text";

/** Suggestions shown under the title field. */
const SUGGESTIONS_SHOWN = 5;

export interface BookNoteModalOptions {
	/** Fields already known (the link under the cursor gives the title). */
	initial?: Partial<BookNoteFields>;
	/** The vault's unresolved links, most linked first: titles of books that have no note yet. */
	suggestions: readonly UnresolvedLink[];
	/** Creates (or opens) the note; true closes the dialog, false keeps it open with what was typed. */
	onSubmit: (fields: BookNoteFields) => Promise<boolean>;
}

/**
 * Title (with the vault's unresolved links as suggestions), author, year, horizon and ISBN of a new
 * book note. What is typed is kept exactly. https://docs.obsidian.md/Reference/TypeScript+API/Modal
 */
export class BookNoteModal extends Modal {
	private fields: BookNoteFields;

	constructor(
		app: App,
		private readonly t: Translate,
		private readonly options: BookNoteModalOptions,
	) {
		super(app);
		this.fields = { title: "", author: "", year: "", horizon: "contemporary", isbn: "", ...options.initial };
	}

	onOpen(): void {
		const { contentEl, t } = this;
		this.setTitle(t("book.modalTitle"));
		contentEl.addClass("tls-book-modal");
		const title = this.field(t("book.title"), "title", "tls-book-title");
		const list = contentEl.createDiv({ cls: "tls-book-suggestions", attr: { role: "listbox", "aria-label": t("book.suggestions") } });
		const showSuggestions = (): void => this.renderSuggestions(list, title);
		title.addEventListener("input", showSuggestions);
		showSuggestions();
		this.field(t("book.author"), "author", "tls-book-author");
		this.field(t("book.year"), "year", "tls-book-year");
		new Setting(contentEl).setName(t("book.horizon")).addDropdown((dropdown) => {
			for (const horizon of HORIZONS) dropdown.addOption(horizon, t(horizonMessage(horizon)));
			dropdown.setValue(this.fields.horizon).onChange((value) => (this.fields.horizon = HORIZONS.find((h) => h === value) ?? "contemporary"));
			dropdown.selectEl.addClass("tls-book-horizon");
		});
		this.field(t("book.isbn"), "isbn", "tls-book-isbn");
		new Setting(contentEl)
			.addButton((button) => button.setButtonText(t("common.cancel")).onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText(t("book.create"))
					.setCta()
					.onClick(() => void this.submit()),
			);
		window.setTimeout(() => title.focus(), 0);
	}

	onClose(): void {
		this.contentEl.empty();
	}

	/** A labelled text field bound to one of the fields; Enter creates. */
	private field(label: string, key: Exclude<keyof BookNoteFields, "horizon">, cls: string): HTMLInputElement {
		let input: HTMLInputElement | null = null;
		new Setting(this.contentEl).setName(label).addText((text) => {
			text.setValue(this.fields[key]);
			const field = text.inputEl;
			field.addEventListener("input", () => (this.fields[key] = field.value));
			input = field;
			input.addClass(cls);
			input.setAttr("aria-label", label);
			input.addEventListener("keydown", (event) => {
				if (event.key === "Enter" && !event.isComposing) {
					event.preventDefault();
					void this.submit();
				}
			});
		});
		if (input === null) throw new Error("no text field");
		return input;
	}

	/** The unresolved links whose words hold what is typed in the title, most linked first. */
	private renderSuggestions(list: HTMLElement, title: HTMLInputElement): void {
		list.empty();
		const typed = foldedText(title.value);
		const shown = this.options.suggestions.filter((link) => foldedText(link.target).includes(typed) && link.target !== title.value).slice(0, SUGGESTIONS_SHOWN);
		list.toggleClass("is-hidden", shown.length === 0);
		if (shown.length === 0) return;
		list.createDiv({ cls: "tls-book-suggestions-title", text: this.t("book.suggestions") });
		for (const link of shown) {
			const option = list.createEl("button", { cls: "tls-book-suggestion", attr: { role: "option", type: "button" } });
			option.createSpan({ cls: "tls-book-suggestion-name", text: link.target });
			option.createSpan({ cls: "tls-book-suggestion-count", text: this.t("book.links", { count: link.count }) });
			option.addEventListener("click", () => {
				title.value = link.target;
				this.fields.title = link.target;
				this.renderSuggestions(list, title);
				title.focus();
			});
		}
	}

	private async submit(): Promise<void> {
		if (await this.options.onSubmit({ ...this.fields })) this.close();
	}
}
