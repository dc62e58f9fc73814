import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

/**
 * The client generated from the real v3.1 description (named with spec/'s method-name overrides, whose operationIds it shares), shared by the SDK suites:
 * generated once per run, by the CLI in a process of its own, as a maintainer would.
 */
export default async function setup(): Promise<void> {
  const repo = path.resolve(import.meta.dirname, "..");
  await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "generator/main.ts", "--quiet", "--spec", "../shared/specs/document360/v3.1.json", "--names", "spec/method-names.yaml", "--out", ".tmp/sdk/v3.1.json"],
    { cwd: repo },
  );
}
