import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../generator/plan/files.js";
import { formatOperationCode } from "../../generator/format/calls.js";
import { fillRuns, formatDeclarations, hollowDeclarations } from "../../generator/format/declarations.js";
import { isStableMarkdown } from "../../generator/format/markdown.js";
import { formatFile, formatFiles, PRETTIER_OPTIONS } from "../../generator/format/format.js";
import { generate } from "../../generator/pipeline.js";
import { D360_SPECS, REPO } from "./support.js";

const WIDTH = PRETTIER_OPTIONS.printWidth!;

function prettier(text: string, parser = "babel-ts"): Promise<string> {
  return format(text, { ...PRETTIER_OPTIONS, parser });
}

describe("declarations formatted without prettier", () => {
  it.each([
    ["an interface re-indented", "export interface A {\n    /** Doc. */\n    a?: string;\n    b: number | null;\n}\n"],
    [
      "nested object types, an index signature and a multi-line doc",
      'export type B = {\n/**\n * Line one\n *\n * @example "x"\n */\n"a-b": {\n[key: string]: unknown;\n};\nc: {\nd: Models.D[];\n}[];\ne: {\nf: 1;\n} | null;\n};\n',
    ],
    [
      "a union too long for its line, which fits on the next",
      `export interface C {\n  reason: "fix_started" | "inaccurate" | "no_bandwidth" | "not_used" | "tolerable_risk" | null | "x";\n}\n`,
    ],
    [
      "a union too long for the next line too",
      `export type D = ${Array.from({ length: 12 }, (_, index) => `"value_number_${index}"`).join(" | ")};\n`,
    ],
    ["tuples, generics and arrays of unions", 'export type E = [string, ...number[]] | Record<string, ("a" | "b")[]> | -1.5;\n'],
    ["a blank line kept between statements", "export type F = string;\n\nexport type G = number;\n"],
  ])("gives prettier's output: %s", async (_, text) => {
    const fast = formatDeclarations(text, WIDTH);
    expect(fast).toBeDefined();
    expect(fast).toBe(await prettier(text));
  });

  it.each([
    ["code", "export const a = {b:1};\n"],
    ["a quote prettier would swap", 'export type A = "say \\"hi\\"";\n'],
    ["a number prettier would rewrite", "export type A = 1.50 | 1e+21;\n"],
    ["a quoted key prettier would unquote", 'export interface A {\n  "plain": string;\n}\n'],
    ["an empty body", "export interface A {\n}\n"],
    ["two blank lines", "export type A = 1;\n\n\nexport type B = 2;\n"],
    ["a doc line ending in spaces", "export interface A {\n  /**\n   * text  \n   */\n  a: string;\n}\n"],
    ["a doc comment before a closing brace", "export interface A {\n  a: string;\n  /** dangling */\n}\n"],
    ["non-ASCII text, whose printed width is not its length", 'export type A = "\u00e9\u00e9";\n'],
    ["parentheses prettier would drop", "export type A = (B)[];\n"],
    ["mixed unions and intersections", "export type A = B | C & D;\n"],
    ["a line over the print width that cannot break", `export type ${"A".repeat(100)} = string;\n`],
  ])("leaves to prettier: %s", async (_, text) => {
    expect(formatDeclarations(text, WIDTH)).toBeUndefined();
  });

  it("hollows code down to a skeleton and fills prettier's layout of it back in", async () => {
    const text = [
      "/**",
      " * Does a thing.",
      " */",
      "export function call(client: Client, input: {",
      "path: {",
      "/** The id. */",
      "id: string;",
      "};",
      "}, options?: Options): Promise<{",
      "value: string | null;",
      "weird: `template`;",
      "}> {",
      "return client.request({ method: \"get\", path: \"/things/{id}\" }, input, options);",
      "}",
      "",
      "export interface Plain {",
      "a: string;",
      "}",
      "",
    ].join("\n");
    const hollowed = hollowDeclarations(text, WIDTH);
    expect(hollowed.runs.map((run) => run.kind)).toEqual(["doc", "members", "members", "statements"]);
    expect(hollowed.skeleton).not.toContain("id: string;");
    expect(hollowed.skeleton).toContain("weird: `template`;");
    const filled = fillRuns(await prettier(hollowed.skeleton), hollowed.runs, WIDTH);
    expect(filled).toBe(await prettier(text));
  });

  it("recognises Markdown that prettier leaves as it is, and nothing it would change", async () => {
    const stable = "# Title: API surface\n\nGenerated from `spec/openapi.yaml`. Every method.\n\n## things\n\n- `things.get(id)`: `GET /things/{id}` → `Thing`\n- `things.list(page?)` (deprecated): `GET /things` → `pages of Thing`\n";
    const readme = '# name\n\n## Usage\n\n```ts\nimport { createClient } from "some-client";\n\nconst client = createClient({ token: process.env.API_TOKEN });\nconst result = await client.things.list();\n```\n';
    for (const text of [stable, readme]) {
      expect(isStableMarkdown(text)).toBe(true);
      expect(await prettier(text, "markdown")).toBe(text);
    }
    const unstable = [
      "# Title\n\n\n- item\n",
      "* item\n",
      "Some *emphasis*.\n",
      "- a\n  - nested\n",
      "Text\nwrapped\n",
      "1. first\n",
      "```ts\nconst a = {b:1};\n```\n",
      `\`\`\`ts\nconst result = await client.${"x".repeat(90)}.list();\n\`\`\`\n`,
    ];
    for (const changed of unstable) {
      expect(isStableMarkdown(changed)).toBe(false);
    }
  });
});

describe("per-operation code formatted without prettier", () => {
  const method = (signature: string, call: string) => ["/** Doc. */", signature, `return ${call};`, "}"];
  it.each([
    ["a method that fits on its lines", "  ", method("get(params: GetParams, options?: RequestOptions): Promise<Models.Thing> {", 'this.client.request({ method: "get", path: "/things/{id}", response: "json" }, { path: this.pathParams({ id: params.id }) }, options)')],
    [
      "a method whose signature and call break",
      "  ",
      method(
        "getEverythingAboutTheThingWithAVeryLongName(params: GetEverythingAboutTheThingWithAVeryLongNameParams = {}, options?: RequestOptions): Promise<void> {",
        'this.client.request({ method: "get", path: "/things/{id}/everything/about/it", response: "json", envelope: true }, { path: this.pathParams({ id: params.id, other_identifier: params.other_identifier, third: params.third }), query: { page: params.page, "page-size": params["page-size"] } }, options)',
      ),
    ],
    [
      "a function with an object parameter and an object result",
      "",
      ["export function getThing(client: ApiClient<paths>, input: {", "path: {", "/** The id. */", "id: string;", "};", "}, options?: RequestOptions): Promise<{", "id: string;", "}> {", 'return client.request({ method: "get", path: "/things/{id}", response: "json" }, input, options);', "}"],
    ],
  ])("gives prettier's output: %s", async (_, indent, lines) => {
    const formatted = formatOperationCode(lines, indent, WIDTH);
    expect(formatted).toBeDefined();
    const wrap = (text: string) => (indent === "" ? text : `export class Things {\n${text}\n}\n`);
    expect(wrap(formatted!.join("\n") + (indent === "" ? "\n" : ""))).toBe(await prettier(wrap(lines.join("\n") + (indent === "" ? "\n" : ""))));
  });

  it.each([
    ["an arrow function", method("list(params: P, options?: RequestOptions): Promise<void> {", "this.client.request(spec, (page) => page, options)")],
    [
      "an object as the last of several arguments, too long for the line",
      method("get(params: P, options?: RequestOptions): Promise<void> {", `this.client.request(spec, { a: "${"b".repeat(100)}" })`),
    ],
    ["a key prettier would unquote", method("get(params: P, options?: RequestOptions): Promise<void> {", 'this.client.request({ "method": "get" }, input, options)')],
    ["two statements", ["get(params: P): Promise<void> {", "const a = 1;", "return this.client.request(a, input, options);", "}"]],
  ])("leaves to prettier: %s", (_, lines) => {
    expect(formatOperationCode(lines, "  ", WIDTH)).toBeUndefined();
  });
});

describe("the runtime templates", () => {
  it("are kept in prettier's layout, so that the generator copies them without formatting", async () => {
    const dir = path.join(REPO, "templates", "runtime");
    const unformatted: string[] = [];
    for (const name of (await readdir(dir)).filter((file) => file.endsWith(".ts"))) {
      const text = await readFile(path.join(dir, name), "utf8");
      if ((await prettier(text)) !== text) unformatted.push(name);
    }
    // To fix: npx prettier --write --print-width 100 --trailing-comma all templates/runtime
    expect(unformatted).toEqual([]);
  });
});

/** Generates `spec` and keeps what went into the format stage. */
async function unformattedFiles(spec: string): Promise<GeneratedFile[]> {
  const planned: GeneratedFile[] = [];
  await generate({
    specPath: spec,
    formatStage: async (file, settings) => {
      planned.push(file);
      return formatFile(file, settings);
    },
  });
  return planned.filter((file) => /\.(ts|md)$/.test(file.path));
}

describe("on real specs, the format stage gives prettier's whole-file output byte for byte", () => {
  it.each([
    ["Document360 v3.1", path.join(D360_SPECS, "v3.1.json")],
    ["Document360 v3-2026-04", path.join(D360_SPECS, "v3-2026-04.json")],
  ])("%s", async (_, spec) => {
    const files = await unformattedFiles(spec);
    const formatted = await formatFiles(files);
    for (const [index, file] of files.entries()) {
      const expected = await prettier(file.text, file.path.endsWith(".md") ? "markdown" : "babel-ts");
      expect(formatted[index]!.text === expected, file.path).toBe(true);
    }
  }, 600_000);
});
