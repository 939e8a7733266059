import { isMap, isNode, isScalar, parse, parseDocument } from "yaml";
import type { FrontmatterEditErrorCode } from "../../../src/core/writer/frontmatter-edit-error";
import { setFrontmatterProperty } from "../../../src/core/writer/set-frontmatter-property";
import { codeOf } from "./refusal-code";
import { seededRandom } from "../../../tools/seeded-random";

/** The note after setting the property, read by the `yaml` package as the guard. */
function set(text: string, key: string, value: string): string {
	return setFrontmatterProperty(text, key, value, parse).after;
}

/** A way the status property can be written, and what its lines must become for a given new scalar. */
interface StatusVariant {
	name: string;
	/** Key as written, which the edit keeps. */
	key: string;
	lines: string[];
	expected: (scalar: string) => string[];
}

interface Block {
	name: string;
	lines: string[];
}

interface Body {
	name: string;
	lines: string[];
	finalEol: boolean;
}

const STATUS_VARIANTS: StatusVariant[] = [
	{ name: "plain", key: "status", lines: ["status: draft"], expected: (s) => [`status: ${s}`] },
	{ name: "double-quoted", key: "status", lines: ['status: "Draft"'], expected: (s) => [`status: ${s}`] },
	{ name: "single-quoted", key: "status", lines: ["status: 'draft'"], expected: (s) => [`status: ${s}`] },
	{ name: "single-quoted with escaped quote", key: "status", lines: ["status: 'it''s # draft'"], expected: (s) => [`status: ${s}`] },
	{ name: "double-quoted with escapes and comment", key: "status", lines: ['status: "a \\"b\\" # c" # real comment'], expected: (s) => [`status: ${s} # real comment`] },
	{ name: "trailing comment", key: "status", lines: ["status: draft # moved by hand"], expected: (s) => [`status: ${s} # moved by hand`] },
	{ name: "empty", key: "status", lines: ["status:"], expected: (s) => [`status: ${s}`] },
	{ name: "empty with trailing blank", key: "status", lines: ["status: "], expected: (s) => [`status: ${s} `] },
	{ name: "empty with comment", key: "status", lines: ["status:   # none yet"], expected: (s) => [`status: ${s}   # none yet`] },
	{ name: "trailing whitespace", key: "status", lines: ["status: draft  \t"], expected: (s) => [`status: ${s}  \t`] },
	{ name: "block list", key: "status", lines: ["status:", "  - draft"], expected: (s) => [`status: ${s}`] },
	{ name: "block list at the key's indentation", key: "status", lines: ["status:", "- draft", "- think"], expected: (s) => [`status: ${s}`] },
	{ name: "block list with comment on the key", key: "status", lines: ["status: # several", "  - draft", "  - 'think'"], expected: (s) => [`status: ${s} # several`] },
	{ name: "flow list", key: "status", lines: ["status: [draft]"], expected: (s) => [`status: ${s}`] },
	{ name: "flow list with quotes and comment", key: "status", lines: ["status: [ 'dra]ft', \"x\" ] # c"], expected: (s) => [`status: ${s} # c`] },
	{ name: "flow list over two lines", key: "status", lines: ["status: [draft,", "  think] # two"], expected: (s) => [`status: ${s} # two`] },
	{ name: "accented value", key: "status", lines: ["status: à creuser"], expected: (s) => [`status: ${s}`] },
	{ name: "capitalised key", key: "Status", lines: ["Status: Draft"], expected: (s) => [`Status: ${s}`] },
	{ name: "quoted key", key: "status", lines: ['"status": draft'], expected: (s) => [`"status": ${s}`] },
	{ name: "tagged value", key: "status", lines: ["status: !!str draft"], expected: (s) => [`status: ${s}`] },
];

const OTHER_BLOCKS: Block[] = [
	{ name: "title", lines: ["title: Les meilleures idées ne sont pas directement accessibles"] },
	{ name: "comment", lines: ["# a comment line: status: no"] },
	{ name: "blank line", lines: [""] },
	{ name: "tags", lines: ["tags:", "  - journal", "  - réflexions"] },
	{ name: "flow aliases", lines: ["aliases: [\"Idée\", 'autre']"] },
	{ name: "nested map with status", lines: ["meta:", "  status: nested", "  author: moi"] },
	{ name: "literal block with status", lines: ["desc: |", "  status: inside block", "", "  second line"] },
	{ name: "folded block with status", lines: ["summary: >-", "  folded text", "  status: also inside"] },
	{ name: "single-quoted colon", lines: ["quote: 'it''s: here'"] },
	{ name: "double-quoted hash", lines: ['dq: "say \\"hi\\" # not a comment"'] },
	{ name: "date", lines: ["created: 2024-03-01T10:00"] },
	{ name: "empty value", lines: ["empty:"] },
	{ name: "number with comment", lines: ["count: 3 # three"] },
	{ name: "url with hash", lines: ["url: https://example.com/a#b"] },
	{ name: "multi-line quoted", lines: ['multi: "a long', '  continued status: line"'] },
	{ name: "unicode", lines: ["name: Zoë Ñandú 日本 🙂"] },
	{ name: "decomposed accent", lines: ["nfd: cafe\u0301"] },
	{ name: "trailing whitespace", lines: ["trailing: value   "] },
	{ name: "indented comment", lines: ["list:", "  # inner comment", "  - a"] },
	{ name: "source link", lines: ['source: "[[Journal 2024-03-01]]"'] },
];

const BODIES: Body[] = [
	{ name: "empty", lines: [], finalEol: false },
	{ name: "one line", lines: ["Body line"], finalEol: true },
	{ name: "thematic break first", lines: ["---", "After a thematic break", "status: not frontmatter"], finalEol: true },
	{ name: "status in the body", lines: ["# Heading", "", "status: draft in the body", "- status: x"], finalEol: true },
	{ name: "no final newline", lines: ["No final newline"], finalEol: false },
];

/** New values and how they must be written. */
const VALUES: Array<[string, string]> = [
	["spark", "spark"],
	["re-invest", "re-invest"],
	["à creuser", "à creuser"],
	["true", '"true"'],
	["a: b", '"a: b"'],
	["#1", '"#1"'],
	["[x]", '"[x]"'],
	['"quoted" start', '"\\"quoted\\" start"'],
	["12", '"12"'],
	["published", "published"],
];

function pick<T>(random: () => number, items: readonly T[]): T {
	const item = items[Math.floor(random() * items.length)];
	if (item === undefined) throw new Error("empty list");
	return item;
}

interface Case {
	name: string;
	input: string;
	/** The note the edit must give, or null when it must be refused. */
	expected: string | null;
	/** Why it must be refused: a key written twice, the status (`duplicateKey`) or another (`invalidYaml`). */
	refusal: FrontmatterEditErrorCode | null;
	/** Frontmatter text without delimiters, before. */
	inputFrontmatter: string;
	/** Key of the pair that changes (as written) and the new value. */
	key: string;
	value: string;
	appended: boolean;
}

function assemble(bom: string, eol: string, frontmatter: string[], closing: string, body: Body): string {
	const bodyText = body.lines.join(eol) + (body.finalEol ? eol : "");
	const closingEol = body.lines.length > 0 || body.finalEol ? eol : "";
	return bom + ["---", ...frontmatter].map((line) => line + eol).join("") + closing + closingEol + bodyText;
}

function generateCases(): Case[] {
	// Seeded, so that a failing case can be found again.
	const random = seededRandom(20240301);
	const cases: Case[] = [];
	const variants: Array<StatusVariant | null> = [...STATUS_VARIANTS, null];
	for (const variant of variants) {
		for (const bom of ["", "\uFEFF"]) {
			for (const eol of ["\n", "\r\n"]) {
				for (let round = 0; round < 3; round++) {
					const blocks: Block[] = [];
					const count = Math.floor(random() * 5);
					for (let i = 0; i < count; i++) blocks.push(pick(random, OTHER_BLOCKS));
					const position = Math.floor(random() * (blocks.length + 1));
					const duplicate = variant !== null && random() < 0.3;
					const closing = pick(random, ["---", "---", "---  ", "---\t"]);
					const body = pick(random, BODIES);
					const [value, scalar] = pick(random, VALUES);

					const before = blocks.slice(0, position).flatMap((b) => b.lines);
					const after = blocks.slice(position).flatMap((b) => b.lines);
					const tail = duplicate && variant !== null ? [`${variant.key}: second`] : [];
					const inputLines = variant === null ? [...before, ...after] : [...before, ...variant.lines, ...after, ...tail];
					const expectedLines =
						variant === null ? [...before, ...after, `status: ${scalar}`] : [...before, ...variant.expected(scalar), ...after, ...tail];
					const name = [
						variant?.name ?? "missing status",
						bom === "" ? "no BOM" : "BOM",
						eol === "\n" ? "LF" : "CRLF",
						blocks.map((b) => b.name).join("+") || "no other property",
						duplicate ? "duplicate" : "",
						`closing ${JSON.stringify(closing)}`,
						`body ${body.name}`,
						`value ${JSON.stringify(value)}`,
					]
						.filter((part) => part !== "")
						.join(", ");
					const inputFrontmatter = inputLines.map((line) => line + eol).join("");
					const keys = pairsOf(inputFrontmatter).map(([k]) => k);
					const twice = (k: string): boolean => keys.filter((other) => other === k).length > 1;
					const refusal = variant !== null && twice(variant.key) ? "duplicateKey" : keys.some(twice) ? "invalidYaml" : null;
					cases.push({
						name,
						input: assemble(bom, eol, inputLines, closing, body),
						expected: refusal === null ? assemble(bom, eol, expectedLines, closing, body) : null,
						refusal,
						inputFrontmatter,
						key: variant?.key ?? "status",
						value,
						appended: variant === null,
					});
				}
			}
		}
	}
	return cases;
}

/** The top-level pairs of a YAML block as [key, value] in order; duplicate keys allowed. */
function pairsOf(source: string): Array<[string, unknown]> {
	const doc = parseDocument(source, { uniqueKeys: false });
	expect(doc.errors).toEqual([]);
	if (doc.contents === null) return [];
	if (!isMap(doc.contents)) throw new Error("frontmatter is not a map");
	return doc.contents.items.map((pair): [string, unknown] => [
		isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
		isNode(pair.value) ? (pair.value.toJSON() as unknown) : pair.value,
	]);
}

const CASES = generateCases();
const EDITED = CASES.filter((c) => c.refusal === null);

/** The text between the frontmatter delimiters of a note, with LF breaks. */
function frontmatterOf(note: string): string {
	const lines = note.replace(/^\uFEFF/, "").split(/\r?\n/);
	const closing = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
	if (lines[0] !== "---" || closing === -1) throw new Error("no frontmatter in the output");
	return lines.slice(1, closing).map((line) => `${line}\n`).join("");
}

describe("setFrontmatterProperty over generated notes", () => {
	it("has at least 200 generated notes", () => {
		expect(CASES.length).toBeGreaterThanOrEqual(200);
	});

	it.each(CASES.map((c) => [c.name, c] as const))("changes only the status line, or refuses a key written twice: %s", (_name, c) => {
		if (c.refusal === null) expect(set(c.input, "status", c.value)).toBe(c.expected);
		else expect(codeOf(() => set(c.input, "status", c.value))).toBe(c.refusal);
	});

	it.each(EDITED.map((c) => [c.name, c] as const))("gives a note whose properties are the same except status: %s", (_name, c) => {
		const before = pairsOf(c.inputFrontmatter);
		const after = pairsOf(frontmatterOf(set(c.input, "status", c.value)));
		let expected: Array<[string, unknown]>;
		if (c.appended) {
			expected = [...before, ["status", c.value]];
		} else {
			const index = before.findIndex(([key]) => key === c.key);
			expected = before.map((pair, i) => (i === index ? [c.key, c.value] : pair));
		}
		expect(after).toEqual(expected);
	});
});

describe("setFrontmatterProperty on notes without frontmatter", () => {
	it("adds a block at the top of a note without frontmatter", () => {
		expect(set("Hello\nworld\n", "status", "spark")).toBe("---\nstatus: spark\n---\nHello\nworld\n");
	});

	it("uses the note's CRLF line endings for the new block", () => {
		expect(set("Hello\r\nworld", "status", "spark")).toBe("---\r\nstatus: spark\r\n---\r\nHello\r\nworld");
	});

	it("puts the new block after the BOM", () => {
		expect(set("\uFEFFHello", "status", "spark")).toBe("\uFEFF---\nstatus: spark\n---\nHello");
	});

	it("creates the block in an empty note", () => {
		expect(set("", "status", "spark")).toBe("---\nstatus: spark\n---\n");
	});

	it("treats a first line that is not only dashes as body text", () => {
		expect(set("--- not a delimiter\ntext", "status", "spark")).toBe("---\nstatus: spark\n---\n--- not a delimiter\ntext");
	});
});

describe("setFrontmatterProperty on particular blocks", () => {
	it("fills an empty frontmatter block", () => {
		expect(set("---\n---\nBody", "status", "spark")).toBe("---\nstatus: spark\n---\nBody");
	});

	it("fills an empty frontmatter block that ends the file", () => {
		expect(set("---\r\n---", "status", "spark")).toBe("---\r\nstatus: spark\r\n---");
	});

	it("accepts an opening delimiter with trailing spaces", () => {
		expect(set("---  \nstatus: a\n---\n", "status", "think")).toBe("---  \nstatus: think\n---\n");
	});


	it("prefers the key in its exact case over one that differs only by case", () => {
		expect(set("---\nStatus: a\nstatus: b\n---\n", "status", "think")).toBe("---\nStatus: a\nstatus: think\n---\n");
	});

	it("keeps comment lines and blank lines that follow a replaced block list", () => {
		const input = "---\nstatus:\n  - a\n  - b\n\n# about tags\ntags: [x]\n---\n";
		expect(set(input, "status", "think")).toBe("---\nstatus: think\n\n# about tags\ntags: [x]\n---\n");
	});

	it("replaces a nested map value by the scalar", () => {
		expect(set("---\nstatus:\n  en: x\n  fr: y\na: 1\n---\n", "status", "think")).toBe("---\nstatus: think\na: 1\n---\n");
	});

	it("replaces a multi-line flow map value", () => {
		expect(set("---\nstatus: {a: 1,\n  b: '}'}\nz: 2\n---\n", "status", "think")).toBe("---\nstatus: think\nz: 2\n---\n");
	});

	it("replaces a block scalar value", () => {
		expect(set("---\nstatus: |\n  draft\n  more\nz: 2\n---\n", "status", "think")).toBe("---\nstatus: think\nz: 2\n---\n");
	});

	it("keeps a status key that only appears in a nested map untouched and appends a top-level one", () => {
		expect(set("---\nmeta:\n  status: x\n---\n", "status", "think")).toBe("---\nmeta:\n  status: x\nstatus: think\n---\n");
	});

	it("finds the closing delimiter even when it has trailing blanks and a thematic break follows", () => {
		expect(set("---\nstatus: a\n--- \n---\nstatus: body\n", "status", "b")).toBe("---\nstatus: b\n--- \n---\nstatus: body\n");
	});

	it("keeps a plain value with a colon not followed by a space as a value", () => {
		expect(set("---\nstatus: a:b\n---\n", "status", "c")).toBe("---\nstatus: c\n---\n");
	});

	it("writes stage keys with dashes plain and quotes values YAML would misread", () => {
		expect(set("---\nstatus: a\n---\n", "status", "re-invest")).toBe("---\nstatus: re-invest\n---\n");
		expect(set("---\nstatus: a\n---\n", "status", "no")).toBe('---\nstatus: "no"\n---\n');
		expect(set("---\nstatus: a\n---\n", "status", "line\nbreak")).toBe('---\nstatus: "line\\nbreak"\n---\n');
	});
});
