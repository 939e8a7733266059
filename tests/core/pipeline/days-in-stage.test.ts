import { differenceInCalendarDays } from "date-fns";
import { daysInStage } from "../../../src/core/pipeline/days-in-stage";
import { seededRandom } from "../../../tools/seeded-random";

const NOW = new Date(2026, 11, 31, 8, 0).getTime();

describe("daysInStage", () => {
	it("counts the calendar days since the move that brought the idea into its stage", () => {
		expect(daysInStage({ stageSince: new Date(2026, 11, 8).getTime(), created: new Date(2026, 0, 1).getTime() }, NOW)).toEqual({ days: 23, from: "move" });
	});

	it("counts from the idea's creation when no move recorded a day, and says so", () => {
		expect(daysInStage({ stageSince: null, created: new Date(2026, 11, 1, 22, 30).getTime() }, NOW)).toEqual({ days: 30, from: "created" });
	});

	it("knows nothing without either day, or with a day still to come", () => {
		expect(daysInStage({ stageSince: null, created: null }, NOW)).toBeNull();
		expect(daysInStage({ stageSince: new Date(2027, 0, 2).getTime(), created: null }, NOW)).toBeNull();
	});

	it("counts calendar days as date-fns does across clock changes, in Paris and in Sydney", () => {
		const zone = process.env.TZ;
		const random = seededRandom(20261206);
		try {
			for (const tz of ["Europe/Paris", "Australia/Sydney", "America/St_Johns"]) {
				process.env.TZ = tz;
				for (let i = 0; i < 2000; i++) {
					const start = Date.UTC(2020, 0, 1) + Math.floor(random() * 6 * 365 * 86_400_000);
					const now = start + Math.floor(random() * 400 * 86_400_000);
					expect(daysInStage({ stageSince: start, created: null }, now)?.days).toBe(differenceInCalendarDays(now, start));
				}
			}
		} finally {
			process.env.TZ = zone;
		}
	});
});
