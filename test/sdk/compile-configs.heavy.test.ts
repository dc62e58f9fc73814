/**
 * The generated sources compile wherever a user puts them: copied into their
 * own project and compiled with it, under `--strict`, by a bundler user
 * (`moduleResolution: bundler`, no `"type": "module"`), or by Node's own ESM
 * rules with every per-file check on (`NodeNext`, `isolatedModules`,
 * `verbatimModuleSyntax`). The corpus runner checks the same two on 300 specs.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO } from "../generator/support.js";
import { GENERATED_V31 } from "./support.js";

const TSC = path.join(REPO, "node_modules", "typescript", "bin", "tsc");

const CONFIGURATIONS: [string, Record<string, unknown>, Record<string, unknown>][] = [
  ["bundler, no \"type\": \"module\"", { name: "bundled-app", private: true }, { module: "ESNext", moduleResolution: "Bundler" }],
  [
    "NodeNext, isolatedModules, verbatimModuleSyntax",
    { name: "node-app", private: true, type: "module" },
    { module: "NodeNext", moduleResolution: "NodeNext", isolatedModules: true, verbatimModuleSyntax: true },
  ],
];

describe("the generated sources inside a user's own project", () => {
  it.each(CONFIGURATIONS)("type-check under --strict with %s", async (name, manifest, compilerOptions) => {
    // Inside the repository, so the copied sources resolve openapi-fetch from its node_modules.
    const project = path.join(REPO, ".tmp", "compile-configs", name.replace(/\W+/g, "-"));
    await rm(project, { recursive: true, force: true });
    await mkdir(project, { recursive: true });
    await cp(path.join(GENERATED_V31, "src"), path.join(project, "vendor", "d360"), { recursive: true });
    await writeFile(path.join(project, "package.json"), JSON.stringify(manifest));
    await writeFile(
      path.join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { target: "ES2022", lib: ["ES2022", "DOM", "DOM.Iterable"], types: [], strict: true, noEmit: true, skipLibCheck: true, ...compilerOptions },
        include: ["vendor", "app.ts"],
      }),
    );
    await writeFile(path.join(project, "app.ts"), 'import { createClient } from "./vendor/d360/index.js";\nexport const client = createClient({ token: "t" });\n');
    const result = await promisify(execFile)(process.execPath, [TSC, "-p", project]).then(
      () => "",
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe("");
  }, 120_000);
});
