/** Every string the plugin shows, in English. French in the same shape below. */
export const en = {
	"settings.heading.index": "Thinking notes",
	"settings.watchedTags.name": "Watched tags",
	"settings.watchedTags.desc": "Notes with one of these tags (in properties or in the text, nested tags included) are read as thinking notes. One tag a line, with or without #.",
	"settings.ideaHeadings.name": "Idea-section headings",
	"settings.ideaHeadings.desc": "The list items under these headings are ideas. One heading a line.",
	"settings.heading.pipeline": "Idea pipeline",
	"settings.ideasFolder.name": "Ideas folder",
	"settings.ideasFolder.desc": "Where new idea notes are created.",
	"settings.dateFormat.name": "Date format",
	"settings.dateFormat.desc": "Format of the created property of new notes (date-fns pattern).",
	"settings.stages.name": "Stages",
	"settings.stages.desc": "One stage a line, in order: stored value | English label | French label.",
	"settings.stages.invalid": "Each line needs a stored value; the stages were not changed.",
	"index.ready": "Thought Leadership Studio: {count} thinking notes indexed.",
	"warning.badDate": "Unreadable {field} date: {value}",
	"warning.brokenFrontmatter": "Invalid properties (frontmatter is not valid YAML): {error}",
	"warning.sectionTooLarge": "Idea section \"{heading}\" is too large to read ({size}); its items were skipped.",
	"warning.readFailed": "Could not read the note: {error}",
} as const;

export type MessageKey = keyof typeof en;

export const fr: Record<MessageKey, string> = {
	"settings.heading.index": "Notes de réflexion",
	"settings.watchedTags.name": "Tags suivis",
	"settings.watchedTags.desc": "Les notes qui portent l'un de ces tags (dans les propriétés ou dans le texte, tags imbriqués compris) sont lues comme notes de réflexion. Un tag par ligne, avec ou sans #.",
	"settings.ideaHeadings.name": "Titres des sections d'idées",
	"settings.ideaHeadings.desc": "Les éléments de liste sous ces titres sont des idées. Un titre par ligne.",
	"settings.heading.pipeline": "Pipeline d'idées",
	"settings.ideasFolder.name": "Dossier des idées",
	"settings.ideasFolder.desc": "Où les nouvelles notes d'idée sont créées.",
	"settings.dateFormat.name": "Format de date",
	"settings.dateFormat.desc": "Format de la propriété created des nouvelles notes (motif date-fns).",
	"settings.stages.name": "Étapes",
	"settings.stages.desc": "Une étape par ligne, dans l'ordre : valeur enregistrée | libellé anglais | libellé français.",
	"settings.stages.invalid": "Chaque ligne doit avoir une valeur enregistrée ; les étapes n'ont pas été modifiées.",
	"index.ready": "Thought Leadership Studio : {count} notes de réflexion indexées.",
	"warning.badDate": "Date {field} illisible : {value}",
	"warning.brokenFrontmatter": "Propriétés invalides (le frontmatter n'est pas du YAML valide) : {error}",
	"warning.sectionTooLarge": "La section d'idées « {heading} » est trop grande pour être lue ({size}) ; ses éléments ont été ignorés.",
	"warning.readFailed": "Impossible de lire la note : {error}",
};
