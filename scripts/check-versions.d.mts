// Types of scripts/check-versions.mjs, for the tests that call it (tests/scripts/).
export const VERSION: RegExp;

export interface Manifest {
	[key: string]: unknown;
	id?: unknown;
	name?: unknown;
	version?: unknown;
	minAppVersion?: unknown;
	description?: unknown;
	author?: unknown;
}

export function versionProblems(pkg: Record<string, unknown>, manifest: Manifest, versions: unknown): string[];
export function manifestProblems(manifest: Manifest): string[];

export interface ApiUse {
	/** "Vault.process", "getLanguage". */
	name: string;
	since: string;
	/** Relative to the project's root, with "/". */
	file: string;
	line: number;
}

export interface ApiFloor {
	/** The highest `@since` of the members used, "0.0.0" when none has one. */
	version: string;
	/** Highest first. */
	uses: ApiUse[];
	/** Members used that carry no `@since`. */
	untagged: string[];
}

export interface FloorOptions {
	/** The folder of the plugin's code, "src" unless told. */
	srcDir?: string;
	/** Obsidian's types, node_modules/obsidian/obsidian.d.ts unless told. */
	dts?: string;
}

export function apiFloor(root: string, options?: FloorOptions): ApiFloor;
export function floorNames(floor: ApiFloor): string[];
export function minAppProblems(manifest: Manifest, floor: ApiFloor): { errors: string[]; warnings: string[] };

export interface CheckResult {
	ok: boolean;
	problems: string[];
	warnings: string[];
	floor: ApiFloor | undefined;
	manifest: Manifest | undefined;
}

export function checkVersions(root: string, options?: FloorOptions): CheckResult;
export function main(argv?: string[], log?: (line: string) => void, error?: (line: string) => void): number;
