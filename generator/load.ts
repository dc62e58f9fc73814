/**
 * Stage 1, load: reads the entry document and every document its `$ref`s reach,
 * parsing YAML or JSON and reporting syntax errors with line and column.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { SpecError } from "./errors.js";

export interface SourceDocument {
  /** Absolute path, the key `$ref`s resolve against. */
  file: string;
  /** The path to show the user: relative to the working directory when inside it. */
  displayPath: string;
  value: unknown;
  text: string;
}

export interface LoadedSpec {
  entry: SourceDocument;
  /** Every loaded document, keyed by absolute path. */
  documents: ReadonlyMap<string, SourceDocument>;
  /** SHA-256 over the loaded documents' text, in path order: identifies the input exactly. */
  sha256: string;
}

export async function loadSpec(entryPath: string): Promise<LoadedSpec> {
  const documents = new Map<string, SourceDocument>();
  const pending: { file: string; referencedFrom?: { file: string; pointer: string } }[] = [
    { file: path.resolve(entryPath) },
  ];
  while (pending.length > 0) {
    const next = pending.shift()!;
    if (documents.has(next.file)) continue;
    const document = await readDocument(next.file, next.referencedFrom);
    documents.set(next.file, document);
    for (const ref of externalRefs(document)) {
      pending.push({ file: ref.target, referencedFrom: { file: document.displayPath, pointer: ref.pointer } });
    }
  }
  const entry = documents.get(path.resolve(entryPath))!;
  const hash = createHash("sha256");
  for (const file of [...documents.keys()].sort()) hash.update(documents.get(file)!.text);
  return { entry, documents, sha256: hash.digest("hex") };
}

function displayPathOf(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}

async function readDocument(
  file: string,
  referencedFrom: { file: string; pointer: string } | undefined,
): Promise<SourceDocument> {
  const displayPath = displayPathOf(file);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : String(error);
    if (referencedFrom) {
      throw new SpecError(
        { file: referencedFrom.file, pointer: referencedFrom.pointer },
        `$ref points to ${displayPath}: ${reason}`,
      );
    }
    throw new SpecError({ file: displayPath }, reason);
  }
  const value = looksLikeJson(file, text) ? parseJson(text, displayPath) : await parseYaml(text, displayPath);
  return { file, displayPath, value, text };
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
async function parseYaml(text: string, displayPath: string): Promise<unknown> {
  const { load, CORE_SCHEMA, YAMLException } = await import("js-yaml");
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { line, column } = error.mark;
    throw new SpecError({ file: displayPath, line: line + 1, column: column + 1 }, `invalid YAML: ${error.reason}`);
  }
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
  walkRefs(document.value, "#", (ref, pointer) => {
    const [filePart] = ref.split("#", 1);
    if (!filePart) return;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(filePart)) {
      throw new SpecError(
        { file: document.displayPath, pointer },
        `$ref to a remote document (${filePart}) is not supported: download it next to the spec and reference the file`,
      );
    }
    found.push({ target: path.resolve(path.dirname(document.file), decodeURIComponent(filePart)), pointer });
  });
  return found;
}

/** Keys whose values are data (examples, defaults, extensions), never OpenAPI objects that may hold a `$ref`. */
const DATA_KEYS = new Set(["example", "default", "enum", "const"]);
/** Maps whose keys are names chosen by the spec's author, so a key such as `default` is not a keyword there. */
const NAME_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "schemas"]);

export function walkRefs(
  value: unknown,
  pointer: string,
  visit: (ref: string, pointer: string) => void,
  containerKey = "",
  grandContainerKey = "",
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkRefs(item, `${pointer}/${index}`, visit, containerKey, grandContainerKey));
    return;
  }
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  if (typeof record.$ref === "string") visit(record.$ref, pointer);
  const isNameMap = NAME_MAPS.has(containerKey);
  for (const key of Object.keys(record)) {
    if (key === "$ref") continue;
    if (!isNameMap) {
      if (DATA_KEYS.has(key) || key.startsWith("x-")) continue;
      if (key === "value" && grandContainerKey === "examples") continue;
      if (key === "examples" && Array.isArray(record[key])) continue;
    }
    walkRefs(record[key], `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`, visit, key, containerKey);
  }
}
