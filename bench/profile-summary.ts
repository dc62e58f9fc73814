/**
 * Summarizes a V8 `.cpuprofile` (from `node --cpu-prof`) by self time, grouped
 * by package (or repository folder) and by function, to see where generation
 * time goes: `tsx bench/profile-summary.ts FILE.cpuprofile [--top N]`.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `prettier`, `typescript`, `generator/emit` or `(native)`: who owns the code a sample fell in. */
function ownerOf(url: string): string {
  if (url === "") return "(native)";
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) return packageMatch[1]!;
  if (url.startsWith("node:")) return "(node)";
  const repositoryMatch = /\/(generator(?:\/[^/]+)?|templates|bench)\/[^/]+$/.exec(url);
  return repositoryMatch ? repositoryMatch[1]! : url;
}

function summarize(profile: CpuProfile, top: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of selfMicros) {
    const frame = byId.get(id)!.callFrame;
    const owner = ownerOf(frame.url);
    const name = `${frame.functionName || "(anonymous)"} ${owner}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    total += micros;
  }
  const table = (entries: Map<string, number>) =>
    [...entries]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, top)
      .map(([name, micros]) => `${(micros / 1e6).toFixed(2).padStart(7)} s ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
      .join("\n");
  return `total ${(total / 1e6).toFixed(2)} s\n\nself time by package:\n${table(byOwner)}\n\nself time by function:\n${table(byFunction)}\n`;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" } } });
for (const file of positionals) {
  process.stdout.write(`${file}\n${summarize(JSON.parse(await readFile(file, "utf8")) as CpuProfile, Number(values.top))}\n`);
}
