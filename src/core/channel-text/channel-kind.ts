import { foldedText } from "../text/comparable-text";

/**
 * How a channel takes a post: X as a thread of short posts counted its own way, LinkedIn as one post
 * with a "…see more" fold, any other as one text.
 */
export type ChannelKind = "x" | "linkedin" | "other";

const KINDS: Readonly<Record<string, ChannelKind>> = { x: "x", twitter: "x", "x (twitter)": "x", linkedin: "linkedin" };

/** The kind of a channel as the writer named it (`X`, `Twitter`, `LinkedIn`, `linkedin`...); null or any other name is `other`. */
export function channelKind(channel: string | null): ChannelKind {
	return channel === null ? "other" : (KINDS[foldedText(channel)] ?? "other");
}
