import { BasesView, requireApiVersion, type App, type BasesEntry, type BasesPropertyId, type BasesViewFactory, type HoverPopover, type QueryController, type Value } from "obsidian";
import { groupByProperty, laneProperty, PIPELINE_BASES_VIEW_ID, readPipelineViewOptions, type LaneProperty } from "../../core/bases/pipeline-view-options";
import { laneValueText, type LaneValue } from "../../core/bases/lane-value";
import type { EntryGroup, LaneCard } from "../../core/bases/pipeline-lanes";
import { propertyOf } from "../../core/note/property-of";
import { BasesBoard, type BasesBoardParts, type BasesSnapshot } from "./bases-board";

/** Where the lanes come from when neither the view's option nor the base's grouping says: the plugin's stages. */
const STATUS: LaneProperty = { id: "note.status", name: "status", writable: true };

/** What a drop writes for a value its first note holds: text or a number as it is; a list or anything else, nothing. */
function writableValue(property: LaneProperty, raw: unknown): LaneValue | null {
	if (!property.writable) return null;
	if (typeof raw === "number" && Number.isFinite(raw)) return raw;
	return typeof raw === "string" && raw.trim() !== "" ? raw.trim() : null;
}

/** The view class, made once Bases is known to be there: on an Obsidian without Bases, `BasesView` does not exist. */
type PipelineBasesViewClass = new (controller: QueryController, containerEl: HTMLElement) => BasesView;

function definePipelineBasesView(parts: BasesBoardParts): PipelineBasesViewClass {
	// Bases makes its views from 1.10 on, and only there: the check says so to anyone reading (and to check-versions).
	if (requireApiVersion("1.10.0")) {
		/** A value as Bases shows it, or null when there is none (no key, `NullValue`, an empty text). */
		function valueText(value: Value | null | undefined): string | null {
			if (value === null || value === undefined) return null;
			const text = value.toString().trim();
			return text === "" ? null : text;
		}

		/**
		 * The property the base groups by: as its view's entry keeps it (`groupBy`, which `config.get` reads as Obsidian keeps
		 * it), else the property each group's first note holds the group's value in. Null when the base does not group.
		 */
		function groupedBy(view: BasesView): LaneProperty | null {
			const kept = groupByProperty(view.config.get("groupBy"));
			if (kept) return kept;
			const groups = view.data.groupedData.filter((group) => valueText(group.key) !== null && group.entries.length > 0);
			if (groups.length === 0) return null;
			const candidates = new Set<string>([STATUS.id, ...view.config.getOrder(), ...view.allProperties]);
			for (const id of candidates) {
				const property = laneProperty(id);
				if (property && groups.every((group) => valueText(group.entries[0]?.getValue(property.id as BasesPropertyId)) === valueText(group.key))) return property;
			}
			return null;
		}

		/** Reads what a drop compares and writes: the note's own value of the property, from its properties as Obsidian read them. */
		function noteValues(app: App, property: LaneProperty): (entry: BasesEntry) => { raw: unknown; card: LaneCard } {
			return (entry) => {
				const raw = property.writable ? propertyOf(app.metadataCache.getFileCache(entry.file)?.frontmatter, property.name) : undefined;
				return { raw, card: { path: entry.file.path, text: property.writable ? laneValueText(raw) : null } };
			};
		}

		/**
		 * The base's data as the board draws it, read at one update: the groups Bases made when it groups by the lanes'
		 * property, else the notes grouped here by that property's value, in the base's order.
		 */
		function readBasesSnapshot(view: BasesView, app: App): BasesSnapshot {
			const options = readPipelineViewOptions((key) => view.config.get(key));
			const grouped = groupedBy(view);
			const property = laneProperty(options.laneProperty) ?? grouped ?? STATUS;
			const read = noteValues(app, property);
			const groups: EntryGroup[] = [];
			if (grouped?.id === property.id) {
				for (const group of view.data.groupedData) {
					const entries = group.entries.map(read);
					groups.push({ text: valueText(group.key), value: writableValue(property, entries[0]?.raw), cards: entries.map((entry) => entry.card) });
				}
			} else {
				const byText = new Map<string | null, { value: LaneValue | null; cards: LaneCard[] }>();
				for (const entry of view.data.data) {
					const text = valueText(entry.getValue(property.id as BasesPropertyId));
					const { raw, card } = read(entry);
					const group = byText.get(text);
					if (group) group.cards.push(card);
					else byText.set(text, { value: writableValue(property, raw), cards: [card] });
				}
				for (const [text, group] of byText) groups.push({ text, ...group });
			}
			return { property, groups, options };
		}

		/**
		 * The pipeline as a view of a base. It keeps nothing of the base's data between updates (each update replaces it)
		 * and never changes the base's configuration, so an update never starts another.
		 * https://docs.obsidian.md/Reference/TypeScript+API/BasesView
		 */
		return class PipelineBasesView extends BasesView {
			readonly type = PIPELINE_BASES_VIEW_ID;
			hoverPopover: HoverPopover | null = null;
			private readonly board: BasesBoard;

			constructor(controller: QueryController, containerEl: HTMLElement) {
				super(controller);
				this.board = new BasesBoard(containerEl, parts, this);
			}

			onload(): void {
				this.board.start();
			}

			onunload(): void {
				this.board.el.remove();
			}

			onDataUpdated(): void {
				this.board.update(readBasesSnapshot(this, parts.studio.app));
			}
		};
	}
	throw new Error("Bases views need Obsidian 1.10 or later");
}

/** The registration's factory: the view's class is made on the first base opened with it. */
export function pipelineBasesViewFactory(parts: BasesBoardParts): BasesViewFactory {
	let ViewClass: PipelineBasesViewClass | null = null;
	return (controller, containerEl) => {
		ViewClass ??= definePipelineBasesView(parts);
		return new ViewClass(controller, containerEl);
	};
}
