/**
 * @jest-environment jsdom
 */
import type { App, MarkdownPostProcessorContext, MarkdownRenderChild, View, WorkspaceLeaf as ObsidianLeaf } from "obsidian";
import { App as MockApp, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import { makeApp } from "../../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../../helpers/load-plugin";
import { RecordResultsModal } from "../../../src/obsidian/results/record-results-modal";
import { STATS_VIEW_TYPE, type StatsView } from "../../../src/obsidian/stats/stats-view";
import { INDICATORS_BLOCK } from "../../../src/obsidian/stats/indicators-block";

// The in-memory Obsidian always speaks English: this writer uses it in French.
jest.mock("../../../src/obsidian/shared/obsidian-language", () => ({ obsidianLanguage: () => "fr" }));

// Thursday 10 December 2026, noon: the clock the results count back from.
const NOW = new Date(2026, 11, 10, 12, 0);
const NBSP = "\u00a0";
/** French writes thousands with a narrow no-break space (and a percentage after a no-break space). */
const NNBSP = "\u202f";

const BRAND = "Idées de marque/Penser une fois.md";
const DOUTER = "Idées/Douter, c'est avancer.md";
const OSER = "Idées/Oser dire « non ».md";
const POST = "Brouillons/Douter, c'est avancer — Post LinkedIn.md";
const THREAD = "Brouillons/Oser dire « non » — Thread X.md";
const PAPER = "Brouillons/Douter, c'est avancer — Livre blanc.md";

const draft = (idea: string, format: string, channel: string, published: string): string =>
	`---\ntype: draft\nidea: "[[${idea}]]"\nformat: ${format}\nchannel: ${channel}\nstatus: published\ncreated: 2026-09-01T09:00\npublished: ${published}\n---\nLe texte du brouillon.\n`;

const files = {
	[BRAND]: '---\ntype: brand-idea\ntitle: "Penser une fois : « répliquer »"\n---\n## Croyance centrale\nL\'expertise se partage.\n',
	[DOUTER]: '---\ntype: idea\nstatus: spark\nbrand-idea: "[[Penser une fois]]"\n---\nDouter, c\'est avancer.\n',
	[OSER]: "---\ntype: idea\nstatus: spark\n---\nOser dire non.\n",
	[POST]: draft("Douter, c'est avancer", "linkedin-post", "LinkedIn", "2026-12-01"),
	[THREAD]: draft("Oser dire « non »", "x-thread", "X", "2026-11-20"),
	[PAPER]: draft("Douter, c'est avancer", "white-paper", "Website", "2026-10-05"),
};

interface MockPlugin {
	views__: Map<string, (leaf: ObsidianLeaf) => View>;
	markdownCodeBlockProcessors__: Map<string, (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => void>;
}

let records: RecordResultsModal[] = [];

beforeEach(() => {
	jest.useFakeTimers({ now: NOW, doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
	records = [];
	// The in-memory Modal closes itself at once: keep the dialog open, as Obsidian does.
	jest.spyOn(RecordResultsModal.prototype, "open").mockImplementation(function (this: RecordResultsModal) {
		records.push(this);
		this.onOpen();
	});
});

afterEach(() => {
	document.body.empty();
	jest.restoreAllMocks();
	jest.useRealTimers();
});

/** Lets the vault's events, the index and the views' pauses run their course. */
const settle = (): Promise<void> => jest.advanceTimersByTimeAsync(1000);

async function start(app: App) {
	const loading = loadPlugin(app);
	await settle();
	const loaded = await loading;
	await settle();
	return loaded;
}

/** Records results on a published draft through Record results, as the writer types them. */
async function record(app: App, command: ReturnType<Awaited<ReturnType<typeof loadPlugin>>["command"]>, path: string, figures: Record<string, string>): Promise<void> {
	await openNote(app, path);
	expect(run(command)).toBe(true);
	const modal = records.at(-1)!;
	for (const [key, value] of Object.entries(figures)) {
		const input = modal.contentEl.querySelector<HTMLInputElement>(`input[data-metric="${key}"]`)!;
		input.value = value;
		input.dispatchEvent(new Event("input"));
	}
	Array.from(modal.contentEl.querySelectorAll("button"))
		.find((b) => b.textContent === "Enregistrer")!
		.click();
	await settle();
}

/** The stats view as the plugin makes it (the in-memory workspace keeps states, not views), opened. */
async function openStats(app: App, plugin: unknown): Promise<StatsView> {
	const make = (plugin as MockPlugin).views__.get(STATS_VIEW_TYPE);
	if (!make) throw new Error("no stats view");
	const view = make(WorkspaceLeaf.create2__(MockApp.fromOriginalType__(app)).asOriginalType3__()) as StatsView;
	// On screen, so that the focus can be followed.
	document.body.appendChild(view.containerEl);
	await view.onOpen();
	await settle();
	return view;
}

/** The results section of the stats view. */
const resultsOf = (view: StatsView): HTMLElement => [...view.contentEl.querySelectorAll<HTMLElement>(".tls-stats-section")].find((s) => s.querySelector("h3")?.textContent === "Résultats")!;

/** A table's rows, each as its cells' text. */
function rows(el: Element | null | undefined): string[][] {
	return [...(el?.querySelectorAll("tr") ?? [])].map((row) => [...row.querySelectorAll("th, td")].map((cell) => [...cell.childNodes].map((node) => node.textContent).join(" | ")));
}

/** The group table under a heading. */
function tableAfter(section: HTMLElement, heading: string): HTMLTableElement | null {
	const h = [...section.querySelectorAll("h4")].find((el) => el.textContent === heading);
	return (h?.nextElementSibling?.querySelector("table") as HTMLTableElement | null) ?? null;
}

/** Renders a tls-indicators block as Obsidian's reading view does, the renderer running its child. */
function renderBlock(plugin: unknown, source: string): { el: HTMLElement; child: () => MarkdownRenderChild } {
	const processor = (plugin as MockPlugin).markdownCodeBlockProcessors__.get(INDICATORS_BLOCK);
	if (!processor) throw new Error("no tls-indicators processor");
	const el = document.body.createDiv();
	const children: MarkdownRenderChild[] = [];
	const ctx = {
		docId: "stratégie",
		sourcePath: "Ma stratégie.md",
		frontmatter: undefined,
		addChild: (child: MarkdownRenderChild) => {
			children.push(child);
			child.load();
		},
		getSectionInfo: () => null,
	} as unknown as MarkdownPostProcessorContext;
	processor(source, el, ctx);
	return { el, child: () => children[0]! };
}

describe("what worked, in the stats view and a tls-indicators block", () => {
	it("says how to record results while none is recorded", async () => {
		const app = makeApp(files);
		const { plugin } = await start(app);
		const view = await openStats(app, plugin);
		expect(resultsOf(view).querySelector(".tls-results-empty")?.textContent).toBe(
			`Aucun résultat noté pour l'instant. Sur un brouillon publié, lancez «${NBSP}Noter les résultats${NBSP}», ou importez un export LinkedIn ou X avec «${NBSP}Importer des résultats${NBSP}».`,
		);
		expect(resultsOf(view).querySelector("table, select, svg")).toBeNull();
		const { el } = renderBlock(plugin, "period: 90d");
		expect(el.querySelector(".tls-results-empty")?.textContent).toContain("Noter les résultats");
	});

	it("shows the results recorded on two published drafts: totals, tables, the top pieces and the trend", async () => {
		const app = makeApp(files);
		const { plugin, command } = await start(app);
		await record(app, command("record-results"), POST, { impressions: "1 200", reactions: "45", comments: "3", shares: "2" });
		await record(app, command("record-results"), THREAD, { impressions: "300", reactions: "12" });
		const view = await openStats(app, plugin);
		const section = resultsOf(view);
		expect(section.querySelector(".tls-results-summary")?.textContent).toBe("2 publications mesurées sur 3 publiées");
		expect(rows(section.querySelector(".tls-results-totals"))).toEqual([
			["Indicateur", "Somme", "Médiane par publication"],
			["Impressions", `1${NNBSP}500`, "750"],
			["Réactions", "57", "28,5"],
			["Commentaires", "3", "3"],
			["Partages", "2", "2"],
			["Taux d'engagement", `4,1${NBSP}%`, "—"],
		]);
		expect(rows(tableAfter(section, "Par format"))).toEqual([
			["Format", "Publications", "Impressions", "Réactions", "Commentaires", "Partages", "Taux d'engagement"],
			["Post LinkedIn", "1", `1${NNBSP}200 | médiane 1${NNBSP}200`, "45 | médiane 45", "3 | médiane 3", "2 | médiane 2", `4,2${NBSP}%`],
			["Thread X", "1", "300 | médiane 300", "12 | médiane 12", "—", "—", `4${NBSP}%`],
		]);
		expect(rows(tableAfter(section, "Par canal")).map((row) => row[0])).toEqual(["Canal", "LinkedIn", "X"]);
		expect(rows(tableAfter(section, "Par idée de marque")).map((row) => row.slice(0, 2))).toEqual([
			["Idée de marque", "Publications"],
			["Penser une fois : « répliquer »", "1"],
			["Sans idée de marque", "1"],
		]);
		expect(rows(tableAfter(section, "Par mois")).map((row) => row[0])).toEqual(["Mois", "décembre 2026", "novembre 2026"]);
		expect([...section.querySelectorAll("h4")].map((h) => h.textContent)).toContain("Les 2 qui ont le mieux marché (Impressions)");
		expect([...section.querySelectorAll(".tls-results-piece")].map((item) => item.textContent)).toEqual([
			`Douter, c'est avancer — Post LinkedInImpressions${NBSP}: 1${NNBSP}200 · Post LinkedIn · LinkedIn · 1 déc. 2026`,
			`Oser dire « non » — Thread XImpressions${NBSP}: 300 · Thread X · X · 20 nov. 2026`,
		]);
		const trend = section.querySelector("svg.tls-results-trend")!;
		expect(trend.getAttribute("role")).toBe("img");
		expect(trend.getAttribute("aria-label")).toBe("Impressions, mois par mois sur les douze derniers mois");
		expect(trend.querySelector("title")?.textContent).toBe("Impressions, mois par mois sur les douze derniers mois");
		expect(trend.querySelectorAll("rect.tls-results-trend-bar")).toHaveLength(12);
		expect(trend.querySelector('rect[data-month="2026-12"] title')?.textContent).toBe(`décembre 2026${NBSP}: 1${NNBSP}200`);
		expect(trend.querySelector('rect[data-month="2026-01"] title')?.textContent).toBe(`janvier 2026${NBSP}: aucun chiffre`);
		// The values a picture of bars cannot say, for screen readers.
		expect(rows(section.querySelector("table.tls-results-trend-values.tls-visually-hidden")).slice(-2)).toEqual([
			["novembre 2026", "300", "1"],
			["décembre 2026", `1${NNBSP}200`, "1"],
		]);
		expect(section.textContent).toContain(`Meilleur mois${NBSP}: décembre 2026, 1${NNBSP}200`);
	});

	it("ranks by the figure chosen, over the period chosen, and keeps both", async () => {
		const app = makeApp(files);
		const { plugin, command } = await start(app);
		await record(app, command("record-results"), POST, { impressions: "1 200", reactions: "45", comments: "3", shares: "2" });
		await record(app, command("record-results"), THREAD, { impressions: "300", reactions: "12", shares: "6" });
		const view = await openStats(app, plugin);
		const select = (kind: string) => resultsOf(view).querySelector<HTMLSelectElement>(`select[data-results="${kind}"]`)!;
		expect([...select("metric").options].map((o) => o.text)).toEqual(["Impressions", "Réactions", "Commentaires", "Partages", "Clics", "Nouveaux abonnés", "Prospects", "Taux d'engagement"]);
		expect([...select("period").options].map((o) => o.text)).toEqual(["30 derniers jours", "90 derniers jours", "12 derniers mois", "Depuis le début"]);
		select("metric").value = "engagement";
		select("metric").dispatchEvent(new Event("change"));
		expect(document.activeElement).toBe(select("metric"));
		expect([...resultsOf(view).querySelectorAll(".tls-results-piece-meta")].map((el) => el.textContent)).toEqual([
			`Taux d'engagement${NBSP}: 6${NBSP}% · Thread X · X · 20 nov. 2026`,
			`Taux d'engagement${NBSP}: 4,2${NBSP}% · Post LinkedIn · LinkedIn · 1 déc. 2026`,
		]);
		select("period").value = "30d";
		select("period").dispatchEvent(new Event("change"));
		// The thread of 20 November is in the last 30 days; the white paper of 5 October is not.
		expect(resultsOf(view).querySelector(".tls-results-summary")?.textContent).toBe("2 publications mesurées sur 2 publiées");
		expect(view.getState()).toMatchObject({ resultsPeriod: "30d", resultsMetric: "engagement" });
	});

	it("opens a top piece's draft on a click, each piece a link the keyboard reaches", async () => {
		const app = makeApp(files);
		const { plugin, command } = await start(app);
		await record(app, command("record-results"), THREAD, { impressions: "300", reactions: "12" });
		const view = await openStats(app, plugin);
		const link = resultsOf(view).querySelector<HTMLAnchorElement>(".tls-results-piece-link")!;
		expect(link.getAttribute("href")).toBe("#");
		expect(link.tabIndex).toBe(0);
		link.click();
		await settle();
		expect(app.workspace.getActiveFile()?.path).toBe(THREAD);
	});

	it("renders the compact figures in a tls-indicators block, live, names a bad line, and stops once the block is gone", async () => {
		const app = makeApp(files);
		const { plugin, command } = await start(app);
		const { el, child } = renderBlock(plugin, "période : trois mois\ncanal : LinkedIn\nperiod: 90d\nmetric: vues");
		const problems = () => [...el.querySelectorAll(".tls-indicators-problem")].map((p) => p.textContent);
		expect(problems()).toEqual([
			`Ligne 1 ignorée, «${NBSP}période : trois mois${NBSP}»${NBSP}: une période s'écrit 90d, 12m ou all (ou 90j, 12 mois, tout).`,
			`Ligne 4 ignorée, «${NBSP}metric: vues${NBSP}»${NBSP}: les indicateurs sont impressions, reactions, comments, shares, clicks, followers, leads et engagement.`,
		]);
		expect(el.querySelector(".tls-results-empty")?.textContent).toContain("Aucun résultat noté");

		// Results recorded meanwhile show in the block, without opening the note again.
		await record(app, command("record-results"), POST, { impressions: "1 200", reactions: "45", comments: "3", shares: "2" });
		await record(app, command("record-results"), THREAD, { impressions: "300", reactions: "12" });
		expect(el.querySelector(".tls-indicators-scope")?.textContent).toBe("90 derniers jours · LinkedIn");
		expect(el.querySelector(".tls-results-summary")?.textContent).toBe("1 publication mesurée sur 1 publiée");
		expect(rows(el.querySelector(".tls-results-totals"))[1]).toEqual(["Impressions", `1${NNBSP}200`, `1${NNBSP}200`]);
		expect(rows(el.querySelector(".tls-results-totals")).at(-1)).toEqual(["Taux d'engagement", `4,2${NBSP}%`, "—"]);
		expect([...el.querySelectorAll(".tls-results-piece-link")].map((a) => a.textContent)).toEqual(["Douter, c'est avancer — Post LinkedIn"]);
		expect(el.querySelectorAll("svg.tls-results-trend rect.tls-results-trend-bar")).toHaveLength(12);
		// Compact: no table per format, channel, brand idea or month.
		expect(el.querySelector(".tls-results-groups")).toBeNull();
		expect(problems()).toHaveLength(2);

		el.querySelector<HTMLAnchorElement>(".tls-results-piece-link")!.click();
		await settle();
		expect(app.workspace.getActiveFile()?.path).toBe(POST);

		// Gone from the note: the block no longer draws.
		child().unload();
		const before = el.innerHTML;
		await record(app, command("record-results"), POST, { impressions: "5 000" });
		expect(el.innerHTML).toBe(before);
	});
});
