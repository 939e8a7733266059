import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PlainFilesSource } from "../../tools/plain-files-source";

describe("PlainFilesSource.unresolvedLinks", () => {
	it("lists the links that point at no file, as Obsidian counts them, and forgets one once its note exists", async () => {
		const dir = await mkdtemp(join(tmpdir(), "tls-unresolved-"));
		try {
			await mkdir(join(dir, "Journal"));
			await writeFile(join(dir, "Journal", "A.md"), "Lu [[Expert Secrets]] puis [[Expert Secrets#Ch. 2|le chapitre 2]], et [[Le Prince]] ; [[B]] existe.\n");
			await writeFile(join(dir, "Journal", "B.md"), "---\nsource: \"[[Le Prince]]\"\n---\n");
			const source = await PlainFilesSource.load(dir);
			expect(source.unresolvedLinks()).toEqual([
				{ target: "Expert Secrets", count: 2, sources: ["Journal/A.md"] },
				{ target: "Le Prince", count: 2, sources: ["Journal/A.md", "Journal/B.md"] },
			]);
			source.setFile("Lectures/Expert Secrets.md", "---\ntype: book\n---\n");
			expect(source.unresolvedLinks().map((link) => link.target)).toEqual(["Le Prince"]);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
