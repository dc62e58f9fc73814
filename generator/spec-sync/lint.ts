#!/usr/bin/env node
/**
 * `npm run spec:lint`: Redocly's checks (recommended rules, examples held to
 * their schemas; see spec/redocly.yaml), then the descriptions still marked as to be
 * written. Fails when either finds a problem.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { PLACEHOLDER, placeholdersIn } from "./skeleton.js";

const specDir = path.dirname(process.argv[2] ?? "spec/openapi.yaml");
const entry = process.argv[2] ?? "spec/openapi.yaml";

// The config sits in spec/, not at the root, where other tools built on Redocly (openapi-typescript) would pick up its rules too.
const redocly = spawnSync(
  "npx",
  [
    "--no-install",
    "redocly",
    "lint",
    entry,
    "--config",
    path.join(path.dirname(fileURLToPath(import.meta.url)), "../../spec/redocly.yaml"),
    "--format=stylish",
  ],
  {
    stdio: "inherit",
  },
);

let unwritten = 0;
for (const file of readdirSync(specDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()) {
  const places = placeholdersIn(parse(readFileSync(path.join(specDir, file), "utf8")));
  for (const place of places)
    process.stderr.write(`error: ${path.join(specDir, file)}${place}: description still reads "${PLACEHOLDER}"\n`);
  unwritten += places.length;
}
if (unwritten > 0) process.stderr.write(`spec:lint: ${unwritten} descriptions still to be written\n`);
process.exitCode = redocly.status === 0 && unwritten === 0 ? 0 : 1;
