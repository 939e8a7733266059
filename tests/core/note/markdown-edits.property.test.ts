import { replaceSectionText, sectionText } from "../../../src/core/brand/note-section";
import { FRAMEWORK_PARTS, namesPart } from "../../../src/core/brand/framework-parts";
import { StudioError } from "../../../src/core/i18n/studio-error";
import { NoteLines } from "../../../src/core/note/note-lines";
import { safeInsertionPoint, type MoveReason } from "../../../src/core/note/safe-insertion-point";
import { addBlockId } from "../../../src/core/reading/add-block-id";
import { parseEtButBlocks } from "../../../src/core/reading/et-but-blocks";
import { CURSOR_MARK, etButInsertion } from "../../../src/core/reading/et-but-insertion";
import { ET_BUT_BLOCK_TEMPLATE } from "../../../src/core/reading/reading-templates";
import { generator, type Random } from "../writer/frontmatter-notes";

/**
 * The three edits that write into a note's markdown, checked over generated notes: replacing a framework
 * section's text, adding a block id after an ET/BUT block, and inserting an ET/BUT block at a cursor. The
 * notes hold code fences of both kinds and several lengths (some never closed), HTML and `%% %%` comments
 * over lines and inline, tables, callouts, `$$` math, HTML blocks, properties, CRLF and a BOM, around and
 * inside the edited parts. The generator knows what each line is part of; each edit must keep every byte
 * outside its own lines, land only where it cuts nothing, or refuse where the generator says it must.
 *
 * Seed and number of notes: MARKDOWN_FUZZ_SEED, MARKDOWN_FUZZ_NOTES.
 */
const SEED = Number(process.env.MARKDOWN_FUZZ_SEED ?? 20261206);
const NOTES = Number(process.env.MARKDOWN_FUZZ_NOTES ?? 2500);


type Kind = "properties" | "code" | "math" | "html" | "table" | "callout";

/** One generated line, and what the generator knows of it. */
interface Line {
	text: string;
	/** The block the whole line is part of, with the block's number. */
	block: { kind: Kind; id: number } | null;
	/** Number of the comment or block open at the line's start (opened above), or null. */
	startIn: number | null;
	/** Number of the comment or block still open at the line's end, or null. */
	endIn: number | null;
	hidden: { from: number; to: number; kind: "comment" | "math" }[];
	heading: { level: number; text: string } | null;
	/** Non-blank, and nothing but comment. */
	commentOnly: boolean;
	/** A paragraph's line, whose end may take a block id. */
	plain: boolean;
}

let ids = 0;
const line = (text: string, extra: Partial<Line> = {}): Line => ({ text, block: null, startIn: null, endIn: null, hidden: [], heading: null, commentOnly: false, plain: text.trim() !== "", ...extra });
const blank = (): Line => line("");

/** Lines of a block that covers them whole; `closed` false leaves it open to the note's end. */
function blockLines(kind: Kind, texts: readonly string[], closed = true): Line[] {
	const id = ++ids;
	const open = kind === "code" || kind === "math" || kind === "properties";
	return texts.map((text, i) => line(text, { block: { kind, id }, plain: false, startIn: open && i > 0 ? id : null, endIn: open && (i < texts.length - 1 || !closed) ? id : null }));
}

/** A comment over lines: `before` ahead of its opener, `after` behind its closer (none when `closed` is false). */
function commentLines(opener: "<!--" | "%%", inside: readonly string[], before: string, after: string, closed = true): Line[] {
	const id = ++ids;
	const closer = opener === "<!--" ? "-->" : "%%";
	const first = `${before}${opener}${inside.length > 0 ? "" : " "}`;
	const lines = [line(first, { endIn: id, hidden: [{ from: before.length, to: first.length, kind: "comment" }], commentOnly: before.trim() === "", plain: false })];
	for (const text of inside) lines.push(line(text, { startIn: id, endIn: id, hidden: text === "" ? [] : [{ from: 0, to: text.length, kind: "comment" }], commentOnly: text.trim() !== "", plain: false }));
	if (closed) {
		const last = `${closer}${after}`;
		lines.push(line(last, { startIn: id, hidden: [{ from: 0, to: closer.length, kind: "comment" }], commentOnly: after.trim() === "", plain: false }));
	}
	return lines;
}

const WORDS = ["Lu ce matin, repensé à [[Expert Secrets|ES]].", "Texte « libre » : oui", "l'été", "Fin du chapitre : « la peur ».", "- un cas", "1. Lire", "Voir `<!--` et `%%` ici"];
const DECOYS = ["## Croyance centrale", "> [!et-but] ET et BUT", "> **Mon idée** : caché", "**ET** : dans le code", "| a | b |", "texte", ""];
const PARTS_HEADINGS = ["## Preuves", "# Titre", "### Sous-partie", "## Étapes du framework"];

function paragraph(r: Random): Line[] {
	switch (r.int(6)) {
		case 0:
			return [line("Texte %%caché ici%% suite", { hidden: [{ from: 6, to: 19, kind: "comment" }] })];
		case 1:
			return [line("Avant $$x + y$$ après", { hidden: [{ from: 6, to: 15, kind: "math" }] })];
		case 2:
			return [line("Début <!-- note --> fin", { hidden: [{ from: 6, to: 19, kind: "comment" }] })];
		default:
			return Array.from({ length: 1 + r.int(2) }, () => line(r.pick(WORDS)));
	}
}

function heading(text: string, level = 2): Line {
	return line(`${"#".repeat(level)} ${text}`, { heading: { level, text }, plain: false });
}

function fence(r: Random, closed: boolean): Line[] {
	const mark = r.pick(["```", "~~~", "````", "~~~~~"]);
	const indent = r.pick(["", "", " ", "   "]);
	// Inside: a fence of the other kind, or a shorter one, which closes nothing.
	const other = mark.startsWith("`") ? r.pick(["~~~", "~~~~"]) : "```";
	const inner = mark.length > 3 ? mark.slice(1) : other;
	const texts = [`${indent}${mark}${r.pick(["", "md", "js"])}`, ...Array.from({ length: r.int(4) }, () => r.pick([...DECOYS, inner, `${other}js`]))];
	if (closed) texts.push(`${mark}${r.chance(0.3) ? mark[0] : ""}${r.pick(["", "  "])}`);
	return blockLines("code", texts, closed);
}

function piece(r: Random): Line[] {
	switch (r.int(11)) {
		case 0:
		case 1:
			return paragraph(r);
		case 2:
			return fence(r, true);
		case 3:
			return commentLines("<!--", Array.from({ length: r.int(3) }, () => r.pick(DECOYS)), r.pick(["", "Brouillon "]), r.pick(["", " suite"]));
		case 4:
			return commentLines("%%", Array.from({ length: r.int(3) }, () => r.pick(DECOYS)), "", "");
		case 5:
			return r.chance(0.3) ? blockLines("math", ["$$ a + b $$"]) : blockLines("math", ["$$", r.pick(["x^2", "## n", "| a |"]), "$$"]);
		case 6:
			return blockLines("table", ["| Jour | Mots |", r.pick(["| --- | --- |", "|:-:|---:|"]), ...Array.from({ length: r.int(3) }, () => r.pick(["| lundi | 300 |", "| ## x | `<!--` |"]))]);
		case 7:
			return blockLines("callout", ["> [!note] Titre", ...Array.from({ length: r.int(3) }, () => r.pick(["> l'été", "> ## pas un titre", "> ```"]))]);
		case 8:
			return blockLines("html", ["<div>", ...Array.from({ length: r.int(2) }, () => r.pick(["texte", "## pas un titre"])), "</div>"]);
		case 9:
			return [heading(r.pick(PARTS_HEADINGS).replace(/^#+ /, ""), r.pick([1, 2, 3]))];
		default:
			return commentLines("<!--", ["> [!et-but]", "> **Mon idée** : caché"], "", "");
	}
}

/** The belief's heading, sometimes with a comment on its line, sometimes with a comment it opens (the edit must refuse when text follows its end). */
function beliefHeading(r: Random): Line[] {
	switch (r.int(6)) {
		case 0:
			return [line("## Croyance centrale <!-- aide -->", { heading: { level: 2, text: "Croyance centrale" }, hidden: [{ from: 21, to: 34, kind: "comment" }], plain: false })];
		case 1: {
			const id = ++ids;
			const tail = r.pick(["domino -->", "domino --> L'expertise se partage."]);
			return [
				line("## Croyance centrale <!-- le grand", { heading: { level: 2, text: "Croyance centrale" }, endIn: id, hidden: [{ from: 21, to: 34, kind: "comment" }], plain: false }),
				line(tail, { startIn: id, hidden: [{ from: 0, to: 10, kind: "comment" }], commentOnly: tail === "domino -->", plain: false }),
			];
		}
		case 2:
			return [heading("Croyance centrale"), ...commentLines("<!--", ["Le « grand domino »", "## Étapes du framework"], "", "")];
		default:
			return [heading(r.pick(["Croyance centrale", "Core belief", "Grand domino"]))];
	}
}

type Tail = "none" | "words" | "code" | "table" | "math" | "html" | "comment" | "inline" | "open";

/** An ET/BUT block written with headings, or as a callout; its last lines (`tail`) are what the id must not break. */
function etBut(r: Random, last: boolean): { lines: Line[]; tail: Tail; form: "heading" | "callout" } {
	if (r.chance(0.25)) {
		const code = r.chance(0.5) ? ["> ```", "> **ET** : CODE", "> ```"] : [];
		return { lines: blockLines("callout", ["> [!et-but] ET et BUT", "> **Idée de l'auteur** : Le doute est un outil", "> **ET** : il se partage", "> **MAIS** : il paralyse", "> **Mon idée** : Écrire court", ...code]), tail: code.length > 0 ? "code" : "none", form: "callout" };
	}
	const head = [line("### Idée : Le doute est un outil", { heading: { level: 3, text: "Idée : Le doute est un outil" }, plain: false }), line("**ET** : il se partage"), line("**MAIS** : il paralyse")];
	const tail: Tail = last && r.chance(0.2) ? "open" : r.pick(["none", "words", "code", "table", "math", "html", "comment", "inline"] as const);
	const mine = tail === "inline" ? line("Mon idée : Écrire court <!-- CODE -->", { hidden: [{ from: 24, to: 37, kind: "comment" }], plain: false }) : line("Mon idée : Écrire court");
	const after: Record<Tail, () => Line[]> = {
		none: () => [],
		inline: () => [],
		words: () => [line("et le relire")],
		code: () => blockLines("code", ["```", "**ET** : CODE", "```"]),
		table: () => blockLines("table", ["| CODE | b |", "| --- | --- |", "| 1 | 2 |"]),
		math: () => blockLines("math", ["$$", "CODE^2", "$$"]),
		html: () => blockLines("html", ["<div>", "CODE", "</div>"]),
		comment: () => commentLines("<!--", ["CODE"], "", ""),
		open: () => blockLines("code", ["```", "CODE"], false),
	};
	return { lines: [...head, mine, ...after[tail]()], tail, form: "heading" };
}

interface Generated {
	lines: Line[];
	eol: "\n" | "\r\n";
	bom: string;
	finalEol: boolean;
	/** The ET/BUT block's last line and what ends it, when the note has one. */
	block: { to: number; tail: Tail; form: "heading" | "callout" } | null;
}

/** Whether a piece must be followed by a blank line: a callout, table or HTML block would take the next line in. */
const needsBlank = (lines: readonly Line[]): boolean => {
	const kind = lines.at(-1)?.block?.kind;
	return kind === "callout" || kind === "table" || kind === "html";
};

function generate(r: Random): Generated {
	ids = 0;
	const lines: Line[] = [];
	if (r.chance(0.7)) lines.push(...blockLines("properties", ["---", "type: book", ...(r.chance(0.5) ? ["## Croyance centrale"] : []), "titre: « Le Prince »", "---"]));
	const pieces: Line[][] = Array.from({ length: 2 + r.int(7) }, () => piece(r));
	for (let i = 0, n = r.pick([0, 1, 1, 1, 2]); i < n; i++) {
		const at = r.int(pieces.length + 1);
		pieces.splice(at, 0, beliefHeading(r), ...Array.from({ length: r.int(3) }, () => piece(r)));
	}
	let etButAt = -1;
	let etButInfo: { tail: Tail; form: "heading" | "callout" } | null = null;
	const openAtEnd = r.chance(0.15);
	if (r.chance(0.6)) {
		etButAt = r.int(pieces.length + 1);
		const last = etButAt === pieces.length && !openAtEnd;
		const made = etBut(r, last);
		etButInfo = { tail: made.tail, form: made.form };
		// A heading ends a block written with headings; nothing but a heading may follow it.
		pieces.splice(etButAt, 0, made.lines, ...(last ? [] : [[heading("Suite")]]));
	}
	if (openAtEnd && etButInfo?.tail !== "open") {
		pieces.push(
			r.pick([
				() => fence(r, false),
				() => commentLines("<!--", ["## Croyance centrale", "texte"], r.pick(["", "Brouillon "]), "", false),
				() => commentLines("%%", ["## Étapes du framework"], "", "", false),
				() => blockLines("math", ["$$", "x^2", "## n"], false),
			])(),
		);
	}
	let block: Generated["block"] = null;
	for (const [i, pieceLines] of pieces.entries()) {
		const previous = pieces[i - 1];
		if (previous && (needsBlank(previous) || previous === pieces[etButAt] || r.chance(0.75))) lines.push(blank());
		if (i === etButAt && etButInfo) block = { to: lines.length + pieceLines.length - 1, ...etButInfo };
		lines.push(...pieceLines);
	}
	return { lines, eol: r.pick(["\n", "\r\n"]), bom: r.chance(0.1) ? "\uFEFF" : "", finalEol: r.chance(0.8) || block?.tail === "open", block };
}

const textOf = (note: Generated): string => note.bom + note.lines.map((l, i) => l.text + (i < note.lines.length - 1 || note.finalEol ? note.eol : "")).join("");

/** Offset in the note's text (after its BOM) where line `n` starts. */
const startOf = (note: Generated, n: number): number => note.bom.length + note.lines.slice(0, n).reduce((sum, l) => sum + l.text.length + note.eol.length, 0);

// What the generator says about the places between lines, and about a cursor.

/** Whether text put at the start of line `b` (at the note's end for `b` = the line count) is outside every construct. */
function safeBoundary(lines: readonly Line[], b: number): boolean {
	const above = lines[b - 1];
	const below = lines[b];
	if (above === undefined) return below?.block?.kind !== "properties";
	if (above.endIn !== null) return false;
	return !(below?.block && above.block && below.block.id === above.block.id);
}

function expectedPoint(lines: readonly Line[], cursor: { line: number; ch: number }): { line: number; ch: number; moved: MoveReason | null } | { openFrom: number } {
	const at = lines[cursor.line]!;
	const before = at.text.slice(0, cursor.ch);
	const after = at.text.slice(cursor.ch);
	const covered = at.hidden.find((s) => s.from < cursor.ch && cursor.ch < s.to)?.kind ?? null;
	let fits: boolean;
	if (before.trim() === "" && after.trim() === "") fits = at.block === null && at.startIn === null;
	else if (after.trim() === "") fits = safeBoundary(lines, cursor.line + 1);
	else if (before.trim() === "") fits = safeBoundary(lines, cursor.line);
	else fits = at.block === null && covered === null && !(/\S$/.test(before) && /^\S/.test(after)) && at.heading === null;
	if (fits) return { line: cursor.line, ch: before.trim() === "" && after.trim() !== "" ? 0 : cursor.ch, moved: null };
	const moved: MoveReason = at.block?.kind ?? covered ?? (at.startIn !== null || at.endIn !== null ? "comment" : "line");
	for (let b = cursor.line + 1; b <= lines.length; b++) {
		if (safeBoundary(lines, b)) return b < lines.length ? { line: b, ch: 0, moved } : { line: b - 1, ch: lines[b - 1]!.text.length, moved };
	}
	const open = lines.at(-1)!.endIn;
	return { openFrom: lines.findIndex((l) => l.block?.id === open || l.endIn === open) };
}

/** How each edit ended, over the run: edits made and refusals the generator expected. */
const outcomes: Record<string, number> = {};
const tally = (outcome: string): void => {
	outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
};

const belief = FRAMEWORK_PARTS.find((p) => p.key === "belief")!;
const isBelief = (text: string): boolean => namesPart(text, belief);
const REPLACEMENTS = ["Penser une fois, répliquer partout.", "L'expertise : « se partage »\nSur deux lignes", "Avec du code :\n```\n## Pas un titre\n```\nEt après.", ""];

/** What is wrong with replacing the belief's text of `note`, or null. */
function sectionProblem(note: Generated, r: Random): string | null {
	const text = textOf(note);
	const { lines, eol } = note;
	const replacement = r.pick(REPLACEMENTS);
	const found = lines.findIndex((l) => l.heading !== null && isBelief(l.heading.text));
	let result: string | StudioError;
	try {
		result = replaceSectionText(text, isBelief, replacement, "Croyance centrale");
	} catch (error) {
		if (!(error instanceof StudioError)) throw error;
		result = error;
	}
	const wanted = replacement === "" ? [] : replacement.split("\n");
	if (found === -1) tally(lines.at(-1)?.endIn !== null ? "section refused: note ends open" : "section added");
	if (found === -1) {
		if (lines.at(-1)?.endIn !== null) return result instanceof StudioError && result.code === "error.sectionOpenCode" ? null : "added a heading inside a construct never closed";
		if (result instanceof StudioError) return `refused (${result.code}) to add the section`;
		return result.startsWith(text) && result.endsWith(`## Croyance centrale${eol}${wanted.map((w) => w + eol).join("")}`) ? null : "did not add the section at the end, keeping the note";
	}
	const level = lines[found]!.heading!.level;
	let end = lines.length;
	for (let j = found + 1; j < lines.length; j++) if (lines[j]!.heading !== null && lines[j]!.heading!.level <= level) {
		end = j;
		break;
	}
	let from = -1;
	let to = -1;
	let insertAt = found + 1;
	for (let j = found + 1; j < end; j++) {
		const l = lines[j]!;
		if (l.text.trim() === "") continue;
		if (from === -1 && l.commentOnly) {
			insertAt = j + 1;
			continue;
		}
		if (from === -1) from = j;
		to = j;
	}
	const cut = from !== -1 ? lines[from]!.startIn !== null : lines[insertAt - 1]!.endIn !== null;
	tally(cut ? "section refused: comment cut" : "section edited");
	if (cut) return result instanceof StudioError && result.code === "error.sectionInComment" ? null : "cut a comment open above the written part";
	if (result instanceof StudioError) return `refused (${result.code}) a section it can edit`;
	const prefix = text.slice(0, startOf(note, from === -1 ? insertAt : from));
	// Text that empties the section takes its lines away with their line breaks.
	const suffix = from === -1 ? text.slice(prefix.length) : text.slice(wanted.length === 0 ? startOf(note, to + 1) : startOf(note, to) + lines[to]!.text.length);
	if (!result.startsWith(prefix) || !result.endsWith(suffix) || result.length < prefix.length + suffix.length) return "changed bytes outside the section's written part";
	const middle = result.slice(prefix.length, result.length - suffix.length).replace(/^(?:\r?\n)+|(?:\r?\n)+$/g, "");
	if (middle !== wanted.join(eol)) return `wrote ${JSON.stringify(middle)}`;
	return sectionText(result, isBelief) === wanted.join("\n") ? null : "the new text does not read back";
}

/** What is wrong with the id added after the note's ET/BUT block, or null. */
async function blockIdProblem(note: Generated): Promise<string | null> {
	const text = textOf(note);
	const { blocks } = await parseEtButBlocks(new NoteLines(text));
	const spec = note.block;
	if (spec === null) return blocks.length === 0 ? null : `read ${blocks.length} blocks where there is none`;
	if (blocks.length !== 1) return `read ${blocks.length} blocks where there is one`;
	const block = blocks[0]!;
	const mine = spec.tail === "words" ? "Écrire court\net le relire" : "Écrire court";
	if (block.mine !== mine || block.and !== "il se partage" || block.idea !== "Le doute est un outil") return `read ${JSON.stringify(block)}`;
	if (block.to !== spec.to) return `block ends at ${block.to}, not ${spec.to}`;
	let after: string | null;
	try {
		after = addBlockId(text, block.to, "et-but-1", block.form);
	} catch (error) {
		if (!(error instanceof StudioError)) throw error;
		tally("block id refused: code never closed");
		return spec.tail === "open" ? null : `refused (${error.code}) a block that ends outside any construct`;
	}
	if (spec.tail === "open") return "added an id inside code never closed";
	tally(spec.form === "heading" && note.lines[spec.to]!.plain ? "block id at the line's end" : "block id on its own line");
	const lineEnd = startOf(note, spec.to) + note.lines[spec.to]!.text.length;
	const inline = spec.form === "heading" && note.lines[spec.to]!.plain;
	const hasEol = spec.to < note.lines.length - 1 || note.finalEol;
	const expected = inline
		? `${text.slice(0, lineEnd)} ^et-but-1${text.slice(lineEnd)}`
		: hasEol
			? `${text.slice(0, lineEnd + note.eol.length)}${note.eol}^et-but-1${note.eol}${spec.to < note.lines.length - 1 && note.lines[spec.to + 1]!.text.trim() !== "" ? note.eol : ""}${text.slice(lineEnd + note.eol.length)}`
			: `${text}${note.eol}${note.eol}^et-but-1`;
	if (after !== expected) return `id written as ${JSON.stringify(after?.slice(lineEnd - 20, lineEnd + 30))}`;
	const again = (await parseEtButBlocks(new NoteLines(after))).blocks;
	return again.length === 1 && again[0]!.id === "et-but-1" && again[0]!.mine === mine ? null : "the id does not read back";
}

const TEMPLATE = ET_BUT_BLOCK_TEMPLATE.text.fr;

/** What is wrong with inserting an ET/BUT block at a random cursor of `note`, or null. */
async function insertionProblem(note: Generated, r: Random): Promise<string | null> {
	const { lines } = note;
	const cursorLine = r.int(lines.length);
	const cursor = { line: cursorLine, ch: r.int(lines[cursorLine]!.text.length + 1) };
	const editorLines = lines.map((l) => l.text);
	const point = safeInsertionPoint(editorLines, cursor);
	const expected = expectedPoint(lines, cursor);
	if (JSON.stringify(point) !== JSON.stringify(expected)) return `cursor ${JSON.stringify(cursor)}: ${JSON.stringify(point)} instead of ${JSON.stringify(expected)}`;
	tally("openFrom" in point ? "insertion refused: open to the end" : point.moved === null ? "insertion at the cursor" : `insertion moved: ${point.moved}`);
	if ("openFrom" in point) return null;
	const at = editorLines[point.line]!;
	const insertion = etButInsertion(TEMPLATE, { before: at.slice(0, point.ch), after: at.slice(point.ch), previousLine: editorLines[point.line - 1] ?? null, nextLine: editorLines[point.line + 1] ?? null });
	const text = editorLines.join("\n");
	const offset = editorLines.slice(0, point.line).reduce((sum, l) => sum + l.length + 1, 0) + point.ch;
	const after = text.slice(0, offset) + insertion.text + text.slice(offset);
	if (after.split("\n")[point.line + insertion.lead] !== "> [!et-but] ET et BUT") return `the block does not start where the Notice says: ${JSON.stringify({ cursor, point, lead: insertion.lead, at: after.split("\n").slice(point.line, point.line + 3) })}`;
	if (after.includes(CURSOR_MARK)) return "the cursor mark was left in";
	const before = (await parseEtButBlocks(editorLines)).blocks.length;
	const now = (await parseEtButBlocks(after.split("\n"))).blocks.length;
	return now === before + 1 ? null : `${now - before} blocks more read after the insertion, not one`;
}

describe("section edits, block ids and insertions over generated notes (property-based)", () => {
	it(`keep every construct whole on ${NOTES} notes from seed ${SEED}`, async () => {
		const r = generator(SEED);
		const failures: string[] = [];
		const counts = { sections: 0, blockIds: 0, insertions: 0 };
		for (let i = 0; i < NOTES; i++) {
			const note = generate(r);
			const show = JSON.stringify(textOf(note));
			const problems = [sectionProblem(note, r), await blockIdProblem(note), await insertionProblem(note, r)];
			counts.sections++;
			if (note.block) counts.blockIds++;
			counts.insertions++;
			for (const problem of problems) if (problem !== null) failures.push(`note ${i}: ${problem}\n  ${show}`);
		}
		console.log(`seed ${SEED}: ${NOTES} notes, ${counts.sections} section edits, ${counts.blockIds} block ids, ${counts.insertions} insertions, ${failures.length} failures\n${JSON.stringify(outcomes, null, 1)}`);
		if (failures.length > 0) throw new Error(`seed ${SEED} (MARKDOWN_FUZZ_SEED=${SEED} to replay): ${failures.length} failures\n${failures.slice(0, 5).join("\n")}`);
	});
});
