/**
 * Calls `run` once the page has painted what is drawn now: in a task after the next frame, so that work started then
 * does not hold back what is on screen (a timer alone may run before the frame). After `latestMs` without a frame (a
 * hidden window paints none), it runs all the same. Returns what cancels it.
 */
export function afterNextPaint(run: () => void, latestMs = 100): () => void {
	let task: number | null = null;
	const latest = window.setTimeout(() => {
		cancel();
		run();
	}, latestMs);
	const frame = window.requestAnimationFrame(() => {
		window.clearTimeout(latest);
		task = window.setTimeout(run, 0);
	});
	const cancel = (): void => {
		window.clearTimeout(latest);
		window.cancelAnimationFrame(frame);
		if (task !== null) window.clearTimeout(task);
	};
	return cancel;
}
