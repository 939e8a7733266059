import type { Translate } from "../../core/i18n/translator";
import type { Language } from "../../core/i18n/language";
import { StudioError } from "../../core/i18n/studio-error";
import { FRAMEWORK_PARTS, namesPart, type FrameworkPart } from "../../core/brand/framework-parts";
import { sectionText } from "../../core/brand/note-section";
import { stepsOf, withStep } from "../../core/brand/framework-steps";
import { shortenText } from "../../core/text/shorten-text";

/** The parts the centre edits. */
export type CentrePart = Extract<FrameworkPart["key"], "belief" | "steps">;

/** What the centre needs from the board: the note's text, and a write of one part as {@link BrandIdeas.editPart} makes it. */
export interface CentreHost {
	t: Translate;
	language: Language;
	read(): Promise<string>;
	/** Writes one part: `change` gets its current text; refused with `error.sectionChangedSince` when it is no longer `seen`. */
	write(key: CentrePart, change: (current: string) => string, seen: string | null): Promise<void>;
	/** A write refused for another reason than a change made meanwhile: the board says so. */
	failed(error: unknown): void;
	/** Opens the note, where a part too long for the board is edited. */
	openNote(): void;
}

/** One field of the centre: the core belief, or one step. */
interface Field {
	key: CentrePart;
	/** The step's place in the list (0 for the belief), fixed when the field is made. */
	index: number;
	input: HTMLTextAreaElement;
	/** What the board last put in the field or wrote from it: the field differs from it once the writer types. */
	shown: string;
	/** The part's text when the writer went into the field, what a write from it expects to find; null outside it. */
	seen: string | null;
	/** A write from the field is waiting or under way. */
	writing: boolean;
	/** The choice offered when the part changed in the note while the writer was in the field. */
	conflict: HTMLElement | null;
}

/** Characters of the note's text shown in a conflict: enough to recognise it, never a whole long belief. */
const THEIRS_CHARS = 600;

/**
 * The longest part the board edits in place. A core belief is a sentence and a step a line: pages of them
 * are edited in the note, as a field of megabytes would hold the page for seconds at every redraw.
 */
const PART_CHARS = 20_000;

function part(key: CentrePart): FrameworkPart {
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

function changedSince(error: unknown): boolean {
	return error instanceof StudioError && error.code === "error.sectionChangedSince";
}

/**
 * The centre of the framework board: the core belief and the framework's steps, read from the note's text
 * and edited in place. A field is written when the writer leaves it (or on Enter for a step), never while
 * typing, and only its own part, one write at a time. A field the writer is in, or has typed in and not yet
 * written, is never replaced by what the note says: the others follow the note. When the part changed in
 * the note while the writer was in the field, nothing is written until the writer chooses between both texts.
 */
export class FrameworkCentre {
	/** The note's text as last read or written. */
	private known: string | null = null;
	private readonly belief: Field;
	private readonly steps: Field[] = [];
	private queue: Promise<void> = Promise.resolve();
	private closed = false;
	private readonly beliefMissing: HTMLElement;
	private readonly stepsMissing: HTMLElement;
	private readonly noSteps: HTMLElement;
	private readonly list: HTMLOListElement;
	private readonly add: HTMLButtonElement;
	private readonly beliefTooLong: HTMLElement;
	private readonly stepsTooLong: HTMLElement;
	/** Why the parts cannot be edited here, when their text cannot be read as one field (it starts inside a comment). */
	private readonly unreadable: HTMLElement;
	private readonly boxes: HTMLElement[];

	constructor(
		readonly el: HTMLElement,
		private readonly host: CentreHost,
	) {
		const { t, language } = host;
		el.empty();
		this.unreadable = el.createDiv({ cls: "tls-framework-missing" });
		const beliefBox = el.createDiv({ cls: "tls-framework-belief" });
		beliefBox.createEl("h3", { text: t("brand.belief") });
		this.beliefMissing = beliefBox.createDiv({ cls: "tls-framework-missing", text: t("brand.part.missing", { heading: part("belief").headings[language] }) });
		this.beliefTooLong = this.tooLongNote(beliefBox);
		const area = beliefBox.createEl("textarea", { cls: "tls-framework-belief-text", attr: { "aria-label": t("brand.belief"), placeholder: t("brand.belief.placeholder"), rows: "3" } });
		this.belief = this.field("belief", 0, area);

		const stepsBox = el.createDiv({ cls: "tls-framework-steps" });
		stepsBox.createEl("h3", { text: t("brand.steps") });
		this.stepsMissing = stepsBox.createDiv({ cls: "tls-framework-missing", text: t("brand.part.missing", { heading: part("steps").headings[language] }) });
		this.noSteps = stepsBox.createDiv({ cls: "tls-framework-empty", text: t("brand.steps.none") });
		this.stepsTooLong = this.tooLongNote(stepsBox);
		this.list = stepsBox.createEl("ol", { cls: "tls-framework-step-list" });
		// Stays in place whatever the note does, so that it keeps the focus a keyboard gave it.
		this.add = stepsBox.createEl("button", { cls: "tls-framework-add-step", text: t("brand.steps.add") });
		this.add.addEventListener("click", () => {
			const step = this.addStep();
			this.noSteps.hide();
			step.input.focus();
		});
		this.boxes = [beliefBox, stepsBox];
		// Nothing to type in before the note is read: words typed over a belief not shown yet would replace it.
		area.disabled = true;
		this.add.disabled = true;
		for (const hint of [this.unreadable, this.beliefMissing, this.stepsMissing, this.noSteps, this.beliefTooLong, this.stepsTooLong]) hint.hide();
	}

	/** Said in place of a part too long to edit here, with a way to the note. */
	private tooLongNote(box: HTMLElement): HTMLElement {
		const note = box.createDiv({ cls: "tls-framework-too-long" });
		note.createSpan({ cls: "tls-framework-too-long-text" });
		const open = note.createEl("button", { text: this.host.t("common.open") });
		open.addEventListener("click", () => this.host.openNote());
		return note;
	}

	/** Shows or hides the note of a part too long to edit, saying its length. */
	private toggleTooLong(note: HTMLElement, length: number | null): void {
		note.toggle(length !== null);
		if (length !== null) note.querySelector(".tls-framework-too-long-text")?.setText(this.host.t("brand.part.tooLong", { count: length }));
	}

	/** Reads the note again and shows it, leaving alone every field the writer is in or has typed in. */
	refresh(): void {
		this.enqueue(async () => {
			// A task of its own: the board of a brand idea of thousands of sources fills the one that opens it.
			await new Promise((resolve) => window.setTimeout(resolve, 0));
			await this.reread();
			this.sync();
		});
	}

	/**
	 * Stops (the board closes or shows another note): what the writer typed and has not left yet is still
	 * written, then nothing more is read, written or shown.
	 */
	close(): void {
		for (const field of [this.belief, ...this.steps]) if (!field.writing) this.save(field);
		this.enqueue(() => {
			this.closed = true;
			return Promise.resolve();
		});
	}

	private enqueue(task: () => Promise<void>): void {
		this.queue = this.queue.then(() => (this.closed ? undefined : task())).catch((error: unknown) => this.host.failed(error));
	}

	private async reread(): Promise<void> {
		try {
			this.known = await this.host.read();
		} catch {
			// The note is gone: the board says so on its own.
		}
	}

	private field(key: CentrePart, index: number, input: HTMLTextAreaElement): Field {
		const field: Field = { key, index, input, shown: "", seen: null, writing: false, conflict: null };
		input.addEventListener("focus", () => {
			// A write under way keeps the text it expects, and passes it on once written; before the note
			// is read, the write takes the text then.
			if (field.seen === null && this.known !== null) field.seen = this.partText(key);
		});
		input.addEventListener("change", () => this.save(field));
		input.addEventListener("blur", () => {
			if (field.writing || field.conflict !== null || input.value !== field.shown) return;
			field.seen = null;
			this.sync();
		});
		return field;
	}

	private addStep(): Field {
		const index = this.steps.length;
		const label = this.host.t("brand.steps.step", { n: index + 1 });
		const input = this.list.createEl("li").createEl("textarea", { cls: "tls-framework-step", attr: { "aria-label": label, placeholder: label, "data-step": String(index), rows: "1" } });
		// A step is one list item, so one line of the note: its field wraps a long step on screen, Enter ends
		// the edit, and line breaks pasted into it become spaces.
		input.addEventListener("input", () => fitHeight(input));
		input.addEventListener("keydown", (event) => {
			if (event.key === "Enter" && !event.isComposing) {
				event.preventDefault();
				input.blur();
			}
		});
		const step = this.field("steps", index, input);
		this.steps.push(step);
		return step;
	}

	/** The written text of a part in the note as last read; "" when it has none, no heading, or cannot be read as one text. */
	private partText(key: CentrePart): string {
		if (this.known === null) return "";
		try {
			return sectionText(this.known, (h) => namesPart(h, part(key))) ?? "";
		} catch (error) {
			if (error instanceof StudioError) return "";
			throw error;
		}
	}

	private focused(field: Field): boolean {
		return field.input.ownerDocument.activeElement === field.input;
	}

	private replaceable(field: Field): boolean {
		return !this.focused(field) && !field.writing && field.conflict === null && field.input.value === field.shown;
	}

	private show(field: Field, value: string): void {
		if (!this.replaceable(field)) return;
		if (field.input.value !== value) field.input.value = value;
		field.shown = value;
		if (field.key === "steps") fitHeight(field.input);
	}

	/** Brings every field the writer leaves alone in line with the note; a field is never rebuilt, only its value set. */
	private sync(): void {
		const text = this.known;
		if (text === null || this.closed) return;
		let belief: string | null;
		let stepsText: string | null;
		try {
			belief = sectionText(text, (h) => namesPart(h, part("belief")));
			stepsText = sectionText(text, (h) => namesPart(h, part("steps")));
		} catch (error) {
			if (!(error instanceof StudioError)) throw error;
			this.showUnreadable(error);
			return;
		}
		this.unreadable.hide();
		for (const box of this.boxes) box.show();
		this.belief.input.disabled = false;
		this.add.disabled = false;
		this.beliefMissing.toggle(belief === null);
		// A field the writer is in or typed in stays, however long its text.
		const beliefTooLong = belief !== null && belief.length > PART_CHARS && this.replaceable(this.belief);
		this.toggleTooLong(this.beliefTooLong, beliefTooLong ? (belief?.length ?? 0) : null);
		this.belief.input.toggle(!beliefTooLong);
		if (!beliefTooLong) this.show(this.belief, belief ?? "");
		this.stepsMissing.toggle(stepsText === null);
		const stepsTooLong = stepsText !== null && stepsText.length > PART_CHARS && this.steps.every((step) => this.replaceable(step));
		this.toggleTooLong(this.stepsTooLong, stepsTooLong ? (stepsText?.length ?? 0) : null);
		this.list.toggle(!stepsTooLong);
		this.add.toggle(!stepsTooLong);
		const steps = stepsTooLong ? [] : stepsOf(stepsText ?? "");
		let count = steps.length;
		for (const step of this.steps) if (!this.replaceable(step)) count = Math.max(count, step.index + 1);
		while (this.steps.length < count) this.addStep();
		for (const step of this.steps) if (step.index < count) this.show(step, steps[step.index] ?? "");
		// Fields past the note's steps that nobody is in: a step added and left empty.
		while (this.steps.length > count) this.steps.pop()?.input.parentElement?.remove();
		this.noSteps.toggle(count === 0 && !stepsTooLong);
	}

	/**
	 * A part whose text starts inside a comment cannot be one field: the board says so and offers no field to
	 * lose words in, unless the writer is in one (its words stay, and writing them says why it cannot be done).
	 */
	private showUnreadable(error: StudioError): void {
		const message = this.host.t(error.code, error.params);
		// Error messages are written to follow "Could not…: "; alone, the sentence takes its capital.
		this.unreadable.setText(message.charAt(0).toUpperCase() + message.slice(1));
		this.unreadable.show();
		const held = [this.belief, ...this.steps].some((field) => !this.replaceable(field));
		for (const box of this.boxes) box.toggle(held);
	}

	private save(field: Field): void {
		if (field.key === "steps") {
			const line = oneLine(field.input.value);
			if (line !== field.input.value) field.input.value = line;
		}
		// Waiting for the writer's choice: that choice writes, with the text in the field then.
		if (field.conflict !== null || field.input.value === field.shown) return;
		field.writing = true;
		this.enqueue(() => this.write(field));
	}

	private async write(field: Field): Promise<void> {
		const value = field.input.value;
		const seen = field.seen ?? this.partText(field.key);
		try {
			await this.host.write(field.key, (current) => (field.key === "belief" ? value : withStep(current, field.index, value)), seen);
		} catch (error) {
			field.writing = false;
			if (!changedSince(error)) throw error;
			await this.reread();
			this.offerChoice(field);
			return;
		}
		field.writing = false;
		field.shown = value;
		await this.reread();
		// This board's own write: the fields of the same part the writer is in expect its result, not a change made elsewhere.
		const after = this.partText(field.key);
		for (const other of field.key === "belief" ? [] : this.steps) if (other !== field && other.seen === seen) other.seen = after;
		field.seen = this.focused(field) ? after : null;
		this.sync();
	}

	/** The part changed in the note meanwhile: both texts are shown, nothing is written until the writer chooses. */
	private offerChoice(field: Field): void {
		if (this.closed) return;
		const t = this.host.t;
		const theirs = field.key === "belief" ? this.partText("belief") : (stepsOf(this.partText("steps"))[field.index] ?? "");
		// Keeping mine writes over the text shown here, and only if the note still holds it.
		field.seen = this.partText(field.key);
		field.conflict?.remove();
		const box = (field.input.parentElement ?? this.el).createDiv({ cls: "tls-framework-conflict" });
		field.conflict = box;
		box.createDiv({ cls: "tls-framework-conflict-text", text: t(field.key === "belief" ? "brand.conflict.belief" : "brand.conflict.step"), attr: { role: "alert" } });
		box.createDiv({ cls: "tls-framework-conflict-theirs", text: theirs === "" ? t("brand.conflict.empty") : shortenText(theirs, THEIRS_CHARS) });
		const buttons = box.createDiv({ cls: "tls-framework-conflict-buttons" });
		const keep = buttons.createEl("button", { cls: "tls-framework-keep-mine mod-cta", text: t("brand.conflict.keepMine") });
		const take = buttons.createEl("button", { cls: "tls-framework-take-theirs", text: t("brand.conflict.takeTheirs") });
		keep.addEventListener("click", () => this.choose(field, "mine"));
		take.addEventListener("click", () => this.choose(field, "theirs"));
	}

	private choose(field: Field, choice: "mine" | "theirs"): void {
		field.conflict?.remove();
		field.conflict = null;
		if (choice === "mine") {
			field.writing = true;
			this.enqueue(() => this.write(field));
		} else {
			field.input.value = field.shown;
			field.seen = null;
			this.sync();
		}
		// Back where the writer was, for the keyboard: the buttons are gone.
		field.input.focus();
	}
}
