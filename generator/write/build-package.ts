/**
 * The generated package's `dist/`: its JavaScript and declarations, compiled
 * with the repository's own TypeScript, so that the output folder packs
 * (`npm pack`) and installs with nothing installed in it. `dist/` is not
 * committed; it is rebuilt whenever the package's sources differ from the ones
 * it records having been built from.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { lstat, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { OutputError } from "./write.js";

const STAMP = ".sources.sha256";

/** The package's inputs to the compiler: `src/`, `tsconfig.json` and `package.json`, by path and bytes. */
async function sourcesHash(outDir: string): Promise<string> {
  const hash = createHash("sha256");
  const entries = await readdir(path.join(outDir, "src"), { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
  for (const file of [...files.sort(), "tsconfig.json", "package.json"]) {
    hash.update(`${file}\n`).update(await readFile(path.join(outDir, file))).update("\n");
  }
  return hash.digest("hex");
}

const REPOSITORY_MODULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "node_modules");

/** Links the repository's node_modules into `outDir` when the compiler would not find them from there; returns the link made. */
async function lendDependencies(outDir: string): Promise<string | undefined> {
  const inside = !path.relative(path.dirname(REPOSITORY_MODULES), path.resolve(outDir)).startsWith("..");
  const link = path.join(outDir, "node_modules");
  if (inside || (await lstat(link).then(() => true, () => false))) return undefined;
  await symlink(REPOSITORY_MODULES, link, "dir");
  return link;
}

/** Compiles `outDir/dist` unless it was built from exactly the sources there now; says which. */
export async function buildPackage(outDir: string): Promise<"built" | "current"> {
  const hash = await sourcesHash(outDir);
  const stampFile = path.join(outDir, "dist", STAMP);
  if ((await readFile(stampFile, "utf8").catch(() => "")).trim() === hash) return "current";
  await rm(path.join(outDir, "dist"), { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  // The package's dependencies are the repository's: an output folder outside it borrows them for the build only.
  const lent = await lendDependencies(outDir);
  try {
    await promisify(execFile)(process.execPath, [tsc, "-p", path.join(outDir, "tsconfig.json")], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const output = (error as { stdout?: string }).stdout?.trim().split("\n").slice(0, 5).join("; ");
    throw new OutputError(`compiling ${outDir}/dist failed: ${output || (error as Error).message}`);
  } finally {
    if (lent) await rm(lent);
  }
  await writeFile(stampFile, `${hash}\n`);
  return "built";
}
