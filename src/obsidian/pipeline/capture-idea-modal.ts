import { Modal, Setting, type App } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import { ORIGINS, parseOrigin, type IdeaOrigin } from "../../core/pipeline/idea-origin";

/** What the writer typed: the idea in one line, optional details, and where it comes from (null when not said). */
export interface CaptureInput {
	text: string;
	body: string;
	origin: IdeaOrigin | null;
}

/** How the dialog opens: pre-filled for a captured selection, and what it should tell the writer. */
export interface CaptureModalOptions {
	initialText?: string;
	initialBody?: string;
	/** The dialog's title when not the usual one (the board's "+" names the stage). */
	title?: string;
	/** Name of the note the idea comes from, shown as "Source: …", or null. */
	sourceTitle: string | null;
	/** A line under the fields, e.g. that the selection will become a link. */
	note?: string;
	/** Captures; true closes the dialog, false keeps it open with what was typed. */
	onSubmit: (input: CaptureInput) => Promise<boolean>;
}

/**
 * Asks for an idea in one line (Enter captures) and optional details; what is typed is kept
 * exactly, " : ", « », quotes and links included.
 * https://docs.obsidian.md/Reference/TypeScript+API/Modal
 */
export class CaptureIdeaModal extends Modal {
	private text = "";
	private body = "";
	private origin: IdeaOrigin | null = null;

	constructor(
		app: App,
		private readonly t: Translate,
		private readonly options: CaptureModalOptions,
	) {
		super(app);
		this.text = options.initialText ?? "";
		this.body = options.initialBody ?? "";
	}

	onOpen(): void {
		const { contentEl, t } = this;
		this.setTitle(this.options.title ?? t("capture.title"));
		contentEl.addClass("tls-capture");
		const line = contentEl.createEl("input", { type: "text", cls: "tls-capture-idea", attr: { placeholder: t("capture.idea"), "aria-label": t("capture.idea") } });
		line.value = this.text;
		line.addEventListener("input", () => (this.text = line.value));
		line.addEventListener("keydown", (event) => {
			if (event.key === "Enter" && !event.isComposing) {
				event.preventDefault();
				void this.submit();
			}
		});
		const details = contentEl.createEl("textarea", { cls: "tls-capture-body", attr: { placeholder: t("capture.body"), "aria-label": t("capture.body"), rows: "4" } });
		details.value = this.body;
		details.addEventListener("input", () => (this.body = details.value));
		new Setting(contentEl).setName(t("capture.origin")).addDropdown((dropdown) => {
			dropdown.addOption("", t("origin.none"));
			for (const origin of ORIGINS) dropdown.addOption(origin, t(`origin.${origin}`));
			dropdown.setValue(this.origin ?? "").onChange((value) => (this.origin = parseOrigin(value)));
			dropdown.selectEl.addClass("tls-capture-origin");
		});
		if (this.options.sourceTitle !== null) contentEl.createDiv({ cls: "tls-capture-source", text: t("capture.source", { source: this.options.sourceTitle }) });
		if (this.options.note !== undefined) contentEl.createDiv({ cls: "tls-capture-note", text: this.options.note });
		new Setting(contentEl)
			.addButton((button) => button.setButtonText(t("common.cancel")).onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText(t("capture.submit"))
					.setCta()
					.onClick(() => void this.submit()),
			);
		window.setTimeout(() => line.focus(), 0);
	}

	onClose(): void {
		this.contentEl.empty();
	}

	private async submit(): Promise<void> {
		if (await this.options.onSubmit({ text: this.text, body: this.body, origin: this.origin })) this.close();
	}
}
