/**
 * @jest-environment jsdom
 */
import { setup } from "obsidian-test-mocks/setup";
import { renderCentre } from "../../src/obsidian/brand/framework-centre";
import { translator } from "../../src/core/i18n/translator";

describe("the centre of the framework board over a note's markdown", () => {
	const render = (note: string) => {
		setup();
		const el = document.body.createDiv();
		const edits: string[] = [];
		renderCentre(el, note, translator("fr"), "fr", (key) => edits.push(key));
		return { el, edits };
	};

	it("shows a belief that holds a code block whole in its field, a heading inside the code being none", () => {
		const { el } = render("## Croyance centrale\nL'expertise se partage :\n```md\n## Étapes du framework\n1. pas une étape\n```\n\n## Étapes du framework\n1. Lire\n");
		expect(el.querySelector<HTMLTextAreaElement>("textarea.tls-framework-belief-text")?.value).toBe("L'expertise se partage :\n```md\n## Étapes du framework\n1. pas une étape\n```");
		expect([...el.querySelectorAll<HTMLTextAreaElement>("textarea.tls-framework-step")].map((field) => field.value)).toEqual(["Lire"]);
	});

	it("says why, and offers no field to type in, when the belief starts inside a comment opened on its heading", () => {
		const { el } = render("## Croyance centrale <!-- le grand\ndomino --> L'expertise se partage.\n\n## Étapes du framework\n1. Lire\n");
		expect(el.querySelector("textarea")).toBeNull();
		expect(el.textContent).toBe("Le texte sous «\u00a0Croyance centrale\u00a0» commence dans un commentaire ouvert ligne 1\u00a0: il ne peut pas être modifié ici sans couper ce commentaire, modifiez-le dans la note");
	});
});
