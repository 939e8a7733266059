import { en } from "./en";

/** The key of a message: every key the English table has, and the French one too. */
export type MessageKey = keyof typeof en;

export { en } from "./en";
export { fr } from "./fr";
