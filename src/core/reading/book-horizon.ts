import { wordsText } from "../text/comparable-text";
import { en, fr, type MessageKey } from "../i18n/messages";

/** How far back a source is: the best ideas are often found back in time. Stored as these keys. */
export const HORIZONS = ["current", "contemporary", "classic"] as const;
export type Horizon = (typeof HORIZONS)[number];

/** The message of a horizon's label. */
export function horizonMessage(horizon: Horizon): MessageKey {
	return `horizon.${horizon}`;
}

/** A `horizon` property as written (the key, or its label in either language, any case; `contemporaine` too), or null. */
export function parseHorizon(value: unknown): Horizon | null {
	if (typeof value !== "string") return null;
	const words = wordsText(value);
	for (const horizon of HORIZONS) {
		const key = horizonMessage(horizon);
		const names = [horizon, en[key], fr[key], `${fr[key]}e`].map(wordsText);
		if (names.includes(words)) return horizon;
	}
	return null;
}
