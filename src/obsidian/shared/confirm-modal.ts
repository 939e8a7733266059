import { Modal, Setting, type App } from "obsidian";

/** What a confirmation asks. */
export interface ConfirmOptions {
	title: string;
	body: string;
	/** Shown as a list under the body: what the action will act on, in the writer's words. */
	items?: readonly string[];
	confirm: string;
	cancel: string;
	/** `warning` (red, the default) for what cannot be taken back, `cta` for an ordinary action. */
	tone?: "warning" | "cta";
	onConfirm: () => void;
	/** Called when the dialog closes without a confirmation. */
	onCancel?: () => void;
}

/** What a question shows above its buttons: its title, its body, and the list of what it is about. */
export interface QuestionText {
	title: string;
	body: string;
	items?: readonly string[];
}

/** Writes a question's title, body and list of items into `modal`: a confirmation and a choice read the same. */
export function showQuestion(modal: Modal, question: QuestionText): void {
	modal.setTitle(question.title);
	modal.contentEl.createEl("p", { text: question.body });
	const items = question.items ?? [];
	if (items.length === 0) return;
	const list = modal.contentEl.createEl("ul", { cls: "tls-confirm-items" });
	for (const item of items) list.createEl("li", { text: item });
}

/** A yes/no question before something that cannot be taken back from the board. https://docs.obsidian.md/Reference/TypeScript+API/Modal */
export class ConfirmModal extends Modal {
	private confirmed = false;

	constructor(
		app: App,
		private readonly options: ConfirmOptions,
	) {
		super(app);
	}

	onOpen(): void {
		showQuestion(this, this.options);
		new Setting(this.contentEl)
			.addButton((button) => button.setButtonText(this.options.cancel).onClick(() => this.close()))
			.addButton((button) => {
				button.setButtonText(this.options.confirm).onClick(() => {
					this.confirmed = true;
					this.close();
					this.options.onConfirm();
				});
				// Obsidian's red button; setWarning() is deprecated and setDestructive() is newer than minAppVersion.
				if ((this.options.tone ?? "warning") === "warning") button.setClass("mod-warning");
				else button.setCta();
			});
	}

	onClose(): void {
		this.contentEl.empty();
		if (!this.confirmed) this.options.onCancel?.();
	}
}

/** Asks and answers: true once the writer confirms, false when the dialog is closed otherwise. */
export function confirmFirst(app: App, options: Omit<ConfirmOptions, "onConfirm" | "onCancel">): Promise<boolean> {
	return new Promise((resolve) => {
		new ConfirmModal(app, { ...options, onConfirm: () => resolve(true), onCancel: () => resolve(false) }).open();
	});
}
