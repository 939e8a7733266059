import { Notice } from "obsidian";

/** Shows a Notice with one action button (Open, Undo), which hides the Notice when clicked. */
export function noticeWithButton(message: string, button: string, onClick: () => void): Notice {
	const notice = new Notice(message, 8000);
	const action = notice.messageEl.createEl("button", { text: button, cls: "tls-notice-button" });
	action.addEventListener("click", () => {
		notice.hide();
		onClick();
	});
	return notice;
}
