import { edgeScrollStep } from "../../core/pipeline/board-layout";

/** How far to scroll `el` this frame with the pointer at (x, y). */
function stepsFor(el: HTMLElement, x: number, y: number): { dx: number; dy: number } {
	const rect = el.getBoundingClientRect();
	const dx = el.scrollWidth > el.clientWidth ? edgeScrollStep(x, rect.left, rect.right, el.scrollLeft, el.scrollWidth - el.clientWidth) : 0;
	const dy = el.scrollHeight > el.clientHeight ? edgeScrollStep(y, rect.top, rect.bottom, el.scrollTop, el.scrollHeight - el.clientHeight) : 0;
	return { dx, dy };
}

/**
 * While a card is dragged near an edge of the board (or of a column's list of cards), scrolls it a
 * little every frame, faster nearer the edge, so that a lane off screen can be reached: down the
 * side panel, across the tab's columns. Only drags of `dragType` (the board's cards) count.
 */
export function scrollNearEdges(root: HTMLElement, dragType: string): void {
	let steps: { el: HTMLElement; dx: number; dy: number }[] = [];
	let frame: number | null = null;
	const stop = (): void => {
		steps = [];
		if (frame !== null) window.cancelAnimationFrame(frame);
		frame = null;
	};
	const tick = (): void => {
		frame = null;
		if (steps.length === 0) return;
		for (const { el, dx, dy } of steps) el.scrollBy({ left: dx, top: dy });
		frame = window.requestAnimationFrame(tick);
	};
	root.addEventListener("dragover", (event) => {
		if (!event.dataTransfer?.types.includes(dragType)) return;
		const list = event.target instanceof Element ? event.target.closest<HTMLElement>(".tls-lane-cards") : null;
		steps = [];
		for (const el of list ? [list, root] : [root]) {
			const { dx, dy } = stepsFor(el, event.clientX, event.clientY);
			if (dx !== 0 || dy !== 0) steps.push({ el, dx, dy });
		}
		if (steps.length === 0) stop();
		else if (frame === null) frame = window.requestAnimationFrame(tick);
	});
	root.addEventListener("dragleave", (event) => {
		if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) stop();
	});
	root.addEventListener("drop", stop);
	root.addEventListener("dragend", stop);
}
