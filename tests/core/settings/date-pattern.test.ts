import { format } from "date-fns";
import { fr } from "date-fns/locale";
import { fromMomentPattern, savedDatePattern, toMomentPattern } from "../../../src/core/settings/date-pattern";
import { DEFAULT_SETTINGS, migrateSettings } from "../../../src/core/settings/studio-settings";

const DATE = new Date(2024, 2, 1, 9, 5, 7);

/** What a capture would write in `created` with the format as the writer typed it. */
function written(typed: string, locale = {}): string {
	const read = fromMomentPattern(typed);
	if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problem)}`);
	return format(DATE, read.pattern, locale);
}

describe("fromMomentPattern", () => {
	it("reads the formats Obsidian users type", () => {
		expect(written("YYYY-MM-DD HH:mm")).toBe("2024-03-01 09:05");
		expect(written("DD/MM/YYYY")).toBe("01/03/2024");
		expect(written("YYYY-MM-DD[T]HH:mm")).toBe("2024-03-01T09:05");
		expect(written("YYYY-MM-DDTHH:mm:ss")).toBe("2024-03-01T09:05:07");
		expect(written("D MMMM YYYY [à] H[h]mm", { locale: fr })).toBe("1 mars 2024 à 9h05");
		expect(written("dddd Do MMM, h:mm a")).toBe("Friday 1st Mar, 9:05 am");
		expect(written("[It's] YYYY")).toBe("It's 2024");
		expect(written("\\Y\\e\\a\\r YYYY")).toBe("Year 2024");
	});

	it("refuses what would break every capture, saying why", () => {
		expect(fromMomentPattern("  ")).toEqual({ ok: false, problem: { kind: "empty" } });
		expect(fromMomentPattern("YYYY-MM-DD [T")).toEqual({ ok: false, problem: { kind: "unclosedBracket" } });
		expect(fromMomentPattern("yyyy-MM-dd")).toEqual({ ok: false, problem: { kind: "unsupported", token: "yyyy" } });
		expect(fromMomentPattern("[aujourd'hui]")).toEqual({ ok: false, problem: { kind: "noDate" } });
		expect(fromMomentPattern("tout")).toEqual({ ok: false, problem: { kind: "noDate" } });
	});
});

describe("toMomentPattern", () => {
	it("shows the stored default as Obsidian users write it", () => {
		expect(toMomentPattern("yyyy-MM-dd'T'HH:mm")).toBe("YYYY-MM-DD[T]HH:mm");
		expect(toMomentPattern("dd/MM/yyyy")).toBe("DD/MM/YYYY");
		expect(toMomentPattern("d MMMM yyyy 'à' H'h'mm")).toBe("D MMMM YYYY à H[h]mm");
		expect(toMomentPattern("'It''s' yyyy")).toBe("[It's] YYYY");
	});

	it("gives back what was typed, read the same way", () => {
		for (const typed of ["YYYY-MM-DD HH:mm", "DD/MM/YYYY", "YYYY-MM-DD[T]HH:mm", "Do MMMM YYYY, dddd", "GGGG-[W]WW", "X", "YYYY [[]brouillon[]]"]) {
			const read = fromMomentPattern(typed);
			if (!read.ok) throw new Error(typed);
			const shown = toMomentPattern(read.pattern);
			expect(shown).not.toBeNull();
			expect(written(shown ?? "")).toBe(format(DATE, read.pattern));
		}
	});

	it("says when a date-fns pattern has no moment twin", () => {
		expect(toMomentPattern("LLLL yyyy")).toBeNull();
		expect(toMomentPattern("yyyy 'open")).toBeNull();
	});
});

describe("savedDatePattern", () => {
	it("keeps the date-fns patterns saved so far", () => {
		expect(savedDatePattern("yyyy-MM-dd'T'HH:mm", "x")).toBe("yyyy-MM-dd'T'HH:mm");
		expect(savedDatePattern("dd/MM/yyyy HH:mm", "x")).toBe("dd/MM/yyyy HH:mm");
	});

	it("converts a moment pattern typed into data.json, and drops what cannot render", () => {
		expect(savedDatePattern("YYYY-MM-DD", "x")).toBe("yyyy-MM-dd");
		expect(savedDatePattern("[oops", "x")).toBe("x");
		expect(savedDatePattern(42, "x")).toBe("x");
	});

	it("is what migrateSettings keeps", () => {
		expect(migrateSettings({ dateFormat: "yyyy-MM-dd'T'HH:mm" }).dateFormat).toBe(DEFAULT_SETTINGS.dateFormat);
		expect(migrateSettings({ dateFormat: "DD/MM/YYYY" }).dateFormat).toBe("dd/MM/yyyy");
	});
});
