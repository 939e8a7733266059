import { parse } from "yaml";
import { assertOnlyPropertyChanged, readProperties, sameYamlValue } from "../../../src/core/writer/frontmatter-guard";
import { codeOf } from "./refusal-code";

describe("assertOnlyPropertyChanged", () => {
	it("accepts an edit of the property alone", () => {
		expect(codeOf(() => assertOnlyPropertyChanged("status: a\ntags: [x]\n", "status: b\ntags: [x]\n", "status", { present: true, value: "b" }, parse))).toBeNull();
	});

	it("refuses an edit that changes another property", () => {
		expect(codeOf(() => assertOnlyPropertyChanged("status: a\ntags: [x]\n", "status: b\ntags: [y]\n", "status", { present: true, value: "b" }, parse))).toBe("sideEffect");
	});

	it("refuses an edit that drops or adds another property", () => {
		expect(codeOf(() => assertOnlyPropertyChanged("status: a\ntitle: t\n", "status: b\n", "status", { present: true, value: "b" }, parse))).toBe("sideEffect");
		expect(codeOf(() => assertOnlyPropertyChanged("status: a\n", "status: b\nother: c\n", "status", { present: true, value: "b" }, parse))).toBe("sideEffect");
	});

	it("refuses an edit after which the property does not read as meant", () => {
		expect(codeOf(() => assertOnlyPropertyChanged("status: a\n", "status: true\n", "status", { present: true, value: "true" }, parse))).toBe("sideEffect");
		expect(codeOf(() => assertOnlyPropertyChanged("status: a\n", "status: a\n", "status", { present: false }, parse))).toBe("sideEffect");
	});

	it("refuses a block that was not valid YAML before, and one that is not after", () => {
		expect(codeOf(() => assertOnlyPropertyChanged("a: [\n", "a: [\nstatus: b\n", "status", { present: true, value: "b" }, parse))).toBe("invalidYaml");
		expect(codeOf(() => assertOnlyPropertyChanged("other: &s a\nx: *s\n", "other: a\nx: *s\nstatus: b\n", "status", { present: true, value: "b" }, parse))).toBe("sideEffect");
	});
});

describe("readProperties", () => {
	it("reads an empty block as no properties and a list as none at all", () => {
		expect(readProperties("", parse)).toEqual({});
		expect(readProperties("# only a comment\n", parse)).toEqual({});
		expect(readProperties("- a\n", parse)).toBeNull();
	});
});

describe("sameYamlValue", () => {
	it("compares dates by their time, as a parser that reads dates gives them", () => {
		expect(sameYamlValue(new Date("2024-03-01"), new Date("2024-03-01"))).toBe(true);
		expect(sameYamlValue(new Date("2024-03-01"), "2024-03-01")).toBe(false);
	});

	it("compares lists and maps deeply, and NaN with itself", () => {
		expect(sameYamlValue({ a: [1, { b: "c" }] }, { a: [1, { b: "c" }] })).toBe(true);
		expect(sameYamlValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
		expect(sameYamlValue([], {})).toBe(false);
		expect(sameYamlValue(Number.NaN, Number.NaN)).toBe(true);
	});
});
