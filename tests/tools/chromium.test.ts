import { CHROMIUM_FLAGS, checkChromium, ChromiumUnavailable, findChromium, launchOptions, SYSTEM_CHROMIUM, type Chromium, type ChromiumSources } from "../../tools/chromium";

const PACKAGED: Chromium = { executablePath: "/tmp/chromium", args: ["--single-process", "--no-sandbox"], env: { LD_LIBRARY_PATH: "/tmp/chromium-147.0.0-lib/lib" }, origin: "@sparticuz/chromium 147.0.0" };
/** A Chrome of the writer's own, in a folder whose name has an apostrophe and an accent. */
const OWN_CHROME = "/opt/Navigateur d'été/chrome";

/** A machine with these files and this environment; counts the times the packaged browser is unpacked. */
function machine(files: string[], env: Record<string, string> = {}, packaged: Chromium | null = PACKAGED): ChromiumSources & { unpacked: number } {
	const sources = {
		env,
		unpacked: 0,
		exists: (path: string) => files.includes(path),
		packaged: () => {
			sources.unpacked++;
			return Promise.resolve(packaged);
		},
	};
	return sources;
}

/** The message of the ChromiumUnavailable that finding a browser on `sources` ends with. */
async function refusal(sources: ChromiumSources, options = {}): Promise<string> {
	const error = await findChromium(options, sources).then(
		() => null,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(ChromiumUnavailable);
	return (error as ChromiumUnavailable).message;
}

describe("the browser the tests, benchmarks and screenshots drive", () => {
	it("is the one CHROMIUM_PATH names first, even with Debian's Chromium there, and nothing is unpacked", async () => {
		const sources = machine([OWN_CHROME, SYSTEM_CHROMIUM], { CHROMIUM_PATH: OWN_CHROME });
		await expect(findChromium({}, sources)).resolves.toEqual({ executablePath: OWN_CHROME, args: CHROMIUM_FLAGS, origin: "CHROMIUM_PATH" });
		expect(sources.unpacked).toBe(0);
	});

	it("is Debian's Chromium when CHROMIUM_PATH is not set (or empty), the packaged one left packed", async () => {
		for (const env of [{}, { CHROMIUM_PATH: "" }] as Record<string, string>[]) {
			const sources = machine([SYSTEM_CHROMIUM], env);
			await expect(findChromium({}, sources)).resolves.toEqual({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_FLAGS, origin: "Debian's Chromium" });
			expect(sources.unpacked).toBe(0);
		}
	});

	it("is the packaged one on a machine without Debian's Chromium, or when TLS_NO_SYSTEM_CHROMIUM=1 sets it aside", async () => {
		await expect(findChromium({}, machine([]))).resolves.toBe(PACKAGED);
		await expect(findChromium({}, machine([SYSTEM_CHROMIUM], { TLS_NO_SYSTEM_CHROMIUM: "1" }))).resolves.toBe(PACKAGED);
	});

	it("refuses a CHROMIUM_PATH that names nothing, in one line saying what to do, without falling back on another browser", async () => {
		const sources = machine([SYSTEM_CHROMIUM], { CHROMIUM_PATH: "/nonexistent" });
		const message = await refusal(sources);
		expect(message).toBe("CHROMIUM_PATH=/nonexistent names no file: set it to a Chromium or Chrome, or unset it to use Debian's Chromium (apt-get install -y chromium) or the packaged one (npm ci)");
		expect(sources.unpacked).toBe(0);
	});

	it("says in one line what to install when there is neither Debian's Chromium nor the package", async () => {
		const message = await refusal(machine([], {}, null));
		expect(message).toBe("no Chromium: /usr/bin/chromium is missing and @sparticuz/chromium is not installed: install Debian's Chromium (apt-get install -y chromium) or the packaged one (npm ci), or set CHROMIUM_PATH");
		expect(message).not.toContain("\n");
		expect(await refusal(machine([SYSTEM_CHROMIUM], { TLS_NO_SYSTEM_CHROMIUM: "1" }, null))).toMatch(/^no Chromium: \/usr\/bin\/chromium is set aside \(TLS_NO_SYSTEM_CHROMIUM=1\) and /);
	});

	it("never takes the packaged one where one browser must draw every picture", async () => {
		const sources = machine([]);
		expect(await refusal(sources, { packaged: false })).toBe("no /usr/bin/chromium, and only Debian's Chromium draws these pictures: apt-get install -y chromium, or set CHROMIUM_PATH");
		expect(sources.unpacked).toBe(0);
		await expect(findChromium({ packaged: false }, machine([SYSTEM_CHROMIUM]))).resolves.toMatchObject({ executablePath: SYSTEM_CHROMIUM });
	});
});

describe("the launch options of the browser found", () => {
	it("are its path, its flags then the run's own, headless, and its environment only when it has one", () => {
		expect(launchOptions(PACKAGED, ["--num-raster-threads=1"])).toEqual({ executablePath: "/tmp/chromium", args: ["--single-process", "--no-sandbox", "--num-raster-threads=1"], env: PACKAGED.env, headless: true });
		expect(launchOptions({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_FLAGS, origin: "Debian's Chromium" })).not.toHaveProperty("env");
	});
});

describe("the check before the end-to-end tests", () => {
	const found = (browser: Chromium) => () => Promise.resolve(browser);

	it("starts the browser found and closes it", async () => {
		let closed = 0;
		const launched: unknown[] = [];
		const result = await checkChromium(
			(options) => {
				launched.push(options);
				return Promise.resolve({ close: () => Promise.resolve(void closed++) });
			},
			found(PACKAGED),
		);
		expect(result).toEqual({ browser: PACKAGED });
		expect(launched).toEqual([{ ...launchOptions(PACKAGED), timeout: 30_000 }]);
		expect(closed).toBe(1);
	});

	it("names the missing library of a browser that does not start, and what to install, in one line", async () => {
		const failure = new Error("browserType.launch: Failed to launch the browser process.\nBrowser logs:\n\n/tmp/chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory\n");
		const result = await checkChromium(() => Promise.reject(failure), found(PACKAGED));
		expect(result).toEqual({ problem: "@sparticuz/chromium 147.0.0 (/tmp/chromium) does not start: libnss3.so is missing: install Debian's Chromium (apt-get install -y chromium) or the packaged one (npm ci), or set CHROMIUM_PATH" });
	});

	it("says how a browser that stops at once stopped, and what it complained of", async () => {
		const failure = new Error("browserType.launch: Target page, context or browser has been closed\nBrowser logs:\n\n<launching> /opt/chrome --headless\n<launched> pid=3299\n[pid=3299][err] [0101/000000.000:FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox!\nCall log:\n\u001b[2m  - [pid=3299] <process did exit: exitCode=133, signal=null>\u001b[22m\n");
		const result = await checkChromium(() => Promise.reject(failure), found({ executablePath: OWN_CHROME, args: [], origin: "CHROMIUM_PATH" }));
		expect(result).toEqual({ problem: `CHROMIUM_PATH (${OWN_CHROME}) does not start: it stopped at once (exit code 133, saying "[0101/000000.000:FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox!"): install Debian's Chromium (apt-get install -y chromium) or the packaged one (npm ci), or set CHROMIUM_PATH` });
	});

	it("gives the first line of any other launch failure", async () => {
		const result = await checkChromium(() => Promise.reject(new Error("browserType.launch: Timeout 30000ms exceeded.\n=========================== logs ===========================")), found({ executablePath: OWN_CHROME, args: [], origin: "CHROMIUM_PATH" }));
		expect(result).toEqual({ problem: `CHROMIUM_PATH (${OWN_CHROME}) does not start: Timeout 30000ms exceeded: install Debian's Chromium (apt-get install -y chromium) or the packaged one (npm ci), or set CHROMIUM_PATH` });
	});

	it("passes on the line of a browser that cannot be found, launching nothing", async () => {
		let launches = 0;
		const result = await checkChromium(
			() => {
				launches++;
				return Promise.reject(new Error("not reached"));
			},
			() => findChromium({}, machine([], { CHROMIUM_PATH: "/nonexistent" })),
		);
		expect("problem" in result ? result.problem : null).toMatch(/^CHROMIUM_PATH=\/nonexistent names no file: /);
		expect(launches).toBe(0);
	});
});
