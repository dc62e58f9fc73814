import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { tempDir, writeSpec } from "../generator/support.js";

const REPO = path.resolve(import.meta.dirname, "../..");

function specLint(entry?: string): Promise<{ code: number; output: string }> {
  return promisify(execFile)(process.execPath, ["--import", "tsx", "generator/spec-sync/lint.ts", ...(entry ? [entry] : [])], {
    cwd: REPO,
    env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  }).then(
    (result) => ({ code: 0, output: result.stdout + result.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
}

describe("npm run spec:lint", () => {
  it("passes on spec/: Redocly's recommended rules and example rules report no error, and no description is left to write", async () => {
    const run = await specLint();
    expect(run.output).not.toMatch(/still reads|still to be written/);
    expect(run.output).toMatch(/Your API description is valid/);
    expect(run.code).toBe(0);
  }, 60_000);

  it("fails on a description left to write and on an example its schema rejects", async () => {
    const dir = await tempDir();
    const entry = await writeSpec(dir, "openapi.yaml", {
      openapi: "3.0.3",
      info: { title: "T", version: "1", description: "(to be written)" },
      servers: [{ url: "https://api.example.test" }],
      security: [],
      paths: {
        "/things": {
          get: {
            operationId: "listThings",
            summary: "List things",
            description: "Lists the things.",
            responses: {
              "200": {
                description: "The things.",
                content: {
                  "application/json": { schema: { type: "array", items: { type: "integer" } }, examples: { wrong: { value: ["one"] } } },
                },
              },
              "400": { description: "Bad request." },
            },
          },
        },
      },
    });
    const run = await specLint(entry);
    expect(run.code).toBe(1);
    expect(run.output).toContain('openapi.yaml#/info/description: description still reads "(to be written)"');
    expect(run.output).toMatch(/no-invalid-media-type-examples/);
  }, 60_000);
});
