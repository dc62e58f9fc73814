/**
 * Renders a comparison for the reviewer of a spec-update pull request:
 * `CHANGES.md` (counts first, then breaking changes by operation, then the
 * rest) and a one-line summary for the terminal. Everything is ordered by
 * explicit keys, so the same comparison always renders the same bytes.
 */
import { compareCodePoints } from "../model/order.js";
import type { Change, Comparison } from "./compare.js";

export const CHANGES_FILE = "CHANGES.md";

export interface ReportCounts {
  breaking: number;
  nonBreaking: number;
  /** Operations with at least one breaking change. */
  operationsBroken: number;
  /** Operations with any change, added and removed ones included. */
  operationsChanged: number;
}

export function countChanges(comparison: Comparison): ReportCounts {
  const operations = (changes: Change[]) => new Set(changes.flatMap((change) => (change.operationId ? [change.operationId] : []))).size;
  const breaking = comparison.changes.filter((change) => change.breaking);
  return {
    breaking: breaking.length,
    nonBreaking: comparison.changes.length - breaking.length,
    operationsBroken: operations(breaking),
    operationsChanged: operations(comparison.changes),
  };
}

/** `18 operations added, 0 removed, 0 renamed; 1 breaking and 57 non-breaking changes in 19 operations`. */
export function summaryLine(comparison: Comparison): string {
  const counts = countChanges(comparison);
  return (
    `${comparison.operationsAdded} operations added, ${comparison.operationsRemoved} removed, ${comparison.operationsRenamed} renamed; ` +
    `${counts.breaking} breaking (in ${counts.operationsBroken} operations) and ${counts.nonBreaking} non-breaking changes`
  );
}

/** `before` and `after` say what was compared, such as "the previous `api-surface.json`" and "`spec/openapi.yaml`". */
export function renderReport(comparison: Comparison, before: string, after: string): string {
  const counts = countChanges(comparison);
  const { changes } = comparison;
  const schemaChanges = changes.filter((change) => change.operationId === undefined);
  const operationChanges = changes.filter((change) => change.operationId !== undefined);
  const breakingIn = (subset: Change[]) => subset.filter((change) => change.breaking).length;
  const lines = [
    "# API changes",
    "",
    `The client generated from ${after}, compared with ${before}. Breaking means code written against the old client may stop compiling or misread a result; the rules are in \`generator/diff/compare.ts\`.`,
    "",
    "| | breaking | non-breaking |",
    "| --- | ---: | ---: |",
    `| changes to operations | ${breakingIn(operationChanges)} | ${operationChanges.length - breakingIn(operationChanges)} |`,
    `| changes to model types | ${breakingIn(schemaChanges)} | ${schemaChanges.length - breakingIn(schemaChanges)} |`,
    `| operations affected | ${counts.operationsBroken} | ${counts.operationsChanged - counts.operationsBroken} |`,
    "",
    `Operations: ${comparison.operationsAdded} added, ${comparison.operationsRemoved} removed, ${comparison.operationsRenamed} renamed. ` +
      `Model types: ${countKind(schemaChanges, "schema-added")} added, ${countKind(schemaChanges, "schema-removed")} removed, ${countKind(schemaChanges, "schema-renamed")} renamed.`,
    "",
  ];
  if (changes.length === 0) {
    lines.push("No change to the client's surface.", "");
    return lines.join("\n");
  }
  const breaking = changes.filter((change) => change.breaking && change.operationId !== undefined);
  if (breaking.length > DIGEST_THRESHOLD) lines.push("## Breaking changes at a glance", "", ...digest(breaking), "");
  if (breaking.length > 0) {
    lines.push(`## Breaking changes (${breaking.length})`, "", ...operationSections(breaking));
  }
  const added = changes.filter((change) => change.kind === "operation-added");
  if (added.length > 0) {
    lines.push(`## Operations added (${added.length})`, "");
    for (const change of sortedByMethod(added)) lines.push(`- \`${change.method}\`: \`${change.route}\``);
    lines.push("");
  }
  const other = changes.filter((change) => !change.breaking && change.operationId !== undefined && change.kind !== "operation-added");
  if (other.length > 0) {
    lines.push(`## Non-breaking changes (${other.length})`, "", ...operationSections(other));
  }
  if (schemaChanges.length > 0) {
    lines.push(`## Model types (${schemaChanges.length})`, "");
    for (const [kind, title] of [
      ["schema-removed", "Removed (breaking)"],
      ["schema-renamed", "Renamed (breaking)"],
      ["schema-added", "Added"],
    ] as const) {
      const entries = sortedByMethod(schemaChanges.filter((change) => change.kind === kind));
      if (entries.length === 0) continue;
      const names = entries.map((change) => (kind === "schema-renamed" ? change.detail : `\`${change.method}\``));
      lines.push(`- ${title}: ${names.join(", ")}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** Above this many breaking changes, the report first sums them up by kind. */
const DIGEST_THRESHOLD = 5;

/** One line per distinct change (same field, same detail), most frequent first, with how many operations it touches. */
function digest(changes: Change[]): string[] {
  const groups = new Map<string, { places: number; operations: Set<string> }>();
  for (const change of changes) {
    const key =
      change.kind === "operation-renamed" || change.kind === "operation-removed"
        ? `operation ${change.kind === "operation-renamed" ? "renamed (client method or path)" : "removed"}`
        : `\`${change.at.filter((segment) => !segment.startsWith("[")).at(-1) ?? change.at[0]}\`: ${describe(change)}`;
    const group = groups.get(key) ?? { places: 0, operations: new Set<string>() };
    group.places++;
    group.operations.add(change.operationId!);
    groups.set(key, group);
  }
  return [...groups]
    .sort(([a, x], [b, y]) => y.places - x.places || compareCodePoints(a, b))
    .map(([key, group]) => `- ${group.places} × ${key}${group.operations.size > 1 ? ` (${group.operations.size} operations)` : ""}`);
}

function countKind(changes: Change[], kind: Change["kind"]): number {
  return changes.filter((change) => change.kind === kind).length;
}

function sortedByMethod(changes: Change[]): Change[] {
  return [...changes].sort((a, b) => compareCodePoints(a.method, b.method) || compareCodePoints(a.operationId ?? "", b.operationId ?? ""));
}

/** One heading per operation (by method name), its changes in the order the comparison met them. */
function operationSections(changes: Change[]): string[] {
  const byOperation = new Map<string, Change[]>();
  for (const change of sortedByMethod(changes)) {
    const key = change.operationId!;
    byOperation.set(key, [...(byOperation.get(key) ?? []), change]);
  }
  const lines: string[] = [];
  for (const entries of byOperation.values()) {
    const [first] = entries as [Change];
    lines.push(`### \`${first.method}\` (\`${first.route}\`)`, "");
    for (const change of entries) {
      const where = placeOf(change.at);
      lines.push(`- ${where ? `${where}: ` : ""}${change.kind === "operation-removed" ? "removed" : describe(change)}`);
    }
    lines.push("");
  }
  return lines;
}

function describe(change: Change): string {
  switch (change.kind) {
    case "operation-renamed":
      return `renamed: ${change.detail}`;
    case "errors-added":
      return `error statuses added: ${change.detail}`;
    case "errors-removed":
      return `error statuses removed: ${change.detail}`;
    default:
      return change.detail;
  }
}

/** `["body", "items", "[]", "id"]` → "body field `items[].id`"; `["query", "tag"]` → "query parameter `tag`". */
function placeOf(at: string[]): string {
  const [root, ...rest] = at;
  if (root === undefined) return "";
  const field = rest.reduce((text, segment) => (segment.startsWith("[") || text === "" ? text + segment : `${text}.${segment}`), "");
  if (root === "body") return field === "" ? "request body" : `body field \`${field}\``;
  if (root === "result") return field === "" ? "result" : `result field \`${field}\``;
  return field === "" ? `${root} parameters` : `${root} parameter \`${field}\``;
}
