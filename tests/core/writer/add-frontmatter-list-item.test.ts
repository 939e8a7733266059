import { parse } from "yaml";
import { addFrontmatterListItem } from "../../../src/core/writer/add-frontmatter-list-item";
import { revertPropertyEdit } from "../../../src/core/writer/revert-property-edit";
import { codeOf } from "./refusal-code";

const LINK = "[[Penser une fois « répliquer partout »]]";
const QUOTED = `"${LINK}"`;

function add(text: string, item = LINK): string {
	return addFrontmatterListItem(text, "brand-idea", item, parse).after;
}

const addBody = (text: string): string => `${text}Une ligne ajoutée après le rattachement.\n`;

describe("addFrontmatterListItem", () => {
	it("adds one line under a block list, indented as its items, and nothing else", () => {
		const note = "---\ntype: idea\nbrand-idea:\n    - \"[[Vendre sans vendre]]\"\n# mes idées de marque\nstatus: spark\n---\nCorps : « tel quel »\n";
		expect(add(note)).toBe(`---\ntype: idea\nbrand-idea:\n    - "[[Vendre sans vendre]]"\n    - ${QUOTED}\n# mes idées de marque\nstatus: spark\n---\nCorps : « tel quel »\n`);
	});

	it("adds under a list written at its key's indentation, with a comment on the key, keeping CRLF and a BOM", () => {
		const note = "\uFEFF---\r\nbrand-idea: # plusieurs\r\n- \"[[Vendre sans vendre]]\"\r\ntitle: 'L''idée : « une fois »'\r\n---\r\nCorps\r\n";
		expect(add(note)).toBe(`\uFEFF---\r\nbrand-idea: # plusieurs\r\n- "[[Vendre sans vendre]]"\r\n- ${QUOTED}\r\ntitle: 'L''idée : « une fois »'\r\n---\r\nCorps\r\n`);
	});

	it("turns one link into a list of both, losing neither, and keeps the comment after it", () => {
		const note = '---\ntype: idea\nbrand-idea: "[[Vendre sans vendre]]"  # la première\nstatus: spark\n---\n';
		const after = add(note);
		expect(after).toBe(`---\ntype: idea\nbrand-idea:  # la première\n  - "[[Vendre sans vendre]]"\n  - ${QUOTED}\nstatus: spark\n---\n`);
		expect(parse(after.split("---\n")[1] ?? "")).toEqual({ type: "idea", "brand-idea": ["[[Vendre sans vendre]]", LINK], status: "spark" });
	});

	it("reads the unquoted [[link]] (a list in a list for YAML) as the link it is, and a flow list as its items", () => {
		expect(add("---\nbrand-idea: [[Vendre sans vendre]]\n---\n")).toBe(`---\nbrand-idea:\n  - "[[Vendre sans vendre]]"\n  - ${QUOTED}\n---\n`);
		expect(add("---\nbrand-idea: ['[[Un]]', Deux]\n---\n")).toBe(`---\nbrand-idea:\n  - "[[Un]]"\n  - Deux\n  - ${QUOTED}\n---\n`);
		expect(add("---\nbrand-idea: Vendre sans vendre\n---\n")).toBe(`---\nbrand-idea:\n  - Vendre sans vendre\n  - ${QUOTED}\n---\n`);
	});

	it("writes a list of one item for a missing or empty property, and a block for a note without one", () => {
		expect(add("---\ntype: idea\n---\nCorps\n")).toBe(`---\ntype: idea\nbrand-idea:\n  - ${QUOTED}\n---\nCorps\n`);
		expect(add("---\nbrand-idea:\ntype: idea\n---\n")).toBe(`---\nbrand-idea:\n  - ${QUOTED}\ntype: idea\n---\n`);
		expect(add("Une idée sans propriétés\r\n")).toBe(`---\r\nbrand-idea:\r\n  - ${QUOTED}\r\n---\r\nUne idée sans propriétés\r\n`);
	});

	it("finds the property written with another case and keeps its name", () => {
		const edit = addFrontmatterListItem("---\nBrand-Idea: \"[[Un]]\"\n---\n", "brand-idea", LINK, parse);
		expect(edit.key).toBe("Brand-Idea");
		expect(edit.after).toBe(`---\nBrand-Idea:\n  - "[[Un]]"\n  - ${QUOTED}\n---\n`);
	});

	it("refuses, writing nothing, a property holding a number or a map, and one whose anchor another reads", () => {
		expect(codeOf(() => add("---\nbrand-idea: 42\n---\n"))).toBe("notText");
		expect(codeOf(() => add("---\nbrand-idea:\n  - \"[[Un]]\"\n  - 12\n---\n"))).toBe("notText");
		expect(codeOf(() => add("---\nbrand-idea:\n  nom: Un\n---\n"))).toBe("notText");
		expect(codeOf(() => add("---\nbrand-idea: &a \"[[Un]]\"\nsource: *a\n---\n"))).toBe("sharedValue");
		expect(codeOf(() => add("---\nbrand-idea: un\nbrand-idea: deux\n---\n"))).toBe("duplicateKey");
		expect(codeOf(() => add("---\nbrand-idea: [un\n---\n"))).toBe("unparseable");
	});

	describe("undone by revertPropertyEdit", () => {
		const cases: [string, string][] = [
			["a block list", '---\nbrand-idea:\n  - "[[Un]]"\ntags: [idée]\n---\nCorps\n'],
			["one link", '---\nbrand-idea: "[[Un]]" # la première\ntags: [idée]\n---\nCorps\n'],
			["a missing property", "---\ntags: [idée]\n---\nCorps\n"],
			["a note without properties", "Corps\n"],
		];
		it.each(cases)("gives back %s byte for byte, right after or once the body changed", (_name, note) => {
			const edit = addFrontmatterListItem(note, "brand-idea", LINK, parse);
			expect(revertPropertyEdit(edit.after, edit, parse)).toBe(note);
			expect(revertPropertyEdit(addBody(edit.after), edit, parse)).toBe(addBody(note));
		});

		it("refuses once the list changed since", () => {
			const edit = addFrontmatterListItem('---\nbrand-idea:\n  - "[[Un]]"\n---\n', "brand-idea", LINK, parse);
			expect(codeOf(() => revertPropertyEdit(edit.after.replace("[[Un]]", "[[Deux]]"), edit, parse))).toBe("changedSince");
		});
	});
});
