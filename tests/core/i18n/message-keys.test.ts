import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { messages } from "../../../src/core/i18n/messages";

const en = messages("en");
const fr = messages("fr");

const SRC = join(__dirname, "..", "..", "..", "src");
const TABLES = new Set([join(SRC, "core", "i18n", "en.ts"), join(SRC, "core", "i18n", "fr.ts")]);

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return path.endsWith(".ts") && !TABLES.has(path) ? [path] : [];
	});
}

const code = sources(SRC).map((path) => readFileSync(path, "utf8")).join("\n");
/** Keys written whole in the code, as a string. */
const literals = new Set([...code.matchAll(/["'`]([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)["'`]/g)].map((match) => match[1]));
/** Keys made by the code from a prefix: t(`brand.kind.${kind}`), `horizon.${horizon}`. */
const prefixes = [...code.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z0-9]+)*\.)\$\{/g)].map((match) => match[1] ?? "");

/** A key is used when the code names it or makes it from a prefix. */
function isUsed(key: string): boolean {
	return literals.has(key) || prefixes.some((prefix) => key.startsWith(prefix));
}

describe("the message tables", () => {
	it("have no message that nothing in the plugin shows", () => {
		expect(Object.keys(en).filter((key) => !isUsed(key))).toEqual([]);
	});

	it("say every English message in French too, and nothing more", () => {
		expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
	});
});
