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
		this.setTitle(this.options.title);
		this.contentEl.createEl("p", { text: this.options.body });
		const items = this.options.items ?? [];
		if (items.length > 0) {
			const list = this.contentEl.createEl("ul", { cls: "tls-confirm-items" });
			for (const item of items) list.createEl("li", { text: item });
		}
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
