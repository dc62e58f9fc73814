import { follow, unfollow, type Sleep } from "./timing.js";

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

/**
 * Window lengths servers use. When only a 429 reveals a reset, the window's length is taken as
 * the shortest of these that covers the time since the window was seen to open.
 */
const COMMON_WINDOWS_MS = [1, 2, 5, 10, 15, 30, 60, 300, 900, 3600, 86_400].map((s) => s * 1000);

function windowCovering(spanMs: number): number | undefined {
  return COMMON_WINDOWS_MS.find((length) => length >= spanMs);
}

export interface PacerOptions {
  now: () => number;
  sleep: Sleep;
  /** Longest a request is ever held, whatever the server's reset says. */
  maxHoldMs: number;
  /**
   * Requests in flight once a first response has shown no limit. Default 8. `Infinity` skips the
   * lone first request and the cap: every request goes at once until a 429 shows a limit.
   */
  initialConcurrency?: number | undefined;
  /** How often the in-flight cap may grow while no limit shows. Default 1 000 ms. */
  growthIntervalMs?: number;
}

/** One request waiting for a slot; also the abort listener of its signal. */
class Waiter {
  constructor(
    readonly pacer: RateLimitPacer,
    readonly signal: AbortSignal | undefined,
    readonly enqueuedAt: number,
    readonly deadline: number,
    readonly resolve: (heldMs: number) => void,
    readonly reject: (reason: unknown) => void,
  ) {
    if (signal) follow(signal, this);
  }

  handleEvent(): void {
    this.pacer.withdraw(this);
    this.reject(this.signal?.reason);
  }

  detach(): void {
    if (this.signal) unfollow(this.signal, this);
  }
}

/**
 * Keeps a client inside the server's rate limit instead of discovering it through 429s.
 *
 * Known limits: once any response carries `X-RateLimit-Remaining`, or a 429 carries
 * `X-RateLimit-Limit` and `-Reset`, every window is budgeted. The local count starts from the
 * server's remaining (minus the requests in flight, which it may not have counted yet), drops on
 * every dispatch, and refills to the limit when the window resets, even when 2xx responses carry
 * no headers at all; the next reset is then predicted from the window's length.
 *
 * Unknown limits: a server may show its limit only when it is hit. The first request goes alone;
 * if its response shows no limit, the number of requests in flight is capped (8 at first), so
 * hitting an unknown limit costs at most that many 429s. The cap
 * doubles after each interval in which it was reached without a 429, like TCP's slow start, and
 * a 429 that carries no limit halves it; above the cap at which a 429 was last met it grows by one
 * per interval instead of doubling.
 */
export class RateLimitPacer {
  readonly #options: PacerOptions;
  readonly #growthIntervalMs: number;
  #inFlight = 0;
  readonly #queue: Waiter[] = [];
  #wake: AbortController | undefined;
  #wakeAt = Infinity;

  // Known limits.
  #budgeted = false;
  #limit: number | undefined;
  #remaining: number | undefined;
  #windowEndsAt: number | undefined;
  #windowMs: number | undefined;
  #windowOpenedAt: number | undefined;

  // Unknown limits.
  readonly #initialCap: number;
  /** One request goes alone until the first response says whether the server reports its limits. */
  #cap = 1;
  #probed = false;
  #threshold = Infinity;
  #capReached = false;
  #growAt: number | undefined;

  constructor(options: PacerOptions) {
    this.#options = options;
    this.#initialCap = options.initialConcurrency ?? 8;
    if (!(this.#initialCap >= 1)) throw new RangeError("pacingStartConcurrency must be 1 or more");
    this.#growthIntervalMs = options.growthIntervalMs ?? 1000;
    if (this.#initialCap === Infinity) {
      this.#cap = Infinity;
      this.#probed = true;
    }
  }

  /** What the pacer currently believes; for diagnostics and tests. */
  get state(): {
    inFlight: number;
    queued: number;
    remaining: number | undefined;
    limit: number | undefined;
    windowEndsAt: number | undefined;
    concurrencyCap: number | undefined;
  } {
    return {
      inFlight: this.#inFlight,
      queued: this.#queue.length,
      remaining: this.#remaining,
      limit: this.#limit,
      windowEndsAt: this.#windowEndsAt,
      concurrencyCap: this.#budgeted ? undefined : this.#cap,
    };
  }

  /**
   * A slot for one request: 0 when it may go at once, else a promise of the milliseconds it was
   * held. Holds never exceed `budgetMs`: past that the request goes and the server decides.
   * Requests are granted in the order they asked. Every grant must be paired with one {@link release}.
   */
  acquire(signal: AbortSignal | undefined, budgetMs: number): number | Promise<number> {
    const now = this.#options.now();
    this.#advance(now);
    if (this.#queue.length === 0 && (this.#holdFor(now) === 0 || budgetMs <= 0)) {
      this.#dispatch(now);
      return 0;
    }
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<number>((resolve, reject) => {
      this.#queue.push(new Waiter(this, signal, now, now + Math.max(0, budgetMs), resolve, reject));
      this.#pump();
    });
  }

  /** Ends one granted request, with the response's status and headers if there was one. */
  release(headers: Headers | undefined, status: number): void {
    this.#inFlight--;
    if (headers) this.#observe(headers, status);
    if (this.#queue.length > 0) this.#pump();
  }

  /** Removes an aborted waiter. */
  withdraw(waiter: Waiter): void {
    const index = this.#queue.indexOf(waiter);
    if (index >= 0) this.#queue.splice(index, 1);
    waiter.detach();
    if (this.#queue.length === 0) this.#cancelWake();
  }

  #dispatch(now: number): void {
    this.#inFlight++;
    if (this.#budgeted && this.#remaining !== undefined) this.#remaining--;
    this.#windowOpenedAt ??= now;
  }

  /** 0 when a request may go now; milliseconds until the window resets; or Infinity: until a response. */
  #holdFor(now: number): number {
    if (this.#budgeted) {
      if (this.#remaining === undefined || this.#remaining > 0) {
        // Without a count, one request at a time finds out where the window stands.
        return this.#remaining !== undefined || this.#inFlight === 0 ? 0 : Infinity;
      }
      if (this.#windowEndsAt !== undefined) return Math.max(1, this.#windowEndsAt - now);
      return this.#inFlight === 0 ? 0 : Infinity;
    }
    if (this.#inFlight < this.#cap) return 0;
    this.#capReached = true;
    return Infinity;
  }

  /**
   * Grants waiters in order while they may go (and any whose hold budget is spent), then sleeps
   * until the next one may.
   */
  #pump(): void {
    const now = this.#options.now();
    this.#advance(now);
    const queue = this.#queue;
    let wakeAt = Infinity;
    for (let index = 0; index < queue.length;) {
      const waiter = queue[index] as Waiter;
      const hold = waiter.deadline > now ? this.#holdFor(now) : 0;
      if (hold !== 0) {
        wakeAt = Math.min(wakeAt, now + hold, waiter.deadline);
        index++;
        continue;
      }
      queue.splice(index, 1);
      waiter.detach();
      this.#dispatch(now);
      waiter.resolve(now - waiter.enqueuedAt);
    }
    if (wakeAt === Infinity) this.#cancelWake();
    else this.#wakeUpAt(wakeAt, now);
  }

  #wakeUpAt(at: number, now: number): void {
    if (this.#wake && this.#wakeAt <= at) return;
    this.#cancelWake();
    const wake = new AbortController();
    this.#wake = wake;
    this.#wakeAt = at;
    this.#options.sleep(at - now, wake.signal).then(
      () => {
        if (this.#wake !== wake) return;
        this.#wake = undefined;
        this.#wakeAt = Infinity;
        this.#pump();
      },
      () => undefined,
    );
  }

  #cancelWake(): void {
    this.#wake?.abort();
    this.#wake = undefined;
    this.#wakeAt = Infinity;
  }

  /** Rolls over to a new window when the current one has ended, and grows the cap when due. */
  #advance(now: number): void {
    if (this.#budgeted) {
      if (this.#windowEndsAt === undefined || now < this.#windowEndsAt) return;
      this.#remaining = this.#limit;
      this.#windowOpenedAt = undefined;
      const windowMs = this.#windowMs;
      this.#windowEndsAt =
        windowMs === undefined
          ? undefined
          : this.#windowEndsAt + windowMs * Math.ceil((now + 1 - this.#windowEndsAt) / windowMs);
      return;
    }
    this.#growAt ??= now + this.#growthIntervalMs;
    if (now < this.#growAt) return;
    if (this.#capReached) this.#cap = this.#cap < this.#threshold ? this.#cap * 2 : this.#cap + 1;
    this.#capReached = false;
    this.#growAt = now + this.#growthIntervalMs;
  }

  #observe(headers: Headers, status: number): void {
    const now = this.#options.now();
    const snapshot = parseRateLimitHeaders(headers, now);
    const learnsBudget =
      snapshot.remaining !== undefined ||
      (status === 429 && snapshot.limit !== undefined && snapshot.resetAt !== undefined);
    if (!this.#probed) {
      this.#probed = true;
      if (!learnsBudget && status !== 429) this.#cap = this.#initialCap;
    }
    if (!learnsBudget) {
      if (status === 429 && !this.#budgeted) {
        // A limit that does not say what it is: back off the cap and grow carefully from there.
        this.#threshold = Math.max(1, Math.floor(Math.min(this.#cap, this.#inFlight + 1) / 2));
        this.#cap = this.#threshold;
        this.#capReached = false;
        this.#growAt = now + this.#growthIntervalMs;
      }
      return;
    }
    this.#budgeted = true;
    if (snapshot.limit !== undefined) this.#limit = snapshot.limit;
    const remaining = snapshot.remaining ?? 0;
    const uncounted = Math.max(0, remaining - this.#inFlight);
    if (snapshot.resetAt === undefined) {
      this.#remaining = uncounted;
      return;
    }
    const resetAt = Math.min(
      this.#toLocalClock(snapshot.resetAt, headers, now),
      now + this.#options.maxHoldMs,
    );
    if (resetAt <= now) return;
    if (this.#windowMs === undefined && this.#windowOpenedAt !== undefined)
      this.#windowMs = windowCovering(resetAt - this.#windowOpenedAt);
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
}
