/** Waits `ms` milliseconds; rejects with the signal's reason as soon as `signal` aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Anything that wants to hear about an abort; `handleEvent` is the DOM's name for it. */
export interface AbortFollower {
  handleEvent(): void;
}

/**
 * The one listener the runtime puts on a caller's signal, however many calls, attempts, waits
 * and sleeps share it; it tells each of them. A hundred concurrent calls on one signal would
 * otherwise add a hundred listeners (and Node's MaxListenersExceededWarning).
 */
class AbortFanout {
  readonly followers = new Set<AbortFollower>();

  handleEvent(): void {
    for (const follower of [...this.followers]) follower.handleEvent();
  }
}

const fanouts = new WeakMap<AbortSignal, AbortFanout>();

/** Calls `follower.handleEvent()` when `signal` aborts, until {@link unfollow}. */
export function follow(signal: AbortSignal, follower: AbortFollower): void {
  let fanout = fanouts.get(signal);
  if (!fanout) {
    fanout = new AbortFanout();
    fanouts.set(signal, fanout);
    signal.addEventListener("abort", fanout);
  }
  fanout.followers.add(follower);
}

/** Stops following; the signal's listener goes when its last follower does. */
export function unfollow(signal: AbortSignal, follower: AbortFollower): void {
  const fanout = fanouts.get(signal);
  if (!fanout?.followers.delete(follower) || fanout.followers.size > 0) return;
  signal.removeEventListener("abort", fanout);
  fanouts.delete(signal);
}

function endSleep(sleeping: Sleeping): void {
  sleeping.finish();
  sleeping.resolve();
}

/** One pending sleep: its timer, and its place among the signal's followers. */
class Sleeping implements AbortFollower {
  readonly #timer: ReturnType<typeof setTimeout>;

  constructor(
    ms: number,
    readonly signal: AbortSignal | undefined,
    readonly resolve: () => void,
    readonly reject: (reason: unknown) => void,
  ) {
    this.#timer = setTimeout(endSleep, ms, this);
    if (signal) follow(signal, this);
  }

  handleEvent(): void {
    this.finish();
    this.reject(this.signal?.reason);
  }

  finish(): void {
    clearTimeout(this.#timer);
    if (this.signal) unfollow(this.signal, this);
  }
}

export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) reject(signal.reason);
    else new Sleeping(ms, signal, resolve, reject);
  });

/** A promise being awaited under a signal. */
class Guarded<T> implements AbortFollower {
  constructor(
    readonly signal: AbortSignal,
    readonly resolve: (value: T) => void,
    readonly reject: (reason: unknown) => void,
  ) {
    follow(signal, this);
  }

  handleEvent(): void {
    unfollow(this.signal, this);
    this.reject(this.signal.reason);
  }

  settle(outcome: () => void): void {
    unfollow(this.signal, this);
    outcome();
  }
}

/**
 * Settles with `promise`, or rejects with the signal's reason the moment it aborts.
 * Guards injected sleep functions that might ignore the signal they are given.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const guarded = new Guarded(signal, resolve, reject);
    promise.then(
      (value) => guarded.settle(() => resolve(value)),
      (error: unknown) => guarded.settle(() => reject(error)),
    );
  });
}
