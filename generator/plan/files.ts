/**
 * The files of a generated package as data: what the emitters produce, the
 * format stage lays out, the write stage puts on disk and the change report
 * reads back.
 */

export interface GeneratedFile {
  /** '/'-separated path inside the output folder. */
  path: string;
  text: string;
  /** Already in prettier's layout, so the format stage passes it by: the runtime, whose templates a test keeps formatted. */
  formatted?: true;
  /** The TypeScript blocks of a Markdown file, printed by `format/typescript.ts`: the format stage takes them as prettier's layout. */
  printedCode?: readonly string[];
}

export interface TemplateFile {
  /** '/'-separated path inside `templates/runtime/`. */
  path: string;
  text: string;
}

/** Counts, spec hash and file list of a generation; the only place for them. */
export const MANIFEST = "manifest.json";

/** A source's hash when the file was looked for and not found (the method-name overrides), so a remembered generation notices when it appears. */
export const ABSENT_SOURCE = "absent";
