/**
 * @jest-environment jsdom
 */
import { Notice } from "obsidian-test-mocks/obsidian";
import { makeApp, flush } from "../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../helpers/load-plugin";
import { Studio } from "../../src/obsidian/shared/studio";
import { IdeaPipeline } from "../../src/obsidian/pipeline/idea-pipeline";
import { BoardActions } from "../../src/obsidian/pipeline/board-actions";
import { DEFAULT_SETTINGS } from "../../src/core/settings/studio-settings";
import manifest from "../../manifest.json";

const host = { loadData: () => Promise.resolve(null), saveData: () => Promise.resolve(), registerEvent: (): void => undefined };

const note = (heading: string): string => `---\ntags: [journal]\n---\n${heading}\n- Simplifier sans mentir : la règle des trois exemples\n`;

/** The messages of the Notices shown while `action` runs. */
async function noticesDuring(action: () => Promise<void>): Promise<string[]> {
	const shown: string[] = [];
	const spy = jest.spyOn(Notice.prototype as unknown as { constructor__(message: unknown): void }, "constructor__").mockImplementation((message) => {
		shown.push(typeof message === "string" ? message : "");
	});
	try {
		await action();
	} finally {
		spy.mockRestore();
	}
	return shown;
}

describe("Promote with headings as the writer types them", () => {
	it.each(["## Idées de posts :", "## 💡 Idées de posts", "## **Idées** de posts", "## idees de posts", "### Idées de posts…"])("finds the items under %s", async (heading) => {
		const app = makeApp({ "Journal/2024-02-22.md": note(heading) });
		const { command } = await loadPlugin(app);
		await openNote(app, "Journal/2024-02-22.md");
		run(command("promote-idea-items"));
		await flush();
		const ideas = app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Idées/"));
		expect(ideas).toHaveLength(1);
		expect(await app.vault.read(ideas[0]!)).toContain("Simplifier sans mentir");
	});

	it.each([
		["en", "No idea heading in 2024-02-22. Promote looks for the headings: Idées de posts, Idées, Post ideas."],
		["fr", "Aucun titre de section d'idées dans 2024-02-22. Promouvoir cherche les titres\u00a0: Idées de posts, Idées, Post ideas."],
	] as const)("says which headings it looks for when the note has none of them (%s)", async (language, message) => {
		const app = makeApp({ "Journal/2024-02-22.md": note("## Pistes à creuser") });
		const studio = new Studio(app, { ...manifest, dir: ".obsidian/plugins/x" }, host, DEFAULT_SETTINGS, language);
		await studio.start();
		const actions = new BoardActions(app, new IdeaPipeline(app, studio), studio.translate);
		const file = app.vault.getFileByPath("Journal/2024-02-22.md");
		if (!file) throw new Error("fixture");
		const shown = await noticesDuring(async () => void (await actions.promote(file)));
		expect(shown).toEqual([message]);
		studio.stop();
	});
});
