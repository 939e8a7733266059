import { FuzzySuggestModal, type App, type FuzzyMatch } from "obsidian";
import type { BrandIdeaSummary } from "../../core/brand/brand-idea-list";

/** What the picker says under each brand idea: how far it is replicated, or that the idea is tied to it already. */
export type BrandIdeaDetail = (brand: BrandIdeaSummary) => string;

/**
 * Picks a brand idea by typing part of its name (fuzzy), the least replicated first. Closing it without a
 * choice does nothing. https://docs.obsidian.md/Reference/TypeScript+API/FuzzySuggestModal
 */
export class BrandIdeaSuggestModal extends FuzzySuggestModal<BrandIdeaSummary> {
	constructor(
		app: App,
		private readonly brands: readonly BrandIdeaSummary[],
		private readonly detail: BrandIdeaDetail,
		placeholder: string,
		private readonly onChoose: (brand: BrandIdeaSummary) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
		this.modalEl.addClass("tls-brand-picker");
	}

	getItems(): BrandIdeaSummary[] {
		return [...this.brands];
	}

	getItemText(brand: BrandIdeaSummary): string {
		return brand.title;
	}

	renderSuggestion(match: FuzzyMatch<BrandIdeaSummary>, el: HTMLElement): void {
		// Obsidian's own layout of a suggestion with a note under its title, so themes style it.
		const content = el.createDiv({ cls: "suggestion-content" });
		content.createDiv({ cls: "suggestion-title", text: match.item.title });
		content.createDiv({ cls: "suggestion-note tls-brand-picker-detail", text: this.detail(match.item) });
	}

	onChooseItem(brand: BrandIdeaSummary): void {
		this.onChoose(brand);
	}
}
