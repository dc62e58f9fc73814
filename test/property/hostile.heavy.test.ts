/**
 * Property-based tests (issue #16): random small documents with hostile text in
 * every position, reserved names and nested schemas. CI runs a fixed seed;
 * `npm run fuzz -- --runs N --seed S` runs more.
 *
 * Constrained (issue #16, still open): identifiers (operationIds, tags, schema,
 * property and parameter names) come from plain words, and no two parameters of
 * an operation share a name. With the name door merged, `hostileNames: true`
 * still fails 6 of these 12 cases (seed 16), all at call time, none by running
 * spec text:
 *   - a header parameter whose name is no HTTP token (`// comment`, non-Latin-1
 *     text): fetch refuses the header, so the call sends nothing;
 *   - a path parameter whose name holds `{`, `}` or `"`: the route template and
 *     the parameter no longer match ("Missing path parameter");
 *   - a required query parameter named with backticks and spaces, on a method
 *     renamed `toString_`, was not sent.
 * Lift the constraint (`hostileNames: true`) when those are fixed or refused.
 */
import { fc, test } from "@fast-check/vitest";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/load/load.js";
import { buildModel } from "../../generator/model/build.js";
import { validateSpec } from "../../generator/validate/validate.js";
import { SpecError } from "../../generator/errors.js";
import { SpecErrors } from "../../generator/validate/validate.js";
import { tempDir, writeSpec } from "../generator/support.js";
import { checkCases } from "./harness.js";
import { hostileSpec } from "./hostile-spec.js";

const SEED = 16;
const SETTINGS = { hostileNames: false };

describe("property: hostile documents", () => {
  it("12 documents generate, type-check (bundler and NodeNext), import and call without running spec text or sending omitted parameters", async () => {
    const documents = fc.sample(hostileSpec(SETTINGS), { numRuns: 12, seed: SEED });
    const failures = await checkCases(documents, path.resolve(import.meta.dirname, "../../.tmp/property"));
    expect(failures.map((failure) => ({ ...failure, document: documents[failure.index] }))).toEqual([]);
  }, 600_000);

  test.prop([hostileSpec({ hostileNames: true })], { numRuns: 60, seed: SEED })(
    "loading, validating and modelling any of them either succeeds or refuses with a spec error, with hostile names too",
    async (document) => {
      const dir = await tempDir("property-");
      const spec = await loadSpec(await writeSpec(dir, "api.json", document));
      try {
        validateSpec(spec);
        buildModel(spec);
      } catch (error) {
        expect(error instanceof SpecError || error instanceof SpecErrors).toBe(true);
      }
    },
  );
});
