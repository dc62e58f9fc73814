/**
 * Renders a comparison for the reviewer of a spec-update pull request:
 * `CHANGES.md` and a one-line summary for the terminal.
 *
 * The unit both count is the entry: everything that changed at one place, a
 * field of one operation (its facts merged, "now required and non-null"), an
 * operation's method or route, a model type. The heading, the sections and the
 * terminal line all count entries, so each count has one value.
 *
 * The report leads with the methods removed or renamed (a caller's code stops
 * compiling there first), then the other breaking changes by kind, then the
 * compatible ones. Within a kind, entries that say the same thing about a
 * field of the same name in the same place (body, query, result, ...) are
 * folded into one line naming their operations. Everything is ordered by
 * explicit keys, so the same comparison always renders the same bytes.
 */
import { compareCodePoints } from "../model/order.js";
import type { Change, ChangeKind, Comparison } from "./compare.js";

export const CHANGES_FILE = "CHANGES.md";

export interface ReportCounts {
  /** Breaking entries. */
  breaking: number;
  /** Non-breaking entries. */
  nonBreaking: number;
  /** Operations with at least one breaking change. */
  operationsBroken: number;
  /** Operations with any change, added and removed ones included. */
  operationsChanged: number;
}

/** The changes at one place; breaking when any of them is. */
interface Entry {
  changes: Change[];
  breaking: boolean;
  section: Section;
}

type Section = "methods" | "added" | "renamed" | "removed" | "requirement" | "type" | "enum" | "pattern" | "deprecated" | "errors" | "models";

const SECTION_OF: Record<ChangeKind, Section> = {
  "operation-added": "methods",
  "operation-removed": "methods",
  "operation-renamed": "methods",
  "route-parameter-renamed": "methods",
  "operation-deprecated": "deprecated",
  "errors-added": "errors",
  "errors-removed": "errors",
  added: "added",
  removed: "removed",
  renamed: "renamed",
  "newly-required": "requirement",
  "no-longer-required": "requirement",
  "now-nullable": "requirement",
  "no-longer-nullable": "requirement",
  "enum-values-added": "enum",
  "enum-values-removed": "enum",
  "type-changed": "type",
  "now-paged": "pattern",
  "no-longer-paged": "pattern",
  "task-added": "pattern",
  "task-removed": "pattern",
  "task-changed": "pattern",
  "helper-added": "methods",
  "helper-removed": "methods",
  "schema-added": "models",
  "schema-removed": "models",
  "schema-renamed": "models",
};

/** Sections in report order, with their titles when breaking and when not. */
const SECTIONS: [Section, string, string][] = [
  ["methods", "Methods removed or renamed", "Methods added"],
  ["pattern", "Pages and tasks", "Pages and tasks"],
  ["renamed", "Fields renamed", "Fields renamed"],
  ["removed", "Fields removed", "Fields removed"],
  ["added", "Required inputs added", "Fields added"],
  ["requirement", "Required or nullable", "Required or nullable"],
  ["type", "Types changed", "Types changed"],
  ["enum", "Enum values", "Enum values"],
  ["deprecated", "Deprecated", "Deprecated"],
  ["errors", "Error statuses", "Error statuses"],
  ["models", "Model types removed or renamed", "Model types added"],
];

/** Groups changes by place: one operation's field, or one operation-wide change, or one model type. */
function entriesOf(comparison: Comparison): Entry[] {
  const byPlace = new Map<string, Change[]>();
  for (const change of comparison.changes) {
    const owner = change.operationId ?? `schema ${change.method}`;
    // Helpers share the operation they call, so each is a place of its own.
    const place = change.at.length > 0 ? change.at.join("/") : change.kind.startsWith("helper-") ? `${change.kind} ${change.method}` : change.kind;
    const key = `${owner} ${place}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), change]);
  }
  return [...byPlace.values()].map((changes) => {
    const breaking = changes.some((change) => change.breaking);
    const leading = changes.find((change) => change.breaking === breaking)!;
    return { changes, breaking, section: SECTION_OF[leading.kind] };
  });
}

export function countChanges(comparison: Comparison): ReportCounts {
  const entries = entriesOf(comparison);
  const operations = (changes: Change[]) => new Set(changes.flatMap((change) => (change.operationId ? [change.operationId] : []))).size;
  const breaking = entries.filter((entry) => entry.breaking).length;
  return {
    breaking,
    nonBreaking: entries.length - breaking,
    operationsBroken: operations(comparison.changes.filter((change) => change.breaking)),
    operationsChanged: operations(comparison.changes),
  };
}

/** `18 operations added, 0 removed, 0 renamed; 1 breaking change (in 1 operation) and 57 non-breaking`. */
export function summaryLine(comparison: Comparison): string {
  const counts = countChanges(comparison);
  return (
    `${count(comparison.operationsAdded, "operation")} added, ${comparison.operationsRemoved} removed, ${comparison.operationsRenamed} renamed; ` +
    `${count(counts.breaking, "breaking change")} (in ${count(counts.operationsBroken, "operation")}) and ${counts.nonBreaking} non-breaking`
  );
}

/** `before` and `after` say what was compared, such as "the previous `api-surface.json`" and "`spec/openapi.yaml`". */
export function renderReport(comparison: Comparison, before: string, after: string): string {
  const counts = countChanges(comparison);
  const entries = entriesOf(comparison);
  const schemaCount = (kind: ChangeKind) => comparison.changes.filter((change) => change.kind === kind).length;
  const lines = [
    "# API changes",
    "",
    `The client generated from ${after}, compared with ${before}. Breaking means code written against the old client may stop compiling or misread a result; the rules are in \`generator/diff/compare.ts\`.`,
    "",
    (counts.breaking === 0 ? "**No breaking change**" : `**${count(counts.breaking, "breaking change")}** (in ${count(counts.operationsBroken, "operation")})`) +
      ` and ${counts.nonBreaking} non-breaking. ` +
      `Operations: ${comparison.operationsAdded} added, ${comparison.operationsRemoved} removed, ${comparison.operationsRenamed} renamed. ` +
      `Model types: ${schemaCount("schema-added")} added, ${schemaCount("schema-removed")} removed, ${schemaCount("schema-renamed")} renamed.`,
    "",
  ];
  if (entries.length === 0) {
    lines.push("No change to the client's surface.", "");
    return lines.join("\n");
  }
  for (const breaking of [true, false]) {
    const chosen = entries.filter((entry) => entry.breaking === breaking);
    if (chosen.length === 0) continue;
    lines.push(`## ${breaking ? "Breaking" : "Non-breaking"} changes (${chosen.length})`, "");
    for (const [section, breakingTitle, compatibleTitle] of SECTIONS) {
      const inSection = chosen.filter((entry) => entry.section === section);
      if (inSection.length === 0) continue;
      lines.push(`### ${breaking ? breakingTitle : compatibleTitle} (${inSection.length})`, "", ...sectionLines(section, inSection), "");
    }
  }
  return lines.join("\n");
}

function sectionLines(section: Section, entries: Entry[]): string[] {
  if (section === "methods") return methodLines(entries.flatMap((entry) => entry.changes));
  if (section === "models") return modelLines(entries.flatMap((entry) => entry.changes));
  return foldedLines(entries);
}

/** Removed methods by resource, moved ones by old and new resource, then the other renames one by one. */
function methodLines(changes: Change[]): string[] {
  const groups = new Map<string, { text: (members: string[]) => string; members: string[]; routes: Set<string> }>();
  const single: [string, string][] = [];
  const group = (key: string, text: (members: string[]) => string, member: string, route?: string) => {
    const entry = groups.get(key) ?? { text, members: [], routes: new Set<string>() };
    entry.members.push(member);
    if (route) entry.routes.add(route);
    groups.set(key, entry);
  };
  for (const change of changes) {
    const [resource, name] = splitMethod(change.method);
    if (change.kind === "operation-added") {
      group(`1 ${resource}`, (members) => `${count(members.length, "method")} added to \`${resource}\`: ${members.join(", ")}`, name);
    } else if (change.kind === "operation-removed") {
      group(`0 ${resource}`, (members) => `${count(members.length, "method")} removed from \`${resource}\`: ${members.join(", ")}`, name);
    } else if (change.kind === "helper-added") {
      group(`1 ${resource} helpers`, (members) => `${count(members.length, "helper")} added to \`${resource}\`: ${members.join(", ")}`, name);
    } else if (change.kind === "helper-removed") {
      group(`0 ${resource} helpers`, (members) => `${count(members.length, "helper")} removed from \`${resource}\`: ${members.join(", ")}`, name);
    } else if (change.kind === "route-parameter-renamed") {
      single.push([
        change.method,
        `\`${change.method}\`: path parameter renamed in its route, ${change.detail}; the route is otherwise the same, now \`${change.route}\``,
      ]);
    } else {
      const previous = change.previous!;
      const [oldResource, oldName] = splitMethod(previous.method);
      const routeChange = segmentChange(previous.route, change.route!);
      if (oldName === name && oldResource !== resource) {
        group(
          `2 ${oldResource} ${resource}`,
          (members) => `${count(members.length, "method")} moved from \`${oldResource}\` to \`${resource}\`: ${members.join(", ")}`,
          name,
          routeChange,
        );
        continue;
      }
      const route = previous.route === change.route ? "" : ` (route \`${previous.route}\` → \`${change.route}\`)`;
      single.push([change.method, previous.method === change.method ? `\`${change.method}\`: route \`${previous.route}\` → \`${change.route}\`` : `\`${previous.method}\` → \`${change.method}\`${route}`]);
    }
  }
  const grouped = [...groups]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([, { text, members, routes }]) => {
      const names = members.sort(compareCodePoints).map((member) => `\`${member}\``);
      const routeNote = routes.size === 1 ? ` (routes: ${[...routes][0]})` : "";
      return `- ${text(names)}${routeNote}`;
    });
  return [...grouped, ...single.sort(([a], [b]) => compareCodePoints(a, b)).map(([, text]) => `- ${text}`)];
}

/** The literal path segments that differ between two routes of equal length: "`project-versions` → `workspaces`". */
function segmentChange(was: string, now: string): string | undefined {
  const [oldSegments, newSegments] = [was.split("/"), now.split("/")];
  if (oldSegments.length !== newSegments.length) return undefined;
  const differing = oldSegments.flatMap((segment, index) => (segment === newSegments[index] || segment.startsWith("{") ? [] : [`\`${segment}\` → \`${newSegments[index]}\``]));
  return differing.length > 0 ? [...new Set(differing)].join(", ") : undefined;
}

function modelLines(changes: Change[]): string[] {
  const byKind = (kind: ChangeKind) => changes.filter((change) => change.kind === kind).sort((a, b) => compareCodePoints(a.method, b.method));
  const names = (kind: ChangeKind) => byKind(kind).map((change) => `\`${change.method}\``).join(", ");
  return [
    ...byKind("schema-renamed").map((change) => `- ${change.detail}`),
    ...(byKind("schema-removed").length > 0 ? [`- removed: ${names("schema-removed")}`] : []),
    ...(byKind("schema-added").length > 0 ? [`- added: ${names("schema-added")}`] : []),
  ];
}

/** Entries saying the same about the same field name in the same place, one line each, with their operations; largest first. */
function foldedLines(entries: Entry[]): string[] {
  const lines = new Map<string, { subject: string; description: string; places: Map<string, string[]> }>();
  for (const entry of entries) {
    const [first] = entry.changes as [Change];
    const { subject, description } = statement(entry.changes);
    const key = `${subject}\n${description}`;
    const line = lines.get(key) ?? { subject, description, places: new Map<string, string[]>() };
    const paths = line.places.get(first.method) ?? [];
    const [path, leaf] = [fieldPath(first.at), leafOf(first.at)];
    if (leaf !== "" && path !== leaf) paths.push(path);
    line.places.set(first.method, paths);
    lines.set(key, line);
  }
  return [...lines.values()]
    .sort((a, b) => b.places.size - a.places.size || compareCodePoints(`${a.subject}\n${a.description}`, `${b.subject}\n${b.description}`))
    .map(({ subject, description, places }) => {
      const operations = [...places]
        .sort(([a], [b]) => compareCodePoints(a, b))
        .map(([method, paths]) => `\`${method}\`${paths.length > 0 ? ` (${paths.map((path) => `\`${path}\``).join(", ")})` : ""}`);
      const where = operations.length === 1 ? `in ${operations[0]}` : `in ${operations.length} operations: ${operations.join(", ")}`;
      return `- ${[subject, description].filter(Boolean).join(": ")}, ${where}`;
    });
}

/** Adjectives for the changes that only say whether a field is required or may be `null`. */
const STATES: Partial<Record<ChangeKind, string>> = {
  "newly-required": "required",
  "no-longer-required": "optional",
  "now-nullable": "nullable",
  "no-longer-nullable": "non-null",
};

/**
 * What one entry says: the field and where it is, and its changes in one
 * phrase, such as "`category_id` (body)" and "now required and non-null".
 */
function statement(changes: Change[]): { subject: string; description: string } {
  const [first] = changes as [Change];
  const location = locationOf(first.at);
  const leaf = leafOf(first.at);
  let subject = leaf ? `\`${leaf}\` (${location})` : location;
  const states = changes.flatMap((change) => (STATES[change.kind] ? [STATES[change.kind]!] : []));
  const phrases = states.length > 0 ? [`now ${states.join(" and ")}`] : [];
  for (const change of changes) {
    if (STATES[change.kind]) continue;
    const rename = change.kind === "renamed" ? /^renamed from `([^`]*)`(?:, (.*))?$/.exec(change.detail) : null;
    if (rename) {
      subject = `\`${rename[1]}\` → \`${leaf}\` (${location})`;
      if (rename[2]) phrases.push(rename[2]);
      continue;
    }
    phrases.push(phraseOf(change));
  }
  return { subject, description: phrases.join("; ") };
}

function phraseOf(change: Change): string {
  switch (change.kind) {
    case "errors-added":
      return `error statuses added: ${change.detail}`;
    case "errors-removed":
      return `error statuses removed: ${change.detail}`;
    default:
      return change.detail;
  }
}

/** Where a field is, as a caller writes or reads it: `body`, `query`, `path`, `header`, `cookie`, `result`; empty for the whole operation. */
function locationOf(at: string[]): string {
  const [root] = at;
  if (root === undefined) return "";
  if (at.length === 1 || at.slice(1).every((segment) => segment.startsWith("["))) return root === "body" ? "request body" : root === "result" ? "result" : `${root} parameters`;
  return root;
}

/** The field's own name: `["body", "articles", "[]", "category_id"]` → `category_id`; empty for a whole body, result or group. */
function leafOf(at: string[]): string {
  return at.slice(1).filter((segment) => !segment.startsWith("[")).at(-1) ?? "";
}

/** `["body", "articles", "[]", "category_id"]` → `articles[].category_id`. */
function fieldPath(at: string[]): string {
  return at.slice(1).reduce((text, segment) => (segment.startsWith("[") || text === "" ? text + segment : `${text}.${segment}`), "");
}

function splitMethod(method: string): [string, string] {
  const dot = method.lastIndexOf(".");
  return dot < 0 ? ["", method] : [method.slice(0, dot), method.slice(dot + 1)];
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? "" : "s"}`;
}
