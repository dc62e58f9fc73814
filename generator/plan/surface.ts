/**
 * The API surface: what a TypeScript caller of the generated client sees, as
 * plain JSON. It is derived from the model (never from raw OpenAPI), uses the
 * generated names, and leaves out prose, so it changes exactly when the
 * client's types or methods change. `npm run generate` writes it to the output
 * folder as `api-surface.json`; the next generation compares against it.
 *
 * Every object in it is built with its keys in code-point order (JSON.stringify
 * still puts integer-like keys first, in numeric order, which is just as fixed)
 * and every union and enum is sorted by its JSON text, so a spec that only
 * reorders keys, enum values or `oneOf` members yields the same bytes.
 */
import type { SdkPlan } from "./resources.js";
import { compareCodePoints } from "../model/order.js";
import type { ApiModel, Operation, TypeExpr } from "../model/types.js";
import type { Names } from "./naming.js";
import { operationShape } from "./operation-shape.js";
import { escapeUnsafeCharacters } from "./identifiers.js";

export const SURFACE_FILE = "api-surface.json";
/** Bumped whenever the shape below changes, so an old snapshot is recognised rather than misread. */
export const SURFACE_VERSION = 2;

/**
 * A type in the surface. Keywords are bare strings (`"string"`, `"null"`,
 * `"Blob"` for binary content, `"void"` for no result); everything else is an
 * object told apart by its key: `ref`, `const`, `enum`, `array`, `tuple`,
 * `oneOf`, `allOf`, or else an object type with `required` and `optional`
 * members (each left out when empty) and an `additional` index type.
 */
export type SurfaceType =
  | string
  | { ref: string }
  | { const: string | number | boolean | null }
  | { enum: (string | number | boolean | null)[] }
  | { array: SurfaceType }
  | { tuple: SurfaceType[]; rest?: SurfaceType }
  | { oneOf: SurfaceType[] }
  | { allOf: SurfaceType[] }
  | SurfaceObject;

export interface SurfaceObject {
  required?: Record<string, SurfaceType>;
  optional?: Record<string, SurfaceType>;
  additional?: SurfaceType;
}

export interface SurfaceOperation {
  /** The client method a caller writes, as the method label gave it. */
  client: string;
  /** `GET /v3/projects/{project_id}`. */
  route: string;
  deprecated?: true;
  tags: string[];
  /**
   * The caller's input as one object type: `path`, `query`, `header` and
   * `cookie` are objects of parameters, `body` is the request body type
   * (optional when the spec does not require it).
   */
  input: SurfaceObject;
  /** The success type the method resolves to. */
  result: SurfaceType;
  /** Statuses of the non-success responses, which the client throws as errors. */
  errors: string[];
  /** The method returns pages that `for await` iterates item by item, following a cursor or counting pages. */
  paged?: "cursor" | "page";
  /** The operation starts a task the client can wait for (`waitFor…`, `…AndWait`, and `download…` when the task yields a file). */
  task?: SurfaceTask;
}

export interface SurfaceTask {
  /** What the task makes: `Export`. */
  noun: string;
  /** The operationId polled for the task's status. */
  status: string;
  downloadable?: true;
}

export interface ApiSurface {
  surface: typeof SURFACE_VERSION;
  /** By operationId. */
  operations: Record<string, SurfaceOperation>;
  /**
   * The helper methods the client adds around operations (`projects.waitForExport`,
   * `projects.createExportAndWait`, `projects.downloadExport`), each with the
   * operationId it calls first. Absent in snapshots written before helpers
   * were recorded; a comparison with one leaves helpers out.
   */
  helpers?: Record<string, string>;
  /** By generated type name. */
  schemas: Record<string, SurfaceType>;
}

/** How a report names the client method of an operation; this is the one place that decides it. */
type MethodLabel = (operationId: string) => string;

/** Labels an operation by the resource method that calls it: `articles.get`. */
function resourceMethodLabel(plan: SdkPlan): MethodLabel {
  const labels = new Map(
    plan.resources.flatMap((resource) => resource.methods.map((method) => [method.operation.operationId, `${resource.property}.${method.name}`] as const)),
  );
  return (operationId) => {
    const label = labels.get(operationId);
    if (label === undefined) throw new Error(`no client method is named for operation ${operationId}`);
    return label;
  };
}

/** The helper methods of the plan by client label (`projects.waitForExport`), each with the operationId it calls first. */
function surfaceHelpers(plan: SdkPlan): Record<string, string> {
  const helpers = plan.resources.flatMap((resource) =>
    resource.helpers.map((helper) => [`${resource.property}.${helper.name}`, helper.calls.operation.operationId] as const),
  );
  return Object.fromEntries(helpers.sort(([a], [b]) => compareCodePoints(a, b)));
}

export function buildSurface(model: ApiModel, names: Names, sdk: SdkPlan): ApiSurface {
  const schemasByKey = new Map(model.schemas.map((schema) => [schema.key, schema]));
  const schemaName = (key: string) => names.schemas.get(key)!;
  const methodLabel = resourceMethodLabel(sdk);
  const methods = sdk.resources.flatMap((resource) => resource.methods);
  const paging = new Map(methods.flatMap((method) => (method.pagination ? [[method.operation.operationId, method.pagination.strategy] as const] : [])));
  const tasks = new Map(
    sdk.resources.flatMap((resource) =>
      resource.tasks.map((task) => [
        task.start.operationId,
        { noun: task.noun, status: task.status.operationId, ...(task.downloadable ? { downloadable: true as const } : {}) },
      ]),
    ),
  );
  const operations = [...model.operations].sort((a, b) => compareCodePoints(a.operationId, b.operationId));
  const schemas = model.schemas
    .map((schema) => [schemaName(schema.key), surfaceType(schema.type, schemaName)] as const)
    .sort(([a], [b]) => compareCodePoints(a, b));
  return {
    surface: SURFACE_VERSION,
    operations: Object.fromEntries(
      operations.map((operation) => {
        const paged = paging.get(operation.operationId);
        const task = tasks.get(operation.operationId);
        return [
          operation.operationId,
          { ...surfaceOperation(operation, schemasByKey, schemaName, methodLabel), ...(paged ? { paged } : {}), ...(task ? { task } : {}) },
        ];
      }),
    ),
    helpers: surfaceHelpers(sdk),
    schemas: Object.fromEntries(schemas),
  };
}

function surfaceOperation(
  operation: Operation,
  schemasByKey: Parameters<typeof operationShape>[1],
  schemaName: (key: string) => string,
  methodLabel: MethodLabel,
): SurfaceOperation {
  const shape = operationShape(operation, schemasByKey);
  const required: Record<string, SurfaceType> = Object.create(null);
  const optional: Record<string, SurfaceType> = Object.create(null);
  const members: [string, SurfaceType, boolean][] = shape.groups.map((group) => [
    group.location,
    objectType(group.parameters.map((parameter) => [parameter.name, surfaceType(parameter.type, schemaName), parameter.required])),
    true,
  ]);
  if (shape.body) members.push(["body", surfaceType(shape.body.content.type, schemaName), shape.body.required]);
  for (const [name, type, isRequired] of members.sort(([a], [b]) => compareCodePoints(a, b))) {
    (isRequired ? required : optional)[name] = type;
  }
  return {
    client: methodLabel(operation.operationId),
    route: `${operation.method.toUpperCase()} ${operation.path}`,
    ...(operation.docs.deprecated ? { deprecated: true as const } : {}),
    tags: [...operation.tags].sort(compareCodePoints),
    input: withoutEmptyMembers({ required, optional }),
    result: shape.success.type === null ? "void" : surfaceType(shape.success.type, schemaName),
    errors: operation.responses.map((response) => response.status).filter((status) => !/^2(\d\d|XX)$/i.test(status)),
  };
}

export function surfaceType(type: TypeExpr, schemaName: (key: string) => string): SurfaceType {
  switch (type.kind) {
    case "ref":
      return { ref: schemaName(type.schema) };
    case "keyword":
      return type.name;
    case "binary":
      return "Blob";
    case "literal":
      return { const: type.value };
    case "array":
      return { array: surfaceType(type.items, schemaName) };
    case "tuple": {
      const items = type.items.map((item) => surfaceType(item, schemaName));
      return type.rest ? { tuple: items, rest: surfaceType(type.rest, schemaName) } : { tuple: items };
    }
    case "object": {
      const object = objectType(type.properties.map((property) => [property.name, surfaceType(property.type, schemaName), property.required]));
      return type.additional ? { ...object, additional: surfaceType(type.additional, schemaName) } : object;
    }
    case "union": {
      const literals = type.members.flatMap((member) => (member.kind === "literal" ? [member.value] : []));
      const others = type.members.filter((member) => member.kind !== "literal").map((member) => surfaceType(member, schemaName));
      const members = literals.length > 0 ? [{ enum: sortedByJson(literals) }, ...others] : others;
      return members.length === 1 ? members[0]! : { oneOf: sortedByJson(members) };
    }
    case "intersection":
      return { allOf: sortedByJson(type.members.map((member) => surfaceType(member, schemaName))) };
  }
}

function objectType(members: [string, SurfaceType, boolean][]): SurfaceObject {
  const required: Record<string, SurfaceType> = Object.create(null);
  const optional: Record<string, SurfaceType> = Object.create(null);
  for (const [name, type, isRequired] of [...members].sort(([a], [b]) => compareCodePoints(a, b))) {
    (isRequired ? required : optional)[name] = type;
  }
  return withoutEmptyMembers({ required, optional });
}

function withoutEmptyMembers(object: { required: Record<string, SurfaceType>; optional: Record<string, SurfaceType> }): SurfaceObject {
  return {
    ...(Object.keys(object.required).length > 0 ? { required: object.required } : {}),
    ...(Object.keys(object.optional).length > 0 ? { optional: object.optional } : {}),
  };
}

function sortedByJson<T>(values: T[]): T[] {
  return values
    .map((value) => [JSON.stringify(value), value] as const)
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([, value]) => value);
}

/** The snapshot file's text: two-space JSON, one member per line, ending in a newline; bidi controls and the like as `\u` escapes. */
export function surfaceText(surface: ApiSurface): string {
  return escapeUnsafeCharacters(JSON.stringify(surface, null, 2)) + "\n";
}

/** Reads a snapshot, or returns undefined when the text is not one this version writes. */
export function parseSurface(text: string): ApiSurface | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const candidate = value as Partial<ApiSurface> | null;
  if (candidate === null || typeof candidate !== "object" || candidate.surface !== SURFACE_VERSION) return undefined;
  if (typeof candidate.operations !== "object" || typeof candidate.schemas !== "object") return undefined;
  if (candidate.helpers !== undefined && (candidate.helpers === null || typeof candidate.helpers !== "object")) return undefined;
  return candidate as ApiSurface;
}

export function isObjectType(type: SurfaceType): type is SurfaceObject {
  return (
    typeof type === "object" &&
    !("ref" in type || "const" in type || "enum" in type || "array" in type || "tuple" in type || "oneOf" in type || "allOf" in type)
  );
}

/** The members of an object type, with whether each is required, in code-point order. */
export function membersOf(type: SurfaceObject): { name: string; type: SurfaceType; required: boolean }[] {
  return [
    ...Object.entries(type.required ?? {}).map(([name, member]) => ({ name, type: member, required: true })),
    ...Object.entries(type.optional ?? {}).map(([name, member]) => ({ name, type: member, required: false })),
  ].sort((a, b) => compareCodePoints(a.name, b.name));
}
