/**
 * `npm run preview -- [--vault DIR] [--port N] [--plugin FILE] [--main-js FILE]`: serves the plugin, running in the
 * in-memory Obsidian of the mocks, on a page that looks like an Obsidian window. See preview/README.md.
 */
import { startPreview, type PreviewOptions } from "./server";

export { startPreview } from "./server";
export type { PreviewOptions, PreviewServer } from "./server";

const USAGE = `usage: npm run preview -- [--vault DIR] [--port N] [--plugin FILE] [--main-js FILE]
  --vault DIR     folder of markdown notes to load (default: demo-vault)
  --port N        port on 127.0.0.1 (default: 5173, or the next free one)
  --plugin FILE   the plugin's entry module (default: src/main.ts)
  --main-js FILE  run this built main.js (npm run build) instead, evaluated as Obsidian loads a plugin`;

function parseArgs(argv: string[]): PreviewOptions | null {
	const options: PreviewOptions = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? "";
		const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
		const value = (): string => {
			const v = inline ?? argv[++i];
			if (v === undefined || v === "") throw new Error(`${flag} needs a value`);
			return v;
		};
		switch (flag) {
			case "--vault":
				options.vault = value();
				break;
			case "--port": {
				const port = Number(value());
				if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got ${arg}`);
				options.port = port;
				break;
			}
			case "--plugin":
				options.pluginEntry = value();
				break;
			case "--main-js":
				options.pluginScript = value();
				break;
			case "--help":
			case "-h":
				return null;
			default:
				throw new Error(`unknown argument: ${arg}`);
		}
	}
	return options;
}

async function main(): Promise<void> {
	let options: PreviewOptions | null;
	try {
		options = parseArgs(process.argv.slice(2));
	} catch (err) {
		console.error(`${(err as Error).message}\n${USAGE}`);
		process.exit(2);
	}
	if (!options) {
		console.log(USAGE);
		return;
	}
	const server = await startPreview(options);
	console.log(`Preview of ${server.vault}`);
	console.log(`  ${server.url}`);
	console.log(`  French: ${server.url}?lang=fr`);
	console.log("Changes stay in memory (use “Download changed notes”). Press Ctrl+C to stop.");
	const stop = (): void => {
		void server.close().then(() => process.exit(0));
	};
	process.once("SIGINT", stop);
	process.once("SIGTERM", stop);
}

main().catch((err: unknown) => {
	console.error(err instanceof Error ? err.message : err);
	process.exit(1);
});
