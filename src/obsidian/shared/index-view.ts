import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { IndexChange } from "../../core/index/note-index";
import type { Studio } from "./studio";

/**
 * The base of the plugin's views that show the index: a run of index changes (a sync, a bulk rename)
 * makes one redraw after a short pause, a change of settings redraws everything at once, and the end of
 * the first pass over the vault redraws what the view showed while it was reading. A view only says how
 * it draws. https://docs.obsidian.md/Reference/TypeScript+API/ItemView
 */
export abstract class IndexView extends ItemView {
	private redrawTimer: number | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		protected readonly studio: Studio,
		/** How long to wait after an index change for the next one before redrawing, in ms. */
		private readonly pause: number,
	) {
		super(leaf);
	}

	/** Draws what index changes change (by default, everything). */
	protected abstract redraw(): void;

	/** Draws everything anew, for new settings. */
	protected redrawAll(): void {
		this.redraw();
	}

	/**
	 * Follows the index and the settings from now until the view closes: called by `onOpen` once its elements
	 * exist. `noteChange` hears each change before the redraw it waits for (which note changed...).
	 */
	protected followIndex(noteChange?: (change: IndexChange) => void): void {
		this.register(
			this.studio.index.onChange((change) => {
				noteChange?.(change);
				this.scheduleRedraw();
			}),
		);
		this.register(this.studio.onSettingsChange(() => this.redrawAll()));
		this.register(() => this.cancelRedraw());
		// The pass's own change is drawn here: the redraw it scheduled would build the same view a second time.
		void this.studio.ready.then(() => {
			this.cancelRedraw();
			this.redraw();
		});
	}

	/** Redraws after the pause, once however many changes come meanwhile. */
	protected scheduleRedraw(): void {
		if (this.redrawTimer !== null) return;
		this.redrawTimer = window.setTimeout(() => {
			this.redrawTimer = null;
			this.redraw();
		}, this.pause);
	}

	private cancelRedraw(): void {
		if (this.redrawTimer !== null) window.clearTimeout(this.redrawTimer);
		this.redrawTimer = null;
	}
}
