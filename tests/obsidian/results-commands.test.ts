/**
 * @jest-environment jsdom
 */
import { Notice, Plugin, type App, type MarkdownView } from "obsidian";
import { parse } from "yaml";
import { makeApp, flush } from "../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../helpers/load-plugin";
import { RecordResultsModal } from "../../src/obsidian/results/record-results-modal";
import { ImportResultsModal } from "../../src/obsidian/results/import-results-modal";

// The in-memory Obsidian always speaks English: this writer uses it in French.
jest.mock("../../src/obsidian/shared/obsidian-language", () => ({ obsidianLanguage: () => "fr" }));

interface MockNotice {
	constructor__(message: string): void;
	messageEl: HTMLElement;
}

const NBSP = "\u00a0";
const IDEA = "Idées/Douter, c'est avancer.md";
const POST = "Brouillons/Douter, c'est avancer — Post LinkedIn.md";
const OTHER = "Brouillons/Oser dire non — Post LinkedIn.md";
const THREAD = "Brouillons/Douter, c'est avancer — Thread X.md";
const URL = "https://www.linkedin.com/posts/moi_douter-activity-7123456789012345678-abcd";

const post = `---
type: draft
idea: "[[Idées/Douter, c'est avancer]]"
format: linkedin-post
channel: LinkedIn
status: published
created: 2026-11-28T09:00
url: ${URL}
published: 2026-12-01
---
# Douter : c'est « avancer »

<!-- Post LinkedIn : 1 300 caractères environ, des phrases courtes, une idée par ligne. Effacez chaque commentaire une fois sa partie écrite. -->

## Accroche

<!-- Une ou deux lignes qui arrêtent le défilement avant « voir plus » : un fait surprenant, un chiffre, une question, un aveu. -->
J'ai failli refuser la conférence de Lyon.

## Histoire

Trois semaines avant, j'ai **douté** de tout.
Lisez [le compte rendu](https://exemple.fr/lyon).

## Matière

Mes notes : [[Idées/Douter, c'est avancer]].
`;

const other = `---\ntype: draft\nidea: "[[Idées/Douter, c'est avancer]]"\nformat: linkedin-post\nchannel: LinkedIn\nstatus: published\npublished: 2026-12-03\nimpressions: 90\n---\nDire non, c'est choisir.\n`;
const thread = `---\ntype: draft\nidea: "[[Idées/Douter, c'est avancer]]"\nformat: x-thread\nchannel: X\nstatus: draft\n---\n# Douter\n\n## 1/ Accroche\n\nDouter, c'est avancer. 🧵\n\n## 2/ Le contexte\n\nLyon, mars 2025.\n`;

let notices: MockNotice[] = [];
let records: RecordResultsModal[] = [];
let imports: ImportResultsModal[] = [];
let clipboard: string[] = [];

beforeEach(() => {
	notices = [];
	records = [];
	imports = [];
	clipboard = [];
	jest.spyOn(Notice.prototype as unknown as MockNotice, "constructor__").mockImplementation(function (this: MockNotice) {
		notices.push(this);
	});
	// The in-memory Modal closes itself at once: keep the dialogs open, as Obsidian does.
	jest.spyOn(RecordResultsModal.prototype, "open").mockImplementation(function (this: RecordResultsModal) {
		records.push(this);
		this.onOpen();
	});
	jest.spyOn(ImportResultsModal.prototype, "open").mockImplementation(function (this: ImportResultsModal) {
		imports.push(this);
		this.onOpen();
	});
	Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: (text: string) => Promise.resolve(void clipboard.push(text)) } });
});

afterEach(() => jest.restoreAllMocks());

function vault(files: Record<string, string> = {}): App {
	return makeApp({ [IDEA]: "---\ntype: idea\nstatus: spark\n---\nDouter, c'est avancer.\n", [POST]: post, [OTHER]: other, [THREAD]: thread, ...files });
}

async function read(app: App, path: string): Promise<string> {
	return app.vault.read(app.vault.getFileByPath(path)!);
}

function properties(text: string): Record<string, unknown> {
	return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "") as Record<string, unknown>;
}

const lastNotice = (): string => notices.at(-1)?.messageEl.firstChild?.textContent ?? "";

describe("copy-post-text", () => {
	it("puts the LinkedIn post on the clipboard without properties, comments, template headings or material, and says its count", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, POST);
		expect(run(command("copy-post-text"))).toBe(true);
		await flush();
		expect(clipboard).toEqual(["J'ai failli refuser la conférence de Lyon.\n\nTrois semaines avant, j'ai douté de tout.\nLisez le compte rendu (https://exemple.fr/lyon)."]);
		expect(lastNotice()).toBe(
			`Copié pour LinkedIn${NBSP}: 134 / 3${"\u202f"}000 caractères. L'accroche tient avant «${NBSP}…voir plus${NBSP}» (42 / 210). Laissé de côté${NBSP}: «${NBSP}Matière${NBSP}», vos notes à puiser.`,
		);
	});

	it("cuts an X thread into numbered posts and counts each against 280", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, THREAD);
		run(command("copy-post-text"));
		await flush();
		expect(clipboard).toEqual(["Douter, c'est avancer. 🧵\n\n1/2\n\n\nLyon, mars 2025.\n\n2/2"]);
		expect(lastNotice()).toBe(`Thread copié pour X${NBSP}: 2 messages, le plus long 30 / 280 caractères.`);
	});

	it("copies nothing from a draft that holds only its template, and says so", async () => {
		const app = vault({ "Brouillons/Vide — Post LinkedIn.md": "---\ntype: draft\nformat: linkedin-post\nstatus: draft\n---\n# Vide\n\n## Accroche\n\n<!-- à écrire -->\n" });
		const { command } = await loadPlugin(app);
		await openNote(app, "Brouillons/Vide — Post LinkedIn.md");
		run(command("copy-post-text"));
		await flush();
		expect(clipboard).toEqual([]);
		expect(lastNotice()).toBe(`Rien à copier encore${NBSP}: le brouillon ne contient que son modèle.`);
	});

	it("is offered on drafts only", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, IDEA);
		expect(run(command("copy-post-text"))).toBe(false);
	});

	it("counts the draft left open at the last start in the status bar once the layout is ready and painted", async () => {
		const app = vault();
		const file = await openNote(app, POST);
		// The in-memory workspace opens no MarkdownView: the one Obsidian restores holds the draft in its editor.
		const restored = { file, editor: { getValue: () => post } } as unknown as MarkdownView;
		jest.spyOn(app.workspace, "getActiveViewOfType").mockReturnValue(restored);
		const items = jest.spyOn(Plugin.prototype, "addStatusBarItem");
		const { layoutReady } = await loadPlugin(app, { layoutReady: false });
		const status = items.mock.results[0]?.value as HTMLElement | undefined;
		if (!status) throw new Error("no status bar item");
		expect(status.textContent).toBe("");
		await layoutReady();
		expect(status.textContent).toBe(`134 / 3${"\u202f"}000 caractères · accroche avant «${NBSP}…voir plus${NBSP}»`);
	});
});

describe("record-results", () => {
	async function dialog(app: App, path = POST, data?: Record<string, unknown>) {
		const { command } = await loadPlugin(app, data ? { before: (plugin) => ((plugin as unknown as { data__: unknown }).data__ = data) } : undefined);
		await openNote(app, path);
		expect(run(command("record-results"))).toBe(true);
		const modal = records.at(-1)!;
		const input = (key: string) => modal.contentEl.querySelector<HTMLInputElement>(key === "date" ? "input.tls-results-date" : `input[data-metric="${key}"]`)!;
		const type = (key: string, value: string) => {
			input(key).value = value;
			input(key).dispatchEvent(new Event("input"));
		};
		const button = (text: string) => Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === text)!;
		const submit = async () => {
			button("Enregistrer").click();
			await flush();
		};
		return { modal, input, type, submit, button, command };
	}

	it("asks for every metric, in French, showing the figures the draft has", async () => {
		const app = vault();
		const { modal, input } = await dialog(app, OTHER);
		expect(modal.titleEl.textContent).toBe(`Résultats de «${NBSP}Douter, c'est avancer — Post LinkedIn${NBSP}»`);
		expect(Array.from(modal.contentEl.querySelectorAll("input")).map((el) => el.getAttribute("aria-label"))).toEqual(["Impressions", "Réactions", "Commentaires", "Partages", "Clics", "Nouveaux abonnés", "Prospects", "Relevés le"]);
		expect(input("impressions").value).toBe("90");
		expect(input("date").value).toMatch(/^\d{4}-\d\d-\d\d$/);
	});

	it("writes the figures and the day read in one edit, as numbers, and its Undo takes back the whole", async () => {
		const app = vault();
		const { type, submit } = await dialog(app);
		const before = await read(app, POST);
		const process = jest.spyOn(app.vault, "process");
		type("impressions", "1 200");
		type("reactions", "45");
		type("comments", "3");
		type("date", "2026-12-06");
		await submit();
		expect(process).toHaveBeenCalledTimes(1);
		const after = await read(app, POST);
		expect(after).toBe(before.replace("published: 2026-12-01\n", "published: 2026-12-01\nimpressions: 1200\nreactions: 45\ncomments: 3\nresults-read: 2026-12-06\n"));
		expect(properties(after)).toMatchObject({ impressions: 1200, reactions: 45, comments: 3, "results-read": "2026-12-06" });
		expect(lastNotice()).toBe(`Résultats de «${NBSP}Douter, c'est avancer — Post LinkedIn${NBSP}» notés${NBSP}: impressions, reactions, comments et results-read écrits.`);
		notices.at(-1)!.messageEl.querySelector("button")!.click();
		await flush();
		expect(await read(app, POST)).toBe(before);
	});

	it("writes nothing on Cancel, nor for a figure that is not one, and says which", async () => {
		const app = vault();
		const { modal, type, submit, button } = await dialog(app);
		const before = await read(app, POST);
		type("impressions", "beaucoup");
		await submit();
		expect(modal.contentEl.querySelector("[role=alert]")?.textContent).toBe(`Impressions${NBSP}: «${NBSP}beaucoup${NBSP}» n'est pas un chiffre. Tapez un nombre comme 1 200 ou 12,5. Rien n'a été écrit.`);
		type("impressions", "12");
		type("date", "2026-02-30");
		await submit();
		expect(modal.contentEl.querySelector("[role=alert]")?.textContent).toContain("n'est pas un jour du calendrier");
		button("Annuler").click();
		await flush();
		expect(await read(app, POST)).toBe(before);
	});

	it("refuses to write when the draft's properties do not parse, naming why, and writes nothing", async () => {
		const app = vault();
		const { type, submit } = await dialog(app);
		const file = app.vault.getFileByPath(POST)!;
		// Another device syncs a broken property while the dialog is open.
		await app.vault.modify(file, post.replace("published: 2026-12-01\n", "published: 2026-12-01\nreactions: [1, 2\n"));
		await flush();
		const before = await read(app, POST);
		type("impressions", "1200");
		await submit();
		expect(await read(app, POST)).toBe(before);
		expect(lastNotice()).toMatch(/^Impossible de noter les résultats de «\u00a0Douter, c'est avancer — Post LinkedIn\u00a0», rien n'a été écrit\u00a0: /);
	});

	it("refuses to write over figures that changed since the dialog showed them", async () => {
		const app = vault();
		const { type, submit } = await dialog(app, OTHER);
		await app.vault.modify(app.vault.getFileByPath(OTHER)!, other.replace("impressions: 90", "impressions: 95"));
		await flush();
		type("impressions", "100");
		await submit();
		expect(properties(await read(app, OTHER)).impressions).toBe(95);
		expect(lastNotice()).toContain("la propriété a changé depuis");
	});

	it("takes the day read in the writer's own date format, day first, and writes it as ISO; an impossible day is refused", async () => {
		const app = vault();
		const { modal, input, type, submit } = await dialog(app, POST, { dateFormat: "dd/MM/yyyy HH:mm" });
		expect(input("date").value).toMatch(/^\d\d\/\d\d\/\d{4}$/);
		const before = await read(app, POST);
		type("impressions", "1 200");
		type("date", "31/11/2026");
		await submit();
		expect(modal.contentEl.querySelector("[role=alert]")?.textContent).toBe(`31/11/2026 n'est pas un jour du calendrier (pas de 30 février, pas de mois 13). Rien n'a été écrit.`);
		expect(await read(app, POST)).toBe(before);
		type("date", "06/12/2026");
		await submit();
		expect(properties(await read(app, POST))).toMatchObject({ impressions: 1200, "results-read": "2026-12-06" });
	});

	it("is offered on published drafts only", async () => {
		const app = vault();
		const { command } = await loadPlugin(app);
		await openNote(app, THREAD);
		expect(run(command("record-results"))).toBe(false);
	});
});

describe("import-results", () => {
	const CSV = `Post URL;Post publish date;Impressions;Réactions;Engagement rate\n${URL.replace("posts/moi_douter-activity-", "feed/update/urn:li:activity:").replace(/-abcd$/, "/")};01/12/2026;1 200;45;4,1 %\n;03/12/2026;800;20;2 %\n;24/12/2026;10;1;0 %\n`;

	async function dialog(app: App) {
		const { command } = await loadPlugin(app);
		expect(run(command("import-results"))).toBe(true);
		const modal = imports.at(-1)!;
		const el = <T extends HTMLElement>(selector: string) => modal.contentEl.querySelector<T>(selector)!;
		const paste = (text: string) => {
			el<HTMLTextAreaElement>("textarea.tls-import-csv").value = text;
			el<HTMLButtonElement>("button.tls-import-read").click();
		};
		const items = (part: string) => Array.from(modal.contentEl.querySelectorAll(`.${part} li`)).map((li) => li.textContent);
		return { modal, el, paste, items, command };
	}

	it("refuses a column it does not know until the writer says to ignore it, then previews before writing anything", async () => {
		const app = vault();
		const { el, paste, items } = await dialog(app);
		const before = [await read(app, POST), await read(app, OTHER)];
		paste(CSV);
		expect(el(".tls-import-problem").textContent).toBe(`Ligne 1, colonne «${NBSP}Engagement rate${NBSP}»${NBSP}: choisissez ce qu'elle contient, ou Ignorer. Rien ne peut être importé d'ici là.`);
		expect(el<HTMLButtonElement>("button.tls-import-submit").disabled).toBe(true);
		el<HTMLButtonElement>("button.tls-import-ignore-others").click();
		expect(items("tls-import-matched")).toEqual([
			`Ligne 2 → Douter, c'est avancer — Post LinkedIn, par adresse${NBSP}: Impressions 1${"\u202f"}200, Réactions 45`,
			`Ligne 3 → Oser dire non — Post LinkedIn, par date et canal${NBSP}: Impressions 800, Réactions 20`,
		]);
		expect(items("tls-import-unmatched")).toEqual([`Ligne 4${NBSP}: 2026-12-24`]);
		expect(el("button.tls-import-submit").textContent).toBe("Écrire les résultats de 2 brouillons");
		expect([await read(app, POST), await read(app, OTHER)]).toEqual(before);
	});

	it("writes the matched drafts, remembers the columns, and its one Undo puts every draft back exactly", async () => {
		const app = vault();
		const { el, paste, command } = await dialog(app);
		const before = [await read(app, POST), await read(app, OTHER)];
		paste(CSV);
		el<HTMLButtonElement>("button.tls-import-ignore-others").click();
		const date = el<HTMLInputElement>("input.tls-import-date");
		date.value = "2026-12-06";
		date.dispatchEvent(new Event("input"));
		el<HTMLButtonElement>("button.tls-import-submit").click();
		await flush();
		expect(properties(await read(app, POST))).toMatchObject({ impressions: 1200, reactions: 45, "results-read": "2026-12-06" });
		expect(properties(await read(app, OTHER))).toMatchObject({ impressions: 800, reactions: 20, "results-read": "2026-12-06" });
		expect(lastNotice()).toBe("Résultats de 2 brouillons écrits.");
		const undo = notices.at(-1)!;
		// The next import of the same export finds its columns as chosen.
		run(command("import-results"));
		const next = imports.at(-1)!;
		(next.contentEl.querySelector<HTMLTextAreaElement>("textarea.tls-import-csv"))!.value = CSV;
		next.contentEl.querySelector<HTMLButtonElement>("button.tls-import-read")!.click();
		expect(Array.from(next.contentEl.querySelectorAll<HTMLSelectElement>("select.tls-import-column")).map((s) => s.value)).toEqual(["url", "date", "metric:impressions", "metric:reactions", "ignore"]);
		undo.messageEl.querySelector("button")!.click();
		await flush();
		expect([await read(app, POST), await read(app, OTHER)]).toEqual(before);
		expect(lastNotice()).toBe("Import annulé\u00a0: 2 brouillons sont comme avant.");
	});

	it("undoes nothing when a draft changed since the import, naming it", async () => {
		const app = vault();
		const { el, paste } = await dialog(app);
		paste(CSV);
		el<HTMLButtonElement>("button.tls-import-ignore-others").click();
		el<HTMLButtonElement>("button.tls-import-submit").click();
		await flush();
		const undo = notices.at(-1)!;
		const file = app.vault.getFileByPath(OTHER)!;
		await app.vault.modify(file, (await read(app, OTHER)).replace("impressions: 800", "impressions: 850"));
		await flush();
		const now = [await read(app, POST), await read(app, OTHER)];
		undo.messageEl.querySelector("button")!.click();
		await flush();
		expect([await read(app, POST), await read(app, OTHER)]).toEqual(now);
		expect(lastNotice()).toBe(`Rien n'a été annulé, car des brouillons ont changé depuis l'import${NBSP}: Oser dire non — Post LinkedIn.`);
	});

	it("reads a CSV picked from the vault, and lists a row whose figure is not one with its row and column", async () => {
		const app = vault({ "Exports/linkedin.csv": "Post URL,Impressions\nhttps://exemple.fr/x,douze\n" });
		const { el, items } = await dialog(app);
		const select = el<HTMLSelectElement>("select.tls-import-file");
		select.value = "Exports/linkedin.csv";
		select.dispatchEvent(new Event("change"));
		await flush();
		expect(items("tls-import-refused")).toEqual([`Ligne 2, colonne «${NBSP}Impressions${NBSP}»${NBSP}: «${NBSP}douze${NBSP}» n'est pas un chiffre`]);
	});
});
