/**
 * What `npm run generate` and `npm run api-diff` start. The compiled generator
 * (`build/`, made by `npm run build`, which `npm ci` runs) starts half a second
 * sooner than the sources through tsx, but it must never be stale: it runs only
 * when `build/` records exactly the sources now in `generator/`. Otherwise
 * (sources edited since the last build) the sources run, through tsx.
 *
 * The record is the size and modification time of each source file and
 * folder (a folder's changes when an entry is added or removed), which a run
 * checks with one `stat` each, and the SHA-256 of the files' paths and bytes,
 * which decides only when the times differ (a fresh checkout of the same
 * sources).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const REPO = path.resolve(import.meta.dirname, "..");
const STAMP = "sources.json";

/** Every file and folder below `sources` (and itself, as "."), '/'-separated, in code-point order, with its size and modification time. */
function sourceEntries(sources) {
  const paths = readdirSync(sources, { recursive: true }).map((entry) => entry.split(path.sep).join("/"));
  return [".", ...paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))].map((entry) => statOf(sources, entry));
}

function statOf(sources, entry) {
  const stats = statSync(path.join(sources, entry));
  return [entry, stats.isDirectory() ? "folder" : stats.size, stats.mtimeMs];
}

/** Paths and bytes of the files, in order. */
function sourcesHash(sources, entries) {
  const hash = createHash("sha256");
  for (const [file] of entries.filter(([, size]) => size !== "folder")) hash.update(`${file}\n`).update(readFileSync(path.join(sources, file))).update("\n");
  return hash.digest("hex");
}

/** Records in `build` that it was compiled from `sources` as they are now. */
export function stampBuild(root = REPO) {
  const sources = path.join(root, "generator");
  const entries = sourceEntries(sources);
  writeFileSync(path.join(root, "build", STAMP), `${JSON.stringify({ sha256: sourcesHash(sources, entries), entries })}\n`);
}

/** Whether `build/` was compiled from the sources as they are now. */
function isBuildCurrent(root) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(path.join(root, "build", STAMP), "utf8"));
  } catch {
    return false;
  }
  const sources = path.join(root, "generator");
  const unchanged = stamp.entries.every(([entry, size, mtimeMs]) => {
    try {
      const [, nowSize, nowMtimeMs] = statOf(sources, entry);
      return nowSize === size && nowMtimeMs === mtimeMs;
    } catch {
      return false;
    }
  });
  if (unchanged) return true;
  return sourcesHash(sources, sourceEntries(sources)) === stamp.sha256;
}

/** Runs `generator/ENTRY.ts` of `root`: compiled (`build/ENTRY.js`) when `build/` is current, else through tsx. */
export async function launch(entry, root = REPO) {
  if (isBuildCurrent(root)) {
    await import(pathToFileURL(path.join(root, "build", `${entry}.js`)).href);
    return;
  }
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(path.join(root, "generator", `${entry}.ts`)).href);
}
