import { displayText } from "../../../src/core/text/display-text";

describe("displayText", () => {
	it("shows a wikilink with an alias as its alias, the rest as typed", () => {
		expect(displayText("Ce que m'a appris [[Conférence Lyon 2025|la conférence de Lyon]]")).toBe("Ce que m'a appris la conférence de Lyon");
	});

	it("shows a wikilink without alias as its target, and a heading link as Obsidian does", () => {
		expect(displayText("[[Note]]")).toBe("Note");
		expect(displayText("Relire [[Expert Secrets#Chapitre 1]] : « la cible »")).toBe("Relire Expert Secrets > Chapitre 1 : « la cible »");
		expect(displayText("Voir [[#Idées]]")).toBe("Voir Idées");
		expect(displayText("Voir [[Carnet#^a1b2c3]]")).toBe("Voir Carnet");
	});

	it("shows embeds and markdown links by their text", () => {
		expect(displayText("![[Schéma.png|le schéma]] et [l'article](https://exemple.fr/a?b=1) puis ![photo](img.png)")).toBe("le schéma et l'article puis photo");
		expect(displayText("[la note](<Dossier/Ma note.md>)")).toBe("la note");
	});

	it("keeps every other character the writer typed", () => {
		const title = `Simplifier sans mentir : la règle des "trois" exemples #méthode [brouillon] *vite*`;
		expect(displayText(title)).toBe(title);
		expect(displayText("Un lien [[jamais fermé")).toBe("Un lien [[jamais fermé");
	});
});
