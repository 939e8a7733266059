import { parseEtButBlocks } from "../../../src/core/reading/et-but-blocks";
import { NoteLines } from "../../../src/core/note/note-lines";
import { ET_BUT_BLOCK_TEMPLATE } from "../../../src/core/reading/reading-templates";

const parse = (text: string) => parseEtButBlocks(new NoteLines(text));

const frenchBook = [
	"---",
	"type: book",
	"author: Russell Brunson",
	"---",
	"# Expert Secrets",
	"",
	"## ET et BUT",
	"",
	"> [!et-but] ET et BUT",
	"> **Idée de l'auteur** : « Les gens n'achètent pas un produit, ils achètent une transformation »",
	"> **Page ou chapitre** : ch. 3, p. 42",
	">",
	"> **ET** : la transformation se raconte : c'est le rôle de [[Storytelling|l'histoire]]",
	">",
	"> **MAIS** : il oublie les clients qui achètent par habitude",
	">",
	"> **Mon idée** : Vendre une transformation, c'est d'abord la vivre",
	"",
	"> [!et-but] ET et BUT",
	"> **Idée de l'auteur** : Le « Epiphany Bridge »",
	"> **Page ou chapitre** : ",
	">",
	"> **ET** : ",
	">",
	"> **MAIS** : ",
	">",
	"> **Mon idée** : ",
	"",
].join("\n");

describe("parseEtButBlocks", () => {
	it("reads each part of a French callout block as written, and a half-filled block with empty parts", async () => {
		const { blocks, unlabelled } = await parse(frenchBook);
		expect(unlabelled).toEqual([]);
		expect(blocks).toEqual([
			{
				idea: "« Les gens n'achètent pas un produit, ils achètent une transformation »",
				location: "ch. 3, p. 42",
				and: "la transformation se raconte : c'est le rôle de [[Storytelling|l'histoire]]",
				but: "il oublie les clients qui achètent par habitude",
				mine: "Vendre une transformation, c'est d'abord la vivre",
				labels: { and: "ET", but: "MAIS" },
				id: null,
				from: 8,
				to: 16,
				form: "callout",
			},
			{ idea: "Le « Epiphany Bridge »", location: "", and: "", but: "", mine: "", labels: { and: "ET", but: "MAIS" }, id: null, from: 18, to: 26, form: "callout" },
		]);
	});

	it("reads the English template's labels, and the block id on its own line after the callout", async () => {
		const block = ET_BUT_BLOCK_TEMPLATE.text.en.replace("{{cursor}}", "Perfect webinar").replace("**My idea**: ", "**My idea**: A webinar is a conversation");
		const { blocks } = await parse(`---\ntype: book\n---\n${block}\n^et-but-1\n\nNext paragraph\n`);
		expect(blocks).toHaveLength(1);
		expect(blocks[0]).toMatchObject({ idea: "Perfect webinar", mine: "A webinar is a conversation", labels: { and: "AND", but: "BUT" }, id: "et-but-1", from: 3, to: 13 });
	});

	it("reads a block written with headings, bold labels without colons, label headings and a list inside", async () => {
		const text = [
			"## Chapitre 2",
			"### Idée : Le storytelling vend",
			"p. 88",
			"#### ET",
			"- une histoire se retient",
			"- elle se partage",
			"**MAIS** il faut une histoire vraie",
			"Mon idée: Raconter ses échecs d'abord ^et-but-7",
			"",
			"## Chapitre 3",
			"Rien à noter.",
		].join("\n");
		const { blocks } = await parse(text);
		expect(blocks).toEqual([{ idea: "Le storytelling vend\np. 88", location: "", and: "une histoire se retient\nelle se partage", but: "il faut une histoire vraie", mine: "Raconter ses échecs d'abord", labels: { and: "ET", but: "MAIS" }, id: "et-but-7", from: 1, to: 7, form: "heading" }]);
	});

	it("takes the markup off a part (bold, emphasis) and keeps extra lines under the part above them", async () => {
		const text = ["> [!et-but]", "> **ET :** c'est *vraiment* **utile**", "> et même plus", "> __Mon idée__ : Le `doute` est un outil"].join("\n");
		const { blocks } = await parse(text);
		expect(blocks[0]).toMatchObject({ and: "c'est vraiment utile\net même plus", mine: "Le doute est un outil", idea: "", labels: { and: "ET", but: "" } });
	});

	it("keeps the ET and MAIS labels as the writer typed them, the first of each, and none for a part the block lacks", async () => {
		const text = ["> [!et-but] ET et BUT", "> **Et** : d'accord", "> - But : pas tout à fait", "> **Mais** : une seconde réserve", "> **Mon idée** : Douter à voix haute"].join("\n");
		const { blocks } = await parse(text);
		expect(blocks).toMatchObject([{ and: "d'accord", but: "pas tout à fait\nune seconde réserve", labels: { and: "Et", but: "But" } }]);
	});

	it("warns about an ET/BUT callout whose labels are in a third language, and does not take it for a block", async () => {
		const { blocks, unlabelled } = await parse("texte\n\n> [!et-but] UND und ABER\n> **UND**: mehr\n> **ABER**: weniger\n");
		expect(blocks).toEqual([]);
		expect(unlabelled).toEqual([2]);
	});

	it("leaves ordinary quotes, headings and text that merely start with « Et » alone", async () => {
		const { blocks, unlabelled } = await parse("## Notes\nEt puis il dit que tout change.\n\n> Une citation qui n'est pas un bloc\n> Mais qui continue\n");
		expect(blocks).toEqual([]);
		expect(unlabelled).toEqual([]);
	});

	it("reads CRLF lines and a BOM with the same line numbers as LF", async () => {
		const lf = await parse(frenchBook);
		const crlf = await parse(`\uFEFF${frenchBook.replace(/\n/g, "\r\n")}`);
		expect(crlf).toEqual(lf);
	});

	it("passes over a block larger than 64 KB with a note of its line, and pauses while scanning a long note", async () => {
		let pauses = 0;
		const huge = `> [!et-but]\n> **ET** : ${"x".repeat(70 * 1024)}\n> **Mon idée** : trop\n`;
		const filler = "ligne\n".repeat(10_000);
		const result = await parseEtButBlocks(new NoteLines(filler + huge), () => {
			pauses++;
			return Promise.resolve();
		});
		expect(result.blocks).toEqual([]);
		expect(result.tooLarge).toEqual([10_000]);
		expect(pauses).toBeGreaterThanOrEqual(5);
	});
});

describe("blocks beside code, tables, math and comments", () => {
	const headingBlock = (...tail: string[]) => ["## Chapitre 4", "### Idée : Le doute est un outil", "**ET** : il se partage", "**MAIS** : il paralyse", "Mon idée : Écrire court", ...tail, "", "## Chapitre 5", "Rien à noter.", ""].join("\n");

	it.each([
		["a code fence", ["```js", "const x = 1;", "```"]],
		["a tilde fence holding backticks", ["~~~~", "```", "## pas un titre", "~~~~"]],
		["math", ["$$", "x^2", "$$"]],
		["a table", ["| Jour | Mots |", "| --- | --- |", "| lundi | 300 |"]],
		["an HTML block", ["<div>", "<b>gras</b>", "</div>"]],
	])("never takes %s under « Mon idée » into the idea, and ends the block after it", async (_name, tail) => {
		const { blocks } = await parse(headingBlock(...tail));
		expect(blocks).toEqual([{ idea: "Le doute est un outil", location: "", and: "il se partage", but: "il paralyse", mine: "Écrire court", labels: { and: "ET", but: "MAIS" }, id: null, from: 1, to: 4 + tail.length, form: "heading" }]);
	});

	it("reads the words of a line without its comments, and no block at all inside a comment", async () => {
		const { blocks } = await parse(["<!--", "> [!et-but]", "> **Mon idée** : caché", "-->", "", "> [!et-but]", "> **ET** : oui %%à revoir%%", "> **Mon idée** : Écrire court <!-- ou long ? -->"].join("\n"));
		expect(blocks).toMatchObject([{ and: "oui", mine: "Écrire court", from: 5 }]);
	});

	it("keeps the code inside a callout out of its parts", async () => {
		const { blocks } = await parse(["> [!et-but]", "> **Mon idée** : Écrire court", "> ```", "> **ET** : dans le code", "> ```"].join("\n"));
		expect(blocks).toMatchObject([{ and: "", mine: "Écrire court", to: 4 }]);
	});

	it("reads the id on its own line after a heading block, as the block id written there", async () => {
		const { blocks } = await parse(headingBlock("```js", "code", "```", "", "^et-but-2"));
		expect(blocks).toMatchObject([{ mine: "Écrire court", id: "et-but-2", to: 9 }]);
	});
});

describe("the text of a part", () => {
	it("is what remark reads from the line, whether the line goes to remark or is unwrapped directly", async () => {
		const { unified } = await import("unified");
		const { default: remarkParse } = await import("remark-parse");
		const { toString } = await import("mdast-util-to-string");
		const parser = unified().use(remarkParse);
		const lines = [
			"c'est *vraiment* **utile** pour [[Storytelling|l'histoire]]",
			"un `outil` et __deux__ _trois_ snake_case_name",
			"**gras** puis *italique* puis ![[Image.png]]",
			"[un lien](https://example.org) et \\*pas d'italique\\*",
			"<b>HTML</b> & ~~barré~~",
		];
		for (const line of lines) {
			const { blocks } = await parse(`> [!et-but]\n> **Mon idée** : ${line}\n`);
			expect(blocks[0]?.mine).toBe(toString(parser.parse(line)).trim());
		}
	});
});
