import { Modal, Setting, type App, type TFile } from "obsidian";
import { entryName } from "../../core/i18n/labels";
import type { Translate } from "../../core/i18n/translator";
import type { Language } from "../../core/i18n/language";
import type { MetricSetting } from "../../core/results/metric-setting";
import { parseCsv, type CsvTable } from "../../core/results/csv-table";
import { columnMapping, rememberedColumns, type ColumnMapping, type ColumnTarget } from "../../core/results/csv-columns";
import type { ImportPreview, MatchedRow } from "../../core/results/import-preview";
import { parseDateField, type DateFieldOptions } from "../../core/text/date-field";
import { dateFieldWords, type DateFieldWords } from "../shared/date-field-words";
import { numberText } from "../../core/i18n/number-text";
import { listText } from "../../core/text/list-text";
import { noticeTitle } from "../pipeline/board-actions";
import { describeError } from "../shared/describe-error";

/** A plain `<select>` with Obsidian's look: its `change` event is the same in Obsidian, the preview and the tests. */
function selectIn(parent: HTMLElement, cls: string, label: string, options: readonly { value: string; label: string }[]): HTMLSelectElement {
	const select = parent.createEl("select", { cls: `dropdown ${cls}`, attr: { "aria-label": label } });
	for (const option of options) select.createEl("option", { value: option.value, text: option.label });
	return select;
}

/** Rows a list of the preview shows; the others are counted. */
const SHOWN_ROWS = 50;

export interface ImportResultsOptions {
	/** The vault's CSV files, to pick one instead of pasting. */
	csvFiles: readonly TFile[];
	readFile(file: TFile): Promise<string>;
	metrics: readonly MetricSetting[];
	language: Language;
	/** The columns remembered from earlier imports. */
	remembered: Readonly<Record<string, string>>;
	/** The day proposed as the day read: today, as the writer's date format shows it. */
	today: string;
	/** How the date field reads what is typed: the writer's date format (or ISO), a day without a time. */
	dateField: DateFieldOptions;
	/** The day the field's examples show. */
	now: Date;
	preview(table: CsvTable, mapping: ColumnMapping, channel: string): ImportPreview;
	/** Remembers the columns and writes; true closes the dialog. */
	onSubmit(matched: readonly MatchedRow[], readOn: string, remembered: Record<string, string>): Promise<boolean>;
}

/**
 * Import results: a CSV pasted or picked from the vault (a LinkedIn or X export, a sheet), what each of its
 * columns holds (remembered from the last time, else guessed from its name, else chosen), the channel of
 * rows that do not say it and the day the figures were read; then a preview of the rows matched to a
 * published draft, the ambiguous ones, those matching none and those refused, before anything is written.
 * Nothing is written until the writer asks for it; Cancel writes nothing.
 */
export class ImportResultsModal extends Modal {
	private table: CsvTable | null = null;
	private mapping: ColumnMapping = [];
	private channel = "";
	private date: string;
	private readonly words: DateFieldWords;
	private csvArea: HTMLTextAreaElement | null = null;
	private messageEl: HTMLElement | null = null;
	private columnsEl: HTMLElement | null = null;
	private previewEl: HTMLElement | null = null;
	private submitButton: HTMLButtonElement | null = null;
	private shown: ImportPreview | null = null;

	constructor(
		app: App,
		private readonly t: Translate,
		private readonly options: ImportResultsOptions,
	) {
		super(app);
		this.date = options.today;
		this.words = dateFieldWords(t, { ...options.dateField, time: false }, options.now);
	}

	onOpen(): void {
		const { contentEl, t, options } = this;
		this.setTitle(t("command.importResults"));
		contentEl.addClass("tls-import");
		const paste = new Setting(contentEl).setName(t("import.paste")).setDesc(t("import.pasteDesc"));
		paste.settingEl.addClass("tls-setting-wide");
		this.csvArea = paste.controlEl.createEl("textarea", { cls: "tls-import-csv", attr: { "aria-label": t("import.paste"), rows: "6", spellcheck: "false" } });
		const pick = new Setting(contentEl).setName(t("import.pick"));
		if (options.csvFiles.length === 0) pick.setDesc(t("import.pickNone"));
		else {
			const select = selectIn(pick.controlEl, "tls-import-file", t("import.pick"), [{ value: "", label: t("import.pickChoose") }, ...options.csvFiles.map((file) => ({ value: file.path, label: file.path }))]);
			select.addEventListener("change", () => {
				const file = options.csvFiles.find((f) => f.path === select.value);
				if (file) void this.readVaultFile(file);
			});
		}
		new Setting(contentEl).addButton((button) => {
			button.buttonEl.addClass("tls-import-read");
			button.setButtonText(t("import.read")).onClick(() => this.readCsv());
		});
		this.messageEl = contentEl.createDiv({ cls: "tls-publish-error", attr: { role: "alert" } });
		this.columnsEl = contentEl.createDiv({ cls: "tls-import-columns" });
		this.previewEl = contentEl.createDiv({ cls: "tls-import-preview", attr: { "aria-live": "polite" } });
		const buttons = new Setting(contentEl).addButton((button) => button.setButtonText(t("common.cancel")).onClick(() => this.close()));
		// A plain button: its `disabled` is the same in Obsidian, the preview and the tests.
		this.submitButton = buttons.controlEl.createEl("button", { cls: "mod-cta tls-import-submit", text: t("import.submit", { count: 0 }) });
		this.submitButton.disabled = true;
		this.submitButton.addEventListener("click", () => void this.submit());
	}

	onClose(): void {
		this.contentEl.empty();
	}

	private async readVaultFile(file: TFile): Promise<void> {
		try {
			if (this.csvArea) this.csvArea.value = await this.options.readFile(file);
			this.readCsv();
		} catch (error) {
			this.messageEl?.setText(this.t("import.readFailed", { file: file.path, error: describeError(error, this.t) }));
		}
	}

	/** Reads the CSV as it stands in the field: its columns to choose, then the preview. */
	private readCsv(): void {
		const read = parseCsv(this.csvArea?.value ?? "");
		this.messageEl?.setText("");
		this.table = null;
		if (!read.ok) {
			this.messageEl?.setText(read.problem === "empty" ? this.t("import.emptyCsv") : this.t("import.unclosedQuote", { row: read.row }));
			this.renderColumns();
			this.renderPreview();
			return;
		}
		this.table = read.table;
		this.mapping = columnMapping(read.table.header, this.options.remembered, this.options.metrics);
		this.renderColumns();
		this.renderPreview();
	}

	private targets(): { value: string; label: string }[] {
		const { t, options } = this;
		return [
			{ value: "", label: t("import.target.choose") },
			{ value: "ignore", label: t("import.target.ignore") },
			...(["url", "date", "date-mdy", "channel"] as const).map((target) => ({ value: target, label: t(`import.target.${target}`) })),
			...options.metrics.map((metric) => ({ value: `metric:${metric.key}`, label: entryName(metric, options.language) })),
		];
	}

	private renderColumns(): void {
		const el = this.columnsEl;
		if (!el) return;
		el.empty();
		const table = this.table;
		if (!table) return;
		const { t } = this;
		new Setting(el).setName(t("import.columns")).setHeading();
		const selects: HTMLSelectElement[] = [];
		table.header.forEach((name, i) => {
			const label = t("import.column", { column: name });
			const select = selectIn(new Setting(el).setName(label).controlEl, "tls-import-column", label, this.targets());
			select.setAttr("data-column", String(i));
			select.value = this.mapping[i] ?? "";
			selects.push(select);
			select.addEventListener("change", () => {
				this.mapping[i] = select.value === "" ? null : (select.value as ColumnTarget);
				this.renderPreview();
			});
		});
		new Setting(el).addButton((button) => {
			button.buttonEl.addClass("tls-import-ignore-others");
			button.setButtonText(t("import.ignoreOthers")).onClick(() => {
				this.mapping = this.mapping.map((target) => target ?? "ignore");
				selects.forEach((select, i) => (select.value = this.mapping[i] ?? ""));
				this.renderPreview();
			});
		});
		const text = (name: string, desc: string, cls: string, value: string, onInput: (value: string) => void): void => {
			const setting = new Setting(el).setName(name).setDesc(desc);
			const input = setting.controlEl.createEl("input", { type: "text", cls, value, attr: { "aria-label": name, spellcheck: "false" } });
			input.addEventListener("input", () => {
				onInput(input.value);
				this.renderPreview();
			});
		};
		text(t("import.channel"), t("import.channelDesc"), "tls-import-channel", this.channel, (value) => (this.channel = value));
		text(t("results.readOn"), this.words.hint, "tls-import-date", this.date, (value) => (this.date = value));
	}

	private renderPreview(): void {
		const el = this.previewEl;
		this.shown = null;
		this.setSubmit(0);
		if (!el) return;
		el.empty();
		if (!this.table) return;
		const { t, options } = this;
		const n = (value: number): string => numberText(value, options.language);
		const preview = options.preview(this.table, this.mapping, this.channel);
		if (!preview.ok) {
			const message = { unknownColumn: "import.unknownColumn", twice: "import.twice", noMetric: "import.noMetric", noKey: "import.noKey" } as const;
			el.createDiv({ cls: "tls-import-problem", text: t(message[preview.problem], { column: preview.column }), attr: { role: "alert" } });
			return;
		}
		this.shown = preview;
		const names = new Map(options.metrics.map((metric) => [metric.key, entryName(metric, options.language)]));
		const section = <T>(cls: string, heading: string, rows: readonly T[], line: (row: T) => string): void => {
			if (rows.length === 0) return;
			const part = el.createDiv({ cls: `tls-import-part ${cls}` });
			part.createEl("h4", { text: heading });
			const list = part.createEl("ul");
			for (const row of rows.slice(0, SHOWN_ROWS)) list.createEl("li", { text: line(row) });
			if (rows.length > SHOWN_ROWS) part.createDiv({ cls: "tls-import-more", text: t("stats.listMore", { count: n(rows.length - SHOWN_ROWS) }) });
		};
		section("tls-import-matched", t("import.matched", { count: n(preview.matched.length) }), preview.matched, (row) =>
			t("import.matchedRow", {
				row: row.row,
				title: noticeTitle(row.draft.title),
				by: t(row.by === "url" ? "import.byUrl" : "import.byDate"),
				figures: row.figures.map(([key, value]) => `${names.get(key) ?? key} ${n(value)}`).join(", "),
			}),
		);
		section("tls-import-ambiguous", t("import.ambiguous", { count: n(preview.ambiguous.length) }), preview.ambiguous, (row) =>
			row.why === "severalDrafts"
				? t("import.severalDrafts", { row: row.row, titles: listText(row.drafts.map((d) => noticeTitle(d.title)), options.language) })
				: t("import.severalRows", { row: row.row, title: noticeTitle(row.drafts[0]?.title ?? "") }),
		);
		section("tls-import-unmatched", t("import.unmatched", { count: n(preview.unmatched.length) }), preview.unmatched, (row) => t("import.unmatchedRow", { row: row.row, what: row.url ?? [row.day, row.channel].filter((part) => part !== null).join(" · ") }));
		section("tls-import-refused", t("import.refused", { count: n(preview.refused.length) }), preview.refused, (row) =>
			row.problem === "noFigure" ? t("import.noFigure", { row: row.row }) : t(row.problem === "notANumber" ? "import.notANumber" : "import.notADate", { row: row.row, column: row.column, value: row.value }),
		);
		if (preview.matched.length === 0) el.createDiv({ cls: "tls-import-problem", text: t("import.nothing") });
		this.setSubmit(preview.matched.length);
	}

	private async submit(): Promise<void> {
		const preview = this.shown;
		if (!preview?.ok || preview.matched.length === 0 || !this.table) return;
		const date = parseDateField(this.date, { ...this.options.dateField, time: false });
		if (!date.ok) {
			this.messageEl?.setText(this.words.refusal(date.problem, this.date));
			return;
		}
		if (this.submitButton) this.submitButton.disabled = true;
		if (await this.options.onSubmit(preview.matched, date.day, rememberedColumns(this.table.header, this.mapping, this.options.remembered))) this.close();
		else if (this.submitButton) this.submitButton.disabled = false;
	}

	/** The write button says how many drafts it writes, and waits for one at least. */
	private setSubmit(count: number): void {
		const button = this.submitButton;
		if (!button) return;
		button.setText(this.t("import.submit", { count: numberText(count, this.options.language) }));
		button.disabled = count === 0;
	}
}
