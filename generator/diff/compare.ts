/**
 * Compares two API surfaces in a TypeScript caller's terms and classifies each
 * change as breaking or not.
 *
 * Matching. Operations are paired by operationId; then, among the unpaired, by
 * method and path (path parameter names ignored); then by method and a path
 * that differs in exactly one literal segment and shares another (a resource
 * renamed, `/p/{id}/versions` → `/p/{id}/workspaces`), when that pairing is
 * one-to-one. A paired operation whose client method or route
 * changed is reported as renamed; one whose route differs only in the names of
 * its path parameters, its client method unchanged, as a route parameter
 * renamed. Schemas missing on one side are renamed when their shapes are equal
 * once earlier renames are applied, or, failing that, once their members are
 * paired by name and the rest one-to-one by type (a schema renamed together
 * with a field inside it), each pairing unique both ways. Object members and
 * parameters that disappear while exactly one member of the same type appears
 * (and vice versa) are renamed rather than removed and added.
 *
 * Where. Inputs (parameters and the body) and the result are walked through
 * `$ref`s, so a change to a shared schema is reported under every operation
 * that reaches it, once per operation and direction, at the first place the
 * walk meets it. Schemas nothing reaches are only reported as added, removed
 * or renamed.
 *
 * Classification rules. Inputs are written by the caller, results read, so the
 * two directions are mirror images:
 * - operation removed, or renamed (client method or route changed): breaking,
 *   since calls to the old name, or `client.raw` calls to the old path, stop
 *   compiling; a route parameter renamed: breaking, since the route is the key
 *   of `client.raw` calls; operation added or newly deprecated, error statuses
 *   added or removed: not breaking (errors are thrown as classes whatever the status).
 * - pages: a method that starts returning pages is not breaking (awaiting it
 *   still gives the first page, and `for await` now iterates every item); one
 *   that stops is breaking (`for await` over it no longer compiles).
 * - tasks: an operation that starts a waitable task gains the `waitFor…` and
 *   `…AndWait` helpers (and `download…` when the task yields a file): not
 *   breaking; losing them, or the task's noun changing (it names the helpers),
 *   is breaking.
 * - member added: breaking when it is a required input; an optional input or
 *   any result member is not.
 * - member removed or renamed: breaking both ways. A reader loses the field; a
 *   caller that sets it no longer compiles (object literals are checked for
 *   excess properties) and the API would ignore it anyway.
 * - newly required: breaking for inputs, not for results; no longer required:
 *   breaking for results (the reader must handle `undefined`), not for inputs.
 * - becomes nullable: breaking for results, not for inputs; no longer
 *   nullable: breaking for inputs, not for results.
 * - enum values removed: breaking for inputs (a caller may send them), not for
 *   results. Enum values added: not breaking for inputs; breaking for results,
 *   because an exhaustive `switch` (or an assignment to the old union) stops
 *   compiling, which is exactly what a TypeScript consumer relies on.
 * - any other type change: not breaking when the old type is assignable to the
 *   new one for inputs (widened) or the new one to the old for results
 *   (narrowed), judged conservatively; breaking otherwise.
 * - schema removed or renamed: breaking (code importing the type by name stops
 *   compiling); schema added: not breaking.
 * - helper method (`waitFor…`, `…AndWait`, `download…`) removed or renamed:
 *   breaking, like a method; added: not breaking. Helpers are compared only
 *   when both snapshots record them.
 */
import { compareCodePoints } from "../model/order.js";
import { isObjectType, membersOf, type ApiSurface, type SurfaceObject, type SurfaceOperation, type SurfaceTask, type SurfaceType } from "../plan/surface.js";

export type ChangeKind =
  | "operation-added"
  | "operation-removed"
  | "operation-renamed"
  | "operation-deprecated"
  | "route-parameter-renamed"
  | "now-paged"
  | "no-longer-paged"
  | "task-added"
  | "task-removed"
  | "task-changed"
  | "errors-added"
  | "errors-removed"
  | "added"
  | "removed"
  | "renamed"
  | "newly-required"
  | "no-longer-required"
  | "now-nullable"
  | "no-longer-nullable"
  | "enum-values-added"
  | "enum-values-removed"
  | "type-changed"
  | "schema-added"
  | "schema-removed"
  | "schema-renamed"
  | "helper-added"
  | "helper-removed";

export type Direction = "input" | "output";

export interface Change {
  kind: ChangeKind;
  breaking: boolean;
  /** The operation concerned (its new operationId when both sides have it); absent for schema changes. */
  operationId?: string;
  /** The client method the change affects, or the schema's type name. */
  method: string;
  /** `GET /path` of the operation (the new one when both sides have it). */
  route?: string;
  /** Where inside the operation: `["body", "categories", "[]"]`, `["query", "tag"]`, `["result", "data"]`; empty for the whole operation or schema. */
  at: string[];
  /** What changed, in words, such as "renamed from `project_version_id`" or "`string` → `string | null`". */
  detail: string;
  /** The client method and route the operation had before, when it was renamed or its route changed. */
  previous?: { method: string; route: string };
}

export interface Comparison {
  changes: Change[];
  operationsAdded: number;
  operationsRemoved: number;
  operationsRenamed: number;
}

const PARAMETER_GROUPS = ["cookie", "header", "path", "query"] as const;

export function compareSurfaces(before: ApiSurface, after: ApiSurface): Comparison {
  const schemaRenames = matchSchemas(before, after);
  const changes: Change[] = [];
  const pairs = matchOperations(before.operations, after.operations);
  for (const [id, operation] of Object.entries(after.operations)) {
    if (pairs.byNew.has(id)) continue;
    changes.push(operationChange("operation-added", false, id, operation, `${operation.route}`));
  }
  for (const [id, operation] of Object.entries(before.operations)) {
    if (pairs.byOld.has(id)) continue;
    changes.push(operationChange("operation-removed", true, id, operation, `${operation.route}`));
  }
  const firstPass = compareOperations(before, after, pairs, schemaRenames.names, new Map());
  const { changes: operationChanges, operationsRenamed } = compareOperations(before, after, pairs, schemaRenames.names, firstPass.memberRenames);
  changes.push(...operationChanges);
  for (const [oldName, { name: newName, members }] of schemaRenames.details) {
    const fields = [...members].map(([from, to]) => `\`${from}\` → \`${to}\``).join(", ");
    const detail = `\`${oldName}\` → \`${newName}\`${fields ? ` (${members.size === 1 ? "field" : "fields"} ${fields})` : ""}`;
    changes.push({ kind: "schema-renamed", breaking: true, method: newName, at: [], detail });
  }
  changes.push(...compareHelpers(before, after, pairs, changes));
  const renamedFrom = new Set(schemaRenames.names.keys());
  const renamedTo = new Set(schemaRenames.names.values());
  for (const name of Object.keys(before.schemas)) {
    if (!(name in after.schemas) && !renamedFrom.has(name)) {
      changes.push({ kind: "schema-removed", breaking: true, method: name, at: [], detail: "removed" });
    }
  }
  for (const name of Object.keys(after.schemas)) {
    if (!(name in before.schemas) && !renamedTo.has(name)) {
      changes.push({ kind: "schema-added", breaking: false, method: name, at: [], detail: "added" });
    }
  }
  return {
    changes,
    operationsAdded: changes.filter((change) => change.kind === "operation-added").length,
    operationsRemoved: changes.filter((change) => change.kind === "operation-removed").length,
    operationsRenamed,
  };
}

/**
 * Walks every paired operation. `knownRenames` holds the member renames an
 * earlier pass found unambiguously (old name → new name); they settle the
 * ambiguous cases, such as a parameter renamed next to a new one of the same type.
 */
function compareOperations(
  before: ApiSurface,
  after: ApiSurface,
  pairs: OperationPairs,
  schemaRenames: ReadonlyMap<string, string>,
  knownRenames: ReadonlyMap<string, string>,
): { changes: Change[]; operationsRenamed: number; memberRenames: Map<string, string> } {
  const changes: Change[] = [];
  const memberRenames = new Map<string, string>();
  let operationsRenamed = 0;
  for (const [newId, oldId] of [...pairs.byNew].sort(([a], [b]) => compareCodePoints(a, b))) {
    const was = before.operations[oldId]!;
    const now = after.operations[newId]!;
    const emit: Emit = (change) => changes.push({ ...change, operationId: newId, method: now.client, route: now.route });
    const routeParametersOnly = was.client === now.client && was.route !== now.route && routeSegments(was.route).join("/") === routeSegments(now.route).join("/");
    if (routeParametersOnly) {
      const [oldNames, newNames] = [pathParameterNames(was.route), pathParameterNames(now.route)];
      const renamed = oldNames.flatMap((name, index) => (name === newNames[index] ? [] : [`\`{${name}}\` → \`{${newNames[index]}}\``]));
      emit({ kind: "route-parameter-renamed", breaking: true, at: [], detail: renamed.join(", "), previous: { method: was.client, route: was.route } });
    } else if (was.client !== now.client || was.route !== now.route) {
      operationsRenamed++;
      const parts = [
        ...(was.client !== now.client ? [`\`${was.client}\` → \`${now.client}\``] : []),
        ...(was.route !== now.route ? [`\`${was.route}\` → \`${now.route}\``] : []),
      ];
      emit({ kind: "operation-renamed", breaking: true, at: [], detail: parts.join("; "), previous: { method: was.client, route: was.route } });
    }
    if (now.deprecated && !was.deprecated) emit({ kind: "operation-deprecated", breaking: false, at: [], detail: "now deprecated" });
    if (now.paged && !was.paged) emit({ kind: "now-paged", breaking: false, at: [], detail: `now returns pages (${now.paged}): \`for await\` iterates every item` });
    if (was.paged && !now.paged) emit({ kind: "no-longer-paged", breaking: true, at: [], detail: "no longer returns pages: `for await` over it stops compiling" });
    compareTasks(was.task, now.task, pairs, emit);
    const walker = new TypeWalker(before, after, schemaRenames, knownRenames, emit);
    walker.compare(withAllGroups(was.input), withAllGroups(now.input), [], "input");
    walker.compare(was.result, now.result, ["result"], "output");
    for (const [from, to] of walker.memberRenames) memberRenames.set(from, to);
    const errorsAdded = now.errors.filter((status) => !was.errors.includes(status));
    const errorsRemoved = was.errors.filter((status) => !now.errors.includes(status));
    if (errorsAdded.length > 0) emit({ kind: "errors-added", breaking: false, at: [], detail: statusList(errorsAdded) });
    if (errorsRemoved.length > 0) emit({ kind: "errors-removed", breaking: false, at: [], detail: statusList(errorsRemoved) });
  }
  return { changes, operationsRenamed, memberRenames };
}

function compareTasks(was: SurfaceTask | undefined, now: SurfaceTask | undefined, pairs: OperationPairs, emit: Emit): void {
  if (!was && !now) return;
  if (!was) {
    const helpers = `\`waitFor${now!.noun}\`, \`…AndWait\`${now!.downloadable ? `, \`download${now!.noun}\`` : ""}`;
    return emit({ kind: "task-added", breaking: false, at: [], detail: `now starts a waitable ${now!.noun.toLowerCase()} task: ${helpers} added` });
  }
  if (!now) return emit({ kind: "task-removed", breaking: true, at: [], detail: `no longer starts a waitable ${was.noun.toLowerCase()} task: its helpers are gone` });
  if (was.noun !== now.noun) {
    return emit({ kind: "task-changed", breaking: true, at: [], detail: `task renamed: \`waitFor${was.noun}\` → \`waitFor${now.noun}\`` });
  }
  if (was.downloadable && !now.downloadable) emit({ kind: "task-changed", breaking: true, at: [], detail: `\`download${was.noun}\` removed: the task no longer yields a file` });
  if (!was.downloadable && now.downloadable) emit({ kind: "task-changed", breaking: false, at: [], detail: `\`download${now.noun}\` added: the task now yields a file` });
  if (pairs.byOld.get(was.status) !== now.status) {
    emit({ kind: "task-changed", breaking: false, at: [], detail: `its status is now read with operation \`${now.status}\`` });
  }
}

/**
 * Helpers are reported under the operation they call, by their new operationId when it has one;
 * not when a task change of that operation already names them.
 */
function compareHelpers(before: ApiSurface, after: ApiSurface, pairs: OperationPairs, reported: readonly Change[]): Change[] {
  if (!before.helpers || !after.helpers) return [];
  const explained = new Set<string>();
  for (const change of reported) {
    if (!change.kind.startsWith("task-") || !change.operationId) continue;
    // A task's helpers call its start operation or its status operation first.
    const oldId = pairs.byNew.get(change.operationId);
    const oldStatus = oldId !== undefined ? before.operations[oldId]?.task?.status : undefined;
    const ids = [change.operationId, after.operations[change.operationId]?.task?.status, oldStatus, oldStatus && pairs.byOld.get(oldStatus)];
    for (const id of ids) if (id) explained.add(id);
  }
  const changes: Change[] = [];
  for (const [label, oldId] of Object.entries(before.helpers)) {
    if (label in after.helpers) continue;
    const newId = pairs.byOld.get(oldId);
    if (explained.has(newId ?? oldId)) continue;
    const operation = newId !== undefined ? after.operations[newId]! : before.operations[oldId]!;
    changes.push({ kind: "helper-removed", breaking: true, operationId: newId ?? oldId, method: label, route: operation.route, at: [], detail: `helper \`${label}\` removed` });
  }
  for (const [label, id] of Object.entries(after.helpers)) {
    if (label in before.helpers || explained.has(id)) continue;
    changes.push({ kind: "helper-added", breaking: false, operationId: id, method: label, route: after.operations[id]!.route, at: [], detail: `helper \`${label}\` added` });
  }
  return changes;
}

function operationChange(kind: ChangeKind, breaking: boolean, id: string, operation: SurfaceOperation, detail: string): Change {
  return { kind, breaking, operationId: id, method: operation.client, route: operation.route, at: [], detail };
}

function statusList(statuses: string[]): string {
  return statuses.map((status) => `\`${status}\``).join(", ");
}

/** Every parameter group present, empty when the operation has none, so a first parameter reads as added rather than its group. */
function withAllGroups(input: SurfaceObject): SurfaceObject {
  const required = { ...input.required };
  for (const group of PARAMETER_GROUPS) {
    if (!(group in required) && !(group in (input.optional ?? {}))) required[group] = {};
  }
  return { required, ...(input.optional ? { optional: input.optional } : {}) };
}

interface OperationPairs {
  /** Old operationId by new operationId. */
  byNew: Map<string, string>;
  /** New operationId by old operationId. */
  byOld: Map<string, string>;
}

function matchOperations(before: Record<string, SurfaceOperation>, after: Record<string, SurfaceOperation>): OperationPairs {
  const pairs: OperationPairs = { byNew: new Map(), byOld: new Map() };
  const pair = (oldId: string, newId: string) => {
    pairs.byNew.set(newId, oldId);
    pairs.byOld.set(oldId, newId);
  };
  for (const id of Object.keys(after)) if (id in before) pair(id, id);
  const unpaired = () => ({
    removed: Object.keys(before).filter((id) => !pairs.byOld.has(id)),
    added: Object.keys(after).filter((id) => !pairs.byNew.has(id)),
  });
  let { removed, added } = unpaired();
  const byRoute = new Map(added.map((id) => [routeSegments(after[id]!.route).join("/"), id]));
  for (const id of removed) {
    const match = byRoute.get(routeSegments(before[id]!.route).join("/"));
    if (match !== undefined && !pairs.byNew.has(match)) pair(id, match);
  }
  ({ removed, added } = unpaired());
  const oneSegmentApart = (oldId: string, newId: string) => {
    const was = routeSegments(before[oldId]!.route);
    const now = routeSegments(after[newId]!.route);
    if (was[0] !== now[0] || was.length !== now.length) return false;
    const differing = was.filter((segment, index) => segment !== now[index]);
    const sharedLiterals = was.filter((segment, index) => index > 0 && segment === now[index] && segment !== "{}");
    return differing.length === 1 && differing[0] !== "{}" && sharedLiterals.length > 0;
  };
  for (const oldId of removed) {
    const candidates = added.filter((newId) => oneSegmentApart(oldId, newId));
    if (candidates.length !== 1) continue;
    const [newId] = candidates as [string];
    if (removed.filter((otherOld) => oneSegmentApart(otherOld, newId)).length === 1) pair(oldId, newId);
  }
  return pairs;
}

/** `GET /a/{id}/b/{name}` → `["id", "name"]`. */
function pathParameterNames(route: string): string[] {
  return [...route.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]!);
}

/** `GET /a/{id}/b` → `["GET", "a", "{}", "b"]`: path parameter names do not tell routes apart. */
function routeSegments(route: string): string[] {
  const [method, path = ""] = route.split(" ");
  return [method!, ...path.split("/").filter(Boolean).map((segment) => segment.replace(/\{[^}]*\}/g, "{}"))];
}

interface SchemaRenames {
  /** Old schema name → new schema name. */
  names: Map<string, string>;
  /** Old schema name → the new name and the members renamed inside it (old → new). */
  details: Map<string, { name: string; members: Map<string, string> }>;
}

/**
 * Pairs schemas only one side has: equal shapes first, once earlier renames are
 * applied; when no such pair is left, shapes equal once members are renamed
 * (see `memberRenamesBetween`). Each pairing must be the only candidate both
 * ways; every new pair can make another shape equal, so it repeats until none is found.
 */
function matchSchemas(before: ApiSurface, after: ApiSurface): SchemaRenames {
  const renames: SchemaRenames = { names: new Map(), details: new Map() };
  const removed = Object.keys(before.schemas).filter((name) => !(name in after.schemas));
  const added = Object.keys(after.schemas).filter((name) => !(name in before.schemas));
  const exactly = (oldName: string, newName: string) => (canonical(before.schemas[oldName]!, renames.names) === canonical(after.schemas[newName]!, new Map()) ? new Map<string, string>() : undefined);
  const withMemberRenames = (oldName: string, newName: string) => memberRenamesBetween(before.schemas[oldName]!, after.schemas[newName]!, renames.names);
  const pairOnce = (pairing: (oldName: string, newName: string) => Map<string, string> | undefined): boolean => {
    const taken = new Set(renames.names.values());
    const openOld = removed.filter((name) => !renames.names.has(name));
    const openNew = added.filter((name) => !taken.has(name));
    for (const oldName of openOld) {
      const candidates = openNew.filter((newName) => pairing(oldName, newName) !== undefined);
      if (candidates.length !== 1) continue;
      const [newName] = candidates as [string];
      if (openOld.filter((other) => pairing(other, newName) !== undefined).length !== 1) continue;
      renames.names.set(oldName, newName);
      renames.details.set(oldName, { name: newName, members: pairing(oldName, newName)! });
      return true;
    }
    return false;
  };
  while (pairOnce(exactly) || pairOnce(withMemberRenames));
  return renames;
}

/**
 * The member renames (old → new) that make two object types equal: members of
 * the same name must have the same type and requiredness, and each of the rest
 * must have exactly one counterpart of its type and requiredness on the other
 * side. Undefined when there is no such pairing, or when fewer members keep
 * their name than change it (then the types are not one renamed into the other).
 */
function memberRenamesBetween(was: SurfaceType, now: SurfaceType, renames: ReadonlyMap<string, string>): Map<string, string> | undefined {
  if (!isObjectType(was) || !isObjectType(now)) return undefined;
  if (canonical(was.additional ?? "never", renames) !== canonical(now.additional ?? "never", new Map())) return undefined;
  const signature = (member: { type: SurfaceType; required: boolean }, schemaRenames: ReadonlyMap<string, string>) =>
    `${member.required} ${canonical(member.type, schemaRenames)}`;
  const oldMembers = new Map(membersOf(was).map((member) => [member.name, signature(member, renames)]));
  const newMembers = new Map(membersOf(now).map((member) => [member.name, signature(member, new Map())]));
  let kept = 0;
  for (const [name, oldSignature] of oldMembers) {
    const newSignature = newMembers.get(name);
    if (newSignature === undefined) continue;
    if (newSignature !== oldSignature) return undefined;
    kept++;
  }
  const gone = [...oldMembers].filter(([name]) => !newMembers.has(name));
  const arrived = [...newMembers].filter(([name]) => !oldMembers.has(name));
  if (gone.length === 0 || gone.length !== arrived.length || kept <= gone.length) return undefined;
  const members = new Map<string, string>();
  for (const [name, oldSignature] of gone) {
    const matches = arrived.filter(([, newSignature]) => newSignature === oldSignature);
    if (matches.length !== 1 || gone.filter(([, other]) => other === oldSignature).length !== 1) return undefined;
    members.set(name, matches[0]![0]);
  }
  return members;
}

/** JSON text of a type with old schema names replaced by their new ones, for comparing across surfaces. */
function canonical(type: SurfaceType, renames: ReadonlyMap<string, string>): string {
  return JSON.stringify(type, (key, value: unknown) => (key === "ref" && typeof value === "string" ? (renames.get(value) ?? value) : value));
}

type Emit = (change: Omit<Change, "operationId" | "method" | "route">) => void;

type Literal = string | number | boolean | null;

/**
 * How deep the walk follows types inside types (through references too): a
 * chain of thousands of schemas, each referring to the next, would overflow
 * the stack. A change reached only below this depth goes unreported; an
 * assignability question that deep is answered "not sure", so breaking.
 */
const MAX_NESTING = 256;

/** Walks the old and new type of one operation side by side. */
class TypeWalker {
  /** Schema pairs already compared for this operation, by direction: each change is reported once, where first met. */
  private readonly visited = new Set<string>();

  /** Member renames this walk decided without help (old name → new name). */
  readonly memberRenames = new Map<string, string>();

  /** How many `compare` and `assignable` calls are under way, one inside another. */
  private nesting = 0;

  constructor(
    private readonly before: ApiSurface,
    private readonly after: ApiSurface,
    private readonly renames: ReadonlyMap<string, string>,
    private readonly knownRenames: ReadonlyMap<string, string>,
    private readonly emit: Emit,
  ) {}

  compare(was: SurfaceType, now: SurfaceType, at: string[], direction: Direction): void {
    if (this.nesting >= MAX_NESTING) return;
    this.nesting++;
    try {
      this.compareNested(was, now, at, direction);
    } finally {
      this.nesting--;
    }
  }

  private compareNested(was: SurfaceType, now: SurfaceType, at: string[], direction: Direction): void {
    const resolved = this.resolve(collapse(was, this.before), collapse(now, this.after), direction);
    if (!resolved) return;
    const [oldSplit, newSplit] = [splitNull(resolved[0]), splitNull(resolved[1])];
    if (oldSplit.nullable !== newSplit.nullable) {
      const nowNullable = newSplit.nullable;
      this.emit({
        kind: nowNullable ? "now-nullable" : "no-longer-nullable",
        breaking: nowNullable === (direction === "output"),
        at,
        detail: nowNullable ? "may now be `null`" : "no longer `null`",
      });
    }
    const cores = this.resolve(collapse(oldSplit.core, this.before), collapse(newSplit.core, this.after), direction);
    if (!cores) return;
    const [oldCore, newCore] = cores;
    const oldValues = enumValues(oldCore);
    const newValues = enumValues(newCore);
    if (oldValues && newValues) return this.compareEnums(oldValues, newValues, at, direction);
    if (isObjectType(oldCore) && isObjectType(newCore)) return this.compareObjects(oldCore, newCore, at, direction);
    if (typeof oldCore === "object" && typeof newCore === "object" && "array" in oldCore && "array" in newCore) {
      return this.compare(oldCore.array, newCore.array, [...at, "[]"], direction);
    }
    if (canonical(oldCore, this.renames) === canonical(newCore, new Map())) {
      return this.compareSameShapeMembers(oldCore, newCore, at, direction);
    }
    const widened = this.assignable(oldCore, newCore);
    const narrowed = this.assignable(newCore, oldCore);
    this.emit({
      kind: "type-changed",
      breaking: direction === "input" ? !widened : !narrowed,
      at,
      detail: `\`${shownType(was, oldSplit.core, oldCore)}\` → \`${shownType(now, newSplit.core, newCore)}\``,
    });
  }

  /** Follows `$ref`s on both sides to their definitions; undefined when this pair was compared already. */
  private resolve(was: SurfaceType, now: SurfaceType, direction: Direction): [SurfaceType, SurfaceType] | undefined {
    let [oldType, newType] = [was, now];
    while (isRef(oldType) || isRef(newType)) {
      const key = `${direction} ${JSON.stringify(oldType)} ${JSON.stringify(newType)}`;
      if (this.visited.has(key)) return undefined;
      this.visited.add(key);
      if (isRef(oldType)) oldType = this.before.schemas[oldType.ref] ?? "unknown";
      if (isRef(newType)) newType = this.after.schemas[newType.ref] ?? "unknown";
    }
    return [oldType, newType];
  }

  private compareEnums(was: Literal[], now: Literal[], at: string[], direction: Direction): void {
    const key = (value: Literal) => JSON.stringify(value);
    const oldKeys = new Set(was.map(key));
    const newKeys = new Set(now.map(key));
    const added = now.filter((value) => !oldKeys.has(key(value)));
    const removed = was.filter((value) => !newKeys.has(key(value)));
    const list = (values: Literal[]) => values.map((value) => `\`${key(value)}\``).join(", ");
    if (added.length > 0) this.emit({ kind: "enum-values-added", breaking: direction === "output", at, detail: `values added: ${list(added)}` });
    if (removed.length > 0) this.emit({ kind: "enum-values-removed", breaking: direction === "input", at, detail: `values removed: ${list(removed)}` });
  }

  private compareObjects(was: SurfaceObject, now: SurfaceObject, at: string[], direction: Direction): void {
    const oldMembers = new Map(membersOf(was).map((member) => [member.name, member]));
    const newMembers = new Map(membersOf(now).map((member) => [member.name, member]));
    const removed = [...oldMembers.values()].filter((member) => !newMembers.has(member.name));
    const added = [...newMembers.values()].filter((member) => !oldMembers.has(member.name));
    const sameType = (a: { type: SurfaceType }, b: { type: SurfaceType }) => canonical(a.type, this.renames) === canonical(b.type, new Map());
    const renamed = new Map<string, string>();
    for (const gone of removed) {
      const candidates = added.filter((member) => sameType(gone, member));
      const [only] = candidates;
      if (candidates.length === 1 && removed.filter((other) => sameType(other, only!)).length === 1) {
        renamed.set(only!.name, gone.name);
        this.memberRenames.set(gone.name, only!.name);
        continue;
      }
      const known = candidates.find((member) => this.knownRenames.get(gone.name) === member.name);
      if (known && !renamed.has(known.name)) renamed.set(known.name, gone.name);
    }
    const renamedFrom = new Set(renamed.values());
    for (const name of [...new Set([...oldMembers.keys(), ...newMembers.keys()])].sort(compareCodePoints)) {
      const oldMember = oldMembers.get(name);
      const newMember = newMembers.get(name);
      const here = [...at, name];
      if (oldMember && newMember) {
        if (oldMember.required !== newMember.required) {
          this.emit({
            kind: newMember.required ? "newly-required" : "no-longer-required",
            breaking: newMember.required === (direction === "input"),
            at: here,
            detail: newMember.required ? "now required" : "now optional",
          });
        }
        this.compare(oldMember.type, newMember.type, here, direction);
      } else if (newMember && renamed.has(name)) {
        const from = oldMembers.get(renamed.get(name)!)!;
        const requirement = from.required === newMember.required ? "" : newMember.required ? ", now required" : ", now optional";
        this.emit({ kind: "renamed", breaking: true, at: here, detail: `renamed from \`${from.name}\`${requirement}` });
      } else if (newMember) {
        this.emit({
          kind: "added",
          breaking: direction === "input" && newMember.required,
          at: here,
          detail: `added (${newMember.required ? "required" : "optional"}): \`${typeLabel(newMember.type)}\``,
        });
      } else if (!renamedFrom.has(name)) {
        this.emit({ kind: "removed", breaking: true, at: here, detail: "removed" });
      }
    }
    if (was.additional !== undefined || now.additional !== undefined) {
      this.compare(was.additional ?? "never", now.additional ?? "never", [...at, "[key]"], direction);
    }
  }

  /** Unions, intersections and tuples whose text is unchanged may still reach schemas that changed. */
  private compareSameShapeMembers(was: SurfaceType, now: SurfaceType, at: string[], direction: Direction): void {
    const members = (type: SurfaceType): SurfaceType[] => {
      if (typeof type !== "object") return [];
      if ("oneOf" in type) return type.oneOf;
      if ("allOf" in type) return type.allOf;
      if ("tuple" in type) return [...type.tuple, ...(type.rest ? [type.rest] : [])];
      return [];
    };
    const oldMembers = members(was);
    members(now).forEach((member, index) => this.compare(oldMembers[index]!, member, at, direction));
  }

  /**
   * Whether every value of `from` (read in its own surface) is a value of `to`.
   * Conservative: false when unsure. A schema pair met again is assumed to hold,
   * which is what recursive types need.
   */
  private assignable(from: SurfaceType, to: SurfaceType, seen = new Set<string>()): boolean {
    const key = `${JSON.stringify(from)} ${JSON.stringify(to)}`;
    if (seen.has(key)) return true;
    if (this.nesting >= 2 * MAX_NESTING) return false;
    seen.add(key);
    this.nesting++;
    try {
      return this.assignableNested(from, to, seen);
    } finally {
      this.nesting--;
    }
  }

  private assignableNested(from: SurfaceType, to: SurfaceType, seen: Set<string>): boolean {
    if (isRef(from)) return this.assignable(this.before.schemas[from.ref] ?? this.after.schemas[from.ref] ?? "unknown", to, seen);
    if (isRef(to)) return this.assignable(from, this.after.schemas[to.ref] ?? this.before.schemas[to.ref] ?? "unknown", seen);
    if (to === "unknown" || from === "never") return true;
    if (typeof from === "string" && typeof to === "string") return from === to;
    if (typeof from === "object" && "oneOf" in from) return from.oneOf.every((member) => this.assignable(member, to, seen));
    if (typeof to === "object" && "oneOf" in to) return to.oneOf.some((member) => this.assignable(from, member, seen));
    const fromValues = enumValues(from);
    if (fromValues) {
      const toValues = enumValues(to);
      if (toValues) return fromValues.every((value) => toValues.some((other) => other === value));
      return typeof to === "string" && fromValues.every((value) => (value === null ? "null" : typeof value) === to);
    }
    if (typeof from === "object" && typeof to === "object" && "array" in from && "array" in to) {
      return this.assignable(from.array, to.array, seen);
    }
    if (isObjectType(from) && isObjectType(to)) {
      const fromMembers = new Map(membersOf(from).map((member) => [member.name, member]));
      return membersOf(to).every((member) => {
        const source = fromMembers.get(member.name);
        if (!source) return !member.required;
        return (source.required || !member.required) && this.assignable(source.type, member.type, seen);
      });
    }
    return false;
  }
}

/** The name a reader knows a type by: the schema it refers to, when it is a reference, else its spelling. */
function shownType(original: SurfaceType, withoutNull: SurfaceType, resolved: SurfaceType): string {
  if (isRef(original)) return original.ref;
  if (isRef(withoutNull)) return withoutNull.ref;
  return typeLabel(resolved);
}

/**
 * An intersection whose members are all one type is that type: a property
 * declared as `allOf` one schema plus that schema's own enum was once written
 * `"a" | "b" & AB`, and is now written `AB`, which is no change for a caller.
 */
function collapse(type: SurfaceType, surface: ApiSurface): SurfaceType {
  if (typeof type !== "object" || !("allOf" in type) || type.allOf.length < 2) return type;
  const definition = (member: SurfaceType) => JSON.stringify(isRef(member) ? surface.schemas[member.ref] : member);
  const first = definition(type.allOf[0]!);
  return type.allOf.every((member) => definition(member) === first) ? (type.allOf.find(isRef) ?? type.allOf[0]!) : type;
}

function isRef(type: SurfaceType): type is { ref: string } {
  return typeof type === "object" && "ref" in type;
}

function splitNull(type: SurfaceType): { nullable: boolean; core: SurfaceType } {
  if (type === "null") return { nullable: false, core: type };
  if (typeof type !== "object" || !("oneOf" in type)) return { nullable: false, core: type };
  const withoutNull = type.oneOf.filter((member) => member !== "null");
  if (withoutNull.length === type.oneOf.length) return { nullable: false, core: type };
  return { nullable: true, core: withoutNull.length === 1 ? withoutNull[0]! : { oneOf: withoutNull } };
}

function enumValues(type: SurfaceType): Literal[] | undefined {
  if (typeof type !== "object") return undefined;
  if ("enum" in type) return type.enum;
  if ("const" in type) return [type.const];
  return undefined;
}

const LABELLED_MEMBERS = 4;

/** A short TypeScript-like spelling of a type for the report; object types are abbreviated. */
function typeLabel(type: SurfaceType): string {
  if (typeof type === "string") return type;
  if ("ref" in type) return type.ref;
  if ("const" in type) return JSON.stringify(type.const);
  if ("enum" in type) return type.enum.map((value) => JSON.stringify(value)).join(" | ");
  if ("array" in type) {
    const items = typeLabel(type.array);
    return /[ |&]/.test(items) ? `(${items})[]` : `${items}[]`;
  }
  if ("tuple" in type) return `[${[...type.tuple.map(typeLabel), ...(type.rest ? [`...${typeLabel(type.rest)}[]`] : [])].join(", ")}]`;
  if ("oneOf" in type) return [...type.oneOf.filter((member) => member !== "null"), ...type.oneOf.filter((member) => member === "null")].map(typeLabel).join(" | ");
  if ("allOf" in type) return type.allOf.map(typeLabel).join(" & ");
  const members = membersOf(type);
  if (members.length === 0) return type.additional === undefined ? "{}" : `{ [key: string]: ${typeLabel(type.additional)} }`;
  const shown = members.slice(0, LABELLED_MEMBERS).map((member) => `${member.name}${member.required ? "" : "?"}`);
  if (members.length > LABELLED_MEMBERS) shown.push(`… ${members.length - LABELLED_MEMBERS} more`);
  return `{ ${shown.join(", ")} }`;
}
