import type { IndexCacheStore } from "../src/core/index/index-cache";

/** A cache store kept in memory as JSON text: what `load()` returns is what a restart would read from disk. */
export class JsonMemoryStore implements IndexCacheStore {
	json: string | null = null;

	load(): Promise<unknown> {
		return Promise.resolve(this.json === null ? null : JSON.parse(this.json));
	}

	save(data: unknown): Promise<void> {
		this.json = JSON.stringify(data);
		return Promise.resolve();
	}
}
