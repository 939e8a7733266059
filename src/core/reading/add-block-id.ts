import type { EtButBlock } from "./et-but-blocks";

/** The id the plugin gives a block that has none: `et-but-N`, N its place in the note, or the next number free. */
export function freeBlockId(blocks: readonly Pick<EtButBlock, "id">[], index: number): string {
	const taken = new Set(blocks.map((block) => block.id).filter((id): id is string => id !== null));
	let n = index + 1;
	while (taken.has(`et-but-${n}`)) n++;
	return `et-but-${n}`;
}

/**
 * The note's text with `^id` added at the end of the block whose last line is `lastLine` (0-based,
 * counted after a BOM as the metadata cache counts): for a callout, on a line of its own after it (with
 * blank lines around, as Obsidian asks for quotes and callouts), else at the end of that line. Every other
 * byte (BOM, LF or CRLF, other lines) is as it was. Null when the line is not there (the note changed).
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
	if (body.slice(start, end).trim() === "") return null;
	const eol = /\r\n/.test(body) ? "\r\n" : "\n";
	if (form === "heading") return bom + body.slice(0, end) + ` ^${id}` + body.slice(end);
	const lineEnd = newline === -1 ? body.length : newline + 1;
	const rest = body.slice(lineEnd);
	const nextLine = rest.slice(0, rest.search(/\r?\n|$/));
	const before = newline === -1 ? eol : "";
	const after = rest === "" ? (newline === -1 ? "" : eol) : nextLine.trim() === "" ? eol : eol + eol;
	return bom + body.slice(0, lineEnd) + before + eol + `^${id}` + after + rest;
}
