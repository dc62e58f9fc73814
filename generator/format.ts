/**
 * Stage 6, format: prettier over every generated file, with trailing commas so
 * that adding a member is a one-line diff.
 */
import { format, type Options } from "prettier";
import type { GeneratedFile } from "./emit/plan.js";

export const PRETTIER_OPTIONS: Options = { printWidth: 100, trailingComma: "all", endOfLine: "lf" };

const PARSERS: Record<string, string> = { ts: "typescript", json: "json", md: "markdown" };

export async function formatFiles(files: GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const parser = PARSERS[file.path.slice(file.path.lastIndexOf(".") + 1)];
      if (!parser) return file;
      return { path: file.path, text: await format(file.text, { ...PRETTIER_OPTIONS, parser }) };
    }),
  );
}
