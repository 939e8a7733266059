import { StudioError } from "../../core/i18n/studio-error";

/**
 * Commands that create notes, run one at a time for each thing they act on: the same command on the same
 * idea, note or name is not started again while it runs (a second key press, a double click), since it
 * would repeat what the first is writing. The second call is refused at once, and says why.
 */
export class OneAtATime {
	private readonly running = new Set<string>();

	/**
	 * Runs `task` unless another task of `key` is running. The key is free again once `task` ends, whatever its outcome.
	 *
	 * @param name what the task acts on, as the writer knows it, for the refusal's message.
	 * @throws StudioError `error.alreadyRunning` when a task of `key` is running: `task` is not started.
	 */
	async run<T>(key: string, name: string, task: () => Promise<T>): Promise<T> {
		if (this.running.has(key)) throw new StudioError("error.alreadyRunning", { name });
		this.running.add(key);
		try {
			return await task();
		} finally {
			this.running.delete(key);
		}
	}
}
