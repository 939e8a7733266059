/**
 * The pipeline as a view of a base, in Chromium over the real plugin, in French: *New idea base* from the palette
 * writes `Idées/Idées.base` and opens it, its lanes the stages; a base grouped by `priorité` opens from the file
 * list, a card dragged with the mouse onto another lane, the note's `priorité` read back from the vault, and the
 * Notice's Undo putting it back. The preview's Bases (preview/page/shell/bases.ts) runs the base's query over the
 * in-memory vault through tests/mocks/fake-bases.ts.
 */
import type { Locator } from "playwright-core";
import { cleanUpAfterTests, makeTestVault, propertiesOf, runFromPalette, startSession, until, type Session } from "./browser";

const BASES = `.workspace-leaf-content[data-type="bases"]`;

const DOUTER = "Idées/Douter : « avancer ».md";
const OSER = "Idées/Oser le premier jet.md";
const BY_PRIORITY = "Idées/Par priorité.base";

const EXTRA: Record<string, string> = {
	[DOUTER]: `---\ntype: idea\nstatus: spark\npriorité: haute\ncreated: 2024-06-01T09:00\ntitle: "Douter : « avancer »"\n---\nDouter : « avancer »\n`,
	[OSER]: "---\ntype: idea\nstatus: think\npriorité: basse   # on verra\ncreated: 2024-05-20T08:00\n---\nOser le premier jet.\n",
	[BY_PRIORITY]: `filters:\n  and:\n    - 'note.type == "idea"'\n    - priorité\nviews:\n  - type: thought-leadership-pipeline\n    name: Par priorité\n    groupBy:\n      property: note.priorité\n      direction: ASC\n    laneOrder:\n      - haute\n      - moyenne\n      - basse\n`,
};

let vault: string;
let session: Session;
cleanUpAfterTests(() => ({ session, vault }));

function readFile(path: string): Promise<string> {
	return session.page.evaluate((p) => window.preview!.readFile(p), path);
}

function lanesOf(base: Locator): Promise<string[]> {
	return base.locator(".tls-lane").evaluateAll((lanes) =>
		lanes.map((lane) => `${lane.querySelector(".tls-lane-title")?.textContent ?? ""}: ${Array.from(lane.querySelectorAll(".tls-card-title")).map((title) => title.textContent).join(", ")}`),
	);
}

describe("the pipeline as a view of a base, in French", () => {
	beforeAll(async () => {
		vault = makeTestVault(EXTRA);
		session = await startSession({ vault, viewport: { width: 1480, height: 860 } });
		await session.open("?lang=fr");
		await session.page.evaluate(() => window.preview!.indexed());
	});

	test("New idea base writes a base of the ideas in the ideas folder and opens it, its lanes the stages", async () => {
		const { page } = session;
		await runFromPalette(session, "Nouvelle base d'idées");
		const base = page.locator(`.mod-root ${BASES}`);
		await base.locator(".tls-bases-board .tls-card").first().waitFor();
		const text = await readFile("Idées/Idées.base");
		expect(text).toContain("type: thought-leadership-pipeline");
		expect(text).toContain("property: note.status");
		const lanes = await lanesOf(base);
		expect(lanes.map((lane) => lane.slice(0, lane.indexOf(":")))).toEqual(["Réfléchir", "Étincelle", "Investir", "Réinvestir"]);
		expect(lanes[1]).toContain("Douter : « avancer »");
	});

	test("a card dragged to another lane of a base grouped by priorité gives its note that priorité, and Undo takes it back", async () => {
		const { page } = session;
		const before = await readFile(OSER);
		await page.locator(`.nav-file-title[data-path="${BY_PRIORITY}"]`).click();
		const base = page.locator(`.mod-root ${BASES}`).filter({ has: page.locator(".preview-bases-views option", { hasText: "Par priorité" }) });
		await base.locator(".tls-card").first().waitFor();
		expect(await lanesOf(base)).toEqual(["haute: Douter : « avancer »", "moyenne: ", "basse: Oser le premier jet"]);
		const card = base.locator(`.tls-card[data-path="${OSER}"]`);
		const haute = base.locator(".tls-lane", { has: page.locator(".tls-lane-title", { hasText: /^haute$/ }) }).locator(".tls-lane-cards");
		await card.dragTo(haute, { targetPosition: { x: 24, y: 8 } });
		await until(async () => propertiesOf(await readFile(OSER))["priorité"] === "haute", "the note's priorité is haute");
		expect(await readFile(OSER)).toBe(before.replace("priorité: basse", "priorité: haute"));
		await until(async () => (await lanesOf(base))[0] === "haute: Douter : « avancer », Oser le premier jet", "the card shows in its new lane");
		await expect(page.evaluate(() => window.preview!.notices())).resolves.toContainEqual(expect.stringContaining("«\u00a0Oser le premier jet\u00a0» déplacée vers haute"));
		await page.locator(".notice button", { hasText: "Annuler" }).click();
		await until(async () => (await readFile(OSER)) === before, "the note is back as it was");
	});
});
