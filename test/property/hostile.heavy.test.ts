/**
 * Property-based tests (issue #16): random small documents with hostile text in
 * every position, reserved names and nested schemas, as prose and as names
 * (operationIds, tags, schema, property and parameter names). CI runs a fixed
 * seed; `npm run fuzz -- --runs N --seed S --hostile-names` runs more.
 *
 * Some names no request can carry: a header or cookie name that is no HTTP
 * token (`// comment`, non-Latin-1 text; fetch refuses it), and a path
 * parameter name holding `{` or `}` (OpenAPI's path templates cannot name it).
 * When such a parameter is required (a path parameter always is), the
 * generator refuses the document (one `error:` line per parameter) rather than
 * emit a method that fails on every call; the harness counts that as the right
 * outcome only when every error line names one, and any other refusal, or
 * generating such a document, fails. An optional one is left out of the
 * package with one `warning:` line each, and the harness checks both. Header
 * and cookie names are drawn mostly from HTTP tokens so that most documents
 * still generate and are called.
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
const SETTINGS = { hostileNames: true };
const DOCUMENTS = 12;

describe("property: hostile documents", () => {
  it(`${DOCUMENTS} documents generate, type-check (bundler and NodeNext), import and call, sending what is given and nothing else, without running spec text; or, holding a required parameter no request can carry, are refused (an optional one is left out, with a warning)`, async () => {
    const documents = fc.sample(hostileSpec(SETTINGS), { numRuns: DOCUMENTS, seed: SEED });
    const { failures, refused } = await checkCases(documents, path.resolve(import.meta.dirname, "../../.tmp/property"));
    expect(failures.map((failure) => ({ ...failure, document: documents[failure.index] }))).toEqual([]);
    // Most of the sample must reach the calls, or the check above says little.
    expect(refused.length).toBeLessThanOrEqual(DOCUMENTS / 4);
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
