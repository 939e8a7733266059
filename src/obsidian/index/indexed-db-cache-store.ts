import type { App } from "obsidian";
import type { IndexCacheStore } from "../../core/index/index-cache";

const STORE = "cache";
const KEY = "index";

/** How long IndexedDB may take to open, or to answer a read or a write, before the index goes on without it. */
export const INDEXED_DB_TIMEOUT_MS = 3000;

/**
 * The vault's id, as Dataview names its cache database with it: two vaults on one device never share a cache.
 * `appId` is not in the published API; the vault's name stands in when it is missing.
 */
function vaultId(app: App): string {
	const id = "appId" in app ? (app as { appId?: unknown }).appId : undefined;
	return typeof id === "string" && id !== "" ? id : app.vault.getName();
}

/** A request's answer, or a rejection once {@link INDEXED_DB_TIMEOUT_MS} have passed without one; a later answer is ignored. */
function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = window.setTimeout(() => reject(new Error(`IndexedDB did not answer within ${INDEXED_DB_TIMEOUT_MS / 1000} s`)), INDEXED_DB_TIMEOUT_MS);
		req.onsuccess = () => {
			window.clearTimeout(timer);
			resolve(req.result);
		};
		req.onerror = () => {
			window.clearTimeout(timer);
			reject(req.error ?? new Error("IndexedDB request failed"));
		};
	});
}

/**
 * The index cache in the device's IndexedDB, one database per vault (as Dataview does): it is not a file of the
 * vault, so sync services never copy it between devices. It only saves work at start-up: a missing, stale or
 * unreadable cache just means a full pass. An IndexedDB that does not open within 3 s (WebKit on iOS may never
 * answer) is left alone for the session: the index reads every note, and a connection that opens later is
 * closed unused. https://developer.mozilla.org/docs/Web/API/IndexedDB_API
 */
export class IndexedDbCacheStore implements IndexCacheStore {
	readonly name: string;
	private db: Promise<IDBDatabase> | null = null;
	/** Set when opening took too long: IndexedDB is not asked again until the plugin loads again. */
	private gaveUp = false;

	constructor(
		app: App,
		private readonly factory: IDBFactory | undefined = window.indexedDB,
	) {
		this.name = `thought-leadership-studio/index/${vaultId(app)}`;
	}

	private open(factory: IDBFactory): Promise<IDBDatabase> {
		this.db ??= new Promise<IDBDatabase>((resolve, reject) => {
			let late = false;
			const timer = window.setTimeout(() => {
				late = true;
				this.gaveUp = true;
				reject(new Error(`IndexedDB did not open within ${INDEXED_DB_TIMEOUT_MS / 1000} s`));
			}, INDEXED_DB_TIMEOUT_MS);
			const settle = (then: () => void): void => {
				window.clearTimeout(timer);
				then();
			};
			const req = factory.open(this.name, 1);
			req.onupgradeneeded = () => req.result.createObjectStore(STORE);
			req.onsuccess = () => (late ? req.result.close() : settle(() => resolve(req.result)));
			req.onerror = () => settle(() => reject(req.error ?? new Error("IndexedDB could not be opened")));
			req.onblocked = () => settle(() => reject(new Error("IndexedDB is blocked by another window")));
		}).catch((error: unknown) => {
			this.db = null;
			throw error;
		});
		return this.db;
	}

	/** Null when there is no cache yet, no IndexedDB at all, or one given up on (the index then reads every note, silently). */
	async load(): Promise<unknown> {
		if (!this.factory || this.gaveUp) return null;
		const db = await this.open(this.factory);
		return (await request(db.transaction(STORE, "readonly").objectStore(STORE).get(KEY))) ?? null;
	}

	async save(data: unknown): Promise<void> {
		if (!this.factory || this.gaveUp) return;
		const db = await this.open(this.factory);
		await request(db.transaction(STORE, "readwrite").objectStore(STORE).put(data, KEY));
	}

	/** Closes the connection (at unload); a later call opens it again. */
	close(): void {
		void this.db?.then((db) => db.close()).catch(() => undefined);
		this.db = null;
	}
}
