import { setIcon } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import type { MessageKey } from "../../core/i18n/messages";
import { moveRow, stagesFromRows, type StageRow, type StageRowsProblem } from "../../core/settings/stage-rows";
import type { StageSetting } from "../../core/settings/studio-settings";

const FIELDS: ReadonlyArray<{ field: keyof StageRow; label: MessageKey }> = [
	{ field: "key", label: "settings.stages.value" },
	{ field: "en", label: "settings.stages.labelEn" },
	{ field: "fr", label: "settings.stages.labelFr" },
];

function problemText(t: Translate, problem: StageRowsProblem): string {
	switch (problem.kind) {
		case "noStage":
			return t("settings.stages.noStage");
		case "tooMany":
			return t("settings.stages.tooMany", { limit: problem.limit });
		case "emptyValue":
			return t("settings.stages.emptyValue", { row: problem.row });
		case "duplicateValue":
			return t("settings.stages.duplicateValue", { row: problem.row, value: problem.value });
	}
}

/**
 * The stages as a list of rows (stored value, English label, French label) with buttons to move,
 * remove and add. Every change that leaves valid stages is saved at once; one that does not (an
 * empty or repeated value) is kept on screen with a message saying why, and nothing is saved.
 */
export class StageListEditor {
	private rows: StageRow[];
	private readonly listEl: HTMLElement;
	private readonly messageEl: HTMLElement;

	constructor(
		containerEl: HTMLElement,
		rows: StageRow[],
		private readonly t: Translate,
		private readonly save: (stages: StageSetting[]) => void,
	) {
		this.rows = rows;
		const editorEl = containerEl.createDiv({ cls: "tls-stage-list" });
		// One grid for the column names and every row, so the columns line up whatever the labels.
		const gridEl = editorEl.createDiv({ cls: "tls-stage-grid" });
		const head = gridEl.createDiv({ cls: "tls-stage-row tls-stage-head", attr: { "aria-hidden": "true" } });
		for (const { label } of FIELDS) head.createSpan({ text: t(label) });
		head.createSpan();
		this.listEl = gridEl.createDiv({ cls: "tls-stage-rows", attr: { role: "list" } });
		this.messageEl = editorEl.createDiv({ cls: "tls-settings-invalid", attr: { role: "status", "aria-live": "polite" } });
		const add = editorEl.createEl("button", { cls: "tls-stage-add", text: t("settings.stages.add") });
		add.addEventListener("click", () => {
			this.rows = [...this.rows, { key: "", en: "", fr: "" }];
			this.changed();
			this.listEl.querySelector<HTMLInputElement>(`[data-row="${this.rows.length - 1}"][data-field="key"]`)?.focus();
		});
		this.render(null);
	}

	private changed(): void {
		const result = stagesFromRows(this.rows);
		this.render(result.ok ? null : result.problem);
		if (result.ok) this.save(result.stages);
	}

	/** After a typed change: the rows stay as they are (focus and caret kept), only the message changes. */
	private typed(): void {
		const result = stagesFromRows(this.rows);
		this.showProblem(result.ok ? null : result.problem);
		if (result.ok) this.save(result.stages);
	}

	private showProblem(problem: StageRowsProblem | null): void {
		this.messageEl.setText(problem ? problemText(this.t, problem) : "");
		const bad = problem && "row" in problem ? problem.row - 1 : -1;
		this.listEl.querySelectorAll<HTMLInputElement>('[data-field="key"]').forEach((input) => {
			input.setAttribute("aria-invalid", String(Number(input.dataset.row) === bad));
		});
	}

	private render(problem: StageRowsProblem | null): void {
		const { t } = this;
		this.listEl.empty();
		this.rows.forEach((row, index) => {
			const n = index + 1;
			const rowEl = this.listEl.createDiv({ cls: "tls-stage-row", attr: { role: "listitem" } });
			for (const { field, label } of FIELDS) {
				// The field's name shows above it on a phone, where the column names are hidden.
				const fieldEl = rowEl.createEl("label", { cls: "tls-stage-field" });
				fieldEl.createSpan({ cls: "tls-stage-field-name", text: t(label) });
				const input = fieldEl.createEl("input", { type: "text", value: row[field], attr: { placeholder: t(label), "aria-label": t("settings.stages.field", { field: t(label), row: n }), "data-row": String(index), "data-field": field } });
				input.addEventListener("input", () => {
					this.rows = this.rows.map((r, i) => (i === index ? { ...r, [field]: input.value } : r));
					this.typed();
				});
			}
			const buttons = rowEl.createDiv({ cls: "tls-stage-buttons" });
			const last = this.rows.length - 1;
			this.button(buttons, index, "up", t("settings.stages.moveUp", { row: n }), index === 0, () => {
				this.rows = moveRow(this.rows, index, -1);
				return index - 1;
			});
			this.button(buttons, index, "down", t("settings.stages.moveDown", { row: n }), index === last, () => {
				this.rows = moveRow(this.rows, index, 1);
				return index + 1;
			});
			this.button(buttons, index, "remove", t("settings.stages.remove", { row: n }), last === 0, () => {
				this.rows = this.rows.filter((_, i) => i !== index);
				return Math.min(index, this.rows.length - 1);
			});
		});
		this.showProblem(problem);
	}

	/**
	 * A row's button. `change` edits the rows and says which row keeps the focus: the same button
	 * there (the row's value when that button is now disabled), so a keyboard user can press again.
	 */
	private button(parent: HTMLElement, row: number, action: "up" | "down" | "remove", label: string, disabled: boolean, change: () => number): void {
		const icons = { up: "arrow-up", down: "arrow-down", remove: "trash-2" };
		const button = parent.createEl("button", { cls: "clickable-icon", attr: { "aria-label": label, "data-tooltip-position": "top", "data-row": String(row), "data-action": action } });
		setIcon(button, icons[action]);
		button.disabled = disabled;
		button.addEventListener("click", () => {
			const focusRow = change();
			this.changed();
			const same = this.listEl.querySelector<HTMLButtonElement>(`button[data-row="${focusRow}"][data-action="${action}"]`);
			const target = same && !same.disabled ? same : this.listEl.querySelector<HTMLInputElement>(`input[data-row="${focusRow}"][data-field="key"]`);
			target?.focus();
		});
	}
}
