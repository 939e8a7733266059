/**
 * @jest-environment jsdom
 */
import { setup } from "obsidian-test-mocks/setup";
import { FrameworkCentre } from "../../src/obsidian/brand/framework-centre";
import { translator } from "../../src/core/i18n/translator";
import { flush } from "../helpers/obsidian-app";

describe("the centre of the framework board over a note's markdown", () => {
	const render = async (note: string) => {
		setup();
		const el = document.body.createDiv();
		const edits: string[] = [];
		const centre = new FrameworkCentre(el, {
			t: translator("fr"),
			language: "fr",
			read: () => Promise.resolve(note),
			write: (key) => {
				edits.push(key);
				return Promise.resolve();
			},
			failed: (error) => {
				throw error;
			},
			openNote: () => undefined,
		});
		centre.refresh();
		await flush();
		return { el, edits };
	};

	it("shows a belief that holds a code block whole in its field, a heading inside the code being none", async () => {
		const { el } = await render("## Croyance centrale\nL'expertise se partage :\n```md\n## Étapes du framework\n1. pas une étape\n```\n\n## Étapes du framework\n1. Lire\n");
		expect(el.querySelector<HTMLTextAreaElement>("textarea.tls-framework-belief-text")?.value).toBe("L'expertise se partage :\n```md\n## Étapes du framework\n1. pas une étape\n```");
		expect([...el.querySelectorAll<HTMLTextAreaElement>("textarea.tls-framework-step")].map((field) => field.value)).toEqual(["Lire"]);
	});

	it("says why, and offers no field to type in, when the belief starts inside a comment opened on its heading", async () => {
		const { el } = await render("## Croyance centrale <!-- le grand\ndomino --> L'expertise se partage.\n\n## Étapes du framework\n1. Lire\n");
		expect([...el.querySelectorAll<HTMLElement>(".tls-framework-belief, .tls-framework-steps")].map((box) => box.style.display)).toEqual(["none", "none"]);
		const shown = [...el.querySelectorAll<HTMLElement>(".tls-framework-missing")].filter((hint) => hint.style.display !== "none");
		expect(shown.map((hint) => hint.textContent)).toEqual(["Le texte sous «\u00a0Croyance centrale\u00a0» commence dans un commentaire ouvert ligne 1\u00a0: il ne peut pas être modifié ici sans couper ce commentaire, modifiez-le dans la note"]);
	});
});
