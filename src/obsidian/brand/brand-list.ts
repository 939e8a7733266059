import type { Translate } from "../../core/i18n/translator";
import type { BrandIdeaSummary } from "../../core/brand/brand-idea-list";

/** The brand ideas with their coverage, the least replicated first; a click opens one's framework board. */
export function renderBrandList(el: HTMLElement, list: readonly BrandIdeaSummary[], t: Translate, open: (path: string) => void): void {
	el.empty();
	if (list.length === 0) {
		el.createDiv({ cls: "tls-framework-empty", text: t("brand.list.none") });
		return;
	}
	const ul = el.createEl("ul", { cls: "tls-brand-list" });
	for (const brand of list) {
		const item = ul.createEl("li", { cls: "tls-brand-list-item", attr: { "data-path": brand.path } });
		const link = item.createEl("a", { cls: "tls-framework-link", text: brand.title, attr: { href: "#" } });
		link.addEventListener("click", (event) => {
			event.preventDefault();
			open(brand.path);
		});
		// The same chart as the board's header: one cell a product, filled where the idea is replicated.
		const chart = item.createDiv({ cls: "tls-framework-chart", attr: { role: "img", "aria-label": t("brand.products.coverage", { covered: brand.covered, total: brand.total }) } });
		for (let i = 0; i < brand.total; i++) chart.createDiv({ cls: `tls-framework-chart-cell${i < brand.covered ? " is-covered" : ""}` });
		item.createSpan({ cls: "tls-brand-list-coverage", text: t("brand.list.coverage", { covered: brand.covered, total: brand.total }) });
	}
}
