import type { Setting } from "obsidian";

/**
 * A whole number typed in a field (days, say): saved when it is one from `min` to `max`; otherwise `refusal`
 * says so under the field and the saved number stays.
 */
export function wholeNumberField(setting: Setting, value: number, name: string, bounds: { min: number; max: number }, refusal: string, save: (value: number) => void): void {
	// A plain input rather than addText: the same `input` event in Obsidian, the preview and the tests.
	const input = setting.controlEl.createEl("input", { type: "number", cls: "tls-setting-number", value: String(value), attr: { "aria-label": name, min: String(bounds.min), max: String(bounds.max), step: "1", inputmode: "numeric" } });
	const problemEl = setting.descEl.createDiv({ cls: "tls-settings-invalid", attr: { role: "status", "aria-live": "polite" } });
	input.addEventListener("input", () => {
		const typed = input.value.trim();
		const number = /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
		const ok = Number.isInteger(number) && number >= bounds.min && number <= bounds.max;
		input.setAttr("aria-invalid", ok ? "false" : "true");
		problemEl.setText(ok ? "" : refusal);
		if (ok) save(number);
	});
}
