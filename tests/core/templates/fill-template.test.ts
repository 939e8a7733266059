import { fr } from "date-fns/locale";
import { fillTemplate, type TemplateClock } from "../../../src/core/templates/fill-template";

const clock: TemplateClock = { now: new Date(Date.UTC(2024, 2, 1, 9, 5)), dateFormat: "yyyy-MM-dd" };
const values = {
	title: "Simplifier sans mentir : « la règle des trois exemples »",
	idea: "Trois exemples valent mieux qu'une définition.\n",
	source: "[[2024-02-22|Journal du 22 février]]",
	format: "Post LinkedIn",
	channel: "LinkedIn",
	selection: null,
};

describe("fillTemplate", () => {
	it("fills every variable with the idea's words exactly as written", () => {
		const template = "# {{title}}\n{{idea}}\nSource : {{source}} — {{format}} ({{channel}})\n{{selection}}|";
		expect(fillTemplate(template, values, clock)).toBe(
			"# Simplifier sans mentir : « la règle des trois exemples »\nTrois exemples valent mieux qu'une définition.\n\nSource : [[2024-02-22|Journal du 22 février]] — Post LinkedIn (LinkedIn)\n|",
		);
	});

	it("writes {{date}} in the date format and {{date:FORMAT}} in date-fns or Obsidian's moment tokens, in the writer's language", () => {
		expect(fillTemplate("{{date}}", values, clock)).toBe("2024-03-01");
		expect(fillTemplate("{{date:d MMMM yyyy}}", values, { ...clock, locale: fr })).toBe("1 mars 2024");
		expect(fillTemplate("{{date:YYYY-MM-DD}}", values, clock)).toBe("2024-03-01");
		expect(fillTemplate("{{ date:dddd D MMMM }}", values, { ...clock, locale: fr })).toBe("vendredi 1 mars");
	});

	it("leaves what it does not know exactly as written: Templater, unknown variables, a broken date format", () => {
		const template = "<% tp.date.now() %> {{auteur}} {{title:upper}} {{date:}} {{date:[unclosed}} {{ title }} {title} {{{idea}}}";
		expect(fillTemplate(template, values, clock)).toBe(
			`<% tp.date.now() %> {{auteur}} {{title:upper}} {{date:}} {{date:[unclosed}} ${values.title} {title} {${values.idea}}`,
		);
	});

	it("does not read a value's own braces as variables", () => {
		expect(fillTemplate("{{title}}", { title: "{{idea}} et <% x %>", idea: "non" }, clock)).toBe("{{idea}} et <% x %>");
	});
});
