import { stepsOf, withStep } from "../../../src/core/brand/framework-steps";

describe("the steps of a framework", () => {
	it("are the list items of the section, empty ones included", () => {
		expect(stepsOf("<!-- 3 à 7 -->\n1. Lire : « Expert Secrets »\n2. Écrire\n3. \nUne remarque")).toEqual(["Lire : « Expert Secrets »", "Écrire", ""]);
	});

	it("are renamed one at a time, marker and other lines kept", () => {
		expect(withStep("1. Lire\n- Écrire\nRemarque", 1, "Publier l'idée")).toBe("1. Lire\n- Publier l'idée\nRemarque");
	});

	it("grow by a numbered step after the last one", () => {
		expect(withStep("1. Lire\n2. Écrire\nRemarque", 2, "Répliquer")).toBe("1. Lire\n2. Écrire\n3. Répliquer\nRemarque");
		expect(withStep("", 0, "Lire")).toBe("1. Lire");
	});
});

describe("steps beside code and comments", () => {
	it("are never read inside a code block, a comment or math", () => {
		const section = ["1. Lire : « Expert Secrets »", "```md", "2. Exemple dans le code", "```", "<!--", "3. Étape mise de côté", "-->", "%% 4. caché %%", "2. Écrire"].join("\n");
		expect(stepsOf(section)).toEqual(["Lire : « Expert Secrets »", "Écrire"]);
		expect(withStep(section, 1, "Publier l'idée")).toBe(section.replace("2. Écrire", "2. Publier l'idée"));
	});

	it("grow after a comment the last step's line opens, never inside it", () => {
		expect(withStep("1. Lire <!-- à\npréciser -->\nRemarque", 1, "Écrire")).toBe("1. Lire <!-- à\npréciser -->\n2. Écrire\nRemarque");
	});
});
