/**
 * Stage 6, format: prettier's layout for every generated file, with trailing
 * commas so that adding a member is a one-line diff.
 *
 * TypeScript arrives laid out already: the emitters describe it as a syntax
 * tree that `typescript.ts` prints with prettier's doc builders and doc
 * printer. What is left for prettier itself is the Markdown it does not leave
 * as it is (`markdown.ts` recognises the rest): it runs on a worker thread, and
 * a content-addressed cache remembers what each text became.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Options } from "prettier";
import type { GeneratedFile } from "../plan/files.js";
import { isStableMarkdown } from "./markdown.js";
import { PRETTIER_OPTIONS } from "./options.js";

/**
 * Text that reaches prettier: Markdown, and TypeScript only from a caller that
 * did not build it with `typescript.ts`. JSON files are written by
 * `JSON.stringify` with two-space indentation, one value a line, which is
 * already a stable layout that diffs well.
 */
const PARSERS: Record<string, string> = { ts: "typescript", md: "markdown" };

/** Prettier runs on a worker thread; this thread reads only its version, for the cache key, and loads it only with a single core. */
const PRETTIER_URL = import.meta.resolve("prettier");
const PRETTIER_VERSION = (JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(PRETTIER_URL)), "package.json"), "utf8")) as { version: string }).version;

export interface FormatSettings {
  /** Folder of the format cache; no caching when absent. */
  cacheDir?: string;
}

interface Job {
  text: string;
  options: Options;
}

export function formatFiles(files: GeneratedFile[], settings: FormatSettings = {}): Promise<GeneratedFile[]> {
  return Promise.all(files.map((file) => formatFile(file, settings)));
}

export async function formatFile(file: GeneratedFile, settings: FormatSettings = {}): Promise<GeneratedFile> {
  const parser = PARSERS[file.path.slice(file.path.lastIndexOf(".") + 1)];
  if (!parser || file.formatted || (parser === "markdown" && isStableMarkdown(file.text, file.printedCode))) return { path: file.path, text: file.text };
  const cache = settings.cacheDir === undefined ? undefined : new FormatCache(path.join(settings.cacheDir, "format"));
  return { path: file.path, text: await formatCached({ text: file.text, options: { ...PRETTIER_OPTIONS, parser } }, cache) };
}

async function formatCached(job: Job, cache: FormatCache | undefined): Promise<string> {
  const key = cache?.keyOf(job);
  const remembered = key === undefined ? undefined : await cache!.read(key);
  if (remembered !== undefined) return remembered;
  const text = await POOL.format(job);
  if (key !== undefined) await cache!.write(key, text);
  return text;
}

/**
 * The worker thread that runs prettier, started by the first text that needs
 * it (most runs have none: the README and api.md are usually already in
 * prettier's layout) and kept for the next; idle, it does not keep the process
 * alive. The calling thread formats when only one core is there.
 */
class FormatPool {
  private worker: Worker | undefined;
  private readonly waiting: { job: Job; resolve: (text: string) => void; reject: (error: Error) => void }[] = [];
  private running: { resolve: (text: string) => void; reject: (error: Error) => void } | undefined;
  private readonly parallel = availableParallelism() >= 2;

  format(job: Job): Promise<string> {
    if (!this.parallel) return import("prettier").then((prettier) => prettier.format(job.text, job.options));
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      if (this.worker === undefined) this.start();
      this.dispatch();
    });
  }

  private start(): void {
    const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: { prettierUrl: PRETTIER_URL } });
    worker.on("message", (reply: { text?: string; error?: string }) => {
      const task = this.running!;
      this.running = undefined;
      worker.unref();
      if (reply.error === undefined) task.resolve(reply.text!);
      else task.reject(new Error(reply.error));
      this.dispatch();
    });
    worker.on("error", (error) => {
      this.running?.reject(error);
      this.running = undefined;
      this.worker = undefined;
      for (const task of this.waiting.splice(0)) task.reject(error);
    });
    worker.unref();
    this.worker = worker;
  }

  private dispatch(): void {
    if (this.worker === undefined || this.running !== undefined || this.waiting.length === 0) return;
    const { job, resolve, reject } = this.waiting.shift()!;
    this.running = { resolve, reject };
    this.worker.ref();
    this.worker.postMessage({ text: job.text, options: job.options });
  }
}

const POOL = new FormatPool();

/**
 * Formatted texts by a hash of what produced them: the unformatted text, the
 * prettier version and the options. An entry names its key and the hash of its
 * text in its first two lines, so a truncated, edited or misplaced entry is
 * ignored rather than believed.
 */
class FormatCache {
  constructor(private readonly dir: string) {}

  keyOf(job: Job): string {
    return sha256(`${JSON.stringify({ prettier: PRETTIER_VERSION, options: job.options })}\n${job.text}`);
  }

  async read(key: string): Promise<string | undefined> {
    let entry: string;
    try {
      entry = await readFile(this.fileOf(key), "utf8");
    } catch {
      return undefined;
    }
    const keyEnd = entry.indexOf("\n");
    const hashEnd = entry.indexOf("\n", keyEnd + 1);
    if (keyEnd === -1 || hashEnd === -1 || entry.slice(0, keyEnd) !== key) return undefined;
    const text = entry.slice(hashEnd + 1);
    return sha256(text) === entry.slice(keyEnd + 1, hashEnd) ? text : undefined;
  }

  async write(key: string, text: string): Promise<void> {
    const file = this.fileOf(key);
    const partial = `${file}.${process.pid}.partial`;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(partial, `${key}\n${sha256(text)}\n${text}`);
    await rename(partial, file);
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), key);
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
