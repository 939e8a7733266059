import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
/**
 * Notes shaped to hurt a reader: the inputs an adversarial tester found to freeze, crash or fool the
 * index (issue 8), and a 5 MB note. Each is a watched journal note unless its point is not to be one.
 * Used by the hostile-vault test and by the benchmark's longest-slice figure.
 */

export interface HostileNote {
	path: string;
	/** The file's bytes: most are UTF-8 text, two are not text at all. */
	bytes: Uint8Array;
	/** What a reader must not do with it. */
	what: string;
}

const FRONTMATTER = "---\ntags: [journal]\n---\n";
const IDEAS = "## Idées de posts\n";

function text(path: string, what: string, body: string): HostileNote {
	return { path, what, bytes: Buffer.from(body, "utf8") };
}

function idea(path: string, what: string, section: string): HostileNote {
	return text(path, what, `${FRONTMATTER}# ${what}\n${IDEAS}- Une idée avant le piège\n\n${section}\n## Après\nFin.\n`);
}

/** One line of `count` nested list markers ending with `x`. */
function dashRun(count: number): string {
	return `${"- ".repeat(count)}x`;
}

/** A list nested `levels` deep, one item per level. */
function deepList(levels: number): string {
	return Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}- niveau ${i}`).join("\n");
}

function fiveMegabytes(): string {
	const line = "Une réflexion sur le positionnement, la crédibilité et l'écriture quotidienne, notée un soir.\n";
	const body = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
	return `${FRONTMATTER}# Un très long journal\n${IDEAS}- L'idée du très long journal\n## Le journal\n${body}`;
}

/** The hostile notes, in a stable order. */
export function hostileNotes(): HostileNote[] {
	const invalidUtf8 = new Uint8Array([...Buffer.from(`${FRONTMATTER}${IDEAS}- Une idée `, "utf8"), 0xc3, 0x28, 0xff, 0xfe, 0x0a]);
	const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
	return [
		idea("Hostile/Tirets 8 KB.md", "a line of 4,000 list markers (8 KB)", dashRun(4_000)),
		idea("Hostile/Tirets 16 KB.md", "a line of 8,000 list markers (16 KB)", dashRun(8_000)),
		idea("Hostile/Tirets 32 KB.md", "a line of 16,000 list markers (32 KB)", dashRun(16_000)),
		idea("Hostile/Citations.md", "200 KB of quote markers before an item", `${"> ".repeat(100_000)}- x`),
		idea("Hostile/Paragraphe.md", "one paragraph of 250 KB", "Une phrase qui ne finit jamais, ".repeat(8_000)),
		idea("Hostile/Liste profonde.md", "a list 500 levels deep", deepList(500)),
		idea("Hostile/Sous-éléments.md", "one item with 250 KB of sub-items", `- Une idée aux mille détails\n${"  - un détail de plus, encore un détail\n".repeat(6_500)}`),
		idea("Hostile/Liens.md", "10,000 links in one paragraph", Array.from({ length: 10_000 }, (_, i) => `[[Note ${i}]]`).join(" ")),
		idea("Hostile/Liens en liste.md", "2,000 links, one an item", Array.from({ length: 2_000 }, (_, i) => `- [[Note ${i}]]`).join("\n")),
		idea("Hostile/Contrôle.md", "NUL and control characters in items", "- Une idée\u0000 avec un NUL\n- Un échappement \u001b[31m rouge\u001b[0m\n- Un\u0007 bip"),
		text("Hostile/Jamais fermé.md", "a frontmatter never closed", "---\ntags: [journal]\ncreated: 2024-03-01\n## Idées de posts\n- Une idée perdue dans les propriétés\n"),
		text("Hostile/CR seul.md", "a lone CR inside the frontmatter", "---\ntags: [journal]\rtitle: Garde-moi\n---\n## Idées de posts\n- Une idée après un CR seul\n"),
		{ path: "Hostile/Binaire.md", what: "binary data in a .md file", bytes: binary },
		{ path: "Hostile/Latin-1.md", what: "text that is not valid UTF-8", bytes: invalidUtf8 },
		text("Hostile/Cinq mégaoctets.md", "a 5 MB note", fiveMegabytes()),
	];
}

/** Writes the hostile notes into a new temporary folder, for tests that read them as a vault; returns its path. */
export function writeHostileVault(): string {
	const vault = mkdtempSync(join(tmpdir(), "tls-hostile-"));
	for (const note of hostileNotes()) {
		const file = join(vault, ...note.path.split("/"));
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, note.bytes);
	}
	return vault;
}
