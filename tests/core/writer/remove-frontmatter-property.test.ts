import { parse } from "yaml";
import { removeFrontmatterProperty } from "../../../src/core/writer/remove-frontmatter-property";
import { codeOf } from "./refusal-code";

const remove = (text: string, key = "planned"): string => removeFrontmatterProperty(text, key, parse);

describe("taking a property out of a note", () => {
	it("takes out its line alone, every other byte kept, line endings and comments included", () => {
		const note = "---\r\ntype: draft\r\nstatus: draft  # à relire\r\nplanned: 2026-12-09\r\ntitle: 'Raconter l''échec : « avant » la méthode'\r\n---\r\n# Raconter l'échec\r\nplanned: 2026-12-09 dans le texte\r\n";
		expect(remove(note)).toBe(note.replace("planned: 2026-12-09\r\ntitle", "title"));
	});

	it("takes out a value's lines with its key, and the key however it is cased", () => {
		const note = "---\nPlanned:\n  - 2026-12-09\n  - 2026-12-10\nchannel: LinkedIn\n---\nTexte.\n";
		expect(remove(note)).toBe("---\nchannel: LinkedIn\n---\nTexte.\n");
	});

	it("leaves a note without the property, or without properties, as it is", () => {
		for (const note of ["---\nstatus: draft\n---\nplanned: demain\n", "Sans propriétés.\nplanned: 2026-12-09\n", ""]) expect(remove(note)).toBe(note);
	});

	it("keeps the block when it was the only property, as Obsidian shows an empty one", () => {
		expect(remove("\uFEFF---\nplanned: 2026-12-09\n---\nTexte\n")).toBe("\uFEFF---\n---\nTexte\n");
	});

	it("refuses, writing nothing, what it cannot take out surely", () => {
		expect(codeOf(() => remove("---\nplanned: 2026-12-09\nplanned: 2026-12-10\n---\n"))).toBe("duplicateKey");
		expect(codeOf(() => remove("---\nplanned: &jour 2026-12-09\npublished: *jour\n---\n"))).toBe("sharedValue");
		expect(codeOf(() => remove("---\ntags: [x\nplanned: 2026-12-09\n---\n"))).not.toBeNull();
	});
});
