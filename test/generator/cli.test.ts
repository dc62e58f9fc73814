import { execFile } from "node:child_process";
import { appendFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../generator/cli.js";
import { cli, petstore, REPO, snapshot, tempDir, writeSpec } from "./support.js";

const run = promisify(execFile);

describe("cli", () => {
  let dir: string;
  let spec: string;
  let out: string;
  let generated: Record<string, string>;

  beforeAll(async () => {
    dir = await tempDir();
    spec = await writeSpec(dir, "api.yaml", petstore());
    out = path.join(dir, "out");
    const result = await cli("--spec", spec, "--out", out, "--quiet");
    expect(result.code).toBe(0);
    generated = await snapshot(out);
  });

  it("prints usage with --help", async () => {
    const result = await cli("--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--spec FILE");
    expect(result.stdout).toContain("--check");
  });

  it("rejects an unknown option with usage", async () => {
    const result = await cli("--nope");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Unknown option '--nope'");
  });

  it("writes the package and a one-line summary with counts and seconds", async () => {
    expect(Object.keys(generated)).toEqual(
      expect.arrayContaining(["package.json", "tsconfig.json", "manifest.json", "src/index.ts", "src/models.ts", "src/operations.ts", "src/paths.ts", "src/client.ts", "src/runtime/index.ts"]),
    );
    const result = await cli("--spec", spec, "--out", out, "--quiet");
    expect(result.stderr).toMatch(/^generated 4 operations, 4 schemas, \d+ files into .+ \(unchanged\) in \d+\.\d\d s\n$/);
  });

  it("reports progress per stage unless --quiet", async () => {
    const result = await cli("--spec", spec, "--out", out);
    for (const stage of ["load", "validate", "model", "plan", "emit", "format", "write"]) {
      expect(result.stderr).toMatch(new RegExp(`^  ${stage} \\d+\\.\\d\\d s$`, "m"));
    }
  });

  describe("bad input: one line naming file and location, exit 1, output untouched", () => {
    const cases: [string, string, string | unknown, RegExp][] = [
      ["a missing file", "missing.yaml", null, /^error: .*missing\.yaml: file not found$/],
      ["invalid JSON", "bad.json", '{"openapi": "3.0.0",,}', /^error: .*bad\.json:1:21: invalid JSON: /],
      ["invalid YAML", "bad.yaml", "openapi: 3.0.0\npaths:\n  - a\n  b: c\n", /^error: .*bad\.yaml:\d+:\d+: invalid YAML: /],
      ["a $ref that does not resolve", "ref.yaml", { ...petstore(), components: {} }, /^error: .*ref\.yaml#\/paths\/~1pets\/get\/responses\/200\/content\/application~1json\/schema\/items: \$ref "#\/components\/schemas\/Pet" does not resolve$/],
      ["a duplicate operationId", "dup.yaml", (() => { const d = petstore(); d.paths["/pets"].post.operationId = "listPets"; return d; })(), /^error: .*dup\.yaml#\/paths\/~1pets\/post\/operationId \(POST \/pets\): duplicate operationId "listPets"/],
      ["`pathz:` instead of `paths:`", "pathz.yaml", (() => { const { paths, ...rest } = petstore(); return { ...rest, pathz: paths }; })(), /^error: .*pathz\.yaml#\/paths: the OpenAPI object has no `paths`, which OpenAPI requires$/],
      ["no info.version", "noversion.yaml", (() => { const d = petstore(); delete d.info.version; return d; })(), /^error: .*noversion\.yaml#\/info\/version: the Info object has no `version`, which OpenAPI requires$/],
      ["a $ref that climbs out of the spec's folder", "climb.yaml", (() => { const d = petstore(); d.components.schemas.Pet = { $ref: "../../../../etc/hostname" }; return d; })(), /^error: .*climb\.yaml#\/components\/schemas\/Pet: \$ref leads outside the spec's folder \(\/etc\/hostname\); pass --allow-refs-outside DIR/],
      ["a Swagger 2.0 document", "swagger.yaml", { swagger: "2.0", info: { title: "T", version: "1" }, paths: {} }, /^error: .*swagger\.yaml#\/swagger: Swagger 2\.0 is not supported/],
    ];
    it.each(cases)("%s", async (_case, name, content, want) => {
      const file = content === null ? path.join(dir, name) : await writeSpec(dir, name, content);
      const result = await cli("--spec", file, "--out", out, "--quiet");
      expect(result.code).toBe(1);
      const lines = result.stderr.trimEnd().split("\n");
      const errorLines = lines.filter((line) => line.startsWith("error: "));
      expect(errorLines.length).toBeGreaterThanOrEqual(1);
      expect(errorLines[0]).toMatch(want);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(await snapshot(out)).toEqual(generated);
    });
  });

  it("takes --max-spec-mb as a positive number only", async () => {
    const result = await cli("--spec", await writeSpec(dir, "ok.yaml", petstore()), "--out", out, "--max-spec-mb", "lots");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: --max-spec-mb takes a positive number of megabytes, not "lots"$/m);
    expect(await snapshot(out)).toEqual(generated);
  });

  it("exits with status 1 as a process, without a stack trace", async () => {
    const error = await run(process.execPath, ["--import", "tsx", "generator/main.ts", "--spec", "no/such/spec.yaml", "--out", path.join(dir, "never")], { cwd: REPO }).then(
      () => undefined,
      (caught: { code: number; stderr: string }) => caught,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toBe("error: no/such/spec.yaml: file not found\n");
    expect(await snapshot(path.join(dir, "never"))).toEqual({});
  });

  it("--check passes when the output is current and names each file that is not", async () => {
    expect((await cli("--spec", spec, "--out", out, "--check")).code).toBe(0);
    const checkDir = path.join(dir, "check");
    await cli("--spec", spec, "--out", checkDir, "--quiet");
    await appendFile(path.join(checkDir, "src/models.ts"), "// hand edit\n");
    await rm(path.join(checkDir, "src/paths.ts"));
    await writeFile(path.join(checkDir, "src/stray.ts"), "export {};\n");
    const before = await snapshot(checkDir);
    const result = await cli("--spec", spec, "--out", checkDir, "--check");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("changed: src/models.ts");
    expect(result.stderr).toContain("missing: src/paths.ts");
    expect(result.stderr).toContain("not generated: src/stray.ts");
    expect(await snapshot(checkDir)).toEqual(before);
  });

  it("with a cache, a regeneration read back from the output folder still finds stray and edited files", async () => {
    const cacheDir = path.join(dir, "in-place-cache");
    const target = path.join(dir, "in-place");
    const generate = async (...argv: string[]) => {
      let stderr = "";
      const code = await runCli(["--spec", spec, "--out", target, ...argv], { stdout: () => {}, stderr: (text) => (stderr += text) }, { cacheDir });
      const problems = stderr.split("\n").filter((line) => /^ {2}(changed|missing|not generated):/.test(line));
      return { code, stderr, problems };
    };
    await generate("--quiet");
    const written = await snapshot(target);
    const again = await generate();
    expect(again.stderr).toMatch(/^ {2}reuse /m);
    expect(again.stderr).toContain("(unchanged)");
    await writeFile(path.join(target, "src/stray.ts"), "export {};\n");
    expect(await generate("--check")).toMatchObject({ code: 1, problems: ["  not generated: src/stray.ts"] });
    expect((await generate("--quiet")).stderr).toContain("(1 files changed)");
    expect(await snapshot(target)).toEqual(written);
    await appendFile(path.join(target, "src/models.ts"), "// hand edit\n");
    expect(await generate("--check")).toMatchObject({ code: 1, problems: ["  changed: src/models.ts"] });
    expect((await generate("--quiet")).stderr).toContain("(1 files changed)");
    expect(await snapshot(target)).toEqual(written);
  });

  it("regenerating replaces stale files and keeps an installed node_modules", async () => {
    const target = path.join(dir, "regen");
    await cli("--spec", spec, "--out", target, "--quiet");
    await writeFile(path.join(target, "src/stale.ts"), "export {};\n");
    await writeSpec(target, "node_modules/x/index.js", "module.exports = 1;\n");
    await cli("--spec", spec, "--out", target, "--quiet");
    const files = await snapshot(target);
    expect(files["src/stale.ts"]).toBeUndefined();
    expect(files["node_modules/x/index.js"]).toBe("module.exports = 1;\n");
  });

  it("refuses to replace a folder it did not generate", async () => {
    const foreign = path.join(dir, "foreign");
    await writeSpec(foreign, "notes.txt", "mine\n");
    const result = await cli("--spec", spec, "--out", foreign, "--quiet");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*foreign already holds files that were not generated here/);
    expect(await snapshot(foreign)).toEqual({ "notes.txt": "mine\n" });
  });
});
