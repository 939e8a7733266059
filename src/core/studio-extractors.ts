import type { NoteExtractor } from "./note/note-extractor";
import { etButExtractor } from "./reading/et-but-extractor";
import { draftExtractor } from "./drafting/draft-extractor";

/** What the capabilities read through the index, beside the idea items it always reads: ET/BUT blocks, drafts' links. */
export const STUDIO_EXTRACTORS: readonly NoteExtractor[] = [etButExtractor, draftExtractor];
