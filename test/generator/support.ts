import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect } from "vitest";
import { stringify } from "yaml";
import type { ApiModel } from "../../generator/model/types.js";
import { runCli } from "../../generator/cli.js";

export const REPO = path.resolve(import.meta.dirname, "../..");
export const D360_SPECS = path.resolve(REPO, "../shared/specs/document360");

export async function tempDir(prefix = "gen-test-"): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** Writes `content` (an object becomes YAML or JSON by the file's extension) and returns the path. */
export async function writeSpec(dir: string, name: string, content: unknown): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  const text = typeof content === "string" ? content : name.endsWith(".json") ? JSON.stringify(content, null, 2) : stringify(content);
  await writeFile(file, text);
  return file;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** Every file below `dir` with its content, keyed by '/'-separated relative path; {} when `dir` is missing. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full).split(path.sep).join("/")] = await readFile(full, "utf8");
  }
  return files;
}

/** A small, valid OpenAPI 3.0 document to vary in tests. */
export function petstore(): Record<string, any> {
  return {
    openapi: "3.0.3",
    info: { title: "Pet Store", version: "1.2.3" },
    servers: [{ url: "https://pets.example.test/v1" }],
    paths: {
      "/pets": {
        get: {
          operationId: "listPets",
          summary: "List pets",
          parameters: [
            { name: "limit", in: "query", schema: { type: "integer" } },
            { name: "tag", in: "query", required: true, schema: { type: "string" } },
          ],
          responses: {
            "200": { description: "ok", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Pet" } } } } },
            default: { description: "error", content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } },
          },
        },
        post: {
          operationId: "createPet",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/NewPet" } } } },
          responses: { "201": { description: "created", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } } },
        },
      },
      "/pets/{pet_id}": {
        parameters: [{ name: "pet_id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        get: {
          operationId: "getPet",
          description: "Reads one pet. A comment terminator */ must not end the JSDoc.",
          responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } } },
        },
        delete: {
          operationId: "deletePet",
          deprecated: true,
          responses: { "204": { description: "gone" } },
        },
      },
    },
    components: {
      schemas: {
        Pet: {
          type: "object",
          required: ["name", "id"],
          properties: {
            name: { type: "string" },
            id: { type: "string", format: "uuid" },
            tag: { type: "string", nullable: true },
            kind: { type: "string", enum: ["cat", "dog"] },
          },
        },
        NewPet: { type: "object", required: ["name"], properties: { name: { type: "string" }, tag: { type: "string" } } },
        Problem: { type: "object", properties: { title: { type: "string" }, status: { type: "integer" } } },
        "foo.bar-baz qux": { type: "string" },
      },
    },
  };
}

/** tsc's complaints about a generated package under `--strict`; "" when it type-checks. */
export async function typeErrorsIn(packageDir: string): Promise<string> {
  const tsc = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
  return promisify(execFile)(process.execPath, [tsc, "--noEmit", "--strict", "-p", path.join(packageDir, "tsconfig.json")]).then(
    () => "",
    (error: { stdout: string }) => error.stdout,
  );
}

/** A model holding only the named schemas (typed `string`) and operations (`GET /`), for naming tests. */
export function modelWith(schemaNames: string[], operationIds: string[] = []): ApiModel {
  return {
    title: "T",
    version: "1",
    servers: [],
    securitySchemes: [],
    tags: [],
    warnings: [],
    schemas: schemaNames.map((name) => ({ key: `#/components/schemas/${name}`, nameHint: name, type: { kind: "keyword", name: "string" }, docs: {} })),
    operations: operationIds.map((operationId) => ({
      operationId,
      method: "get",
      path: "/",
      tags: [],
      docs: {},
      parameters: [],
      requestBody: null,
      responses: [],
      security: [],
      pointer: "#",
    })),
  };
}

/** Inside the repository, so the generated package resolves openapi-fetch from its node_modules. */
const REAL_SPECS_OUTPUT = path.join(REPO, ".tmp", "real-specs");

/** Generates `spec` into `.tmp/real-specs/NAME` (with the command-line `options`) and returns the output folder. */
export async function generateRealSpec(spec: string, name: string, ...options: string[]): Promise<string> {
  const out = path.join(REAL_SPECS_OUTPUT, name);
  await rm(out, { recursive: true, force: true });
  const result = await cli("--spec", spec, "--out", out, "--quiet", ...options);
  expect(result.stderr).toMatch(/^generated /);
  expect(result.code).toBe(0);
  return out;
}

/** Generates `spec` as `generateRealSpec` does, expects it to type-check under --strict, and returns its files. */
export async function generateAndTypecheck(spec: string, name: string, ...options: string[]): Promise<Record<string, string>> {
  const out = await generateRealSpec(spec, name, ...options);
  expect(await typeErrorsIn(out)).toBe("");
  return snapshot(out);
}

/**
 * tsc's complaints under `--strict` about each of several generated packages,
 * from one tsc run over all of them (its start-up and the standard library are
 * paid once), with each package's own compiler options.
 */
export async function typeErrorsInEach(packageDirs: string[]): Promise<Map<string, string>> {
  const tsconfig = JSON.parse(await readFile(path.join(packageDirs[0]!, "tsconfig.json"), "utf8")) as { compilerOptions: Record<string, unknown> };
  const { outDir: _outDir, rootDir: _rootDir, declaration: _declaration, ...compilerOptions } = tsconfig.compilerOptions;
  const dir = await mkdtemp(path.join(REPO, ".tmp", "typecheck-"));
  await writeFile(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { ...compilerOptions, strict: true, noEmit: true }, include: packageDirs.map((packageDir) => path.join(packageDir, "src")) }),
  );
  const tsc = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
  const output = await promisify(execFile)(process.execPath, [tsc, "-p", dir], { cwd: REPO }).then(
    () => "",
    (error: { stdout: string }) => error.stdout || "tsc failed without naming a file",
  );
  const lines = output.split("\n").filter(Boolean);
  const errors = new Map(packageDirs.map((packageDir) => [packageDir, lines.filter((line) => line.startsWith(path.relative(REPO, packageDir) + path.sep)).join("\n")]));
  const attributed = [...errors.values()].some(Boolean);
  // Complaints that name no package (a broken configuration) count against all of them.
  return attributed || output === "" ? errors : new Map(packageDirs.map((packageDir) => [packageDir, output]));
}

/** The names of the generated operation functions. */
export function operationFunctions(files: Record<string, string>): string[] {
  return [...files["src/operations.ts"]!.matchAll(/^export function (\w+)\(/gm)].map((match) => match[1]!);
}
