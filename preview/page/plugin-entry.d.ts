/** The plugin's entry module (src/main.ts by default); preview/server.ts aliases this name to it. */
declare module "preview-plugin-entry" {
	import type { App, Plugin, PluginManifest } from "obsidian";

	const PluginClass: new (app: App, manifest: PluginManifest) => Plugin;
	export default PluginClass;
}
