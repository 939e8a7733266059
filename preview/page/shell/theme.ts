/**
 * Light and dark: `body.theme-light` / `body.theme-dark`, as Obsidian sets them; chosen by `?theme=`,
 * else the last choice, else the system's. Stands in for https://docs.obsidian.md/Reference/TypeScript+API/App/isDarkMode
 * and the workspace's `css-change` event.
 */
import type { App } from "obsidian";

export type Theme = "light" | "dark";
const STORAGE_KEY = "preview-theme";

export function currentTheme(): Theme {
	return document.body.hasClass("theme-dark") ? "dark" : "light";
}

export function setTheme(app: App | null, theme: Theme): void {
	document.body.toggleClass("theme-dark", theme === "dark");
	document.body.toggleClass("theme-light", theme === "light");
	try {
		window.localStorage.setItem(STORAGE_KEY, theme);
	} catch {
		// Storage may be unavailable (private windows); the theme still applies.
	}
	app?.workspace.trigger("css-change");
}

export function initialTheme(): Theme {
	const asked = new URLSearchParams(window.location.search).get("theme");
	if (asked === "dark" || asked === "light") return asked;
	let stored: string | null = null;
	try {
		stored = window.localStorage.getItem(STORAGE_KEY);
	} catch {
		stored = null;
	}
	if (stored === "dark" || stored === "light") return stored;
	return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function installTheme(app: App): void {
	app.isDarkMode = () => currentTheme() === "dark";
}
