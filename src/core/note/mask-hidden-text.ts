/**
 * What of an idea section a reader of the note never sees as text, blanked before the section is read
 * for ideas: comments (`%% %%`, `<!-- -->`), display math (`$$`) and the lines of a Templater block. Code
 * fences are kept as they are, and nothing inside them is blanked. Each blanked character becomes a
 * space, so that a line keeps its length and an offset in the blanked line is the same in the line as
 * typed. This is the idea reader's own small scanner; the brand sections and the ET/BUT blocks have theirs.
 */

const FENCE_OPEN = /^\s*(`{3,}|~{3,})/;

interface Fence {
	char: string;
	length: number;
}

function closesFence(line: string, fence: Fence): boolean {
	const match = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
	return match?.[1] !== undefined && match[1][0] === fence.char && match[1].length >= fence.length;
}

/** A line with its comments blanked; `open` is the end of a comment still open at its start, and is updated. */
function blankComments(line: string, state: { open: "%%" | "-->" | null }): string {
	let out = "";
	let i = 0;
	while (i < line.length) {
		if (state.open !== null) {
			const close = line.indexOf(state.open, i);
			const end = close === -1 ? line.length : close + state.open.length;
			out += " ".repeat(end - i);
			i = end;
			if (close !== -1) state.open = null;
			continue;
		}
		if (line[i] === "`") {
			// A code span shows its `%%` as text.
			let run = 0;
			while (line[i + run] === "`") run++;
			const close = line.indexOf("`".repeat(run), i + run);
			const end = close === -1 ? i + run : close + run;
			out += line.slice(i, end);
			i = end;
			continue;
		}
		const opener = line.startsWith("%%", i) ? "%%" : line.startsWith("<!--", i) ? "<!--" : null;
		if (opener !== null) {
			state.open = opener === "%%" ? "%%" : "-->";
			out += " ".repeat(opener.length);
			i += opener.length;
			continue;
		}
		out += line[i] ?? "";
		i++;
	}
	return out;
}

/**
 * The section's lines with comments, display math and Templater blocks blanked (see above). An unclosed
 * comment hides the rest of the section, as it hides the rest of the note. A `$$` line at the margin
 * becomes a thematic break (`***`), so that the math still parts the paragraphs around it.
 */
export function maskHiddenText(lines: readonly string[]): string[] {
	const out: string[] = [];
	const comment: { open: "%%" | "-->" | null } = { open: null };
	let fence: Fence | null = null;
	let math = false;
	let template = false;
	for (const line of lines) {
		if (fence) {
			out.push(line);
			if (closesFence(line, fence)) fence = null;
			continue;
		}
		if (template) {
			out.push("");
			if (line.includes("%>")) template = false;
			continue;
		}
		if (math) {
			out.push("");
			if (line.includes("$$")) math = false;
			continue;
		}
		const startsInComment = comment.open !== null;
		const blanked = blankComments(line, comment);
		const opening = startsInComment ? null : FENCE_OPEN.exec(blanked);
		if (opening?.[1]) {
			fence = { char: opening[1][0] ?? "`", length: opening[1].length };
			out.push(line);
			continue;
		}
		const trimmed = blanked.trimStart();
		if (trimmed.startsWith("$$")) {
			math = !trimmed.slice(2).includes("$$");
			out.push(blanked === trimmed ? "***" : "");
			continue;
		}
		const script = blanked.lastIndexOf("<%");
		// The block's first line stays, so that it reads as template syntax; the lines of its script do not.
		if (script !== -1 && !blanked.includes("%>", script)) template = true;
		out.push(blanked);
	}
	return out;
}
