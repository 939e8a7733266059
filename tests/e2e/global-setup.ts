/**
 * Before any end-to-end test: the browser they drive starts (tools/chromium.ts), and one line says which;
 * or the run stops on the one line that says why not and what to install, instead of every test failing
 * with it.
 */
import { chromium } from "playwright-core";
import { checkChromium } from "../../tools/chromium";

export default async function checkBrowser(): Promise<void> {
	const result = await checkChromium((options) => chromium.launch(options));
	if ("problem" in result) {
		const error = new Error(`chromium: ${result.problem}`);
		error.stack = error.message;
		throw error;
	}
	console.log(`chromium: ${result.browser.origin} (${result.browser.executablePath})`);
}
