import type { FrameworkInput, FrameworkModel } from "./framework-model";
import { buildFrameworkModel } from "./framework-model";

/** A brand idea with how far it is replicated. */
export interface BrandIdeaSummary {
	path: string;
	title: string;
	covered: number;
	total: number;
}

/** Every brand idea (`type: brand-idea`), the least replicated first, then by title. */
export function brandIdeaList(input: Omit<FrameworkInput, "brandPath">): BrandIdeaSummary[] {
	const list: BrandIdeaSummary[] = [];
	for (const record of input.records.notes()) {
		if (record.type !== "brand-idea") continue;
		const model: FrameworkModel | null = buildFrameworkModel({ ...input, brandPath: record.path });
		if (model) list.push({ path: model.path, title: model.title, ...model.coverage });
	}
	return list.sort((a, b) => a.covered / Math.max(1, a.total) - b.covered / Math.max(1, b.total) || a.title.localeCompare(b.title));
}
