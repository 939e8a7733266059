/**
 * The editorial calendar as a person uses it in the preview: plan a draft from the palette, find a draft's
 * day in the calendar, drag it to another day. Shared by the calendar's and the week's end-to-end files.
 */
import { addDays, format } from "date-fns";
import type { Locator } from "playwright-core";
import { propertiesOf, runFromPalette, until, type Session } from "./browser";

export const CALENDAR = `.workspace-leaf-content[data-type="thought-leadership-calendar"]`;

/** Days around today, as the notes write them (the page runs on this machine's clock), and as the writer types them. */
export const iso = (days: number): string => format(addDays(new Date(), days), "yyyy-MM-dd");
export const typed = (days: number): string => format(addDays(new Date(), days), "dd/MM/yyyy");

export function readFile(session: Session, path: string): Promise<string> {
	return session.page.evaluate((p) => window.preview!.readFile(p), path);
}

/** A draft's entry in the calendar. */
export function calendarEntry(session: Session, path: string): Locator {
	return session.page.locator(`${CALENDAR} .tls-cal-entry[data-path="${path.replace(/"/g, '\\"')}"]`);
}

/** The day a draft shows on in the calendar. */
export function dayOf(session: Session, path: string): Promise<string | null> {
	return calendarEntry(session, path)
		.first()
		.evaluate((el) => el.closest(".tls-cal-day")?.getAttribute("data-day") ?? null);
}

/** Opens the draft, runs « Planifier ce brouillon », lets `pick` fill the dialog, then plans it. */
export async function planDraft(session: Session, path: string, pick: (dialog: Locator) => Promise<void>): Promise<void> {
	const { page } = session;
	await page.evaluate((p) => window.preview!.openFile(p), path);
	await runFromPalette(session, "Planifier ce brouillon");
	const dialog = page.locator(".tls-plan");
	await dialog.waitFor();
	await pick(dialog);
	await dialog.locator("button", { hasText: /^Planifier$/ }).click();
	await until(async () => (await page.locator(".tls-plan").count()) === 0, "the plan dialog closes");
}

/** Drags a draft onto a day with the mouse; falls back to dispatched HTML5 drag events if the native drag did not land. */
export async function dragDraftTo(session: Session, path: string, day: string): Promise<"mouse" | "events"> {
	const source = calendarEntry(session, path).first();
	const target = session.page.locator(`${CALENDAR} .tls-cal-day[data-day="${day}"]`);
	await source.dragTo(target, { targetPosition: { x: 30, y: 40 } });
	try {
		await until(async () => propertiesOf(await readFile(session, path)).planned === day, `${path} is planned for ${day}`);
		return "mouse";
	} catch {
		const dataTransfer = await session.page.evaluateHandle(() => new DataTransfer());
		await source.dispatchEvent("dragstart", { dataTransfer });
		await target.dispatchEvent("dragover", { dataTransfer });
		await target.dispatchEvent("drop", { dataTransfer });
		await source.dispatchEvent("dragend", { dataTransfer }).catch(() => undefined);
		await until(async () => propertiesOf(await readFile(session, path)).planned === day, `${path} is planned for ${day}`);
		return "events";
	}
}

