/**
 * Turns an HTML string into inert DOM: no scripts, no event-handler attributes, no `javascript:` URLs,
 * no frames or objects. Stands in for https://docs.obsidian.md/Reference/TypeScript+API/sanitizeHTMLToDom
 * (Obsidian runs DOMPurify; the mocks parse the string as it is, handlers included).
 */
const FORBIDDEN_TAGS = new Set(["script", "iframe", "frame", "frameset", "object", "embed", "base", "meta", "link", "style", "template", "noscript"]);
const URL_ATTRIBUTES = new Set(["href", "src", "xlink:href", "action", "formaction", "srcset", "poster", "data"]);

function clean(node: Element): void {
	for (const child of Array.from(node.children)) {
		if (FORBIDDEN_TAGS.has(child.tagName.toLowerCase())) {
			child.remove();
			continue;
		}
		for (const attr of Array.from(child.attributes)) {
			const name = attr.name.toLowerCase();
			const value = Array.from(attr.value).filter((ch) => ch.charCodeAt(0) > 32).join("").toLowerCase();
			if (name.startsWith("on") || (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|data:text\/html)/.test(value))) {
				child.removeAttribute(attr.name);
			}
		}
		clean(child);
	}
}

export function sanitizeHTMLToDom(html: string): DocumentFragment {
	// Parsed in a separate, script-less document: nothing in it loads or runs while we clean it.
	const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
	clean(parsed.body);
	const fragment = document.createDocumentFragment();
	for (const child of Array.from(parsed.body.childNodes)) fragment.appendChild(document.importNode(child, true));
	return fragment;
}
