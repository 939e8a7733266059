import { Modal, Setting, type App } from "obsidian";
import { showQuestion } from "./confirm-modal";

/** One answer a question offers. */
export interface Choice<T extends string> {
	value: T;
	label: string;
	/** `cta` for the answer most people want. */
	cta?: boolean;
}

/** What a question with several answers asks. */
export interface ChoiceOptions<T extends string> {
	title: string;
	body: string;
	/** Shown as a list under the body: what the question is about, in the writer's words. */
	items?: readonly string[];
	choices: readonly Choice<T>[];
	cancel: string;
}

/**
 * A question with more answers than yes or no (open the existing idea, or create it anyway); closing it answers
 * nothing. https://docs.obsidian.md/Reference/TypeScript+API/Modal
 */
export class ChoiceModal<T extends string> extends Modal {
	private answered = false;

	constructor(
		app: App,
		private readonly options: ChoiceOptions<T>,
		private readonly answer: (choice: T | null) => void,
	) {
		super(app);
	}

	onOpen(): void {
		showQuestion(this, this.options);
		const buttons = new Setting(this.contentEl).addButton((button) => button.setButtonText(this.options.cancel).onClick(() => this.close()));
		buttons.settingEl.addClass("tls-choice-buttons");
		for (const choice of this.options.choices) {
			buttons.addButton((button) => {
				button.setButtonText(choice.label).onClick(() => {
					this.answered = true;
					this.close();
					this.answer(choice.value);
				});
				button.buttonEl.addClass("tls-choice");
				button.buttonEl.dataset.choice = choice.value;
				if (choice.cta) button.setCta();
			});
		}
	}

	onClose(): void {
		this.contentEl.empty();
		if (!this.answered) this.answer(null);
	}
}

/** Asks and answers: the writer's choice, or null when the dialog is closed without one. */
export function chooseFirst<T extends string>(app: App, options: ChoiceOptions<T>): Promise<T | null> {
	return new Promise((resolve) => new ChoiceModal(app, options, resolve).open());
}
