/** The index the benches build over a folder of notes, with the settings and left-out folders of a vault as the plugin sees it. */
import * as timers from "node:timers";
import manifest from "../manifest.json";
import { translator } from "../src/core/i18n/translator";
import { NoteIndex, type IndexCacheStore } from "../src/core/index/note-index";
import { DEFAULT_SETTINGS } from "../src/core/settings/studio-settings";
import { foldersLeftOut } from "../src/core/settings/folders-left-out";
import { studioExtractors } from "../src/core/studio-extractors";
import type { PlainFilesSource } from "./plain-files-source";

/** A store that starts empty and forgets what it is given, as if it went to disk. */
export const discardStore: IndexCacheStore = { load: () => Promise.resolve(null), save: () => Promise.resolve() };

/** A new index over `source`, with the default settings, yielding between slices as Node does (`setImmediate` unless told otherwise). */
export function benchIndex(source: PlainFilesSource, cache: IndexCacheStore, yieldToMain = (): Promise<void> => new Promise((resolve) => timers.setImmediate(resolve))): NoteIndex {
	return new NoteIndex({
		source,
		// The folders the plugin leaves out in a vault with Obsidian's Templates plugin: every path is asked about them.
		settings: { watchedTags: DEFAULT_SETTINGS.watchedTags, ideaHeadings: DEFAULT_SETTINGS.ideaHeadings, excludedFolders: foldersLeftOut(DEFAULT_SETTINGS, { core: "Modèles", templater: null }).map((left) => left.folder) },
		translate: translator("en"),
		pluginVersion: manifest.version,
		cache,
		yieldToMain,
		extractors: studioExtractors(() => DEFAULT_SETTINGS),
	});
}
