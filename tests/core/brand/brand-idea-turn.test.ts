import { parse } from "yaml";
import { brandIdeaTurn } from "../../../src/core/brand/brand-idea-turn";
import { BRAND_IDEA_TEMPLATE } from "../../../src/core/brand/brand-templates";
import { FrontmatterEditError } from "../../../src/core/writer/frontmatter-edit-error";
import { StudioError } from "../../../src/core/i18n/studio-error";

const TEMPLATE = BRAND_IDEA_TEMPLATE.text.fr;
const BODY = "## Croyance centrale\nL'expertise se partage : « penser une fois ».\n";

function refusal(note: string): unknown {
	try {
		brandIdeaTurn(note, TEMPLATE, parse);
	} catch (error) {
		return error;
	}
	return null;
}

describe("brandIdeaTurn", () => {
	it("sets the type and adds the missing headings in one text, every byte before kept", () => {
		const note = `\uFEFF---\r\ntags: [réflexions]  # à relire\r\n---\r\n${BODY.replace(/\n/g, "\r\n")}`;
		const turn = brandIdeaTurn(note, TEMPLATE, parse);
		if (turn.kind !== "turned") throw new Error("not turned");
		expect(turn.after.startsWith(`\uFEFF---\r\ntags: [réflexions]  # à relire\r\ntype: brand-idea\r\n---\r\n${BODY.replace(/\n/g, "\r\n")}`)).toBe(true);
		expect(turn.after).toContain("\r\n## Étapes du framework\r\n");
		expect(turn.added).toBe(4);
	});

	it("gives a note without properties its block, and fills an empty type", () => {
		for (const note of [BODY, `---\ntype:\n---\n${BODY}`, `---\ntype: ""\n---\n${BODY}`]) {
			const turn = brandIdeaTurn(note, TEMPLATE, parse);
			expect(turn.kind === "turned" && parse(/^---\n([\s\S]*?)\n---/.exec(turn.after)?.[1] ?? "")).toEqual({ type: "brand-idea" });
		}
	});

	it("leaves the type of a brand idea as written, however it is spelled", () => {
		const note = `---\nType: [Brand-Idea]\n---\n${BODY}`;
		const turn = brandIdeaTurn(note, TEMPLATE, parse);
		expect(turn.kind === "turned" && turn.after.startsWith(note)).toBe(true);
	});

	it("names another type and writes nothing", () => {
		expect(brandIdeaTurn(`---\ntype: Idea\n---\n${BODY}`, TEMPLATE, parse)).toEqual({ kind: "otherType", type: "idea" });
	});

	it.each([
		["a list", "type: [essai, note]", 2],
		["a number", "type: 12", 2],
		["true", "type: true", 2],
		["nested properties", "type:\n  genre: essai", 2],
		["a block list", "tags: [x]\ntype:\n  - essai\n  - note", 3],
	])("refuses a type that is %s, naming its line", (_kind, lines, line) => {
		const error = refusal(`---\n${lines}\n---\n${BODY}`);
		expect(error).toBeInstanceOf(StudioError);
		expect(error).toMatchObject({ code: "error.typeNotText", params: { line } });
	});

	it.each([
		["tags: [x", "unparseable", 2],
		["title: a\ntitle: b", "duplicateKey", 3],
		["title: &a x\nsource: *b", "invalidYaml", null],
	])("refuses properties that do not read for sure (%s)", (lines, code, line) => {
		const error = refusal(`---\n${lines}\n---\n${BODY}`);
		expect(error).toBeInstanceOf(FrontmatterEditError);
		expect(error).toMatchObject({ code, line });
	});
});
