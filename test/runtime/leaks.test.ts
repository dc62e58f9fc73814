import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const script = fileURLToPath(new URL("./support/leak-run.ts", import.meta.url));

/** Runs the script in its own Node process; resolves once it exits, killing it if it has not after `limitMs`. */
function runAlone(limitMs: number): Promise<{ stdout: string; stderr: string; code: number | null; lingeredMs: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let reportedAt = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      reportedAt ||= performance.now();
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const killer = setTimeout(() => child.kill("SIGKILL"), limitMs);
    child.on("close", (code) => {
      clearTimeout(killer);
      resolve({ stdout, stderr, code, lingeredMs: reportedAt ? performance.now() - reportedAt : Infinity });
    });
  });
}

test("1,000 calls of each kind on one AbortSignal leave no listener, timer or socket, and the process ends by itself", { timeout: 90_000 }, async () => {
  const { stdout, stderr, code, lingeredMs } = await runAlone(80_000);
  expect(stderr).not.toContain("MaxListenersExceededWarning");
  expect(code).toBe(0);
  const report = JSON.parse(stdout) as { listeners: Record<string, number>; mostWhileRunning: number; pending: string[] };
  expect(report.listeners).toEqual({ json: 0, stream: 0, download: 0, waiter: 0, paginated: 0 });
  // Fifty calls at a time share the runtime's single listener on the signal.
  expect(report.mostWhileRunning).toBe(1);
  expect(report.pending).toEqual([]);
  // Nothing is left to run after the report: the process exits as soon as it has written it.
  expect(lingeredMs).toBeLessThan(2000);
});
