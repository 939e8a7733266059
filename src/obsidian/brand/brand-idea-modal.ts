import { Modal, Platform, Setting, type App } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import type { LinkChoice } from "../../core/brand/link-choices";
import { foldedText } from "../../core/text/comparable-text";
import { WindowedList } from "../shared/windowed-list";

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
 * their kind), all checked; nothing is written until the writer confirms. Thousands of links stay quick:
 * a filter narrows them and only the rows in view are drawn, each link keeping its check.
 * https://docs.obsidian.md/Reference/TypeScript+API/Modal
 */
export class BrandIdeaModal extends Modal {
	private title = "";
	private readonly checked: boolean[];
	/** Each link's words as searched, made at the first search. */
	private searchable: string[] | null = null;

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
			if (options.choices.length > 0) this.renderChoices(contentEl);
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

	/** The links, a filter over them and how many are checked. */
	private renderChoices(el: HTMLElement): void {
		const { t, options, checked } = this;
		const search = el.createEl("input", { type: "search", cls: "tls-brand-search", attr: { placeholder: t("brand.build.filter"), "aria-label": t("brand.build.filter") } });
		const count = el.createDiv({ cls: "tls-brand-choices-count", attr: { "aria-live": "polite" } });
		const counted = (): void => {
			const total = checked.filter(Boolean).length;
			count.setText(t("brand.build.checked", { checked: total, count: checked.length }));
		};
		const none = el.createDiv({ cls: "tls-framework-empty", text: t("brand.build.noMatch") });
		none.hide();
		const list = new WindowedList<number>(el, {
			label: t("brand.build.links"),
			// A touch target on a phone.
			rowHeight: Platform.isMobile ? 44 : 36,
			isSelected: (index) => checked[index] === true,
			toggle: (index) => {
				checked[index] = !checked[index];
				counted();
			},
			renderRow: (row, index) => {
				const choice = options.choices[index];
				if (!choice) return;
				row.addClass("tls-brand-choice");
				row.setAttr("data-target", choice.target);
				// The box only shows the state: the row is the option the keyboard and screen readers use.
				const box = row.createEl("input", { type: "checkbox", attr: { tabindex: "-1", "aria-hidden": "true" } });
				box.checked = checked[index] === true;
				row.createSpan({ cls: "tls-brand-choice-title", text: choice.title, attr: { title: choice.title } });
				row.createSpan({ cls: `tls-brand-kind is-${choice.kind}`, text: t(`brand.kind.${choice.kind}`) });
			},
		});
		const all = options.choices.map((_, index) => index);
		search.addEventListener("input", () => {
			const wanted = foldedText(search.value);
			this.searchable ??= options.choices.map((choice) => foldedText(`${choice.title} ${choice.target}`));
			const words = this.searchable;
			const shown = wanted === "" ? all : all.filter((index) => words[index]?.includes(wanted));
			none.toggle(shown.length === 0);
			list.setItems(shown);
		});
		list.setItems(all);
		counted();
	}

	private async submit(): Promise<void> {
		if (this.title.trim() === "") return;
		const sources = this.options.choices.filter((_, index) => this.checked[index]).map((choice) => choice.target);
		if (await this.options.onSubmit({ title: this.title.trim(), sources })) this.close();
	}
}
