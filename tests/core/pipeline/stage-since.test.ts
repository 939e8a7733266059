import { parse } from "yaml";
import { setFrontmatterProperties } from "../../../src/core/writer/set-frontmatter-properties";
import { revertPropertiesEdit } from "../../../src/core/writer/revert-properties-edit";
import { STAGE_SINCE_PLACE, stageMoveValues, stageSinceDay } from "../../../src/core/pipeline/stage-since";
import { codeOf } from "../writer/refusal-code";

/** A move as the pipeline writes it: `status` and `stage-since` in one edit. */
const move = (text: string, toKey: string, since: string | null) => setFrontmatterProperties(text, stageMoveValues(toKey, since), parse, STAGE_SINCE_PLACE);

const IDEA = "---\ntype: idea\nstatus: think   # où elle en est\ncreated: 2026-11-02T10:00\ntitle: \"Douter : « avancer »\"\n---\nDouter : « avancer »\n";

describe("the stage-since edit of a move", () => {
	it("writes the day of the move right below the status, every other byte kept", () => {
		const edit = move(IDEA, "spark", "2026-12-08");
		expect(edit.after).toBe(IDEA.replace("status: think   # où elle en est\n", "status: spark   # où elle en est\nstage-since: 2026-12-08\n"));
		expect(edit.edits.map((one) => one.key)).toEqual(["status", "stage-since"]);
	});

	it("changes the day where a move wrote one before, in its place", () => {
		const moved = move(IDEA, "spark", "2026-12-08").after;
		const edit = move(moved, "invest", "2027-01-04");
		expect(edit.after).toBe(IDEA.replace("status: think   # où elle en est\n", "status: invest   # où elle en est\nstage-since: 2027-01-04\n"));
	});

	it("writes both lines at the end of the properties when the idea had no status, CRLF kept", () => {
		const note = "---\r\ntype: idea\r\n---\r\nSans statut\r\n";
		expect(move(note, "spark", "2026-12-08").after).toBe("---\r\ntype: idea\r\nstatus: spark\r\nstage-since: 2026-12-08\r\n---\r\nSans statut\r\n");
	});

	it("writes the status alone when the record of moves is off", () => {
		expect(move(IDEA, "spark", null).after).toBe(IDEA.replace("status: think", "status: spark"));
	});

	it("says the day of the move in ISO, the writer's own day", () => {
		expect(stageSinceDay(new Date(2026, 11, 8, 23, 59))).toBe("2026-12-08");
	});
});

describe("the undo of a move", () => {
	it("gives back both lines exactly as they were", () => {
		const edit = move(IDEA, "spark", "2026-12-08");
		expect(revertPropertiesEdit(edit.after, edit, parse)).toBe(IDEA);
		const again = move(edit.after, "invest", "2027-01-04");
		expect(revertPropertiesEdit(again.after, again, parse)).toBe(edit.after);
	});

	it("puts both back and keeps what the writer typed since, elsewhere in the note", () => {
		const edit = move(IDEA, "spark", "2026-12-08");
		const edited = edit.after.replace("created: 2026-11-02T10:00", "created: 2026-11-02T10:00\nauteur: moi").concat("Une ligne de plus.\n");
		expect(revertPropertiesEdit(edited, edit, parse)).toBe(IDEA.replace("created: 2026-11-02T10:00", "created: 2026-11-02T10:00\nauteur: moi").concat("Une ligne de plus.\n"));
	});

	it("refuses, writing nothing, when the writer changed the day since", () => {
		const edit = move(IDEA, "spark", "2026-12-08");
		expect(codeOf(() => revertPropertiesEdit(edit.after.replace("stage-since: 2026-12-08", "stage-since: 2026-12-01"), edit, parse))).toBe("changedSince");
	});
});
