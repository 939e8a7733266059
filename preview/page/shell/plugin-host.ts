/**
 * What Obsidian does with what a plugin registers: commands (and the command palette that runs them),
 * ribbon icons, views, settings tabs, status bar items, and the plugin's data. The mocks record these
 * registrations; here they become buttons, a palette and a settings window.
 */
import { Component, MarkdownView, Modal, Plugin, Setting, type App, type Command, type MarkdownPostProcessor, type MarkdownPostProcessorContext, type PluginSettingTab, type ViewCreator } from "obsidian";
import { setIcon } from "./icons";
import { originalMethod } from "./original";
import { withEditor } from "./note-view";
import { fuzzyScore } from "./overlays";
import { viewRegistry } from "./workspace";
import { codeBlockProcessors } from "./code-blocks";

type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => unknown;

export interface RegisteredCommand {
	/** The id Obsidian uses: `plugin-id:command-id`. */
	id: string;
	name: string;
	command: Command;
}

/** Every command the plugin registered, by full id. */
export const commandRegistry = new Map<string, RegisteredCommand>();
const settingTabs: PluginSettingTab[] = [];

interface HostElements {
	ribbonActionsEl: HTMLElement;
	ribbonSettingsEl: HTMLElement;
	statusBarEl: HTMLElement;
}

let app: App | null = null;

function activeMarkdownView(): MarkdownView | null {
	const editorInfo = app?.workspace.activeEditor;
	return editorInfo instanceof MarkdownView ? editorInfo : null;
}

/** Whether a command can run now, as the palette decides which commands to list. */
export function commandAvailable(entry: RegisteredCommand): boolean {
	const { command } = entry;
	try {
		if (command.callback) return true;
		if (command.checkCallback) return command.checkCallback(true) === true;
		const view = activeMarkdownView();
		if (!view) return false;
		if (command.editorCheckCallback) return command.editorCheckCallback(true, view.editor, view) === true;
		return Boolean(command.editorCallback);
	} catch (err) {
		console.error(`preview: checking command ${entry.id} failed`, err);
		return false;
	}
}

/** Runs a command as the palette or a hotkey would. Resolves to false when it is not available now. */
export async function executeCommand(entry: RegisteredCommand): Promise<boolean> {
	if (!commandAvailable(entry)) return false;
	const { command } = entry;
	if (command.callback) {
		await command.callback();
		return true;
	}
	if (command.checkCallback) {
		command.checkCallback(false);
		return true;
	}
	const view = activeMarkdownView();
	if (!view) return false;
	await withEditor(view, (): unknown => {
		if (command.editorCheckCallback) return command.editorCheckCallback(false, view.editor, view);
		const result: unknown = command.editorCallback?.(view.editor, view);
		return result;
	});
	return true;
}

export function findCommand(id: string): RegisteredCommand | undefined {
	return commandRegistry.get(id) ?? [...commandRegistry.values()].find((entry) => entry.id.endsWith(`:${id}`));
}

/**
 * The command palette (Ctrl/Cmd+P): the available commands, filtered as you type; Enter runs one.
 * Stands in for Obsidian's core "Command palette" plugin, which lists what
 * https://docs.obsidian.md/Reference/TypeScript+API/Plugin/addCommand registered.
 */
class CommandPalette extends Modal {
	private readonly inputEl: HTMLInputElement;
	private readonly resultsEl: HTMLElement;
	private shown: RegisteredCommand[] = [];
	private selected = 0;

	constructor(hostApp: App) {
		super(hostApp);
		this.modalEl.addClass("prompt", "preview-command-palette");
		const inputContainer = this.modalEl.createDiv("prompt-input-container");
		this.inputEl = inputContainer.createEl("input", {
			cls: "prompt-input",
			attr: { type: "text", placeholder: "Select a command...", "aria-label": "Command palette", enterkeyhint: "done" },
		});
		this.resultsEl = this.modalEl.createDiv("prompt-results");
		const instructions = this.modalEl.createDiv("prompt-instructions");
		for (const [command, purpose] of [["↑↓", "to navigate"], ["↵", "to use"], ["esc", "to dismiss"]] as const) {
			const el = instructions.createDiv("prompt-instruction");
			el.createSpan({ cls: "prompt-instruction-command", text: command });
			el.createSpan({ text: purpose });
		}
		this.inputEl.addEventListener("input", () => this.render());
		this.inputEl.addEventListener("keydown", (evt) => {
			if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
				evt.preventDefault();
				this.select(this.selected + (evt.key === "ArrowDown" ? 1 : -1));
			} else if (evt.key === "Enter" && !evt.isComposing) {
				evt.preventDefault();
				const entry = this.shown[this.selected];
				if (entry) this.run(entry);
			}
		});
	}

	onOpen(): void {
		this.inputEl.value = "";
		this.render();
		this.inputEl.focus();
	}

	private render(): void {
		const query = this.inputEl.value;
		const scored: { entry: RegisteredCommand; score: number }[] = [];
		for (const entry of commandRegistry.values()) {
			if (!commandAvailable(entry)) continue;
			const score = fuzzyScore(query, entry.name);
			if (score !== null) scored.push({ entry, score });
		}
		scored.sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name));
		this.shown = scored.map((s) => s.entry);
		this.resultsEl.empty();
		if (this.shown.length === 0) {
			this.resultsEl.createDiv({ cls: "suggestion-empty", text: "No commands found." });
			return;
		}
		this.shown.forEach((entry, index) => {
			const el = this.resultsEl.createDiv({ cls: "suggestion-item mod-complex", attr: { "data-command-id": entry.id } });
			const content = el.createDiv("suggestion-content").createDiv("suggestion-title");
			const colon = entry.name.indexOf(": ");
			if (colon > 0) {
				content.createSpan({ cls: "suggestion-prefix", text: entry.name.slice(0, colon + 2) });
				content.createSpan({ text: entry.name.slice(colon + 2) });
			} else {
				content.textContent = entry.name;
			}
			el.addEventListener("mousemove", () => this.select(index));
			el.addEventListener("click", () => this.run(entry));
		});
		this.select(0);
	}

	private select(index: number): void {
		if (this.shown.length === 0) return;
		this.selected = (index + this.shown.length) % this.shown.length;
		const els = this.resultsEl.querySelectorAll(".suggestion-item");
		els.forEach((el, i) => el.toggleClass("is-selected", i === this.selected));
		els[this.selected]?.scrollIntoView({ block: "nearest" });
	}

	private run(entry: RegisteredCommand): void {
		this.close();
		executeCommand(entry).catch((err: unknown) => console.error(`preview: command ${entry.id} failed`, err));
	}
}

export function openCommandPalette(hostApp: App): void {
	new CommandPalette(hostApp).open();
}

/** The settings window: the plugin's setting tabs, as in Obsidian's Settings > Community plugins. */
class SettingsModal extends Modal {
	onOpen(): void {
		this.modalEl.addClass("mod-settings", "mod-sidebar-layout");
		this.setTitle("Settings");
		const tab = settingTabs[0];
		if (!tab) {
			this.contentEl.createDiv({ cls: "setting-item-description", text: "This plugin has no settings tab." });
			return;
		}
		tab.containerEl.addClass("vertical-tab-content");
		this.contentEl.appendChild(tab.containerEl);
		tab.display();
	}

	onClose(): void {
		for (const tab of settingTabs) tab.hide();
		this.contentEl.empty();
	}
}

/**
 * Where the page keeps what the plugin saved: the tab's sessionStorage, so that a reload (Obsidian started again)
 * reads back the data.json the plugin last wrote, as Obsidian would; a new tab starts from the vault's own file.
 */
const SAVED_DATA_KEY = "preview:plugin-data";

/** What the plugin saved in this tab before a reload, or undefined when it saved nothing here. */
function savedInTab(): unknown {
	try {
		const saved = window.sessionStorage.getItem(SAVED_DATA_KEY);
		return saved === null ? undefined : (JSON.parse(saved) as unknown);
	} catch {
		return undefined;
	}
}

/**
 * Installs the plugin-facing half of the shell on the mocks' Plugin class. Each replaced method names
 * the Obsidian API page it stands in for.
 */
export function installPluginHost(hostApp: App, elements: HostElements, initialData: unknown): void {
	app = hostApp;
	const proto = Plugin.prototype;
	const recordCommand = originalMethod<(this: Plugin, command: Command) => Command>(proto, "addCommand");
	const recordView = originalMethod<(this: Plugin, type: string, viewCreator: ViewCreator) => void>(proto, "registerView");
	const saved = savedInTab();
	let storedData: unknown = saved === undefined ? (initialData ?? null) : saved;

	// https://docs.obsidian.md/Reference/TypeScript+API/Plugin/addCommand
	proto.addCommand = function (this: Plugin, command: Command): Command {
		recordCommand.call(this, command);
		const entry: RegisteredCommand = {
			id: `${this.manifest.id}:${command.id}`,
			name: `${this.manifest.name}: ${command.name}`,
			command,
		};
		// Obsidian prefixes the command's id and name with the plugin's, on the object it was given.
		command.id = entry.id;
		command.name = entry.name;
		commandRegistry.set(entry.id, entry);
		this.register(() => commandRegistry.delete(entry.id));
		return command;
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/Plugin/removeCommand
	proto.removeCommand = function (this: Plugin, commandId: string): void {
		commandRegistry.delete(`${this.manifest.id}:${commandId}`);
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/Plugin/addRibbonIcon
	proto.addRibbonIcon = function (this: Plugin, icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = elements.ribbonActionsEl.createDiv({
			cls: "clickable-icon side-dock-ribbon-action",
			attr: { "aria-label": title, "data-tooltip-position": "right", role: "button", tabindex: "0" },
		});
		setIcon(el, icon);
		el.addEventListener("click", (evt) => {
			callback(evt);
		});
		el.addEventListener("keydown", (evt) => {
			if (evt.key === "Enter" || evt.key === " ") el.click();
		});
		this.register(() => el.remove());
		return el;
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/Plugin/addStatusBarItem
	proto.addStatusBarItem = function (this: Plugin): HTMLElement {
		const el = elements.statusBarEl.createDiv(`status-bar-item plugin-${this.manifest.id}`);
		this.register(() => el.remove());
		return el;
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/Plugin/registerView
	proto.registerView = function (this: Plugin, type: string, viewCreator: ViewCreator): void {
		recordView.call(this, type, viewCreator);
		viewRegistry.set(type, viewCreator);
		this.register(() => {
			this.app.workspace.detachLeavesOfType(type);
			viewRegistry.delete(type);
		});
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/Plugin/registerMarkdownCodeBlockProcessor: the open note
	// draws the blocks of that language under its text (see code-blocks.ts).
	const recordCodeBlock = originalMethod<(this: Plugin, language: string, handler: CodeBlockHandler, sortOrder?: number) => MarkdownPostProcessor>(proto, "registerMarkdownCodeBlockProcessor");
	proto.registerMarkdownCodeBlockProcessor = function (this: Plugin, language: string, handler: CodeBlockHandler, sortOrder?: number): MarkdownPostProcessor {
		const processor = recordCodeBlock.call(this, language, handler, sortOrder);
		codeBlockProcessors.set(language.toLowerCase(), handler);
		this.register(() => codeBlockProcessors.delete(language.toLowerCase()));
		return processor;
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/Plugin/addSettingTab
	proto.addSettingTab = function (this: Plugin, settingTab: PluginSettingTab): void {
		settingTabs.push(settingTab);
		this.register(() => settingTabs.remove(settingTab));
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/Plugin/loadData: the vault's data.json if it has
	// one (else null, as Obsidian), or what the plugin saved before the page was reloaded; each call gets its own copy.
	proto.loadData = async function (this: Plugin): Promise<unknown> {
		await Promise.resolve();
		return storedData === null ? null : structuredClone(storedData);
	};
	// https://docs.obsidian.md/Reference/TypeScript+API/Plugin/saveData
	proto.saveData = async function (this: Plugin, data: unknown): Promise<void> {
		await Promise.resolve();
		storedData = structuredClone(data);
		try {
			window.sessionStorage.setItem(SAVED_DATA_KEY, JSON.stringify(data));
		} catch {
			// Storage full or refused: the data stays in memory until the page is reloaded.
		}
	};

	// https://docs.obsidian.md/Reference/TypeScript+API/Setting: Obsidian's classes on the mocks' elements.
	const settingProto = Setting.prototype as Setting & { constructor__(containerEl: HTMLElement): void };
	settingProto.constructor__ = function (this: Setting): void {
		this.settingEl.addClass("setting-item");
		this.infoEl.addClass("setting-item-info");
		this.nameEl.addClass("setting-item-name");
		this.descEl.addClass("setting-item-description");
		this.controlEl.addClass("setting-item-control");
		this.settingEl.prepend(this.infoEl);
	};

	const gear = elements.ribbonSettingsEl.createDiv({
		cls: "clickable-icon side-dock-ribbon-action",
		attr: { "aria-label": "Settings", "data-tooltip-position": "right", role: "button", tabindex: "0" },
	});
	setIcon(gear, "settings");
	gear.addEventListener("click", () => new SettingsModal(hostApp).open());

	// Obsidian's settings window (`app.setting`), which its public API does not describe and the mocks lack:
	// `open()` shows the settings, `openTabById(id)` a plugin's tab (the preview has only this plugin's).
	Object.assign(hostApp, { setting: { open: () => new SettingsModal(hostApp).open(), openTabById: () => undefined } });
}

/** The plugin's stored data (what saveData last stored), for the test hook. */
export async function storedPluginData(plugin: Plugin): Promise<unknown> {
	return plugin.loadData();
}

/**
 * Loads the plugin as Obsidian does: `load()` runs `onload()`, awaited when it returns a promise.
 * Stands in for https://docs.obsidian.md/Reference/TypeScript+API/Plugin/onload
 */
export async function loadPlugin(plugin: Plugin): Promise<void> {
	let pending: unknown = undefined;
	const onload = plugin.onload.bind(plugin);
	plugin.onload = (): void => {
		pending = onload();
	};
	(plugin as Component).load();
	await pending;
}
