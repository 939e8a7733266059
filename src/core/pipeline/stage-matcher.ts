import type { StageSetting } from "../settings/studio-settings";
import { comparableText } from "../text/comparable-text";

/**
 * What a note's raw `status` value means for the pipeline:
 * - `stage`: one of the configured stages;
 * - `missing`: no status at all (absent, null, empty, an empty list);
 * - `unknown`: a value that names no stage, kept as text so the UI can show it in a warning.
 */
export type StageMatch = { kind: "stage"; key: string } | { kind: "missing" } | { kind: "unknown"; raw: string };

/** Case-, blank- and Unicode-form-insensitive form of a status or label. Accents are kept: `a creuser` is not `à creuser`. */
const normaliseStatus = comparableText;

/** `[draft]`, `["draft"]` and `'draft'` written as text: the inner value. */
function unwrap(value: string): string {
	let inner = value.trim();
	if (inner.startsWith("[") && inner.endsWith("]")) inner = inner.slice(1, -1).trim();
	if (inner.length >= 2 && (inner.startsWith('"') || inner.startsWith("'")) && inner.endsWith(inner.charAt(0))) {
		inner = inner.slice(1, -1).trim();
	}
	return inner;
}

function rawText(value: unknown): string {
	if (typeof value === "string") return value;
	if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
	try {
		return JSON.stringify(value) ?? "";
	} catch {
		return "";
	}
}

/**
 * Keys and labels of the old default stages that name no stage now, and the stage they are read
 * as: `published` (publication is now a fact of a draft) is the nearest, Invest. The note keeps
 * its value until the writer moves it.
 */
const OLD_STATUSES: readonly (readonly [string, string])[] = [
	["published", "invest"],
	["Publié", "invest"],
	["Brouillon", "invest"],
	["À creuser", "think"],
	["À recycler", "re-invest"],
];
const LEGACY_STATUSES: ReadonlyMap<string, string> = new Map(OLD_STATUSES.map(([status, key]) => [normaliseStatus(status), key]));

/**
 * Matches a raw `status` property (as a frontmatter parser returns it) to a stage.
 *
 * Case, surrounding and repeated spaces, Unicode normalisation form and a one-item list
 * (`["Draft"]`, or the text `[draft]`) are ignored. A value matches a stage's stored key first;
 * failing any key, a stage's English or French label (`Investir` finds `invest`); failing those, an
 * old default key or label ({@link LEGACY_STATUSES}: `published` is read as Invest). A list of
 * several values, an object, or a value naming no stage is `unknown`.
 */
export function matchStage(stages: readonly StageSetting[], raw: unknown): StageMatch {
	if (raw === null || raw === undefined) return { kind: "missing" };
	if (Array.isArray(raw)) {
		const items = (raw as unknown[]).filter((item) => item !== null && item !== undefined && rawText(item).trim() !== "");
		if (items.length === 0) return { kind: "missing" };
		if (items.length === 1) return matchStage(stages, items[0]);
		return { kind: "unknown", raw: items.map(rawText).join(", ") };
	}
	if (typeof raw === "object") return { kind: "unknown", raw: rawText(raw) };
	const text = rawText(raw);
	const value = normaliseStatus(unwrap(text));
	if (value === "") return { kind: "missing" };
	const byKey = stages.find((stage) => normaliseStatus(stage.key) === value);
	if (byKey) return { kind: "stage", key: byKey.key };
	const byLabel = stages.find((stage) => normaliseStatus(stage.labels.en) === value || normaliseStatus(stage.labels.fr) === value);
	if (byLabel) return { kind: "stage", key: byLabel.key };
	const legacy = LEGACY_STATUSES.get(value);
	const nearest = legacy === undefined ? undefined : stages.find((stage) => stage.key === legacy);
	if (nearest) return { kind: "stage", key: nearest.key };
	return { kind: "unknown", raw: text.trim() };
}

/**
 * The stage a note stands in: its matched stage, or the FIRST stage when it has no status
 * (a new or hand-made idea note starts the journey). Null for an unknown status, which the
 * board shows in its "other" lane.
 */
export function effectiveStageKey(stages: readonly StageSetting[], match: StageMatch): string | null {
	if (match.kind === "stage") return match.key;
	if (match.kind === "missing") return stages[0]?.key ?? null;
	return null;
}
