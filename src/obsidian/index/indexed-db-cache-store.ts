import type { App } from "obsidian";
import type { IndexCacheStore } from "../../core/index/index-cache";

const STORE = "cache";
const KEY = "index";

/**
 * The vault's id, as Dataview names its cache database with it: two vaults on one device never share a cache.
 * `appId` is not in the published API; the vault's name stands in when it is missing.
 */
function vaultId(app: App): string {
	const id = "appId" in app ? (app as { appId?: unknown }).appId : undefined;
	return typeof id === "string" && id !== "" ? id : app.vault.getName();
}

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
	});
}

/**
 * The index cache in the device's IndexedDB, one database per vault (as Dataview does): it is not a file of the
 * vault, so sync services never copy it between devices. It only saves work at start-up: a missing, stale or
 * unreadable cache just means a full pass. https://developer.mozilla.org/docs/Web/API/IndexedDB_API
 */
export class IndexedDbCacheStore implements IndexCacheStore {
	readonly name: string;
	private db: Promise<IDBDatabase> | null = null;

	constructor(
		app: App,
		private readonly factory: IDBFactory | undefined = window.indexedDB,
	) {
		this.name = `thought-leadership-studio/index/${vaultId(app)}`;
	}

	private open(): Promise<IDBDatabase> {
		this.db ??= new Promise<IDBDatabase>((resolve, reject) => {
			const req = (this.factory as IDBFactory).open(this.name, 1);
			req.onupgradeneeded = () => req.result.createObjectStore(STORE);
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error ?? new Error("IndexedDB could not be opened"));
			req.onblocked = () => reject(new Error("IndexedDB is blocked by another window"));
		}).catch((error: unknown) => {
			this.db = null;
			throw error;
		});
		return this.db;
	}

	/** Null when there is no cache yet, or no IndexedDB at all (the index then reads every note, silently). */
	async load(): Promise<unknown> {
		if (!this.factory) return null;
		const db = await this.open();
		return (await request(db.transaction(STORE, "readonly").objectStore(STORE).get(KEY))) ?? null;
	}

	async save(data: unknown): Promise<void> {
		if (!this.factory) return;
		const db = await this.open();
		await request(db.transaction(STORE, "readwrite").objectStore(STORE).put(data, KEY));
	}

	/** Closes the connection (at unload); a later call opens it again. */
	close(): void {
		void this.db?.then((db) => db.close()).catch(() => undefined);
		this.db = null;
	}
}
