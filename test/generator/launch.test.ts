/**
 * `npm run generate` runs the compiled generator only when it was built from
 * the sources as they are; after any edit, the sources themselves.
 */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO, tempDir } from "./support.js";

const LAUNCH = pathToFileURL(path.join(REPO, "bin", "launch.mjs")).href;

async function run(script: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], { cwd: REPO });
  return stdout.trim();
}

describe("bin/launch.mjs", () => {
  it("runs build/ when stamped with the current sources, and the sources (through tsx) once they change", async () => {
    const root = await tempDir("launch-test-");
    await mkdir(path.join(root, "generator"));
    await mkdir(path.join(root, "build"));
    // As in this repository: the generator's sources are ES modules.
    await writeFile(path.join(root, "package.json"), '{ "type": "module" }\n');
    await writeFile(path.join(root, "generator", "entry.ts"), 'const from: string = "sources";\nconsole.log(from);\n');
    await writeFile(path.join(root, "build", "entry.js"), 'console.log("build");\n');
    const launch = `const { launch } = await import(${JSON.stringify(LAUNCH)}); await launch("entry", ${JSON.stringify(root)});`;
    expect(await run(launch)).toBe("sources");
    await run(`const { stampBuild } = await import(${JSON.stringify(LAUNCH)}); stampBuild(${JSON.stringify(root)});`);
    expect(await run(launch)).toBe("build");
    await writeFile(path.join(root, "generator", "entry.ts"), 'const from: string = "edited sources";\nconsole.log(from);\n');
    expect(await run(launch)).toBe("edited sources");
  });
});
