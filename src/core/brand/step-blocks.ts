/**
 * A block repeated once per step: `{{#steps}}` and `{{/steps}}`, each alone on its line (or inline, around
 * text on one line). The lines between are written once for each step of the brand idea, in order.
 */
const BLOCK = /(?:^[ \t]*\{\{\s*#steps\s*\}\}[ \t]*\n|\{\{\s*#steps\s*\}\})([\s\S]*?)(?:^[ \t]*\{\{\s*\/steps\s*\}\}[ \t]*(?:\n|$)|\{\{\s*\/steps\s*\}\})/gm;

const STEP = /\{\{\s*step\s*\}\}/g;
const NUMBER = /\{\{\s*number\s*\}\}/g;

/** The dash or colon that introduces an empty step's name (`Partie 3 — {{step}}`, `Step 3: {{step}}`, French no-break spaces included), after a word: it goes with the name. */
const EMPTY_STEP_LEAD = /([^\s])(?:[ \t\u00a0\u202f]+[—–-]|[ \t\u00a0\u202f]*:)[ \t\u00a0\u202f]*(?=\{\{\s*step\s*\}\})/g;

/**
 * The template with each `{{#steps}}…{{/steps}}` block written once per step: inside it, `{{number}}` is
 * the step's number and `{{step}}` becomes `{{step:N}}`, which the step's name fills. A brand idea without
 * steps gets the block once, as for one step not named yet, so that the product keeps its place. An
 * empty step's dash or colon goes with its name: `## Partie 3 — {{step}}` reads `## Partie 3`. A block never
 * closed is left as written.
 */
export function withStepBlocks(template: string, steps: readonly string[]): string {
	const shown = steps.length > 0 ? steps : [""];
	return template.replace(BLOCK, (_whole, block: string) =>
		shown
			.map((step, i) => {
				const number = String(i + 1);
				const named = step.trim() === "" ? block.replace(EMPTY_STEP_LEAD, "$1") : block;
				return named.replace(STEP, `{{step:${number}}}`).replace(NUMBER, number);
			})
			.join(""),
	);
}
