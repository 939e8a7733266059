import type { Translate } from "../../core/i18n/translator";
import type { Language } from "../../core/i18n/language";
import { FRAMEWORK_PARTS, namesPart, type FrameworkPart } from "../../core/brand/framework-parts";
import { sectionText } from "../../core/brand/note-section";
import { stepsOf, withStep } from "../../core/brand/framework-steps";
import { StudioError } from "../../core/i18n/studio-error";

/** What the centre does with an edit: the part, and how its written text changes. */
export type EditPart = (key: FrameworkPart["key"], change: (current: string) => string) => void;

function part(key: FrameworkPart["key"]): FrameworkPart {
	return FRAMEWORK_PARTS.find((p) => p.key === key) ?? (FRAMEWORK_PARTS[0] as FrameworkPart);
}

/** A step's words on one line: line breaks (pasted, typed on a phone) become one space. */
function oneLine(text: string): string {
	return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/**
 * Grows a step's field to its text where the browser cannot (`field-sizing: content` in styles.css does it
 * elsewhere): the height goes in a CSS variable, never a style property of its own.
 */
function fitHeight(field: HTMLTextAreaElement): void {
	const css = field.ownerDocument.defaultView?.CSS;
	if (!field.isConnected || css?.supports("field-sizing", "content") === true) return;
	field.setCssProps({ "--tls-step-height": "auto" });
	field.setCssProps({ "--tls-step-height": `${field.scrollHeight}px` });
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
	let belief: string | null;
	let stepsText: string | null;
	try {
		belief = sectionText(noteText, (h) => namesPart(h, part("belief")));
		stepsText = sectionText(noteText, (h) => namesPart(h, part("steps")));
	} catch (error) {
		// A part whose text starts inside a comment cannot be one field: the board says so and offers no field to lose words in.
		if (!(error instanceof StudioError)) throw error;
		const message = t(error.code, error.params);
		// Error messages are written to follow "Could not…: "; alone, the sentence takes its capital.
		el.createDiv({ cls: "tls-framework-missing", text: message.charAt(0).toUpperCase() + message.slice(1) });
		return;
	}
	const beliefBox = el.createDiv({ cls: "tls-framework-belief" });
	beliefBox.createEl("h3", { text: t("brand.belief") });
	missingNote(beliefBox, t, language, "belief", belief);
	const area = beliefBox.createEl("textarea", { cls: "tls-framework-belief-text", attr: { "aria-label": t("brand.belief"), placeholder: t("brand.belief.placeholder"), rows: "3" } });
	area.value = belief ?? "";
	area.addEventListener("change", () => edit("belief", () => area.value));

	const stepsBox = el.createDiv({ cls: "tls-framework-steps" });
	stepsBox.createEl("h3", { text: t("brand.steps") });
	missingNote(stepsBox, t, language, "steps", stepsText);
	const steps = stepsOf(stepsText ?? "");
	if (steps.length === 0) stepsBox.createDiv({ cls: "tls-framework-empty", text: t("brand.steps.none") });
	const list = stepsBox.createEl("ol", { cls: "tls-framework-step-list" });
	// A step is one list item, so one line of the note: its field wraps a long step on screen, Enter ends
	// the edit, and line breaks pasted into it become spaces.
	const stepField = (index: number, value: string): void => {
		const label = t("brand.steps.step", { n: index + 1 });
		const input = list.createEl("li").createEl("textarea", { cls: "tls-framework-step", attr: { "aria-label": label, placeholder: label, "data-step": String(index), rows: "1" } });
		input.value = value;
		fitHeight(input);
		input.addEventListener("input", () => fitHeight(input));
		input.addEventListener("keydown", (event) => {
			if (event.key === "Enter" && !event.isComposing) {
				event.preventDefault();
				input.blur();
			}
		});
		input.addEventListener("change", () => edit("steps", (current) => withStep(current, index, oneLine(input.value))));
	};
	steps.forEach((step, index) => stepField(index, step));
	const add = stepsBox.createEl("button", { cls: "tls-framework-add-step", text: t("brand.steps.add") });
	add.addEventListener("click", () => {
		add.remove();
		stepField(steps.length, "");
		list.querySelector<HTMLTextAreaElement>(`textarea[data-step="${steps.length}"]`)?.focus();
	});
}
