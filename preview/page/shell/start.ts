/**
 * Starts the preview: loads the vault's notes into the in-memory vault, builds the window, loads the
 * plugin, then tells it the layout is ready, as Obsidian does at startup.
 */
import { MarkdownView, Notice, type App, type Plugin, type PluginManifest } from "obsidian";
import { App as MockApp, Workspace as MockWorkspace } from "obsidian-test-mocks/obsidian";
import PluginClass from "preview-plugin-entry";
import type { VaultJson } from "../../server";
import { buildFileExplorer } from "./file-explorer";
import { installPagePreview } from "./hover";
import { setIcon } from "./icons";
import { getLanguage } from "./language";
import { buildLayout } from "./layout";
import { installOverlays } from "./overlays";
import { installPluginHost, loadPlugin, openCommandPalette } from "./plugin-host";
import { evaluatePlugin } from "./built-plugin";
import { installBasesHost } from "./bases";
import { PhoneLayout, phoneRequested, setPhonePlatform } from "./phone";
import { installTestHook } from "./test-hook";
import { currentTheme, initialTheme, installTheme, setTheme } from "./theme";
import { changedNotes, downloadChangedNotes, installVault, isChangedPath, loadNotes, onChangesUpdated, trackChanges } from "./vault";
import { addShellPane, Dock, installViewActions, installWorkspace } from "./workspace";

const LANGUAGES: [string, string][] = [
	["en", "English"],
	["fr", "Français"],
];

function buildTitlebarActions(app: App, actionsEl: HTMLElement, vaultName: string): void {
	const palette = actionsEl.createEl("button", { cls: "preview-titlebar-button", attr: { "aria-label": "Open command palette (Ctrl/Cmd+P)" } });
	setIcon(palette.createSpan(), "terminal");
	palette.createSpan({ text: "Commands" });
	palette.addEventListener("click", () => openCommandPalette(app));

	const language = actionsEl.createEl("select", { cls: "dropdown preview-language", attr: { "aria-label": "Language" } });
	const current = getLanguage().slice(0, 2);
	for (const [code, label] of LANGUAGES) language.createEl("option", { text: label, attr: { value: code } });
	language.value = LANGUAGES.some(([code]) => code === current) ? current : "en";
	language.addEventListener("change", () => {
		const url = new URL(window.location.href);
		url.searchParams.set("lang", language.value);
		window.location.assign(url.toString());
	});

	const theme = actionsEl.createEl("button", { cls: "preview-titlebar-button preview-theme-toggle", attr: { "aria-label": "Switch light/dark" } });
	const paintTheme = (): void => setIcon(theme, currentTheme() === "dark" ? "sun" : "moon");
	paintTheme();
	app.workspace.on("css-change", paintTheme);
	theme.addEventListener("click", () => {
		setTheme(app, currentTheme() === "dark" ? "light" : "dark");
		paintTheme();
	});

	const download = actionsEl.createEl("button", { cls: "preview-titlebar-button mod-cta preview-download", attr: { "aria-label": "Download the notes changed in this preview" } });
	setIcon(download.createSpan(), "download");
	const label = download.createSpan({ text: "Download changed notes" });
	const refresh = (): void => {
		void changedNotes(app).then(({ changed, removed }) => {
			label.textContent = changed.length > 0 ? `Download changed notes (${changed.length})` : "Download changed notes";
			download.toggleClass("is-disabled", changed.length === 0);
			download.title = removed.length > 0 ? `Gone since loading (not in the download): ${removed.join(", ")}` : "";
		});
	};
	onChangesUpdated(refresh);
	refresh();
	download.addEventListener("click", () => {
		void downloadChangedNotes(app, vaultName).then((count) => {
			new Notice(count === 0 ? "No note has changed yet." : `Downloaded ${count} changed note${count === 1 ? "" : "s"}.`);
		});
	});
}

function showFatal(message: string, err: unknown): void {
	console.error(`preview: ${message}`, err);
	const el = document.body.createDiv("preview-fatal");
	el.createDiv({ cls: "preview-fatal-title", text: message });
	el.createEl("pre", { text: err instanceof Error ? (err.stack ?? err.message) : String(err) });
}

export async function start(): Promise<void> {
	setTheme(null, initialTheme());
	const response = await fetch("/api/vault");
	if (!response.ok) throw new Error(`the server answered ${response.status} for the vault`);
	const data = (await response.json()) as VaultJson;
	const manifest = data.manifest as unknown as PluginManifest;

	const mockApp = MockApp.createConfigured__({});
	const app = mockApp.asOriginalType__();
	app.vault.getName = () => data.name;
	// Obsidian keeps its language in localStorage; plugins may read it there too.
	try {
		if (getLanguage() === "en") window.localStorage.removeItem("language");
		else window.localStorage.setItem("language", getLanguage());
	} catch {
		// No storage: getLanguage() still answers.
	}

	const phone = phoneRequested();
	if (phone) setPhonePlatform();
	const layout = buildLayout(data.name, manifest.name, phone);
	document.body.removeClass("preview-loading");
	installTheme(app);
	installOverlays(layout.overlayEl);
	installVault(app);
	const docks = {
		left: new Dock("left", layout.leftSplitEl),
		root: new Dock("root", layout.rootSplitEl, "No file is open. Pick a note on the left, or press Ctrl+P for the command palette."),
		right: new Dock("right", layout.rightSplitEl, "Open a view of the plugin from the ribbon on the left or the command palette."),
	};
	installWorkspace(app, docks);
	if (phone) {
		const phoneLayout = new PhoneLayout(app, layout, docks);
		for (const dock of [docks.left, docks.root, docks.right]) dock.onActivate = (activated) => phoneLayout.activated(activated);
	}
	installViewActions();
	installPluginHost(app, layout, data.pluginData);
	installBasesHost();
	let plugin: Plugin | null = null;
	installPagePreview(app, layout.overlayEl, () => plugin);
	buildTitlebarActions(app, layout.titlebarActionsEl, data.name);
	(app.workspace as { containerEl: HTMLElement }).containerEl = layout.rootSplitEl.parentElement ?? document.body;

	document.addEventListener("keydown", (evt) => {
		if ((evt.ctrlKey || evt.metaKey) && !evt.altKey && !evt.shiftKey && evt.key.toLowerCase() === "p") {
			evt.preventDefault();
			openCommandPalette(app);
		}
	});

	await loadNotes(app, data.files);
	trackChanges(app);
	addShellPane(docks.left, buildFileExplorer(app, isChangedPath, onChangesUpdated), "folder-closed", "Files");

	const params = new URLSearchParams(window.location.search);
	const hook = installTestHook(app, () => plugin, params.has("hold"));
	const script = data.pluginScript === null ? null : await (await fetch(data.pluginScript)).text();
	// `?hold`: the notes are in; the plugin loads when `window.preview.release()` is called (the start-up bench slows the CPU first).
	await hook.released;
	try {
		// The plugin's load, timed as Obsidian's start: main.js evaluated (a built one), then its class made and its onload run.
		performance.mark("preview:plugin-start");
		const Loaded = script === null ? PluginClass : evaluatePlugin(script);
		performance.mark("preview:plugin-evaluated");
		plugin = new Loaded(app, manifest);
		await loadPlugin(plugin);
		performance.mark("preview:plugin-loaded");
	} catch (err) {
		showFatal("The plugin failed to load.", err);
	}
	// `?leaf=<view type>`: a view of the plugin open in the right sidebar before the layout is ready, as Obsidian restores the last session's leaves.
	const restored = params.get("leaf");
	if (restored) await window.preview?.openView(restored).catch((err: unknown) => console.error(`preview: the view ${restored} could not be restored`, err));

	// Obsidian opens the last note; the preview opens `?file=` or the first note, then says the layout is ready.
	const asked = params.get("file");
	const first = (asked ? app.vault.getFileByPath(asked) : null) ?? app.vault.getMarkdownFiles().sort((a, b) => a.path.localeCompare(b.path))[0];
	if (first) await app.workspace.getLeaf(false).openFile(first);
	performance.mark("preview:layout-ready");
	MockWorkspace.fromOriginalType2__(app.workspace).setLayoutReady__();
	app.workspace.trigger("layout-change");
	app.metadataCache.trigger("resolved");
	hook.markReady();
	document.body.setAttr("data-preview-ready", "true");
	if (!(app.workspace.activeLeaf?.view instanceof MarkdownView) && first) console.warn("preview: the first note did not open");
}

export function startOrReport(): void {
	start().catch((err: unknown) => showFatal("The preview failed to start.", err));
}
