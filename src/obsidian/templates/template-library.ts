import { parseYaml, TFile, type App } from "obsidian";
import { findOverride, type BuiltInTemplate } from "../../core/templates/built-in-template";
import { resolveTemplateAliases } from "../../core/templates/template-aliases";
import { vaultFolder } from "../shared/vault-folder";
import { toFileName } from "../../core/writer/file-name";
import type { Language } from "../../core/i18n/language";
import type { NoteWriter } from "../shared/note-writer";
import { OneAtATime } from "../shared/one-at-a-time";

/** What exporting the built-in templates did. */
export interface TemplateExport {
	written: TFile[];
	/** Templates that already had the writer's own note, left as they are. */
	kept: number;
	folder: string;
}

/**
 * The templates every capability uses (drafts, book notes, brand ideas...): the built-in ones
 * the capabilities register, each replaced by the writer's own note in the templates folder when
 * there is one. The writer's text is returned as written, but for a property that uses a YAML alias,
 * written out (a new note keeps only some of the template's properties); the caller fills its variables.
 */
export class TemplateLibrary {
	private readonly templates = new Map<string, BuiltInTemplate>();
	private readonly exporting = new OneAtATime();

	constructor(
		private readonly app: App,
		private readonly writer: NoteWriter,
		private readonly folder: () => string,
		private readonly language: Language,
	) {}

	/** Adds built-in templates; a key registered twice keeps the last. */
	register(templates: readonly BuiltInTemplate[]): void {
		for (const template of templates) this.templates.set(template.key, template);
	}

	builtIns(): BuiltInTemplate[] {
		return [...this.templates.values()];
	}

	/**
	 * The template's text: the writer's note when the templates folder has one (its aliases written out,
	 * read as Obsidian reads properties), else the built-in text.
	 *
	 * @throws StudioError `error.templateAlias` when the writer's note uses an alias it has no anchor for.
	 */
	async text(template: BuiltInTemplate): Promise<string> {
		const own = this.override(template);
		return own ? resolveTemplateAliases(await this.app.vault.cachedRead(own), parseYaml) : template.text[this.language];
	}

	/** The writer's own note for `template`, or null. */
	override(template: BuiltInTemplate): TFile | null {
		const notes = this.folderNotes();
		const name = findOverride(template, this.language, notes.map((file) => file.basename));
		return notes.find((file) => file.basename === name) ?? null;
	}

	/**
	 * Writes each built-in template without a note of the writer's into the templates folder; never overwrites
	 * one, and is not started again while it runs.
	 *
	 * @throws StudioError `error.alreadyRunning`, or what the writer throws (`error.folderIsFile`...).
	 */
	async exportBuiltIns(): Promise<TemplateExport> {
		const folder = this.folderPath();
		return this.exporting.run("export", folder, async () => {
			const written: TFile[] = [];
			let kept = 0;
			for (const template of this.templates.values()) {
				if (this.override(template)) {
					kept++;
					continue;
				}
				written.push(await this.writer.createNote(folder, toFileName(template.names[this.language]), template.text[this.language]));
			}
			return { written, kept, folder };
		});
	}

	private folderPath(): string {
		return vaultFolder(this.app.vault, this.folder());
	}

	private folderNotes(): TFile[] {
		const folder = this.app.vault.getFolderByPath(this.folderPath());
		return (folder?.children ?? []).filter((child): child is TFile => child instanceof TFile && child.extension === "md");
	}
}
