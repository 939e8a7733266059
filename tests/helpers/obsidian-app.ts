import { setup } from "obsidian-test-mocks/setup";
import { App } from "obsidian-test-mocks/obsidian";
import type { App as ObsidianApp } from "obsidian";
import { applyObsidianMockFixes, patchMetadataCache, type MockFixControl } from "../mocks/obsidian-mock-fixes";

/** An in-memory Obsidian app holding these files, with the mock brought in line with Obsidian. */
export function makeApp(files: Record<string, string>): ObsidianApp {
	return makeControlledApp(files).app;
}

/** {@link makeApp}, with what the fixes let a caller do beyond the mocks' API (holding link resolution back while loading). */
export function makeControlledApp(files: Record<string, string>): { app: ObsidianApp; fixes: MockFixControl } {
	setup();
	patchMetadataCache();
	const app = App.createConfigured__({ files }).asOriginalType__();
	const fixes = applyObsidianMockFixes(app);
	return { app, fixes };
}

/** Lets the vault's events and the index's reads settle. */
export async function flush(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
