/**
 * `npm run fuzz -- --runs N --seed S [--hostile-names]`: the property suite's
 * check over more random documents than CI runs, printing each failure with the
 * document that caused it. Without --hostile-names, identifiers come from the
 * constrained generators the CI suite uses (see hostile.heavy.test.ts).
 */
import fc from "fast-check";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkCases } from "./harness.js";
import { hostileSpec } from "./hostile-spec.js";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "100" },
    seed: { type: "string", default: String(Date.now() % 2 ** 31) },
    batch: { type: "string", default: "50" },
    "hostile-names": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const batch = Number(values.batch);
console.log(`fuzz: ${runs} documents, seed ${seed}, hostile names ${values["hostile-names"] ? "on" : "off"}`);
const documents = fc.sample(hostileSpec({ hostileNames: values["hostile-names"] }), { numRuns: runs, seed });
const started = performance.now();
let failed = 0;
let refused = 0;
let leftOut = 0;
for (let start = 0; start < documents.length; start += batch) {
  const slice = documents.slice(start, start + batch);
  const results = await checkCases(slice, path.resolve(import.meta.dirname, "../../.tmp/fuzz"));
  const { failures } = results;
  refused += results.refused.length;
  leftOut += results.leftOut.length;
  for (const failure of failures) {
    failed++;
    console.log(`case ${start + failure.index} ${failure.stage}: ${failure.message}`);
    console.log(`  document: ${JSON.stringify(slice[failure.index])}`);
  }
}
console.log(`fuzz: ${failed} failures in ${documents.length} documents (${refused} refused and ${leftOut} generated with parameters left out, as they should be), ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = failed > 0 ? 1 : 0;
