import { Modal, Setting, type App } from "obsidian";
import { entryName } from "../../core/i18n/labels";
import type { Translate } from "../../core/i18n/translator";
import type { Language } from "../../core/i18n/language";
import type { MetricSetting } from "../../core/results/metric-setting";
import { resultsEdit } from "../../core/results/results-edit";
import { parseDateField, type DateFieldOptions } from "../../core/text/date-field";
import { dateFieldWords, type DateFieldWords } from "../shared/date-field-words";
import type { PropertyValue } from "../../core/writer/yaml-scalar";
import { numberText } from "../../core/i18n/number-text";

export interface RecordResultsOptions {
	/** The draft's title as it shows. */
	title: string;
	metrics: readonly MetricSetting[];
	/** The figures the draft holds now, shown in their fields. */
	current: Readonly<Record<string, number>>;
	/** The day proposed as the day read: today, as the writer's date format shows it. */
	date: string;
	/** How the date field reads what is typed: the writer's date format (or ISO), a day without a time. */
	dateField: DateFieldOptions;
	/** The day the field's examples show. */
	today: Date;
	language: Language;
	/** Writes the properties; true closes the dialog, false keeps it open with what was typed. */
	onSubmit: (values: [string, PropertyValue][]) => Promise<boolean>;
}

/**
 * Asks for a published draft's figures, one field a metric of the setting (the figures it has shown in
 * them), and the day they were read (today by default, a day the calendar has, in the writer's date format or ISO). A figure that is not one,
 * or no figure at all, is refused in the dialog and nothing is written; Cancel writes nothing.
 */
export class RecordResultsModal extends Modal {
	private readonly typed: Record<string, string> = {};
	private date: string;
	private errorEl: HTMLElement | null = null;
	private readonly words: DateFieldWords;

	constructor(
		app: App,
		private readonly t: Translate,
		private readonly options: RecordResultsOptions,
	) {
		super(app);
		this.date = options.date;
		this.words = dateFieldWords(t, { ...options.dateField, time: false }, options.today);
		for (const metric of options.metrics) {
			const value = options.current[metric.key];
			this.typed[metric.key] = value === undefined ? "" : numberText(value, options.language).replace(/[\u202f\u00a0]/g, " ");
		}
	}

	onOpen(): void {
		const { contentEl, t, options } = this;
		this.setTitle(t("results.title", { title: options.title }));
		contentEl.addClass("tls-results");
		contentEl.createEl("p", { cls: "setting-item-description", text: t("results.desc") });
		const field = (name: string, desc: string | null, cls: string, value: string, onInput: (value: string) => void, inputMode: string): HTMLInputElement => {
			const setting = new Setting(contentEl).setName(name);
			if (desc !== null) setting.setDesc(desc);
			const input = setting.controlEl.createEl("input", { type: "text", cls, value, attr: { "aria-label": name, spellcheck: "false", inputmode: inputMode, autocomplete: "off" } });
			input.addEventListener("input", () => {
				onInput(input.value);
				this.errorEl?.setText("");
			});
			input.addEventListener("keydown", (event) => {
				if (event.key === "Enter" && !event.isComposing) {
					event.preventDefault();
					void this.submit();
				}
			});
			return input;
		};
		const inputs = options.metrics.map((metric) => field(entryName(metric, options.language), null, "tls-results-metric", this.typed[metric.key] ?? "", (value) => (this.typed[metric.key] = value), "decimal"));
		inputs.forEach((input, i) => input.setAttr("data-metric", options.metrics[i]?.key ?? ""));
		field(t("results.readOn"), this.words.hint, "tls-results-date", this.date, (value) => (this.date = value), "text");
		this.errorEl = contentEl.createDiv({ cls: "tls-publish-error", attr: { role: "alert" } });
		new Setting(contentEl)
			.addButton((button) => button.setButtonText(t("common.cancel")).onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText(t("results.submit"))
					.setCta()
					.onClick(() => void this.submit()),
			);
		inputs[0]?.focus();
	}

	onClose(): void {
		this.contentEl.empty();
	}

	private async submit(): Promise<void> {
		const { t, options } = this;
		const date = parseDateField(this.date, { ...options.dateField, time: false });
		if (!date.ok) {
			this.errorEl?.setText(this.words.refusal(date.problem, this.date));
			return;
		}
		const edit = resultsEdit(this.typed, options.metrics, date.day);
		if (!edit.ok) {
			this.errorEl?.setText(edit.problem === "nothing" ? t("results.nothing") : t("results.notANumber", { metric: entryName(edit.metric, options.language), value: edit.value }));
			return;
		}
		this.errorEl?.setText("");
		if (await options.onSubmit(edit.values)) this.close();
	}
}
