import { normalizePath, type DataAdapter } from "obsidian";
import type { IndexCacheStore } from "../core/index/index-cache";

/**
 * The index cache as a JSON file in the plugin's folder, beside data.json. It only saves work at start-up:
 * a missing, stale or unreadable file just means a full pass. https://docs.obsidian.md/Reference/TypeScript+API/DataAdapter
 */
export class PluginCacheStore implements IndexCacheStore {
	private readonly path: string;

	constructor(
		private readonly adapter: DataAdapter,
		pluginDir: string,
	) {
		this.path = normalizePath(`${pluginDir}/index-cache.json`);
	}

	async load(): Promise<unknown> {
		if (!(await this.adapter.exists(this.path))) return null;
		return JSON.parse(await this.adapter.read(this.path)) as unknown;
	}

	async save(data: unknown): Promise<void> {
		await this.adapter.write(this.path, JSON.stringify(data));
	}
}
