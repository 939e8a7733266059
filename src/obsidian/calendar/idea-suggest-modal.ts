import { FuzzySuggestModal, type App, type FuzzyMatch } from "obsidian";
import type { Idea } from "../../core/pipeline/idea";

/**
 * Picks an idea by typing part of its words (fuzzy), in the order given (its stage's, then by title), each
 * with its stage under it. Closing it without a choice does nothing.
 * https://docs.obsidian.md/Reference/TypeScript+API/FuzzySuggestModal
 */
export class IdeaSuggestModal extends FuzzySuggestModal<Idea> {
	constructor(
		app: App,
		private readonly ideas: readonly Idea[],
		/** The line under an idea: its stage. */
		private readonly detail: (idea: Idea) => string,
		placeholder: string,
		private readonly onChoose: (idea: Idea) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
		this.modalEl.addClass("tls-idea-picker");
	}

	getItems(): Idea[] {
		return [...this.ideas];
	}

	getItemText(idea: Idea): string {
		return idea.title;
	}

	renderSuggestion(match: FuzzyMatch<Idea>, el: HTMLElement): void {
		// Obsidian's own layout of a suggestion with a note under its title, so themes style it.
		const content = el.createDiv({ cls: "suggestion-content" });
		content.createDiv({ cls: "suggestion-title", text: match.item.title });
		content.createDiv({ cls: "suggestion-note", text: this.detail(match.item) });
	}

	onChooseItem(idea: Idea): void {
		this.onChoose(idea);
	}
}
