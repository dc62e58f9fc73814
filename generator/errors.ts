/**
 * Errors and warnings the generator reports to the user. Each carries enough
 * location to act on (file, and a JSON pointer or a line and column) and prints
 * as a single line, so the CLI never has to show a stack trace for a problem in
 * the input.
 */

export interface SpecLocation {
  /** Path of the document the problem is in, as the user named it or as a `$ref` reached it. */
  file: string;
  /** JSON pointer inside that document, such as `#/paths/~1pets/get`. */
  pointer?: string;
  line?: number;
  column?: number;
  /** The operation concerned, when there is one (`GET /pets`, or its operationId). */
  operation?: string;
}

export class SpecError extends Error {
  override readonly name = "SpecError";

  constructor(
    readonly location: SpecLocation,
    readonly problem: string,
  ) {
    super(describeProblem({ location, problem }));
  }
}

/**
 * Something in the input the generator works around instead of refusing, such
 * as a parameter it leaves out. Plain data, so a remembered run can repeat it.
 */
export interface SpecWarning {
  location: SpecLocation;
  problem: string;
}

/** The one line that reports a problem: where it is, then what it is. */
export function describeProblem({ location, problem }: { location: SpecLocation; problem: string }): string {
  return printable(`${formatLocation(location)}: ${problem}`);
}

function formatLocation({ file, pointer, line, column, operation }: SpecLocation): string {
  let where = file;
  if (line !== undefined) where += `:${line}${column !== undefined ? `:${column}` : ""}`;
  if (pointer !== undefined) where += `${pointer.startsWith("#") ? "" : "#"}${pointer}`;
  if (operation !== undefined) where += ` (${operation})`;
  return where;
}

/** Encodes one reference token per RFC 6901. */
function escapePointerToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

export function pointerOf(tokens: readonly (string | number)[]): string {
  return "#" + tokens.map((token) => "/" + escapePointerToken(String(token))).join("");
}

/**
 * `text` with the characters that could break or disguise the line it is
 * printed on escaped as `\u{…}`: controls (newlines, NUL), line and paragraph
 * separators (which end a `//` comment), and invisible format characters
 * (bidirectional overrides). File names and pointers may hold any of them.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);
}
