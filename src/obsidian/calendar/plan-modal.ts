import { Modal, Setting, type App } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import type { PlannedDate } from "../../core/drafting/planned-date";
import type { DayKey } from "../../core/calendar/calendar-day";
import { parseDateField, type DateFieldOptions } from "../../core/text/date-field";
import { dateFieldWords, type DateFieldWords } from "../shared/date-field-words";

export interface PlanModalOptions {
	/** The draft's title as it shows. */
	title: string;
	/** Its channel as the writer reads it, or null. */
	channel: string | null;
	/** What the field starts with: the planned date as the writer's format shows it, or nothing. */
	value: string;
	/** How the field reads what is typed: the writer's date format and ISO, a time allowed. */
	dateField: DateFieldOptions;
	/** The day the field's examples show. */
	today: Date;
	/** The next free days of the channel, each offered as a button: how it is named on it and for screen readers, and written in the field. */
	free: readonly { day: DayKey; short: string; long: string; field: string }[];
	/** Writes; true closes the dialog, false keeps it open with what was typed. */
	onSubmit: (planned: PlannedDate) => Promise<boolean>;
	/** Takes the planned date out, offered when the draft has one; true closes the dialog. */
	onRemove?: () => Promise<boolean>;
}

/**
 * Asks when a draft is to be published: a date typed in the writer's date format or ISO, a time after it if
 * they like, or one of the next free days of its channel (a click fills the field). What is no date, or a
 * day the calendar does not have, is refused with a message in the dialog, and nothing is written. A planned
 * draft can have its date taken out (*Remove the date*). Cancel writes nothing.
 * https://docs.obsidian.md/Reference/TypeScript+API/Modal
 */
export class PlanModal extends Modal {
	private value: string;
	private input: HTMLInputElement | null = null;
	private errorEl: HTMLElement | null = null;
	private readonly words: DateFieldWords;

	constructor(
		app: App,
		private readonly t: Translate,
		private readonly options: PlanModalOptions,
	) {
		super(app);
		this.value = options.value;
		this.words = dateFieldWords(t, options.dateField, options.today);
	}

	onOpen(): void {
		const { contentEl, t, options } = this;
		this.setTitle(t("plan.title", { title: options.title }));
		contentEl.addClass("tls-plan");
		// A plain input rather than addText: the same `input` event in Obsidian, the preview and the tests.
		const setting = new Setting(contentEl).setName(t("plan.date")).setDesc(this.words.hint);
		const input = setting.controlEl.createEl("input", { type: "text", cls: "tls-plan-date", value: this.value, attr: { "aria-label": t("plan.date"), spellcheck: "false", autocomplete: "off" } });
		this.input = input;
		input.addEventListener("input", () => {
			this.value = input.value;
			// A refusal is about what was typed then: it goes once the writer types again.
			this.errorEl?.setText("");
		});
		input.addEventListener("keydown", (event) => {
			if (event.key === "Enter" && !event.isComposing) {
				event.preventDefault();
				void this.submit();
			}
		});
		if (options.free.length > 0) {
			const free = contentEl.createDiv({ cls: "tls-plan-free" });
			const label = options.channel === null ? t("plan.free") : t("plan.freeOn", { channel: options.channel });
			free.createDiv({ cls: "tls-plan-free-label", text: label });
			const list = free.createDiv({ cls: "tls-plan-free-days", attr: { role: "group", "aria-label": label } });
			for (const slot of options.free) {
				const button = list.createEl("button", { cls: "tls-plan-free-day", text: slot.short, attr: { "aria-label": t("plan.pick", { date: slot.long }), "data-day": slot.day } });
				button.addEventListener("click", () => {
					input.value = slot.field;
					this.value = slot.field;
					this.errorEl?.setText("");
					input.focus();
				});
			}
		}
		this.errorEl = contentEl.createDiv({ cls: "tls-plan-error", attr: { role: "alert" } });
		const buttons = new Setting(contentEl);
		const remove = options.onRemove;
		if (remove)
			buttons.addButton((button) =>
				button
					.setButtonText(t("plan.remove"))
					.setClass("tls-plan-remove")
					.onClick(() => void remove().then((done) => done && this.close())),
			);
		buttons
			.addButton((button) => button.setButtonText(t("common.cancel")).onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText(t("plan.submit"))
					.setCta()
					.onClick(() => void this.submit()),
			);
		window.setTimeout(() => input.focus(), 0);
	}

	onClose(): void {
		this.contentEl.empty();
	}

	private async submit(): Promise<void> {
		const read = parseDateField(this.value, this.options.dateField);
		if (!read.ok) {
			this.errorEl?.setText(this.words.refusal(read.problem, this.value));
			this.input?.focus();
			return;
		}
		this.errorEl?.setText("");
		if (await this.options.onSubmit({ day: read.day, time: read.time })) this.close();
	}
}
