/**
 * Obsidian's icons: the Lucide set under Obsidian's names (`lightbulb`, `lucide-lightbulb`), plus the
 * icons a plugin adds with `addIcon`. Stands in for
 * https://docs.obsidian.md/Reference/TypeScript+API/setIcon,
 * https://docs.obsidian.md/Reference/TypeScript+API/getIcon and
 * https://docs.obsidian.md/Reference/TypeScript+API/getIconIds
 * (the mocks only know icons registered with addIcon).
 */
import { icons as lucideIcons, type IconNode } from "lucide";
import { getIcon as getAddedIcon, getIconIds as getAddedIconIds } from "obsidian-test-mocks/obsidian";

const SVG_NS = "http://www.w3.org/2000/svg";

function toPascalCase(name: string): string {
	return name
		.split("-")
		.map((part) => (part ? part.charAt(0).toUpperCase() + part.slice(1) : part))
		.join("");
}

function lucideNode(iconId: string): IconNode | undefined {
	const name = iconId.startsWith("lucide-") ? iconId.slice("lucide-".length) : iconId;
	return (lucideIcons as Record<string, IconNode | undefined>)[toPascalCase(name)];
}

function svgElement(tag: string, attrs: Record<string, string | number | undefined>): SVGElement {
	const el = document.createElementNS(SVG_NS, tag);
	for (const [key, value] of Object.entries(attrs)) {
		if (value !== undefined) el.setAttribute(key, String(value));
	}
	return el;
}

export function getIcon(iconId: string): SVGSVGElement | null {
	const node = lucideNode(iconId);
	if (node) {
		const name = iconId.replace(/^lucide-/, "");
		const svg = svgElement("svg", {
			xmlns: SVG_NS,
			width: 24,
			height: 24,
			viewBox: "0 0 24 24",
			fill: "none",
			stroke: "currentColor",
			"stroke-width": 2,
			"stroke-linecap": "round",
			"stroke-linejoin": "round",
			class: `svg-icon lucide-${name}`,
		}) as SVGSVGElement;
		for (const [tag, attrs] of node) svg.appendChild(svgElement(tag, attrs));
		return svg;
	}
	const added = getAddedIcon(iconId);
	if (added) {
		added.setAttribute("viewBox", "0 0 100 100");
		added.setAttribute("class", `svg-icon ${iconId}`);
		return added;
	}
	return null;
}

export function setIcon(parent: HTMLElement, iconId: string): void {
	const svg = getIcon(iconId);
	if (!svg) return;
	parent.empty();
	parent.appendChild(svg);
}

export function getIconIds(): string[] {
	const kebab = Object.keys(lucideIcons).map((name) => `lucide-${name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()}`);
	return [...new Set([...kebab, ...getAddedIconIds()])];
}
