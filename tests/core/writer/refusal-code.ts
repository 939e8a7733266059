import { FrontmatterEditError } from "../../../src/core/writer/frontmatter-edit-error";

/** The code of the FrontmatterEditError `run` refuses with, "other" for any other error, null when it writes. */
export function codeOf(run: () => unknown): string | null {
	try {
		run();
		return null;
	} catch (error) {
		return error instanceof FrontmatterEditError ? error.code : "other";
	}
}
