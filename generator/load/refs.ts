/**
 * `$ref` resolution across the loaded documents, shared by validation and modelling.
 */
import path from "node:path";
import type { LoadedSpec, SourceDocument } from "./load.js";

export interface RefTarget {
  document: SourceDocument;
  /** Canonical pointer inside `document`, always starting with `#`. */
  pointer: string;
  tokens: string[];
  value: unknown;
}

/** Resolves `ref` written in `fromFile`; undefined when the document or the pointer does not exist. */
export function resolveRef(spec: LoadedSpec, fromFile: string, ref: string): RefTarget | undefined {
  const hashIndex = ref.indexOf("#");
  const filePart = hashIndex === -1 ? ref : ref.slice(0, hashIndex);
  const fragment = hashIndex === -1 ? "" : ref.slice(hashIndex + 1);
  const file = filePart ? path.resolve(path.dirname(fromFile), decodeURIComponent(filePart)) : fromFile;
  const document = spec.documents.get(file);
  if (!document) return undefined;
  if (fragment !== "" && !fragment.startsWith("/")) return undefined;
  const tokens = fragment === "" ? [] : fragment.slice(1).split("/").map(decodeToken);
  let value: unknown = document.value;
  for (const token of tokens) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, token)) return undefined;
    value = (value as Record<string, unknown>)[token];
  }
  return { document, pointer: "#" + fragment, tokens, value };
}

function decodeToken(token: string): string {
  let decoded = token;
  try {
    decoded = decodeURIComponent(token);
  } catch {
    // A token with a stray `%` is taken literally, as it is written.
  }
  return decoded.replaceAll("~1", "/").replaceAll("~0", "~");
}
