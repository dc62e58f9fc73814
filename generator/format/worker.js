// Formats texts for generator/format.ts on a worker thread. Plain JavaScript so
// that it starts the same under tsx, vitest or a compiled build.
//
// Until the first text arrives, the thread formats the runtime templates (code
// of the kind it will get) and throws the result away: prettier runs about twice
// as fast once V8 has compiled its hot paths, and the thread would only wait.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { setImmediate } from "node:timers/promises";
import { parentPort, workerData } from "node:worker_threads";

const { format } = await import(workerData.prettierUrl);
let asked = false;

parentPort.on("message", async ({ text, options }) => {
  asked = true;
  try {
    parentPort.postMessage({ text: await format(text, options) });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});

if (workerData.warmUpDir) {
  const names = await readdir(workerData.warmUpDir).catch(() => []);
  for (const name of names.filter((file) => file.endsWith(".ts")).sort()) {
    // A message waiting to be read is handled before the next warm-up text.
    await setImmediate();
    if (asked) break;
    const text = await readFile(path.join(workerData.warmUpDir, name), "utf8");
    await format(text, workerData.warmUpOptions).catch(() => undefined);
  }
}
