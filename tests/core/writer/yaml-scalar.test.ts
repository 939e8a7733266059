import { parse } from "yaml";
import { doubleQuoteYaml, needsYamlQuotes, toYamlScalar } from "../../../src/core/writer/yaml-scalar";

describe("toYamlScalar", () => {
	it.each(["spark", "re-invest", "à creuser", "Les meilleures idées", "2024-03-01T10:00", "2024-03-01", "a:b", "it's", 'say "hi"', "C#", "file.md", "-draft", "idée 2"])(
		"writes %p plain",
		(value) => {
			expect(toYamlScalar(value)).toBe(value);
		},
	);

	it.each([
		"", " lead", "trail ", "true", "False", "null", "~", "yes", "No", "on", "OFF", "y",
		"12", "-3", "+4.5", "1e3", ".5", "0x1F", "0o17", "017", "1_000", "1:30", ".inf", "-.Inf", ".NaN",
		"a: b", "key:", "a #b", "[x]", "{x}", "#tag", "*alias", "&anchor", "!tag", "|", ">", "'q'", '"q"', "%x", "@x", "`x`", ",x",
		"- item", "-", "? key", ": v", "---", "...", "line\nbreak", "tab\there", "nul\u0000", "bom\uFEFF", "sep\u2028",
	])("quotes %p", (value) => {
		expect(needsYamlQuotes(value)).toBe(true);
		expect(toYamlScalar(value).startsWith('"')).toBe(true);
	});

	it.each(["spark", "true", "12", "a: b", "[[Journal 2024-03-01]]", 'back\\slash "quote"', "line\nbreak\r\ttab", "\u0001\u007f\u0085\u2028\u2029\uFEFF", "emoji 🙂 é", "yes"])(
		"reads %p back unchanged through a YAML parser",
		(value) => {
			expect(parse(`key: ${toYamlScalar(value)}`)).toEqual({ key: value });
		},
	);

	it("escapes backslashes, quotes and control characters in double quotes", () => {
		expect(doubleQuoteYaml('a\\b"c\n\u0001')).toBe('"a\\\\b\\"c\\n\\x01"');
	});
});
