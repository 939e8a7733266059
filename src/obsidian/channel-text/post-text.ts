import { Notice, type App } from "obsidian";
import { channelText, type ChannelText } from "../../core/channel-text/channel-text";
import { templateOutline, type TemplateHeading } from "../../core/channel-text/template-outline";
import { channelKind } from "../../core/channel-text/channel-kind";
import { pasteCheck, type PasteCheck } from "../../core/channel-text/paste-check";
import { charLimitOf } from "../../core/channel-text/char-limit-setting";
import { FOLD_CHARS } from "../../core/channel-text/linkedin-fold";
import { numberText } from "../../core/i18n/number-text";
import { listText } from "../../core/text/list-text";
import type { Studio } from "../shared/studio";
import type { Drafting, DraftNote } from "../drafting/drafting";
import { describeError } from "../shared/describe-error";

/** A draft's text as its channel takes it, and how it stands against the channel's limit. */
export interface PostReading {
	text: ChannelText;
	check: PasteCheck;
	/** The channel as the writer reads it (`LinkedIn`, `Site web`), or the format's name when it has none. */
	channel: string;
}

/**
 * Ready to paste: a draft's channel text (see `channelText`), read from the note as it is now and from the
 * templates it may come from, counted against the format's limit; copied to the clipboard with a Notice
 * that says the count, the posts over the limit, and for LinkedIn whether the hook shows before the fold.
 */
export class PostText {
	/** Outlines made once a template text: the same text gives the same outline. */
	private readonly outlines = new Map<string, TemplateHeading[]>();

	constructor(
		private readonly app: App,
		private readonly studio: Studio,
		private readonly drafting: Drafting,
	) {}

	private get t() {
		return this.studio.translate;
	}

	private outline(template: string): TemplateHeading[] {
		let outline = this.outlines.get(template);
		if (!outline) {
			outline = templateOutline(template);
			if (this.outlines.size > 100) this.outlines.clear();
			this.outlines.set(template, outline);
		}
		return outline;
	}

	/** The draft's channel, as stored: its own, else its format's; null for none. */
	channel(draft: DraftNote): string | null {
		const channel = this.drafting.defaultChannel(draft);
		return channel === "" ? null : channel;
	}

	/** Reads the draft `text` (the note's, or the editor's while it is typed) as its channel takes it. */
	async read(draft: DraftNote, text: string): Promise<PostReading> {
		const channel = this.channel(draft);
		const kind = channelKind(channel);
		const templates = (await this.drafting.templateTexts(draft.formatKey)).map((template) => this.outline(template));
		const read = channelText(text, { templates, thread: kind === "x" });
		const labels = this.studio.labels;
		return {
			text: read,
			check: pasteCheck(read, kind, charLimitOf(this.studio.settings.charLimits, draft.formatKey)),
			channel: channel === null ? (draft.formatKey === null ? draft.file.basename : labels.format(draft.formatKey)) : labels.channel(channel),
		};
	}

	/** Copies the draft's channel text to the clipboard and says its count; false, with a Notice saying why, when nothing was copied. */
	async copy(draft: DraftNote): Promise<boolean> {
		try {
			const reading = await this.read(draft, await this.app.vault.read(draft.file));
			if (reading.text.text === "") {
				new Notice(this.t("notice.copiedEmpty"));
				return false;
			}
			await navigator.clipboard.writeText(reading.text.text);
			new Notice(this.notice(reading), 10000);
			return true;
		} catch (error) {
			new Notice(this.t("notice.copyFailed", { error: describeError(error, this.t) }));
			return false;
		}
	}

	/** What the copy Notice says (on a phone, the only place the count shows). */
	notice(reading: PostReading): string {
		const { check, text, channel } = reading;
		const n = (value: number): string => numberText(value, this.studio.language);
		const parts: string[] = [];
		const limit = check.limit;
		if (limit === null) parts.push(this.t("notice.copiedNoLimit", { channel, length: n(check.length) }));
		else if (check.kind === "x" && check.posts.length > 1) {
			parts.push(
				check.over.length > 0
					? this.t("notice.copiedThreadOver", { channel, count: n(check.posts.length), limit: n(limit), posts: listText(check.over.map(String), this.studio.language) })
					: this.t("notice.copiedThread", { channel, count: n(check.posts.length), length: n(check.length), limit: n(limit) }),
			);
		} else if (check.length > limit) parts.push(this.t("notice.copiedOver", { channel, length: n(check.length), limit: n(limit), over: n(check.length - limit) }));
		else parts.push(this.t("notice.copied", { channel, length: n(check.length), limit: n(limit) }));
		if (check.fold) {
			parts.push(
				check.fold.fits
					? this.t("notice.copiedFoldFits", { hook: n(check.fold.hookLength), fold: n(FOLD_CHARS) })
					: this.t("notice.copiedFoldOver", { hook: n(check.fold.hookLength), lines: n(check.fold.hookLines), fold: n(FOLD_CHARS) }),
			);
		}
		const quoted = (part: string): string => (this.studio.language === "fr" ? `«\u00a0${part}\u00a0»` : `“${part}”`);
		if (text.leftOut.length > 0) parts.push(this.t("notice.copiedLeftOut", { parts: listText(text.leftOut.map(quoted), this.studio.language) }));
		return parts.join(" ");
	}

	/** What the status bar says of a draft being written: its count against the limit, and for LinkedIn its hook. */
	status(reading: PostReading): string {
		const { check } = reading;
		const n = (value: number): string => numberText(value, this.studio.language);
		const limit = check.limit;
		let count: string;
		if (limit === null) count = this.t("status.countNoLimit", { length: n(check.length) });
		else if (check.kind === "x" && check.posts.length > 1) {
			count = check.over.length > 0 ? this.t("status.threadOver", { count: n(check.posts.length), over: n(check.over.length), limit: n(limit) }) : this.t("status.thread", { count: n(check.posts.length), length: n(check.length), limit: n(limit) });
		} else count = this.t("status.count", { length: n(check.length), limit: n(limit) });
		if (!check.fold) return count;
		const fold = check.fold.fits ? this.t("status.foldFits") : this.t("status.foldOver", { hook: n(check.fold.hookLength), fold: n(FOLD_CHARS) });
		return `${count} · ${fold}`;
	}
}
