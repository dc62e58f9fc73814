import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { format } from "prettier";
import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { printJson } from "../../generator/format/json.js";
import { isStableMarkdown } from "../../generator/format/markdown.js";
import { PRETTIER_OPTIONS } from "../../generator/format/options.js";
import { printScript, printStatements, stringDoc, type ExpressionNode, type ScriptStatement, type StatementNode, type TypeNode } from "../../generator/format/typescript.js";
import { generate } from "../../generator/pipeline.js";
import { D360_SPECS, REPO } from "./support.js";

function prettier(text: string, parser = "typescript"): Promise<string> {
  return format(text, { ...PRETTIER_OPTIONS, parser });
}

const ref = (name: string, args?: TypeNode[]): TypeNode => ({ kind: "reference", name, args });
const keyword = (name: string): TypeNode => ({ kind: "keyword", name });
const literal = (value: string | number | boolean): TypeNode => ({ kind: "literal", value });
const union = (...members: TypeNode[]): TypeNode => ({ kind: "union", members });
const prop = (key: string, type: TypeNode, docs?: string) => ({ kind: "property" as const, key, type, docs });
const object = (members: ReturnType<typeof prop>[], broken = true): TypeNode => ({ kind: "object", members, broken });
const alias = (name: string, type: TypeNode, docs?: string): StatementNode => ({ kind: "typeAlias", name, type, docs });
const name = (text: string): ExpressionNode => ({ kind: "name", text });
const call = (callee: string, ...args: ExpressionNode[]): ExpressionNode => ({ kind: "call", callee, args });
const many = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));

/**
 * Each case: statements for the doc printer (keys as the emitters write them:
 * an identifier, or a JSON string), and the same code written the way
 * a person (or ts-morph) would, on as few lines as it goes. Prettier's layout of
 * the written code is the expected text, so the cases hold the doc printer to
 * prettier's own line fitting, not to a copy of its output.
 */
const CASES: [string, StatementNode[], string][] = [
  ["a short union on its line", [alias("A", union(literal("a"), literal("b")))], 'export type A = "a" | "b";'],
  [
    "a union too long for its line, one member a line below the `=`",
    [alias("Long", union(...many(12, (index) => literal(`value_number_${index}`))))],
    `export type Long = ${many(12, (index) => `"value_number_${index}"`).join(" | ")};`,
  ],
  [
    "a property whose union moves below its key, whole, then one member a line",
    [
      {
        kind: "interface",
        name: "C",
        members: [
          { kind: "property", key: "reason", optional: true, type: union(...["fix_started", "inaccurate", "no_bandwidth", "not_used", "tolerable_risk"].map(literal), keyword("null")) },
          { kind: "property", key: "many", type: union(...many(14, (index) => literal(`option_${index}`))) },
        ],
      },
    ],
    `export interface C { reason?: "fix_started" | "inaccurate" | "no_bandwidth" | "not_used" | "tolerable_risk" | null; many: ${many(14, (index) => `"option_${index}"`).join(" | ")} }`,
  ],
  [
    "an object type hugged by `| null`, an array of a union, a tuple with rest and a typed map beside properties",
    [
      alias(
        "B",
        object([
          prop('"owner"', union(object([prop("id", keyword("string"))]), keyword("null")), "Who owns it.\n\nMore, with a Markdown break  \nhere."),
          prop('"tags"', { kind: "array", element: union(keyword("string"), keyword("number")) }),
          prop("pair", { kind: "tuple", items: [keyword("string")], rest: keyword("number") }),
          prop('"x-rate-limit"', keyword("number")),
          prop('"café"', literal(-1.5)),
          prop("quoted", literal('say "hi"')),
          prop(
            "extra",
            {
              kind: "intersection",
              members: [object([prop("a", keyword("string"))]), { kind: "object", members: [{ kind: "index", parameter: "key", keyType: keyword("string"), type: keyword("number") }], broken: false }],
            },
          ),
        ]),
        "Doc.",
      ),
    ],
    [
      "/** Doc. */",
      "export type B = {",
      "/**",
      " * Who owns it.",
      " *",
      " * More, with a Markdown break  ",
      " * here.",
      " */",
      '"owner": {',
      "id: string;",
      "} | null;",
      '"tags": (string | number)[];',
      "pair: [string, ...number[]];",
      '"x-rate-limit": number;',
      '"café": -1.5;',
      "quoted: 'say \"hi\"';",
      "extra: {",
      "a: string;",
      "} & { [key: string]: number };",
      "};",
    ].join("\n"),
  ],
  [
    "type arguments that break, and an intersection of names that breaks",
    [
      alias("VeryLongParameterTypeNameForAResourceMethodWithManyWordsInIt", ref("FlatParams", [{ kind: "typeof", name: "Operations.aVeryLongOperationFunctionName" }])),
      alias("P", { kind: "intersection", members: many(5, (index) => ref(`Models.SomeRatherLongSchemaName${index}`)) }),
      alias("Q", ref("PagePromise", [ref("Models.WorkflowStatusResponsePaginatedResponse"), ref("Models.WorkflowStatusResponse"), ref("ProjectsListParams")])),
    ],
    [
      "export type VeryLongParameterTypeNameForAResourceMethodWithManyWordsInIt = FlatParams<typeof Operations.aVeryLongOperationFunctionName>;",
      `export type P = ${many(5, (index) => `Models.SomeRatherLongSchemaName${index}`).join(" & ")};`,
      "export type Q = PagePromise<Models.WorkflowStatusResponsePaginatedResponse, Models.WorkflowStatusResponse, ProjectsListParams>;",
    ].join("\n"),
  ],
  [
    "imports, a class with properties, a constructor and methods, and a function",
    [
      { kind: "import", from: "./runtime/index.js", names: ["ApiResource", "ApiPromise", "FlatParams", "PagePromise", "RequestOptions", "WaitOptions", "DownloadDestination"].map((entry, index) => ({ name: entry, typeOnly: index > 0 })) },
      { kind: "import", from: "./paths.js", typeOnly: true, names: [{ name: "paths" }] },
      { kind: "import", from: "./models.js", typeOnly: true, namespace: "Models" },
      {
        kind: "class",
        name: "ThingsResource",
        docs: "Things.",
        extends: ref("ApiResource", [ref("paths")]),
        properties: [{ name: "kind", type: keyword("string") }],
        constructor: { parameters: [{ name: "options", type: ref("ClientOptions"), initializer: { kind: "object", properties: [], broken: false } }], body: [{ kind: "expression", expression: call("super", { kind: "object", properties: [{ kind: "property", key: "baseUrl", value: name("DEFAULT_BASE_URL") }, { kind: "spread", name: "options" }], broken: false }) }] },
        methods: [
          {
            name: "getEverythingAboutTheThingWithAVeryLongName",
            docs: "Gets it.\n\n`GET /things/{id}`",
            parameters: [{ name: "params", type: ref("GetEverythingAboutTheThingWithAVeryLongNameParams") }, { name: "options", type: ref("RequestOptions"), optional: true }],
            returnType: ref("ApiPromise", [ref("Models.Thing")]),
            body: [{ kind: "return", argument: call("this.call", name("Specs.getEverythingAboutTheThingWithAVeryLongNameAndMore"), name("params"), name("options")) }],
          },
          {
            name: "waitForExport",
            parameters: [{ name: "params", type: ref("ProjectsGetExportStatusParams") }, { name: "options", type: { kind: "intersection", members: [ref("WaitOptions", [ref("Models.ExportStatusResponseApiResponse")]), ref("RequestOptions")] }, initializer: { kind: "object", properties: [], broken: false } }],
            returnType: ref("Promise", [ref("Models.ExportStatusResponseApiResponse")]),
            body: [
              { kind: "const", name: "started", value: { kind: "await", argument: call("this.createExport", name("params"), name("options")) } },
              {
                kind: "return",
                argument: call(
                  "waitForTask",
                  { kind: "arrow", parameters: ["signal"], body: call("this.getExportStatusOfTheProject", name("params"), { kind: "object", properties: [{ kind: "spread", name: "options" }, { kind: "shorthand", name: "signal" }], broken: false }) },
                  name("options"),
                ),
              },
            ],
          },
        ],
      },
      {
        kind: "const",
        name: "getThing",
        docs: "`GET /things/{id}`",
        value: {
          kind: "asConst",
          expression: {
            kind: "object",
            broken: true,
            properties: [
              { kind: "property", key: "method", value: { kind: "string", value: "get" } },
              { kind: "property", key: "path", value: { kind: "string", value: `/things/${"{id}/".repeat(25)}` } },
              { kind: "property", key: "requestMediaType", value: { kind: "string", value: `application/${"x".repeat(90)}` } },
              { kind: "property", key: "parameters", value: { kind: "object", broken: false, properties: [{ kind: "property", key: "query", value: { kind: "array", items: many<ExpressionNode>(12, (index) => ({ kind: "string", value: `param_${index}` })) } }] } },
              { kind: "property", key: "envelope", value: { kind: "literal", text: "true" } },
            ],
          },
        },
      },
    ],
    [
      'import { ApiResource, type ApiPromise, type FlatParams, type PagePromise, type RequestOptions, type WaitOptions, type DownloadDestination } from "./runtime/index.js";',
      'import type { paths } from "./paths.js";',
      'import type * as Models from "./models.js";',
      "",
      "/** Things. */",
      "export class ThingsResource extends ApiResource<paths> {",
      "readonly kind: string;",
      "",
      "constructor(options: ClientOptions = {}) {",
      "super({ baseUrl: DEFAULT_BASE_URL, ...options });",
      "}",
      "",
      "/**",
      " * Gets it.",
      " *",
      " * `GET /things/{id}`",
      " */",
      "getEverythingAboutTheThingWithAVeryLongName(params: GetEverythingAboutTheThingWithAVeryLongNameParams, options?: RequestOptions): ApiPromise<Models.Thing> {",
      "return this.call(Specs.getEverythingAboutTheThingWithAVeryLongNameAndMore, params, options);",
      "}",
      "",
      "waitForExport(params: ProjectsGetExportStatusParams, options: WaitOptions<Models.ExportStatusResponseApiResponse> & RequestOptions = {}): Promise<Models.ExportStatusResponseApiResponse> {",
      "const started = await this.createExport(params, options);",
      "return waitForTask((signal) => this.getExportStatusOfTheProject(params, { ...options, signal }), options);",
      "}",
      "}",
      "",
      "/** `GET /things/{id}` */",
      "export const getThing = {",
      'method: "get",',
      `path: "/things/${"{id}/".repeat(25)}",`,
      `requestMediaType: "application/${"x".repeat(90)}",`,
      `parameters: { query: [${many(12, (index) => `"param_${index}"`).join(", ")}] },`,
      "envelope: true,",
      "} as const;",
    ].join("\n"),
  ],
];

describe("TypeScript laid out with prettier's doc printer", () => {
  it.each(CASES)("gives prettier's layout: %s", async (_, statements, written) => {
    const printed = printStatements(statements);
    expect(printed).toBe(await prettier(`${written}\n`));
  });
});

describe("Markdown that skips prettier", () => {
  it("recognises Markdown that prettier leaves as it is, and nothing it would change", async () => {
    const stable = "# Title: API surface\n\nGenerated from `spec/openapi.yaml`. Every method.\n\n## things\n\n- `things.get(id)`: `GET /things/{id}` → `Thing`\n- `things.list(page?)` (deprecated): `GET /things` → `pages of Thing`\n";
    const nested = "## Where to find it\n\n- `client.a`: Things.\n  - List a workspace's things → `workspaces.listThings`\n- `client.b`: Other things.\n\n## a\n\n- `client.a.get({ id })` → `Thing`\n  `GET /things/{id}`: Read a thing **Deprecated.**\n";
    const code = 'import { createClient } from "some-client";\n\nconst client = createClient({ token: process.env.API_TOKEN });';
    const readme = `# name\n\nEvery method is in [\`api.md\`](./api.md).\n\n\`\`\`sh\nnpm install some-client\n\`\`\`\n\n## Usage\n\n\`\`\`ts\n${code}\n\`\`\`\n`;
    const config = { mcpServers: { some: { command: "npx", args: ["some-client-mcp"], env: { SOME_TOKEN: "your API token" } } } };
    const withJson = `${readme}\n## MCP server\n\nAdd to the host's configuration:\n\n\`\`\`json\n${printJson(config)}\n\`\`\`\n`;
    for (const text of [stable, nested, readme, withJson]) {
      expect(isStableMarkdown(text, [code])).toBe(true);
      expect(await prettier(text, "markdown")).toBe(text);
    }
    // A TypeScript block is taken as prettier's layout only when the caller printed it.
    expect(isStableMarkdown(readme)).toBe(false);
    const unstable = [
      "# Title\n\n\n- item\n",
      "* item\n",
      "Some *emphasis*.\n",
      "- a\n    - deeper\n",
      "- a\n\n  continued after a blank\n",
      "Text\nwrapped\n",
      "1. first\n",
      "- item\n  1. ordered\n",
      "| a | b |\n| --- | --- |\n",
      "[text](https://example.test)\n",
      "```ts\nconst a = {b:1};\n```\n",
      `\`\`\`json\n${JSON.stringify(config, null, 2)}\n\`\`\`\n`,
    ];
    for (const changed of unstable) {
      expect(isStableMarkdown(changed)).toBe(false);
    }
  });

  it("never takes for stable a document that prettier would change (random documents of the recognised shapes)", async () => {
    // Mostly the characters the recogniser allows (20,000 documents give some 480 it takes), with code spans and, now and then, one it must turn away.
    const plain = fc.stringMatching(/^[A-Za-z0-9 .,:;()'"/?+\u2192_-]{1,12}$/);
    const segment = fc.oneof(
      { weight: 6, arbitrary: plain },
      { weight: 3, arbitrary: fc.stringMatching(/^[^`\n]{1,10}$/).map((code) => `\`${code}\``) },
      { weight: 1, arbitrary: fc.stringMatching(/^[*_#>[\]!<&|~=`]{1,2}$/) },
    );
    const inline = fc.array(segment, { minLength: 1, maxLength: 4 }).map((segments) => segments.join(""));
    const line = fc.oneof(
      inline.map((text) => `# ${text}`),
      inline,
      inline.map((text) => `- ${text}`),
      inline.map((text) => `  - ${text}`),
      inline.map((text) => `  ${text}`),
      inline.map((text) => `- \`${text}\` **Deprecated.**`),
      inline.map((text) => `[\`${text}\`](./${text})`),
      fc.constant(""),
    );
    const documents = fc.sample(fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => `${lines.join("\n")}\n`), { numRuns: 20000, seed: 15 });
    const recognised = documents.filter((text) => isStableMarkdown(text));
    const changedByPrettier: string[] = [];
    for (const text of recognised) if ((await prettier(text, "markdown")) !== text) changedByPrettier.push(text);
    expect(changedByPrettier).toEqual([]);
    // The sample must reach the recognised shapes, or the test proves nothing.
    expect(recognised.length).toBeGreaterThan(300);
  }, 120_000);
});

describe("example code printed with prettier's doc printer", () => {
  const quickStart = (packageName: string, args: ExpressionNode[]): ScriptStatement[] => [
    { kind: "import", from: packageName, names: ["createClient", "NotFoundError", "RateLimitError", "ApiResponseError", "taskIdOf"].map((entry) => ({ name: entry })) },
    { kind: "blank" },
    { kind: "const", name: "client", value: call("createClient", { kind: "object", properties: [{ kind: "property", key: "token", value: name("process.env.API_TOKEN") }], broken: false }) },
    { kind: "comment", text: "A list: await it for the first page." },
    { kind: "const", name: "list", value: call("project.workspaces.listCategories", ...args) },
    { kind: "verbatim", text: "for await (const item of list) console.log(item);" },
    { kind: "blank" },
    {
      kind: "try",
      body: [{ kind: "const", name: "{ data }", value: { kind: "await", argument: call("project.articles.get", ...args) } }],
      catchParameter: "error",
      handler: [{ kind: "verbatim", text: "if (error instanceof NotFoundError)\n  console.log(error.status, error.problem?.detail, error.requestId);\nelse throw error;" }],
    },
    {
      kind: "const",
      name: "done",
      value: {
        kind: "await",
        argument: call("project.projects.createExportAndWait", ...args, {
          kind: "object",
          properties: [{ kind: "property", key: "onProgress", value: { kind: "arrow", parameters: ["status"], body: call("console.log", name("status.data?.status")) } }],
          broken: false,
        }),
      },
    },
  ];
  const argsOf = (keys: string[]): ExpressionNode[] => [{ kind: "object", properties: keys.map((key) => ({ kind: "property", key, value: { kind: "string", value: "..." } })), broken: false }];
  it.each([
    ["short names, everything on its line", "a-client", argsOf(["workspace_id"])],
    ["a long package name and long arguments, broken as prettier breaks them", `a-${"very-".repeat(12)}long-client`, argsOf(many(6, (index) => `parameter_number_${index}`))],
    ["no arguments", "a-client", []],
  ])("%s", async (_, packageName, args) => {
    const printed = printScript(quickStart(packageName, args));
    expect(`${printed}\n`).toBe(await prettier(printed));
  });
});

describe("string literals", () => {
  it("are prettier's (its choice of quotes, its escapes) and read back as the same string", async () => {
    // Short enough that the statements stay on their lines: this is about quotes and escapes, not line fitting.
    const texts = fc
      .sample(fc.oneof(fc.string({ unit: fc.constantFrom('"', "'", "\\", "\0", "a", "\u202e", "\n", "é") }), fc.json()), { numRuns: 600, seed: 15 })
      .filter((text) => stringDoc(text).length <= 90);
    expect(texts.length).toBeGreaterThan(300);
    const statements = texts.map((text) => `x = ${stringDoc(text)};`).join("\n");
    expect(await prettier(`${statements}\n`)).toBe(`${statements}\n`);
    for (const text of texts) expect(new Function(`return ${stringDoc(text)};`)()).toBe(text);
  });
});

describe("JSON laid out with prettier's doc printer", () => {
  it.each([
    ["short arrays on one line", { args: ["a-package-mcp"], env: { TOKEN: "x" }, empty: {}, none: [] }],
    ["an array too long for its line", { args: Array.from({ length: 12 }, (_, index) => `argument-number-${index}`) }],
    ["arrays of objects, one a line", { tools: [{ a: 1, b: true }, { a: 2, b: null }] }],
  ])("%s", async (_, value) => {
    const printed = printJson(value);
    expect(`${printed}\n`).toBe(await prettier(JSON.stringify(value, null, 2), "json"));
  });
});

describe("the runtime templates", () => {
  it("are kept in prettier's layout, so that the generator copies them without formatting", async () => {
    const dir = path.join(REPO, "templates", "runtime");
    const unformatted: string[] = [];
    for (const file of (await readdir(dir)).filter((entry) => entry.endsWith(".ts"))) {
      const text = await readFile(path.join(dir, file), "utf8");
      if ((await prettier(text)) !== text) unformatted.push(file);
    }
    // To fix: npx prettier --write --print-width 100 --trailing-comma all templates/runtime
    expect(unformatted).toEqual([]);
  });
});

describe("on real specs, every generated TypeScript and Markdown file is prettier's whole-file output byte for byte", () => {
  it.each([
    ["Document360 v3.1", path.join(D360_SPECS, "v3.1.json")],
    ["Document360 v3-2026-04", path.join(D360_SPECS, "v3-2026-04.json")],
  ])("%s", async (_, spec) => {
    const { files } = await generate({ specPath: spec });
    const checked = files.filter((file) => /\.(ts|md)$/.test(file.path));
    expect(checked.length).toBeGreaterThan(10);
    for (const file of checked) {
      const expected = await prettier(file.text, file.path.endsWith(".md") ? "markdown" : "typescript");
      expect(file.text === expected, file.path).toBe(true);
    }
  }, 600_000);
});
