import { graphemes } from "../text/graphemes";

// Characters Obsidian refuses in file names on some platform (`\ / : * ? " < > |`) or that break
// links (`# ^ [ ]`), and control characters (C0, DEL, C1), line breaks included.
// eslint-disable-next-line no-control-regex -- control characters are what is replaced
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f-\u009f]/g;

// Invisible format characters (soft hyphen, zero-width space, LRM/RLM, bidirectional embeddings,
// overrides and isolates, word joiner, BOM, tag characters...) and blank-looking letters (Hangul
// fillers, Braille blank): a name holding one looks like another, or is spoofed (RLO turns
// `gpj.md` around). Zero-width joiners and tags inside an emoji sequence are kept by `visible`.
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0\u2800]/gu;
const HAS_INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0\u2800]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

// Windows refuses these device names, whatever follows the first dot (`CON.txt`, `nul.idea.md`),
// with the superscript digits it also reads as digits, and the console's `CONIN$`, `CONOUT$`.
// https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file#naming-conventions
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$) *(?=\.|$)/i;

/** The longest file name, in UTF-8 bytes, that Linux, Android, macOS and Windows all accept. */
export const MAX_NAME_BYTES = 255;

/** Numbers `freeNotePath` may add (`Idée 2`), so the room a name leaves for ` 10000`. */
const MAX_TRIES = 10_000;
const EXTENSION = ".md";
const MAX_BASE_BYTES = MAX_NAME_BYTES - EXTENSION.length - ` ${MAX_TRIES}`.length;

/** Length in UTF-8, the encoding file systems count names in. */
function byteLength(text: string): number {
	let bytes = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return bytes;
}

/** Removes dots and white space from both ends: a leading dot hides the file from Obsidian, a trailing one is dropped by Windows. */
function trimEnds(name: string): string {
	return name.replace(/^[\s.]+/, "").replace(/[\s.]+$/, "");
}

/** Drops invisible characters, except the joiners and tags that make an emoji sequence one picture. */
function visible(text: string): string {
	// Cutting into characters as a reader sees them is slow: most titles have nothing to drop.
	if (!HAS_INVISIBLE.test(text)) return text;
	let out = "";
	for (const segment of graphemes(text)) {
		if (PICTOGRAPH.test(segment)) out += segment;
		else out += segment.replace(INVISIBLE, "");
	}
	return out;
}

/**
 * The longest start of `text` of at most `maxGraphemes` characters as a reader sees them and
 * `maxBytes` in UTF-8, cut between two characters (never inside an emoji or an accented letter),
 * and at a space when one falls in the last third, so a word is not cut in two.
 */
function cut(text: string, maxGraphemes: number, maxBytes: number): string {
	// A text of no more UTF-16 units than `maxGraphemes` has no more characters either: nothing to cut.
	if (text.length <= maxGraphemes && byteLength(text) <= maxBytes) return text;
	let kept = "";
	let bytes = 0;
	let count = 0;
	for (const segment of graphemes(text)) {
		const size = byteLength(segment);
		if (count + 1 > maxGraphemes || bytes + size > maxBytes) {
			const space = kept.lastIndexOf(" ");
			return space >= (kept.length * 2) / 3 ? kept.slice(0, space) : kept;
		}
		kept += segment;
		bytes += size;
		count++;
	}
	return kept;
}

/**
 * A file base name (without `.md`) for a note titled `title`, that every device accepts.
 *
 * Forbidden characters become a space; invisible and bidirectional control characters are
 * removed; white space is collapsed; dots and spaces are trimmed from both ends (a leading dot
 * would hide the note from the vault); the result is NFC, at most `maxLength` characters and short
 * enough that with ` 10000.md` it stays within {@link MAX_NAME_BYTES} bytes, cut between
 * characters and at a word when one ends near the limit. A Windows device name (`CON`, `nul.txt`,
 * `COM¹`, `CONIN$`) gets a `_` after the device part.
 *
 * @param maxLength characters as a reader counts them (grapheme clusters: `👨‍👩‍👧` is one).
 * @returns the name, or `""` when nothing is left: the caller must then refuse to create the note.
 */
export function toFileName(title: string, maxLength = 100): string {
	const cleaned = trimEnds(visible(title.normalize("NFC")).replace(FORBIDDEN, " ").replace(/\s+/g, " "));
	const name = trimEnds(cut(cleaned, Math.max(0, maxLength), MAX_BASE_BYTES));
	return name.replace(WINDOWS_DEVICE, (device) => `${device.trimEnd()}_`);
}

/**
 * The vault path for a new note: `folder/baseName.md`, or when that is taken `folder/baseName 2.md`,
 * `folder/baseName 3.md`... The first path for which `exists` is false wins.
 *
 * Whether `Idée.md` and `idée.md` (or an NFD `Ide\u0301e.md`) collide is for `exists` to say:
 * on macOS and Windows they are the same file, so the caller should pass `takenPaths` over the
 * vault's paths to get a name that is free on every device the vault syncs to.
 *
 * @param folder vault folder, `""` or `"/"` for the vault root; surrounding slashes are ignored.
 * @param extension with its dot: `.md` unless told (`.base` for a base).
 * @throws RangeError when no free name is found among 10,000 tries (a predicate that always says "taken").
 */
export function freeNotePath(folder: string, baseName: string, exists: (path: string) => boolean, extension = EXTENSION): string {
	const trimmedFolder = folder.replace(/^\/+|\/+$/g, "");
	const prefix = trimmedFolder === "" ? "" : `${trimmedFolder}/`;
	for (let n = 1; n <= MAX_TRIES; n++) {
		const path = `${prefix}${baseName}${n === 1 ? "" : ` ${n}`}${extension}`;
		if (!exists(path)) return path;
	}
	throw new RangeError(`No free note name for ${prefix}${baseName}`);
}
