import { graphemeLength } from "../text/graphemes";

/** About how many characters LinkedIn shows of a post before "…see more" ("…voir plus"). */
export const FOLD_CHARS = 210;
/** The most lines it shows before the fold, on a computer; fewer on a phone. */
export const FOLD_LINES = 3;

/** The hook of a LinkedIn post against the fold. */
export interface FoldCheck {
	/** The hook's length: its first paragraph, up to the first blank line. */
	hookLength: number;
	hookLines: number;
	/** Whether the whole hook shows before "…see more": at most {@link FOLD_CHARS} characters on at most {@link FOLD_LINES} lines. */
	fits: boolean;
}

/** Whether a post's hook (its first paragraph) shows whole before LinkedIn's "…see more" fold. */
export function foldCheck(post: string): FoldCheck {
	const hook = post.split(/\n[ \t]*\n/)[0] ?? "";
	const hookLength = graphemeLength(hook);
	const hookLines = hook === "" ? 0 : hook.split("\n").length;
	return { hookLength, hookLines, fits: hookLength <= FOLD_CHARS && hookLines <= FOLD_LINES };
}
