import { Keymap, MarkdownRenderChild, type MarkdownPostProcessorContext } from "obsidian";
import { indicatorOptions, type IndicatorLineProblem } from "../../core/results/indicator-options";
import { ENGAGEMENT_METRIC } from "../../core/results/engagement-rate";
import { listText } from "../../core/text/list-text";
import { channelLabel } from "../../core/i18n/labels";
import type { Studio } from "../shared/studio";
import { readingLine } from "../shared/still-reading";
import { COMPACT_TOP, renderResultsFigures } from "./results-figures";
import { resultsWords } from "./results-words";
import { vaultResults } from "./vault-results";

/** The language of the code block: ```` ```tls-indicators ````. */
export const INDICATORS_BLOCK = "tls-indicators";

/** How long the block waits after an index change for the next one before drawing again, in ms (as the stats view does). */
const PAUSE = 300;

/**
 * A `tls-indicators` block in reading view: the results its options ask for (see `indicatorOptions`), compact
 * (what they cover, the totals and the engagement rate, the five pieces that did best, the twelve-month
 * trend), drawn again after a run of index changes and at once for new settings, from the time Obsidian
 * shows the block until it takes it away (the note closed, the block edited or deleted), when it stops
 * listening. A line of options it cannot use is named above the figures, with why; the other lines are used.
 */
export class IndicatorsBlock extends MarkdownRenderChild {
	private timer: number | null = null;
	private live = false;

	constructor(
		containerEl: HTMLElement,
		private readonly source: string,
		private readonly studio: Studio,
		/** The clock, epoch ms: the results count back from it. */
		private readonly now: () => number,
	) {
		super(containerEl);
	}

	onload(): void {
		this.live = true;
		this.render();
		this.register(this.studio.index.onChange(() => this.schedule()));
		this.register(this.studio.onSettingsChange(() => this.render()));
		void this.studio.ready.then(() => this.render());
	}

	onunload(): void {
		this.live = false;
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}

	private schedule(): void {
		if (this.timer !== null) return;
		this.timer = window.setTimeout(() => {
			this.timer = null;
			this.render();
		}, PAUSE);
	}

	/** Draws the block anew: its problems, then the figures. Nothing once the block is gone. */
	render(): void {
		if (!this.live) return;
		const { studio } = this;
		const t = studio.translate;
		const { formats, metrics } = studio.settings;
		const el = this.containerEl;
		el.empty();
		el.addClass("tls-indicators", "tls-results-figures");
		const { options, problems } = indicatorOptions(this.source, formats, metrics);
		for (const problem of problems) el.createDiv({ cls: "tls-indicators-problem", text: this.problemText(problem), attr: { role: "note" } });
		if (!studio.isReady()) {
			el.createDiv({ cls: "tls-results-empty", text: readingLine(studio) });
			return;
		}
		const results = vaultResults(studio, options, this.now(), COMPACT_TOP);
		const words = resultsWords(t, studio.language, metrics);
		const scope = [words.period(options.period), options.channel === null ? null : channelLabel(options.channel, studio.language), options.format === null ? null : formats.find((format) => format.key === options.format)?.names[studio.language]];
		el.createDiv({ cls: "tls-indicators-scope", text: scope.filter((part): part is string => part !== null && part !== undefined).join(" · ") });
		renderResultsFigures(el, results, words, (path, event) => this.open(path, event), "compact");
	}

	private problemText(problem: IndicatorLineProblem): string {
		const t = this.studio.translate;
		const metrics = listText([...this.studio.settings.metrics.map((metric) => metric.key), ENGAGEMENT_METRIC], this.studio.language);
		const why = problem.problem === "unknownMetric" ? t("results.problem.unknownMetric", { metrics }) : t(`results.problem.${problem.problem}`);
		return t("results.block.problem", { line: problem.line, text: problem.text, why });
	}

	/** Opens a piece's draft: in this tab, or a new one with Ctrl/Cmd, as a link of the note would. */
	private open(path: string, event: MouseEvent): void {
		const file = this.studio.app.vault.getFileByPath(path);
		if (file) void this.studio.app.workspace.getLeaf(Keymap.isModEvent(event)).openFile(file);
	}
}

/** The processor of `tls-indicators` blocks: each block its own {@link IndicatorsBlock}, whose life Obsidian runs through `ctx`. */
export function indicatorsProcessor(studio: Studio, now: () => number = () => Date.now()): (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => void {
	return (source, el, ctx) => ctx.addChild(new IndicatorsBlock(el, source, studio, now));
}
