/**
 * The lines of a note's text, numbered as the metadata cache numbers them (after a BOM; LF or CRLF ends a
 * line), found only as far as they are asked for: the idea section of a 5 MB note is read without
 * cutting the other megabytes into lines.
 */
export class NoteLines {
	private readonly text: string;
	/** Offset at which each line found so far starts. */
	private readonly starts: number[] = [0];
	private scannedToEnd = false;

	constructor(text: string) {
		this.text = text.startsWith("\uFEFF") ? text.slice(1) : text;
	}

	/** Finds line starts up to line `line` (or to the end of the text). */
	private scanTo(line: number): void {
		while (!this.scannedToEnd && this.starts.length <= line) {
			const from = this.starts[this.starts.length - 1] ?? 0;
			const newline = this.text.indexOf("\n", from);
			if (newline === -1) this.scannedToEnd = true;
			else this.starts.push(newline + 1);
		}
	}

	/** Lines `from` (included) to `to` (excluded, or to the end), without their line ends. */
	slice(from: number, to = Number.POSITIVE_INFINITY): string[] {
		this.scanTo(to);
		const lines: string[] = [];
		for (let i = from; i < Math.min(to, this.starts.length); i++) {
			const start = this.starts[i] ?? 0;
			const next = this.starts[i + 1];
			const end = next === undefined ? this.text.length : next - 1;
			lines.push(this.text.slice(start, end > start && this.text[end - 1] === "\r" ? end - 1 : end));
		}
		return lines;
	}
}
