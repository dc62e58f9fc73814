import { untilAborted, type Sleep } from "./timing.js";

export interface RateLimitSnapshot {
  limit: number | undefined;
  remaining: number | undefined;
  /** Epoch milliseconds; on the server's clock when the header was an epoch, else on ours. */
  resetAt: number | undefined;
}

function parseNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}

// Values this small cannot be epoch seconds (they predate 2001); some servers send seconds-until-reset instead.
const EPOCH_SECONDS_THRESHOLD = 1e9;

function isEpochReset(reset: number): boolean {
  return reset >= EPOCH_SECONDS_THRESHOLD;
}

/** Reads `X-RateLimit-Limit`, `-Remaining` and `-Reset` (UTC epoch seconds). */
export function parseRateLimitHeaders(headers: Headers, now: number): RateLimitSnapshot {
  const reset = parseNumber(headers.get("x-ratelimit-reset"));
  let resetAt: number | undefined;
  if (reset !== undefined) resetAt = isEpochReset(reset) ? reset * 1000 : now + reset * 1000;
  return {
    limit: parseNumber(headers.get("x-ratelimit-limit")),
    remaining: parseNumber(headers.get("x-ratelimit-remaining")),
    resetAt,
  };
}

// Below this the Date header's one-second resolution is noise, so the local clock is trusted.
const SKEW_TOLERANCE_MS = 2000;

export interface PacerOptions {
  now: () => number;
  sleep: Sleep;
  /** Longest a request is ever held, whatever the server's reset says. */
  maxHoldMs: number;
}

/**
 * Spends a server's rate-limit window instead of discovering its end through 429s.
 *
 * It keeps a local count of requests still allowed in the current window, taken from
 * `X-RateLimit-Remaining` minus the requests in flight (they may not have been counted yet),
 * and decremented on every dispatch. At zero, requests wait until the window resets. Until
 * the first response says whether the server paces at all, one request goes at a time.
 */
export class RateLimitPacer {
  readonly #options: PacerOptions;
  #paced: boolean | undefined;
  #limit: number | undefined;
  #remaining: number | undefined;
  #windowEndsAt: number | undefined;
  #inFlight = 0;
  #waiters = new Set<() => void>();

  constructor(options: PacerOptions) {
    this.#options = options;
  }

  /** What the pacer currently believes; for diagnostics and tests. */
  get state(): {
    inFlight: number;
    remaining: number | undefined;
    windowEndsAt: number | undefined;
  } {
    return {
      inFlight: this.#inFlight,
      remaining: this.#remaining,
      windowEndsAt: this.#windowEndsAt,
    };
  }

  /**
   * Resolves when a request may be sent, with the milliseconds spent holding it. Holds never
   * exceed `budgetMs` in total: past that the request goes and the server decides.
   * Every call must be paired with one {@link release}.
   */
  async acquire(signal: AbortSignal | undefined, budgetMs: number): Promise<number> {
    let held = 0;
    for (;;) {
      const now = this.#options.now();
      this.#startNewWindowIfDue(now);
      const wait = this.#waitNeeded(now);
      if (wait === 0 || held >= budgetMs) {
        this.#inFlight++;
        if (this.#remaining !== undefined) this.#remaining--;
        return held;
      }
      if (wait === "next-response") {
        await this.#nextRelease(signal);
        continue;
      }
      const holdMs = Math.min(wait, budgetMs - held);
      await untilAborted(this.#options.sleep(holdMs, signal), signal);
      held += holdMs;
    }
  }

  /** Ends one acquired request; `headers` are the response's, if there was one. */
  release(headers: Headers | undefined): void {
    this.#inFlight--;
    if (headers) this.#observe(headers);
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const wake of waiters) wake();
  }

  #waitNeeded(now: number): number | "next-response" {
    if (this.#paced === false) return 0;
    const countKnown = this.#paced === true && this.#remaining !== undefined;
    if (countKnown && (this.#remaining as number) > 0) return 0;
    if (countKnown && this.#windowEndsAt !== undefined) return this.#windowEndsAt - now;
    // Nothing to go on: probe with a single request, and let the others learn from its response.
    return this.#inFlight === 0 ? 0 : "next-response";
  }

  #startNewWindowIfDue(now: number): void {
    if (this.#windowEndsAt === undefined || now < this.#windowEndsAt) return;
    this.#windowEndsAt = undefined;
    this.#remaining = this.#limit;
  }

  #observe(headers: Headers): void {
    const now = this.#options.now();
    const snapshot = parseRateLimitHeaders(headers, now);
    if (snapshot.remaining === undefined) {
      // Proxies and error pages omit the headers; only a first answer without them means "not paced".
      this.#paced ??= false;
      return;
    }
    this.#paced = true;
    if (snapshot.limit !== undefined) this.#limit = snapshot.limit;
    const uncounted = Math.max(0, snapshot.remaining - this.#inFlight);
    if (snapshot.resetAt === undefined) {
      this.#remaining = uncounted;
      return;
    }
    const resetAt = Math.min(
      this.#toLocalClock(snapshot.resetAt, headers, now),
      now + this.#options.maxHoldMs,
    );
    if (resetAt <= now) return;
    if (this.#windowEndsAt === undefined || resetAt > this.#windowEndsAt) {
      this.#windowEndsAt = resetAt;
      this.#remaining = uncounted;
    } else {
      this.#remaining = Math.min(this.#remaining ?? uncounted, uncounted);
    }
  }

  /** Reset times are on the server's clock; the response's Date header tells how far ours is off. */
  #toLocalClock(serverTime: number, headers: Headers, now: number): number {
    const reset = parseNumber(headers.get("x-ratelimit-reset"));
    if (reset === undefined || !isEpochReset(reset)) return serverTime;
    const serverNow = Date.parse(headers.get("date") ?? "");
    if (!Number.isFinite(serverNow)) return serverTime;
    const skew = serverNow - now;
    return Math.abs(skew) > SKEW_TOLERANCE_MS ? serverTime - skew : serverTime;
  }

  #nextRelease(signal: AbortSignal | undefined): Promise<void> {
    return untilAborted(new Promise<void>((resolve) => this.#waiters.add(resolve)), signal);
  }
}
