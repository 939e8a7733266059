import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReport } from "../../tools/report";

let dir: string;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), "tls-report-drafts-"));
	await mkdir(join(dir, "Idées"));
	await mkdir(join(dir, "Brouillons"));
	await writeFile(join(dir, "Idées", "Le doute comme méthode.md"), "---\ntype: idea\nstatus: spark\n---\n");
	await writeFile(join(dir, "Brouillons", "Le doute — Post LinkedIn.md"), '---\ntype: draft\nidea: "[[Idées/Le doute comme méthode]]"\nformat: linkedin-post\nstatus: draft\n---\n');
	await writeFile(join(dir, "Brouillons", "Oser — Thread X.md"), '---\ntype: draft\nidea: "[[Idées/Oser : « dire non »]]"\nformat: x-thread\nstatus: published\n---\n');
});

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe("the report and drafts", () => {
	it("warns about a draft whose idea link resolves to no note, and only about it", async () => {
		const report = await buildReport(dir);
		expect(report.warnings).toEqual([
			{ path: "Brouillons/Oser — Thread X.md", message: 'The idea of this draft, "Idées/Oser : « dire non »", is not a note of the vault: the draft counts in the stats but is on no card.' },
		]);
	});
});
