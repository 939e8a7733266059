/** Items a long list shows at first, and adds each time the writer asks for more. */
export const LONG_LIST_PAGE = 50;

export interface LongListOptions<T> {
	items: readonly T[];
	/** How many items the writer had unrolled when the list was last drawn: a redraw keeps them. */
	shown: number;
	/** Remembers how many items are unrolled now. */
	onShown(count: number): void;
	/** Adds one item to the list. */
	render(item: T): void;
	/** The button's words: show `count` more, `left` not shown yet. */
	more(count: number, left: number): string;
	/** Where the button goes: after this element (a table, for rows put in its body), else after the list. */
	buttonAfter?: HTMLElement;
}

/**
 * Fills `list` with the first page of `items` and, when there are more, a button after the list that adds
 * the next page: a list of thousands draws in one short task, and every item stays reachable.
 */
export function renderLongList<T>(list: HTMLElement, options: LongListOptions<T>): void {
	const { items } = options;
	let shown = Math.min(items.length, Math.max(LONG_LIST_PAGE, options.shown));
	for (const item of items.slice(0, shown)) options.render(item);
	if (shown >= items.length) return;
	const button = createEl("button", { cls: "tls-long-list-more" });
	const label = (): void => {
		const left = items.length - shown;
		button.setText(options.more(Math.min(LONG_LIST_PAGE, left), left));
	};
	label();
	(options.buttonAfter ?? list).after(button);
	button.addEventListener("click", () => {
		const next = Math.min(items.length, shown + LONG_LIST_PAGE);
		for (const item of items.slice(shown, next)) options.render(item);
		shown = next;
		options.onShown(shown);
		if (shown < items.length) label();
		else button.remove();
	});
}
