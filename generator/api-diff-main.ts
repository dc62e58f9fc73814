#!/usr/bin/env node
import { runApiDiff } from "./api-diff.js";

process.exitCode = await runApiDiff(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
