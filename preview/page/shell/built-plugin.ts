/**
 * A built main.js (`npm run build`), loaded as Obsidian loads a community plugin: its text evaluated as the body of
 * a function of `require`, `module` and `exports`, `require("obsidian")` answering the API, and the class it exports
 * made by the host. The one place the preview evaluates code (eslint allows it here only); the page's policy allows
 * it only when the server was given a built plugin (preview/server.ts, `pluginScript`).
 */
import * as obsidianApi from "obsidian";
import type { App, Plugin, PluginManifest } from "obsidian";

export type PluginConstructor = new (app: App, manifest: PluginManifest) => Plugin;

type ModuleFactory = (require: (name: string) => unknown, module: { exports: unknown }, exports: unknown) => void;

/** The plugin class main.js exports, the script evaluated and run now. */
export function evaluatePlugin(script: string): PluginConstructor {
	const module: { exports: unknown } = { exports: {} };
	const require = (name: string): unknown => {
		if (name === "obsidian") return obsidianApi;
		throw new Error(`the plugin asked for "${name}", which the preview does not give plugins`);
	};
	// Named as Obsidian names it; the load's time in the comment keeps V8 from reusing the code it compiled for the
	// same text at an earlier load of this page, which a fresh start of Obsidian could not.
	const source = `(function anonymous(require,module,exports){${script}\n})\n//# sourceURL=app://obsidian.md/plugin:${String(performance.timeOrigin)}`;
	const factory = window.eval(source) as ModuleFactory;
	factory(require, module, module.exports);
	const exported = module.exports as { default?: PluginConstructor } | PluginConstructor;
	const PluginClass = typeof exported === "function" ? exported : exported.default;
	if (typeof PluginClass !== "function") throw new Error("main.js exports no plugin class");
	return PluginClass;
}
