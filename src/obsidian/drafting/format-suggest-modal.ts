import { FuzzySuggestModal, type App, type FuzzyMatch } from "obsidian";
import type { FormatSetting } from "../../core/drafting/format-setting";

/** What the picker shows of each format. */
export interface FormatLabels {
	name(format: FormatSetting): string;
	/** A line under the name: the channel and the stage the format serves. */
	detail(format: FormatSetting): string;
}

/**
 * Picks a format by typing part of its name (fuzzy), in the order given (the formats of the
 * idea's next stage first). Closing it without a choice does nothing.
 * https://docs.obsidian.md/Reference/TypeScript+API/FuzzySuggestModal
 */
export class FormatSuggestModal extends FuzzySuggestModal<FormatSetting> {
	constructor(
		app: App,
		private readonly formats: readonly FormatSetting[],
		private readonly labels: FormatLabels,
		placeholder: string,
		private readonly onChoose: (format: FormatSetting) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
		this.modalEl.addClass("tls-format-picker");
	}

	getItems(): FormatSetting[] {
		return [...this.formats];
	}

	getItemText(format: FormatSetting): string {
		return this.labels.name(format);
	}

	renderSuggestion(match: FuzzyMatch<FormatSetting>, el: HTMLElement): void {
		// Obsidian's own layout of a suggestion with a note under its title, so themes style it.
		const content = el.createDiv({ cls: "suggestion-content" });
		content.createDiv({ cls: "suggestion-title", text: this.labels.name(match.item) });
		content.createDiv({ cls: "suggestion-note tls-format-detail", text: this.labels.detail(match.item) });
	}

	onChooseItem(format: FormatSetting): void {
		this.onChoose(format);
	}
}
