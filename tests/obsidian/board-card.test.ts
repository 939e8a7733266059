/**
 * @jest-environment jsdom
 */
import { App, WorkspaceLeaf, type Menu as MockMenu } from "obsidian-test-mocks/obsidian";
import type { App as ObsidianApp } from "obsidian";
import { makeApp } from "../helpers/obsidian-app";
import { Studio } from "../../src/obsidian/shared/studio";
import { IdeaPipeline } from "../../src/obsidian/pipeline/idea-pipeline";
import { BoardActions } from "../../src/obsidian/pipeline/board-actions";
import { PipelineView } from "../../src/obsidian/pipeline/pipeline-view";
import { buildCardMenu } from "../../src/obsidian/pipeline/card-menu";
import { migrateSettings } from "../../src/core/settings/studio-settings";
import { translator } from "../../src/core/i18n/translator";
import type { BoardCard } from "../../src/core/pipeline/board-model";
import manifest from "../../manifest.json";

const NBSP = "\u00a0";
const LINKED = `Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]] : « douter » et "oser"`;
const LONG = "Simplifier sans mentir : la règle des trois exemples, que l'on retrouve chez tous les bons vulgarisateurs, des conférences aux livres et jusque dans les fils de discussion";

const files = {
	"Le piège de l'expertise.md": "---\ntags: [réflexions]\n---\n## Idées de posts\n- Relire [[Le piège de l'expertise|mes notes]] : « savoir »\n",
	"Idées/Ce que m'a appris la conférence de Lyon.md": `---\ntype: idea\nstatus: spark\ncreated: 2024-03-01T10:00\nsource: "[[Le piège de l'expertise]]"\ntitle: ${JSON.stringify(LINKED)}\ntags: [idée, méthode]\n---\n${LINKED}\n`,
	"Idées/Simplifier sans mentir la règle des trois exemples.md": `---\ntype: idea\nstatus: think\ntitle: ${JSON.stringify(LONG)}\ntags: [idea]\n---\n`,
	"Idées/Une vieille idée sans titre.md": "---\ntype: idea\nstatus: think\ntags: [idea, Idée]\n---\n",
};

async function openBoard(app: ObsidianApp): Promise<PipelineView> {
	const storage = { loadData: () => Promise.resolve(null), saveData: () => Promise.resolve(), registerEvent: () => undefined };
	const studio = new Studio(app, { ...manifest, dir: ".obsidian/plugins/x" }, storage, migrateSettings({}, "fr"), "fr");
	await studio.start();
	const pipeline = new IdeaPipeline(app, studio);
	const view = new PipelineView(WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__(), studio, pipeline, new BoardActions(app, pipeline, studio.translate));
	await view.onOpen();
	return view;
}

function cardEl(view: PipelineView, path: string): HTMLElement {
	const el = view.contentEl.querySelector<HTMLElement>(`.tls-card[data-path="${path.replace(/"/g, '\\"')}"]`);
	if (!el) throw new Error(`no card for ${path}`);
	return el;
}

describe("a card shows the idea's own words", () => {
	it("shows the exact title with its link as the link's display text, and the source the French way", async () => {
		const view = await openBoard(makeApp(files));
		const card = cardEl(view, "Idées/Ce que m'a appris la conférence de Lyon.md");
		expect(card.querySelector(".tls-card-title")?.textContent).toBe(`Ce que m'a appris la conférence de Lyon : « douter » et "oser"`);
		expect(card.querySelector(".tls-card-source")?.textContent).toBe(`Source${NBSP}: Le piège de l'expertise`);
	});

	it("shortens a long title at a word with an ellipsis, the whole of it on hover and for screen readers", async () => {
		const view = await openBoard(makeApp(files));
		const card = cardEl(view, "Idées/Simplifier sans mentir la règle des trois exemples.md");
		const title = card.querySelector<HTMLElement>(".tls-card-title");
		const shown = title?.querySelector('[aria-hidden="true"]')?.textContent ?? "";
		expect(shown.endsWith("…")).toBe(true);
		expect(LONG.startsWith(`${shown.slice(0, -1)} `)).toBe(true);
		expect(title?.getAttribute("title")).toBe(LONG);
		expect(title?.querySelector(".tls-visually-hidden")?.textContent).toBe(LONG);
		expect(card.getAttribute("aria-label")).toContain(LONG);
	});

	it("keeps showing the file name of an idea note without a title", async () => {
		const view = await openBoard(makeApp(files));
		expect(cardEl(view, "Idées/Une vieille idée sans titre.md").querySelector(".tls-card-title")?.textContent).toBe("Une vieille idée sans titre");
	});

	it("shows an inbox item's link as its display text", async () => {
		const view = await openBoard(makeApp(files));
		expect(view.contentEl.querySelector(".tls-inbox-card .tls-card-title")?.textContent).toBe("Relire mes notes : « savoir »");
	});

	it("lists #idea and #idée once in the tag filter, as the idea tag of the settings, and finds both", async () => {
		const view = await openBoard(makeApp(files));
		const options = [...view.contentEl.querySelectorAll<HTMLOptionElement>(".tls-board-tag option")].map((o) => o.textContent);
		expect(options).toEqual(["Tous les tags", "#idée", "#méthode"]);
		const ideas = Object.keys(files).filter((p) => p.startsWith("Idées/"));
		for (const path of ideas) {
			expect(cardEl(view, path).querySelector(".tls-card-tags")?.textContent).toContain("#idée");
			expect(cardEl(view, path).querySelector(".tls-card-tags")?.textContent).not.toContain("#idea");
		}
		const select = view.contentEl.querySelector<HTMLSelectElement>(".tls-board-tag");
		if (!select) throw new Error("no tag filter");
		select.value = "idée";
		select.dispatchEvent(new Event("change"));
		expect(view.contentEl.querySelectorAll(".tls-card[data-path]")).toHaveLength(ideas.length);
	});
});

describe("buildCardMenu", () => {
	it("is headed by the idea's title, shown as display text and shortened at a word", () => {
		const app = makeApp({});
		const card: BoardCard = { path: "Idées/x.md", title: LONG, sourcePath: null, sourceTitle: null, tags: [], created: null, updated: null };
		const menu = buildCardMenu(app, card, "spark", migrateSettings({}).stages, "fr", translator("fr"), { open: () => undefined, moveTo: () => undefined, trash: () => undefined });
		const items = (menu as unknown as MockMenu).menuItems__;
		const head = items[0] as unknown as { title__: string; isLabel__: boolean };
		expect(head.isLabel__).toBe(true);
		expect(head.title__.endsWith("…")).toBe(true);
		expect(LONG.startsWith(`${head.title__.slice(0, -1)} `)).toBe(true);
	});
});
