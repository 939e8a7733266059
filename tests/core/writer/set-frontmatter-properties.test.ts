import { parse } from "yaml";
import { setFrontmatterProperties } from "../../../src/core/writer/set-frontmatter-properties";
import { revertPropertiesEdit } from "../../../src/core/writer/revert-properties-edit";
import { codeOf } from "./refusal-code";

const PUBLISH = [
	["url", "https://exemple.fr/douter#fin"],
	["published", "2025-03-14"],
	["status", "published"],
] as const;

describe("setFrontmatterProperties", () => {
	it("edits each property's own lines, appending the missing ones in order, every other byte kept", () => {
		const note = "\uFEFF---\r\ntitle: 'Douter : « avancer »'\r\nstatus: draft  # à relire\r\n---\r\nCorps\r\n";
		const edit = setFrontmatterProperties(note, PUBLISH, parse);
		expect(edit.after).toBe("\uFEFF---\r\ntitle: 'Douter : « avancer »'\r\nstatus: published  # à relire\r\nurl: https://exemple.fr/douter#fin\r\npublished: 2025-03-14\r\n---\r\nCorps\r\n");
		expect(edit.edits.map((one) => one.key)).toEqual(["url", "published", "status"]);
	});

	it("gives a note without properties one block holding them all", () => {
		expect(setFrontmatterProperties("Corps\n", PUBLISH, parse).after).toBe("---\nurl: https://exemple.fr/douter#fin\npublished: 2025-03-14\nstatus: published\n---\nCorps\n");
	});

	it("refuses the whole edit when one property cannot be written, whichever comes first", () => {
		const note = "---\nstatus: draft\npublished: &jour 2025-01-01\nrappel: *jour\n---\n";
		expect(codeOf(() => setFrontmatterProperties(note, PUBLISH, parse))).toBe("sharedValue");
		expect(codeOf(() => setFrontmatterProperties("---\nstatus: a\nstatus: b\n---\n", PUBLISH, parse))).toBe("invalidYaml");
	});

	it("refuses the same property asked for twice, case aside", () => {
		expect(codeOf(() => setFrontmatterProperties("---\n---\n", [["status", "a"], ["Status", "b"]], parse))).toBe("invalidKey");
	});
});

describe("revertPropertiesEdit", () => {
	const note = "---\ntitle: Douter\nstatus: draft # à relire\n---\nCorps\n";

	it("gives back the exact text when nothing changed since", () => {
		const edit = setFrontmatterProperties(note, PUBLISH, parse);
		expect(revertPropertiesEdit(edit.after, edit, parse)).toBe(note);
	});

	it("puts every property back and keeps the writer's other edits", () => {
		const edit = setFrontmatterProperties(note, PUBLISH, parse);
		const edited = edit.after.replace("title: Douter", "title: Douter, encore").replace("Corps\n", "Corps\nAjouté : « depuis ».\n");
		expect(revertPropertiesEdit(edited, edit, parse)).toBe(note.replace("title: Douter", "title: Douter, encore").replace("Corps\n", "Corps\nAjouté : « depuis ».\n"));
	});

	it("removes the block it added, once the properties it wrote are all that is in it", () => {
		const edit = setFrontmatterProperties("Corps\n", PUBLISH, parse);
		expect(revertPropertiesEdit(`${edit.after}Ajouté.\n`, edit, parse)).toBe("Corps\nAjouté.\n");
	});

	it("refuses, as a whole, when one of the properties changed since", () => {
		const edit = setFrontmatterProperties(note, PUBLISH, parse);
		expect(codeOf(() => revertPropertiesEdit(edit.after.replace("published: 2025-03-14", "published: 2025-03-15"), edit, parse))).toBe("changedSince");
	});
});
