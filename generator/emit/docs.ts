/**
 * JSDoc text from spec prose. Every comment the emitters write goes through
 * `escapeComment`, so `*` + `/` inside a description can never end a comment
 * early, and nothing in it can make the code read differently from how it
 * runs: bidi controls, invisible marks, NUL and other controls, and U+2028 /
 * U+2029 are shown as `\u{...}` text instead of written (see `visibleText`).
 */
import type { Docs } from "../model/types.js";
import { codeString, visibleText } from "../plan/identifiers.js";

/** The body of a JSDoc comment (no delimiters), or undefined when there is nothing to say. */
export function docText(docs: Docs, extraLines: string[] = []): string | undefined {
  const paragraphs: string[] = [];
  if (docs.summary) paragraphs.push(docs.summary);
  if (docs.description && docs.description !== docs.summary) paragraphs.push(docs.description);
  if (extraLines.length > 0) paragraphs.push(extraLines.join("\n"));
  const tags: string[] = [];
  if (docs.deprecated) tags.push("@deprecated");
  if (docs.format) tags.push(`@format ${docs.format}`);
  if (isPrimitive(docs.default)) tags.push(`@default ${codeString(docs.default)}`);
  if (isPrimitive(docs.example)) tags.push(`@example ${codeString(docs.example)}`);
  if (tags.length > 0) paragraphs.push(tags.join("\n"));
  if (paragraphs.length === 0) return undefined;
  return escapeComment(paragraphs.join("\n\n"));
}

/** Text that can go inside a block comment: visible (see `visibleText`), with every `*` + `/` broken up so that it cannot end the comment. */
export function escapeComment(text: string): string {
  return visibleText(text).replaceAll("*/", "*\\/");
}

/** Text that can go inside a line comment: as in a block comment, and on one line. */
export function escapeLineComment(text: string): string {
  return escapeComment(text).replaceAll("\n", "\\n");
}

function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
