/**
 * Markdown that prettier leaves exactly as it is, recognised without running
 * it: headings, one-line paragraphs and flat lists whose text is plain words and
 * punctuation around inline code, as in api.md, and the README's short code
 * example and JSON block (when laid out as prettier lays out JSON, which
 * `json.ts` does with prettier's doc printer). Anything else (emphasis
 * characters, links, HTML, nested lists, wrapped lines) is left to prettier.
 * The format tests hold this to prettier's output on the real specs' files.
 */
import { printJson } from "./json.js";

/** Plain text that no Markdown construct can start in, between inline code spans. */
const PLAIN_TEXT = /^[A-Za-z0-9 .,:;()'"/?+\u2192-]*$/;
const CODE_SPAN = /`([^`]+)`/g;

/**
 * The code lines of the README's example that prettier prints as written when
 * they fit in prettier's 100 columns: an import of names, a blank line, a constant set from
 * a call with no arguments or one short object literal.
 */
const EXAMPLE_CODE = /^(?:import \{ [\w$]+(?:, [\w$]+)* \} from "[\w@./-]+";|const [\w$]+ = (?:await )?[\w$.]+\((?:\{ [\w$]+: [\w$.]+ \})?\);|)$/;

export function isStableMarkdown(text: string): boolean {
  if (!text.endsWith("\n") || text.endsWith("\n\n") || text.includes("\r")) return false;
  const lines = text.slice(0, -1).split("\n");
  let previousKind: "blank" | "heading" | "paragraph" | "item" | "code" = "blank";
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === "```ts") {
      const close = lines.indexOf("```", index + 1);
      const code = lines.slice(index + 1, close);
      if (previousKind !== "blank" || close === -1 || code[0] === "" || code.at(-1) === "") return false;
      if (!code.every((codeLine, at) => codeLine.length <= 100 && EXAMPLE_CODE.test(codeLine) && !(codeLine === "" && code[at - 1] === ""))) return false;
      previousKind = "code";
      index = close;
      continue;
    }
    if (line === "```json") {
      const close = lines.indexOf("```", index + 1);
      if (previousKind !== "blank" || close === -1 || !isPrettierJson(lines.slice(index + 1, close).join("\n"))) return false;
      previousKind = "code";
      index = close;
      continue;
    }
    if (line === "") {
      if (previousKind === "blank" || index === 0) return false;
      previousKind = "blank";
      continue;
    }
    const heading = /^#{1,2} (.*)$/.exec(line);
    const item = /^- (.*)$/.exec(line);
    const kind = heading ? "heading" : item ? "item" : "paragraph";
    const inline = heading?.[1] ?? item?.[1] ?? line;
    // Blocks other than list items are apart from their neighbours by one blank line, as prettier writes them.
    if (previousKind !== "blank" && !(kind === "item" && previousKind === "item")) return false;
    if (line.startsWith("```")) return false;
    if (kind === "paragraph" && !/^[A-Za-z`]/.test(line)) return false;
    if (!isPlainInline(inline)) return false;
    previousKind = kind;
  }
  return true;
}

function isPrettierJson(text: string): boolean {
  try {
    return printJson(JSON.parse(text)) === text;
  } catch {
    return false;
  }
}

function isPlainInline(text: string): boolean {
  if (text === "" || text !== text.trim() || text.includes("  ")) return false;
  for (const span of text.matchAll(CODE_SPAN)) {
    if (span[1] !== span[1]!.trim()) return false;
  }
  return PLAIN_TEXT.test(text.replace(CODE_SPAN, "x"));
}
