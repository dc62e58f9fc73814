import { RequestAbortedError, SdkError } from "./errors.js";
import { follow, sleep as realSleep, unfollow, type Sleep } from "./timing.js";

/** The status envelope of a long-running task, as its status operation returns it. */
export interface TaskEnvelope {
  data?: { id?: string | null; status?: string | null } | null;
}

export interface WaitOptions<Status> {
  /** First pause between polls. Default 1 000 ms; it grows by half each poll. */
  intervalMs?: number;
  /** Longest pause between polls. Default 10 000 ms. */
  maxIntervalMs?: number;
  /**
   * Give up (throw `TaskTimeoutError`) after waiting this long in total, a poll in progress
   * included. Default 30 minutes. Not to be confused with `timeoutMs`, each poll's own
   * per-attempt timeout.
   */
  waitTimeoutMs?: number;
  signal?: AbortSignal;
  /** Called with every status read, the first one included. */
  onProgress?: (status: Status) => void;
  /** For tests. */
  sleep?: Sleep;
  now?: () => number;
}

/** A task that ended in `Failed`; carries the last status read. */
export class TaskFailedError<Status extends TaskEnvelope = TaskEnvelope> extends SdkError {
  override name = "TaskFailedError";

  constructor(readonly status: Status) {
    super(`Task ${status.data?.id ?? ""} failed`.replace("  ", " "));
  }
}

/** The task was still running when `waitTimeoutMs` ran out; carries the last status read, if any. */
export class TaskTimeoutError<Status extends TaskEnvelope = TaskEnvelope> extends SdkError {
  override name = "TaskTimeoutError";

  constructor(
    readonly status: Status | undefined,
    waitTimeoutMs: number,
  ) {
    super(
      `Task ${status?.data?.id ?? ""} still ${status?.data?.status ?? "running"} after ${waitTimeoutMs} ms`.replace(
        "  ",
        " ",
      ),
    );
  }
}

function onWaitDeadline(wait: WaitSignal): void {
  wait.expired = true;
  wait.controller.abort(new Error("wait timed out"));
}

/**
 * The signal each poll and pause gets: it fires when the caller aborts or the wait's budget runs
 * out, so a poll that hangs cannot outlast the budget. `release()` leaves nothing on the caller's signal.
 */
class WaitSignal {
  readonly controller = new AbortController();
  expired = false;
  readonly #caller: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;

  constructor(caller: AbortSignal | undefined, budgetMs: number) {
    this.#caller = caller;
    if (caller) follow(caller, this);
    this.#timer = setTimeout(onWaitDeadline, budgetMs, this);
  }

  handleEvent(): void {
    this.controller.abort(this.#caller?.reason);
  }

  release(): void {
    clearTimeout(this.#timer);
    if (this.#caller) unfollow(this.#caller, this);
  }
}

const COMPLETED = "completed";
const FAILED = new Set(["failed", "error", "cancelled", "canceled"]);

/**
 * Polls until the task's status is terminal. `Completed` resolves; `Failed` (or
 * cancelled) throws `TaskFailedError`; any other status, known or not, counts as
 * still running.
 */
export async function waitForTask<Status extends TaskEnvelope>(
  poll: (signal: AbortSignal | undefined) => Promise<Status>,
  options: WaitOptions<Status> = {},
): Promise<Status> {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const budgetMs = options.waitTimeoutMs ?? 30 * 60_000;
  const deadline = now() + budgetMs;
  let interval = options.intervalMs ?? 1_000;
  const maxInterval = options.maxIntervalMs ?? 10_000;
  const caller = options.signal;
  if (caller?.aborted) throw new RequestAbortedError("Waiting aborted", { cause: caller.reason });
  const wait = new WaitSignal(caller, budgetMs);
  let status: Status | undefined;
  try {
    for (;;) {
      status = await poll(wait.controller.signal);
      options.onProgress?.(status);
      const state = (status.data?.status ?? "").toLowerCase();
      if (state === COMPLETED) return status;
      if (FAILED.has(state)) throw new TaskFailedError(status);
      const remaining = deadline - now();
      if (remaining <= 0) throw new TaskTimeoutError(status, budgetMs);
      await sleep(Math.min(interval, remaining), wait.controller.signal);
      interval = Math.min(interval * 1.5, maxInterval);
    }
  } catch (error) {
    if (wait.expired) throw new TaskTimeoutError(status, budgetMs);
    if (caller?.aborted) throw new RequestAbortedError("Waiting aborted", { cause: caller.reason });
    throw error;
  } finally {
    wait.release();
  }
}

/** The id a start call's envelope hands back, which the status call needs. */
export function taskIdOf(started: TaskEnvelope): string {
  const id = started.data?.id;
  if (!id)
    throw new SdkError(
      "The task was started but the response carries no `data.id` to follow it by",
    );
  return id;
}

/** The `download_url` of a completed task's status. */
export function downloadUrlOf(
  status: TaskEnvelope & { data?: { download_url?: string | null } | null },
): string {
  const url = status.data?.download_url;
  if (!url)
    throw new SdkError(
      `Task ${status.data?.id ?? ""} completed without a download_url`.replace("  ", " "),
    );
  return url;
}
