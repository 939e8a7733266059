import { parse } from "yaml";
import { revertPropertyEdit } from "../../../src/core/writer/revert-property-edit";
import { setFrontmatterProperty } from "../../../src/core/writer/set-frontmatter-property";
import { codeOf } from "./refusal-code";

/** The note after a move to `think`, then an edit of the writer's made with `change`, then undone. */
function moveEditUndo(note: string, change: (text: string) => string): string {
	const edit = setFrontmatterProperty(note, "status", "think", parse);
	return revertPropertyEdit(change(edit.after), edit, parse);
}

const addBody = (text: string): string => `${text}Une ligne ajoutée après le déplacement.\n`;

describe("revertPropertyEdit", () => {
	it("gives back the exact text before the move when nothing changed since", () => {
		const note = "\uFEFF---\r\nstatus: 'spark'  # première étape\r\ntitle: '« Simplifier : la règle »'\r\n---\r\nTexte\r\n";
		const edit = setFrontmatterProperty(note, "status", "think", parse);
		expect(revertPropertyEdit(edit.after, edit, parse)).toBe(note);
	});

	it("puts back an unknown status as it was written, not the first stage", () => {
		const note = "---\nstatus: banana\ntitle: t\n---\n";
		expect(moveEditUndo(note, addBody)).toBe(addBody(note));
	});

	it("puts back a label as it was written, not the stage's key", () => {
		const note = "---\ntype: idea\nstatus: Brouillon # à reprendre\n---\nCorps\n";
		expect(moveEditUndo(note, addBody)).toBe(addBody(note));
	});

	it("removes the status line a move added, adding none", () => {
		const note = "---\ntype: idea\n---\nCorps\n";
		expect(moveEditUndo(note, addBody)).toBe(addBody(note));
	});

	it("removes the block a move added to a note without properties", () => {
		const note = "Corps sans propriétés\r\n";
		expect(moveEditUndo(note, addBody)).toBe(addBody(note));
	});

	it("keeps the block a move added once the writer put other properties in it, and removes only the status", () => {
		const edit = setFrontmatterProperty("Corps\n", "status", "think", parse);
		const edited = edit.after.replace("---\nCorps", "tags: [idée]\n---\nCorps");
		expect(revertPropertyEdit(edited, edit, parse)).toBe("---\ntags: [idée]\n---\nCorps\n");
	});

	it("puts back a multi-line list and keeps the writer's other edits", () => {
		const note = "---\nstatus:\n  - Draft\n  - 'x'\ntags: [a]\n---\n";
		expect(moveEditUndo(note, (text) => text.replace("tags: [a]", "tags: [a, b]"))).toBe("---\nstatus:\n  - Draft\n  - 'x'\ntags: [a, b]\n---\n");
	});

	it("refuses when the status is no longer the one the move wrote", () => {
		const edit = setFrontmatterProperty("---\nstatus: spark\n---\n", "status", "think", parse);
		expect(codeOf(() => revertPropertyEdit(edit.after.replace("think", "invest"), edit, parse))).toBe("changedSince");
		expect(codeOf(() => revertPropertyEdit(edit.after.replace("think", "think # moi"), edit, parse))).toBe("changedSince");
		expect(codeOf(() => revertPropertyEdit("---\n---\n", edit, parse))).toBe("changedSince");
		expect(codeOf(() => revertPropertyEdit("Plus de propriétés\n", edit, parse))).toBe("changedSince");
	});

	it("refuses when the writer wrote a second status since", () => {
		const edit = setFrontmatterProperty("---\nstatus: spark\n---\n", "status", "think", parse);
		expect(codeOf(() => revertPropertyEdit("---\nstatus: think\nstatus: x\n---\n", edit, parse))).toBe("duplicateKey");
	});

	it("refuses when putting the old value back would break another property", () => {
		const edit = setFrontmatterProperty("---\nsource: x\nstatus: &s spark\n---\n", "status", "think", parse);
		// Since the move the writer gave `source` the anchor and `other` reads it: the old `&s` would take it over.
		const edited = "---\nsource: &s x\nstatus: think\nother: *s\n---\n";
		expect(codeOf(() => revertPropertyEdit(edited, edit, parse))).toBe("sideEffect");
	});
});
