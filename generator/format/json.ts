/**
 * JSON in a Markdown code block, as prettier's JSON printer lays it out when
 * the text came from `JSON.stringify(value, null, 2)`: every non-empty object
 * one member a line (prettier keeps an object expanded that was written so),
 * an array on one line when it fits, else one item a line, no trailing commas.
 */
import { builders, type builders as Builders } from "prettier/doc";
import { printDoc } from "./typescript.js";

type Doc = Builders.Doc;
const { group, hardline, indent, join, line, softline } = builders;

export function printJson(value: unknown): string {
  return printDoc(jsonDoc(value));
}

function jsonDoc(value: unknown): Doc {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const breaks = value.length > 1 && value.every((item) => isObject(item) && Object.keys(item).length > 1);
    return group(["[", indent([softline, join([",", line], value.map(jsonDoc))]), softline, "]"], { shouldBreak: breaks });
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    return ["{", indent([hardline, join([",", hardline], entries.map(([key, field]) => [JSON.stringify(key), ": ", jsonDoc(field)]))]), hardline, "}"];
  }
  return JSON.stringify(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
