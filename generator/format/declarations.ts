/**
 * Prettier's output for the plainest kind of generated TypeScript, computed
 * without prettier: runs of exported interfaces and type aliases whose every
 * member fits on one line. Most of a large client is made of these (the models,
 * the `paths` interface, the parameter interfaces), and for them prettier only
 * re-indents and leaves each line as it is. `formatDeclarations` formats a run
 * made only of them; `hollowDeclarations` takes them (and doc comments) out of
 * code, so that prettier formats only the rest, and `fillRuns` puts them back.
 *
 * The accepted subset is deliberately small: a line is accepted only where
 * prettier is known to print exactly that line. Everything else (code, multi-line
 * unions, a line over the print width, a quote prettier would swap, a number it
 * would rewrite, non-ASCII text whose printed width differs from its length)
 * makes the whole run `undefined`, and prettier formats it. The format tests compare
 * this function's output with prettier's on every run of the real specs.
 */

import { scanCode } from "./code-scan.js";

const INDENT = "  ";

type Block = "interface" | "type literal";

/**
 * `text` formatted as prettier formats it with `printWidth`, or undefined when
 * the text is not made only of the declarations this module knows.
 */
export function formatDeclarations(text: string, printWidth: number): string | undefined {
  if (!text.endsWith("\n") || text.includes("\r")) return undefined;
  const lines = formatLines(text.slice(0, -1).split("\n"), "", [], printWidth);
  return lines === undefined ? undefined : lines.join("\n") + "\n";
}

/**
 * The members of an object type, interface or class body (the lines between
 * its braces) as prettier prints them at `indent`; undefined when they are not all
 * one-line members this module knows.
 */
export function formatMembers(lines: string[], indent: string, printWidth: number): string[] | undefined {
  if (lines.length === 0 || lines.some((line) => line.includes("\r"))) return undefined;
  return formatLines(lines, indent.slice(INDENT.length), ["type literal"], printWidth);
}

/** Lines printed at `base` plus one indent per open block; `blocks` holds the blocks open around them, which they must not close. */
function formatLines(lines: string[], base: string, blocks: Block[], printWidth: number): string[] | undefined {
  const floor = blocks.length;
  const out: string[] = [];
  let inDoc = false;
  for (let index = 0; index < lines.length; index++) {
    const content = lines[index]!.trim();
    const indent = base + INDENT.repeat(blocks.length);
    if (inDoc) {
      // Prettier keeps some trailing whitespace in a comment and drops other; such comments are left to it.
      if (!content.startsWith("*") || /\s$/.test(lines[index]!)) return undefined;
      out.push(`${indent} ${content}`);
      if (content.endsWith("*/")) {
        if (content !== "*/" || !startsDeclaration(lines[index + 1])) return undefined;
        inDoc = false;
      } else if (content.includes("*/")) {
        return undefined;
      }
      continue;
    }
    if (content === "") {
      // Prettier keeps one blank line between statements or members, never more, and none after `{` or before `}`.
      if (index === 0 || index === lines.length - 1 || lines[index - 1]!.trim() === "" || /\{$/.test(lines[index - 1]!)) return undefined;
      if (lines[index + 1]!.trim().startsWith("}")) return undefined;
      out.push("");
      continue;
    }
    if (content.startsWith("/**")) {
      if (content === "/**") {
        inDoc = true;
      } else if (!content.endsWith("*/") || content.indexOf("*/") !== content.length - 2 || !startsDeclaration(lines[index + 1])) {
        return undefined;
      }
      out.push(indent + content);
      continue;
    }
    if (!isAsciiPrintable(content)) return undefined;
    if (blocks.length === floor && content.startsWith("}")) return undefined;
    const printed = blocks.length === 0 ? topLevelLine(content, blocks, printWidth) : memberLine(content, base, out.at(-1) ?? "", blocks, printWidth);
    if (printed === undefined) return undefined;
    out.push(...printed);
  }
  return inDoc || blocks.length > floor ? undefined : out;
}

/** The printed lines of a top-level line, after updating the open blocks; undefined when not a known declaration. */
function topLevelLine(content: string, blocks: Block[], printWidth: number): string[] | undefined {
  const declaration = /^export (interface|type) ([A-Za-z_$][\w$]*)(.*)$/.exec(content);
  if (!declaration) return undefined;
  const [, keyword, name, rest] = declaration;
  if (keyword === "interface") {
    const heritage = /^(?: extends ([^{]+))? \{$/.exec(rest!);
    if (!heritage || (heritage[1] !== undefined && !heritage[1].split(", ").every(isTypeName))) return undefined;
    blocks.push("interface");
    return fitting([content], printWidth);
  }
  if (rest === " = {") {
    blocks.push("type literal");
    return fitting([content], printWidth);
  }
  if (!rest!.startsWith(" = ") || !rest!.endsWith(";") || !isCanonicalType(rest!.slice(3, -1))) return undefined;
  if (content.length <= printWidth) return [content];
  // A union too long for its line moves below the `=`, whole if it fits there, else one member a line.
  const type = rest!.slice(3, -1);
  const members = unionMembers(type);
  if (members === undefined) return undefined;
  const head = `export type ${name} =`;
  if (INDENT.length + type.length + 1 <= printWidth) return [head, `${INDENT}${type};`];
  return fitting([head, ...members.map((member, index) => `${INDENT}| ${member}${index === members.length - 1 ? ";" : ""}`)], printWidth);
}

function memberLine(content: string, base: string, previous: string, blocks: Block[], printWidth: number): string[] | undefined {
  const depth = blocks.length;
  const indent = base + INDENT.repeat(depth);
  if (content.startsWith("}")) {
    // An empty block is printed as `{}` on its opening line.
    if (previous.endsWith("{")) return undefined;
    const block = blocks.pop()!;
    // `} | null` stays on the brace's line: prettier hugs an object type whose only other union member is null.
    const fits = block === "interface" ? content === "}" : content === "};" || content === "}[];" || content === "} | null;";
    return fits ? [base + INDENT.repeat(depth - 1) + content] : undefined;
  }
  const index = /^\[([A-Za-z_$][\w$]*): string\]: (.+);$/.exec(content);
  if (index) return isCanonicalType(index[2]!) ? fitting([indent + content], printWidth) : undefined;
  const member = /^([A-Za-z_$][\w$]*|\d+|"[^"\\]*")(\??): (.+)$/.exec(content);
  if (!member || !isStableKey(member[1]!)) return undefined;
  const type = member[3]!;
  if (type === "{") {
    blocks.push("type literal");
    return fitting([indent + content], printWidth);
  }
  if (!type.endsWith(";") || !isCanonicalType(type.slice(0, -1))) return undefined;
  if (indent.length + content.length <= printWidth) return [indent + content];
  // A union too long for its line moves below the key, whole if it fits there, else one member a line.
  const members = unionMembers(type.slice(0, -1));
  if (members === undefined) return undefined;
  const head = `${indent}${member[1]}${member[2]}:`;
  if (indent.length + INDENT.length + type.length <= printWidth) return [head, indent + INDENT + type];
  return fitting([head, ...members.map((part, at) => `${indent}${INDENT}| ${part}${at === members.length - 1 ? ";" : ""}`)], printWidth);
}

/** The lines when each fits the print width. */
function fitting(lines: string[], printWidth: number): string[] | undefined {
  return lines.every((line) => line.length <= printWidth) ? lines : undefined;
}

/** The members of a union of at least two members, each a name, literal or array of one; undefined otherwise. */
function unionMembers(type: string): string[] | undefined {
  const members = type.split(" | ");
  return members.length >= 2 && members.every((member) => /^(?:[A-Za-z_$][\w$.]*|"[^"]*"|-?[\d.]+)(?:\[\])*$/.test(member)) ? members : undefined;
}

/**
 * A key prettier writes as it is: an identifier, a plain integer, or a quoted
 * key that could not go without its quotes (prettier takes the quotes off a
 * quoted identifier or number when it can).
 */
function isStableKey(key: string): boolean {
  if (!key.startsWith('"')) return /^(?:[A-Za-z_$][\w$]*|0|[1-9]\d*)$/.test(key);
  const inner = key.slice(1, -1);
  return inner !== "" && !/^(?:[A-Za-z_$][\w$]*|\d+(?:\.\d+)?)$/.test(inner);
}

/** The one line after a doc comment: what the comment documents, never a closing brace or another comment. */
function startsDeclaration(line: string | undefined): boolean {
  const content = line?.trim() ?? "";
  return content !== "" && !content.startsWith("}") && !content.startsWith("/");
}

function isAsciiPrintable(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

function isTypeName(text: string): boolean {
  return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(text);
}

const TOKEN = new RegExp(
  [
    String.raw`[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*`,
    // Double quotes with no quote inside: prettier would swap to single quotes around a text holding double ones.
    String.raw`"(?:[^"\\]|\\[\\nrtbf]|\\u[0-9a-fA-F]{4})*"`,
    // Numbers as prettier prints them: no exponent, no trailing zeros or dot.
    String.raw`-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?(?![\w.])`,
    String.raw`\{ \[key: string\]: (?:never|unknown) \}`,
    String.raw` \| | & |, |\.\.\.|\[\]|[()[\]<>]`,
  ].join("|"),
  "y",
);

/**
 * Whether prettier prints this one-line type exactly as written: the tokens
 * above, spaced the way prettier spaces them, with parentheses only where they
 * are needed (around a union or intersection before `[]`) and unions and
 * intersections not mixed at one level (prettier would add parentheses).
 */
export function isCanonicalType(text: string): boolean {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match || match.index !== start) return false;
    tokens.push(match[0]);
  }
  const parser = new TypeParser(tokens);
  return parser.type() !== undefined && parser.atEnd();
}

type Shape = "single" | "union" | "intersection";

class TypeParser {
  private position = 0;

  constructor(private readonly tokens: string[]) {}

  atEnd(): boolean {
    return this.position === this.tokens.length;
  }

  /** Members joined by one kind of operator; the kind, or undefined when not canonical. */
  type(): Shape | undefined {
    let shape: Shape = "single";
    if (!this.postfix()) return undefined;
    for (;;) {
      const operator = this.tokens[this.position];
      if (operator !== " | " && operator !== " & ") return shape;
      const kind = operator === " | " ? "union" : "intersection";
      if (shape !== "single" && shape !== kind) return undefined;
      shape = kind;
      this.position++;
      if (!this.postfix()) return undefined;
    }
  }

  private postfix(): boolean {
    const token = this.tokens[this.position];
    if (token === "(") {
      this.position++;
      const inner = this.type();
      if (inner === undefined || inner === "single" || this.tokens[this.position] !== ")") return false;
      this.position++;
      if (this.tokens[this.position] !== "[]") return false;
    } else if (!this.primary()) {
      return false;
    }
    while (this.tokens[this.position] === "[]") this.position++;
    return true;
  }

  private primary(): boolean {
    const token = this.tokens[this.position];
    if (token === undefined) return false;
    if (token === "[") {
      this.position++;
      return this.list("]");
    }
    if (!/^[A-Za-z_$"\-\d{]/.test(token)) return false;
    this.position++;
    if (this.tokens[this.position] === "<") {
      if (!/^[A-Za-z_$]/.test(token)) return false;
      this.position++;
      return this.list(">");
    }
    return true;
  }

  /** Comma-separated types up to `close` (a tuple's may end in a rest element). */
  private list(close: string): boolean {
    if (this.tokens[this.position] === close) {
      this.position++;
      return close === "]";
    }
    for (;;) {
      if (close === "]" && this.tokens[this.position] === "...") this.position++;
      if (this.type() === undefined) return false;
      const next = this.tokens[this.position++];
      if (next === close) return true;
      if (next !== ", ") return false;
    }
  }
}

/**
 * A piece of code with its runs of plain declarations taken out: each run of
 * consecutive statements or members that this module formats (whole interfaces,
 * type aliases, members of object types, interfaces and classes) is replaced by
 * one placeholder member, which keeps the braces around it expanded, so prettier
 * lays out the rest exactly as it would around the run. Multi-line doc comments
 * left in the code become one-line ones, which prettier attaches to the same
 * code. `fillRuns` puts everything back, formatted here at the indentation
 * prettier gave the placeholder.
 */
export interface HollowedCode {
  skeleton: string;
  /** What each placeholder stands for; `formatted` is its text as printed at `indent`, where prettier usually puts it. */
  runs: { kind: "statements" | "members" | "doc"; lines: string[]; indent?: string; formatted?: string[] }[];
}

const PLACEHOLDER_NAME = "__hollow";
const PLACEHOLDER_LINE = /^( *)(?:__hollow(\d+)__: 0;|\/\*\* __hollow(\d+)__ \*\/)$/;
/** Lines that carry on the statement or member above them. */
const CONTINUATION = /^[})\]|&.?:=]/;

/** Formats a statement or member that is code (lines, printed at `indent`), or gives undefined. */
export type CodeFormatter = (lines: string[], indent: string, printWidth: number) => string[] | undefined;

export function hollowDeclarations(text: string, printWidth: number, formatCode?: CodeFormatter): HollowedCode {
  if (text.includes(PLACEHOLDER_NAME) || text.includes("\r")) return { skeleton: text, runs: [] };
  const lines = text.split("\n");
  const scanned = scanCode(text);
  const structure = {
    depths: scanned.depths,
    plain: scanned.plain,
    inComment: scanned.inComment,
    // A line opens a block when its last code character is `{` and the next line starts in code.
    opens: scanned.hasCode.map((hasCode, line) => hasCode && scanned.plain[line + 1] === true && scanned.lastCodeBefore[line + 1] === 123),
  };
  const kept: string[] = [];
  const runs: HollowedCode["runs"] = [];

  /** Statements or members: lines [from, to), all at `depth` or deeper. */
  const hollow = (from: number, to: number, depth: number): void => {
    const topLevel = depth === 0;
    const indent = INDENT.repeat(depth);
    let run: { from: number; to: number; formatted: string[] } | undefined;
    const endRun = () => {
      if (run === undefined) return;
      kept.push(`${PLACEHOLDER_NAME}${runs.length}__: 0;`);
      runs.push({ kind: topLevel ? "statements" : "members", lines: lines.slice(run.from, run.to), indent, formatted: run.formatted });
      run = undefined;
    };
    let pendingBlanks: number[] = [];
    for (let index = from; index < to; ) {
      if (lines[index]!.trim() === "" && structure.plain[index]) {
        pendingBlanks.push(index);
        index++;
        continue;
      }
      const end = unitEnd(index, to, depth);
      const unitLines = lines.slice(index, end);
      const formatted =
        (topLevel ? formatLines(unitLines, "", [], printWidth) : formatMembers(unitLines, indent, printWidth)) ??
        formatCode?.(unitLines, indent, printWidth);
      // Prettier keeps one blank line between two statements or members; more, it collapses, which ends the run.
      if (formatted !== undefined && run !== undefined && pendingBlanks.length <= 1) {
        run.formatted.push(...pendingBlanks.map(() => ""), ...formatted);
        run.to = end;
      } else {
        endRun();
        for (const blank of pendingBlanks) kept.push(lines[blank]!);
        if (formatted !== undefined) run = { from: index, to: end, formatted: [...formatted] };
        else keepWithin(index, end);
      }
      pendingBlanks = [];
      index = end;
    }
    endRun();
    for (const blank of pendingBlanks) kept.push(lines[blank]!);
  };

  /** A statement or member kept for prettier, with the blocks it opens hollowed in turn. */
  const keepWithin = (from: number, to: number): void => {
    for (let index = from; index < to; index++) {
      const docEnd = cleanDocEnd(index, to);
      if (docEnd !== undefined) {
        kept.push(`/** ${PLACEHOLDER_NAME}${runs.length}__ */`);
        runs.push({ kind: "doc", lines: lines.slice(index + 1, docEnd - 1).map((line) => line.trim()) });
        index = docEnd - 1;
        continue;
      }
      kept.push(lines[index]!);
      if (!structure.opens[index]) continue;
      const depth = structure.depths[index + 1]!;
      let close = index + 1;
      while (close < to && !(structure.depths[close] === depth && structure.plain[close] && lines[close]!.trimStart().startsWith("}"))) close++;
      if (close >= to) continue;
      const bodyIsCode = structure.plain.slice(index + 1, close).some((isPlain, at) => !isPlain && !structure.inComment[index + 1 + at]);
      if (bodyIsCode) {
        // A body with strings or templates running across lines is left whole.
        for (let inner = index + 1; inner < close; inner++) kept.push(lines[inner]!);
      } else {
        hollow(index + 1, close, depth);
      }
      index = close - 1;
    }
  };

  /**
   * The line after a multi-line doc comment starting at `start` that prettier
   * would only re-indent: each line a `*` line without trailing whitespace, the
   * last one the closing star and slash alone.
   */
  const cleanDocEnd = (start: number, to: number): number | undefined => {
    if (!structure.plain[start] || lines[start]!.trim() !== "/**") return undefined;
    for (let index = start + 1; index < to && structure.inComment[index]; index++) {
      const line = lines[index]!;
      const content = line.trim();
      if (!content.startsWith("*") || /\s$/.test(line)) return undefined;
      if (content.includes("*/")) return content === "*/" ? index + 1 : undefined;
    }
    return undefined;
  };

  /** Where the statement or member starting at `start` ends: before the next line at `depth` that begins a new one. */
  const unitEnd = (start: number, to: number, depth: number): number => {
    let index = start;
    while (index < to && structure.plain[index] && lines[index]!.trimStart().startsWith("/*")) {
      index++;
      while (index < to && structure.inComment[index]) index++;
    }
    if (index >= to) return to;
    for (index++; index < to; index++) {
      const carriesOn = structure.depths[index]! > depth || !structure.plain[index] || CONTINUATION.test(lines[index]!.trimStart());
      if (!carriesOn) break;
    }
    return index;
  };

  hollow(0, lines.length, 0);
  return { skeleton: kept.join("\n"), runs };
}

/** Prettier's output for the skeleton with the runs back in; undefined when a run does not fit where prettier put it. */
export function fillRuns(formattedSkeleton: string, runs: HollowedCode["runs"], printWidth: number): string | undefined {
  if (runs.length === 0) return formattedSkeleton;
  const out: string[] = [];
  for (const line of formattedSkeleton.split("\n")) {
    const placeholder = PLACEHOLDER_LINE.exec(line);
    if (!placeholder) {
      out.push(line);
      continue;
    }
    const run = runs[Number(placeholder[2] ?? placeholder[3])]!;
    const indent = placeholder[1]!;
    const formatted =
      run.kind === "doc"
        ? [`${indent}/**`, ...run.lines.map((line) => `${indent} ${line}`), `${indent} */`]
        : indent === run.indent
          ? run.formatted
          : run.kind === "members"
            ? formatMembers(run.lines, indent, printWidth)
            : undefined;
    if (formatted === undefined) return undefined;
    out.push(...formatted);
  }
  return out.join("\n");
}
