/**
 * Regeneration of an unchanged spec: when the spec documents, the generator's
 * own code, the templates and the locked dependencies are all exactly what they
 * were on a run whose files are remembered, those files are the answer. This
 * module imports nothing heavy, so such a run never loads the stages or prettier;
 * anything else runs the whole pipeline.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GenerateOptions, Generation } from "./pipeline.js";
import { ABSENT_SOURCE, type GeneratedFile } from "./plan/files.js";

const GENERATOR_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPOSITORY_ROOT = path.resolve(GENERATOR_DIR, "..");

/**
 * An entry file is the SHA-256 of the JSON that follows it on the first line
 * (so a damaged entry is never believed), then this as JSON.
 */
interface Remembered {
  /** What produced the files besides the spec; see `toolFingerprint`. */
  tool: string;
  generation: Generation;
}

/** The pipeline's `generate`, answered from the cache in `options.cacheDir` when nothing it reads has changed. */
export async function generate(options: GenerateOptions & { reuseFrom?: string }): Promise<Generation> {
  const run = async () => (await import("./pipeline.js")).generate(options);
  if (options.cacheDir === undefined) return run();
  const entryFile = path.join(options.cacheDir, "generations", `${sha256(requestOf(options))}.json`);
  const tool = await toolFingerprint(options.templatesDir ?? path.join(REPOSITORY_ROOT, "templates"));
  const remembered = (options.reuseFrom !== undefined ? await recallFromFolder(entryFile, tool, options.reuseFrom) : undefined) ?? (await recall(entryFile, tool));
  if (remembered) {
    options.onProgress?.("reuse");
    return remembered;
  }
  const generation = await run();
  await remember(entryFile, tool, generation);
  return generation;
}

/** The remembered files' hashes beside the entry, so that a folder holding them can answer without reading the entry's texts. */
interface RememberedHashes {
  tool: string;
  sources: Generation["sources"];
  operations: number;
  schemas: number;
  warnings: Generation["warnings"];
  files: { path: string; sha256: string }[];
}

function hashesFileOf(entryFile: string): string {
  return entryFile.replace(/\.json$/, ".hashes.json");
}

/**
 * The generation read back from `folder` when it holds exactly the remembered
 * files (the usual regeneration: the output folder is what the last run wrote),
 * which spares reading the remembered texts (10 MB for GitHub's spec).
 */
async function recallFromFolder(entryFile: string, tool: string, folder: string): Promise<Generation | undefined> {
  let remembered: RememberedHashes;
  try {
    const text = await readFile(hashesFileOf(entryFile), "utf8");
    const json = text.slice(text.indexOf("\n") + 1);
    if (sha256(json) !== text.slice(0, text.indexOf("\n"))) return undefined;
    remembered = JSON.parse(json) as RememberedHashes;
  } catch {
    return undefined;
  }
  if (remembered?.tool !== tool || !Array.isArray(remembered.sources) || !Array.isArray(remembered.files) || !Array.isArray(remembered.warnings)) return undefined;
  if (!(await sourcesUnchanged(remembered.sources))) return undefined;
  const files: Generation["files"] = [];
  for (const file of remembered.files) {
    const bytes = await readFile(path.join(folder, file.path)).catch(() => undefined);
    if (bytes === undefined || sha256(bytes) !== file.sha256) return undefined;
    files.push(decodedWhenRead(file.path, bytes));
  }
  return { files, operations: remembered.operations, schemas: remembered.schemas, sources: remembered.sources, warnings: remembered.warnings, inFolder: folder };
}

/** A file whose text is decoded only if something reads it: a regeneration that finds its files in place reads none (80 MB for Microsoft Graph). */
function decodedWhenRead(filePath: string, bytes: Buffer): GeneratedFile {
  let text: string | undefined;
  return {
    path: filePath,
    get text() {
      return (text ??= bytes.toString("utf8"));
    },
  };
}

async function sourcesUnchanged(sources: Generation["sources"]): Promise<boolean> {
  for (const source of sources) {
    if (source.sha256 === ABSENT_SOURCE) {
      if (await stat(source.file).then(() => true, () => false)) return false;
      continue;
    }
    // The bytes hash like the text the pipeline read whenever they are valid UTF-8; when not, this is a miss, never a false hit.
    const bytes = await readFile(source.file).catch(() => undefined);
    if (bytes === undefined || sha256(bytes) !== source.sha256) return false;
  }
  return true;
}

/** Everything about the request that the output depends on, besides file contents. */
function requestOf(options: GenerateOptions): string {
  // The working folder decides how the spec is labelled in the generated headers; a separate
  // generator folder (a compiled build beside the sources) keeps an entry of its own.
  return JSON.stringify({
    specPath: path.resolve(options.specPath),
    cwd: process.cwd(),
    packageName: options.packageName ?? null,
    input: options.input ?? null,
    namesPath: options.namesPath === undefined ? null : path.resolve(options.namesPath),
    generator: GENERATOR_DIR,
  });
}

/**
 * A hash over the generator's code (this folder, recursively), the templates,
 * and the repository's package.json and lockfile (which pin prettier and
 * TypeScript): any edit to any of them is a different tool.
 */
async function toolFingerprint(templatesDir: string): Promise<string> {
  const hash = createHash("sha256");
  for (const dir of [GENERATOR_DIR, templatesDir]) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hash.update(`${path.relative(dir, file)}\n`).update(await readFile(file)).update("\n");
  }
  for (const file of ["package.json", "package-lock.json"]) {
    hash.update(`${file}\n`).update(await readFile(path.join(REPOSITORY_ROOT, file)).catch(() => Buffer.alloc(0)));
  }
  return hash.digest("hex");
}

async function recall(entryFile: string, tool: string): Promise<Generation | undefined> {
  let entry: Remembered;
  try {
    const text = await readFile(entryFile, "utf8");
    const json = text.slice(text.indexOf("\n") + 1);
    if (sha256(json) !== text.slice(0, text.indexOf("\n"))) return undefined;
    entry = JSON.parse(json) as Remembered;
  } catch {
    return undefined;
  }
  if (entry?.tool !== tool || !Array.isArray(entry.generation?.sources) || !Array.isArray(entry.generation.warnings)) return undefined;
  return (await sourcesUnchanged(entry.generation.sources)) ? entry.generation : undefined;
}

async function remember(entryFile: string, tool: string, generation: Generation): Promise<void> {
  const entry: Remembered = { tool, generation };
  const hashes: RememberedHashes = {
    tool,
    sources: generation.sources,
    operations: generation.operations,
    schemas: generation.schemas,
    warnings: generation.warnings,
    files: generation.files.map((file) => ({ path: file.path, sha256: sha256(file.text) })),
  };
  await mkdir(path.dirname(entryFile), { recursive: true });
  for (const [file, value] of [[entryFile, entry], [hashesFileOf(entryFile), hashes]] as const) {
    const json = JSON.stringify(value);
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, `${sha256(json)}\n${json}`);
    await rename(partial, file);
  }
}

function sha256(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}
