/**
 * Stops the clock that `new Date()` and `Date.now()` read at `date`, and only that one: timers, promises and
 * animation frames keep running for real, so the vault's events and `flush()` settle as they do. Undone by
 * `jest.useRealTimers()` (or `restoreAllMocks` does not: call it in afterEach).
 */
export function freezeDate(date: Date): void {
	jest.useFakeTimers({
		now: date,
		doNotFake: ["hrtime", "nextTick", "performance", "queueMicrotask", "requestAnimationFrame", "cancelAnimationFrame", "requestIdleCallback", "cancelIdleCallback", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"],
	});
}
