/**
 * Stage 7, write: puts the generated files in place all at once, or reports how
 * the folder on disk differs from them (`--check`).
 *
 * The files are written to a fresh sibling folder that then replaces the output
 * folder, so an interrupted or failed write never leaves a half-generated
 * package behind.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { MANIFEST, type GeneratedFile } from "../plan/files.js";

/** Manifest file name; its presence marks a folder as ours to replace. */

/** Entries a user or npm puts in the package folder, which survive regeneration. */
const PRESERVED = new Set(["node_modules", "dist"]);

export interface OutputDifference {
  changed: string[];
  missing: string[];
  extra: string[];
}

/** How `outDir` differs from `files`; with `contentsInPlace`, files present there are known to hold these texts already. */
export async function diffOutput(outDir: string, files: GeneratedFile[], contentsInPlace = false): Promise<OutputDifference> {
  const onDisk = new Set(await listFiles(outDir));
  const difference: OutputDifference = { changed: [], missing: [], extra: [] };
  for (const file of files) {
    if (!onDisk.has(file.path)) {
      difference.missing.push(file.path);
    } else if (!contentsInPlace && (await readFile(path.join(outDir, file.path), "utf8")) !== file.text) {
      difference.changed.push(file.path);
    }
    onDisk.delete(file.path);
  }
  difference.extra = [...onDisk].sort();
  return difference;
}

export function isSame(difference: OutputDifference): boolean {
  return difference.changed.length + difference.missing.length + difference.extra.length === 0;
}

export async function writeOutput(outDir: string, files: GeneratedFile[]): Promise<void> {
  const target = path.resolve(outDir);
  const existing = await listFiles(target);
  if (existing.length > 0 && !existing.includes(MANIFEST)) {
    throw new OutputError(`${outDir} already holds files that were not generated here (it has no ${MANIFEST}); choose a new or empty folder`);
  }
  const staging = `${target}.staging-${process.pid}`;
  const retired = `${target}.replaced-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const destination = path.join(staging, ...file.path.split("/"));
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, file.text);
    }
    await mkdir(staging, { recursive: true });
    if (await exists(target)) {
      for (const entry of await readdir(target)) {
        if (PRESERVED.has(entry)) await rename(path.join(target, entry), path.join(staging, entry));
      }
      await rename(target, retired);
    } else {
      await mkdir(path.dirname(target), { recursive: true });
    }
    await rename(staging, target);
  } catch (error) {
    if (!(await exists(target)) && (await exists(retired))) await rename(retired, target);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rm(retired, { recursive: true, force: true });
}

export class OutputError extends Error {
  override readonly name = "OutputError";
}

/** Every file below `dir` ('/'-separated, sorted), leaving out preserved entries; empty when `dir` does not exist. */
async function listFiles(dir: string): Promise<string[]> {
  if (!(await exists(dir))) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => !PRESERVED.has(file.split("/")[0]!))
    .sort();
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
