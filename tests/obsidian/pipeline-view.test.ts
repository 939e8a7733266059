/**
 * @jest-environment jsdom
 */
import { App, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import type { App as ObsidianApp } from "obsidian";
import { flush, makeApp } from "../helpers/obsidian-app";
import { Studio } from "../../src/obsidian/shared/studio";
import { IdeaPipeline } from "../../src/obsidian/pipeline/idea-pipeline";
import { BoardActions } from "../../src/obsidian/pipeline/board-actions";
import { PIPELINE_VIEW_TYPE, PipelineView } from "../../src/obsidian/pipeline/pipeline-view";
import { openPipelineView } from "../../src/obsidian/pipeline/open-pipeline-view";
import { CaptureIdeaModal } from "../../src/obsidian/pipeline/capture-idea-modal";
import { DEFAULT_SETTINGS } from "../../src/core/settings/studio-settings";
import type { Language } from "../../src/core/i18n/language";
import manifest from "../../manifest.json";
import { Notice } from "obsidian";
import { freezeDate } from "../helpers/frozen-date";

const files = {
	"Journal/2024-02-22.md": "---\ntags: [journal]\n---\n## Idées de posts\n- Lire des livres sur le sujet\n",
	"Idées/Une étincelle.md": "---\ntype: idea\nstatus: spark\ncreated: 2024-03-01T10:00\nsource: \"[[2024-02-22]]\"\ntags: [linkedin]\n---\n",
	"Idées/À creuser.md": "---\ntype: idea\nstatus: ' Think '\n---\n",
	"Idées/Bizarre.md": "---\ntype: idea\nstatus: peut-être\n---\n",
};

/**
 * Opens a board on a started studio, or hands the studio to `later` to start it when the test says;
 * `inTab` puts its leaf in the main area (`.mod-root`), as a tab is in Obsidian.
 */
async function openBoard(app: ObsidianApp, language: Language, later?: (studio: Studio) => void, inTab = false): Promise<PipelineView> {
	const storage = { loadData: () => Promise.resolve(null), saveData: () => Promise.resolve(), registerEvent: () => undefined };
	const studio = new Studio(app, { ...manifest, dir: ".obsidian/plugins/x" }, storage, DEFAULT_SETTINGS, language);
	if (later) later(studio);
	else await studio.start();
	const pipeline = new IdeaPipeline(app, studio);
	const view = new PipelineView(WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__(), studio, pipeline, new BoardActions(app, pipeline, studio.translate));
	document.body.empty();
	document.body.createDiv({ cls: inTab ? "workspace-split mod-root" : "workspace-split mod-right-split" }).appendChild(view.containerEl);
	await view.onOpen();
	return view;
}

function lanes(view: PipelineView): string[] {
	return Array.from(view.contentEl.querySelectorAll(".tls-lane")).map((lane) => {
		const title = lane.querySelector(".tls-lane-title")?.textContent ?? "";
		const count = lane.querySelector(".tls-lane-count")?.textContent ?? "";
		const cards = Array.from(lane.querySelectorAll(".tls-card-title")).map((c) => c.textContent);
		return `${title} (${count}): ${cards.join(", ")}`;
	});
}

describe("the pipeline board", () => {
	afterEach(() => jest.restoreAllMocks());

	it("shows the inbox, every stage in order with its count, and an Other lane for an unknown status", async () => {
		const view = await openBoard(makeApp(files), "fr");
		expect(lanes(view)).toEqual([
			"Boîte de réception (1): Lire des livres sur le sujet",
			"Réfléchir (1): À creuser",
			"Étincelle (1): Une étincelle",
			"Investir (0): ",
			"Réinvestir (0): ",
			"Autres (1): Bizarre",
		]);
		expect(view.contentEl.querySelector(".tls-card-warning")?.textContent).toContain("peut-être");
	});

	it("says how far it is in reading the notes, a few times a second, and nothing is empty until the first pass is done", async () => {
		const many: Record<string, string> = { ...files };
		for (let i = 1; i <= 300; i++) many[`Journal/Carnet n°${i}.md`] = `---\ntags: [journal]\n---\nUne page du carnet n°${i}.\n`;
		let studio: Studio | null = null;
		const view = await openBoard(makeApp(many), "fr", (s) => (studio = s));
		const loading = view.contentEl.querySelector<HTMLElement>(".tls-board-loading");
		if (!loading) throw new Error("no loading line");
		// Before the pass has listed the notes, the board does not count them itself: a restored view waits for the pass.
		expect(loading.textContent).toBe("Lecture de vos notes…");
		expect(view.contentEl.querySelectorAll(".tls-lane-empty")).toHaveLength(0);
		const seen: string[] = [];
		new MutationObserver(() => seen.push(loading.textContent ?? "")).observe(loading, { childList: true, characterData: true, subtree: true });
		// Each call of the clock is 5 ms of work: the pass yields every 10 ms, and says how far it is every 250 ms.
		let clock = 0;
		jest.spyOn(performance, "now").mockImplementation(() => (clock += 5));
		await (studio as Studio | null)?.start();
		await flush();
		const counts = seen.map((text) => /^Lecture de vos notes\u00a0: (\d+) \/ 304$/.exec(text)?.[1]).filter((read) => read !== undefined).map(Number);
		expect(counts.length).toBeGreaterThanOrEqual(3);
		expect(counts.some((read) => read > 0 && read < 304)).toBe(true);
		expect(counts).toEqual([...counts].sort((a, b) => a - b));
		// Never more often than every 250 ms of work: at least a few dozen notes between two counts.
		expect(counts.length).toBeLessThan(304 / 10);
		expect(loading.classList.contains("is-hidden")).toBe(true);
		expect(lanes(view)[2]).toBe("Étincelle (1): Une étincelle");
	});

	it("shows the board of the last start at once at the next one, while the notes are read, then the board as the notes are now", async () => {
		const app = makeApp(files);
		const first = await openBoard(app, "fr");
		const before = lanes(first);
		// Closed (Obsidian quit): what it showed is kept for the next start on this device.
		await first.onClose();
		// Meanwhile, on another device: an idea moved on to Spark.
		await app.vault.modify(app.vault.getFileByPath("Idées/À creuser.md")!, "---\ntype: idea\nstatus: spark\n---\n");
		let studio: Studio | null = null;
		const next = await openBoard(app, "fr", (s) => (studio = s));
		expect(lanes(next)).toEqual(before);
		expect(next.contentEl.querySelector(".tls-board-loading")?.classList.contains("is-hidden")).toBe(false);
		// A board in English is drawn otherwise: the French one's snapshot is not its own.
		expect(lanes(await openBoard(app, "en", () => undefined))).toEqual(["Inbox (0): ", "Think (0): ", "Spark (0): ", "Invest (0): ", "Re-invest (0): "]);
		await (studio as Studio | null)?.start();
		await flush();
		expect(lanes(next).slice(1, 3)).toEqual(["Réfléchir (0): ", expect.stringMatching(/^Étincelle \(2\): (Une étincelle, À creuser|À creuser, Une étincelle)$/)]);
	});

	it("draws a board of hundreds of new cards in steps: every count and each lane's first 20 cards at once, the rest in the next tasks, in order", async () => {
		const many: Record<string, string> = { ...files };
		for (let i = 1; i <= 300; i++) many[`Idées/Douter : « avancer » n°${i}.md`] = `---\ntype: idea\nstatus: spark\ncreated: 2024-03-01T10:${String(i % 60).padStart(2, "0")}\n---\n`;
		const view = await openBoard(makeApp(many), "fr");
		const spark = (): string[] => Array.from(view.contentEl.querySelectorAll('.tls-lane[data-lane="spark"] .tls-card-title')).map((el) => el.textContent ?? "");
		expect(view.contentEl.querySelector('.tls-lane[data-lane="spark"] .tls-lane-count')?.textContent).toBe("301");
		const first = spark();
		expect(first).toHaveLength(20);
		for (let task = 0; task < 100 && spark().length < 301; task++) await new Promise((done) => window.setTimeout(done, 0));
		const whole = spark();
		expect(whole).toHaveLength(301);
		expect(whole.slice(0, 20)).toEqual(first);
		expect(new Set(whole).size).toBe(301);
		// In the board's order: the latest created first, then by title, n°59 before n°119.
		const collator = new Intl.Collator("fr", { numeric: true });
		const minute = (title: string): number => (title === "Une étincelle" ? 0 : Number(/n°(\d+)$/.exec(title)?.[1]) % 60);
		expect(whole).toEqual([...whole].sort((a, b) => minute(b) - minute(a) || collator.compare(a, b)));
	});

	it("stops saying it is reading 3 s after the start when IndexedDB never opens, as WebKit on iOS may do", async () => {
		// An IndexedDB whose open request is never answered.
		Object.defineProperty(window, "indexedDB", { value: { open: () => ({}) }, configurable: true });
		const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
		let studio: Studio | null = null;
		jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
		try {
			const view = await openBoard(makeApp(files), "fr", (s) => (studio = s));
			const loading = view.contentEl.querySelector(".tls-board-loading");
			void (studio as Studio | null)?.start();
			await jest.advanceTimersByTimeAsync(2900);
			expect(loading?.classList.contains("is-hidden")).toBe(false);
			await jest.advanceTimersByTimeAsync(200);
			expect(loading?.classList.contains("is-hidden")).toBe(true);
			expect(lanes(view)[2]).toBe("Étincelle (1): Une étincelle");
			expect(warn).toHaveBeenCalledWith(expect.stringContaining("The index cache could not be loaded"), expect.any(Error));
			(studio as Studio | null)?.stop();
		} finally {
			jest.useRealTimers();
			Reflect.deleteProperty(window, "indexedDB");
		}
	});

	it("speaks English when Obsidian does", async () => {
		const view = await openBoard(makeApp(files), "en");
		expect(lanes(view)[0]).toBe("Inbox (1): Lire des livres sur le sujet");
		expect(view.contentEl.querySelector(".tls-card-source")?.textContent).toBe("from 2024-02-22");
	});

	it("shows a status edited by hand at the next index update, re-rendering only the lanes that changed", async () => {
		jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
		try {
			const app = makeApp(files);
			const opening = openBoard(app, "en");
			await jest.advanceTimersByTimeAsync(100);
			const view = await opening;
			const untouchedLane = view.contentEl.querySelector('[data-lane="re-invest"]');
			const file = app.vault.getFileByPath("Idées/Une étincelle.md");
			if (!file) throw new Error("fixture");
			const editing = app.vault.process(file, (text) => text.replace("status: spark", "status: Invest"));
			// The board gathers index changes for 30 ms before it renders.
			await jest.advanceTimersByTimeAsync(100);
			await editing;
			await jest.advanceTimersByTimeAsync(100);
			expect(lanes(view)[2]).toBe("Spark (0): ");
			expect(lanes(view)[3]).toBe("Invest (1): Une étincelle");
			expect(view.contentEl.querySelector('[data-lane="re-invest"]')).toBe(untouchedLane);
		} finally {
			jest.useRealTimers();
		}
	});

	it("filters by text without regard to accents, and keeps the filter in its view state", async () => {
		const view = await openBoard(makeApp(files), "en");
		const search = view.contentEl.querySelector<HTMLInputElement>(".tls-board-search");
		if (!search) throw new Error("no search box");
		search.value = "etincelle";
		search.dispatchEvent(new Event("input"));
		expect(lanes(view).filter((l) => !l.endsWith(": "))).toEqual(["Spark (1): Une étincelle"]);
		expect(view.getState()).toMatchObject({ filter: { text: "etincelle", tag: null, source: null }, sort: "created" });
	});

	it("shows note text as text, never as HTML", async () => {
		const view = await openBoard(makeApp({ "Idées/<img src=x onerror=alert(1)>.md": "---\ntype: idea\nstatus: spark\n---\n" }), "en");
		expect(view.contentEl.querySelector("img")).toBeNull();
		expect(view.contentEl.querySelector(".tls-card-title")?.textContent).toBe("<img src=x onerror=alert(1)>");
	});

	it("lays the board out by its place: stacked lanes in the side panel, columns in a main tab", async () => {
		const side = await openBoard(makeApp(files), "fr");
		expect(side.place).toBe("side");
		expect(side.contentEl.classList.contains("is-side")).toBe(true);
		const tab = await openBoard(makeApp(files), "fr", undefined, true);
		expect(tab.place).toBe("tab");
		expect(tab.contentEl.classList.contains("is-tab")).toBe(true);
	});

	it("collapses a lane from its title and keeps it collapsed in a board opened later in the same place, not in the other", async () => {
		const app = makeApp(files);
		const first = await openBoard(app, "fr", undefined, true);
		const toggle = first.contentEl.querySelector<HTMLButtonElement>('[data-lane="think"] .tls-lane-toggle');
		expect(toggle?.textContent).toBe("Réfléchir");
		toggle?.click();
		expect(first.contentEl.querySelector('[data-lane="think"]')?.classList.contains("is-collapsed")).toBe(true);
		expect(toggle?.getAttribute("aria-expanded")).toBe("false");
		await first.onClose();
		const again = await openBoard(app, "fr", undefined, true);
		expect(again.contentEl.querySelector('[data-lane="think"]')?.classList.contains("is-collapsed")).toBe(true);
		const side = await openBoard(app, "fr");
		expect(side.contentEl.querySelector('[data-lane="think"]')?.classList.contains("is-collapsed")).toBe(false);
	});

	it("captures an idea from a stage's \"+\" straight into that stage", async () => {
		const app = makeApp(files);
		const view = await openBoard(app, "fr");
		const add = view.contentEl.querySelector<HTMLButtonElement>('[data-lane="invest"] .tls-lane-add');
		expect(add?.getAttribute("aria-label")).toBe("Capturer une idée dans Investir");
		expect(view.contentEl.querySelector("[data-lane='__inbox'] .tls-lane-add")).toBeNull();
		// The in-memory Modal closes itself at once: keep the dialog open, as Obsidian does.
		const dialogs: CaptureIdeaModal[] = [];
		jest.spyOn(CaptureIdeaModal.prototype, "open").mockImplementation(function (this: CaptureIdeaModal) {
			dialogs.push(this);
			this.onOpen();
		});
		add?.click();
		expect(dialogs[0]?.titleEl.textContent).toBe("Capturer une idée dans Investir");
		const input = dialogs[0]?.contentEl.querySelector<HTMLInputElement>("input.tls-capture-idea");
		if (!input) throw new Error("no capture dialog");
		input.value = "Le doute : « une méthode » qui s'apprend";
		input.dispatchEvent(new Event("input"));
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await flush();
		const created = app.vault.getMarkdownFiles().find((f) => f.path.startsWith("Idées/Le doute"));
		if (!created) throw new Error("no idea note created");
		const text = await app.vault.read(created);
		expect(text).toMatch(/^---\ntype: idea\nstatus: invest\n/);
		expect(text).toContain("\nLe doute : « une méthode » qui s'apprend\n");
	});

	it("shows \"2 / 7\" in a lane's count when a filter hides cards, and says so in words", async () => {
		const view = await openBoard(makeApp(files), "fr");
		const search = view.contentEl.querySelector<HTMLInputElement>(".tls-board-search");
		if (!search) throw new Error("no search box");
		const count = (key: string): Element | null => view.contentEl.querySelector(`[data-lane="${key}"] .tls-lane-count`);
		expect(count("spark")?.textContent).toBe("1");
		expect(count("spark")?.getAttribute("aria-label")).toBe("Idées\u00a0: 1");
		search.value = "bizarre";
		search.dispatchEvent(new Event("input"));
		expect(count("spark")?.textContent).toBe("0 / 1");
		expect(count("spark")?.getAttribute("aria-label")).toBe("Affichées\u00a0: 0 sur 1\u00a0; un filtre en masque 1");
		expect(count("__inbox")?.textContent).toBe("0 / 1");
		expect(count("__other")?.textContent).toBe("1");
	});

	it("learns new tags and sources in its filter menus as the vault changes, keeping the search field's focus", async () => {
		jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
		try {
			const app = makeApp(files);
			const opening = openBoard(app, "fr");
			await jest.advanceTimersByTimeAsync(100);
			const view = await opening;
			const search = view.contentEl.querySelector<HTMLInputElement>(".tls-board-search");
			search?.focus();
			const options = (cls: string): string[] => Array.from(view.contentEl.querySelectorAll(`.${cls} option`)).map((o) => o.textContent ?? "");
			expect(options("tls-board-tag")).toEqual(["Tous les tags", "#linkedin"]);
			await app.vault.create("Réflexions/L'art de dire non.md", "---\ntags: [journal]\n---\n## Idées de posts\n- Dire non : « une politesse »\n");
			await app.vault.create("Idées/Écrire court.md", "---\ntype: idea\nstatus: spark\ntags: [écriture]\nsource: \"[[L'art de dire non]]\"\n---\n");
			// The board gathers index changes for 30 ms before it renders.
			await jest.advanceTimersByTimeAsync(100);
			expect(options("tls-board-tag")).toEqual(["Tous les tags", "#écriture", "#linkedin"]);
			expect(options("tls-board-source")).toContain("L'art de dire non");
			expect(document.activeElement).toBe(search);
		} finally {
			jest.useRealTimers();
		}
	});

	it("names each button and menu after what it does and to what", async () => {
		const app = makeApp({ ...files, "Journal/2024-02-23.md": "---\ntags: [journal]\n---\n## Idées de posts\n- Écrire « sans filet »\n" });
		const view = await openBoard(app, "fr");
		const labels = (selector: string): (string | null)[] => Array.from(view.contentEl.querySelectorAll(selector)).map((el) => el.getAttribute("aria-label"));
		expect(labels(".tls-card-promote").sort()).toEqual(["Promouvoir «\u00a0Lire des livres sur le sujet\u00a0» en note d'idée", "Promouvoir «\u00a0Écrire « sans filet »\u00a0» en note d'idée"].sort());
		expect(labels(".tls-board-sort")).toEqual(["Trier les idées"]);
		expect(labels(".tls-board-tag")).toEqual(["Filtrer les idées par tag"]);
		expect(labels(".tls-board-source")).toEqual(["Filtrer les idées par note source"]);
		expect(labels('[data-lane="spark"] .tls-card-menu')).toEqual(["Actions pour «\u00a0Une étincelle\u00a0»"]);
	});

	it("keeps its filter menus behind a Filters button that opens them and counts the filters on", async () => {
		const view = await openBoard(makeApp(files), "fr");
		const toggle = view.contentEl.querySelector<HTMLButtonElement>(".tls-board-filters-toggle")!;
		const menus = view.contentEl.querySelector<HTMLElement>(`#${toggle.getAttribute("aria-controls") ?? ""}`)!;
		expect([toggle.textContent, toggle.getAttribute("aria-expanded"), menus.hasClass("is-open")]).toEqual(["Filtres", "false", false]);
		expect(menus.querySelectorAll("select")).toHaveLength(5);
		toggle.click();
		expect([toggle.getAttribute("aria-expanded"), menus.hasClass("is-open")]).toEqual(["true", true]);
		const tag = menus.querySelector<HTMLSelectElement>(".tls-board-tag")!;
		tag.value = "linkedin";
		tag.dispatchEvent(new Event("change"));
		expect(toggle.textContent).toBe("Filtres (1)");
		expect(view.contentEl.querySelectorAll(".tls-lane:not(.tls-lane-inbox) .tls-card[data-path]").length).toBeGreaterThan(0);
		tag.value = "";
		tag.dispatchEvent(new Event("change"));
		expect(toggle.textContent).toBe("Filtres");
	});

	it("gives the focus to its first card when a person opens it", async () => {
		const view = await openBoard(makeApp(files), "fr");
		view.focusBoard();
		expect((document.activeElement as HTMLElement | null)?.dataset.path).toBe("Idées/À creuser.md");
	});

	it("sorts the inbox with the sort menu", async () => {
		const app = makeApp({
			"Journal/2024-02-22.md": "---\ntags: [journal]\ncreated: 2024-02-22\n---\n## Idées de posts\n- Zéro brouillon\n- Avant tout : écouter\n",
			"Journal/2024-03-01.md": "---\ntags: [journal]\ncreated: 2024-03-01\n---\n## Idées de posts\n- L'erreur du client\n",
		});
		const view = await openBoard(app, "fr");
		const inbox = (): string[] => Array.from(view.contentEl.querySelectorAll(".tls-inbox-open")).map((el) => el.textContent ?? "");
		expect(inbox()).toEqual(["L'erreur du client", "Zéro brouillon", "Avant tout : écouter"]);
		const sort = view.contentEl.querySelector<HTMLSelectElement>(".tls-board-sort");
		if (!sort) throw new Error("no sort menu");
		sort.value = "title";
		sort.dispatchEvent(new Event("change"));
		expect(inbox()).toEqual(["Avant tout : écouter", "L'erreur du client", "Zéro brouillon"]);
	});

	it("shows an item that two notes hold once, \"in 2 notes\", each note reachable", async () => {
		const app = makeApp({
			"Journal/2024-02-22.md": "---\ntags: [journal]\n---\n## Idées de posts\n- L'art de dire non\n",
			"Réflexions/Limites.md": "---\ntags: [journal]\n---\n## Idées de posts\n- L'art de dire  non\n",
		});
		const view = await openBoard(app, "fr");
		const cards = view.contentEl.querySelectorAll(".tls-inbox-card");
		expect(cards).toHaveLength(1);
		expect(cards[0]?.querySelector(".tls-inbox-count")?.textContent).toBe("dans 2 notes\u00a0:");
		expect(Array.from(cards[0]?.querySelectorAll("a.tls-card-source") ?? []).map((a) => a.textContent).sort()).toEqual(["2024-02-22", "Limites"]);
	});

	it("opens an inbox item's note at the item's line, found in the note's text when clicked", async () => {
		const note = "---\ntags: [journal]\n---\nUne matinée.\n\n## Idées de posts\n- Premier point\n- Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]]\n";
		const app = makeApp({ "Journal/2024-02-22.md": note });
		const view = await openBoard(app, "fr");
		const opened: { path: string; state: unknown }[] = [];
		const leaf = { openFile: (file: { path: string }, state: unknown) => Promise.resolve(void opened.push({ path: file.path, state })) };
		app.workspace.getLeaf = (() => leaf) as unknown as typeof app.workspace.getLeaf;
		const title = Array.from(view.contentEl.querySelectorAll<HTMLButtonElement>(".tls-inbox-open")).find((el) => el.textContent?.startsWith("Ce que"));
		expect(title?.getAttribute("aria-label")).toMatch(/^Ouvrir «\u00a0Ce que m'a appris .*\u00a0» dans 2024-02-22$/);
		title?.click();
		await flush();
		expect(opened).toEqual([{ path: "Journal/2024-02-22.md", state: { active: true, eState: { line: 7 } } }]);
	});

	it("opens a paragraph's idea at its line, and promotes it with its points under its words", async () => {
		const note = "---\ntags: [journal]\n---\nUne matinée.\n\n## Idées de posts\nLe « bon » client n'existe pas. Il se construit :\n- en l'écoutant\n- en lui disant [[L'art de dire non|non]]\n";
		const app = makeApp({ "Journal/2024-02-22.md": note });
		const view = await openBoard(app, "fr");
		const opened: { path: string; state: unknown }[] = [];
		const leaf = { openFile: (file: { path: string }, state: unknown) => Promise.resolve(void opened.push({ path: file.path, state })) };
		const getLeaf = app.workspace.getLeaf.bind(app.workspace);
		app.workspace.getLeaf = (() => leaf) as unknown as typeof app.workspace.getLeaf;
		view.contentEl.querySelector<HTMLButtonElement>(".tls-inbox-open")?.click();
		await flush();
		expect(opened).toEqual([{ path: "Journal/2024-02-22.md", state: { active: true, eState: { line: 6 } } }]);
		app.workspace.getLeaf = getLeaf;
		view.contentEl.querySelector<HTMLButtonElement>(".tls-card-promote")?.click();
		await flush();
		const idea = app.vault.getFileByPath("Idées/Le « bon » client n'existe pas.md");
		expect(idea && (await app.vault.read(idea)).replace(/^---\n[\s\S]*?\n---\n/, "")).toBe("Le « bon » client n'existe pas.\n\nIl se construit :\n- en l'écoutant\n- en lui disant [[L'art de dire non|non]]\n");
	});
});

describe("days in a stage", () => {
	beforeEach(() => freezeDate(new Date(2026, 11, 31, 9, 0)));
	afterEach(() => {
		jest.restoreAllMocks();
		jest.useRealTimers();
	});

	function cardText(view: PipelineView, title: string): string {
		const card = Array.from(view.contentEl.querySelectorAll(".tls-card")).find((el) => el.querySelector(".tls-card-title")?.textContent === title);
		return card?.querySelector(".tls-card-stalled")?.textContent ?? "";
	}

	it("shows on a card how long its idea waited once past 21 days, from the move that brought it there or, never moved, from its creation", async () => {
		const view = await openBoard(
			makeApp({
				"Idées/Douter : « avancer ».md": "---\ntype: idea\nstatus: spark\nstage-since: 2026-12-08\ncreated: 2025-01-01T10:00\n---\n",
				"Idées/L'erreur du client.md": "---\ntype: idea\nstatus: think\ncreated: 2026-12-01T18:00\n---\n",
				"Idées/Tout juste arrivée.md": "---\ntype: idea\nstatus: invest\nstage-since: 2026-12-20\ncreated: 2024-01-01T10:00\n---\n",
			}),
			"fr",
		);
		expect(cardText(view, "Douter : « avancer »")).toBe("23 jours dans cette étape");
		expect(cardText(view, "L'erreur du client")).toBe("30 jours dans cette étape, depuis sa création");
		expect(cardText(view, "Tout juste arrivée")).toBe("");
		// Counted from its creation, the days say its age: the card does not say it twice.
		const ages = Array.from(view.contentEl.querySelectorAll(".tls-card")).map((el) => [el.querySelector(".tls-card-title")?.textContent, el.querySelector(".tls-card-age") !== null]);
		expect(Object.fromEntries(ages)).toEqual({ "Douter : « avancer »": true, "L'erreur du client": false, "Tout juste arrivée": true });
	});

	it("writes the day of a move next to the status, and the Notice's Undo takes both back byte for byte", async () => {
		const messages: { messageEl: HTMLElement }[] = [];
		jest.spyOn(Notice.prototype as unknown as { constructor__(message: string): void }, "constructor__").mockImplementation(function (this: { messageEl: HTMLElement }) {
			messages.push(this);
		});
		const path = "Idées/Douter : « avancer ».md";
		const text = "---\ntype: idea\nstatus: spark   # où elle en est\nstage-since: 2026-10-01\ncreated: 2025-01-01T10:00\n---\nDouter : « avancer »\n";
		const app = makeApp({ [path]: text });
		const view = await openBoard(app, "fr");
		const card = view.contentEl.querySelector<HTMLElement>(`.tls-card[data-path="${path}"]`);
		if (!card) throw new Error("no card");
		expect(card.querySelector(".tls-card-stalled")?.textContent).toBe("91 jours dans cette étape");
		card.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", shiftKey: true, bubbles: true }));
		await flush();
		const file = app.vault.getFileByPath(path)!;
		expect(await app.vault.read(file)).toBe(text.replace("status: spark   # où elle en est\nstage-since: 2026-10-01\n", "status: invest   # où elle en est\nstage-since: 2026-12-31\n"));
		const notice = messages.at(-1);
		expect(notice?.messageEl.textContent).toContain("déplacée vers Investir");
		notice?.messageEl.querySelector("button")?.click();
		await flush();
		expect(await app.vault.read(file)).toBe(text);
	});
});

describe("the pipeline board's empty lanes", () => {
	afterEach(() => jest.restoreAllMocks());

	const text = (view: PipelineView, key: string): string | null | undefined => view.contentEl.querySelector(`[data-lane="${key}"] .tls-lane-empty`)?.textContent;

	it("say what brings ideas there: a capture or a promotion into the first stage, a move or the \"+\" into the others", async () => {
		const view = await openBoard(makeApp({ "Idées/Une étincelle.md": files["Idées/Une étincelle.md"] }), "fr");
		expect(text(view, "think")).toBe("Les idées capturées ou promues arrivent ici\u00a0; + en ajoute une.");
		expect(text(view, "invest")).toBe("Déplacez une idée ici, ou ajoutez-en une avec +.");
		expect(text(view, "spark")).toBeUndefined();
	});

	it("say that the search hides their ideas, rather than what brings ideas there", async () => {
		const view = await openBoard(makeApp(files), "fr");
		const search = view.contentEl.querySelector<HTMLInputElement>(".tls-board-search")!;
		search.value = "l'art de dire non";
		search.dispatchEvent(new Event("input"));
		expect(text(view, "spark")).toBe("Rien ici ne correspond à la recherche ni aux filtres.");
		expect(text(view, "__inbox")).toBe("Rien ici ne correspond à la recherche ni aux filtres.");
		expect(text(view, "invest")).toBe("Déplacez une idée ici, ou ajoutez-en une avec +.");
	});

	it("say which headings and tags an empty Inbox reads, and open the plugin's settings from it", async () => {
		const app = makeApp({ "Idées/Une étincelle.md": files["Idées/Une étincelle.md"] });
		const opened: string[] = [];
		// Obsidian's settings window, which its public API does not describe.
		Object.assign(app, { setting: { open: () => opened.push("settings"), openTabById: (id: string) => opened.push(id) } });
		const view = await openBoard(app, "fr");
		expect(view.contentEl.querySelector('[data-lane="__inbox"] .tls-inbox-empty > div')?.textContent).toBe(
			"Rien en attente. La boîte de réception reprend les éléments sous «\u00a0Idées de posts\u00a0», «\u00a0Idées\u00a0» ou «\u00a0Post ideas\u00a0» des notes taguées #journal ou #réflexions.",
		);
		const link = view.contentEl.querySelector<HTMLButtonElement>('[data-lane="__inbox"] .tls-inbox-settings');
		expect(link?.textContent).toBe("Les changer dans les réglages");
		link?.click();
		expect(opened).toEqual(["settings", "thought-leadership-studio"]);
	});
});

describe("what the pipeline board remembers", () => {
	afterEach(() => jest.restoreAllMocks());

	function searchFor(view: PipelineView, words: string): void {
		const search = view.contentEl.querySelector<HTMLInputElement>(".tls-board-search")!;
		search.value = words;
		search.dispatchEvent(new Event("input"));
	}

	function sortBy(view: PipelineView, sort: string): void {
		const menu = view.contentEl.querySelector<HTMLSelectElement>(".tls-board-sort")!;
		menu.value = sort;
		menu.dispatchEvent(new Event("change"));
	}

	it("asks Obsidian to save the workspace when its search or sort changes, so that a restart restores them", async () => {
		const app = makeApp(files);
		const view = await openBoard(app, "fr");
		const save = jest.spyOn(app.workspace, "requestSaveLayout");
		searchFor(view, "étincelle");
		sortBy(view, "title");
		expect(save).toHaveBeenCalledTimes(2);
		expect(view.getState()).toMatchObject({ filter: { text: "étincelle" }, sort: "title" });
	});

	it("opens again, after its leaf was closed, with the search, filters and sort it had in that place", async () => {
		const app = makeApp(files);
		const side = await openBoard(app, "fr");
		searchFor(side, "étincelle");
		sortBy(side, "title");
		const tab = await openBoard(app, "fr", undefined, true);
		searchFor(tab, "creuser");
		await openPipelineView(app, "side");
		const leaf = app.workspace.getLeavesOfType(PIPELINE_VIEW_TYPE)[0];
		const state = leaf?.getViewState().state;
		expect(state).toMatchObject({ filter: { text: "étincelle" }, sort: "title", openNote: false });
		const again = await openBoard(app, "fr");
		await again.setState(state, { history: false });
		expect(again.contentEl.querySelector<HTMLInputElement>(".tls-board-search")?.value).toBe("étincelle");
		expect(again.contentEl.querySelector<HTMLSelectElement>(".tls-board-sort")?.value).toBe("title");
		expect(lanes(again).filter((lane) => !lane.endsWith(": "))).toEqual(["Étincelle (1): Une étincelle"]);
	});

	it("shows what the open note holds and has given, following the note in front of the writer", async () => {
		const app = makeApp({
			...files,
			"Journal/2024-02-23.md": "---\ntags: [journal]\n---\n## Idées de posts\n- Écrire « sans filet »\n",
			"Idées/Sans filet.md": "---\ntype: idea\nstatus: think\nsource: \"[[2024-02-23|le carnet du 23]]\"\n---\n",
		});
		const view = await openBoard(app, "fr");
		const toggle = view.contentEl.querySelector<HTMLButtonElement>(".tls-board-open-note")!;
		expect([toggle.textContent, toggle.getAttribute("aria-pressed"), toggle.getAttribute("aria-label")]).toEqual(["Cette note", "false", "N'afficher que les idées de la note ouverte"]);
		const caption = (): string | null | undefined => view.contentEl.querySelector(".tls-board-open-note-caption:not(.is-hidden)")?.textContent;
		const shown = (): string[] => Array.from(view.contentEl.querySelectorAll(".tls-card-title")).map((card) => card.textContent ?? "");

		const first = app.workspace.getLeaf(true);
		await first.openFile(app.vault.getFileByPath("Journal/2024-02-22.md")!);
		app.workspace.setActiveLeaf(first);
		toggle.click();
		expect(toggle.getAttribute("aria-pressed")).toBe("true");
		expect(caption()).toBe("Idées de «\u00a02024-02-22\u00a0»");
		expect(shown()).toEqual(["Lire des livres sur le sujet", "Une étincelle"]);
		expect(view.getState()).toMatchObject({ openNote: true });

		const second = app.workspace.getLeaf(true);
		await second.openFile(app.vault.getFileByPath("Journal/2024-02-23.md")!);
		app.workspace.setActiveLeaf(second);
		expect(caption()).toBe("Idées de «\u00a02024-02-23\u00a0»");
		expect(shown()).toEqual(["Écrire « sans filet »", "Sans filet"]);

		toggle.click();
		expect(caption()).toBeUndefined();
		expect(shown()).toHaveLength(6);
	});
});
