// Formats texts for generator/format/format.ts on a worker thread. Plain
// JavaScript so that it starts the same under tsx, vitest or a compiled build.
import { parentPort, workerData } from "node:worker_threads";

const { format } = await import(workerData.prettierUrl);

parentPort.on("message", async ({ text, options }) => {
  try {
    parentPort.postMessage({ text: await format(text, options) });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
