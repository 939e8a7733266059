// Characters Obsidian refuses in file names on some platform (`\ / : * ? " < > |`) or that break
// links (`# ^ [ ]`), and control characters (C0, DEL, C1), line breaks included.
// eslint-disable-next-line no-control-regex -- control characters are what is replaced
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f-\u009f]/g;

// Windows refuses these base names whatever the extension.
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/** Removes dots and white space from both ends: a leading dot hides the file from Obsidian, a trailing one is dropped by Windows. */
function trimEnds(name: string): string {
	return name.replace(/^[\s.]+/, "").replace(/[\s.]+$/, "");
}

/**
 * A file base name (without `.md`) for a note titled `title`.
 *
 * Forbidden characters become a space; white space is collapsed; dots and spaces are trimmed
 * from both ends (a leading dot would hide the note from the vault); the result is NFC and at
 * most `maxLength` code points, cut without splitting a character. A Windows device name
 * (`CON`, `nul`...) gets a trailing `_`.
 *
 * @returns the name, or `""` when nothing is left: the caller must then refuse to create the note.
 */
export function toFileName(title: string, maxLength = 100): string {
	const cleaned = trimEnds(title.normalize("NFC").replace(FORBIDDEN, " ").replace(/\s+/g, " "));
	const points = Array.from(cleaned);
	const cut = points.length > maxLength ? trimEnds(points.slice(0, Math.max(0, maxLength)).join("")) : cleaned;
	return WINDOWS_RESERVED.test(cut) ? `${cut}_` : cut;
}

/**
 * The vault path for a new note: `folder/baseName.md`, or when that is taken `folder/baseName 2.md`,
 * `folder/baseName 3.md`... The first path for which `exists` is false wins.
 *
 * Whether `Idée.md` and `idée.md` collide is for `exists` to say: on macOS and Windows they are the
 * same file, so the caller should pass a case-insensitive check (Obsidian's
 * `getAbstractFileByPathInsensitive`) to get a name that is free on every device the vault syncs to.
 *
 * @param folder vault folder, `""` or `"/"` for the vault root; surrounding slashes are ignored.
 * @throws RangeError when no free name is found among 10,000 tries (a predicate that always says "taken").
 */
export function freeNotePath(folder: string, baseName: string, exists: (path: string) => boolean): string {
	const trimmedFolder = folder.replace(/^\/+|\/+$/g, "");
	const prefix = trimmedFolder === "" ? "" : `${trimmedFolder}/`;
	for (let n = 1; n <= 10_000; n++) {
		const path = `${prefix}${baseName}${n === 1 ? "" : ` ${n}`}.md`;
		if (!exists(path)) return path;
	}
	throw new RangeError(`No free note name for ${prefix}${baseName}`);
}
