import type { FormatSetting } from "./format-setting";

/**
 * The formats in the order the picker offers them: those serving `firstStage` (the idea's next
 * stage) first, then the others, each group in the order of the setting.
 */
export function formatsInOrder(formats: readonly FormatSetting[], firstStage: string | null): FormatSetting[] {
	const first = formats.filter((format) => firstStage !== null && format.stage === firstStage);
	return [...first, ...formats.filter((format) => !first.includes(format))];
}
