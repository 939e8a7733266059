import { Modal, Setting, type App } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import { checkPublishedUrl } from "../../core/drafting/published-url";

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
	date: string;
	/** Writes; true closes the dialog, false keeps it open with what was typed. */
	onSubmit: (publication: Publication) => Promise<boolean>;
}

/**
 * Asks for the channel (the format's by default), the date (today by default) and an optional
 * http or https address; anything else is refused with a message in the dialog and nothing is
 * written. Cancel writes nothing.
 * https://docs.obsidian.md/Reference/TypeScript+API/Modal
 */
export class PublishModal extends Modal {
	private channel: string;
	private date: string;
	private url = "";
	private errorEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly t: Translate,
		private readonly options: PublishModalOptions,
	) {
		super(app);
		this.channel = options.channel;
		this.date = options.date;
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
		new Setting(contentEl).setName(t("publish.channel")).addText((text) => {
			text.setValue(this.channel).onChange((value) => (this.channel = value));
			text.inputEl.addClass("tls-publish-channel");
			text.inputEl.setAttr("aria-label", t("publish.channel"));
			submitOnEnter(text.inputEl);
		});
		new Setting(contentEl)
			.setName(t("publish.date"))
			.setDesc(t("publish.dateDesc"))
			.addText((text) => {
				text.setValue(this.date).onChange((value) => (this.date = value));
				text.inputEl.addClass("tls-publish-date");
				text.inputEl.setAttr("aria-label", t("publish.date"));
				submitOnEnter(text.inputEl);
			});
		new Setting(contentEl)
			.setName(t("publish.url"))
			.setDesc(t("publish.urlDesc"))
			.addText((text) => {
				text.onChange((value) => (this.url = value));
				text.inputEl.addClass("tls-publish-url");
				text.inputEl.setAttr("aria-label", t("publish.url"));
				text.inputEl.type = "url";
				submitOnEnter(text.inputEl);
			});
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
		const date = this.date.trim();
		if (!url.ok) return this.refuse(this.t("publish.badUrl"));
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) return this.refuse(this.t("publish.badDate"));
		this.errorEl?.setText("");
		if (await this.options.onSubmit({ channel: this.channel.trim(), date, url: url.url })) this.close();
	}

	private refuse(message: string): void {
		this.errorEl?.setText(message);
	}
}
