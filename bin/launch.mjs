/**
 * What `npm run generate` and `npm run api-diff` start. The compiled generator
 * (`build/`, made by `npm run build`, which `npm ci` runs) starts half a second
 * sooner than the sources through tsx, but it must never be stale: it runs only
 * when `build/` records the SHA-256 of exactly the sources now in `generator/`.
 * Otherwise (sources edited since the last build) the sources run, through tsx.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const REPO = path.resolve(import.meta.dirname, "..");
const STAMP = "sources.sha256";

/** Every file below `sources`, by '/'-separated path in code-point order, path and bytes. */
function sourcesHash(sources) {
  const hash = createHash("sha256");
  const files = readdirSync(sources, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(sources, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(path.join(sources, file))).update("\n");
  return hash.digest("hex");
}

/** Records in `build` that it was compiled from `sources` as they are now. */
export function stampBuild(root = REPO) {
  writeFileSync(path.join(root, "build", STAMP), `${sourcesHash(path.join(root, "generator"))}\n`);
}

/** Runs `generator/ENTRY.ts` of `root`: compiled (`build/ENTRY.js`) when `build/` is current, else through tsx. */
export async function launch(entry, root = REPO) {
  let stamp;
  try {
    stamp = readFileSync(path.join(root, "build", STAMP), "utf8").trim();
  } catch {
    stamp = undefined;
  }
  if (stamp === sourcesHash(path.join(root, "generator"))) {
    await import(pathToFileURL(path.join(root, "build", `${entry}.js`)).href);
    return;
  }
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(path.join(root, "generator", `${entry}.ts`)).href);
}
