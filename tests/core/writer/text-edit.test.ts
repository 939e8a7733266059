import { chainTextEdits, undoTextEdit } from "../../../src/core/writer/text-edit";
import { StudioError } from "../../../src/core/i18n/studio-error";

describe("text edits", () => {
	it("undoes an edit exactly while the note is as the edit left it, and refuses once it changed", () => {
		const edit = { before: "> **Mon idée** : douter\r\n", after: "> **Mon idée** : douter\r\n\r\n^et-but-1\r\n" };
		expect(undoTextEdit(edit.after, edit)).toBe(edit.before);
		expect(() => undoTextEdit(`${edit.after}Ajouté.\r\n`, edit)).toThrow(StudioError);
	});

	it("chains edits made one after the other into one, and refuses a chain with a change in between", () => {
		const a = { before: "x", after: "x ^et-but-1" };
		const b = { before: "x ^et-but-1", after: "x ^et-but-1 ^et-but-2" };
		expect(chainTextEdits([a, b])).toEqual({ before: "x", after: "x ^et-but-1 ^et-but-2" });
		expect(chainTextEdits([a, { ...b, before: "x ^et-but-1 changé" }])).toBeNull();
		expect(chainTextEdits([])).toBeNull();
	});
});
