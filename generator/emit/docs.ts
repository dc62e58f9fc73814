/**
 * JSDoc text from spec prose. Every comment the emitters write goes through
 * here, so `*` + `/` inside a description can never end a comment early.
 */
import type { Docs } from "../model/types.js";

/** The body of a JSDoc comment (no delimiters), or undefined when there is nothing to say. */
export function docText(docs: Docs, extraLines: string[] = []): string | undefined {
  const paragraphs: string[] = [];
  if (docs.summary) paragraphs.push(docs.summary);
  if (docs.description && docs.description !== docs.summary) paragraphs.push(docs.description);
  if (extraLines.length > 0) paragraphs.push(extraLines.join("\n"));
  const tags: string[] = [];
  if (docs.deprecated) tags.push("@deprecated");
  if (docs.format) tags.push(`@format ${docs.format}`);
  if (isPrimitive(docs.default)) tags.push(`@default ${JSON.stringify(docs.default)}`);
  if (isPrimitive(docs.example)) tags.push(`@example ${JSON.stringify(docs.example)}`);
  if (tags.length > 0) paragraphs.push(tags.join("\n"));
  if (paragraphs.length === 0) return undefined;
  return escapeComment(paragraphs.join("\n\n"));
}

/** The text with every `*` + `/` broken up, so that it cannot end a comment. */
export function escapeComment(text: string): string {
  return text.replaceAll("*/", "*\\/");
}

function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
