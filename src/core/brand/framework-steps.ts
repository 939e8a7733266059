/** A list item at the start of a line: `1. `, `2) `, `- `, `* `, `+ `. */
const ITEM = /^([-*+]|\d{1,3}[.)])([ \t]+|$)(.*)$/;

/** The named steps of a framework section: its top-level list items, as written (an empty `3. ` is an empty step). */
export function stepsOf(sectionText: string): string[] {
	return sectionText
		.split("\n")
		.map((line) => ITEM.exec(line))
		.filter((match): match is RegExpExecArray => match !== null)
		.map((match) => (match[3] ?? "").trim());
}

/**
 * The section's text with step `index` named `name`, its list marker and every other line kept;
 * an index past the last step adds a numbered step after it.
 */
export function withStep(sectionText: string, index: number, name: string): string {
	const lines = sectionText === "" ? [] : sectionText.split("\n");
	const oneLine = name.replace(/\s+/g, " ").trim();
	let seen = -1;
	let lastItem = -1;
	for (const [i, line] of lines.entries()) {
		const match = ITEM.exec(line);
		if (!match) continue;
		lastItem = i;
		if (++seen === index) {
			lines[i] = `${match[1] ?? "-"} ${oneLine}`;
			return lines.join("\n");
		}
	}
	const marker = `${seen + 2}.`;
	lines.splice(lastItem + 1, 0, `${marker} ${oneLine}`);
	return lines.join("\n");
}
