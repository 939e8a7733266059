import type { ReuseCell, ReuseColumn } from "../../core/reuse/reuse-grid";
import { renderLongList } from "../shared/long-list";

/** A row of either grid: an idea or a brand idea, and its cells in the columns' order. */
export interface TableRow {
	path: string;
	title: string;
	cells: readonly ReuseCell[];
}

export interface ReuseTableOptions<R extends TableRow> {
	/** What the table shows, for screen readers (its caption). */
	caption: string;
	/** The header of the rows' column (Idea, Brand idea). */
	rowsLabel: string;
	columns: readonly ReuseColumn[];
	rows: readonly R[];
	/** A line under a row's title (its stage, its coverage), or null. */
	detail(row: R): string | null;
	/** What a filled cell shows (`Brouillon · 12 mars`). */
	text(cell: ReuseCell): string;
	/** A filled cell's button, for screen readers: the row, the column and what the cell holds. */
	openLabel(row: R, column: ReuseColumn, text: string): string;
	/** An empty cell's button, for screen readers: what a click makes. */
	fillLabel(row: R, column: ReuseColumn): string;
	/** Opens a note: a row's, or a filled cell's. */
	open(path: string): void;
	/** Makes what an empty cell lacks: a draft in that format, a product note. */
	fill(row: R, column: ReuseColumn): void;
	/** How many rows the writer had unrolled when the table was last drawn, and how to remember it. */
	shown: number;
	onShown: (count: number) => void;
	more: (count: number, left: number) => string;
}

/**
 * A re-use grid as a real table: a caption, the columns' headers, each row headed by its title (a link to its
 * note), each cell a button that opens what the cell holds or, empty, makes it, named for screen readers. Rows
 * are drawn a page at a time (the first 50, then 50 more on request): 2,000 ideas against 15 formats draw in
 * one short task, and every row stays reachable. One listener for every click. At phone width the stylesheet
 * lays each row out as a list, every cell saying its column.
 */
export function renderReuseTable<R extends TableRow>(parent: HTMLElement, options: ReuseTableOptions<R>): HTMLTableElement {
	const { columns } = options;
	const scroll = parent.createDiv({ cls: "tls-reuse-scroll" });
	const table = scroll.createEl("table", { cls: "tls-reuse-table" });
	table.createEl("caption", { cls: "tls-reuse-caption", text: options.caption });
	const head = table.createEl("thead").createEl("tr");
	head.createEl("th", { cls: "tls-reuse-corner", text: options.rowsLabel, attr: { scope: "col" } });
	for (const column of columns) head.createEl("th", { cls: "tls-reuse-column", text: column.label, attr: { scope: "col", "data-key": column.key } });
	const body = table.createEl("tbody");
	const byPath = new Map<string, R>();
	renderLongList(body, {
		items: options.rows,
		shown: options.shown,
		onShown: options.onShown,
		more: options.more,
		buttonAfter: scroll,
		render: (row) => {
			byPath.set(row.path, row);
			const tr = body.createEl("tr", { cls: "tls-reuse-row", attr: { "data-path": row.path } });
			const th = tr.createEl("th", { cls: "tls-reuse-row-head", attr: { scope: "row" } });
			th.createEl("a", { cls: "tls-reuse-title", text: row.title, href: "#", attr: { "data-open": row.path } });
			const detail = options.detail(row);
			if (detail !== null) th.createDiv({ cls: "tls-reuse-row-detail", text: detail });
			row.cells.forEach((cell, i) => {
				const column = columns[i];
				if (!column) return;
				// The column's name is said by its header in a table, and shown from `data-label` at phone width,
				// where each row is a list; the cell's button names it for screen readers either way.
				const td = tr.createEl("td", { cls: `tls-reuse-cell is-${cell.state}`, attr: { "data-key": column.key, "data-label": column.label } });
				if (cell.path === null) {
					td.createEl("button", { cls: "tls-reuse-fill", text: "+", attr: { "aria-label": options.fillLabel(row, column), "data-fill": column.key } });
				} else {
					const text = options.text(cell);
					td.createEl("button", { cls: "tls-reuse-open", text, attr: { "aria-label": options.openLabel(row, column, text), "data-open": cell.path } });
				}
			});
		},
	});
	table.addEventListener("click", (event) => {
		const target = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-open], [data-fill]") : null;
		if (!target) return;
		event.preventDefault();
		const open = target.getAttribute("data-open");
		if (open !== null) {
			options.open(open);
			return;
		}
		const row = byPath.get(target.closest("tr")?.getAttribute("data-path") ?? "");
		const column = columns.find((c) => c.key === target.getAttribute("data-fill"));
		if (row && column) options.fill(row, column);
	});
	return table;
}
