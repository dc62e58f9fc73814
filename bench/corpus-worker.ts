/**
 * A long-lived generator for `bench/corpus.ts`: reads one JSON request per line
 * on stdin (`{ "spec": FILE, "out": DIR, "verifyFormat": BOOLEAN }`), runs the command line in this
 * process, and answers one JSON line on stdout (`{ "code": N, "log": TEXT }`).
 * Keeping the process (and its warmed-up prettier workers) across specs is what
 * makes a run over thousands of specs affordable; the parent kills and
 * replaces it when a spec takes too long.
 */
import { createInterface } from "node:readline";
import { runCli } from "../generator/cli.js";

for await (const line of createInterface({ input: process.stdin })) {
  const request = JSON.parse(line) as { spec: string; out: string; verifyFormat?: boolean };
  let log = "";
  const append = (text: string) => {
    log += text;
  };
  const args = ["--spec", request.spec, "--out", request.out, "--quiet", ...(request.verifyFormat ? ["--verify-format"] : [])];
  const code = await runCli(args, { stdout: append, stderr: append }).catch(
    (error: unknown) => {
      append(`internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      return 2;
    },
  );
  process.stdout.write(`${JSON.stringify({ code, log })}\n`);
}
