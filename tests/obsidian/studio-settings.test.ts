/**
 * @jest-environment jsdom
 */
import { flush, makeApp } from "../helpers/obsidian-app";
import { Studio } from "../../src/obsidian/shared/studio";
import { StudioSettingTab } from "../../src/obsidian/settings/studio-setting-tab";
import { DEFAULT_SETTINGS, migrateSettings } from "../../src/core/settings/studio-settings";
import manifest from "../../manifest.json";
import { AbstractInputSuggest, type App, type Plugin } from "obsidian";
import type { FolderSuggest } from "../../src/obsidian/settings/folder-suggest";

function setup(saved: unknown = null) {
	const app = makeApp({ "Journal/a.md": "---\ntags: [journal]\n---\n", "Carnet/b.md": "---\ntags: [carnet]\n---\n" });
	const storage = { data: saved, loadData: () => Promise.resolve(storage.data), saveData: (d: unknown) => Promise.resolve(void (storage.data = d)), registerEvent: () => undefined };
	const studio = new Studio(app, { ...manifest, dir: ".obsidian/plugins/x" }, storage, migrateSettings(saved, "fr"), "fr");
	return { app, storage, studio };
}

describe("settings", () => {
	it("shows every setting in French, in order, under its headings, from the same definitions as settings search", () => {
		const { app, studio } = setup();
		const tab = new StudioSettingTab(app, {} as Plugin, studio);
		// As Obsidian 1.13 does: definitions stored by update(), then rendered (the mock's renderTab__ stands for the settings modal).
		tab.update();
		(tab as unknown as { renderTab__(): void }).renderTab__();
		const text = tab.containerEl.textContent ?? "";
		const names = ["Notes de réflexion", "Tags suivis", "Titres des sections d'idées", "Pipeline d'idées", "Dossier des idées", "Format de date", "Étapes", "Idées de marque", "Produits"];
		const positions = names.map((name) => text.indexOf(name));
		expect(positions.every((at) => at >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(text).not.toContain("Watched tags");
	});

	it("offers the same settings to Obsidian's settings search", () => {
		const { app, studio } = setup();
		const groups = new StudioSettingTab(app, {} as Plugin, studio).getSettingDefinitions();
		expect(groups.map((g) => ("heading" in g ? g.heading : null))).toEqual(["Notes de réflexion", "Pipeline d'idées", "Rédaction", "Résultats", "Calendrier éditorial", "Revue de la semaine", "Idées de marque"]);
	});

	it("saves a change and re-reads the vault with it", async () => {
		const { storage, studio } = setup();
		await studio.start();
		expect(studio.index.watchedNotes().map((n) => n.path)).toEqual(["Journal/a.md"]);
		jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
		try {
			await studio.updateSettings({ watchedTags: ["carnet"] });
			expect(storage.data).toMatchObject({ watchedTags: ["carnet"] });
			// Settings typed in a row make one rebuild, 800 ms after the last.
			await jest.advanceTimersByTimeAsync(1000);
		} finally {
			jest.useRealTimers();
		}
		expect(studio.index.watchedNotes().map((n) => n.path)).toEqual(["Carnet/b.md"]);
	});

	it("takes settings changed on disk by a sync, as they are", async () => {
		const { storage, studio } = setup();
		let told = 0;
		studio.onSettingsChange(() => told++);
		storage.data = { ...DEFAULT_SETTINGS, ideasFolder: "Inbox/Idées" };
		await studio.reloadSettings();
		expect(studio.settings.ideasFolder).toBe("Inbox/Idées");
		expect(told).toBe(1);
	});

	it("repairs a hand-edited or older data.json instead of failing", () => {
		expect(migrateSettings({ watchedTags: "journal", stages: [{ key: "" }, { key: "idée", labels: { fr: "Idée" } }], extra: 1 }, "fr")).toEqual({
			...DEFAULT_SETTINGS,
			ideaTag: "idée",
			strategyFolder: "",
			stages: [{ key: "idée", labels: { en: "idée", fr: "Idée" } }],
		});
	});
});

/** The settings tab as Obsidian 1.13 renders it, in French. */
function renderTab(saved: unknown = null) {
	const { app, storage, studio } = setup(saved);
	const tab = new StudioSettingTab(app, {} as Plugin, studio);
	tab.update();
	(tab as unknown as { renderTab__(): void }).renderTab__();
	return { tab, storage, studio, el: tab.containerEl };
}

function type(input: HTMLInputElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event("input"));
}

function stageInputs(el: HTMLElement): HTMLInputElement[][] {
	return Array.from(el.querySelectorAll<HTMLElement>(".tls-stage-row[role=listitem]")).map((row) => Array.from(row.querySelectorAll("input")));
}

function stageValues(el: HTMLElement): string[] {
	return stageInputs(el).map((row) => row.map((input) => input.value).join(" | "));
}

function button(el: HTMLElement, label: string): HTMLButtonElement {
	const found = Array.from(el.querySelectorAll("button")).find((b) => b.getAttribute("aria-label") === label || b.textContent === label);
	if (!found) throw new Error(`no button ${label}`);
	return found;
}

describe("stages in the settings tab", () => {
	it("shows one row a stage, its fields named in French for a screen reader", () => {
		const { el } = renderTab();
		expect(stageValues(el)).toEqual(["think | Think | Réfléchir", "spark | Spark | Étincelle", "invest | Invest | Investir", "re-invest | Re-invest | Réinvestir"]);
		expect(stageInputs(el)[1]?.[2]?.getAttribute("aria-label")).toBe("Libellé français, étape 2");
		expect(button(el, "Monter l'étape 1").disabled).toBe(true);
		expect(button(el, "Descendre l'étape 4").disabled).toBe(true);
	});

	it("saves a renamed label at once", async () => {
		const { el, storage } = renderTab();
		type(stageInputs(el)[2]![2]!, "Premier jet");
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).stages[2]).toEqual({ key: "invest", labels: { en: "Invest", fr: "Premier jet" } });
	});

	it("refuses a row without a stored value, says so in French, and saves nothing", async () => {
		const { el, storage, studio } = renderTab();
		type(stageInputs(el)[1]![0]!, "  ");
		await flush();
		expect(storage.data).toBeNull();
		expect(studio.settings.stages).toEqual(DEFAULT_SETTINGS.stages);
		expect(el.querySelector(".tls-stage-list [role=status]")?.textContent).toBe("L'étape 2 doit avoir une valeur enregistrée. Les étapes n'ont pas été enregistrées.");
		expect(stageInputs(el)[1]![0]!.getAttribute("aria-invalid")).toBe("true");
	});

	it("refuses a value another stage has, and saves again once it is fixed", async () => {
		const { el, storage } = renderTab();
		const value = stageInputs(el)[3]![0]!;
		type(value, "Spark");
		await flush();
		expect(storage.data).toBeNull();
		expect(el.querySelector(".tls-stage-list [role=status]")?.textContent).toBe("L'étape 4 a la valeur «\u00a0Spark\u00a0» d'une autre étape. Les étapes n'ont pas été enregistrées.");
		type(value, "réinvestir");
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).stages.map((s) => s.key)).toEqual(["think", "spark", "invest", "réinvestir"]);
		expect(el.querySelector(".tls-stage-list [role=status]")?.textContent).toBe("");
	});

	it("moves a stage down and removes one, saving the new order", async () => {
		const { el, storage } = renderTab();
		button(el, "Descendre l'étape 1").click();
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).stages.map((s) => s.key)).toEqual(["spark", "think", "invest", "re-invest"]);
		expect(stageValues(el)[0]).toBe("spark | Spark | Étincelle");
		button(el, "Supprimer l'étape 4").click();
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).stages.map((s) => s.key)).toEqual(["spark", "think", "invest"]);
	});

	it("keeps the focus on the moved stage, so a keyboard user can press again", () => {
		const { el } = renderTab();
		document.body.appendChild(el);
		button(el, "Descendre l'étape 1").click();
		expect(document.activeElement?.getAttribute("aria-label")).toBe("Descendre l'étape 2");
		// Back at the top, where "up" is disabled: the focus goes to the stage's value.
		button(el, "Monter l'étape 2").click();
		expect(document.activeElement?.getAttribute("aria-label")).toBe("Valeur enregistrée, étape 1");
		el.remove();
	});

	it("adds an empty row, saved once it has a value", async () => {
		const { el, storage } = renderTab();
		button(el, "Ajouter une étape").click();
		await flush();
		expect(storage.data).toBeNull();
		expect(stageInputs(el)).toHaveLength(5);
		type(stageInputs(el)[4]![0]!, "archivé");
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).stages[4]).toEqual({ key: "archivé", labels: { en: "archivé", fr: "archivé" } });
	});
});

describe("formats in the settings tab", () => {
	function formatList(el: HTMLElement): HTMLTextAreaElement {
		const area = el.querySelector<HTMLTextAreaElement>("textarea.tls-format-list");
		if (!area) throw new Error("no formats list");
		return area;
	}

	it("lists the formats one a line, with their names, channel and stage", () => {
		const { el } = renderTab();
		expect(formatList(el).value.split("\n")[0]).toBe("linkedin-post | LinkedIn post | Post LinkedIn | LinkedIn | spark");
		expect(formatList(el).value.split("\n")).toHaveLength(15);
	});

	it("saves an added format, and refuses a stage that does not exist, saying which line, without saving", async () => {
		const { el, storage } = renderTab();
		const area = formatList(el);
		const lines = area.value;
		type(area as unknown as HTMLInputElement, `${lines}\ncarnet | Field notes | Carnet de terrain | Blog | publié`);
		await flush();
		expect(storage.data).toBeNull();
		expect(el.querySelector(".tls-format-problem")?.textContent).toBe("Ligne 16\u00a0: «\u00a0publié\u00a0» n'est la valeur enregistrée d'aucune étape. Les formats n'ont pas été enregistrés.");
		type(area as unknown as HTMLInputElement, `${lines}\ncarnet | Field notes | Carnet de terrain | Blog | invest`);
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).formats.at(-1)).toEqual({ key: "carnet", names: { en: "Field notes", fr: "Carnet de terrain" }, channel: "Blog", stage: "invest" });
		expect(el.querySelector(".tls-format-problem")?.textContent).toBe("");
	});
});

describe("the rhythm and the stalled threshold in the settings tab", () => {
	it("saves a rhythm typed one channel a line, and refuses a count that is no number of pieces a week, saying which line", async () => {
		const { el, storage } = renderTab();
		const area = el.querySelector<HTMLTextAreaElement>("textarea.tls-rhythm-list");
		if (!area) throw new Error("no rhythm field");
		expect(area.value).toBe("");
		type(area as unknown as HTMLInputElement, "LinkedIn | 3\nNewsletter | trois");
		await flush();
		expect(storage.data).toBeNull();
		expect(area.parentElement?.querySelector(".tls-format-problem")?.textContent).toBe("Ligne 2\u00a0: «\u00a0trois\u00a0» n'est pas un nombre de publications par semaine de 1 à 21. Le rythme n'a pas été enregistré.");
		type(area as unknown as HTMLInputElement, "LinkedIn | 3\nNewsletter | 1");
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).rhythm).toEqual({ LinkedIn: 3, Newsletter: 1 });
	});

	it("saves the days after which an idea is stalled, and keeps the saved number for one that is not a whole number of days", async () => {
		const { el, storage } = renderTab();
		const input = el.querySelector<HTMLInputElement>('input[aria-label="En attente après"]');
		if (!input) throw new Error("no stalled days field");
		expect(input.value).toBe("21");
		type(input, "0");
		await flush();
		expect(storage.data).toBeNull();
		expect(input.getAttribute("aria-invalid")).toBe("true");
		type(input, "30");
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).stalledDays).toBe(30);
	});
});

describe("date format in the settings tab", () => {
	beforeEach(() => {
		jest.useFakeTimers({ doNotFake: ["setTimeout", "setImmediate", "nextTick"] });
		jest.setSystemTime(new Date(2024, 2, 1, 9, 5));
	});
	afterEach(() => jest.useRealTimers());

	function field(el: HTMLElement): HTMLInputElement {
		const input = el.querySelector<HTMLInputElement>('input[aria-label="Format de date"]');
		if (!input) throw new Error("no date format field");
		return input;
	}

	const example = (el: HTMLElement) => el.querySelector(".tls-setting-example")?.textContent;

	it("shows the saved date-fns default in Obsidian's tokens, with an example", () => {
		const { el } = renderTab();
		expect(field(el).value).toBe("YYYY-MM-DD[T]HH:mm");
		expect(example(el)).toBe("Exemple\u00a0: 2024-03-01T09:05");
	});

	it("takes the tokens Obsidian users type, shows the example in French and saves the pattern new notes use", async () => {
		const { el, storage } = renderTab();
		type(field(el), "D MMMM YYYY [à] HH:mm");
		await flush();
		expect(example(el)).toBe("Exemple\u00a0: 1 mars 2024 à 09:05");
		expect(storage.data).toMatchObject({ dateFormat: "d MMMM yyyy à HH:mm" });
		expect(el.querySelector(".tls-setting-note")?.textContent).toContain("YYYY-MM-DD");
		type(field(el), "YYYY-MM-DD HH:mm");
		await flush();
		expect(storage.data).toMatchObject({ dateFormat: "yyyy-MM-dd HH:mm" });
		expect(el.querySelector(".tls-setting-note")?.textContent).toBe("");
	});

	it("refuses a format that would break every capture, says why in French, and keeps the saved one", async () => {
		const { el, storage, studio } = renderTab();
		type(field(el), "yyyy-MM-dd");
		await flush();
		expect(example(el)).toBe("«\u00a0yyyy\u00a0» n'est pas un jeton de date\u00a0: utilisez YYYY, MM, DD, HH, mm… et mettez les mots entre [crochets]. Le format n'a pas été modifié.");
		type(field(el), "YYYY-MM-DD [T");
		await flush();
		expect(example(el)).toBe("Un [ n'est pas refermé\u00a0: mettez les mots entre crochets, comme [à]. Le format n'a pas été modifié.");
		expect(storage.data).toBeNull();
		expect(studio.settings.dateFormat).toBe(DEFAULT_SETTINGS.dateFormat);
	});

	it("keeps a date-fns pattern saved by an earlier version, and shows it in Obsidian's tokens", () => {
		const { el, studio } = renderTab({ ...DEFAULT_SETTINGS, dateFormat: "dd/MM/yyyy" });
		expect(studio.settings.dateFormat).toBe("dd/MM/yyyy");
		expect(field(el).value).toBe("DD/MM/YYYY");
	});
});

/** The message a setting shows under its name: its control's setting row (`settingEl`) holds both. */
const problem = (control: HTMLElement) => control.parentElement?.parentElement?.querySelector(".tls-settings-invalid")?.textContent;

describe("folders in the settings tab", () => {
	function field(el: HTMLElement, name: string): HTMLInputElement {
		const input = el.querySelector<HTMLInputElement>(`input[aria-label="${name}"]`);
		if (!input) throw new Error(`no field ${name}`);
		return input;
	}


	it("saves a folder of the vault as Obsidian writes paths", async () => {
		const { el, storage } = renderTab();
		const drafts = field(el, "Dossier des brouillons");
		expect(drafts.value).toBe("Brouillons");
		type(drafts, "Écriture\\Brouillons/");
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).draftsFolder).toBe("Écriture/Brouillons");
		expect(problem(drafts)).toBe("");
	});

	it("saves the reviews folder, and refuses one hidden from Obsidian's file list like any other", async () => {
		const { el, storage, studio } = renderTab();
		const reviews = field(el, "Dossier des revues");
		expect(reviews.value).toBe("Revues");
		type(reviews, "Écriture/.revues");
		await flush();
		expect(reviews.getAttribute("aria-invalid")).toBe("true");
		expect(studio.settings.reviewsFolder).toBe("Revues");
		type(reviews, "Écriture/Revues de la semaine");
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).reviewsFolder).toBe("Écriture/Revues de la semaine");
	});

	it("refuses a folder outside the vault or in Obsidian's configuration folder, says why in French, and keeps the saved one", async () => {
		const { el, storage, studio } = renderTab();
		const books = field(el, "Dossier des lectures");
		type(books, "../Lectures");
		await flush();
		expect(problem(books)).toBe("«\u00a0../Lectures\u00a0» est hors du coffre\u00a0: saisissez un dossier du coffre, comme Brouillons ou Écriture/Brouillons. Le dossier n'a pas été modifié.");
		expect(books.getAttribute("aria-invalid")).toBe("true");
		type(books, ".obsidian/plugins");
		await flush();
		expect(problem(books)).toBe("«\u00a0.obsidian/plugins\u00a0» est dans le dossier de configuration d'Obsidian, où les notes n'ont pas leur place. Le dossier n'a pas été modifié.");
		expect(storage.data).toBeNull();
		expect(studio.settings.booksFolder).toBe("Lectures");
	});
});

describe("where notes go, chosen once for the vault", () => {
	const FOLDERS = ["ideasFolder", "draftsFolder", "booksFolder", "brandIdeasFolder", "productsFolder", "templatesFolder", "strategyFolder", "reviewsFolder"] as const;
	const ENGLISH = ["Ideas", "Drafts", "Books", "Brand ideas", "Products", "Templates/Thought Leadership", "Strategy", "Reviews"];
	const FRENCH = ["Idées", "Brouillons", "Lectures", "Idées de marque", "Produits", "Modèles/Thought Leadership", "Stratégie", "Revues"];

	/** A copy, as a file on disk would hold it. */
	const copy = <T>(data: T): T => JSON.parse(JSON.stringify(data)) as T;
	/** A data.json on disk (null: none yet), counting what the plugin writes to it. */
	function disk(data: unknown) {
		const storage = { data, saves: 0, loadData: () => Promise.resolve(storage.data), saveData: (d: unknown) => Promise.resolve(void ((storage.data = copy(d)), storage.saves++)), registerEvent: () => undefined };
		return storage;
	}
	const load = (app: App, storage: ReturnType<typeof disk>, language: "en" | "fr") => Studio.load(app, { ...manifest, dir: ".obsidian/plugins/x" }, storage, language);
	const folders = (settings: Record<string, unknown>) => FOLDERS.map((name) => settings[name]);

	it("starts a vault in English in English folders, saves them, and keeps them once Obsidian is in French", async () => {
		const app = makeApp({ "Journal/2024-02-22.md": "---\ntags: [journal]\n---\nPenser une fois : « répliquer partout ».\n" });
		const storage = disk(null);
		const english = await load(app, storage, "en");
		expect(folders(english.settings as unknown as Record<string, unknown>)).toEqual(ENGLISH);
		expect(folders(storage.data as Record<string, unknown>)).toEqual(ENGLISH);
		expect(storage.saves).toBe(1);

		const french = await load(app, storage, "fr");
		expect(folders(french.settings as unknown as Record<string, unknown>)).toEqual(ENGLISH);
		expect(storage.saves).toBe(1);
		// The settings tab, in French, shows where the notes go.
		const tab = new StudioSettingTab(app, {} as Plugin, french);
		tab.update();
		(tab as unknown as { renderTab__(): void }).renderTab__();
		const value = (name: string) => tab.containerEl.querySelector<HTMLInputElement>(`input[aria-label="${name}"]`)?.value;
		expect(["Dossier des idées", "Dossier des idées de marque", "Dossier des produits", "Dossier des stratégies", "Dossier des revues"].map(value)).toEqual(["Ideas", "Brand ideas", "Products", "Strategy", "Reviews"]);
	});

	it("starts a vault in French in French folders", async () => {
		const storage = disk(undefined);
		const studio = await load(makeApp({}), storage, "fr");
		expect(folders(studio.settings as unknown as Record<string, unknown>)).toEqual(FRENCH);
		expect(folders(storage.data as Record<string, unknown>)).toEqual(FRENCH);
		expect((storage.data as Record<string, unknown>).ideaTag).toBe("idée");
	});

	it("keeps the folders a vault of the previous version used, and writes them down so that no language moves them", async () => {
		// data.json of the previous version: ideas, drafts, books and templates folders, no brand ideas, products or strategy folder.
		const previous = { version: 1, watchedTags: ["journal"], ideasFolder: "Idées", templatesFolder: "Modèles/Thought Leadership", draftsFolder: "Écriture/Brouillons", booksFolder: "Lectures" };
		const app = makeApp({ "Idées de marque/Penser une fois.md": "---\ntype: brand-idea\n---\n", "Produits/Penser une fois — Conférence.md": "---\ntype: product\nproduct: talk\n---\n", "Stratégie de leadership éclairé.md": "Ma stratégie.\n" });
		const storage = disk(copy(previous));
		const english = await load(app, storage, "en");
		// Reviews are new: they take the folder of the language Obsidian was in when the plugin first met them.
		const kept = ["Idées", "Écriture/Brouillons", "Lectures", "Idées de marque", "Produits", "Modèles/Thought Leadership", "", "Reviews"];
		expect(folders(english.settings as unknown as Record<string, unknown>)).toEqual(kept);
		expect(storage.data).toEqual({ ...previous, brandIdeasFolder: "Idées de marque", productsFolder: "Produits", strategyFolder: "", reviewsFolder: "Reviews" });
		expect(folders((await load(app, storage, "fr")).settings as unknown as Record<string, unknown>)).toEqual(kept);
		expect(storage.saves).toBe(1);
	});

	it("gives a vault of the previous version without brand ideas yet the brand folders of Obsidian's language, as it had, from now on", async () => {
		const storage = disk({ version: 1, watchedTags: ["journal"] });
		const english = await load(makeApp({}), storage, "en");
		expect([english.settings.brandIdeasFolder, english.settings.productsFolder, english.settings.ideasFolder]).toEqual(["Brand ideas", "Products", "Idées"]);
		const french = await load(makeApp({}), storage, "fr");
		expect([french.settings.brandIdeasFolder, french.settings.productsFolder]).toEqual(["Brand ideas", "Products"]);
	});

	it("creates strategy notes at the vault's root when the strategy folder is left empty", async () => {
		const { el, storage, studio } = renderTab();
		const strategy = el.querySelector<HTMLInputElement>('input[aria-label="Dossier des stratégies"]');
		if (!strategy) throw new Error("no strategy folder field");
		expect(strategy.value).toBe("Stratégie");
		type(strategy, "");
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).strategyFolder).toBe("");
		expect(studio.settings.strategyFolder).toBe("");
	});
});

describe("lists in the settings tab", () => {
	it("refuses more than 200 watched tags with a message, and saves again once there are fewer", async () => {
		const { el, storage } = renderTab();
		const area = el.querySelector<HTMLTextAreaElement>('textarea[aria-label="Tags suivis"]');
		if (!area) throw new Error("no watched tags");
		type(area as unknown as HTMLInputElement, Array.from({ length: 201 }, (_, i) => `#réflexion-${i}`).join("\n"));
		await flush();
		expect(storage.data).toBeNull();
		expect(problem(area)).toBe("Gardez au plus 200 lignes. La liste n'a pas été enregistrée.");
		type(area as unknown as HTMLInputElement, "journal\n#Réflexions\n");
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).watchedTags).toEqual(["journal", "#Réflexions"]);
	});

	it("saves the book tags typed one a line, none when the field is emptied, and reads the vault's book notes again with them", async () => {
		const { el, storage, studio } = renderTab();
		await studio.start();
		const area = el.querySelector<HTMLTextAreaElement>('textarea[aria-label="Tags des lectures"]');
		if (!area) throw new Error("no book tags");
		expect(area.value).toBe("lecture\nlivre\nlectures\nbook\nreading");
		expect(studio.index.get("Carnet/b.md")).toBeUndefined();
		jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
		try {
			type(area as unknown as HTMLInputElement, "lecture\n#Carnet\n");
			await jest.advanceTimersByTimeAsync(1000);
			expect((storage.data as typeof DEFAULT_SETTINGS).bookTags).toEqual(["lecture", "#Carnet"]);
			expect(studio.index.get("Carnet/b.md")?.path).toBe("Carnet/b.md");
			type(area as unknown as HTMLInputElement, "");
			await jest.advanceTimersByTimeAsync(1000);
		} finally {
			jest.useRealTimers();
		}
		expect((storage.data as typeof DEFAULT_SETTINGS).bookTags).toEqual([]);
		expect(studio.index.get("Carnet/b.md")).toBeUndefined();
		studio.stop();
	});
});

describe("folders left out in the settings tab", () => {
	afterEach(() => jest.restoreAllMocks());

	const leftOutField = (el: HTMLElement): HTMLInputElement => {
		const input = el.querySelector<HTMLInputElement>('input[aria-label="Dossier à laisser de côté"]');
		if (!input) throw new Error("no field for the folders left out");
		return input;
	};
	const listed = (el: HTMLElement): string[] => Array.from(el.querySelectorAll(".tls-folder-list-name")).map((item) => item.textContent ?? "");
	/** The refusal under the setting's name: the field sits in the list's own row, below the setting's control. */
	const refusal = (input: HTMLInputElement) => input.closest(".tls-setting-wide")?.querySelector(".tls-settings-invalid")?.textContent;
	const enter = (input: HTMLInputElement, value: string): void => {
		type(input, value);
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
	};

	it("adds a typed folder as the vault spells it, lists it with a button to take it off, and saves each change", async () => {
		const { el, storage } = renderTab({ excludedFolders: ["Archives"] });
		expect(listed(el)).toEqual(["Archives"]);
		const input = leftOutField(el);
		enter(input, "carnet/");
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).excludedFolders).toEqual(["Archives", "Carnet"]);
		expect(listed(el)).toEqual(["Archives", "Carnet"]);
		expect(input.value).toBe("");
		button(el, "Ne plus laisser Archives de côté").click();
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).excludedFolders).toEqual(["Carnet"]);
		expect(listed(el)).toEqual(["Carnet"]);
	});

	it("refuses the vault's root, a folder outside it or already listed, says why in French, and saves nothing", async () => {
		const { el, storage } = renderTab({ excludedFolders: ["Carnet"] });
		const input = leftOutField(el);
		enter(input, "/");
		await flush();
		expect(refusal(input)).toBe("La racine du coffre laisserait de côté toutes les notes\u00a0: saisissez l'un de ses dossiers, comme Archives. Rien n'a été ajouté.");
		expect(input.getAttribute("aria-invalid")).toBe("true");
		enter(input, "../Carnet");
		await flush();
		expect(refusal(input)).toBe("«\u00a0../Carnet\u00a0» est hors du coffre\u00a0: saisissez un dossier du coffre, comme Archives ou Journal/2019. Rien n'a été ajouté.");
		enter(input, "CARNET");
		await flush();
		expect(refusal(input)).toBe("«\u00a0Carnet\u00a0» est déjà laissé de côté.");
		expect(storage.data).toEqual({ excludedFolders: ["Carnet"] });
		type(input, "Journal");
		button(el, "Laisser de côté").click();
		await flush();
		expect(refusal(input)).toBe("");
		expect((storage.data as typeof DEFAULT_SETTINGS).excludedFolders).toEqual(["Carnet", "Journal"]);
	});

	it("offers the vault's folders as the writer types, but those already left out, and adds the one picked", async () => {
		const suggests: FolderSuggest[] = [];
		jest.spyOn(AbstractInputSuggest.prototype as unknown as { constructor2__(): void }, "constructor2__").mockImplementation(function (this: FolderSuggest) {
			suggests.push(this);
		});
		const { el, storage } = renderTab({ excludedFolders: ["Carnet"] });
		const [suggest] = suggests;
		if (!suggest) throw new Error("no folder suggestions");
		const offered = (typed: string): string[] => (suggest as unknown as { getSuggestions(query: string): string[] }).getSuggestions(typed);
		expect(offered("")).toEqual(["Journal"]);
		expect(offered("jour")).toEqual(["Journal"]);
		expect(offered("carn")).toEqual([]);
		suggest.selectSuggestion("Journal");
		await flush();
		expect((storage.data as typeof DEFAULT_SETTINGS).excludedFolders).toEqual(["Carnet", "Journal"]);
		expect(listed(el)).toEqual(["Carnet", "Journal"]);
	});

	it("shows which templates folders are left out by themselves, read from Obsidian's Templates plugin and Templater", async () => {
		const { app, studio } = setup();
		await app.vault.adapter.mkdir(".obsidian/plugins/templater-obsidian");
		await app.vault.adapter.write(".obsidian/templates.json", '{"folder":"Modèles"}');
		await app.vault.adapter.write(".obsidian/plugins/templater-obsidian/data.json", '{"templates_folder":"Modèles/Templater"}');
		const tab = new StudioSettingTab(app, {} as Plugin, studio);
		tab.update();
		(tab as unknown as { renderTab__(): void }).renderTab__();
		await flush();
		const note = tab.containerEl.querySelector(".tls-templates-folders");
		expect(note?.firstChild?.textContent).toBe("Laissés de côté aussi, comme modèles\u00a0:");
		expect(Array.from(note?.querySelectorAll("li") ?? []).map((item) => item.textContent)).toEqual([
			"Modèles (module Modèles d'Obsidian)",
			"Modèles/Templater (Templater)",
			"Modèles/Thought Leadership (réglage Dossier des modèles, plus bas)",
		]);
	});
});
