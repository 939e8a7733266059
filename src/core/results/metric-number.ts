/** A figure as typed, read: a number, nothing (an empty field), or not a figure. */
export type MetricNumber = { ok: true; value: number | null } | { ok: false };

const SPACE = /[ \u00a0\u202f\u2009]/;
const SPACES = /[ \u00a0\u202f\u2009]/g;

/**
 * A figure as a writer types it or a sheet exports it, a number of 0 or more: `1200`, `1 200` or
 * `1\u00a0200` (French thousands, with a space, a no-break space or a narrow one), `1,200` and `1.200.000`
 * (thousands, as English and German sheets write them), `12,5` and `12.5` (a decimal comma or point),
 * `1 234,5`, `1,234.5`, `1.234,5`. A comma or a point followed by exactly three digits, alone of its kind,
 * is thousands when the other sign is not there too: figures are mostly counts, where `1,234` is more than a
 * thousand. Anything else (a sign, a percent, a letter, `1 2`) is not a figure; blank is nothing.
 */
export function metricNumber(typed: string): MetricNumber {
	const text = typed.trim();
	if (text === "") return { ok: true, value: null };
	if (SPACE.test(text) && !/^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/.test(text)) return { ok: false };
	const compact = text.replace(SPACES, "");
	if (!/^\d[\d.,]*$/.test(compact) || /[.,]$/.test(compact)) return { ok: false };
	const commas = (compact.match(/,/g) ?? []).length;
	const points = (compact.match(/\./g) ?? []).length;
	let normal: string;
	if (commas > 0 && points > 0) {
		// The sign that comes last is the decimal one; the other groups thousands.
		const decimal = compact.lastIndexOf(",") > compact.lastIndexOf(".") ? "," : ".";
		const thousands = decimal === "," ? "." : ",";
		const [whole = "", fraction = ""] = compact.split(decimal);
		if (compact.split(decimal).length !== 2 || !groupsOfThree(whole, thousands)) return { ok: false };
		normal = `${whole.split(thousands).join("")}.${fraction}`;
	} else if (commas + points === 0) normal = compact;
	else {
		const sign = commas > 0 ? "," : ".";
		const parts = compact.split(sign);
		if (parts.length > 2 || /^\d{1,3}[.,]\d{3}$/.test(compact)) {
			if (!groupsOfThree(compact, sign)) return { ok: false };
			normal = parts.join("");
		} else normal = parts.join(".");
	}
	const value = Number(normal);
	return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** `1,234,567` with `,`: the first group one to three digits, every other one three. */
function groupsOfThree(whole: string, sign: string): boolean {
	const groups = whole.split(sign);
	return groups.length === 1 || (/^\d{1,3}$/.test(groups[0] ?? "") && groups.slice(1).every((group) => /^\d{3}$/.test(group)));
}
