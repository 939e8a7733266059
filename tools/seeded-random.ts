/**
 * The one seeded generator of the project (mulberry32): the synthetic vaults of the benchmarks and the
 * generated notes of the property-based tests draw from it, so a seed gives the same numbers on every
 * machine and a failing case is replayed from its seed.
 */

/** Floats in [0, 1), the same ones for the same seed. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
