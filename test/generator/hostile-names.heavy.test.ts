/**
 * The hostile-names packages (#16, specs in `hostile-names-cases.ts`) compile
 * under --strict in a user's project, with bundler resolution and with NodeNext
 * (isolatedModules, verbatimModuleSyntax): one tsc run per configuration over
 * all of them. Their behaviour is `hostile-names.test.ts`'s part (`npm test`).
 */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { CASES, generateCases, type GeneratedCases } from "./hostile-names-cases.js";
import { REPO } from "./support.js";

/** Inside the repository, so the generated packages resolve openapi-fetch from its node_modules. */
const OUT = path.join(REPO, ".tmp", "hostile-names-compiled");
const TSC = path.join(REPO, "node_modules", "typescript", "bin", "tsc");

let cases: GeneratedCases;
/** tsc's complaints by configuration, then by case. */
const typeErrors: Record<string, Record<string, string>> = {};

async function typeCheck(label: string, manifest: Record<string, unknown>, compilerOptions: Record<string, unknown>): Promise<Record<string, string>> {
  const names = Object.keys(cases.packages);
  const project = path.join(OUT, `project-${label}`);
  await mkdir(project, { recursive: true });
  await writeFile(path.join(project, "package.json"), JSON.stringify(manifest));
  await writeFile(
    path.join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "ES2022", lib: ["ES2022", "DOM", "DOM.Iterable"], types: [], strict: true, skipLibCheck: true, noEmit: true, ...compilerOptions },
      include: names.map((name) => path.join(OUT, name, "src")),
    }),
  );
  const output = await promisify(execFile)(process.execPath, [TSC, "-p", project], { cwd: OUT }).then(
    () => "",
    (error: { stdout: string }) => error.stdout || "tsc failed",
  );
  const lines = output.split("\n");
  const byCase = Object.fromEntries(names.map((name) => [name, lines.filter((line) => line.startsWith(`${name}/src/`)).join("\n")]));
  // Complaints that name no case (a broken configuration) count against all of them.
  return output === "" || Object.values(byCase).some(Boolean) ? byCase : Object.fromEntries(names.map((name) => [name, output]));
}

beforeAll(async () => {
  cases = await generateCases(OUT);
  typeErrors["bundler"] = await typeCheck("bundler", { private: true }, { module: "ESNext", moduleResolution: "Bundler" });
  typeErrors["NodeNext"] = await typeCheck(
    "nodenext",
    { private: true, type: "module" },
    { module: "NodeNext", moduleResolution: "NodeNext", isolatedModules: true, verbatimModuleSyntax: true },
  );
}, 600_000);

describe("hostile names", () => {
  it.each(Object.keys(CASES))("%s: compiles under --strict with bundler resolution and with NodeNext (isolatedModules, verbatimModuleSyntax)", (name) => {
    expect(cases.generationErrors[name] ?? "", name).toBe("");
    expect(typeErrors["bundler"]![name]).toBe("");
    expect(typeErrors["NodeNext"]![name]).toBe("");
  });
});
