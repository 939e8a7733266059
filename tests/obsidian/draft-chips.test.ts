/**
 * @jest-environment jsdom
 */
import { App, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import type { App as ObsidianApp } from "obsidian";
import { makeApp } from "../helpers/obsidian-app";
import { Studio } from "../../src/obsidian/shared/studio";
import { IdeaPipeline } from "../../src/obsidian/pipeline/idea-pipeline";
import { BoardActions } from "../../src/obsidian/pipeline/board-actions";
import { PipelineView } from "../../src/obsidian/pipeline/pipeline-view";
import { migrateSettings } from "../../src/core/settings/studio-settings";
import { Menu } from "obsidian";
import manifest from "../../manifest.json";

const IDEA = "Idées/Ce que m'a appris la conférence de Lyon.md";
const OTHER = "Idées/Oser dire non.md";
const POST = "Brouillons/Ce que m'a appris la conférence de Lyon — Post LinkedIn.md";
const PAPER = "Brouillons/Ce que m'a appris la conférence de Lyon — Livre blanc.md";

const draftNote = (idea: string, format: string, channel: string, status = "draft", published = ""): string =>
	`---\ntype: draft\nidea: "[[${idea}]]"\nformat: ${format}\nchannel: ${channel}\nstatus: ${status}\ncreated: 2025-03-01T10:00\n${published}---\nLe texte du brouillon.\n`;

const files = {
	[IDEA]: `---\ntype: idea\nstatus: spark\ntitle: "Ce que m'a appris la conférence de Lyon : « douter »"\n---\n`,
	[OTHER]: "---\ntype: idea\nstatus: spark\n---\n",
	[POST]: draftNote("Idées/Ce que m'a appris la conférence de Lyon", "linkedin-post", "LinkedIn", "published", "published: 2025-03-04\n"),
	[PAPER]: draftNote("Ce que m'a appris la conférence de Lyon", "white-paper", "Website"),
};

async function openBoard(app: ObsidianApp, draftActions?: { copyPostText(path: string): void; recordResults(path: string): void }): Promise<PipelineView> {
	const storage = { loadData: () => Promise.resolve(null), saveData: () => Promise.resolve(), registerEvent: () => undefined };
	const studio = new Studio(app, { ...manifest, dir: ".obsidian/plugins/x" }, storage, migrateSettings({}, "fr"), "fr");
	const pipeline = new IdeaPipeline(app, studio);
	const view = new PipelineView(WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__(), studio, pipeline, new BoardActions(app, pipeline, studio.translate), undefined, undefined, undefined, undefined, draftActions);
	await view.onOpen();
	const started = studio.start();
	await jest.advanceTimersByTimeAsync(100);
	await started;
	await jest.advanceTimersByTimeAsync(100);
	return view;
}

function card(view: PipelineView, path: string): HTMLElement {
	const el = view.contentEl.querySelector<HTMLElement>(`.tls-card[data-path="${path.replace(/"/g, '\\"')}"]`);
	if (!el) throw new Error(`no card for ${path}`);
	return el;
}

const chips = (view: PipelineView, path: string): string[] =>
	[...card(view, path).querySelectorAll<HTMLElement>(".tls-draft-chip")].map((chip) => `${chip.classList.contains("is-published") ? "✓" : "✎"} ${chip.textContent ?? ""} → ${chip.dataset.path ?? ""}`);
const published = (view: PipelineView, path: string): string | null => card(view, path).querySelector(".tls-card-published")?.textContent ?? null;

beforeEach(() => jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] }));
afterEach(() => jest.useRealTimers());

describe("draft chips on a card", () => {
	it("lists an idea's drafts in French, the channel where the name does not say it, and how many are published", async () => {
		const view = await openBoard(makeApp(files));
		expect(chips(view, IDEA)).toEqual([`✎ Livre blancSite web → ${PAPER}`, `✓ Post LinkedIn → ${POST}`]);
		expect(published(view, IDEA)).toBe("1 publié");
		const chip = card(view, IDEA).querySelector(".tls-draft-chip.is-published");
		expect(chip?.getAttribute("aria-label")).toBe("Post LinkedIn, publié sur LinkedIn\u00a0: l'ouvrir");
		expect(card(view, OTHER).querySelector(".tls-card-drafts")).toBeNull();
	});

	it("opens the draft, not the idea, on a click or Enter on its chip", async () => {
		const app = makeApp(files);
		const view = await openBoard(app);
		const chip = card(view, IDEA).querySelector<HTMLElement>(`.tls-draft-chip[data-path="${PAPER}"]`);
		chip?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		await jest.advanceTimersByTimeAsync(10);
		expect(app.workspace.getActiveFile()?.path).toBe(PAPER);
		const other = card(view, IDEA).querySelector<HTMLElement>(`.tls-draft-chip[data-path="${POST}"]`);
		other?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await jest.advanceTimersByTimeAsync(10);
		expect(app.workspace.getActiveFile()?.path).toBe(POST);
	});

	it("follows a draft created, published, renamed and deleted, redrawing only the card it belongs to", async () => {
		const app = makeApp(files);
		const view = await openBoard(app);
		const ideaCard = card(view, IDEA);
		const otherCard = card(view, OTHER);
		const thread = "Brouillons/Oser dire non — Thread X.md";
		await app.vault.create(thread, draftNote("Oser dire non", "x-thread", "X"));
		await jest.advanceTimersByTimeAsync(100);
		expect(chips(view, OTHER)).toEqual([`✎ Thread X → ${thread}`]);
		expect(otherCard.isConnected).toBe(false);

		const file = app.vault.getFileByPath(thread);
		if (!file) throw new Error("fixture");
		await app.vault.process(file, (text) => text.replace("status: draft", "status: published\npublished: 2025-03-05"));
		await jest.advanceTimersByTimeAsync(100);
		expect(chips(view, OTHER)).toEqual([`✓ Thread X → ${thread}`]);
		expect(published(view, OTHER)).toBe("1 publié");

		const renamed = "Brouillons/Oser — le thread.md";
		await app.fileManager.renameFile(file, renamed);
		await jest.advanceTimersByTimeAsync(100);
		expect(chips(view, OTHER)).toEqual([`✓ Thread X → ${renamed}`]);

		const moved = app.vault.getFileByPath(renamed);
		if (!moved) throw new Error("renamed draft missing");
		await app.vault.delete(moved);
		await jest.advanceTimersByTimeAsync(100);
		expect(card(view, OTHER).querySelector(".tls-card-drafts")).toBeNull();
		// The idea whose drafts did not change kept its element all along.
		expect(card(view, IDEA)).toBe(ideaCard);
	});

	it("opens a draft chip's own menu on a right click: open it, copy its text, and record the results of a published one", async () => {
		const shown: { title: unknown; click: (() => unknown) | null }[][] = [];
		jest.spyOn(Menu.prototype, "showAtPosition").mockImplementation(function (this: Menu) {
			const items = (this as unknown as { menuItems__: { title__: unknown; onClick__: (() => unknown) | null }[] }).menuItems__;
			shown.push(items.map((item) => ({ title: item.title__, click: item.onClick__ })));
			return this;
		});
		const asked: string[] = [];
		const view = await openBoard(makeApp(files), { copyPostText: (path) => asked.push(`copier ${path}`), recordResults: (path) => asked.push(`résultats ${path}`) });
		const chip = (path: string) => card(view, IDEA).querySelector<HTMLElement>(`.tls-draft-chip[data-path="${path}"]`)!;
		chip(POST).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		expect(shown.at(-1)?.map((item) => item.title)).toEqual(["Post LinkedIn · LinkedIn", "Ouvrir", "Ouvrir dans un nouvel onglet", "Copier le texte du post", "Noter les résultats"]);
		shown.at(-1)?.[3]?.click?.();
		shown.at(-1)?.[4]?.click?.();
		chip(PAPER).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		expect(shown.at(-1)?.map((item) => item.title)).toEqual(["Livre blanc · Site web", "Ouvrir", "Ouvrir dans un nouvel onglet", "Copier le texte du post"]);
		expect(asked).toEqual([`copier ${POST}`, `résultats ${POST}`]);
		jest.restoreAllMocks();
	});
});
