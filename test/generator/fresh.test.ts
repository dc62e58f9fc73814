import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, REPO, typeErrorsIn } from "./support.js";


describe("the committed generated/ package", () => {
  it("is exactly what spec/ generates (nobody edited it by hand or forgot to regenerate)", async () => {
    const result = await cli("--spec", path.join(REPO, "spec/openapi.yaml"), "--out", path.join(REPO, "generated"), "--check", "--quiet");
    expect(result.stderr).toMatch(/is up to date/);
    expect(result.code).toBe(0);
  });

  it("type-checks under --strict", async () => {
    expect(await typeErrorsIn(path.join(REPO, "generated"))).toBe("");
  }, 60_000);
});
