/** Rows drawn above and below the visible ones, so that a quick scroll shows no gap. */
const OVERSCAN = 6;
/** Rows taken as visible when the list has no height yet (not laid out). */
const UNLAID_ROWS = 12;

let lists = 0;

export interface WindowedListOptions<T> {
	/** The list's name, for screen readers. */
	label: string;
	/** Every row's height in pixels: the list's own scroll bar is worked out from it. */
	rowHeight: number;
	/** Fills a row with the item's content; the row is an option of the list box, redrawn on every scroll. */
	renderRow(row: HTMLElement, item: T): void;
	isSelected(item: T): boolean;
	/** Space on the active item, or a click or tap on one. */
	toggle(item: T): void;
}

/**
 * A list box of many items that draws only the rows in view: ten thousand items make a few dozen elements.
 * One tab stop; the arrows, Page Up and Down, Home and End move the active item, Space selects it; the
 * active item is announced through `aria-activedescendant`, each with its place in the whole list.
 * https://www.w3.org/WAI/ARIA/apg/patterns/listbox/
 */
export class WindowedList<T> {
	readonly el: HTMLElement;
	private readonly rows: HTMLElement;
	private readonly id = `tls-list-${++lists}`;
	private items: readonly T[] = [];
	private active = 0;

	constructor(
		parent: HTMLElement,
		private readonly options: WindowedListOptions<T>,
	) {
		this.el = parent.createDiv({ cls: "tls-windowed-list", attr: { role: "listbox", "aria-multiselectable": "true", "aria-label": options.label, tabindex: "0" } });
		this.el.setCssProps({ "--tls-row-height": `${options.rowHeight}px` });
		this.rows = this.el.createDiv({ cls: "tls-windowed-list-rows" });
		this.el.addEventListener("scroll", () => this.draw());
		this.el.addEventListener("keydown", (event) => this.onKey(event));
	}

	/** Shows these items, the first one active and in view. */
	setItems(items: readonly T[]): void {
		this.items = items;
		this.active = 0;
		this.el.scrollTop = 0;
		this.rows.setCssProps({ "--tls-rows": String(items.length) });
		this.draw();
	}

	/** Draws the rows in view again, from the items' state now. */
	draw(): void {
		const { rowHeight } = this.options;
		const height = this.el.clientHeight > 0 ? this.el.clientHeight : rowHeight * UNLAID_ROWS;
		const first = Math.max(0, Math.floor(this.el.scrollTop / rowHeight) - OVERSCAN);
		const last = Math.min(this.items.length, Math.ceil((this.el.scrollTop + height) / rowHeight) + OVERSCAN);
		this.rows.empty();
		// The active row is always drawn, even out of view: it is what `aria-activedescendant` names.
		const indexes = Array.from({ length: Math.max(0, last - first) }, (_, i) => first + i);
		if (this.items.length > 0 && (this.active < first || this.active >= last)) indexes.push(this.active);
		for (const index of indexes) {
			const item = this.items[index] as T;
			const row = this.rows.createDiv({
				cls: `tls-windowed-list-row${index === this.active ? " is-active" : ""}`,
				attr: { role: "option", id: `${this.id}-${index}`, "aria-selected": String(this.options.isSelected(item)), "aria-setsize": String(this.items.length), "aria-posinset": String(index + 1) },
			});
			row.setCssProps({ "--tls-row-index": String(index) });
			this.options.renderRow(row, item);
			row.addEventListener("click", () => {
				this.active = index;
				this.options.toggle(item);
				this.draw();
			});
		}
		if (this.items.length > 0) this.el.setAttr("aria-activedescendant", `${this.id}-${this.active}`);
		else this.el.removeAttribute("aria-activedescendant");
	}

	private onKey(event: KeyboardEvent): void {
		const page = Math.max(1, Math.floor(this.el.clientHeight / this.options.rowHeight) - 1);
		const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -this.items.length, End: this.items.length };
		const move = moves[event.key];
		if (move !== undefined) {
			event.preventDefault();
			this.moveTo(this.active + move);
			return;
		}
		const item = this.items[this.active];
		if (event.key === " " && item !== undefined) {
			event.preventDefault();
			this.options.toggle(item);
			this.draw();
		}
	}

	/** Makes the item at `index` (kept within the list) active, scrolled into view. */
	private moveTo(index: number): void {
		if (this.items.length === 0) return;
		this.active = Math.min(this.items.length - 1, Math.max(0, index));
		const { rowHeight } = this.options;
		const top = this.active * rowHeight;
		if (top < this.el.scrollTop) this.el.scrollTop = top;
		else if (top + rowHeight > this.el.scrollTop + this.el.clientHeight) this.el.scrollTop = top + rowHeight - this.el.clientHeight;
		this.draw();
	}
}
