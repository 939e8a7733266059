import { format } from "date-fns";
import type { Language } from "../i18n/language";
import type { Translate } from "../i18n/translator";
import { dateLocale } from "../i18n/date-locale";
import type { MessageKey } from "../i18n/messages";
import type { ReuseCell } from "./reuse-grid";

/** How a filled cell says what it holds, dated and undated. */
const WORDS: Record<Exclude<ReuseCell["state"], "empty">, [dated: MessageKey, undated: MessageKey]> = {
	draft: ["reuse.cell.draft", "reuse.cell.draftUndated"],
	published: ["reuse.cell.published", "reuse.cell.publishedUndated"],
	note: ["reuse.cell.note", "reuse.cell.noteUndated"],
};

/**
 * Words for the cells of one drawing of a grid: a day as the writer's language writes it short (`12 mars`,
 * `Mar 12`; with its year when it is not this year's), each day worked out once however many cells show it.
 */
export function cellTexts(t: Translate, language: Language, now: number): (cell: ReuseCell) => string {
	const locale = dateLocale(language);
	const year = new Date(now).getFullYear();
	const days = new Map<number, string>();
	const day = (time: number): string => {
		let text = days.get(time);
		if (text === undefined) {
			const date = new Date(time);
			const pattern = date.getFullYear() === year ? (language === "fr" ? "d MMM" : "MMM d") : language === "fr" ? "d MMM yyyy" : "MMM d, yyyy";
			days.set(time, (text = format(date, pattern, { locale })));
		}
		return text;
	};
	return (cell) => {
		if (cell.state === "empty") return "";
		const [dated, undated] = WORDS[cell.state];
		const text = cell.date === null ? t(undated) : t(dated, { date: day(cell.date) });
		return cell.count > 1 ? t("reuse.cell.more", { text, more: cell.count - 1 }) : text;
	};
}
