import { isBookNote, type BookNoteRule } from "../../../src/core/reading/is-book-note";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/studio-settings";

const note = (path: string, tags: string[] = [], type: string | null = null) => ({ path, tags, type });
const book = (path: string, tags: string[] = [], type: string | null = null, rule: BookNoteRule = DEFAULT_SETTINGS) => isBookNote(note(path, tags, type), rule);

describe("isBookNote", () => {
	it("takes the writer's own book note in the books folder, tagged lecture, without a type", () => {
		expect(book("Lectures/L'Almanach de Naval Ravikant.md", ["lecture"])).toBe(true);
	});

	it("takes a note without a type in the books folder or a folder under it, as the vault compares paths", () => {
		expect(book("Lectures/Le Prince.md")).toBe(true);
		expect(book("Lectures/Essais/2024/Les Essais.md")).toBe(true);
		expect(book("lectures/Sapiens.md")).toBe(true);
		expect(book("Lectures anciennes/Sapiens.md")).toBe(false);
		expect(book("Carnets/Lectures/Sapiens.md")).toBe(false);
		expect(book("Journal/2024-02-22.md")).toBe(false);
	});

	it.each(["lecture", "livre", "lectures", "book", "reading"])("takes a note tagged %s outside the books folder", (tag) => {
		expect(book("Carnets/Sapiens : une brève histoire.md", ["journal", tag])).toBe(true);
	});

	it("takes a tag nested under a book tag, and not a tag that only starts like one", () => {
		expect(book("Carnets/Les Essais.md", ["lecture/essai"])).toBe(true);
		expect(book("Carnets/Conférence.md", ["lecturer"])).toBe(false);
		expect(book("Carnets/Bibliothèque.md", ["projet/lecture"])).toBe(false);
	});

	it("reads the book tags as typed in the settings, any case, with or without #, and keeps accents apart as Obsidian's tags do", () => {
		const rule = { booksFolder: "Bibliothèque/", bookTags: ["#Littérature".normalize("NFD"), " Essai "] };
		expect(book("Carnets/Madame Bovary.md", ["littérature"], null, rule)).toBe(true);
		expect(book("Carnets/Les Essais.md", ["essai"], null, rule)).toBe(true);
		expect(book("Carnets/Madame Bovary.md", ["litterature"], null, rule)).toBe(false);
		expect(book("Bibliothèque/Le Rouge et le Noir.md", [], null, rule)).toBe(true);
		expect(book("Lectures/Le Prince.md", ["lecture"], null, rule)).toBe(false);
	});

	it("takes type: book anywhere, and never a note of another type, whatever its folder or tags", () => {
		expect(book("Journal/« Expert Secrets ».md", [], "book")).toBe(true);
		expect(book("Lectures/Vendre une transformation, c'est la vivre.md", ["lecture"], "idea")).toBe(false);
		expect(book("Brouillons/Post LinkedIn.md", ["livre"], "draft")).toBe(false);
	});

	it("takes no note by tag when the writer set no book tags, the folder and type: book still", () => {
		const rule = { booksFolder: "Lectures", bookTags: [] };
		expect(book("Carnets/Sapiens.md", ["lecture"], null, rule)).toBe(false);
		expect(book("Lectures/Sapiens.md", [], null, rule)).toBe(true);
		expect(book("Carnets/Sapiens.md", [], "book", rule)).toBe(true);
	});

	it("follows a change of the settings at once", () => {
		expect(book("Carnets/Sapiens.md", ["essai"])).toBe(false);
		expect(book("Carnets/Sapiens.md", ["essai"], null, { ...DEFAULT_SETTINGS, bookTags: ["essai"] })).toBe(true);
		expect(book("Carnets/Sapiens.md", ["essai"])).toBe(false);
	});
});
