/** A publication URL as typed, checked: the URL to write, or why it is refused. */
export type PublishedUrlCheck = { ok: true; url: string | null } | { ok: false };

/**
 * The optional URL of a publication: empty is fine (nothing written), else an absolute http or
 * https address with a host. Anything else (`javascript:`, `file:`, a bare word) is refused, so a
 * link in the vault never runs or opens something other than a web page.
 */
export function checkPublishedUrl(typed: string): PublishedUrlCheck {
	const text = typed.trim();
	if (text === "") return { ok: true, url: null };
	if (!/^https?:\/\//i.test(text) || /\s/.test(text)) return { ok: false };
	try {
		const url = new URL(text);
		if ((url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") return { ok: false };
	} catch {
		return { ok: false };
	}
	return { ok: true, url: text };
}
