import { inboxItems, isFromNote, pendingIdeaItems, pendingIdeas, type PromotedIdea } from "../../../src/core/pipeline/promotion";
import { ideaItems, makeRecord } from "./make-record";

function idea(title: string, sourcePath: string | null, sourceTarget: string | null = null): PromotedIdea {
	return { text: title, sourcePath, sourceTarget };
}

const NOTE = "Journal/Journal 2024-03-01.md";

describe("isFromNote", () => {
	it("follows the resolved source path", () => {
		expect(isFromNote(idea("a", NOTE), NOTE)).toBe(true);
		expect(isFromNote(idea("a", "Other/Journal 2024-03-01.md"), NOTE)).toBe(false);
	});

	it("falls back to the base name of an unresolved link, ignoring case", () => {
		expect(isFromNote(idea("a", null, "journal 2024-03-01"), NOTE)).toBe(true);
		expect(isFromNote(idea("a", null, "Journal/Journal 2024-03-01.md"), NOTE)).toBe(true);
		expect(isFromNote(idea("a", null, "Other"), NOTE)).toBe(false);
		expect(isFromNote(idea("a", null, null), NOTE)).toBe(false);
	});
});

describe("pendingIdeaItems", () => {
	it("knows a long item promoted before titles were kept, whose note name was cut at 100 characters mid-word", () => {
		const item = "Simplifier sans mentir : la règle des trois exemples, que j'applique à chaque post depuis « Expert Secrets » et qui marche";
		const oldName = Array.from(item.replace(":", " ").replace(/\s+/g, " ")).slice(0, 100).join("");
		expect(pendingIdeaItems(NOTE, [item], [idea(oldName, NOTE)])).toEqual([]);
		expect(pendingIdeaItems(NOTE, [item], [idea("Simplifier sans mentir", NOTE)])).toEqual([item]);
	});

	it("returns every item when nothing was promoted", () => {
		expect(pendingIdeaItems(NOTE, ["One", "Two"], [])).toEqual(["One", "Two"]);
	});

	it("skips items whose idea exists, ignoring case, blanks, Unicode form and file-name characters", () => {
		const ideas = [idea("une idée", NOTE), idea("Why it works", NOTE)];
		expect(pendingIdeaItems(NOTE, ["Une  ide\u0301e", "Why: it works?", "New one"], ideas)).toEqual(["New one"]);
	});

	it("does not count an idea with the same text from another note", () => {
		expect(pendingIdeaItems(NOTE, ["Same"], [idea("Same", "Other.md")])).toEqual(["Same"]);
	});

	it("removes duplicate items", () => {
		expect(pendingIdeaItems(NOTE, ["Same", "same ", "Other", ""], [])).toEqual(["Same", "Other"]);
	});

	it("counts an idea whose name got a number because the name was taken", () => {
		const ideas = [idea("Same", "Other.md"), idea("Same 2", NOTE)];
		expect(pendingIdeaItems(NOTE, ["Same"], ideas)).toEqual([]);
	});

	it("tells an item ending in a number from a numbered copy", () => {
		expect(pendingIdeaItems(NOTE, ["Top", "Top 3"], [idea("Top 3", NOTE)])).toEqual(["Top"]);
		expect(pendingIdeaItems(NOTE, ["Top", "Top 3"], [idea("Top 3", NOTE), idea("Top 2", NOTE)])).toEqual([]);
	});

	it("lets one numbered copy answer for one item only", () => {
		expect(pendingIdeaItems(NOTE, ["Top"], [idea("Top 2", NOTE), idea("Top 3", NOTE)])).toEqual([]);
		expect(pendingIdeaItems(NOTE, ["Top 1"], [idea("Top 1", NOTE)])).toEqual([]);
	});

	it("compares long items by the name they would be given", () => {
		const long = "x".repeat(150);
		expect(pendingIdeaItems(NOTE, [long], [idea("x".repeat(100), NOTE)])).toEqual([]);
	});
});

describe("pendingIdeas", () => {
	it("knows a promoted idea by its title and source, whatever its details have become", () => {
		const before = { title: "Comment trouver des idées de marque ?", details: ["- Lire des livres sur le sujet"], line: 3 };
		const after = { ...before, details: ["Voici 4 méthodes :", "- Lire des livres sur le sujet", "- Écouter ses clients"], line: 9 };
		expect(pendingIdeas(NOTE, [after], [idea(before.title, NOTE)])).toEqual([]);
		expect(pendingIdeas(NOTE, [after], [idea(before.title, "Journal/Autre.md")])).toEqual([after]);
	});

	it("gives each title once, with the details of its first block", () => {
		const first = { title: "Simplifier vos idées", details: ["- une"], line: 1 };
		expect(pendingIdeas(NOTE, [first, { title: "simplifier  vos idées", details: ["- deux"], line: 5 }, { ...first, line: 8 }], [])).toEqual([first]);
	});
});

describe("inboxItems", () => {
	const journal = makeRecord(NOTE, { ideaItems: [{ title: "Promoted", details: [], line: 4 }, { title: "Waiting", details: ["Voici pourquoi :", "- [[Expert Secrets|le livre]] le dit"], line: 6 }] });
	const reflexion = makeRecord("Réflexions/Temps.md", { ideaItems: ideaItems(["Temps"]) });
	const unwatched = makeRecord("Books/Book.md", { ideaItems: ideaItems(["From a book"]) });

	it("lists the unpromoted ideas of watched notes in order, each with its details and line", () => {
		const items = inboxItems([journal, reflexion, unwatched], [idea("Promoted", NOTE)], new Set([NOTE, "Réflexions/Temps.md"]));
		expect(items).toEqual([
			{ sourcePath: NOTE, sourceTitle: "Journal 2024-03-01", text: "Waiting", details: ["Voici pourquoi :", "- [[Expert Secrets|le livre]] le dit"], line: 6 },
			{ sourcePath: "Réflexions/Temps.md", sourceTitle: "Temps", text: "Temps", details: [], line: 1 },
		]);
	});

	it("uses unresolved source links by base name", () => {
		const items = inboxItems([journal], [idea("Waiting", null, "Journal 2024-03-01"), idea("Promoted", NOTE)], new Set([NOTE]));
		expect(items).toEqual([]);
	});

	// How long this takes is measured by `npm run bench` (the board's render over 2,000 ideas and their journals).
	it("lists every pending item among thousands of ideas", () => {
		const records = Array.from({ length: 500 }, (_, i) => makeRecord(`J/${i}.md`, { ideaItems: ideaItems([`a${i}`, `b${i}`, `c${i}`]) }));
		const ideas = records.flatMap((r, i) => [idea(`a${i}`, r.path), idea(`b${i}`, null, `${i}`)]);
		const items = inboxItems(records, ideas, new Set(records.map((r) => r.path)));
		expect(items).toHaveLength(500);
	});
});

describe("promotion of items whose words are not a file name", () => {
	const ITEM = "Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]] : « douter »";

	it("knows an item promoted once by the idea's title, whatever its file is called", () => {
		expect(pendingIdeaItems("J/Lundi.md", [ITEM, "Le piège de l'expertise"], [{ text: ITEM, sourcePath: "J/Lundi.md", sourceTarget: "Lundi" }])).toEqual(["Le piège de l'expertise"]);
	});
});
