import type { Translate } from "../../core/i18n/translator";
import type { Language } from "../../core/i18n/language";
import { FRAMEWORK_PARTS, namesPart, type FrameworkPart } from "../../core/brand/framework-parts";
import { sectionText } from "../../core/brand/note-section";
import { stepsOf, withStep } from "../../core/brand/framework-steps";

/** What the centre does with an edit: the part, and how its written text changes. */
export type EditPart = (key: FrameworkPart["key"], change: (current: string) => string) => void;

function part(key: FrameworkPart["key"]): FrameworkPart {
	return FRAMEWORK_PARTS.find((p) => p.key === key) ?? (FRAMEWORK_PARTS[0] as FrameworkPart);
}

/** A note with no heading for the part: said, and typing there adds it. */
function missingNote(el: HTMLElement, t: Translate, language: Language, key: FrameworkPart["key"], text: string | null): void {
	if (text === null) el.createDiv({ cls: "tls-framework-missing", text: t("brand.part.missing", { heading: part(key).headings[language] }) });
}

/**
 * The centre of the framework board: the core belief and the framework's steps, read from the note's text and
 * edited in place. An edit is written when the field loses the focus (or on Enter for a step), never while typing.
 */
export function renderCentre(el: HTMLElement, noteText: string, t: Translate, language: Language, edit: EditPart): void {
	el.empty();
	const belief = sectionText(noteText, (h) => namesPart(h, part("belief")));
	const beliefBox = el.createDiv({ cls: "tls-framework-belief" });
	beliefBox.createEl("h3", { text: t("brand.belief") });
	missingNote(beliefBox, t, language, "belief", belief);
	const area = beliefBox.createEl("textarea", { cls: "tls-framework-belief-text", attr: { "aria-label": t("brand.belief"), placeholder: t("brand.belief.placeholder"), rows: "3" } });
	area.value = belief ?? "";
	area.addEventListener("change", () => edit("belief", () => area.value));

	const stepsText = sectionText(noteText, (h) => namesPart(h, part("steps")));
	const stepsBox = el.createDiv({ cls: "tls-framework-steps" });
	stepsBox.createEl("h3", { text: t("brand.steps") });
	missingNote(stepsBox, t, language, "steps", stepsText);
	const steps = stepsOf(stepsText ?? "");
	if (steps.length === 0) stepsBox.createDiv({ cls: "tls-framework-empty", text: t("brand.steps.none") });
	const list = stepsBox.createEl("ol", { cls: "tls-framework-step-list" });
	const stepField = (index: number, value: string): void => {
		const label = t("brand.steps.step", { n: index + 1 });
		const input = list.createEl("li").createEl("input", { type: "text", cls: "tls-framework-step", attr: { "aria-label": label, placeholder: label, "data-step": String(index) } });
		input.value = value;
		input.addEventListener("keydown", (event) => {
			if (event.key === "Enter" && !event.isComposing) input.blur();
		});
		input.addEventListener("change", () => edit("steps", (current) => withStep(current, index, input.value)));
	};
	steps.forEach((step, index) => stepField(index, step));
	const add = stepsBox.createEl("button", { cls: "tls-framework-add-step", text: t("brand.steps.add") });
	add.addEventListener("click", () => {
		add.remove();
		stepField(steps.length, "");
		list.querySelector<HTMLInputElement>(`input[data-step="${steps.length}"]`)?.focus();
	});
}
