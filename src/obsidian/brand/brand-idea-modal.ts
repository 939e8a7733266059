import { Modal, Setting, type App } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import type { LinkChoice } from "../../core/brand/link-choices";

/** What the writer chose: the brand idea's name as typed, and the link texts of the sources kept checked. */
export interface BrandIdeaChoice {
	title: string;
	sources: string[];
}

export interface BrandIdeaModalOptions {
	/** The note whose links are offered, by name; absent for a brand idea started from nothing. */
	noteTitle?: string;
	choices: readonly LinkChoice[];
	/** Creates; true closes the dialog, false keeps it open with what was typed. */
	onSubmit: (choice: BrandIdeaChoice) => Promise<boolean>;
}

/**
 * Names a new brand idea and, when built from a note, lists that note's links (resolved or not, with
 * their kind), all checked; nothing is written until the writer confirms.
 * https://docs.obsidian.md/Reference/TypeScript+API/Modal
 */
export class BrandIdeaModal extends Modal {
	private title = "";
	private readonly checked: boolean[];

	constructor(
		app: App,
		private readonly t: Translate,
		private readonly options: BrandIdeaModalOptions,
	) {
		super(app);
		this.checked = options.choices.map(() => true);
	}

	onOpen(): void {
		const { contentEl, t, options } = this;
		contentEl.addClass("tls-brand-modal");
		this.setTitle(options.noteTitle === undefined ? t("brand.name.title") : t("brand.build.title", { note: options.noteTitle }));
		const label = contentEl.createEl("label", { cls: "tls-brand-name-label", text: t("brand.name.label") });
		const name = label.createEl("input", { type: "text", cls: "tls-brand-name", attr: { placeholder: t("brand.name.placeholder") } });
		name.addEventListener("input", () => (this.title = name.value));
		name.addEventListener("keydown", (event) => {
			if (event.key === "Enter" && !event.isComposing) {
				event.preventDefault();
				void this.submit();
			}
		});
		if (options.noteTitle !== undefined) {
			contentEl.createDiv({ cls: "tls-brand-modal-desc", text: options.choices.length > 0 ? t("brand.build.desc") : t("brand.build.none") });
			const list = contentEl.createEl("ul", { cls: "tls-brand-choices" });
			options.choices.forEach((choice, index) => {
				const label = list.createEl("li").createEl("label", { cls: "tls-brand-choice" });
				const box = label.createEl("input", { type: "checkbox", attr: { "data-target": choice.target } });
				box.checked = true;
				box.addEventListener("change", () => (this.checked[index] = box.checked));
				label.createSpan({ cls: "tls-brand-choice-title", text: choice.title });
				label.createSpan({ cls: `tls-brand-kind is-${choice.kind}`, text: t(`brand.kind.${choice.kind}`) });
			});
		}
		new Setting(contentEl)
			.addButton((button) => button.setButtonText(t("common.cancel")).onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText(options.noteTitle === undefined ? t("brand.create") : t("brand.build.submit"))
					.setCta()
					.onClick(() => void this.submit()),
			);
		window.setTimeout(() => name.focus(), 0);
	}

	onClose(): void {
		this.contentEl.empty();
	}

	private async submit(): Promise<void> {
		if (this.title.trim() === "") return;
		const sources = this.options.choices.filter((_, index) => this.checked[index]).map((choice) => choice.target);
		if (await this.options.onSubmit({ title: this.title.trim(), sources })) this.close();
	}
}
