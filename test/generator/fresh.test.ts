import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { cli, REPO } from "./support.js";

const run = promisify(execFile);

describe("the committed generated/ package", () => {
  it("is exactly what spec/ generates (nobody edited it by hand or forgot to regenerate)", async () => {
    const result = await cli("--spec", path.join(REPO, "spec/openapi.yaml"), "--out", path.join(REPO, "generated"), "--check", "--quiet");
    expect(result.stderr).toMatch(/is up to date/);
    expect(result.code).toBe(0);
  });

  it("type-checks under --strict", async () => {
    const tsc = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
    const output = await run(process.execPath, [tsc, "--noEmit", "--strict", "-p", path.join(REPO, "generated", "tsconfig.json")]).then(
      () => "",
      (error: { stdout: string }) => error.stdout,
    );
    expect(output).toBe("");
  }, 60_000);
});
