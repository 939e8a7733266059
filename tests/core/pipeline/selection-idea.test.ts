import { selectionIdea } from "../../../src/core/pipeline/selection-idea";

describe("selectionIdea", () => {
	it("takes the first line as the idea and the rest as its details", () => {
		expect(selectionIdea("\n  Le « vrai » client : celui qui [[Le piège|doute]]\r\navec un détail\n\nLa suite.\n")).toEqual({
			text: "Le « vrai » client : celui qui [[Le piège|doute]]",
			body: "avec un détail\n\nLa suite.",
		});
	});

	it("drops the marks that made the line a list item, a task, a heading or a quote, and nothing else", () => {
		expect(selectionIdea("- Le piège : « savoir »").text).toBe("Le piège : « savoir »");
		expect(selectionIdea("  * [x] Relire \"Expert Secrets\"").text).toBe('Relire "Expert Secrets"');
		expect(selectionIdea("12. L'idée numéro douze").text).toBe("L'idée numéro douze");
		expect(selectionIdea("## Écrire : d'abord pour soi").text).toBe("Écrire : d'abord pour soi");
		expect(selectionIdea("> - Une citation devenue idée").text).toBe("Une citation devenue idée");
		expect(selectionIdea("#méthode : douter").text).toBe("#méthode : douter");
		expect(selectionIdea("-5 % : une idée de prix").text).toBe("-5 % : une idée de prix");
	});

	it("takes the first sentence as the idea, as the Inbox reads an idea block, a closing colon dropped", () => {
		expect(selectionIdea("Comment trouver des idées de marque ? Voici 3 méthodes :\n- Lire des livres sur le sujet\n- Aller dans le passé")).toEqual({
			text: "Comment trouver des idées de marque ?",
			body: "Voici 3 méthodes :\n- Lire des livres sur le sujet\n- Aller dans le passé",
		});
		expect(selectionIdea("Les meilleures idées ne sont pas directement accessibles :\n\n- Aller dans le passé")).toEqual({ text: "Les meilleures idées ne sont pas directement accessibles", body: "- Aller dans le passé" });
	});
});
