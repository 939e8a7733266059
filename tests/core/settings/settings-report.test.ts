import { settingsReport } from "../../../src/core/settings/settings-report";
import { translator } from "../../../src/core/i18n/translator";

describe("settingsReport", () => {
	const en = translator("en");

	it("says nothing when every setting of data.json was used", () => {
		expect(settingsReport([], en)).toBeNull();
	});

	it("names each setting that was reset or trimmed, with the folder used instead, in the order of the file", () => {
		expect(
			settingsReport(
				[
					{ setting: "draftsFolder", kind: "outsideVault", value: "../Drafts", fallback: "Drafts" },
					{ setting: "stages", kind: "dropped", count: 1 },
					{ setting: "formats", kind: "capped", limit: 200 },
					{ setting: "linkCapturedSelection", kind: "invalid" },
				],
				en,
			),
		).toBe(
			'Some settings in data.json could not be used as they were: Drafts folder ("../Drafts" is outside the vault, "Drafts" is used); Stages (1 empty, repeated or invalid entry left out); Formats (only the first 200 kept); Replace a captured selection with a link (not valid, the default is used). The other settings were kept, and the file stays as it is until you change a setting.',
		);
	});

	it("says the defaults are used when the file holds no settings at all", () => {
		expect(settingsReport([{ setting: null, kind: "invalid" }], translator("fr"))).toBe(
			"Le fichier de réglages data.json n'a pas pu être lu\u00a0: les réglages par défaut sont utilisés. Le fichier reste tel quel jusqu'à ce que vous changiez un réglage.",
		);
	});

	it("names the folders left out in French when some could not be kept", () => {
		expect(settingsReport([{ setting: "excludedFolders", kind: "dropped", count: 2 }], translator("fr"))).toContain("Dossiers laissés de côté (2 entrées");
	});
});
