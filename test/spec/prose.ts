/**
 * Prose in an OpenAPI document (summaries, descriptions, titles) and the
 * comparison that tells our wording from the vendor's.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

export interface ProseString {
  /** `file#/json/pointer` of the string. */
  where: string;
  text: string;
}

const PROSE_KEYS = new Set(["summary", "description", "title"]);
/** Maps whose keys are names, so a property called `description` is not prose. */
const NAME_MAPS = new Set(["properties", "schemas", "headers", "responses", "parameters", "content", "examples"]);

export function proseIn(value: unknown, where: string, containerKey = ""): ProseString[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => proseIn(item, `${where}/${index}`));
  if (value === null || typeof value !== "object") return [];
  const found: ProseString[] = [];
  for (const [key, child] of Object.entries(value)) {
    const pointer = `${where}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    if (!NAME_MAPS.has(containerKey) && PROSE_KEYS.has(key) && typeof child === "string") found.push({ where: pointer, text: child });
    else if (key !== "example" && key !== "value" && key !== "enum" && key !== "default") found.push(...proseIn(child, pointer, key));
  }
  return found;
}

/** Every prose string in the YAML files of `specDir`. */
export function specProse(specDir: string): ProseString[] {
  return readdirSync(specDir)
    .filter((file) => file.endsWith(".yaml"))
    .sort()
    .flatMap((file) => proseIn(parse(readFileSync(path.join(specDir, file), "utf8")), `${file}#`));
}

/** Lower case words, with Markdown, punctuation and line breaks taken out. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[`*_>#\[\]()]/g, " ")
    .split(/[^a-z0-9{}$@.-]+/)
    .map((word) => word.replace(/^[.-]+|[.-]+$/g, ""))
    .filter(Boolean);
}

const RUN_LENGTH = 6;

function runsOf(list: string[]): string[] {
  const runs: string[] = [];
  for (let index = 0; index + RUN_LENGTH <= list.length; index++) runs.push(list.slice(index, index + RUN_LENGTH).join(" "));
  return runs;
}

/** Indexes the vendor's prose so each of ours can be checked for a shared run of six words or an identical text. */
export function vendorIndex(vendorProse: readonly string[]): { texts: Set<string>; runs: Map<string, string> } {
  const texts = new Set<string>();
  const runs = new Map<string, string>();
  for (const text of vendorProse) {
    const list = words(text);
    texts.add(list.join(" "));
    for (const run of runsOf(list)) if (!runs.has(run)) runs.set(run, text);
  }
  return { texts, runs };
}

export function copiedFrom(text: string, index: ReturnType<typeof vendorIndex>): { run: string; vendor: string } | undefined {
  const list = words(text);
  const joined = list.join(" ");
  if (index.texts.has(joined)) return { run: joined, vendor: text };
  for (const run of runsOf(list)) {
    const vendor = index.runs.get(run);
    if (vendor !== undefined) return { run, vendor };
  }
  return undefined;
}
