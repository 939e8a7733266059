/**
 * Typing into the framework board as a person does, in Chromium over the real plugin, in French: 80 ms a
 * key, Tab from field to field, a step added from its button by keyboard, a click elsewhere, and changes
 * of the vault landing while the writer types. Then the note is read: every field's text is in its own
 * section, exactly. And when the section a field shows changed in the note while the writer was in it,
 * the board offers both texts instead of writing over the other one.
 */
import { cleanUpAfterTests, makeTestVault, shootInBothThemes, startSession, until, type Session } from "./browser";

const FRAMEWORK = `.mod-root .workspace-leaf-content[data-type="thought-leadership-framework"]`;
const BRAND = "Idées de marque/Répliquer sans s'épuiser.md";
/** A brand idea as `new-brand-idea` writes it in French: guidance comments, three empty steps. */
const NOTE = [
	"---",
	"type: brand-idea",
	'title: "Répliquer sans s\'épuiser"',
	"created: 2024-02-22",
	"---",
	"## Croyance centrale",
	"<!-- Le « grand domino » : la seule croyance qui, une fois admise, rend tout le reste évident. Une phrase. -->",
	"",
	"## Étapes du framework",
	"<!-- De 3 à 7 étapes nommées, dans l'ordre où on les vit. -->",
	"1. ",
	"2. ",
	"3. ",
	"",
	"## Histoire d'origine",
	"- Personnage :",
	"",
	"## Preuves",
	"<!-- Cas, chiffres, témoignages. -->",
	"- ",
	"",
].join("\n");
const CONFLICT = "Idées de marque/Penser une fois.md";
const CONFLICT_NOTE = "---\ntype: brand-idea\n---\n## Croyance centrale\nL'expertise se partage.\n\n## Étapes du framework\n1. Lire\n2. Écrire\n\n## Preuves\n- Un client\n";

const BELIEF = "On ne vend pas une amélioration : on vend « une nouvelle opportunité ».";
const STEPS = ["Lire l'idée d'un autre", "S'approprier : « penser une fois »", "Écrire pour un seul lecteur", "Répliquer partout"];
const PROOF = "- Trois clients l'ont dit : « enfin clair »";

let vault: string;
let session: Session;

beforeAll(async () => {
	vault = makeTestVault({ [BRAND]: NOTE, [CONFLICT]: CONFLICT_NOTE });
	session = await startSession({ vault, viewport: { width: 1280, height: 900 } });
	await session.open("?lang=fr");
});

cleanUpAfterTests(() => ({ session, vault }));

function readFile(path: string): Promise<string> {
	return session.page.evaluate((p) => window.preview!.readFile(p), path);
}

async function openBoard(path: string): Promise<void> {
	await session.page.evaluate(async (p) => {
		const leaf = window.preview!.app.workspace.getLeaf("tab");
		await leaf.setViewState({ type: "thought-leadership-framework", active: true, state: { path: p } });
	}, path);
	await board().locator(".tls-framework-step").first().waitFor();
}

/** A change made elsewhere (sync, another pane, a hand edit): one edit of the note's text through the vault. */
function editElsewhere(path: string, from: string, to: string): Promise<void> {
	return session.page.evaluate(
		async ({ p, a, b }) => {
			const file = window.preview!.app.vault.getFileByPath(p);
			if (!file) throw new Error(`no note at ${p}`);
			await window.preview!.app.vault.process(file, (text) => {
				if (!text.includes(a)) throw new Error(`"${a}" is not in ${p}`);
				return text.replace(a, b);
			});
		},
		{ p: path, a: from, b: to },
	);
}

function typeSlowly(text: string): Promise<void> {
	return session.page.keyboard.type(text, { delay: 80 });
}

function board() {
	return session.page.locator(FRAMEWORK).last();
}

describe("typing into the framework board at a person's speed", () => {
	it("keeps every keystroke in its own field and writes each field in its own section", async () => {
		const { page } = session;
		await openBoard(BRAND);
		await board().locator(".tls-framework-belief-text").click();
		await typeSlowly(BELIEF);
		await page.keyboard.press("Tab");
		await typeSlowly(STEPS[0]!);
		await page.keyboard.press("Tab");
		await typeSlowly(STEPS[1]!.slice(0, 12));
		// Another note that links the brand idea arrives (a sync): the board's sources change mid-typing.
		await page.evaluate(() => window.preview!.writeFile("Journal/2024-02-23.md", "---\ntags: [journal]\n---\nRelu [[Répliquer sans s'épuiser|l'idée de marque]] : « une fois ».\n"));
		await typeSlowly(STEPS[1]!.slice(12));
		await page.keyboard.press("Tab");
		await typeSlowly(STEPS[2]!.slice(0, 10));
		// The writer's own hand edit of another section of the same note, in another pane.
		await editElsewhere(BRAND, "<!-- Cas, chiffres, témoignages. -->\n- \n", `<!-- Cas, chiffres, témoignages. -->\n${PROOF}\n`);
		await typeSlowly(STEPS[2]!.slice(10));
		// Tab to "Ajouter une étape", Enter: a fourth step's field, focused.
		await page.keyboard.press("Tab");
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Ajouter une étape");
		await page.keyboard.press("Enter");
		await typeSlowly(STEPS[3]!);
		await board().locator(".tls-framework-title").click();

		const expected = NOTE.replace(
			"<!-- Le « grand domino » : la seule croyance qui, une fois admise, rend tout le reste évident. Une phrase. -->\n",
			`<!-- Le « grand domino » : la seule croyance qui, une fois admise, rend tout le reste évident. Une phrase. -->\n${BELIEF}\n`,
		)
			.replace("1. \n2. \n3. \n", `${STEPS.map((step, i) => `${i + 1}. ${step}`).join("\n")}\n`)
			.replace("<!-- Cas, chiffres, témoignages. -->\n- \n", `<!-- Cas, chiffres, témoignages. -->\n${PROOF}\n`);
		await until(async () => (await readFile(BRAND)) === expected, "every field is written in its own section", 10_000).catch(async (error: unknown) => {
			expect(await readFile(BRAND)).toBe(expected);
			throw error;
		});
		await expect(board().locator(".tls-framework-belief-text").inputValue()).resolves.toBe(BELIEF);
		await expect(board().locator(".tls-framework-step").evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value))).resolves.toEqual(STEPS);
		await expect(board().locator('.tls-framework-source[data-target] a[data-path="Journal/2024-02-23.md"]').count()).resolves.toBe(1);
	});
});

describe("a section changed in the note while the writer was in its field", () => {
	it("offers both texts on leaving the field, and keeps mine on request, the other change elsewhere kept", async () => {
		const { page } = session;
		await openBoard(CONFLICT);
		const belief = board().locator(".tls-framework-belief-text");
		await belief.click();
		await page.keyboard.press("End");
		await typeSlowly(" Une fois : « partout ».");
		await editElsewhere(CONFLICT, "L'expertise se partage.", "L'expertise se partage, disait-elle.");
		await editElsewhere(CONFLICT, "- Un client", "- Deux clients");
		await board().locator(".tls-framework-title").click();
		const choice = board().locator(".tls-framework-conflict");
		await choice.waitFor();
		await expect(choice.locator(".tls-framework-conflict-theirs").textContent()).resolves.toBe("L'expertise se partage, disait-elle.");
		// Nothing is written until the writer chooses.
		expect(await readFile(CONFLICT)).toBe(CONFLICT_NOTE.replace("L'expertise se partage.", "L'expertise se partage, disait-elle.").replace("- Un client", "- Deux clients"));
		await expect(belief.inputValue()).resolves.toBe("L'expertise se partage. Une fois : « partout ».");
		await session.screenshot("framework-conflict-fr-light-tab");
		await choice.locator("button.tls-framework-keep-mine").focus();
		await page.keyboard.press("Enter");
		await until(async () => (await readFile(CONFLICT)).includes("Une fois : « partout »."), "mine is written");
		expect(await readFile(CONFLICT)).toBe(CONFLICT_NOTE.replace("L'expertise se partage.", "L'expertise se partage. Une fois : « partout ».").replace("- Un client", "- Deux clients"));
		await expect(board().locator(".tls-framework-conflict").count()).resolves.toBe(0);
	});

	it("takes theirs on request: the field shows the note's text and the note is left as it is", async () => {
		const { page } = session;
		await openBoard(CONFLICT);
		const before = await readFile(CONFLICT);
		const step = board().locator(".tls-framework-step").nth(1);
		await step.click();
		await page.keyboard.press("End");
		await typeSlowly(" : « pour un seul lecteur »");
		await editElsewhere(CONFLICT, "2. Écrire", "2. Écrire chaque matin");
		await page.keyboard.press("Enter");
		const choice = board().locator(".tls-framework-conflict");
		await choice.waitFor();
		await expect(choice.locator(".tls-framework-conflict-theirs").textContent()).resolves.toBe("Écrire chaque matin");
		await shootInBothThemes(session, "framework-conflict-step-fr");
		await choice.locator("button.tls-framework-take-theirs").click();
		await until(async () => (await step.inputValue()) === "Écrire chaque matin", "the field shows the note's step");
		expect(await readFile(CONFLICT)).toBe(before.replace("2. Écrire", "2. Écrire chaque matin"));
		await expect(board().locator(".tls-framework-conflict").count()).resolves.toBe(0);
	});
});
