#!/usr/bin/env node
/**
 * `npm run spec:sync -- VENDOR [--write]`: what a new vendor revision changes
 * against `spec/`, as the client's change report, and (with --write) the
 * skeletons of its new operations and schemas, placed into `spec/`'s files with
 * every description marked as still to be written.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runApiDiff } from "../api-diff.js";
import { SpecError } from "../errors.js";
import { METHOD_NAMES_FILE } from "../plan/method-names.js";
import { loadSpec } from "../load/load.js";
import { PLACEHOLDER, type Json } from "./skeleton.js";
import { syncSpec } from "./sync.js";

const USAGE = `Usage: npm run spec:sync -- VENDOR [--spec FILE] [--write]

Prints the change report from spec/ to VENDOR (a vendor's OpenAPI document),
then lists the operations and component schemas that spec/ does not describe
yet. With --write, adds their structure to spec/ (no prose, no examples); each
description reads "${PLACEHOLDER}" until someone writes it, and
\`npm run spec:lint\` fails while one is left.

Options:
  --spec FILE  the root of our description (default: spec/openapi.yaml)
  --write      write the skeletons into spec/
  --help       this text
`;

const streams = { stdout: (text: string) => process.stdout.write(text), stderr: (text: string) => process.stderr.write(text) };

process.exitCode = await main(process.argv.slice(2));

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        spec: { type: "string", default: "spec/openapi.yaml" },
        write: { type: "boolean", default: false },
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
  const [vendorPath] = parsed.positionals;
  if (!vendorPath || parsed.positionals.length !== 1) {
    streams.stderr(`error: expected one input, the vendor's document\n\n${USAGE}`);
    return 2;
  }
  const specPath = parsed.values.spec!;
  try {
    if (existsSync(specPath)) {
      // The vendor's document has no overrides of its own: the spec's apply to both sides, so a method they rename is not reported as renamed.
      const names = path.join(path.dirname(specPath), METHOD_NAMES_FILE);
      const status = await runApiDiff([specPath, vendorPath, ...(existsSync(names) ? ["--names", names] : [])], streams);
      if (status !== 0) return status;
    }
    const vendor = (await loadSpec(vendorPath)).entry.value as { [key: string]: Json };
    const result = await syncSpec(vendor, specPath, parsed.values.write!);
    const verb = parsed.values.write ? "added" : "would add";
    streams.stdout(`\n## Structure not yet in ${specPath}\n\n`);
    for (const [label, names] of [
      ["operations", result.addedOperations],
      ["component schemas", result.addedSchemas],
      ["shared parameters", result.addedParameters],
    ] as const) {
      streams.stdout(`- ${names.length} ${label}${names.length > 0 ? `: ${names.join(", ")}` : ""}\n`);
    }
    streams.stderr(
      `spec:sync: ${verb} ${result.addedOperations.length} operations and ${result.addedSchemas.length} schemas` +
        (result.files.length > 0 ? ` (${result.files.join(", ")})` : "") +
        "\n",
    );
    return 0;
  } catch (error) {
    if (error instanceof SpecError) {
      streams.stderr(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
