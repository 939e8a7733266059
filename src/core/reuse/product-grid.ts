import type { FrameworkInput } from "../brand/framework-model";
import { buildFrameworkModel } from "../brand/framework-model";
import { collatorFor } from "../pipeline/board-order";
import type { ReuseCell, ReuseColumn } from "./reuse-grid";
import { entryName } from "../i18n/labels";

/** One brand idea and its notes, product by product. */
export interface ProductRow {
	path: string;
	title: string;
	/** Products of the setting with a note, of how many. */
	covered: number;
	total: number;
	cells: ReuseCell[];
}

/** The brand ideas against the products. */
export interface ProductGrid {
	/** The products of the setting, in its order. */
	columns: ReuseColumn[];
	/** Every brand idea, by title. */
	rows: ProductRow[];
}

/**
 * The second re-use grid: every brand idea (rows, by title) against the products of the setting (columns), each
 * cell the notes carrying that brand idea into that product (as its framework board counts them: `product` and
 * `brand-idea`), the last written shown with its date.
 */
export function buildProductGrid(input: Omit<FrameworkInput, "brandPath">): ProductGrid {
	const columns = input.products.map((product) => ({ key: product.key, label: entryName(product, input.language) }));
	const rows: ProductRow[] = [];
	for (const record of input.records.notes()) {
		if (record.type !== "brand-idea") continue;
		const model = buildFrameworkModel({ ...input, brandPath: record.path });
		if (!model) continue;
		const cells = columns.map((column): ReuseCell => {
			const notes = model.columns.find((c) => c.key === column.key && !c.other)?.notes ?? [];
			let shown: { path: string; date: number | null } | null = null;
			for (const note of notes) {
				const date = input.records.get(note.path)?.created ?? null;
				if (shown === null || (date !== null && (shown.date === null || date > shown.date))) shown = { path: note.path, date };
			}
			return shown === null ? { key: column.key, state: "empty", path: null, date: null, count: 0 } : { key: column.key, state: "note", path: shown.path, date: shown.date, count: notes.length };
		});
		rows.push({ path: model.path, title: model.title, ...model.coverage, cells });
	}
	const collator = collatorFor(input.language);
	rows.sort((a, b) => collator.compare(a.title, b.title) || (a.path < b.path ? -1 : 1));
	return { columns, rows };
}
