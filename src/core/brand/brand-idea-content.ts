import { StudioError } from "../i18n/studio-error";
import { FRAMEWORK_PARTS, namesPart, type FrameworkPart } from "./framework-parts";
import { stepsOf } from "./framework-steps";
import { sectionText } from "./note-section";

/** What a brand idea note says, as a product carries it: its core belief, its steps and its origin story, as written. */
export interface BrandIdeaContent {
	/** The core belief's written text; "" when the note has none. */
	belief: string;
	/** The framework's steps, in order, each as named (an empty `3. ` is an empty step); none when the note lists none. */
	steps: string[];
	/** The origin story's written text; "" when the note has none. */
	story: string;
}

/**
 * The written text of one part, without its heading and leading guidance; "" when the note lacks the
 * part, or when its text starts inside a comment opened above it (the note itself is where to fix that).
 */
function partText(text: string, key: FrameworkPart["key"]): string {
	const part = FRAMEWORK_PARTS.find((p) => p.key === key);
	if (!part) return "";
	try {
		return sectionText(text, (heading) => namesPart(heading, part)) ?? "";
	} catch (error) {
		if (error instanceof StudioError && error.code === "error.sectionInComment") return "";
		throw error;
	}
}

/** The core belief, steps and origin story of a brand idea note's text, read as the framework board reads them. */
export function brandIdeaContent(text: string): BrandIdeaContent {
	const body = text.replace(/\r\n?/g, "\n");
	return { belief: partText(body, "belief"), steps: stepsOf(partText(body, "steps")), story: partText(body, "origin") };
}
