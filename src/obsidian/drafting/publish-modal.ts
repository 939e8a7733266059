import { Modal, Setting, type App } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import { checkPublishedUrl } from "../../core/drafting/published-url";
import { parseDateField, type DateFieldOptions } from "../../core/text/date-field";
import { dateFieldWords, type DateFieldWords } from "../shared/date-field-words";

/** What the writer confirmed: where and when the draft was published, and where it can be read. */
export interface Publication {
	channel: string;
	/** `YYYY-MM-DD`. */
	date: string;
	url: string | null;
}

export interface PublishModalOptions {
	/** The draft's title as it shows. */
	title: string;
	channel: string;
	/** The date the field starts with (today), as the writer's date format shows it. */
	date: string;
	/** How the date field reads what is typed: the writer's date format, a day without a time. */
	dateField: DateFieldOptions;
	/** The day the field's examples show. */
	today: Date;
	/** Writes; true closes the dialog, false keeps it open with what was typed. */
	onSubmit: (publication: Publication) => Promise<boolean>;
}

/**
 * Asks for the channel (the format's by default), the date (today by default, a day the calendar has, typed
 * in the writer's date format or ISO) and an optional http or https address; anything else is refused with a message in the dialog and
 * nothing is written. Cancel writes nothing.
 * https://docs.obsidian.md/Reference/TypeScript+API/Modal
 */
export class PublishModal extends Modal {
	private channel: string;
	private date: string;
	private url = "";
	private errorEl: HTMLElement | null = null;
	private readonly words: DateFieldWords;

	constructor(
		app: App,
		private readonly t: Translate,
		private readonly options: PublishModalOptions,
	) {
		super(app);
		this.channel = options.channel;
		this.date = options.date;
		this.words = dateFieldWords(t, { ...options.dateField, time: false }, options.today);
	}

	onOpen(): void {
		const { contentEl, t } = this;
		this.setTitle(t("publish.title", { title: this.options.title }));
		contentEl.addClass("tls-publish");
		const submitOnEnter = (input: HTMLInputElement): void => {
			input.addEventListener("keydown", (event) => {
				if (event.key === "Enter" && !event.isComposing) {
					event.preventDefault();
					void this.submit();
				}
			});
		};
		// Plain inputs rather than addText: the same `input` event in Obsidian, the preview and the tests.
		const field = (name: string, desc: string | null, cls: string, value: string, type: string, onInput: (value: string) => void): void => {
			const setting = new Setting(contentEl).setName(name);
			if (desc !== null) setting.setDesc(desc);
			const input = setting.controlEl.createEl("input", { type, cls, value, attr: { "aria-label": name, spellcheck: "false" } });
			input.addEventListener("input", () => {
				onInput(input.value);
				// A refusal is about what was typed then: it goes once the writer types again.
				this.errorEl?.setText("");
			});
			submitOnEnter(input);
		};
		field(t("publish.channel"), null, "tls-publish-channel", this.channel, "text", (value) => (this.channel = value));
		field(t("publish.date"), this.words.hint, "tls-publish-date", this.date, "text", (value) => (this.date = value));
		field(t("publish.url"), t("publish.urlDesc"), "tls-publish-url", "", "url", (value) => (this.url = value));
		this.errorEl = contentEl.createDiv({ cls: "tls-publish-error", attr: { role: "alert" } });
		new Setting(contentEl)
			.addButton((button) => button.setButtonText(t("common.cancel")).onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText(t("publish.submit"))
					.setCta()
					.onClick(() => void this.submit()),
			);
	}

	onClose(): void {
		this.contentEl.empty();
	}

	private async submit(): Promise<void> {
		const url = checkPublishedUrl(this.url);
		const date = parseDateField(this.date, { ...this.options.dateField, time: false });
		if (!url.ok) return this.refuse(this.t("publish.badUrl"));
		if (!date.ok) return this.refuse(this.words.refusal(date.problem, this.date));
		this.errorEl?.setText("");
		if (await this.options.onSubmit({ channel: this.channel.trim(), date: date.day, url: url.url })) this.close();
	}

	private refuse(message: string): void {
		this.errorEl?.setText(message);
	}
}
