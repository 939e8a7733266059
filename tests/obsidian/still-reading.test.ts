/**
 * @jest-environment jsdom
 */
import { Notice } from "obsidian";
import { flush, makeApp } from "../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../helpers/load-plugin";
import { ConfirmModal } from "../../src/obsidian/shared/confirm-modal";
import * as language from "../../src/obsidian/shared/obsidian-language";
import { FRAMEWORK_VIEW_TYPE } from "../../src/obsidian/brand/framework-view";

const journal = "---\ncreated: 2024-02-22T21:33\ntags:\n  - journal\n---\n## Idées de posts\n- Le doute : « une méthode » qui s'apprend\n- Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]]\n";
const idea = "---\ntype: idea\nstatus: spark\ncreated: 2024-03-01T10:00\nsource: \"[[2024-02-22]]\"\n---\nL'expertise invisible\n";
const book = "---\ntype: book\nauthor: Russell Brunson\nstatus: reading\n---\n# Expert Secrets\n";
const draft = "---\ntype: draft\nidea: \"[[L'expertise invisible]]\"\nformat: linkedin-post\n---\nUn brouillon.\n";
const brand = "---\ntype: brand-idea\nsources:\n  - \"[[L'expertise invisible]]\"\n---\n## Croyance centrale\nPenser une fois, répliquer partout.\n";

function vault(): ReturnType<typeof makeApp> {
	return makeApp({ "Journal/2024-02-22.md": journal, "Idées/L'expertise invisible.md": idea, "Lectures/Expert Secrets.md": book, "Brouillons/L'expertise invisible — Post LinkedIn.md": draft, "Idées de marque/Penser une fois.md": brand });
}

/** What the notices shown from now on say (the mock Notice hands its message to `constructor__`). */
function watchNotices(): string[] {
	const shown: string[] = [];
	jest.spyOn(Notice.prototype as unknown as { constructor__(message: string | DocumentFragment): void }, "constructor__").mockImplementation((message) => {
		shown.push(typeof message === "string" ? message : (message.textContent ?? ""));
	});
	return shown;
}

beforeEach(() => jest.spyOn(language, "obsidianLanguage").mockReturnValue("fr"));
afterEach(() => jest.restoreAllMocks());

describe("commands while the first pass over the vault is reading", () => {
	it("say they are still reading, with how far, instead of a refusal only true of an unread note", async () => {
		const app = vault();
		const { command } = await loadPlugin(app, { layoutReady: false });
		const notices = watchNotices();
		const confirms: ConfirmModal[] = [];
		jest.spyOn(ConfirmModal.prototype, "open").mockImplementation(function (this: ConfirmModal) {
			confirms.push(this);
		});
		const reading = (name: string): string => `Lecture de vos notes\u00a0: 0 / 5. Relancez «\u00a0${name}\u00a0» dans un instant, une fois toutes vos notes lues.`;

		await openNote(app, "Journal/2024-02-22.md");
		expect(run(command("promote-idea-items"))).toBe(true);
		await openNote(app, "Idées/L'expertise invisible.md");
		expect(run(command("move-idea-next"))).toBe(true);
		expect(run(command("draft-from-idea"))).toBe(true);
		await openNote(app, "Lectures/Expert Secrets.md");
		expect(run(command("promote-book-ideas"))).toBe(true);
		expect(run(command("mark-book-read"))).toBe(true);
		await openNote(app, "Brouillons/L'expertise invisible — Post LinkedIn.md");
		expect(run(command("reinvest-draft"))).toBe(true);
		await openNote(app, "Idées de marque/Penser une fois.md");
		expect(run(command("open-framework-board"))).toBe(true);
		expect(run(command("build-framework-board"))).toBe(true);
		await flush();

		expect(notices).toEqual([
			reading("Promouvoir les idées de cette note"),
			reading("Passer cette idée à l'étape suivante"),
			reading("Rédiger un brouillon à partir de cette idée"),
			reading("Récolter les idées de cette note de lecture"),
			reading("Marquer ce livre comme lu"),
			reading("Réinvestir ce brouillon dans un autre format"),
			reading("Ouvrir le tableau de framework"),
			reading("Construire une idée de marque depuis les liens de cette note"),
		]);
		// Nothing asked, nothing written: the journal note is watched, which only the finished pass knows.
		expect(confirms).toEqual([]);
		expect(app.vault.getMarkdownFiles()).toHaveLength(5);
		expect(app.workspace.getLeavesOfType(FRAMEWORK_VIEW_TYPE)).toEqual([]);
		expect(await app.vault.read(app.vault.getFileByPath("Lectures/Expert Secrets.md")!)).toBe(book);
	});

	it("run as usual once the notes are read", async () => {
		const app = vault();
		const { command, layoutReady } = await loadPlugin(app, { layoutReady: false });
		await layoutReady();
		const notices = watchNotices();
		await openNote(app, "Journal/2024-02-22.md");
		expect(run(command("promote-idea-items"))).toBe(true);
		await flush();
		expect(notices).toEqual(["2 idées promues depuis «\u00a02024-02-22\u00a0»."]);
	});
});
