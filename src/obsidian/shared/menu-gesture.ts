/** How long a finger rests on an element before its menu opens, about as long as Obsidian's own long press. */
export const LONG_PRESS_MS = 500;

/** How far a finger may drift (px) during a long press before it counts as a scroll, which opens nothing. */
const DRIFT_PX = 10;

/** How long after a long press opened a menu the system's own context menu event is taken as the same gesture (ms). */
const SAME_GESTURE_MS = 1000;

/**
 * Opens a menu for the element under a right-click, the menu key or a long press on a touch screen, with one listener
 * of each kind on `root` for all its elements: `target` picks the element an event is about (null: none of `root`'s
 * own, left alone). A long press opens one menu: the context menu Android sends for the same press opens no second,
 * and the tap that ends it clicks nothing. A finger that moves (a scroll) or lifts before the time opens nothing.
 */
export function listenForMenu(root: HTMLElement, target: (el: Element) => HTMLElement | null, show: (el: HTMLElement, at: { x: number; y: number }, event: Event) => void): void {
	let timer: number | null = null;
	let start: { x: number; y: number } | null = null;
	/** When a long press last opened a menu (ms since the epoch), or null. */
	let pressedAt: number | null = null;
	const cancel = (): void => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
	};
	const under = (event: Event): HTMLElement | null => (event.target instanceof Element ? target(event.target) : null);

	root.addEventListener(
		"touchstart",
		(event) => {
			cancel();
			pressedAt = null;
			const el = under(event);
			const touch = event.touches[0];
			if (!el || !touch || event.touches.length !== 1) return;
			const at = { x: touch.clientX, y: touch.clientY };
			start = at;
			timer = window.setTimeout(() => {
				timer = null;
				pressedAt = Date.now();
				show(el, at, event);
			}, LONG_PRESS_MS);
		},
		{ passive: true },
	);
	root.addEventListener(
		"touchmove",
		(event) => {
			const touch = event.touches[0];
			if (timer !== null && start && touch && Math.hypot(touch.clientX - start.x, touch.clientY - start.y) > DRIFT_PX) cancel();
		},
		{ passive: true },
	);
	root.addEventListener("touchend", (event) => {
		cancel();
		// The finger lifting after the menu opened is not a tap on what was under it.
		if (pressedAt !== null && event.cancelable) event.preventDefault();
	});
	root.addEventListener("touchcancel", cancel);
	root.addEventListener("contextmenu", (event) => {
		const el = under(event);
		if (!el) return;
		event.preventDefault();
		cancel();
		if (pressedAt !== null && Date.now() - pressedAt < SAME_GESTURE_MS) return;
		// The menu key gives no pointer: the menu opens under the element.
		const rect = el.getBoundingClientRect();
		show(el, event.clientX === 0 && event.clientY === 0 ? { x: rect.left + 16, y: rect.bottom } : { x: event.clientX, y: event.clientY }, event);
	});
}
