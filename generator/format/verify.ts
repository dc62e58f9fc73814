/**
 * `--verify-format`: prettier itself, with its own TypeScript parser, over every
 * TypeScript and Markdown file the format stage produced, so that a layout the
 * format stage gets wrong cannot pass unnoticed. JSON files are exempt: their
 * layout is `JSON.stringify`'s, by design (see `format.ts`).
 */
import type { GeneratedFile } from "../plan/files.js";
import { PRETTIER_OPTIONS } from "./options.js";

const VERIFYING_PARSERS: Record<string, string> = { ts: "typescript", md: "markdown" };

/** The paths of the files whose text prettier would change, in the order given. */
export async function filesOutOfPrettierLayout(files: readonly GeneratedFile[]): Promise<string[]> {
  const prettier = await import("prettier");
  const differing: string[] = [];
  for (const file of files) {
    const parser = VERIFYING_PARSERS[file.path.slice(file.path.lastIndexOf(".") + 1)];
    if (parser === undefined) continue;
    if ((await prettier.format(file.text, { ...PRETTIER_OPTIONS, parser })) !== file.text) differing.push(file.path);
  }
  return differing;
}
