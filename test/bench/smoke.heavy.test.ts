import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, "../..");

describe("npm run bench -- --smoke", () => {
  it("generates with every tool, type-checks each one-call consumer and prints every figure line", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", path.join(REPO, "bench", "generate.ts"), "--smoke"], {
      cwd: REPO,
      maxBuffer: 16 * 1024 * 1024,
    });
    const seconds = String.raw`\d+\.\d\d s`;
    expect(stdout).toMatch(new RegExp(`^generate d360: ours ${seconds} \\| openapi-typescript ${seconds} \\| hey-api ${seconds} \\| ours/openapi-typescript \\d+\\.\\d\\d`, "m"));
    expect(stdout).toMatch(/^memory d360: ours [1-9]\d* MB \| openapi-typescript [1-9]\d* MB \| hey-api [1-9]\d* MB/m);
    expect(stdout).toMatch(new RegExp(`^api-diff d360: ours ${seconds} from v3\\.json \\| generate ${seconds} \\| api-diff/generate \\d+\\.\\d\\d \\(target <= 0\\.30: (met|NOT met)\\)$`, "m"));
    expect(stdout).toMatch(new RegExp(`^regenerate d360: ours ${seconds} unchanged spec \\(target < 0\\.50 s: (met|NOT met)\\)$`, "m"));
    expect(stdout).toMatch(new RegExp(`^typecheck d360: ours -?${seconds} \\| openapi-typescript -?${seconds} \\| hey-api -?${seconds}`, "m"));
    expect(stdout).not.toMatch(/github/);
  }, 600_000);
});
