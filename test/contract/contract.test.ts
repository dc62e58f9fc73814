import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, D360_SPECS, REPO } from "../generator/support.js";
import { GENERATED_V31 } from "../sdk/support.js";
import {
  argumentsFor,
  errorClassName,
  preferHeader,
  requestViolations,
  resourceMethodsByRoute,
  responseViolations,
  TOKEN,
  type ResourceMethod,
} from "./support/calls.js";
import { bundleOfSpec, PRISM_STARTUP_TIMEOUT_MS, startPrism, type PrismServer } from "./support/prism.js";
import { SchemaChecker } from "./support/schemas.js";
import { SpecDocument, type ContractOperation, type ContractResponse } from "./support/spec.js";

/**
 * The generated client against Stoplight Prism, an independent mock server that reads the
 * same description: every operation is called through its resource method with arguments
 * built from the description, Prism checks each request against the contract (reporting
 * what is wrong in `sl-violations`), and the client must hand back what Prism served,
 * shaped as the description says, or the typed error for each declared error status.
 * Static mode serves the description's examples; dynamic mode (`Prefer: dynamic=true`)
 * bodies generated from the schemas. What the real description contradicts in itself is
 * listed below and proven current by the first test of each target; the suite ends by
 * printing how many operations passed per description and mode.
 */

const INTEGER = "an integer where the schema's enum lists strings";
const NULL_REF =
  "null where the schema is `nullable` only beside an `allOf` reference and has no `type`, which OpenAPI 3.0.3 says has no effect (the referenced enum or object does not allow null)";
const READ_ONLY = "the `readOnly` slug, which a request must not carry (the schema allows no other properties)";
const NO_PAGINATION = "no `pagination`, which the paginated envelope requires";

/**
 * What the real v3.1 description gets wrong about itself, found by validating every example
 * against its schema (the first test of the suite proves this list complete and current).
 */
const V31_CONTRADICTIONS = {
  request: {
    bulkCreateArticleArticles: `articles[] carry ${READ_ONLY}; content_type is ${NULL_REF}`,
    bulkCreateCategoryCategories: `categories[] carry ${READ_ONLY}; category_type and content_type are ${INTEGER}`,
    bulkUpdateArticleArticles: `articles[].translation_option is ${NULL_REF}`,
    createArticleArticle: `both examples carry ${READ_ONLY}; content_type is ${INTEGER} or ${NULL_REF}`,
    createCategoryCategory: `both examples carry ${READ_ONLY}; category_type and content_type are ${INTEGER}`,
    updateArticleArticle: `all three examples: translation_option is ${NULL_REF}`,
    updateArticleArticleSettings: `both examples carry ${READ_ONLY}; content_type and status_indicator are ${NULL_REF}`,
    updateCategoryCategoryContent: `translation_option is ${NULL_REF}`,
    updateCategoryCategorySettings: `carries ${READ_ONLY}`,
  },
  success: {
    createArticleArticle: `data.status and data.content_type are ${INTEGER}; data.category_type and data.settings are ${NULL_REF}`,
    forkArticleArticleVersion: `data.status and data.content_type are ${INTEGER}; data.category_type and data.settings are ${NULL_REF}`,
    forkCategoryCategoryVersion: `data.status and data.content_type are ${INTEGER}`,
    getArticleArticle: `data.status, data.category_type and data.content_type are ${INTEGER}`,
    getArticleArticleVersion: `data.status, data.category_type and data.content_type are ${INTEGER}`,
    getArticleArticleVersions: `${NO_PAGINATION}; data[].status is ${INTEGER}`,
    getCategoryCategory: `data.category_type, data.status and data.content_type (also in child_categories[]) are ${INTEGER}`,
    getCategoryCategoryContent: `data.status and data.content_type are ${INTEGER}`,
    getCategoryCategoryVersion: `data.status and data.content_type are ${INTEGER}`,
    getCategoryCategoryVersions: `${NO_PAGINATION}; data[].status is ${INTEGER}`,
    getDriveFolders: NO_PAGINATION,
    getLanguageLanguages: NO_PAGINATION,
    getProjectProjects: NO_PAGINATION,
    getProjectSsoSchemes: NO_PAGINATION,
    getProjectWorkflowStatuses: NO_PAGINATION,
    getReaderReaderGroups: NO_PAGINATION,
    getUserRoles: NO_PAGINATION,
    getUserUserGroups: NO_PAGINATION,
    getWorkspaceWorkspaces: NO_PAGINATION,
    updateArticleArticle: `data.status and data.content_type are ${INTEGER}; data.category_type and data.settings are ${NULL_REF}`,
    updateCategoryCategoryContent: `data.status and data.content_type are ${INTEGER}`,
  },
  schemaExamples: {
    "/components/schemas/FolderDetailResponse/properties/id": 'example "60a7b2c9e4b0f1a2b3c4d5e6" (24 hex digits) where the format is uuid',
    "/components/schemas/FolderResponse/properties/id": 'example "60a7b2c9e4b0f1a2b3c4d5e6" (24 hex digits) where the format is uuid',
  },
  bodyInProseOnly: {
    uploadDriveFile:
      "its prose says the file goes as multipart/form-data, but its requestBody declares no media type, so Prism would refuse any body (415, answered as 422)",
  },
} satisfies Contradictions;

interface Contradictions {
  /** operationId → what is wrong with its request examples; the call uses a valid example or a built value instead. */
  request: Record<string, string>;
  /**
   * operationId → what is wrong with the success example Prism serves in static mode. For
   * these the static run checks that the client hands over exactly that example and that the
   * schema rejects it, instead of requiring it to conform (Prism's own response check is not
   * consulted: it misses some of these, e.g. getCategoryCategory's).
   */
  success: Record<string, string>;
  /** Schema pointer → what is wrong with the `example` written on that schema (the value builder passes over it). */
  schemaExamples: Record<string, string>;
  /**
   * operationId → why its request body, described in prose as a multipart file upload, has
   * no media type. Prism reads a copy of the description where these bodies declare the
   * multipart/form-data content (a required binary `file` part) their prose describes, so
   * that it validates the upload the client sends instead of refusing every call.
   */
  bodyInProseOnly: Record<string, string>;
}

const MULTIPART_UPLOAD = {
  "multipart/form-data": {
    schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" } } },
  },
};

/** The file Prism reads: the description itself, or a copy with the prose-only upload bodies declared. */
async function descriptionForPrism(target: Target): Promise<string> {
  const uploads = Object.keys(target.contradictions.bodyInProseOnly);
  if (uploads.length === 0) return target.specFile;
  const copy = structuredClone(target.spec.json) as any;
  for (const operation of target.spec.operations()) {
    if (uploads.includes(operation.operationId)) copy.paths[operation.path][operation.method].requestBody.content = MULTIPART_UPLOAD;
  }
  const file = path.join(REPO, ".tmp", "contract", `uploads-declared-${path.basename(target.specFile)}`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(copy));
  return file;
}

/**
 * Bodies Prism generates itself (dynamic mode, or static mode for a response without an
 * example) that break their schema through no fault of the description: its generators stop
 * following a recursive reference after a few levels and leave an empty object there. The
 * client must still hand over the body exactly as served; only these problems are tolerated.
 */
const V31_PRISM_LIMITS: PrismLimits = {
  getWorkspaceCategories: {
    why: "CategorySummaryResponse nests itself in child_categories; the innermost level Prism generates is {} without the required id and name",
    problem: /^\/data\/\d+(\/child_categories\/\d+)+ must have required property '(id|name)'$/,
  },
};

type PrismLimits = Record<string, { why: string; problem: RegExp }>;

interface Served {
  request: Request;
  response: Response;
  body: string;
}

interface Outcome {
  result: unknown;
  error: any;
  served: Served;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

interface Target {
  name: string;
  specFile: string;
  spec: SpecDocument;
  /** Makes (or finds) the generated client package; resolves to its folder. */
  client: () => Promise<string>;
  contradictions: Contradictions;
  prismLimits: PrismLimits;
}

const SPEC_BUNDLE = await bundleOfSpec(path.join(REPO, ".tmp", "contract", "spec-bundle.json"));

const TARGETS: Target[] = [
  {
    name: "v3.1",
    specFile: path.join(D360_SPECS, "v3.1.json"),
    spec: await SpecDocument.read(path.join(D360_SPECS, "v3.1.json")),
    // test/global-setup.ts generates it before every run.
    client: async () => GENERATED_V31,
    contradictions: V31_CONTRADICTIONS,
    prismLimits: V31_PRISM_LIMITS,
  },
  {
    name: "spec/",
    specFile: SPEC_BUNDLE,
    spec: await SpecDocument.read(SPEC_BUNDLE),
    client: async () => {
      const out = path.join(REPO, ".tmp", "contract", "spec-openapi");
      const run = await cli("--quiet", "--spec", path.join(REPO, "spec", "openapi.yaml"), "--out", out);
      if (run.code !== 0) throw new Error(`generating from spec/openapi.yaml failed:\n${run.stderr}`);
      return out;
    },
    contradictions: { request: {}, success: {}, schemaExamples: {}, bodyInProseOnly: {} },
    prismLimits: {},
  },
];

const tallies: { label: string; passed: number; total: number }[] = [];

afterAll(() => {
  console.log(`contract: ${tallies.map((tally) => `${tally.label} ${tally.passed}/${tally.total}`).join(", ")}`);
});

for (const target of TARGETS) defineContract(target);

function defineContract(target: Target): void {
  const operations = target.spec.operations();
  const requests = new SchemaChecker(target.spec, "request");
  const responses = new SchemaChecker(target.spec, "response");
  let starting: Promise<PrismServer> | undefined;
  let prism: PrismServer;
  let sdk: any;
  let methods: Map<string, ResourceMethod>;

  describe(`contract: the client generated from ${target.name} against Prism`, () => {
    beforeAll(async () => {
      starting = descriptionForPrism(target).then(startPrism);
      const [server, clientDir] = await Promise.all([starting, target.client()]);
      prism = server;
      sdk = await import(pathToFileURL(path.join(clientDir, "src", "index.ts")).href);
      methods = resourceMethodsByRoute(await readFile(path.join(clientDir, "api.md"), "utf8"));
    }, PRISM_STARTUP_TIMEOUT_MS + 20_000);
    afterAll(async () => {
      const server = await starting?.catch(() => undefined);
      await server?.close();
    });

    it("finds exactly the documented examples that contradict their own schemas", () => {
      const request: Record<string, string[]> = {};
      const success: Record<string, string[]> = {};
      for (const operation of operations) {
        const rejected = argumentsFor(operation, requests).rejectedExamples;
        if (rejected.length > 0) request[operation.operationId] = rejected.map((example) => example.pointer);
        const declared = successResponse(operation);
        const example = declared.examples[0];
        if (declared.schema && example) {
          const problems = responses.problems(declared.schema.pointer, example.value);
          if (problems.length > 0) success[operation.operationId] = problems;
        }
        for (const error of operation.responses.filter((response) => response.status >= 400)) {
          const errorExample = error.examples[0];
          if (error.schema && errorExample)
            expect(responses.problems(error.schema.pointer, errorExample.value), errorExample.pointer).toEqual([]);
        }
      }
      const schemaExamples = [...target.spec.schemaExamples()].filter(
        ([pointer, example]) => responses.problems(pointer, example).length > 0,
      );
      expect(schemaExamples.map(([pointer]) => pointer).sort()).toEqual(Object.keys(target.contradictions.schemaExamples).sort());
      const proseOnly = operations.filter((operation) => operation.requestBody !== null && operation.requestBody.mediaType === null);
      expect(proseOnly.map((operation) => operation.operationId).sort()).toEqual(Object.keys(target.contradictions.bodyInProseOnly).sort());
      expect(Object.keys(request).sort()).toEqual(Object.keys(target.contradictions.request).sort());
      expect(Object.keys(success).sort()).toEqual(Object.keys(target.contradictions.success).sort());
    });

    for (const dynamic of [false, true]) {
      const tally = { label: `${target.name} ${dynamic ? "dynamic" : "static"}`, passed: 0, total: operations.length };
      tallies.push(tally);
      describe.concurrent(dynamic ? "dynamic mode: bodies generated from the schemas" : "static mode: the description's examples", () => {
        for (const operation of operations) {
          it(`${operation.operationId}: ${operation.route}`, async () => {
            await checkOperation(operation, dynamic);
            tally.passed++;
          });
        }
      });
    }
  });

  function successResponse(operation: ContractOperation): ContractResponse {
    const success = operation.responses.filter((response) => response.status >= 200 && response.status < 300);
    if (success.length !== 1) throw new Error(`${operation.operationId} declares ${success.length} success responses`);
    return success[0]!;
  }

  /**
   * A client of its own per call (so one call's rate-limit headers never pace another) that
   * records every response Prism sends, with its body as text.
   */
  function recordingClient(): { client: any; served: Served[] } {
    const served: Served[] = [];
    const client = sdk.createClient({
      baseUrl: prism.url,
      token: TOKEN,
      maxRetries: 0,
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        const sent = request.clone();
        const response = await fetch(request);
        served.push({ request: sent, response, body: await response.clone().text() });
        return response;
      },
    });
    return { client, served };
  }

  async function checkOperation(operation: ContractOperation, dynamic: boolean): Promise<void> {
    const method = methods.get(operation.route);
    if (!method) throw new Error(`api.md lists no resource method for ${operation.route}`);
    const { params } = argumentsFor(operation, requests);
    expect(
      method.parameters.filter((name) => !(name in params)),
      "parameters the method takes that the call leaves out",
    ).toEqual([]);
    const call = async (headers: Record<string, string>) => {
      const { client, served } = recordingClient();
      const pending: PromiseLike<unknown> = client[method.resource][method.method](params, { headers });
      const outcome = await pending.then(
        (result) => ({ result, error: undefined }),
        (error: unknown) => ({ result: undefined, error: error as any }),
      );
      expect(served, "one response per call").toHaveLength(1);
      expect(requestViolations(served[0]!.response), "Prism's request violations").toEqual([]);
      return { ...outcome, served: served[0]! };
    };

    const success = successResponse(operation);
    const ok = await call(preferHeader({ dynamic }));
    const files = uploadedFiles(params);
    if (Object.keys(files).length > 0) await checkUpload(ok.served.request, files);
    expect(ok.served.response.status).toBe(success.status);
    checkSuccess(operation, success, ok, dynamic);

    for (const declared of operation.responses.filter((candidate) => candidate.status >= 400)) {
      const failed = await call(preferHeader({ dynamic, status: declared.status }));
      expect(failed.served.response.status).toBe(declared.status);
      checkError(declared, failed, dynamic);
    }
  }

  /**
   * The files a call uploads, by multipart part name: the prose-only upload's `file` and
   * `file_name`, or the binary fields of a declared multipart body.
   */
  function uploadedFiles(params: Record<string, unknown>): Record<string, { blob: Blob; name: string }> {
    if (params["file"] instanceof Blob) return { file: { blob: params["file"], name: String(params["file_name"]) } };
    const body = isRecord(params["body"]) ? params["body"] : {};
    return Object.fromEntries(
      Object.entries(body).flatMap(([part, value]) => (value instanceof File ? [[part, { blob: value, name: value.name }]] : [])),
    );
  }

  /** The client sent each file as its multipart part, with its name and content. */
  async function checkUpload(request: Request, files: Record<string, { blob: Blob; name: string }>): Promise<void> {
    expect(request.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    const form = await request.formData();
    for (const [part, expected] of Object.entries(files)) {
      const file = form.get(part);
      expect(file).toBeInstanceOf(File);
      expect((file as File).name).toBe(expected.name);
      expect(await (file as File).text()).toBe(await expected.blob.text());
    }
  }

  function checkSuccess(operation: ContractOperation, success: ContractResponse, outcome: Outcome, dynamic: boolean): void {
    if (!success.schema) {
      expect(outcome.error).toBeUndefined();
      expect(outcome.result).toBeUndefined();
      return;
    }
    const served: unknown = JSON.parse(outcome.served.body);
    if (isRecord(served) && served["success"] === false) {
      expect(outcome.error, "an envelope saying success: false rejects the call").toBeInstanceOf(sdk.UnsuccessfulEnvelopeError);
      expect(outcome.error.envelope).toEqual(served);
      expect(outcome.error.status).toBe(success.status);
    } else {
      if (outcome.error) throw outcome.error;
      expect(outcome.result, "the result is the body Prism served").toEqual(served);
    }
    const problems = responses.problems(success.schema.pointer, served);
    const generated = dynamic || success.examples.length === 0;
    const contradiction = generated ? undefined : (target.contradictions.success as Record<string, string>)[operation.operationId];
    const limit = generated ? target.prismLimits[operation.operationId] : undefined;
    if (contradiction) {
      expect(served, "Prism served the description's own example").toEqual(success.examples[0]?.value);
      expect(problems, contradiction).not.toEqual([]);
    } else if (limit) {
      expect(
        problems.filter((problem) => !limit.problem.test(problem)),
        limit.why,
      ).toEqual([]);
    } else {
      expect(problems, "the result against the success schema").toEqual([]);
      expect(responseViolations(outcome.served.response), "Prism's response violations").toEqual([]);
    }
  }

  function checkError(declared: ContractResponse, { error, served }: Outcome, dynamic: boolean): void {
    const className = errorClassName(declared.status);
    expect(error, `a ${declared.status} rejects the call`).toBeInstanceOf(sdk[className]);
    expect(error).toBeInstanceOf(sdk.ApiResponseError);
    expect(error.name).toBe(className);
    expect(error.status).toBe(declared.status);
    expect(error.message).toMatch(new RegExp(` answered ${declared.status} `));
    expect(error.rawBody).toBe(served.body);
    const body = JSON.parse(served.body);
    const example = declared.examples[0];
    if (!dynamic && example) expect(body, "the error body is the example Prism served").toEqual(example.value);
    if (declared.schema) expect(responses.problems(declared.schema.pointer, body), "the error body against its schema").toEqual([]);
    expect(error.problem.body).toEqual(body);
    const text = (key: string) => (typeof body[key] === "string" && body[key] !== "" ? body[key] : undefined);
    expect(error.problem.title).toBe(text("title"));
    expect(error.problem.type).toBe(text("type"));
    expect(error.problem.status).toBe(typeof body.status === "number" ? body.status : undefined);
    if (text("detail")) expect(error.problem.detail).toBe(text("detail"));
    expect(error.problem.trace_id).toBe(text("trace_id"));
    if (text("trace_id")) expect(error.requestId).toBe(text("trace_id"));
    expect(error.errors).toHaveLength(Array.isArray(body.errors) ? body.errors.length : 0);
  }
}
