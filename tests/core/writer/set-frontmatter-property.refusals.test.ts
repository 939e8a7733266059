import { parse } from "yaml";
import { FrontmatterEditError } from "../../../src/core/writer/frontmatter-edit-error";
import { setFrontmatterProperty } from "../../../src/core/writer/set-frontmatter-property";
import { codeOf } from "./refusal-code";

/** The note after setting the property, read by the `yaml` package as the guard. */
function set(text: string, key: string, value: string): string {
	return setFrontmatterProperty(text, key, value, parse).after;
}

describe("setFrontmatterProperty refusals", () => {
	it("refuses a frontmatter block that is never closed", () => {
		expect(codeOf(() => set("---\nstatus: a\nbody", "status", "b"))).toBe("unclosed");
	});

	it("refuses a note that is only an opening delimiter", () => {
		expect(codeOf(() => set("---\n", "status", "b"))).toBe("unclosed");
	});

	it("refuses a line at the margin that is not a key", () => {
		expect(codeOf(() => set("---\nstatus: a\njust text\n---\n", "status", "b"))).toBe("unparseable");
	});

	it("refuses a key glued to its value", () => {
		expect(codeOf(() => set("---\nstatus:a\n---\n", "status", "b"))).toBe("unparseable");
	});

	it("refuses a quoted value that is never closed", () => {
		expect(codeOf(() => set('---\ntitle: "open\nstatus: a\n---\n', "status", "b"))).toBe("unparseable");
	});

	it("refuses an indented value before any key", () => {
		expect(codeOf(() => set("---\n  status: a\n---\n", "status", "b"))).toBe("unparseable");
	});

	it("refuses a frontmatter block that is a list", () => {
		expect(codeOf(() => set("---\n- a\n---\n", "status", "b"))).toBe("unparseable");
	});

	it("refuses a property name that is not a plain key", () => {
		expect(codeOf(() => set("---\n---\n", "a: b", "c"))).toBe("invalidKey");
		expect(codeOf(() => set("---\n---\n", "", "c"))).toBe("invalidKey");
	});

	it("reports the line of the problem", () => {
		try {
			set("---\na: 1\nnot a key\n---\n", "status", "b");
			throw new Error("no error");
		} catch (error) {
			expect(error).toBeInstanceOf(FrontmatterEditError);
			expect((error as FrontmatterEditError).line).toBe(3);
		}
	});
});

describe("setFrontmatterProperty keeps what other properties read", () => {
	it("refuses to drop an anchor that another property reads", () => {
		expect(codeOf(() => set("---\nstatus: &s draft\nother: *s\n---\n", "status", "think"))).toBe("sharedValue");
		expect(codeOf(() => set("---\nstatus:\n  - &s draft\nother: [*s]\n---\n", "status", "think"))).toBe("sharedValue");
	});

	it("drops an anchor that nothing reads, with its value", () => {
		expect(set("---\nstatus: &s draft\nother: s\n---\n", "status", "think")).toBe("---\nstatus: think\nother: s\n---\n");
	});

	it("replaces a value that reads another property's anchor", () => {
		expect(set("---\nfirst: &f spark\nstatus: *f\n---\n", "status", "think")).toBe("---\nfirst: &f spark\nstatus: think\n---\n");
	});
});

describe("setFrontmatterProperty and lone carriage returns", () => {
	it("refuses a lone CR between two properties instead of deleting the second one", () => {
		expect(codeOf(() => set("---\nstatus: draft\rtitle: Keep me\n---\n", "status", "think"))).toBe("lineBreak");
		expect(codeOf(() => set("---\nstatus: draft\n\rtitle: Keep me\n---\n", "status", "think"))).toBe("lineBreak");
	});

	it("never puts a second frontmatter in front of a CR-only note's own", () => {
		expect(codeOf(() => set("---\rstatus: draft\r---\rBody\r", "status", "think"))).toBe("lineBreak");
	});

	it("adds a block to a CR-only note without one and leaves its text as it was", () => {
		expect(set("Hello\rworld\r", "status", "spark")).toBe("---\nstatus: spark\n---\nHello\rworld\r");
	});

	it("edits a block whose body below has lone CRs", () => {
		expect(set("---\nstatus: a\n---\nOne\rtwo", "status", "b")).toBe("---\nstatus: b\n---\nOne\rtwo");
	});
});

describe("setFrontmatterProperty and block scalars", () => {
	it("removes a block scalar's last line even when it starts with #", () => {
		expect(set("---\nstatus: |\n  draft\n  # still the text\ntitle: x\n---\n", "status", "think")).toBe("---\nstatus: think\ntitle: x\n---\n");
	});

	it("removes a block scalar whose every line starts with #", () => {
		expect(set("---\r\nstatus: >+\r\n  # one\r\n\r\n  # two\r\n\r\n---\r\n", "status", "think")).toBe("---\r\nstatus: think\r\n\r\n---\r\n");
	});

	it("keeps a comment less indented than the block scalar's text", () => {
		expect(set("---\nstatus: |\n    draft\n  # a comment\ntitle: x\n---\n", "status", "think")).toBe("---\nstatus: think\n  # a comment\ntitle: x\n---\n");
	});

	it("refuses when # lines after a nested block scalar may be its text", () => {
		expect(codeOf(() => set("---\nstatus:\n  - |\n    text\n    # text or comment\ntitle: x\n---\n", "status", "think"))).toBe("unparseable");
	});
});

describe("setFrontmatterProperty and duplicate keys", () => {
	it("refuses two status keys rather than editing the one readers ignore", () => {
		expect(codeOf(() => set("---\nstatus: a\nstatus: b\n---\n", "status", "think"))).toBe("duplicateKey");
	});

	it("refuses two keys that differ only by case when neither is written exactly so", () => {
		expect(codeOf(() => set("---\nStatus: a\nSTATUS: b\n---\n", "status", "think"))).toBe("duplicateKey");
	});

	it("says on which line the second key stands", () => {
		try {
			set("---\nstatus: a\ntitle: t\nstatus: b\n---\n", "status", "think");
			throw new Error("no error");
		} catch (error) {
			expect((error as FrontmatterEditError).line).toBe(4);
		}
	});
});

describe("setFrontmatterProperty's last guard", () => {
	it("refuses a block that is not valid YAML", () => {
		expect(codeOf(() => set("---\nstatus: a\ntags:\n\t- x\n---\n", "status", "think"))).toBe("invalidYaml");
	});

	it("refuses an edit after which a parser reads another property differently", () => {
		// A parser that reads `title` from the status line stands for any reading the line scanner did not foresee.
		const odd = (source: string): unknown => {
			const value = parse(source) as Record<string, unknown> | null;
			return value && typeof value.status === "string" ? { ...value, title: value.status } : value;
		};
		expect(codeOf(() => setFrontmatterProperty("---\nstatus: a\ntitle: a\n---\n", "status", "think", odd))).toBe("sideEffect");
	});
});

describe("setFrontmatterProperty's record of the edit", () => {
	it("keeps the property's previous lines and the line it wrote", () => {
		const edit = setFrontmatterProperty("---\r\nStatus:  # several\r\n  - Brouillon\r\n  - x\r\ntitle: t\r\n---\r\n", "status", "think", parse);
		expect(edit).toMatchObject({ key: "Status", previous: "Status:  # several\r\n  - Brouillon\r\n  - x\r\n", written: "Status: think  # several\r\n", addedBlock: false });
	});

	it("says when the property was added, and when its block was", () => {
		expect(setFrontmatterProperty("---\na: 1\n---\n", "status", "spark", parse)).toMatchObject({ previous: null, written: "status: spark\n", addedBlock: false });
		expect(setFrontmatterProperty("Texte\n", "status", "spark", parse)).toMatchObject({ previous: null, written: "status: spark\n", addedBlock: true });
	});
});
