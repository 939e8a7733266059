/**
 * @jest-environment jsdom
 */
import { Notice, type App } from "obsidian";
import { parse } from "yaml";
import { flush, makeApp } from "../../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../../helpers/load-plugin";
import * as language from "../../../src/obsidian/shared/obsidian-language";
import { ProductSuggestModal } from "../../../src/obsidian/brand/product-suggest-modal";
import { BrandIdeas } from "../../../src/obsidian/brand/brand-ideas";
import { TemplateLibrary } from "../../../src/obsidian/templates/template-library";
import { NoteWriter } from "../../../src/obsidian/shared/note-writer";
import type { Studio } from "../../../src/obsidian/shared/studio";

const BRAND = "Idées de marque/Penser une fois « répliquer partout ».md";
const TITLE = "Penser une fois : « répliquer partout »";
const BELIEF = "L'expertise qu'on ne partage pas n'existe pas : « penser une fois », c'est répliquer partout.";
const STEPS = ["Lire avec un crayon", "Écrire l'idée en une phrase : « la thèse »", "La porter dans chaque produit"];
const NOTE = [
	"---",
	"type: brand-idea",
	`title: "${TITLE}"`,
	"sources:",
	'  - "[[Expert Secrets]]"',
	"---",
	"## Croyance centrale",
	"<!-- Le « grand domino » : une phrase. -->",
	BELIEF,
	"",
	"## Étapes du framework",
	...STEPS.map((step, i) => `${i + 1}. ${step}`),
	"",
	"## Histoire d'origine",
	"- Mur : personne ne lisait mes notes",
	"- Épiphanie : « écrire une fois, publier partout »",
	"",
].join("\n");
const TALK = "Produits/Penser une fois « répliquer partout » — Conférence.md";

function properties(text: string): Record<string, unknown> {
	return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as Record<string, unknown>;
}

async function read(app: App, path: string): Promise<string> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`${path} missing`);
	return app.vault.read(file);
}

let pickers: ProductSuggestModal[] = [];
let notices: string[] = [];
/** Notes opened in a new tab, each with the talks the framework board counted at that moment. */
let openedInTab: { path: string; talks: string[] }[] = [];

beforeEach(() => {
	pickers = [];
	notices = [];
	openedInTab = [];
	jest.spyOn(language, "obsidianLanguage").mockReturnValue("fr");
	// The in-memory Modal closes itself at once: keep the picker open, as Obsidian does.
	jest.spyOn(ProductSuggestModal.prototype, "open").mockImplementation(function (this: ProductSuggestModal) {
		pickers.push(this);
	});
	jest.spyOn(Notice.prototype as unknown as { constructor__(message: string | DocumentFragment): void }, "constructor__").mockImplementation((message) => {
		notices.push(typeof message === "string" ? message : (message.textContent ?? ""));
	});
});

afterEach(() => jest.restoreAllMocks());

/** The plugin over a vault holding the brand idea, and the framework boards' models read from its index. */
async function vault(files: Record<string, string> = {}) {
	const app = makeApp({ [BRAND]: NOTE, "Lectures/Expert Secrets.md": "---\ntype: book\n---\n", ...files });
	const { command, plugin } = await loadPlugin(app);
	const studio = (plugin as unknown as { studio: Studio }).studio;
	await studio.ready;
	const writer = new NoteWriter(app);
	const brands = new BrandIdeas(app, studio, writer, new TemplateLibrary(app, writer, () => studio.settings.templatesFolder, "fr"), () => undefined);
	const talks = (): string[] => brands.framework(BRAND)?.columns.find((column) => column.key === "talk")?.notes.map((note) => note.path) ?? [];
	const getLeaf = app.workspace.getLeaf.bind(app.workspace);
	jest.spyOn(app.workspace, "getLeaf").mockImplementation((place?: unknown) => {
		const leaf = getLeaf(place as "tab");
		if (place !== "tab") return leaf;
		const openFile = leaf.openFile.bind(leaf);
		leaf.openFile = (file, state) => {
			openedInTab.push({ path: file.path, talks: talks() });
			return openFile(file, state);
		};
		return leaf;
	});
	return { app, command, talks };
}

function choose(key: string): void {
	const picker = pickers.at(-1);
	if (!picker) throw new Error("no product picker was opened");
	const column = picker.getItems().find((item) => item.key === key);
	if (!column) throw new Error(`no product ${key}`);
	picker.onChooseItem(column);
}

describe("carry-into-product over the in-memory vault, in French", () => {
	it("makes the talk from the brand idea, its belief and steps exactly as written, opens it, and the board counts it at once", async () => {
		const { app, command, talks } = await vault();
		await openNote(app, BRAND);
		expect(command("carry-into-product").hotkeys).toBeUndefined();
		expect(command("carry-into-product").name).toBe("Répliquer cette idée de marque dans un produit");
		expect(run(command("carry-into-product"))).toBe(true);
		const picker = pickers[0]!;
		expect(picker.getItems().map((column) => column.label)).toEqual(["Conférence", "Livre", "Formation", "Newsletter", "Accompagnement", "Atelier", "Produit numérique", "Coaching"]);
		choose("talk");
		await flush();

		const text = await read(app, TALK);
		expect(properties(text)).toMatchObject({ type: "product", product: "talk", "brand-idea": ["[[Penser une fois « répliquer partout »]]"] });
		expect(text).toContain(`\n# ${TITLE} — Conférence\n`);
		expect(text).toContain(`\n${BELIEF}\n\n1. ${STEPS[0]}\n2. ${STEPS[1]}\n3. ${STEPS[2]}\n`);
		expect(text.match(/^## Partie .*$/gm)).toEqual(STEPS.map((step, i) => `## Partie ${i + 1} — ${step}`));
		expect(text).toContain("\n- Mur : personne ne lisait mes notes\n- Épiphanie : « écrire une fois, publier partout »\n");
		expect(text).toContain("\n- [[Expert Secrets]]\n");
		expect(text).not.toContain("{{");
		// The board counts the talk when the note opens: the index has it before the writer sees it.
		expect(openedInTab).toEqual([{ path: TALK, talks: [TALK] }]);
		expect(notices).toEqual([`Note Conférence créée\u00a0: ${TITLE}`]);
		expect(talks()).toEqual([TALK]);
		expect(await read(app, BRAND)).toBe(NOTE);
	});

	it("says which products already carry the brand idea, and is offered on a brand idea only", async () => {
		const { app, command } = await vault({ "Journal/2024-02-22.md": "---\ntags: [journal]\n---\nRelu [[Expert Secrets]].\n" });
		await openNote(app, "Journal/2024-02-22.md");
		expect(run(command("carry-into-product"))).toBe(false);
		await openNote(app, BRAND);
		run(command("carry-into-product"));
		choose("course");
		await flush();
		run(command("carry-into-product"));
		const picker = pickers.at(-1)!;
		const detail = (key: string): string | null | undefined => {
			const el = document.createElement("div");
			picker.renderSuggestion({ item: picker.getItems().find((column) => column.key === key)!, match: { score: 0, matches: [] } }, el);
			return el.querySelector(".suggestion-note")?.textContent;
		};
		expect(detail("course")).toBe("Déjà répliquée ici");
		expect(detail("book")).toBe("Pas encore répliquée ici");
		expect((await read(app, "Produits/Penser une fois « répliquer partout » — Formation.md")).match(/^## Module .*$/gm)).toEqual(STEPS.map((step, i) => `## Module ${i + 1} — ${step}`));
	});

	it("writes nothing when the picker is closed without a choice", async () => {
		const { app, command } = await vault();
		await openNote(app, BRAND);
		run(command("carry-into-product"));
		pickers[0]!.close();
		await flush();
		expect(app.vault.getMarkdownFiles().map((file) => file.path).sort()).toEqual(["Idées de marque/Penser une fois « répliquer partout ».md", "Lectures/Expert Secrets.md"]);
	});
});
