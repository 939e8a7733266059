import { Modal, Setting, type App } from "obsidian";

/** A yes/no question before something that cannot be taken back from the board. https://docs.obsidian.md/Reference/TypeScript+API/Modal */
export class ConfirmModal extends Modal {
	constructor(
		app: App,
		private readonly options: { title: string; body: string; confirm: string; cancel: string; onConfirm: () => void },
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle(this.options.title);
		this.contentEl.createEl("p", { text: this.options.body });
		new Setting(this.contentEl)
			.addButton((button) => button.setButtonText(this.options.cancel).onClick(() => this.close()))
			.addButton((button) =>
				// Obsidian's red button; setWarning() is deprecated and setDestructive() is newer than minAppVersion.
				button
					.setButtonText(this.options.confirm)
					.setClass("mod-warning")
					.onClick(() => {
						this.close();
						this.options.onConfirm();
					}),
			);
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
