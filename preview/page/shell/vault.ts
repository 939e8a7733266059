/**
 * The in-memory vault: loads the notes the server sends, keeps file times and the metadata cache as
 * Obsidian keeps them, and knows which notes changed since the page loaded (to download them).
 */
import { TFile, TFolder, normalizePath, type App, type TAbstractFile } from "obsidian";
import { applyObsidianMockFixes, type MockFixControl } from "../../../tests/mocks/obsidian-mock-fixes";
import type { VaultFileJson } from "../../server";

/** The note texts as loaded, by path: what "changed" is measured against. */
const originals = new Map<string, string>();
/** The fixed app's controls: loading holds link resolution back until every note is in. */
let fixes: MockFixControl | null = null;

/**
 * The in-memory app brought in line with Obsidian: broken YAML, frontmatter objects, links and their resolution,
 * tags, file times, renames (links to the note updated) and deletions, form controls. The fixes live in one place, shared with the glue tests: tests/mocks/obsidian-mock-fixes.ts.
 */
export function installVault(app: App): void {
	fixes = applyObsidianMockFixes(app, {
		onBrokenFrontmatter: (path, error) => console.warn(`preview: "${path}" has frontmatter that is not valid YAML; shown without its properties.`, String(error)),
		// A reload of the page is the next start of the app: what the plugin kept for this device is there.
		localStorage: window.localStorage,
	});
}

async function ensureFolder(app: App, path: string): Promise<void> {
	if (!path || app.vault.getAbstractFileByPath(path) instanceof TFolder) return;
	const slash = path.lastIndexOf("/");
	if (slash > 0) await ensureFolder(app, path.slice(0, slash));
	await app.vault.createFolder(path);
}

/** Creates a note (and its folders) or replaces its text, through the vault API, so events fire. */
export async function writeNote(app: App, path: string, text: string): Promise<TFile> {
	const normalized = normalizePath(path);
	const existing = app.vault.getAbstractFileByPath(normalized);
	if (existing instanceof TFile) {
		await app.vault.modify(existing, text);
		return existing;
	}
	if (existing) throw new Error(`"${normalized}" is a folder`);
	const slash = normalized.lastIndexOf("/");
	if (slash > 0) await ensureFolder(app, normalized.slice(0, slash));
	return app.vault.create(normalized, text);
}

/** Loads the vault folder's notes; one note that fails never stops the others. */
export async function loadNotes(app: App, files: VaultFileJson[]): Promise<void> {
	const release = fixes?.holdLinkResolution();
	try {
		await loadEach(app, files);
	} finally {
		release?.();
	}
}

async function loadEach(app: App, files: VaultFileJson[]): Promise<void> {
	for (const file of files) {
		try {
			const slash = file.path.lastIndexOf("/");
			if (slash > 0) await ensureFolder(app, file.path.slice(0, slash));
			await app.vault.create(file.path, file.text, { ctime: file.ctime, mtime: file.mtime });
			originals.set(file.path, file.text);
		} catch (err) {
			console.warn(`preview: could not load "${file.path}"`, String(err));
		}
	}
}

export interface ChangedNotes {
	/** Notes created or edited since the page loaded (a renamed note counts as created under its new path). */
	changed: TFile[];
	/** Paths of loaded notes that are gone (deleted or renamed). */
	removed: string[];
}

/** Paths of notes whose text differs from what was loaded (or that were not loaded), kept up to date. */
const changedPaths = new Set<string>();
const changeListeners: (() => void)[] = [];

export function isChangedPath(path: string): boolean {
	return changedPaths.has(path);
}

export function onChangesUpdated(listener: () => void): void {
	changeListeners.push(listener);
}

/** Follows the vault's events to keep `changedPaths` right; call after the notes are loaded. */
export function trackChanges(app: App): void {
	const recheck = async (file: TAbstractFile): Promise<void> => {
		if (!(file instanceof TFile)) return;
		const text = app.vault.getFileByPath(file.path) === file ? await app.vault.read(file) : null;
		const original = originals.get(file.path);
		if (text !== null && original !== text) changedPaths.add(file.path);
		else changedPaths.delete(file.path);
		for (const listener of changeListeners) listener();
	};
	app.vault.on("create", (file) => void recheck(file));
	app.vault.on("modify", (file) => void recheck(file));
	app.vault.on("delete", (file) => {
		changedPaths.delete(file.path);
		for (const listener of changeListeners) listener();
	});
	app.vault.on("rename", (file, oldPath) => {
		changedPaths.delete(oldPath);
		void recheck(file);
	});
}

export async function changedNotes(app: App): Promise<ChangedNotes> {
	const changed: TFile[] = [];
	const present = new Set<string>();
	for (const file of app.vault.getFiles()) {
		if (file.extension !== "md" && file.extension !== "base") continue;
		present.add(file.path);
		const original = originals.get(file.path);
		if (original === undefined || original !== (await app.vault.read(file))) changed.push(file);
	}
	changed.sort((a, b) => a.path.localeCompare(b.path));
	const removed = [...originals.keys()].filter((path) => !present.has(path)).sort();
	return { changed, removed };
}

// A zip archive without compression: enough for a few notes, no dependency.
const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

export function zip(entries: { path: string; text: string }[]): Blob {
	const encoder = new TextEncoder();
	const parts: Uint8Array[] = [];
	const central: Uint8Array[] = [];
	let offset = 0;
	const now = new Date();
	const dosTime = (now.getHours() << 11) | (now.getMinutes() << 5) | Math.floor(now.getSeconds() / 2);
	const dosDate = ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
	for (const entry of entries) {
		const name = encoder.encode(entry.path);
		const data = encoder.encode(entry.text);
		const crc = crc32(data);
		const local = new DataView(new ArrayBuffer(30));
		local.setUint32(0, 0x04034b50, true);
		local.setUint16(4, 20, true);
		local.setUint16(6, 0x0800, true); // UTF-8 names
		local.setUint16(8, 0, true); // stored
		local.setUint16(10, dosTime, true);
		local.setUint16(12, dosDate, true);
		local.setUint32(14, crc, true);
		local.setUint32(18, data.length, true);
		local.setUint32(22, data.length, true);
		local.setUint16(26, name.length, true);
		local.setUint16(28, 0, true);
		parts.push(new Uint8Array(local.buffer), name, data);
		const dir = new DataView(new ArrayBuffer(46));
		dir.setUint32(0, 0x02014b50, true);
		dir.setUint16(4, 20, true);
		dir.setUint16(6, 20, true);
		dir.setUint16(8, 0x0800, true);
		dir.setUint16(10, 0, true);
		dir.setUint16(12, dosTime, true);
		dir.setUint16(14, dosDate, true);
		dir.setUint32(16, crc, true);
		dir.setUint32(20, data.length, true);
		dir.setUint32(24, data.length, true);
		dir.setUint16(28, name.length, true);
		dir.setUint32(42, offset, true);
		central.push(new Uint8Array(dir.buffer), name);
		offset += 30 + name.length + data.length;
	}
	const centralSize = central.reduce((sum, part) => sum + part.length, 0);
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, entries.length, true);
	end.setUint16(10, entries.length, true);
	end.setUint32(12, centralSize, true);
	end.setUint32(16, offset, true);
	return new Blob([...parts, ...central, new Uint8Array(end.buffer)] as BlobPart[], { type: "application/zip" });
}

function saveBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.body.createEl("a", { attr: { href: url, download: name } });
	link.click();
	link.remove();
	window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the changed notes: one note as its .md file, several as a zip that keeps their folders. */
export async function downloadChangedNotes(app: App, vaultName: string): Promise<number> {
	const { changed } = await changedNotes(app);
	if (changed.length === 0) return 0;
	const first = changed[0];
	if (changed.length === 1 && first) {
		saveBlob(new Blob([await app.vault.read(first)], { type: "text/markdown" }), first.name);
		return 1;
	}
	const entries = await Promise.all(changed.map(async (file) => ({ path: file.path, text: await app.vault.read(file) })));
	saveBlob(zip(entries), `${vaultName || "vault"}-changed-notes.zip`);
	return changed.length;
}
