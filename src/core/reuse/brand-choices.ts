import type { Language } from "../i18n/language";
import type { NoteRecord } from "../note/note-record";
import { ideaTextOf } from "../pipeline/idea";
import { collatorFor } from "../pipeline/board-order";
import { displayText } from "../text/display-text";

/** The brand ideas of the vault (`type: brand-idea`) as the grid's menu offers them, `[path, title]`, by title. */
export function brandChoices(records: readonly NoteRecord[], language: Language): [string, string][] {
	const choices: [string, string][] = [];
	for (const record of records) if (record.type === "brand-idea") choices.push([record.path, displayText(ideaTextOf(record))]);
	const collator = collatorFor(language);
	return choices.sort((a, b) => collator.compare(a[1], b[1]) || (a[0] < b[0] ? -1 : 1));
}
