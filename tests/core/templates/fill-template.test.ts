import { fr } from "date-fns/locale";
import { fillTemplate, templateText, type TemplateClock } from "../../../src/core/templates/fill-template";

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

	it("fills a variable with an argument from the value of that key, the argument trimmed", () => {
		expect(fillTemplate("{{step:2}} puis {{ step: 2 }}, pas {{step:3}}", { "step:2": "Écrire : « une fois »" }, clock)).toBe("Écrire : « une fois » puis Écrire : « une fois », pas {{step:3}}");
	});

	it("does not read a value's own braces as variables", () => {
		expect(fillTemplate("{{title}}", { title: "{{idea}} et {{date}}", idea: "non" }, clock)).toBe("{{idea}} et {{date}}");
	});
});

/** Templater runs what stands between `<%` and `%>` in a new note; a word joiner (U+2060) between `<` and `%` reads the same and runs nothing. */
const JOINER = "\u2060";

describe("fillTemplate: the writer's words stay text", () => {
	it("keeps the template's own Templater code, and makes Templater code copied from an idea or a source inert", () => {
		const idea = `Mon idée : « douter » <%* app.vault.delete(app.vault.getFiles()[0]) %> et <%- tp.file.title %>`;
		const filled = fillTemplate("<% tp.file.cursor() %>\n{{idea}}\n<%* tR += 'à moi' %>", { idea }, clock);
		expect(filled).toBe(`<% tp.file.cursor() %>\nMon idée : « douter » <${JOINER}%* app.vault.delete(app.vault.getFiles()[0]) %> et <${JOINER}%- tp.file.title %>\n<%* tR += 'à moi' %>`);
		expect(filled.replaceAll(JOINER, "")).toBe(`<% tp.file.cursor() %>\n${idea}\n<%* tR += 'à moi' %>`);
	});

	it("never lets a value and the text beside it make a tag neither holds", () => {
		expect(fillTemplate("<{{title}}", { title: "%* tR += 1 %>" }, clock)).toBe(`<${JOINER}%* tR += 1 %>`);
		expect(fillTemplate("{{title}}%* tR += 1 %>", { title: "a <" }, clock)).toBe(`a <${JOINER}%* tR += 1 %>`);
		expect(fillTemplate("{{title}}{{source}}", { title: "x <", source: "% y %>" }, clock)).toBe(`x <${JOINER}% y %>`);
		expect(fillTemplate("<{{title}}> {{title}}", { title: "b" }, clock)).toBe("<b> b");
	});

	it("keeps Templater code in a value that is itself a template of the writer's", () => {
		const block = "> [!et-but] ET et BUT\n> <% tp.date.now() %>";
		expect(fillTemplate("## ET et BUT\n{{block}}", { block: templateText(block) }, clock)).toBe(`## ET et BUT\n${block}`);
	});

	it("fills a template of 5 MB whose variable never closes before a long run of blanks, reading that run once", () => {
		const paragraph = "Une idée : « {{title}} », tirée de {{source}}.\n\n";
		const template = `{{date:${" ".repeat(100_000)}\n${paragraph.repeat(100_000)}`;
		const filled = fillTemplate(template, { title: "Simplifier", source: "[[Journal]]" }, clock);
		expect(filled.length).toBe(template.length + 100_000 * ("Simplifier".length - "{{title}}".length + "[[Journal]]".length - "{{source}}".length));
	});
});
