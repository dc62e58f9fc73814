/**
 * Markdown that prettier leaves exactly as it is, recognised without running
 * it: headings, one-line paragraphs, lists whose items may carry continuation
 * lines and one level of nested items, text that is plain words and
 * punctuation around inline code and links to relative files (as in api.md
 * and the README), shell blocks, JSON blocks laid out as prettier lays out JSON
 * (which `json.ts` does with prettier's doc printer), and TypeScript blocks the
 * caller printed with `typescript.ts`. Anything else (emphasis characters,
 * HTML, tables, deeper nesting) is left to prettier. The format tests hold
 * this to prettier's output, on the real specs' files and on random text.
 */
import { printJson } from "./json.js";

/** Plain text that no Markdown construct can start in, between inline code spans. */
const PLAIN_TEXT = /^[A-Za-z0-9 .,:;()'"/?+\u2192-]*$/;
/**
 * An inline code span, a link whose text is one and whose target is a file
 * beside this one (`[`api.md`](./api.md)`), or api.md's closing
 * ` **Deprecated.**`.
 */
const CODE_SPAN = /\[`([^`]+)`\]\(\.\/[\w.-]+\)|`([^`]+)`| \*\*Deprecated\.\*\*$/g;

/** Underscores inside a word (`beta_Dist`), which cannot open or close emphasis, so prettier leaves them. */
const INTRAWORD_UNDERSCORES = /(?<=[A-Za-z0-9])_+(?=[A-Za-z0-9])/g;

type BlockKind = "blank" | "heading" | "paragraph" | "item" | "nested" | "continuation" | "code";

/**
 * Whether prettier would print `text` unchanged. `printedCode` holds the
 * bodies of ```ts blocks that were printed by `typescript.ts`, whose layout
 * is prettier's (embedded code is formatted as a file of its own); other
 * TypeScript blocks are left to prettier.
 */
export function isStableMarkdown(text: string, printedCode: readonly string[] = []): boolean {
  if (!text.endsWith("\n") || text.endsWith("\n\n") || text.includes("\r")) return false;
  const lines = text.slice(0, -1).split("\n");
  let previousKind: BlockKind = "blank";
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fence = /^```(ts|json|sh)$/.exec(line)?.[1];
    if (fence !== undefined) {
      const close = lines.indexOf("```", index + 1);
      if (previousKind !== "blank" || close === -1 || !isStableCode(fence, lines.slice(index + 1, close), printedCode)) return false;
      previousKind = "code";
      index = close;
      continue;
    }
    if (line === "") {
      if (previousKind === "blank" || index === 0) return false;
      previousKind = "blank";
      continue;
    }
    const kind = lineKind(line);
    if (kind === undefined || !follows(previousKind, kind)) return false;
    if (!isPlainInline(line.slice(kind === "heading" ? line.indexOf(" ") + 1 : TEXT_START[kind]))) return false;
    previousKind = kind;
  }
  return true;
}

/** Where a line's text starts, after its marker and indentation. */
const TEXT_START = { item: 2, nested: 4, continuation: 2, paragraph: 0 };

function lineKind(line: string): Exclude<BlockKind, "blank" | "code"> | undefined {
  if (/^#{1,2} /.test(line)) return "heading";
  if (line.startsWith("- ")) return "item";
  if (line.startsWith("  - ")) return "nested";
  // A continuation starts with a letter or code: no digit (an ordered list), marker or indentation that would open another block.
  if (/^ {2}[A-Za-z`]/.test(line)) return "continuation";
  if (/^[A-Za-z`[]/.test(line)) return "paragraph";
  // Anything else could open a block (a list marker, a number with a dot, a quote).
  return undefined;
}

/** Blocks are one blank line apart, as prettier writes them; an item's continuation lines and nested items follow it directly. */
function follows(previous: BlockKind, kind: BlockKind): boolean {
  switch (kind) {
    case "item":
      return previous === "blank" || previous === "item" || previous === "continuation" || previous === "nested";
    case "continuation":
      return previous === "item" || previous === "continuation";
    case "nested":
      return previous === "item" || previous === "continuation" || previous === "nested";
    default:
      return previous === "blank";
  }
}

function isStableCode(language: string, code: string[], printedCode: readonly string[]): boolean {
  if (code.length === 0 || code[0] === "" || code.at(-1) === "") return false;
  switch (language) {
    case "ts":
      return printedCode.includes(code.join("\n"));
    case "json":
      return isPrettierJson(code.join("\n"));
    default:
      // Prettier prints a shell block's lines as they are.
      return code.every((codeLine) => !codeLine.startsWith("```") && codeLine === codeLine.trimEnd());
  }
}

function isPrettierJson(text: string): boolean {
  try {
    return printJson(JSON.parse(text)) === text;
  } catch {
    return false;
  }
}

/** Text inside a heading, an item or a paragraph; it starts with a letter or code, as what else could start with might open another block (`- + x` is a nested list). */
function isPlainInline(text: string): boolean {
  if (!/^[A-Za-z`[]/.test(text) || text !== text.trim() || text.includes("  ")) return false;
  for (const span of text.matchAll(CODE_SPAN)) {
    const code = span[1] ?? span[2];
    if (code !== undefined && code !== code.trim()) return false;
  }
  return PLAIN_TEXT.test(text.replace(INTRAWORD_UNDERSCORES, "x").replace(CODE_SPAN, "x"));
}
