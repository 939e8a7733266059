import type { ChannelText } from "./channel-text";
import type { ChannelKind } from "./channel-kind";
import { foldCheck, type FoldCheck } from "./linkedin-fold";
import { graphemeLength } from "../text/graphemes";
import { xLength } from "./text-length";

/** One post against its channel's limit. */
export interface PostLength {
	length: number;
	/** Whether it holds more than the limit. */
	over: boolean;
}

/** A draft's text against its channel: what the copy Notice and the status bar say. */
export interface PasteCheck {
	kind: ChannelKind;
	/** The channel's limit for the format, each post's for a thread; null when the settings give none. */
	limit: number | null;
	/** Each post: one for a single post. */
	posts: PostLength[];
	/** The whole text's length (the longest post's for a thread, which is what the limit is about). */
	length: number;
	/** The posts over the limit, 1-based. */
	over: number[];
	/** For LinkedIn, the hook against the "…see more" fold; null for the other channels. */
	fold: FoldCheck | null;
}

/** The length of a post as its channel counts it: X its own way, the others in characters a reader sees. */
export function postLength(text: string, kind: ChannelKind): number {
	return kind === "x" ? xLength(text) : graphemeLength(text);
}

/** A draft's channel text against the format's limit (null for none), and for LinkedIn its hook against the fold. */
export function pasteCheck(text: ChannelText, kind: ChannelKind, limit: number | null): PasteCheck {
	const posts = text.posts.map((post) => {
		const length = postLength(post, kind);
		return { length, over: limit !== null && length > limit };
	});
	const over = posts.flatMap((post, i) => (post.over ? [i + 1] : []));
	return {
		kind,
		limit,
		posts,
		length: posts.reduce((longest, post) => Math.max(longest, post.length), 0),
		over,
		fold: kind === "linkedin" ? foldCheck(text.posts[0] ?? "") : null,
	};
}
