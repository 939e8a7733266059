import { NoteIndex, type IndexChange } from "../../src/core/index/note-index";
import { translator } from "../../src/core/i18n/translator";
import { DEFAULT_SETTINGS } from "../../src/core/settings/studio-settings";
import type { NoteSource } from "../../src/core/note/note-source";

/** A cache store in memory that round-trips through JSON, as a file on disk would. */
export { JsonMemoryStore as MemoryCacheStore } from "../../tools/json-memory-store";

export function makeIndex(source: NoteSource, extra: Partial<ConstructorParameters<typeof NoteIndex>[0]> = {}): { index: NoteIndex; changes: IndexChange[] } {
	const index = new NoteIndex({
		source,
		settings: { watchedTags: DEFAULT_SETTINGS.watchedTags, ideaHeadings: DEFAULT_SETTINGS.ideaHeadings },
		translate: translator("en"),
		pluginVersion: "test",
		yieldToMain: () => new Promise((resolve) => setTimeout(resolve, 0)),
		...extra,
	});
	const changes: IndexChange[] = [];
	index.onChange((change) => changes.push(change));
	return { index, changes };
}

/** Lets pending source events and reads settle. */
export function settle(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
