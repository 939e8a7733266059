import { hasSection, replaceSectionText, sectionText } from "../../../src/core/brand/note-section";
import { FRAMEWORK_PARTS, namesPart } from "../../../src/core/brand/framework-parts";
import { StudioError } from "../../../src/core/i18n/studio-error";
import { withStep } from "../../../src/core/brand/framework-steps";
import { seededRandom } from "../../../tools/seeded-random";

const belief = FRAMEWORK_PARTS.find((p) => p.key === "belief")!;
const isBelief = (heading: string): boolean => namesPart(heading, belief);
const steps = FRAMEWORK_PARTS.find((p) => p.key === "steps")!;
const isSteps = (heading: string): boolean => namesPart(heading, steps);

/** The StudioError `run` refuses with. */
function refusal(run: () => unknown): StudioError {
	try {
		run();
	} catch (error) {
		if (error instanceof StudioError) return error;
		throw error;
	}
	throw new Error("no refusal");
}

const NOTE = `---
type: brand-idea
sources:
  - "[[Expert Secrets]]"
---
# Penser une fois

## Croyance centrale :
<!-- Le « grand domino » -->

L'expertise ne vaut que partagée.

## Étapes du framework
1. Lire
`;

describe("the written text of a framework part", () => {
	it("reads the core belief under its French heading, without its guidance comment", () => {
		expect(sectionText(NOTE, isBelief)).toBe("L'expertise ne vaut que partagée.");
	});

	it("is empty for a heading with nothing written, and null for a note without the heading", () => {
		expect(sectionText("## Core belief\n<!-- one sentence -->\n\n## Proof\n", isBelief)).toBe("");
		expect(sectionText("# Rien\n", isBelief)).toBeNull();
	});

	it("ignores a heading inside properties or a code block", () => {
		expect(sectionText("```\n## Croyance centrale\nnon\n```\n", isBelief)).toBeNull();
	});
});

describe("replacing the written text of one section", () => {
	it("writes one step and keeps the blank after an empty step's number, byte for byte", () => {
		const note = "## Étapes du framework\n1. Lire\n2. \n3. \n\n## Histoire\n";
		const current = sectionText(note, isSteps) ?? "";
		const after = replaceSectionText(note, isSteps, withStep(current, 0, "Lire « Expert Secrets »"), "Étapes du framework");
		expect(after).toBe(note.replace("1. Lire", "1. Lire « Expert Secrets »"));
	});

	it("changes only the lines of the core belief, every other byte as it was", () => {
		const after = replaceSectionText(NOTE, isBelief, "Penser une fois, répliquer partout : « le framework ».", "Croyance centrale");
		expect(after).toBe(NOTE.replace("L'expertise ne vaut que partagée.", "Penser une fois, répliquer partout : « le framework »."));
	});

	it("keeps CRLF line breaks and a BOM, and writes new lines with CRLF", () => {
		const crlf = `\uFEFF${NOTE.replace(/\n/g, "\r\n")}`;
		const after = replaceSectionText(crlf, isBelief, "Une ligne\nDeux lignes", "Croyance centrale");
		expect(after).toBe(crlf.replace("L'expertise ne vaut que partagée.", "Une ligne\r\nDeux lignes"));
	});

	it("writes under the guidance comment of an empty section, leaving a blank line before the next heading", () => {
		expect(replaceSectionText("## Core belief\n<!-- one sentence -->\n## Proof\n", isBelief, "Less is more", "Core belief")).toBe("## Core belief\n<!-- one sentence -->\nLess is more\n\n## Proof\n");
	});

	it("writes below a heading that ends the note without a line break", () => {
		expect(replaceSectionText("## Core belief", isBelief, "Less is more", "Core belief")).toBe("## Core belief\nLess is more");
	});

	it("adds the heading at the end of a note that lacks it", () => {
		expect(replaceSectionText("# Idée\nTexte", isBelief, "Croire", "Croyance centrale")).toBe("# Idée\nTexte\n\n## Croyance centrale\nCroire\n");
	});

	it("refuses a note with a lone carriage return, writing nothing", () => {
		expect(() => replaceSectionText("## Croyance centrale\rx\n", isBelief, "y", "Croyance centrale")).toThrow(StudioError);
	});

	it("refuses to add a heading after a code block that is never closed", () => {
		expect(() => replaceSectionText("```\ncode", isBelief, "y", "Croyance centrale")).toThrow(StudioError);
	});

	it("over generated notes, changes no line outside the section's written part", () => {
		const next = seededRandom(7);
		const random = (max: number): number => Math.floor(next() * max);
		const pieces = ["# Titre", "## Preuves", "- un cas", "", "<!-- aide -->", "Texte « libre » : oui", "### Sous-partie", "```", "## Croyance centrale", "l'été"];
		for (let n = 0; n < 500; n++) {
			const eol = random(2) === 0 ? "\n" : "\r\n";
			const lines = Array.from({ length: 1 + random(12) }, () => pieces[random(pieces.length)] ?? "");
			const text = lines.join(eol) + (random(2) === 0 ? eol : "");
			const before = sectionText(text, isBelief);
			if (before === null && (text.match(/^```/gm)?.length ?? 0) % 2 === 1) {
				expect(() => replaceSectionText(text, isBelief, "Nouveau", "Croyance centrale")).toThrow(StudioError);
				continue;
			}
			const after = replaceSectionText(text, isBelief, "Nouveau", "Croyance centrale");
			expect(sectionText(after, isBelief)).toBe("Nouveau");
			if (before !== null && before !== "") {
				// Outside the one stretch that differs, both texts are the same bytes; that stretch is the old written part.
				let p = 0;
				while (p < text.length && text[p] === after[p]) p++;
				let q = 0;
				while (q < text.length - p && text[text.length - 1 - q] === after[after.length - 1 - q]) q++;
				expect(text.slice(p, text.length - q)).toBe(before.split("\n").join(eol));
				expect(after.slice(p, after.length - q)).toBe("Nouveau");
			} else if (before === null) {
				expect(after.startsWith(text)).toBe(true);
			}
		}
	});
});

describe("a section that holds code, comments or math", () => {
	// Inside, a fence of the other kind or a shorter one, which closes nothing.
	const withFence = (fence: string, inner: string, close: string) =>
		["## Croyance centrale", "L'expertise ne vaut que partagée :", `${fence}md`, "## Exemple : pas un titre", inner, close, "Ensuite « la preuve ».", "", "## Étapes du framework", "1. Lire", ""].join("\n");

	it.each([
		["```", "~~~", "```"],
		["~~~", "```", "~~~~"],
		["````", "```", "````"],
		["   ```", "~~~~", "```"],
	])("reads a fence opened by %s as a whole, a heading inside it being none", (fence, inner, close) => {
		const note = withFence(fence, inner, close);
		expect(sectionText(note, isBelief)).toBe(["L'expertise ne vaut que partagée :", `${fence}md`, "## Exemple : pas un titre", inner, close, "Ensuite « la preuve »."].join("\n"));
	});

	it("saves an edit of the first line keeping the fence and everything after it byte for byte", () => {
		const note = withFence("```", "~~~", "```");
		const edited = (sectionText(note, isBelief) ?? "").replace("L'expertise ne vaut que partagée :", "L'expertise se partage :");
		expect(replaceSectionText(note, isBelief, edited, "Croyance centrale")).toBe(note.replace("L'expertise ne vaut que partagée :", "L'expertise se partage :"));
	});

	it.each([
		["an HTML comment", ["<!--", "## Croyance centrale", "Ancienne version", "-->"]],
		["an HTML comment opened after text", ["Brouillon <!-- mis de côté :", "## Croyance centrale", "Ancienne version -->"]],
		["an Obsidian comment", ["%%", "## Croyance centrale", "Ancienne version", "%%"]],
		["a math block", ["$$", "## Croyance centrale", "$$"]],
		["a code block", ["```", "## Croyance centrale", "```"]],
	])("never takes a heading hidden in %s for the section", (_name, hidden) => {
		const note = ["---", "type: brand-idea", "---", "# Penser une fois", ...hidden, "", "## Croyance centrale", "<!-- Le « grand domino » -->", "L'expertise ne vaut que partagée.", "", "## Preuves", ""].join("\n");
		expect(sectionText(note, isBelief)).toBe("L'expertise ne vaut que partagée.");
		expect(replaceSectionText(note, isBelief, "Penser une fois, répliquer partout.", "Croyance centrale")).toBe(note.replace("L'expertise ne vaut que partagée.", "Penser une fois, répliquer partout."));
	});

	it("skips a guidance comment over several lines, and writes below it when nothing is written yet", () => {
		const note = "## Étapes du framework\n<!--\n3 à 7 étapes :\n## Étape\n-->\n\n## Preuves\n";
		expect(sectionText(note, isSteps)).toBe("");
		expect(replaceSectionText(note, isSteps, "1. Lire", "Étapes du framework")).toBe("## Étapes du framework\n<!--\n3 à 7 étapes :\n## Étape\n-->\n1. Lire\n\n## Preuves\n");
	});

	it("keeps a comment that closes inside the written part whole, with the text around it", () => {
		const note = "## Croyance centrale\nL'expertise <!-- à revoir :\n## Preuves\n--> se partage.\n\n## Preuves\n- un cas\n";
		expect(sectionText(note, isBelief)).toBe("L'expertise <!-- à revoir :\n## Preuves\n--> se partage.");
		expect(replaceSectionText(note, isBelief, "L'expertise se partage.", "Croyance centrale")).toBe("## Croyance centrale\nL'expertise se partage.\n\n## Preuves\n- un cas\n");
	});

	it("refuses, rather than cut it, a written part that starts inside a comment opened on the heading's line", () => {
		const note = "## Croyance centrale <!-- le grand\ndomino --> L'expertise se partage.\n\n## Preuves\n";
		expect(hasSection(note, isBelief)).toBe(true);
		expect(refusal(() => sectionText(note, isBelief))).toMatchObject({ code: "error.sectionInComment", params: { heading: "Croyance centrale", line: 1 } });
		expect(() => replaceSectionText(note, isBelief, "Autre chose", "Croyance centrale")).toThrow(StudioError);
	});

	it("refuses to add the heading at the end of a note that ends inside a comment or math never closed", () => {
		for (const note of ["# Idée\n<!-- brouillon\nsuite", "# Idée\n%%\nsuite\n", "# Idée\n$$\nx^2\n"]) {
			expect(refusal(() => replaceSectionText(note, isBelief, "Croire", "Croyance centrale")).code).toBe("error.sectionOpenCode");
		}
	});

	it("never counts the properties as a section, even when a line there reads like a heading", () => {
		const note = "---\n## Croyance centrale\ntype: brand-idea\n---\n# Idée\n";
		expect(hasSection(note, isBelief)).toBe(false);
		expect(replaceSectionText(note, isBelief, "Croire", "Croyance centrale")).toBe(`${note}\n## Croyance centrale\nCroire\n`);
	});
});
