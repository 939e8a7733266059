import type { EtButBlock } from "./et-but-blocks";
import { StudioError } from "../i18n/studio-error";
import { hiddenStretches, MarkdownScanner, type LineShape } from "../note/markdown-scanner";
import { NoteLines } from "../note/note-lines";

/** The id the plugin gives a block that has none: `et-but-N`, N its place in the note, or the next number free. */
export function freeBlockId(blocks: readonly Pick<EtButBlock, "id">[], index: number): string {
	const taken = new Set(blocks.map((block) => block.id).filter((id): id is string => id !== null));
	let n = index + 1;
	while (taken.has(`et-but-${n}`)) n++;
	return `et-but-${n}`;
}

/** The shape of line `line` of the note. */
function shapeOf(text: string, line: number): LineShape | null {
	const scanner = new MarkdownScanner(new NoteLines(text));
	let shape = scanner.next();
	for (let n = 0; n < line && shape !== null; n++) shape = scanner.next();
	return shape;
}

/**
 * The note's text with `^id` added at the end of the block whose last line is `lastLine` (0-based,
 * counted after a BOM as the metadata cache counts). At the end of that line when it is a paragraph's
 * or a list item's; on a line of its own after the block, with blank lines around as Obsidian asks,
 * when the block is a callout or ends in a code fence, a table, math, an HTML block or a comment,
 * whose last line an id would break. Every other byte (BOM, LF or CRLF, other lines) is as it was.
 * Null when the line is not there (the note changed).
 *
 * @throws StudioError `error.blockIdOpen` when the block ends inside a code block, comment or math never closed, where no id is read.
 */
export function addBlockId(text: string, lastLine: number, id: string, form: EtButBlock["form"]): string | null {
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const body = text.slice(bom.length);
	let start = 0;
	for (let n = 0; n < lastLine; n++) {
		const next = body.indexOf("\n", start);
		if (next === -1) return null;
		start = next + 1;
	}
	if (start > body.length || (start === body.length && lastLine > 0)) return null;
	const newline = body.indexOf("\n", start);
	const end = newline === -1 ? body.length : newline > start && body[newline - 1] === "\r" ? newline - 1 : newline;
	const line = body.slice(start, end);
	if (line.trim() === "") return null;
	const shape = shapeOf(text, lastLine);
	if (shape?.open === true) throw new StudioError("error.blockIdOpen");
	const eol = /\r\n/.test(body) ? "\r\n" : "\n";
	// A comment that starts or ends the line makes it raw HTML or hides what follows: the id goes below.
	const plain = shape !== null && shape.block === null && !shape.inComment && hiddenStretches(shape).every((stretch) => line.slice(0, stretch.from).trim() !== "" && line.slice(stretch.to).trim() !== "");
	if (form === "heading" && plain) return bom + body.slice(0, end) + ` ^${id}` + body.slice(end);
	const lineEnd = newline === -1 ? body.length : newline + 1;
	const rest = body.slice(lineEnd);
	const nextLine = rest.slice(0, rest.search(/\r?\n|$/));
	const before = newline === -1 ? eol : "";
	const after = rest === "" ? (newline === -1 ? "" : eol) : nextLine.trim() === "" ? eol : eol + eol;
	return bom + body.slice(0, lineEnd) + before + eol + `^${id}` + after + rest;
}
