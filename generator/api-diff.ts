/**
 * `npm run api-diff -- OLD NEW`: the change report between two API
 * descriptions, without writing anything. Each side is an OpenAPI document
 * (taken through the pipeline up to the plan, so its surface is the one
 * `npm run generate` would write, without emitting or formatting anything) or
 * an `api-surface.json` snapshot, such as the base branch's
 * `generated/api-surface.json`.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { describeProblem, SpecError, type SpecWarning } from "./errors.js";
import { planApi } from "./plan-api.js";
import { SpecErrors } from "./validate/validate.js";
import type { CliStreams } from "./cli.js";
import { compareSurfaces } from "./diff/compare.js";
import { countChanges, renderReport, summaryLine } from "./diff/report.js";
import { buildSurface, parseSurface, SURFACE_FILE, type ApiSurface } from "./plan/surface.js";

const USAGE = `Usage: npm run api-diff -- OLD NEW [--fail-on-breaking]

Prints the change report (Markdown, as in CHANGES.md) from OLD to NEW, each an
OpenAPI document or an ${SURFACE_FILE} snapshot. Writes nothing. When NEW is a
document, what \`npm run generate\` would warn about in it is printed too.

Options:
  --fail-on-breaking  exit 1 when a change breaks callers of the client
  --names FILE        method-name overrides for both sides (default: each
                      document's own method-names.yaml, when present);
                      overrides for operations a side lacks are left out
  --help              this text

Exit status: 0, or 1 with --fail-on-breaking when a change is breaking; 2 when
an input cannot be read.
`;

export async function runApiDiff(argv: string[], streams: CliStreams): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        "fail-on-breaking": { type: "boolean", default: false },
        names: { type: "string" },
        help: { type: "boolean", default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    streams.stderr(`error: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    streams.stdout(USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 2) {
    streams.stderr(`error: expected two inputs, OLD and NEW\n\n${USAGE}`);
    return 2;
  }
  const [oldInput, newInput] = parsed.positionals as [string, string];
  try {
    const namesPath = parsed.values.names;
    const [before, after] = await Promise.all([surfaceOf(oldInput, namesPath), surfaceOf(newInput, namesPath)]);
    const comparison = compareSurfaces(before.surface, after.surface);
    streams.stdout(renderReport(comparison, `\`${oldInput}\``, `\`${newInput}\``));
    for (const warning of after.warnings) streams.stderr(`warning: ${describeProblem(warning)}\n`);
    streams.stderr(`${summaryLine(comparison)}\n`);
    return parsed.values["fail-on-breaking"] && countChanges(comparison).breaking > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof SpecErrors) {
      for (const problem of error.errors) streams.stderr(`error: ${problem.message}\n`);
    } else if (error instanceof SpecError) {
      streams.stderr(`error: ${error.message}\n`);
    } else {
      streams.stderr(`internal error: ${(error as Error).stack ?? String(error)}\n`);
    }
    return 2;
  }
}

/** A side's surface, and the warnings generating it would print (none for a snapshot). */
async function surfaceOf(input: string, namesPath: string | undefined): Promise<{ surface: ApiSurface; warnings: SpecWarning[] }> {
  if (input.endsWith(".json")) {
    const snapshot = parseSurface(await readFile(input, "utf8").catch(() => ""));
    if (snapshot) return { surface: snapshot, warnings: [] };
  }
  const { model, names, sdk } = await planApi({ specPath: input, namesPath, lenientNames: namesPath !== undefined });
  return { surface: buildSurface(model, names, sdk), warnings: model.warnings };
}
