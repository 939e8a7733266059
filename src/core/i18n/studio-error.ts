import type { MessageKey } from "./messages";

/** The messages that describe an error, to be shown after "Could not…: ". */
export type ErrorMessageKey = Extract<MessageKey, `error.${string}`>;

/**
 * An error of the plugin's own, for the writer to read: it carries a message key and its values,
 * never an English sentence, and the glue translates it (BoardActions.describeError).
 */
export class StudioError extends Error {
	constructor(
		readonly code: ErrorMessageKey,
		readonly params: Record<string, string | number> = {},
	) {
		super(code);
		this.name = "StudioError";
	}
}
