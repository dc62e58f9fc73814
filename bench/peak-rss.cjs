// Preloaded into every benchmarked process (NODE_OPTIONS=--require): writes the
// process.s peak resident set size, worker threads included, in kilobytes, one
// line per process (a launcher that starts the real command adds its own line).
const { appendFileSync } = require("node:fs");
const { isMainThread } = require("node:worker_threads");

if (isMainThread && process.env.BENCH_PEAK_RSS_FILE) {
  const file = process.env.BENCH_PEAK_RSS_FILE;
  process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
}
