/**
 * @jest-environment jsdom
 */
import { Notice, type App, type TFile } from "obsidian";
import { makeApp, flush } from "../helpers/obsidian-app";
import { loadPlugin, openNote, run } from "../helpers/load-plugin";
import { BoardActions } from "../../src/obsidian/pipeline/board-actions";
import type { IdeaPipeline } from "../../src/obsidian/pipeline/idea-pipeline";
import { translator } from "../../src/core/i18n/translator";
import { FrontmatterEditError } from "../../src/core/writer/frontmatter-edit-error";

/** The mock Notice's hook, called with each new Notice's message. */
interface MockNotice {
	constructor__(message: string): void;
	messageEl: HTMLElement;
}

const banana = "---\ntype: idea\nstatus: banana\n---\nLa règle des trois exemples\n";
const noStatus = "---\r\ntype: idea\r\n---\r\nSans statut\r\n";
const label = "---\ntype: idea\nstatus: Brouillon # à reprendre\n---\nUne idée en français\n";
const spark = "---\ntype: idea\nstatus: 'spark'  # première étape\ntitle: \"Simplifier sans mentir : la règle\"\n---\nTexte\n";

let notices: MockNotice[] = [];

beforeEach(() => {
	notices = [];
	jest.spyOn(Notice.prototype as unknown as MockNotice, "constructor__").mockImplementation(function (this: MockNotice) {
		notices.push(this);
	});
});

afterEach(() => jest.restoreAllMocks());

function file(app: App, path: string): TFile {
	const found = app.vault.getFileByPath(path);
	if (!found) throw new Error(`${path} missing`);
	return found;
}

async function read(app: App, path: string): Promise<string> {
	return app.vault.read(file(app, path));
}

function lastNotice(): string {
	return notices[notices.length - 1]?.messageEl.textContent ?? "";
}

/** Loads the plugin over these notes and moves `path` one stage on with the command. */
async function movedNote(files: Record<string, string>, path: string) {
	const app = makeApp(files);
	const { command } = await loadPlugin(app);
	await openNote(app, path);
	expect(run(command("move-idea-next"))).toBe(true);
	await flush();
	return { app, undo: () => run(command("undo-board-move")), command };
}

/** Loads the plugin over these notes and tries to move `path`, which the writer refuses. */
async function movedNoteRefused(files: Record<string, string>, path: string) {
	const app = makeApp(files);
	const { command } = await loadPlugin(app);
	await openNote(app, path);
	run(command("move-idea-next"));
	await flush();
	return { app };
}

/** An edit the writer makes after the move, away from the status. */
async function writeBelow(app: App, path: string): Promise<void> {
	await app.vault.process(file(app, path), (text) => `${text}Ajouté à la main.\n`);
	await flush();
}

describe("undo after the note was edited since the move", () => {
	it.each([
		["an unknown status", "Idées/Banane.md", banana],
		["no status", "Idées/Sans statut.md", noStatus],
		["a French label", "Idées/Brouillon.md", label],
	])("puts back %s exactly as it was written, and keeps the writer's edit", async (_name, path, text) => {
		const { app, undo } = await movedNote({ [path]: text }, path);
		expect(await read(app, path)).not.toBe(text);
		await writeBelow(app, path);
		expect(undo()).toBe(true);
		await flush();
		expect(await read(app, path)).toBe(`${text}Ajouté à la main.\n`);
	});

	it("refuses when the status changed since, says so, and keeps the move for later", async () => {
		const path = "Idées/Simplifier.md";
		const { app, undo } = await movedNote({ [path]: spark }, path);
		const moved = await read(app, path);
		const changed = moved.replace("status: invest", "status: re-invest");
		await app.vault.modify(file(app, path), changed);
		await flush();
		expect(undo()).toBe(true);
		await flush();
		expect(await read(app, path)).toBe(changed);
		expect(lastNotice()).toContain("no longer Invest");
		// The writer puts the status back as the move left it: the move can now be undone.
		await app.vault.modify(file(app, path), moved);
		await flush();
		expect(undo()).toBe(true);
		await flush();
		expect(await read(app, path)).toBe(spark);
	});
});

describe("a move never writes over a status changed since the board showed it", () => {
	it("refuses, writing nothing, when the note's status changed between the command's look and its write", async () => {
		const path = "Idées/Simplifier.md";
		const app = makeApp({ [path]: spark });
		const { command } = await loadPlugin(app);
		await openNote(app, path);
		// A sync brings Invest between the command's look at the idea (Spark) and its write.
		const synced = spark.replace("status: 'spark'", "status: invest");
		const process = app.vault.process.bind(app.vault);
		jest.spyOn(app.vault, "process").mockImplementationOnce(async (note, change) => {
			await app.vault.modify(note, synced);
			return process(note, change);
		});
		expect(run(command("move-idea-next"))).toBe(true);
		await flush();
		expect(await read(app, path)).toBe(synced);
		expect(lastNotice()).toContain("the property changed since");
	});
});

describe("undo never writes a note that is not the one moved", () => {
	it("leaves alone a note created at the path of the moved note after it was deleted", async () => {
		const path = "Idées/Simplifier.md";
		const { app, undo } = await movedNote({ [path]: spark }, path);
		const stranger = "---\nstatus: think\n---\nUne autre note, écrite après.\n";
		await app.vault.delete(file(app, path));
		await app.vault.create(path, stranger);
		await flush();
		expect(undo()).toBe(true);
		await flush();
		expect(await read(app, path)).toBe(stranger);
		expect(lastNotice()).toContain("deleted or replaced");
	});

	it("leaves alone another note renamed into the moved note's path", async () => {
		const path = "Idées/Simplifier.md";
		const other = "---\nstatus: think\n---\nL'autre\n";
		const { app, undo } = await movedNote({ [path]: spark, "Idées/Autre.md": other }, path);
		await app.vault.delete(file(app, path));
		await app.vault.rename(file(app, "Idées/Autre.md"), path);
		await flush();
		expect(undo()).toBe(true);
		await flush();
		expect(await read(app, path)).toBe(other);
	});

	it("no longer offers to undo a move whose note is gone", async () => {
		const path = "Idées/Simplifier.md";
		const { app, undo } = await movedNote({ [path]: spark }, path);
		await app.vault.delete(file(app, path));
		await flush();
		expect(undo()).toBe(true);
		await flush();
		expect(undo()).toBe(false);
	});
});

describe("undo follows a renamed note", () => {
	it("puts a note renamed since the move back byte for byte at its new path", async () => {
		const path = "Idées/Simplifier.md";
		const { app, undo } = await movedNote({ [path]: spark }, path);
		await app.fileManager.renameFile(file(app, path), "Idées/Simplifier sans mentir.md");
		await flush();
		expect(undo()).toBe(true);
		await flush();
		expect(await read(app, "Idées/Simplifier sans mentir.md")).toBe(spark);
		expect(lastNotice()).toContain("back in Spark");
	});
});

describe("undo is offered only when there is a move to undo", () => {
	it("hides the command before any move and after the last move is undone", async () => {
		const path = "Idées/Simplifier.md";
		const app = makeApp({ [path]: spark });
		const { command } = await loadPlugin(app);
		expect(run(command("undo-board-move"))).toBe(false);
		await openNote(app, path);
		run(command("move-idea-next"));
		await flush();
		expect(run(command("undo-board-move"))).toBe(true);
		await flush();
		expect(run(command("undo-board-move"))).toBe(false);
	});

	it("a move Notice's Undo button takes back that move only, never an earlier one", async () => {
		const first = "Idées/Simplifier.md";
		const second = "Idées/Banane.md";
		const app = makeApp({ [first]: spark, [second]: banana });
		const { command } = await loadPlugin(app);
		await openNote(app, first);
		run(command("move-idea-next"));
		await flush();
		const firstMoved = await read(app, first);
		await openNote(app, second);
		run(command("move-idea-next"));
		await flush();
		const button = notices[notices.length - 1]?.messageEl.querySelector("button");
		run(command("undo-board-move"));
		await flush();
		expect(await read(app, second)).toBe(banana);
		button?.click();
		await flush();
		expect(await read(app, first)).toBe(firstMoved);
		expect(lastNotice()).toBe("No board move to undo.");
	});
});

describe("a refused move says why in the writer's language", () => {
	it("names the reason of a refused move, not a code", async () => {
		const path = "Idées/Ancre.md";
		const text = "---\ntype: idea\nstatus: &etape spark\nfirst: *etape\n---\nTexte\n";
		const { app } = await movedNoteRefused({ [path]: text }, path);
		expect(await read(app, path)).toBe(text);
		expect(lastNotice()).toContain("its value is shared with another property through a YAML anchor (&), line 3");
	});

	it("says it in French", () => {
		const actions = new BoardActions(makeApp({}), {} as IdeaPipeline, translator("fr"));
		expect(actions.describeError(new FrontmatterEditError("sharedValue", 3))).toBe(
			"Les propriétés de cette note ne peuvent pas être modifiées sans risque (sa valeur est partagée avec une autre propriété par une ancre YAML (&), ligne 3)\u00a0; corrigez-les à la main.",
		);
	});
});
