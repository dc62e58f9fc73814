/**
 * Where the code in generated TypeScript is, line by line: what the format
 * stage needs to cut a file apart and to find the bodies it can format itself,
 * without parsing. Strings, template literals (with their `${}`s) and comments
 * are told apart from code; brackets are counted.
 */
export interface CodeLines {
  /** Offset in the text where each line starts. */
  starts: number[];
  /** Bracket depth (`{`, `(`, `[`) where each line starts. */
  depths: number[];
  /** Whether each line starts in code, not inside a string, template or comment. */
  plain: boolean[];
  /** Whether each line starts inside a block comment. */
  inComment: boolean[];
  /** The last code character before each line (across lines; `/` when a comment came after it), as a char code. */
  lastCodeBefore: number[];
  /** Whether each line holds code. */
  hasCode: boolean[];
}

export function scanCode(text: string): CodeLines {
  const lines: CodeLines = { starts: [0], depths: [0], plain: [true], inComment: [false], lastCodeBefore: [0], hasCode: [false] };
  let depth = 0;
  let lastCode = 0;
  let state: "code" | "comment" | "template" | "string" = "code";
  let quote = 0;
  const templateDepths: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) {
      if (state === "string") state = "code";
      lines.starts.push(index + 1);
      lines.depths.push(depth);
      lines.plain.push(state === "code");
      lines.inComment.push(state === "comment");
      lines.lastCodeBefore.push(lastCode);
      lines.hasCode.push(false);
      continue;
    }
    if (state === "comment") {
      if (code === 42 && text.charCodeAt(index + 1) === 47) {
        state = "code";
        index++;
      }
      continue;
    }
    if (state === "string" || state === "template") {
      if (code === 92) index++;
      else if (state === "string" && code === quote) state = "code";
      else if (state === "template" && code === 96) state = "code";
      else if (state === "template" && code === 36 && text.charCodeAt(index + 1) === 123) {
        templateDepths.push(depth);
        depth++;
        index++;
        state = "code";
      }
      continue;
    }
    if (code === 32 || code === 9 || code === 13) continue;
    // A comment belongs to the code after it: what follows one is never "after complete code".
    if (code === 47 && text.charCodeAt(index + 1) === 47) {
      const end = text.indexOf("\n", index);
      index = (end === -1 ? text.length : end) - 1;
      lastCode = code;
      continue;
    }
    if (code === 47 && text.charCodeAt(index + 1) === 42) {
      state = "comment";
      index++;
      lastCode = code;
      continue;
    }
    lastCode = code;
    lines.hasCode[lines.hasCode.length - 1] = true;
    if (code === 34 || code === 39) {
      state = "string";
      quote = code;
    } else if (code === 96) {
      state = "template";
    } else if (code === 123 || code === 40 || code === 91) {
      depth++;
    } else if (code === 125 || code === 41 || code === 93) {
      depth--;
      if (code === 125 && templateDepths.at(-1) === depth) {
        templateDepths.pop();
        state = "template";
      }
    }
  }
  lines.starts.push(text.length + 1);
  lines.depths.push(depth);
  lines.plain.push(state === "code");
  lines.inComment.push(state === "comment");
  lines.lastCodeBefore.push(lastCode);
  lines.hasCode.push(false);
  return lines;
}
