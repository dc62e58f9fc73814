import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { D360_SPECS } from "../generator/support.js";
import { sendJson, startServer, type TestServer } from "../runtime/support/server.js";
import { GENERATED_V31, generatedD360Client } from "../sdk/support.js";
import { argumentsFor, resourceMethodsByRoute, TOKEN, type ResourceMethod } from "./support/calls.js";
import { SchemaChecker } from "./support/schemas.js";
import { SpecDocument, type ContractOperation } from "./support/spec.js";

/**
 * The description's success bodies carry `success`, "whether the API request was
 * successful", and bulk operations answer 200 with `success: false` when items failed. Prism
 * cannot be asked for such a body, so a loopback server serves each operation's success
 * body (built from its schema) with `success: false`, and every call must reject with
 * `UnsuccessfulEnvelopeError`, whether or not the envelope also carries `data`.
 */

const spec = await SpecDocument.read(path.join(D360_SPECS, "v3.1.json"));
const requests = new SchemaChecker(spec, "request");
const responses = new SchemaChecker(spec, "response");

/** The success response's schema pointer when its body is an envelope with a boolean `success`. */
function envelopeSchema(operation: ContractOperation): string | undefined {
  const success = operation.responses.find((response) => response.status >= 200 && response.status < 300);
  if (!success?.schema) return undefined;
  const properties = success.schema.node["properties"] as Record<string, { type?: string }> | undefined;
  return properties?.["success"]?.type === "boolean" && properties["request_id"] ? success.schema.pointer : undefined;
}

const enveloped = spec.operations().filter((operation) => envelopeSchema(operation) !== undefined);

let sdk: any;
let methods: Map<string, ResourceMethod>;
let server: TestServer;
/** What the server answers; each test sets it before its one call. */
let failing: Record<string, unknown> = {};

beforeAll(async () => {
  sdk = await generatedD360Client();
  methods = resourceMethodsByRoute(await readFile(path.join(GENERATED_V31, "api.md"), "utf8"));
  server = await startServer((_, response) => sendJson(response, 200, failing));
});
afterAll(() => server.close());

describe("envelopes that say success: false, for every operation of v3.1 that answers with one", () => {
  it("covers the operations whose success body has success and request_id", () => {
    expect(enveloped.length).toBe(105);
  });

  it.each(enveloped.map((operation) => [operation.operationId, operation] as const))(
    "%s rejects with UnsuccessfulEnvelopeError",
    async (_, operation) => {
      const method = methods.get(operation.route)!;
      const body = responses.valueFor(envelopeSchema(operation)!) as Record<string, unknown>;
      failing = { ...body, success: false, errors: [{ code: "ITEM_FAILED", message: "One item could not be processed." }] };
      const client = sdk.createClient({ baseUrl: server.url, token: TOKEN, maxRetries: 0 });
      const outcome = await client[method.resource][method.method](argumentsFor(operation, requests).params).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(outcome).toBeInstanceOf(sdk.UnsuccessfulEnvelopeError);
      expect(outcome.envelope).toEqual(failing);
      expect(outcome.errors).toEqual([{ code: "ITEM_FAILED", message: "One item could not be processed." }]);
    },
  );
});
