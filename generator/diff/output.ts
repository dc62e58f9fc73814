/**
 * The change report of a generation: compares the snapshot already in the
 * output folder with the one just generated, before the folder is replaced.
 *
 * What `CHANGES.md` holds:
 * - the surface changed: the report of this change;
 * - the surface did not change (say, only templates or prose changed, or a
 *   type is written another way): the `CHANGES.md` already there, byte for byte, so regenerating never wipes the
 *   report a pull request is about, and none when there is none;
 * - there is no readable snapshot yet (a first generation, or one written by
 *   an older snapshot format): a note that this generation is the baseline.
 * `--check` expects exactly the same, so it passes on a folder that a
 * generation left behind and fails on a stale one.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { MANIFEST, type GeneratedFile } from "../plan/files.js";
import { compareSurfaces, type Comparison } from "./compare.js";
import { CHANGES_FILE, countChanges, renderReport, summaryLine } from "./report.js";
import { parseSurface, SURFACE_FILE, surfaceText } from "../plan/surface.js";

export interface ChangeReport {
  /** The generated files plus `CHANGES.md` when the folder is to hold one. */
  files: GeneratedFile[];
  /** The comparison, when the folder held an earlier, different surface. */
  comparison?: Comparison;
  /** One line for the terminal. */
  summary: string;
  breaking: number;
}

export async function reportAgainstOutput(outDir: string, files: GeneratedFile[], filesInPlace = false): Promise<ChangeReport> {
  const generatedSurface = files.find((file) => file.path === SURFACE_FILE);
  if (!generatedSurface) throw new Error(`the generation has no ${SURFACE_FILE}`);
  const withReport = (text: string) => [...files.filter((file) => file.path !== CHANGES_FILE), { path: CHANGES_FILE, text }];
  const keepReport = async (): Promise<ChangeReport> => {
    const kept = await readIfPresent(path.join(outDir, CHANGES_FILE));
    return { files: kept === undefined ? files : withReport(kept), summary: `API surface unchanged (${CHANGES_FILE} kept)`, breaking: 0 };
  };
  if (filesInPlace) return keepReport();
  const previousText = await readIfPresent(path.join(outDir, SURFACE_FILE));
  // The same bytes are the same surface: a regeneration of an unchanged spec need not parse 3 MB twice.
  if (previousText === generatedSurface.text) return keepReport();
  // Parsed only when there is something to compare it with: on Microsoft Graph the surface is 15 MB of JSON.
  const before = previousText === undefined ? undefined : parseSurface(previousText);
  if (!before) {
    const reason = previousText === undefined ? "there was none" : "the one there was written in another format";
    return {
      files: withReport(baselineNote(specLabelOf(files))),
      summary: `no earlier ${SURFACE_FILE} to compare with (${reason}); this generation is the baseline`,
      breaking: 0,
    };
  }
  const after = parseSurface(generatedSurface.text);
  if (!after) throw new Error(`the generation has no readable ${SURFACE_FILE}`);
  if (surfaceText(before) === surfaceText(after)) return keepReport();
  const comparison = compareSurfaces(before, after);
  // The same surface written another way (a type the generator now spells differently) is no change either.
  if (comparison.changes.length === 0) return keepReport();
  const report = renderReport(comparison, `the previous \`${SURFACE_FILE}\``, `\`${specLabelOf(files)}\``);
  return { files: withReport(report), comparison, summary: summaryLine(comparison), breaking: countChanges(comparison).breaking };
}

function baselineNote(specLabel: string): string {
  return [
    "# API changes",
    "",
    `This generation from \`${specLabel}\` wrote the first \`${SURFACE_FILE}\` in this folder, so there is nothing to compare yet. From the next change of the API surface on, this file reports what changed.`,
    "",
  ].join("\n");
}

function specLabelOf(files: GeneratedFile[]): string {
  const manifest = files.find((file) => file.path === MANIFEST);
  const label = manifest && (JSON.parse(manifest.text) as { spec?: { file?: unknown } }).spec?.file;
  return typeof label === "string" ? label : "the spec";
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
