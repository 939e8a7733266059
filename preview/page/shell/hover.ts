/**
 * Page preview: a popover with the linked note's text when a view triggers `hover-link` (with Ctrl/Cmd
 * held when the view's hover source asks for it). Stands in for Obsidian's core "Page preview" plugin,
 * which answers https://docs.obsidian.md/Reference/TypeScript+API/Workspace/on('hover-link') and reads
 * https://docs.obsidian.md/Reference/TypeScript+API/Plugin/registerHoverLinkSource. The note is shown as
 * text, never as HTML.
 */
import { Keymap, type App, type Plugin } from "obsidian";
import { Plugin as MockPlugin } from "obsidian-test-mocks/obsidian";

interface HoverLinkInfo {
	event: MouseEvent;
	source: string;
	hoverParent: unknown;
	targetEl: HTMLElement | null;
	linktext: string;
	sourcePath?: string;
}

const PREVIEW_CHARS = 3000;

export function installPagePreview(app: App, overlayEl: HTMLElement, plugin: () => Plugin | null): void {
	let popover: HTMLElement | null = null;
	const hide = (): void => {
		popover?.remove();
		popover = null;
	};
	app.workspace.on("hover-link" as "quit", (...args: unknown[]) => {
		const info = args[0] as HoverLinkInfo;
		const loaded = plugin();
		const source = loaded ? MockPlugin.fromOriginalType2__(loaded).hoverLinkSources__.get(info.source) : undefined;
		if (source?.defaultMod && !Keymap.isModEvent(info.event)) return;
		const file = app.metadataCache.getFirstLinkpathDest(info.linktext.split("#")[0] ?? "", info.sourcePath ?? "");
		if (!file) return;
		hide();
		const el = overlayEl.createDiv("popover hover-popover");
		popover = el;
		const embed = el.createDiv("markdown-embed is-loaded").createDiv("markdown-embed-content");
		embed.createDiv({ cls: "inline-title", text: file.basename });
		const body = embed.createDiv("markdown-preview-view preview-popover-text");
		void app.vault.cachedRead(file).then((text) => {
			body.textContent = text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
		});
		const anchor = info.targetEl?.getBoundingClientRect();
		const x = anchor ? anchor.left : info.event.clientX;
		const y = anchor ? anchor.bottom + 4 : info.event.clientY + 12;
		el.style.left = `${Math.max(4, Math.min(x, window.innerWidth - 420))}px`;
		el.style.top = `${Math.max(4, Math.min(y, window.innerHeight - 320))}px`;
		info.targetEl?.addEventListener("mouseleave", () => window.setTimeout(() => {
			if (popover === el && !el.matches(":hover")) hide();
		}, 300), { once: true });
		el.addEventListener("mouseleave", hide);
	});
	document.addEventListener("mousedown", hide);
}
