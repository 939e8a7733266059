/**
 * @jest-environment jsdom
 */
import { App, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import type { App as ObsidianApp } from "obsidian";
import { makeApp } from "../helpers/obsidian-app";
import { Studio } from "../../src/obsidian/shared/studio";
import { IdeaPipeline } from "../../src/obsidian/pipeline/idea-pipeline";
import { StatsView } from "../../src/obsidian/stats/stats-view";
import { migrateSettings } from "../../src/core/settings/studio-settings";
import manifest from "../../manifest.json";

// Wednesday 12 March 2025: the view's clock.
const NOW = new Date(2025, 2, 12, 12, 0).getTime();

const draft = (name: string, idea: string, format: string, published?: string): [string, string] => [
	`Brouillons/${name}.md`,
	`---\ntype: draft\nidea: "[[${idea}]]"\nformat: ${format}\nstatus: ${published ? "published" : "draft"}\n${published ? `published: ${published}\n` : ""}---\n`,
];

const files = Object.fromEntries([
	["Idées/Douter.md", "---\ntype: idea\nstatus: spark\ntitle: \"Douter : « la méthode »\"\n---\n"],
	["Idées/Oser.md", "---\ntype: idea\nstatus: spark\n---\n"],
	draft("Douter — Post LinkedIn", "Douter", "linkedin-post", "2025-03-10"),
	draft("Oser — Post LinkedIn", "Oser", "linkedin-post", "2025-01-20"),
	draft("Perdu — Livre blanc", "Une idée renommée depuis", "white-paper", "2024-06-03"),
	draft("Douter — Thread X", "Douter", "x-thread"),
]);

async function openStats(app: ObsidianApp, language: "en" | "fr" = "fr"): Promise<StatsView> {
	const storage = { loadData: () => Promise.resolve(null), saveData: () => Promise.resolve(), registerEvent: () => undefined };
	const studio = new Studio(app, { ...manifest, dir: ".obsidian/plugins/x" }, storage, migrateSettings({}, language), language);
	const view = new StatsView(WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__(), studio, new IdeaPipeline(app, studio), () => NOW);
	await view.onOpen();
	const started = studio.start();
	await jest.advanceTimersByTimeAsync(500);
	await started;
	await jest.advanceTimersByTimeAsync(500);
	return view;
}

const barsOf = (view: StatsView, heading: string): string[] => {
	const section = [...view.contentEl.querySelectorAll(".tls-stats-section")].find((s) => s.querySelector("h3")?.textContent === heading);
	return [...(section?.querySelectorAll(".tls-stats-bar") ?? [])].map((bar) => bar.getAttribute("aria-label") ?? "");
};

function press(el: Element | null | undefined): void {
	if (!el) throw new Error("nothing to press");
	el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
}

beforeEach(() => jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] }));
afterEach(() => jest.useRealTimers());

describe("the stats view", () => {
	it("draws ideas per stage, drafts per format and publications per channel, each bar named for screen readers", async () => {
		const view = await openStats(makeApp(files));
		expect(view.contentEl.querySelector(".tls-stats-totals")?.textContent).toBe("2 idées, 4 brouillons, 3 publiés");
		expect(barsOf(view, "Idées par étape").slice(0, 2)).toEqual(["Réfléchir\u00a0: 0", "Étincelle\u00a0: 2"]);
		// The white paper's idea resolves to no note: it counts all the same.
		expect(barsOf(view, "Brouillons par format")).toEqual(["Post LinkedIn\u00a0: 2", "Livre blanc\u00a0: 1", "Thread X\u00a0: 1"]);
		expect(barsOf(view, "Publications par canal")).toEqual(["LinkedIn\u00a0: 2"]);
		expect(view.contentEl.querySelectorAll(".tls-stats-chart rect.tls-stats-fill")).toHaveLength(4 + 3 + 1);
	});

	it("counts one of each in the singular, in French and in English, and a channel written in either language as one", async () => {
		const one = Object.fromEntries([
			["Idées/Douter.md", "---\ntype: idea\nstatus: spark\n---\n"],
			draft("Douter — Livre blanc", "Douter", "white-paper", "2025-03-10"),
			["Brouillons/Douter — Étude de cas client.md", "---\ntype: draft\nidea: \"[[Douter]]\"\nformat: case-study\nchannel: Site web\nstatus: published\npublished: 2025-03-11\n---\n"],
		]);
		const french = await openStats(makeApp(one));
		expect(french.contentEl.querySelector(".tls-stats-totals")?.textContent).toBe("1 idée, 2 brouillons, 2 publiés");
		expect(barsOf(french, "Publications par canal")).toEqual(["Site web\u00a0: 2"]);
		const single = Object.fromEntries([["Idées/Douter.md", "---\ntype: idea\nstatus: spark\n---\n"], draft("Douter — Livre blanc", "Douter", "white-paper", "2025-03-10")]);
		expect((await openStats(makeApp(single))).contentEl.querySelector(".tls-stats-totals")?.textContent).toBe("1 idée, 1 brouillon, 1 publié");
		const english = await openStats(makeApp(single), "en");
		expect(english.contentEl.querySelector(".tls-stats-totals")?.textContent).toBe("1 idea, 1 draft, 1 published");
		expect(barsOf(english, "Publications per channel")).toEqual(["Website: 1"]);
		expect(barsOf(english, "Drafts per format")).toEqual(["White paper: 1"]);
	});

	it("counts publications over 30, 90 or 365 days, as the switch says", async () => {
		const view = await openStats(makeApp(files));
		press(view.contentEl.querySelector('.tls-stats-period[data-days="30"]'));
		expect(barsOf(view, "Publications par canal")).toEqual(["LinkedIn\u00a0: 1"]);
		expect(view.contentEl.querySelector('.tls-stats-period[data-days="30"]')?.getAttribute("aria-pressed")).toBe("true");
		press(view.contentEl.querySelector('.tls-stats-period[data-days="365"]'));
		expect(barsOf(view, "Publications par canal")).toEqual(["LinkedIn\u00a0: 2", "Site web\u00a0: 1"]);
		expect(view.getState()).toMatchObject({ period: 365 });
	});

	it("shows a year of weeks, the published ones as buttons named with their week, in French", async () => {
		const view = await openStats(makeApp(files));
		const weeks = [...view.contentEl.querySelectorAll(".tls-stats-week")];
		expect(weeks).toHaveLength(53);
		const buttons = weeks.filter((w) => w.getAttribute("role") === "button").map((w) => w.getAttribute("aria-label"));
		expect(buttons).toEqual(["Semaine du 3 juin 2024\u00a0: 1", "Semaine du 20 janv. 2025\u00a0: 1", "Semaine du 10 mars 2025\u00a0: 1"]);
	});

	it("lists a bar's notes on a click, and opens the one clicked", async () => {
		const app = makeApp(files);
		const view = await openStats(app);
		const bar = [...view.contentEl.querySelectorAll(".tls-stats-bar")].find((b) => b.getAttribute("aria-label") === "Étincelle\u00a0: 2");
		press(bar);
		const list = view.contentEl.querySelector(".tls-stats-list");
		expect(list?.classList.contains("is-hidden")).toBe(false);
		expect([...(list?.querySelectorAll(".tls-stats-note") ?? [])].map((a) => a.textContent)).toEqual(["Douter : « la méthode »", "Oser"]);
		press(list?.querySelector('.tls-stats-note[data-path="Idées/Oser.md"]'));
		await jest.advanceTimersByTimeAsync(10);
		expect(app.workspace.getActiveFile()?.path).toBe("Idées/Oser.md");
	});

	it("counts a draft published by editing its properties, at the next index update", async () => {
		const app = makeApp(files);
		const view = await openStats(app);
		const file = app.vault.getFileByPath("Brouillons/Douter — Thread X.md");
		if (!file) throw new Error("fixture");
		await app.vault.process(file, (text) => text.replace("status: draft", "status: published\npublished: 2025-03-11"));
		await jest.advanceTimersByTimeAsync(1000);
		expect(barsOf(view, "Publications par canal")).toEqual(["LinkedIn\u00a0: 2", "X\u00a0: 1"]);
		expect(view.contentEl.querySelector(".tls-stats-totals")?.textContent).toBe("2 idées, 4 brouillons, 4 publiés");
	});
});
