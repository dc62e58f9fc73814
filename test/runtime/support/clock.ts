import type { Sleep } from "../../../templates/runtime/index.js";

export interface FakeClock {
  now: () => number;
  /** Resolves at once, moving the clock forward by the requested time. */
  sleep: Sleep;
  /** Every wait requested so far, in order. */
  sleeps: number[];
}

export function fakeClock(start = Date.now()): FakeClock {
  let current = start;
  const sleeps: number[] = [];
  return {
    now: () => current,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      current += ms;
    },
    sleeps,
  };
}
