/**
 * @jest-environment jsdom
 */
import { makeApp } from "../helpers/obsidian-app";
import { IndexedDbCacheStore } from "../../src/obsidian/index/indexed-db-cache-store";

/** A request of the fake IndexedDB: answered when the test says, or never. */
interface FakeRequest<T> {
	result: T;
	error: DOMException | null;
	onsuccess: (() => void) | null;
	onerror: (() => void) | null;
	onblocked?: (() => void) | null;
	onupgradeneeded?: (() => void) | null;
}

function request<T>(result: T): FakeRequest<T> {
	return { result, error: null, onsuccess: null, onerror: null };
}

/**
 * An IndexedDB whose requests wait for the test, as WebKit's on iOS may wait forever for `open`
 * (a known WebKit bug): `opens`, `gets` and `puts` are the requests made so far.
 */
function slowIndexedDb() {
	const gets: FakeRequest<unknown>[] = [];
	const puts: FakeRequest<unknown>[] = [];
	const db = {
		close: jest.fn(),
		createObjectStore: jest.fn(),
		transaction: () => ({
			objectStore: () => ({
				get: () => {
					const req = request<unknown>({ format: 3 });
					gets.push(req);
					return req;
				},
				put: () => {
					const req = request<unknown>(undefined);
					puts.push(req);
					return req;
				},
			}),
		}),
	};
	const opens: FakeRequest<typeof db>[] = [];
	const open = jest.fn(() => {
		const req = request(db);
		opens.push(req);
		return req;
	});
	return { factory: { open } as unknown as IDBFactory, open, db, opens, gets, puts };
}

describe("the index cache in IndexedDB", () => {
	beforeEach(() => jest.useFakeTimers());
	afterEach(() => jest.useRealTimers());

	const store = (factory: IDBFactory) => new IndexedDbCacheStore(makeApp({}), factory);

	it("gives up opening IndexedDB after 3 s, so the index reads every note without a cache", async () => {
		const idb = slowIndexedDb();
		const loading = store(idb.factory).load();
		const outcome = jest.fn();
		loading.then(outcome, outcome);
		await jest.advanceTimersByTimeAsync(2999);
		expect(outcome).not.toHaveBeenCalled();
		await jest.advanceTimersByTimeAsync(1);
		await expect(loading).rejects.toThrow("IndexedDB did not open within 3 s");
	});

	it("closes a connection that opens after it was given up, never uses it, and asks IndexedDB no more this session", async () => {
		const idb = slowIndexedDb();
		const cache = store(idb.factory);
		const loading = cache.load().catch(() => "given up");
		await jest.advanceTimersByTimeAsync(3000);
		await expect(loading).resolves.toBe("given up");
		idb.opens[0]?.onsuccess?.();
		expect(idb.db.close).toHaveBeenCalledTimes(1);
		await expect(cache.load()).resolves.toBeNull();
		await expect(cache.save({ format: 3 })).resolves.toBeUndefined();
		expect(idb.open).toHaveBeenCalledTimes(1);
		expect(idb.gets).toEqual([]);
	});

	it("gives up a read or a write that never answers after 3 s, and ignores its late answer", async () => {
		const idb = slowIndexedDb();
		const cache = store(idb.factory);
		const loading = cache.load().catch((error: Error) => error.message);
		idb.opens[0]?.onsuccess?.();
		await jest.advanceTimersByTimeAsync(3000);
		await expect(loading).resolves.toBe("IndexedDB did not answer within 3 s");
		idb.gets[0]?.onsuccess?.();
		const saving = cache.save({ format: 3 }).catch((error: Error) => error.message);
		await jest.advanceTimersByTimeAsync(3000);
		await expect(saving).resolves.toBe("IndexedDB did not answer within 3 s");
	});

	it("reads the cache when IndexedDB answers in time", async () => {
		const idb = slowIndexedDb();
		const loading = store(idb.factory).load();
		await jest.advanceTimersByTimeAsync(1000);
		idb.opens[0]?.onsuccess?.();
		await jest.advanceTimersByTimeAsync(0);
		idb.gets[0]?.onsuccess?.();
		await expect(loading).resolves.toEqual({ format: 3 });
	});
});
