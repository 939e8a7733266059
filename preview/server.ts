/**
 * The preview server: bundles the page shell (preview/page) and the plugin's real src/main.ts for the
 * browser, with `obsidian` aliased to the in-memory mocks, and serves them with the notes of a vault
 * folder on 127.0.0.1. Used by `npm run preview` (preview/serve.ts) and, in-process, by the e2e tests.
 */
import esbuild from "esbuild";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { builtinModules } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";

export interface PreviewOptions {
	/** Folder of markdown notes to load. Default: `demo-vault` under the root. */
	vault?: string;
	/** Port to listen on. Default 5173, or the next free one; 0 picks any free port. */
	port?: number;
	/** The repository root (where package.json, manifest.json and styles.css are). Default: the current directory. */
	root?: string;
	/** The plugin's entry module. Default: `src/main.ts` under the root. */
	pluginEntry?: string;
	/**
	 * A built `main.js` (`npm run build`) to run instead of the bundled entry module: the page reads its text and
	 * evaluates it as Obsidian loads a plugin (a function of `require`, `module` and `exports`), which is what
	 * the start-up bench times. Its page's policy allows `eval` for that, as Obsidian's window does.
	 */
	pluginScript?: string;
}

export interface PreviewServer {
	url: string;
	port: number;
	vault: string;
	close(): Promise<void>;
}

/** One note as the page receives it. */
export interface VaultFileJson {
	path: string;
	text: string;
	ctime: number;
	mtime: number;
}

/** What `GET /api/vault` answers. */
export interface VaultJson {
	name: string;
	files: VaultFileJson[];
	/** The plugin's `data.json` in this vault, if any, else null. */
	pluginData: unknown;
	manifest: Record<string, unknown>;
	/** Where the page reads the built main.js to evaluate, when the preview runs it (`pluginScript`), else null. */
	pluginScript: string | null;
}

const DEFAULT_PORT = 5173;
const PORT_TRIES = 20;

/**
 * Served with every answer: no inline script, no script from elsewhere. The shell never needs one, so
 * a note's HTML that slipped into the page could not run even then (the e2e tests check it never slips in).
 * Only a preview that runs a built main.js (`pluginScript`) allows `eval`, which evaluates it as Obsidian does.
 */
function contentSecurityPolicy(evaluatesPlugin: boolean): string {
	return [
		"default-src 'self'",
		evaluatesPlugin ? "script-src 'self' 'unsafe-eval'" : "script-src 'self'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		"font-src 'self' data:",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'none'",
	].join("; ");
}

/** Node built-ins have no place in a browser bundle: a dependency that asks for one gets an empty module. */
const stubNodeBuiltins: esbuild.Plugin = {
	name: "stub-node-builtins",
	setup(build) {
		const names = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
		build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
			if (!names.has(args.path)) return undefined;
			return { path: args.path, namespace: "node-builtin-stub" };
		});
		build.onLoad({ filter: /.*/, namespace: "node-builtin-stub" }, () => ({ contents: "export default {};", loader: "js" }));
	},
};

/** Reads every markdown note and base (`.base`) of a vault folder, skipping dot-folders (`.obsidian`, `.git`, `.trash`). */
export async function readVaultFiles(vaultDir: string): Promise<VaultFileJson[]> {
	const files: VaultFileJson[] = [];
	async function walk(dir: string): Promise<void> {
		const entries = await readdir(dir, { withFileTypes: true });
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name === "node_modules") continue;
				await walk(full);
			} else if (entry.isFile() && /\.(md|base)$/i.test(entry.name)) {
				const [text, info] = await Promise.all([readFile(full, "utf8"), stat(full)]);
				const path = relative(vaultDir, full).split(sep).join("/");
				const ctime = info.birthtimeMs > 0 ? info.birthtimeMs : info.ctimeMs;
				files.push({ path, text, ctime: Math.round(ctime), mtime: Math.round(info.mtimeMs) });
			}
		}
	}
	await walk(vaultDir);
	files.sort((a, b) => a.path.localeCompare(b.path));
	return files;
}

function readJson(path: string): unknown {
	if (!existsSync(path)) return null;
	try {
		return JSON.parse(readFileSync(path, "utf8")) as unknown;
	} catch {
		return null;
	}
}

function indexHtml(title: string): string {
	const safeTitle = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${safeTitle}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/preview.css">
<link rel="stylesheet" href="/styles.css">
<script type="module" src="/app.js"></script>
</head>
<body class="theme-light preview-loading">
<div class="preview-splash">Loading the vault…</div>
</body>
</html>
`;
}

async function listen(server: Server, port: number, exact: boolean): Promise<number> {
	const tries = exact || port === 0 ? 1 : PORT_TRIES;
	for (let i = 0; i < tries; i++) {
		const candidate = port === 0 ? 0 : port + i;
		const bound = await new Promise<number | null>((resolvePort, reject) => {
			const onError = (err: NodeJS.ErrnoException): void => {
				server.off("listening", onListening);
				if (err.code === "EADDRINUSE" && i + 1 < tries) resolvePort(null);
				else reject(err);
			};
			const onListening = (): void => {
				server.off("error", onError);
				const address = server.address();
				resolvePort(typeof address === "object" && address ? address.port : candidate);
			};
			server.once("error", onError);
			server.once("listening", onListening);
			server.listen(candidate, "127.0.0.1");
		});
		if (bound !== null) return bound;
	}
	throw new Error(`no free port from ${port} to ${port + tries - 1}`);
}

/** Starts the preview server. Resolves once it listens; `close()` stops it and the bundler. */
export async function startPreview(options: PreviewOptions = {}): Promise<PreviewServer> {
	const root = resolve(options.root ?? process.cwd());
	const vault = resolve(root, options.vault ?? "demo-vault");
	if (!existsSync(vault)) throw new Error(`vault folder not found: ${vault}`);
	const pluginEntry = resolve(root, options.pluginEntry ?? "src/main.ts");
	if (!existsSync(pluginEntry)) throw new Error(`plugin entry not found: ${pluginEntry}`);
	const pluginScript = options.pluginScript === undefined ? null : resolve(root, options.pluginScript);
	if (pluginScript !== null && !existsSync(pluginScript)) throw new Error(`built plugin not found: ${pluginScript} (run npm run build)`);
	const policy = contentSecurityPolicy(pluginScript !== null);
	const pageDir = join(root, "preview", "page");

	const context = await esbuild.context({
		absWorkingDir: root,
		entryPoints: [join(pageDir, "main.ts")],
		bundle: true,
		write: false,
		outfile: join(root, "build", "preview", "app.js"),
		format: "esm",
		platform: "browser",
		target: "es2021",
		sourcemap: "inline",
		logLevel: "silent",
		alias: {
			obsidian: join(pageDir, "obsidian-api.ts"),
			"preview-plugin-entry": pluginEntry,
		},
		define: { "process.env.NODE_ENV": '"development"' },
		// Built-in templates are markdown files bundled as their text, as in the plugin's build.
		loader: { ".md": "text" },
		plugins: [stubNodeBuiltins],
	});

	// Rebuilt on each page load (incremental, fast), so reloading the page picks up edits to src/.
	let bundle: Promise<{ code?: string; error?: string }> | null = null;
	const build = (): Promise<{ code?: string; error?: string }> =>
		context.rebuild().then(
			(result) => ({ code: result.outputFiles?.[0]?.text ?? "" }),
			(err: unknown) => {
				const failure = err as { errors?: esbuild.Message[] };
				const text = failure.errors
					? esbuild.formatMessagesSync(failure.errors, { kind: "error", color: false }).join("\n")
					: String(err);
				console.error(`preview: the bundle failed to build:\n${text}`);
				return { error: text };
			},
		);
	bundle = build();
	const first = await bundle;
	if (first.error) {
		await context.dispose();
		throw new Error(`the preview bundle failed to build:\n${first.error}`);
	}

	const manifest = (readJson(join(root, "manifest.json")) ?? {}) as Record<string, unknown>;
	const pluginId = typeof manifest["id"] === "string" ? manifest["id"] : "plugin";
	const title = `${typeof manifest["name"] === "string" ? manifest["name"] : "Plugin"} — preview`;

	const send = (res: ServerResponse, status: number, type: string, body: string | Buffer): void => {
		res.writeHead(status, {
			"Content-Type": type,
			"Cache-Control": "no-store",
			"Content-Security-Policy": policy,
			"X-Content-Type-Options": "nosniff",
		});
		res.end(body);
	};

	const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		const url = new URL(req.url ?? "/", "http://127.0.0.1");
		if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain", "method not allowed");
		switch (url.pathname) {
			case "/":
			case "/index.html":
				bundle = build();
				return send(res, 200, "text/html; charset=utf-8", indexHtml(title));
			case "/app.js": {
				const result = await (bundle ?? build());
				if (result.error !== undefined) {
					const message = JSON.stringify(`The preview bundle failed to build:\n${result.error}`);
					return send(res, 200, "text/javascript; charset=utf-8", `document.body.textContent = ${message};`);
				}
				return send(res, 200, "text/javascript; charset=utf-8", result.code ?? "");
			}
			case "/preview.css":
				return send(res, 200, "text/css; charset=utf-8", await readFile(join(pageDir, "preview.css"), "utf8"));
			case "/styles.css": {
				const stylesPath = join(root, "styles.css");
				const css = existsSync(stylesPath) ? await readFile(stylesPath, "utf8") : "";
				return send(res, 200, "text/css; charset=utf-8", css);
			}
			case "/api/vault": {
				const body: VaultJson = {
					name: basename(vault),
					files: await readVaultFiles(vault),
					pluginData: readJson(join(vault, ".obsidian", "plugins", pluginId, "data.json")),
					manifest,
					pluginScript: pluginScript === null ? null : "/plugin/main.js",
				};
				return send(res, 200, "application/json; charset=utf-8", JSON.stringify(body));
			}
			case "/plugin/main.js":
				if (pluginScript === null) return send(res, 404, "text/plain", "not found");
				return send(res, 200, "text/plain; charset=utf-8", await readFile(pluginScript, "utf8"));
			default:
				return send(res, 404, "text/plain", "not found");
		}
	};

	const server = createServer((req, res) => {
		handle(req, res).catch((err: unknown) => {
			console.error("preview: request failed:", err);
			if (!res.headersSent) send(res, 500, "text/plain", "internal error");
			else res.end();
		});
	});
	let port: number;
	try {
		port = await listen(server, options.port ?? DEFAULT_PORT, options.port !== undefined);
	} catch (err) {
		await context.dispose();
		throw err;
	}
	return {
		url: `http://127.0.0.1:${port}/`,
		port,
		vault,
		async close(): Promise<void> {
			server.closeAllConnections();
			await new Promise<void>((done) => server.close(() => done()));
			await context.dispose();
		},
	};
}
