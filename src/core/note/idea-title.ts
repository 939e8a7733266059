/**
 * An idea's title is its first sentence as typed. These find where that sentence ends in Markdown
 * as the writer typed it, so that the title and the rest of the paragraph are cut at the same place in
 * the text read and in the text kept.
 */

/** Where a first sentence ends: `end` after its closing punctuation, `next` where the next sentence starts. */
export interface SentenceEnd {
	end: number;
	next: number;
}

const SENTENCE_END = /[.!?…]/;
/** What may close a sentence after its punctuation: quotes, brackets, the end of emphasis. */
const CLOSER = /[»"”’')\]*_]/;
/** What a next sentence starts with: a capital, a digit, an opening quote, bracket or emphasis. */
const SENTENCE_START = /[\p{Lu}\p{Lt}\p{N}«"“‘'([*_¿¡]/u;
/** Abbreviations followed by a capital that do not end a sentence (`M. Dupont`, `Dr. House`); one letter (an initial) never does. */
const ABBREVIATIONS = new Set(["mme", "mmes", "mlle", "mlles", "mm", "dr", "pr", "me", "st", "ste", "mr", "mrs", "ms", "jr", "sr", "vs", "cf", "ex", "cie"]);

/** The letters right before `at`: the word a period closes. */
function wordBefore(text: string, at: number): string {
	let start = at;
	while (start > 0 && /\p{L}/u.test(text[start - 1] ?? "")) start--;
	return text.slice(start, at);
}

function runOf(text: string, at: number, char: string): number {
	let end = at;
	while (text[end] === char) end++;
	return end - at;
}

/**
 * Where the first sentence of `text` ends when another sentence follows it; null when the text is one
 * sentence. A sentence ends at `.`, `!`, `?` or `…` (with the quotes, brackets or emphasis that close
 * it), followed by white space and a capital, a digit or an opening mark. Never inside a link, brackets,
 * parentheses, code or emphasis, nor after an initial or a common abbreviation; French spacing
 * (`marque ? Voici`) ends a sentence as English spacing does.
 */
export function firstSentenceEnd(text: string): SentenceEnd | null {
	let brackets = 0;
	let parentheses = 0;
	let emphasis = 0;
	for (let i = 0; i < text.length; i++) {
		const char = text[i] ?? "";
		if (char === "\\") {
			i++;
			continue;
		}
		if (char === "`") {
			const run = runOf(text, i, "`");
			const close = text.indexOf("`".repeat(run), i + run);
			i = close === -1 ? i + run - 1 : close + run - 1;
			continue;
		}
		if (char === "<" && /[^\s<]/.test(text[i + 1] ?? " ")) {
			// An autolink or an inline tag: its dots end nothing.
			const close = text.indexOf(">", i);
			if (close !== -1 && !text.slice(i, close).includes("\n")) i = close;
			continue;
		}
		if (char === "[") brackets++;
		else if (char === "]") brackets = Math.max(0, brackets - 1);
		else if (char === "(") parentheses++;
		else if (char === ")") parentheses = Math.max(0, parentheses - 1);
		else if (char === "*") {
			emphasis++;
			i += runOf(text, i, "*") - 1;
		}
		if (!SENTENCE_END.test(char) || brackets > 0 || parentheses > 0) continue;
		let end = i;
		while (SENTENCE_END.test(text[end] ?? "")) end++;
		const single = end === i + 1;
		let closedEmphasis = emphasis;
		while (end < text.length && CLOSER.test(text[end] ?? "")) {
			if (text[end] === "*") {
				closedEmphasis++;
				end += runOf(text, end, "*");
			} else end++;
		}
		let next = end;
		while (next < text.length && /\s/.test(text[next] ?? "")) next++;
		const found = next > end && next < text.length && SENTENCE_START.test(text[next] ?? "") && closedEmphasis % 2 === 0;
		const abbreviation = char === "." && single && (wordBefore(text, i).length === 1 || ABBREVIATIONS.has(wordBefore(text, i).toLowerCase()));
		if (found && !abbreviation) return { end, next };
	}
	return null;
}

/** A title without the colon that closes it, nor the space before it (`Trois méthodes :` gives `Trois méthodes`). */
export function withoutClosingColon(title: string): string {
	return title.replace(/\s*:$/u, "");
}
