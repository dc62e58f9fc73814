/**
 * Stage 6, format: prettier's layout for every generated TypeScript and
 * Markdown file, with trailing commas so that adding a member is a one-line
 * diff.
 *
 * Prettier costs more than everything before it on a large spec (on GitHub's,
 * 13 s of 17 s), most of it on type declarations it only re-indents. So large
 * files are cut into runs of top-level statements (or of members, inside a large
 * interface or class); within a run, the plain declarations are formatted
 * without prettier (`declarations.ts`), prettier formats what is left
 * around them on worker threads, and a content-addressed cache remembers what
 * each run became. None of it shows in the output: the text is byte for byte
 * what prettier makes of the whole file, which the format tests check on the
 * real specs.
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
import { fillRuns, formatDeclarations, hollowDeclarations } from "./declarations.js";
import { scanCode } from "./code-scan.js";
import { formatOperationCode } from "./calls.js";
import { isStableMarkdown } from "./markdown.js";

export const PRETTIER_OPTIONS: Options = { printWidth: 100, trailingComma: "all", endOfLine: "lf" };

/**
 * `babel-ts` rather than `typescript`: the same output for the code we generate
 * (the committed package and the real-spec tests would show a difference) at a
 * third of the parsing time. JSON files are written by `JSON.stringify` with
 * two-space indentation, one value a line, which is already a stable layout
 * that diffs well; prettier would take two seconds over GitHub's 3 MB
 * `api-surface.json` only to fold short arrays.
 */
const PARSERS: Record<string, string> = { ts: "babel-ts", md: "markdown" };

/** Prettier runs on worker threads; this thread reads only its version, for the cache key, and loads it only with a single core. */
const PRETTIER_URL = import.meta.resolve("prettier");
const PRETTIER_VERSION = (JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(PRETTIER_URL)), "package.json"), "utf8")) as { version: string }).version;

/** Code like the code the workers format, for the first of them to warm up on while it would wait. */
const WARM_UP_DIR = fileURLToPath(new URL("../../templates/runtime/", import.meta.url));

/** Queued text (characters) that another worker's start and warm-up pay for. */
const BACKLOG_FOR_ANOTHER_WORKER = 256 * 1024;

/** Large enough that message passing is noise, small enough that two workers stay evenly busy. */
const CHUNK_CHARACTERS = 128 * 1024;

export interface FormatSettings {
  /** Folder of the format cache; no caching when absent. */
  cacheDir?: string;
  /** Size of the runs large files are cut into. */
  chunkCharacters?: number;
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
  if (!parser || file.formatted || (parser === "markdown" && isStableMarkdown(file.text))) return { path: file.path, text: file.text };
  const cache = settings.cacheDir === undefined ? undefined : new FormatCache(path.join(settings.cacheDir, "format"));
  const options = { ...PRETTIER_OPTIONS, parser };
  const pieces = parser === "babel-ts" ? splitTypeScript(file.text, settings.chunkCharacters) : [{ text: file.text, open: "", close: "", separator: "" }];
  const formatted = await Promise.all(pieces.map((piece) => formatPiece(piece, options, cache))).then(
    (texts) => texts.join(""),
    // A cut that prettier cannot parse on its own is not a statement boundary: the whole file is formatted instead.
    () => formatCached({ text: file.text, options }, cache),
  );
  return { path: file.path, text: formatted };
}

/** Called before the stages that precede formatting: prettier loads on the other cores meanwhile. */
export function prepareFormatting(): void {
  POOL.prepare();
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
 * A run of a file formatted on its own: `open` and `close` are lines written
 * around it so that it parses (the head and tail of an interface or class whose
 * members were cut apart) and taken off again after formatting; `separator` goes before
 * its formatted text.
 */
export interface Piece {
  text: string;
  open: string;
  close: string;
  separator: string;
}

/**
 * Cuts generated TypeScript between top-level statements that a blank line
 * separates, and a large interface or class between its members, in runs of about
 * `chunkCharacters`. Prettier formats each statement and each member on its
 * own and keeps blank lines between them as they are, so formatting the runs
 * and joining them gives the whole file's output. Cuts are made only where the
 * code before is complete (outside brackets, strings and comments, after a `;`
 * or `}`); should one still land inside a construct, its run does not parse,
 * which `formatFiles` notices.
 */
export function splitTypeScript(text: string, chunkCharacters = CHUNK_CHARACTERS): Piece[] {
  if (text.length <= chunkCharacters) return [{ text, open: "", close: "", separator: "" }];
  const boundaries = lineStartsAfterCompleteCode(text);
  const statements = cut(text, boundaries, /^(?:export |\/\*\*|\/\/|import |declare |function |const |interface |type )/, true, chunkCharacters);
  return statements.flatMap((statement) => {
    const header = [...statement.text.matchAll(/^export (?:interface|class) [A-Za-z_$][\w$]*(?: extends [\w$.<>, ]+)? \{\n/gm)].at(-1);
    const bodyStart = header === undefined ? 0 : header.index + header[0].length;
    const isLastAndWhole = header !== undefined && statement.text.indexOf("\n}\n", bodyStart) === statement.text.length - 3;
    if (!isLastAndWhole || statement.text.length - bodyStart <= chunkCharacters) {
      return [{ text: statement.text, open: "", close: "", separator: statement.separator }];
    }
    const body = statement.text.slice(bodyStart, -2);
    const members = cut(body, lineStartsAfterCompleteCode(body), /^[ \t]*(?:\/\*\*|[\w$"'[])/, false, chunkCharacters);
    const last = members.length - 1;
    return members.map((member, index) => ({
      text: (index === 0 ? statement.text.slice(0, bodyStart) : "") + member.text + (index === last ? "}\n" : ""),
      open: index === 0 ? "" : header[0],
      close: index === last ? "" : "}\n",
      separator: index === 0 ? statement.separator : member.separator,
    }));
  });
}

/**
 * `text` cut at `starts` (line starts at bracket depth 0) into runs of at least
 * `chunkCharacters`, where the line begins like `nextLine`. Where blank lines
 * come before the cut they are left out of both runs and the later run is to
 * be joined with one blank line (prettier keeps one, at any depth); without
 * them the runs join directly, which only `blankLineOnly: false` allows.
 */
function cut(
  text: string,
  starts: readonly number[],
  nextLine: RegExp,
  blankLineOnly: boolean,
  chunkCharacters: number,
): { text: string; separator: string }[] {
  const runs: { text: string; separator: string }[] = [];
  let start = 0;
  let separator = "";
  for (const lineStart of starts) {
    if (lineStart - start < chunkCharacters || !nextLine.test(text.slice(lineStart, lineStart + 16))) continue;
    let end = lineStart;
    while (end >= 2 && text.charCodeAt(end - 1) === 10 && text.charCodeAt(end - 2) === 10) end--;
    const blankBefore = end < lineStart;
    if (blankLineOnly && !blankBefore) continue;
    runs.push({ text: text.slice(start, end), separator });
    separator = blankBefore ? "\n" : "";
    start = lineStart;
  }
  runs.push({ text: text.slice(start), separator });
  return runs;
}

/**
 * Starts of lines before which the code is complete: outside brackets,
 * strings, template literals and comments, with `;` or `}` as the last thing
 * before the line (not a comment).
 */
function lineStartsAfterCompleteCode(text: string): number[] {
  const lines = scanCode(text);
  const starts: number[] = [];
  for (let line = 1; line < lines.starts.length - 1; line++) {
    const last = lines.lastCodeBefore[line];
    if (lines.depths[line] === 0 && lines.plain[line] && (last === 59 || last === 125)) starts.push(lines.starts[line]!);
  }
  return starts;
}

async function formatPiece(piece: Piece, options: Options, cache: FormatCache | undefined): Promise<string> {
  const text = piece.open + piece.text + piece.close;
  const formatted = formatDeclarations(text, options.printWidth!) ?? (await formatAroundTypeBodies(text, options, cache));
  if (!formatted.startsWith(piece.open)) throw new Error("a run's opening line did not format to itself");
  const withoutOpen = formatted.slice(piece.open.length);
  if (piece.close !== "" && !withoutOpen.endsWith("\n}\n")) throw new Error("an interface run did not format to members and a closing brace");
  return piece.separator + (piece.close === "" ? withoutOpen : withoutOpen.slice(0, -2));
}

/** Prettier on the code around the object types, which are formatted without it; the whole text through prettier when that fails. */
async function formatAroundTypeBodies(text: string, options: Options, cache: FormatCache | undefined): Promise<string> {
  const printWidth = options.printWidth!;
  const hollowed = hollowDeclarations(text, printWidth, formatOperationCode);
  const skeleton = await formatCached({ text: hollowed.skeleton, options }, cache);
  return fillRuns(skeleton, hollowed.runs, printWidth) ?? (await formatCached({ text, options }, cache));
}

/**
 * Worker threads that run prettier, kept for the next call (prettier's start and
 * warm-up are a good part of its cost); an idle worker does not keep the process
 * alive. One starts before the stages that precede formatting; another only once
 * the queue holds enough to be worth a second start and warm-up (GitHub's spec,
 * not Document360's). The calling thread formats when only one core is there.
 */
class FormatPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: { job: Job; resolve: (text: string) => void; reject: (error: Error) => void }[] = [];
  private readonly running = new Map<Worker, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  private readonly size = Math.min(availableParallelism(), 4);
  private waitingCharacters = 0;

  /** Starts a worker now, so that loading prettier overlaps whatever the calling thread does next. */
  prepare(): void {
    if (this.size >= 2 && this.workers.length === 0) this.start();
  }

  format(job: Job): Promise<string> {
    if (this.size < 2) return import("prettier").then((prettier) => prettier.format(job.text, job.options));
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.waitingCharacters += job.text.length;
      const worthAnother = this.workers.length === 0 || this.waitingCharacters > BACKLOG_FOR_ANOTHER_WORKER;
      if (this.idle.length === 0 && this.workers.length < this.size && worthAnother) this.start();
      this.dispatch();
    });
  }

  private start(): void {
    const worker = new Worker(new URL("./worker.js", import.meta.url), {
      workerData: {
        prettierUrl: PRETTIER_URL,
        warmUpDir: this.workers.length === 0 ? WARM_UP_DIR : undefined,
        warmUpOptions: { ...PRETTIER_OPTIONS, parser: PARSERS.ts },
      },
    });
    worker.on("message", (reply: { text?: string; error?: string }) => {
      const task = this.running.get(worker)!;
      this.running.delete(worker);
      this.idle.push(worker);
      worker.unref();
      if (reply.error === undefined) task.resolve(reply.text!);
      else task.reject(new Error(reply.error));
      this.dispatch();
    });
    worker.on("error", (error) => {
      this.running.get(worker)?.reject(error);
      this.running.delete(worker);
      this.workers.splice(this.workers.indexOf(worker), 1);
      if (this.idle.includes(worker)) this.idle.splice(this.idle.indexOf(worker), 1);
      for (const task of this.waiting.splice(0)) task.reject(error);
      this.waitingCharacters = 0;
    });
    worker.unref();
    this.workers.push(worker);
    this.idle.push(worker);
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.shift()!;
      const { job, resolve, reject } = this.waiting.shift()!;
      this.waitingCharacters -= job.text.length;
      this.running.set(worker, { resolve, reject });
      worker.ref();
      worker.postMessage({ text: job.text, options: job.options });
    }
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
