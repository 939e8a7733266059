import { setup } from "obsidian-test-mocks/setup";
import { App } from "obsidian-test-mocks/obsidian";
import type { App as ObsidianApp } from "obsidian";
import { applyObsidianMockFixes, patchMetadataCache } from "../mocks/obsidian-mock-fixes";

/** An in-memory Obsidian app holding these files, with the mock brought in line with Obsidian. */
export function makeApp(files: Record<string, string>): ObsidianApp {
	setup();
	patchMetadataCache();
	const app = App.createConfigured__({ files }).asOriginalType__();
	applyObsidianMockFixes(app);
	return app;
}

/** Lets the vault's events and the index's reads settle. */
export async function flush(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
