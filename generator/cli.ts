/**
 * `npm run generate`: the command-line door to the pipeline. Reports problems in
 * the input as one line each, naming file and location, and exits 1 without
 * touching the output folder. What it leaves out of the input instead (a
 * parameter no request can carry) is one `warning:` line each, even with
 * --quiet, and the run goes on.
 */
import { parseArgs } from "node:util";
import { reportAgainstOutput } from "./diff/output.js";
import { describeProblem, SpecError } from "./errors.js";
import { filesOutOfPrettierLayout } from "./format/verify.js";
import type { InputLimits } from "./load/load.js";
import { generate } from "./reuse.js";
import { SpecErrors } from "./validate/validate.js";
import { buildPackage } from "./write/build-package.js";
import { diffOutput, isSame, OutputError, writeOutput } from "./write/write.js";

const USAGE = `Usage: npm run generate -- [options]

Generates a typed TypeScript client package from an OpenAPI 3.0/3.1 document.

Options:
  --spec FILE   OpenAPI document, YAML or JSON (default: spec/openapi.yaml)
  --out DIR     output folder, replaced as a whole (default: generated)
  --name NAME   npm package name (default: from the spec's title)
  --names FILE  method-name overrides, YAML mapping operationId to method name
                (default: method-names.yaml beside the spec, when present)
  --check       write nothing; exit 1 and name the files when DIR differs from
                what would be generated
  --quiet       no progress lines, only the summary, warnings and errors
  --build       also compile DIR/dist (JavaScript and declarations) when the
                package's sources changed, so \`npm pack\` works in DIR (or a
                copy of it) with nothing installed; adds a TypeScript build
  --no-cache    neither reuse nor remember earlier results (formatting, and
                whole runs on an unchanged spec)
  --fail-on-breaking
                exit 1 (after writing) when the API surface changed in a way
                that breaks callers; DIR/CHANGES.md lists the changes
  --verify-format
                run prettier itself over every TypeScript and Markdown file
                generated; exit 1, naming them and writing nothing, when its
                layout differs from the generator's
  --max-spec-mb N
                read spec documents of up to N MB each (default: 64)
  --allow-refs-outside DIR
                follow \`$ref\`s to files anywhere under DIR (default: only
                under the spec's own folder)
  --help        this text
`;

export interface CliStreams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const PROCESS_STREAMS: CliStreams = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export interface CliSettings {
  /** Where earlier results are remembered; tests leave it out so that every run generates afresh. */
  cacheDir?: string;
}

/** Runs the command line and returns its exit code. */
export async function runCli(argv: string[], streams: CliStreams = PROCESS_STREAMS, settings: CliSettings = {}): Promise<number> {
  let args;
  let input: Partial<InputLimits> | undefined;
  try {
    args = parseArgs({
      args: argv,
      options: {
        spec: { type: "string", default: "spec/openapi.yaml" },
        out: { type: "string", default: "generated" },
        name: { type: "string" },
        names: { type: "string" },
        check: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        build: { type: "boolean", default: false },
        "no-cache": { type: "boolean", default: false },
        "fail-on-breaking": { type: "boolean", default: false },
        "verify-format": { type: "boolean", default: false },
        "max-spec-mb": { type: "string" },
        "allow-refs-outside": { type: "string" },
        help: { type: "boolean", default: false },
      },
      strict: true,
    }).values;
    input = inputLimitsOf(args["max-spec-mb"], args["allow-refs-outside"]);
  } catch (error) {
    streams.stderr(`error: ${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (args.help) {
    streams.stdout(USAGE);
    return 0;
  }
  const started = performance.now();
  const log = (line: string) => streams.stderr(`${line}\n`);
  let stageStarted = started;
  let stageName = "";
  const onProgress = (stage: string) => {
    const now = performance.now();
    if (stageName) log(`  ${stageName} ${((now - stageStarted) / 1000).toFixed(2)} s`);
    stageName = stage;
    stageStarted = now;
  };
  try {
    const generation = await generate({
      specPath: args.spec,
      packageName: args.name,
      namesPath: args.names,
      onProgress: args.quiet ? undefined : onProgress,
      cacheDir: args["no-cache"] ? undefined : settings.cacheDir,
      reuseFrom: args.out,
      input,
    });
    for (const warning of generation.warnings) log(`warning: ${describeProblem(warning)}`);
    if (args["verify-format"]) {
      const differing = await filesOutOfPrettierLayout(generation.files);
      for (const file of differing) log(`error: ${file} is not in prettier's layout (--verify-format)`);
      if (differing.length > 0) return 1;
    }
    // Read back from the output folder itself (the `reuseFrom` above): the files there are these, so neither step reads them again.
    const inPlace = generation.inFolder === args.out;
    const report = await reportAgainstOutput(args.out, generation.files, inPlace);
    const files = report.files;
    if (!args.quiet) onProgress(args.check ? "" : "write");
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const counts = `${generation.operations} operations, ${generation.schemas} schemas, ${files.length} files`;
    if (args.check) {
      const difference = await diffOutput(args.out, files, inPlace);
      if (!isSame(difference)) {
        log(`${args.out} is not what ${args.spec} generates (${counts}); run \`npm run generate\`:`);
        for (const file of difference.changed) log(`  changed: ${file}`);
        for (const file of difference.missing) log(`  missing: ${file}`);
        for (const file of difference.extra) log(`  not generated: ${file}`);
        return 1;
      }
      log(`${args.out} is up to date with ${args.spec} (${counts}) in ${seconds} s`);
      return 0;
    }
    const difference = await diffOutput(args.out, files, inPlace);
    if (!isSame(difference)) await writeOutput(args.out, files);
    if (args.build) {
      if (!args.quiet) onProgress("build");
      await buildPackage(args.out);
    }
    if (!args.quiet) onProgress("");
    const changed = difference.changed.length + difference.missing.length + difference.extra.length;
    log(`generated ${counts} into ${args.out} (${changed === 0 ? "unchanged" : `${changed} files changed`}) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    if (report.comparison || !args.quiet) log(`api: ${report.summary}`);
    if (args["fail-on-breaking"] && report.breaking > 0) {
      log(`error: ${report.breaking} breaking API changes (--fail-on-breaking); see ${args.out}/CHANGES.md`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof SpecErrors) {
      for (const problem of error.errors) log(`error: ${problem.message}`);
      return 1;
    }
    if (error instanceof SpecError || error instanceof OutputError) {
      log(`error: ${error.message}`);
      return 1;
    }
    log(`internal error: ${(error as Error).stack ?? String(error)}`);
    log("This is a bug in the generator, not in your spec. Nothing was written.");
    return 2;
  }
}

/** The loader's bounds from the command line; only what the user set, so the defaults live in one place. */
function inputLimitsOf(maxSpecMb: string | undefined, refsRoot: string | undefined): Partial<InputLimits> | undefined {
  const limits: Partial<InputLimits> = {};
  if (maxSpecMb !== undefined) {
    const megabytes = Number(maxSpecMb);
    if (!(megabytes > 0)) throw new Error(`--max-spec-mb takes a positive number of megabytes, not ${JSON.stringify(maxSpecMb)}`);
    limits.maxFileBytes = megabytes * 1024 * 1024;
  }
  if (refsRoot !== undefined) limits.root = refsRoot;
  return Object.keys(limits).length > 0 ? limits : undefined;
}
