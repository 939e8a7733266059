/**
 * @jest-environment jsdom
 */
import { App, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import type { App as ObsidianApp } from "obsidian";
import { makeApp } from "../helpers/obsidian-app";
import { Studio } from "../../src/obsidian/studio";
import { IdeaPipeline } from "../../src/obsidian/idea-pipeline";
import { BoardActions } from "../../src/obsidian/board-actions";
import { PipelineView } from "../../src/obsidian/ui/pipeline-view";
import { DEFAULT_SETTINGS } from "../../src/core/settings/studio-settings";
import type { Language } from "../../src/core/i18n/language";
import manifest from "../../manifest.json";

const files = {
	"Journal/2024-02-22.md": "---\ntags: [journal]\n---\n## Idées de posts\n- Lire des livres sur le sujet\n",
	"Idées/Une étincelle.md": "---\ntype: idea\nstatus: spark\ncreated: 2024-03-01T10:00\nsource: \"[[2024-02-22]]\"\ntags: [linkedin]\n---\n",
	"Idées/À creuser.md": "---\ntype: idea\nstatus: ' Think '\n---\n",
	"Idées/Bizarre.md": "---\ntype: idea\nstatus: peut-être\n---\n",
};

/** Opens the board on a started studio, or hands the studio to `later` to start it when the test says. */
async function openBoard(app: ObsidianApp, language: Language, later?: (studio: Studio) => void): Promise<PipelineView> {
	const storage = { loadData: () => Promise.resolve(null), saveData: () => Promise.resolve(), registerEvent: () => undefined };
	const studio = new Studio(app, { ...manifest, dir: ".obsidian/plugins/x" }, storage, DEFAULT_SETTINGS, language);
	if (later) later(studio);
	else await studio.start();
	const pipeline = new IdeaPipeline(app, studio);
	const view = new PipelineView(WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__(), studio, pipeline, new BoardActions(app, pipeline, studio.translate));
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
	it("shows the inbox, every stage in order with its count, and an Other lane for an unknown status", async () => {
		const view = await openBoard(makeApp(files), "fr");
		expect(lanes(view)).toEqual([
			"Boîte de réception (1): Lire des livres sur le sujet",
			"Étincelle (1): Une étincelle",
			"À creuser (1): À creuser",
			"Brouillon (0): ",
			"Publié (0): ",
			"À recycler (0): ",
			"Autres (1): Bizarre",
		]);
		expect(view.contentEl.querySelector(".tls-card-warning")?.textContent).toContain("peut-être");
	});

	it("says it is reading the notes until the first pass over the vault is done", async () => {
		let studio: Studio | null = null;
		const view = await openBoard(makeApp(files), "fr", (s) => (studio = s));
		const loading = view.contentEl.querySelector(".tls-board-loading");
		expect(loading?.textContent).toBe("Lecture de vos notes…");
		expect(loading?.classList.contains("is-hidden")).toBe(false);
		jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
		try {
			const started = (studio as Studio | null)?.start();
			await jest.advanceTimersByTimeAsync(100);
			await started;
		} finally {
			jest.useRealTimers();
		}
		expect(loading?.classList.contains("is-hidden")).toBe(true);
		expect(lanes(view)[1]).toBe("Étincelle (1): Une étincelle");
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
			const draftLane = view.contentEl.querySelector('[data-lane="published"]');
			const file = app.vault.getFileByPath("Idées/Une étincelle.md");
			if (!file) throw new Error("fixture");
			const editing = app.vault.process(file, (text) => text.replace("status: spark", "status: Invest"));
			// The board gathers index changes for 30 ms before it renders.
			await jest.advanceTimersByTimeAsync(100);
			await editing;
			await jest.advanceTimersByTimeAsync(100);
			expect(lanes(view)[1]).toBe("Spark (0): ");
			expect(lanes(view)[3]).toBe("Invest (1): Une étincelle");
			expect(view.contentEl.querySelector('[data-lane="published"]')).toBe(draftLane);
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
});
