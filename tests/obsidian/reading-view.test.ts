/**
 * @jest-environment jsdom
 */
import { App, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import type { App as ObsidianApp } from "obsidian";
import { flush, makeApp } from "../helpers/obsidian-app";
import { Studio } from "../../src/obsidian/shared/studio";
import { IdeaPipeline } from "../../src/obsidian/pipeline/idea-pipeline";
import { BoardActions } from "../../src/obsidian/pipeline/board-actions";
import { TemplateLibrary } from "../../src/obsidian/templates/template-library";
import { NoteWriter } from "../../src/obsidian/shared/note-writer";
import { Reading } from "../../src/obsidian/reading/reading";
import { ReadingView } from "../../src/obsidian/reading/reading-view";
import { DEFAULT_SETTINGS } from "../../src/core/settings/studio-settings";
import manifest from "../../manifest.json";

/** A book note with one filled "Mon idée", so that every book has one idea waiting. */
function bookNote(n: number): string {
	return `---\ntype: book\nauthor: Auteur ${n}\nstatus: reading\n---\n# Livre ${n}\n\n> [!et-but] ET et BUT\n> **Idée de l'auteur** : « penser une fois » (${n})\n>\n> **Mon idée** : Une position à moi sur le livre ${n}\n`;
}

async function openShelf(app: ObsidianApp): Promise<{ view: ReadingView; studio: Studio }> {
	const storage = { loadData: () => Promise.resolve(null), saveData: () => Promise.resolve(), registerEvent: () => undefined };
	const studio = new Studio(app, { ...manifest, dir: ".obsidian/plugins/x" }, storage, DEFAULT_SETTINGS, "fr");
	await studio.start();
	const pipeline = new IdeaPipeline(app, studio);
	const actions = new BoardActions(app, pipeline, studio.translate);
	const reading = new Reading(app, studio, pipeline, actions, new TemplateLibrary(app, new NoteWriter(app), () => studio.settings.templatesFolder, "fr"));
	const view = new ReadingView(WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__(), studio, pipeline, reading);
	document.body.empty();
	document.body.appendChild(view.containerEl);
	await view.onOpen();
	return { view, studio };
}

const titles = (view: ReadingView): string[] => Array.from(view.contentEl.querySelectorAll(".tls-shelf-title")).map((a) => a.textContent ?? "");
const more = (view: ReadingView) => view.contentEl.querySelector<HTMLButtonElement>(".tls-shelf-more");

describe("the reading shelf of a large library", () => {
	it("draws the first 100 of 230 books, then 100 more and the last 30 on request, the focus on the first one drawn", async () => {
		const files = Object.fromEntries(Array.from({ length: 230 }, (_, n) => [`Lectures/Livre ${n}.md`, bookNote(n)]));
		const { view, studio } = await openShelf(makeApp(files));
		expect(titles(view)).toHaveLength(100);
		expect(titles(view).slice(0, 3)).toEqual(["Livre 0", "Livre 1", "Livre 2"]);
		expect(more(view)?.textContent).toBe("Afficher 100 livres de plus");
		more(view)?.click();
		expect(titles(view)).toHaveLength(200);
		expect(document.activeElement?.textContent).toBe(titles(view)[100]);
		expect(more(view)?.textContent).toBe("Afficher 30 livres de plus");
		// A change in the vault redraws the shelf: what was shown stays shown.
		await studio.updateSettings({ booksFolder: "Lectures" });
		await flush();
		expect(titles(view)).toHaveLength(200);
		more(view)?.click();
		expect(titles(view)).toHaveLength(230);
		expect(more(view)).toBeNull();
		studio.stop();
	});
});
