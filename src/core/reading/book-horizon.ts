import { wordsText } from "../text/comparable-text";
import { messages, type MessageKey } from "../i18n/messages";

/** How far back a source is: the best ideas are often found back in time. Stored as these keys. */
export const HORIZONS = ["current", "contemporary", "classic"] as const;
export type Horizon = (typeof HORIZONS)[number];

/** The message of a horizon's label. */
export function horizonMessage(horizon: Horizon): MessageKey {
	return `horizon.${horizon}`;
}

/** Each way of writing a horizon (its key, its labels in either language, `contemporaine`), as words, made once. */
let horizonNames: ReadonlyMap<string, Horizon> | null = null;

function namesOfHorizons(): ReadonlyMap<string, Horizon> {
	if (horizonNames === null) {
		const names = new Map<string, Horizon>();
		const en = messages("en");
		const fr = messages("fr");
		for (const horizon of HORIZONS) {
			const key = horizonMessage(horizon);
			for (const name of [horizon, en[key], fr[key], `${fr[key]}e`]) if (!names.has(wordsText(name))) names.set(wordsText(name), horizon);
		}
		horizonNames = names;
	}
	return horizonNames;
}

/** A `horizon` property as written (the key, or its label in either language, any case; `contemporaine` too), or null. */
export function parseHorizon(value: unknown): Horizon | null {
	return typeof value === "string" ? (namesOfHorizons().get(wordsText(value)) ?? null) : null;
}
