/**
 * The index cache in Chromium's real IndexedDB, through the preview: one database for the vault, holding
 * only what reading note texts gave (idea items), and a warm start after a reload that finds the same ideas.
 */
import { cleanUpAfterTests, makeTestVault, startSession, type Session } from "./browser";
import { cachedPaths } from "../../src/core/index/index-cache";

let vault: string;
let session: Session;

beforeAll(async () => {
	vault = makeTestVault();
	session = await startSession({ vault });
});

cleanUpAfterTests(() => ({ session, vault }));

interface StoredCache {
	name: string;
	format: unknown;
	paths: (string | null)[];
	json: string;
}

/** The plugin's cache databases and what each holds. */
async function storedCaches(): Promise<StoredCache[]> {
	const stored = await session.page.evaluate(async () => {
		const names = (await indexedDB.databases()).map((db) => db.name ?? "").filter((name) => name.startsWith("thought-leadership-studio/index/"));
		const caches: (Omit<StoredCache, "paths"> & { parts: unknown[] })[] = [];
		for (const name of names) {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const req = indexedDB.open(name);
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error ?? new Error("open failed"));
			});
			const data = await new Promise<{ format?: unknown; parts?: unknown[] } | undefined>((resolve, reject) => {
				const req = db.transaction("cache", "readonly").objectStore("cache").get("index");
				req.onsuccess = () => resolve(req.result as { format?: unknown; parts?: unknown[] } | undefined);
				req.onerror = () => reject(req.error ?? new Error("get failed"));
			});
			db.close();
			caches.push({ name, format: data?.format, parts: data?.parts ?? [], json: JSON.stringify(data ?? null) });
		}
		return caches;
	});
	return stored.map(({ parts, ...cache }) => ({ ...cache, paths: cachedPaths(parts) }));
}

/** Opens the preview and waits for the index's first pass, then for a save of its cache to be done. */
async function openAndIndex(): Promise<void> {
	await session.open();
	await session.page.evaluate(async () => {
		const studio = (window.preview?.plugin as unknown as { studio: { ready: Promise<void>; index: { saveCache(): Promise<void> } } } | null)?.studio;
		await studio?.ready;
		await studio?.index.saveCache();
	});
}

describe("the index cache in the browser", () => {
	it("is one IndexedDB database for the vault, with the idea items read and no properties", async () => {
		await openAndIndex();
		const caches = await storedCaches();
		expect(caches).toHaveLength(1);
		expect(caches[0]?.format).toBe(5);
		expect(caches[0]?.paths).toContain("Journal/2024-02-22.md");
		expect(caches[0]?.json).toContain("Répertorier et se baser sur ce que vous savez déjà");
		expect(caches[0]?.json).not.toContain("created");
	});

	it("gives a reload the same ideas", async () => {
		const inbox = (): Promise<string[]> =>
			session.page.evaluate(() => {
				const plugin = window.preview?.plugin as unknown as { studio: { index: { watchedNotes(): { path: string; ideaItems: { title: string; details: string[] }[] }[] } } } | null;
				return (plugin?.studio.index.watchedNotes() ?? []).flatMap((n) => n.ideaItems.map((idea) => `${n.path}: ${idea.title} ${idea.details.join(" | ")}`));
			});
		await openAndIndex();
		const before = await inbox();
		await openAndIndex();
		expect(before.length).toBeGreaterThan(0);
		expect(await inbox()).toEqual(before);
	});
});
