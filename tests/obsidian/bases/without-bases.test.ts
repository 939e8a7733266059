/**
 * @jest-environment jsdom
 */
import { makeApp } from "../../helpers/obsidian-app";
import { loadPlugin, run } from "../../helpers/load-plugin";

/**
 * Obsidian before 1.10, as the plugin meets it: no `BasesView` to extend, no `Plugin.registerBasesView`. Everything
 * else is the in-memory Obsidian of the other tests.
 */
jest.mock("obsidian", () => {
	const actual = jest.requireActual<Record<string, unknown>>("obsidian-test-mocks/obsidian");
	const Plugin = actual["Plugin"] as new (...args: never[]) => object;
	class PluginBeforeBases extends Plugin {}
	Object.defineProperty(PluginBeforeBases.prototype, "registerBasesView", { value: undefined });
	const { BasesView: _gone, ...rest } = actual;
	return { ...rest, Plugin: PluginBeforeBases };
});

// The in-memory Obsidian always speaks English: this writer uses it in French.
jest.mock("../../../src/obsidian/shared/obsidian-language", () => ({ obsidianLanguage: () => "fr" }));

describe("the plugin on an Obsidian without Bases", () => {
	it("loads as before, with every command but the one that writes a base", async () => {
		const app = makeApp({ "Idées/Oser.md": "---\ntype: idea\nstatus: think\n---\nOser.\n" });
		const { command, plugin } = await loadPlugin(app);
		expect(() => command("new-idea-base")).toThrow("no command new-idea-base");
		expect(run(command("open-pipeline"))).toBe(true);
		expect((plugin as unknown as { basesViewRegistrations__: Map<string, unknown> }).basesViewRegistrations__.size).toBe(0);
	});
});
