import { FuzzySuggestModal, type App, type FuzzyMatch } from "obsidian";
import type { Translate } from "../../core/i18n/translator";
import type { ProductColumn } from "../../core/brand/framework-model";

/**
 * Picks the product a brand idea is carried into by typing part of its name (fuzzy), in the order of the
 * products setting; under each, whether a note already carries it there. Closing it
 * without a choice does nothing.
 * https://docs.obsidian.md/Reference/TypeScript+API/FuzzySuggestModal
 */
export class ProductSuggestModal extends FuzzySuggestModal<ProductColumn> {
	constructor(
		app: App,
		private readonly columns: readonly ProductColumn[],
		private readonly t: Translate,
		placeholder: string,
		private readonly onChoose: (column: ProductColumn) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
		this.modalEl.addClass("tls-product-picker");
	}

	getItems(): ProductColumn[] {
		return this.columns.filter((column) => !column.other);
	}

	getItemText(column: ProductColumn): string {
		return column.label;
	}

	renderSuggestion(match: FuzzyMatch<ProductColumn>, el: HTMLElement): void {
		const { item } = match;
		// Obsidian's own layout of a suggestion with a note under its title, so themes style it.
		const content = el.createDiv({ cls: "suggestion-content" });
		content.createDiv({ cls: "suggestion-title", text: item.label });
		const detail = this.t(item.notes.length === 0 ? "brand.products.empty" : "brand.pickProduct.made");
		content.createDiv({ cls: "suggestion-note tls-product-detail", text: detail });
	}

	onChooseItem(column: ProductColumn): void {
		this.onChoose(column);
	}
}
