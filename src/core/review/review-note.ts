import { baseNameOf } from "../note/link-target";
import { linkAlias } from "../text/link-alias";
import { toYamlScalar } from "../writer/yaml-scalar";
import { reviewDaysText, reviewTitle, type ReviewSection, type ReviewWords } from "./review-sections";
import type { WeeklyReview } from "./weekly-review";

/** The property of a saved review that names its week (`2026-W49`), as its file name does. */
export const REVIEW_WEEK_KEY = "week";

export interface ReviewNoteInput {
	review: WeeklyReview;
	/** Its parts in words, as the view shows them. */
	sections: readonly ReviewSection[];
	words: Pick<ReviewWords, "t" | "labels">;
	/** `created`, already in the writer's date format. */
	created: string;
	/** The link text of a note as Obsidian writes it from the review's note (the shortest that resolves). */
	linkText: (path: string) => string;
}

/** A wikilink to the note at `path`, showing `title` when the link text does not say it. */
function wikiLink(path: string, title: string, linkText: (path: string) => string): string {
	const target = linkText(path);
	const alias = linkAlias(title);
	return alias === "" || alias === baseNameOf(target) ? `[[${target}]]` : `[[${target}|${alias}]]`;
}

/**
 * The text of a saved weekly review, LF line endings: its week and the day it was written as properties,
 * its title and days, then each part under a heading of its own, a line a note, each a wikilink to the note
 * with what the view says of it; a part with nothing says so in a sentence.
 *
 * ```
 * ---
 * week: 2026-W49
 * created: 2026-12-08T09:30
 * ---
 * # Semaine 49 de 2026
 *
 * Du lundi 30 novembre 2026 au dimanche 6 décembre 2026.
 *
 * ## Idées capturées
 *
 * - [[Douter, c'est avancer]] — Étincelle
 * ```
 */
export function reviewNoteText(input: ReviewNoteInput): string {
	const { review, words } = input;
	const lines = ["---", `${REVIEW_WEEK_KEY}: ${toYamlScalar(review.key)}`, `created: ${toYamlScalar(input.created)}`, "---", `# ${reviewTitle(review, words.t)}`, "", `${reviewDaysText(review, words)}.`];
	for (const section of input.sections) {
		lines.push("", `## ${section.heading}`, "");
		if (section.caption !== null) lines.push(section.caption, "");
		if (section.lines.length === 0) lines.push(section.empty);
		for (const line of section.lines) lines.push(`- ${wikiLink(line.path, line.title, input.linkText)}${line.detail === "" ? "" : ` — ${line.detail}`}`);
	}
	return `${lines.join("\n")}\n`;
}
