/**
 * The file list of the left sidebar, as Obsidian's core "Files" view shows it: folders first, then
 * notes, by name; click opens a note, Ctrl/Cmd-click opens it in a new tab. Names are set as text,
 * never as HTML. As in Obsidian, the list is drawn again only when files come, go or move: opening a note
 * moves its highlight and an edit its "changed" dot, without drawing the vault's thousands of files anew
 * (which would hold the page's main thread from a plugin's start). Obsidian draws only the rows in view of a long
 * folder; here a folder of more than {@link FOLDED_ABOVE} notes starts folded (a click unfolds it), so that a
 * vault of ten thousand drafts costs the page's start what it costs Obsidian's: a few rows.
 */
import { Keymap, TFile, TFolder, type App, type TAbstractFile } from "obsidian";
import { setIcon } from "./icons";

/** Entries beyond which a folder starts folded. */
const FOLDED_ABOVE = 200;

export function buildFileExplorer(app: App, isChanged: (path: string) => boolean, onChanged: (listener: () => void) => void): HTMLElement {
	const root = createDiv("workspace-leaf-content preview-file-explorer");
	root.setAttr("data-type", "file-explorer");
	const header = root.createDiv("nav-header");
	const buttons = header.createDiv("nav-buttons-container");
	const newNote = buttons.createDiv({ cls: "clickable-icon nav-action-button", attr: { "aria-label": "New note" } });
	setIcon(newNote, "square-pen");
	newNote.addEventListener("click", () => {
		void (async () => {
			let name = "Sans titre.md";
			for (let i = 1; app.vault.getAbstractFileByPath(name); i++) name = `Sans titre ${i}.md`;
			const file = await app.vault.create(name, "");
			await app.workspace.getLeaf(false).openFile(file);
		})();
	});
	const collapsed = new Set<string>();
	/** Folders drawn once: folded or not as the person left them since. */
	const seen = new Set<string>();
	const list = root.createDiv("nav-files-container node-insert-event");
	/** Each note's title element, by path, as last drawn. */
	const titles = new Map<string, HTMLElement>();
	const showChanged = (self: HTMLElement, path: string): void => {
		const dot = self.querySelector(":scope > .preview-changed-dot");
		if (isChanged(path) && !dot) self.createDiv({ cls: "preview-changed-dot", attr: { "aria-label": "Changed in this preview" } });
		else if (!isChanged(path)) dot?.remove();
	};

	const sorted = (folder: TFolder): TAbstractFile[] =>
		[...folder.children].sort((a, b) => {
			const aFolder = a instanceof TFolder;
			const bFolder = b instanceof TFolder;
			if (aFolder !== bFolder) return aFolder ? -1 : 1;
			return a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: "base" });
		});

	const renderFolder = (folder: TFolder, into: HTMLElement): void => {
		for (const child of sorted(folder)) {
			if (child instanceof TFolder) {
				if (!seen.has(child.path)) {
					seen.add(child.path);
					if (child.children.length > FOLDED_ABOVE) collapsed.add(child.path);
				}
				const isCollapsed = collapsed.has(child.path);
				const item = into.createDiv(`tree-item nav-folder${isCollapsed ? " is-collapsed" : ""}`);
				const self = item.createDiv({ cls: "tree-item-self nav-folder-title is-clickable mod-collapsible", attr: { "data-path": child.path } });
				setIcon(self.createDiv(`tree-item-icon collapse-icon${isCollapsed ? " is-collapsed" : ""}`), "chevron-down");
				self.createDiv({ cls: "tree-item-inner nav-folder-title-content", text: child.name });
				self.addEventListener("click", () => {
					if (collapsed.has(child.path)) collapsed.delete(child.path);
					else collapsed.add(child.path);
					render();
				});
				if (!isCollapsed) renderFolder(child, item.createDiv("tree-item-children nav-folder-children"));
			} else if (child instanceof TFile) {
				const active = app.workspace.getActiveFile() === child;
				const item = into.createDiv("tree-item nav-file");
				const self = item.createDiv({
					cls: `tree-item-self nav-file-title is-clickable${active ? " is-active" : ""}`,
					attr: { "data-path": child.path, draggable: "true" },
				});
				self.createDiv({ cls: "tree-item-inner nav-file-title-content", text: child.extension === "md" ? child.basename : child.name });
				if (child.extension !== "md") self.createDiv({ cls: "nav-file-tag", text: child.extension });
				showChanged(self, child.path);
				titles.set(child.path, self);
				self.addEventListener("click", (evt) => {
					void app.workspace.getLeaf(Keymap.isModEvent(evt)).openFile(child);
				});
				self.addEventListener("dragstart", (evt) => {
					evt.dataTransfer?.setData("text/plain", `[[${child.basename}]]`);
				});
			}
		}
	};

	let scheduled = false;
	const render = (): void => {
		scheduled = false;
		const scroll = list.scrollTop;
		list.empty();
		titles.clear();
		renderFolder(app.vault.getRoot(), list);
		list.scrollTop = scroll;
	};
	const schedule = (): void => {
		if (scheduled) return;
		scheduled = true;
		window.requestAnimationFrame(render);
	};
	for (const name of ["create", "delete", "rename"] as const) app.vault.on(name as "create", schedule);
	app.workspace.on("file-open", (file) => {
		for (const active of Array.from(list.querySelectorAll(".nav-file-title.is-active"))) active.removeClass("is-active");
		if (file) titles.get(file.path)?.addClass("is-active");
	});
	onChanged(() => {
		for (const [path, self] of titles) showChanged(self, path);
	});
	render();
	return root;
}
