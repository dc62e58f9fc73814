import { describe, expect, it } from "vitest";
import { compareSurfaces, type Change } from "../../generator/diff/compare.js";
import { SURFACE_VERSION, type ApiSurface, type SurfaceObject, type SurfaceOperation, type SurfaceType } from "../../generator/plan/surface.js";

function operation(fields: Partial<SurfaceOperation> = {}): SurfaceOperation {
  return { client: "getPet", route: "GET /pets/{pet_id}", tags: [], input: {}, result: "void", errors: [], ...fields };
}

function surface(operations: Record<string, SurfaceOperation>, schemas: Record<string, SurfaceType> = {}): ApiSurface {
  return { surface: SURFACE_VERSION, operations, schemas };
}

/** A surface with one operation, `getPet`, whose input and result are given. */
function one(input: SurfaceObject, result: SurfaceType = "void", schemas: Record<string, SurfaceType> = {}): ApiSurface {
  return surface({ getPet: operation({ input, result }) }, schemas);
}

type Want = Pick<Change, "kind" | "breaking" | "at">;

function changes(before: ApiSurface, after: ApiSurface): Want[] {
  return compareSurfaces(before, after).changes.map(({ kind, breaking, at }) => ({ kind, breaking, at }));
}

const body = (type: SurfaceType, required = true): SurfaceObject => (required ? { required: { body: type } } : { optional: { body: type } });
const query = (members: SurfaceObject): SurfaceObject => ({ required: { query: members } });
const nullable = (type: SurfaceType): SurfaceType => ({ oneOf: ["null", type] });

describe("compareSurfaces: one change of each kind, classified for a TypeScript caller", () => {
  const cases: [string, ApiSurface, ApiSurface, Want[]][] = [
    ["required body field added", one(body({ required: { a: "string" } })), one(body({ required: { a: "string", b: "string" } })), [{ kind: "added", breaking: true, at: ["body", "b"] }]],
    ["optional body field added", one(body({ required: { a: "string" } })), one(body({ required: { a: "string" }, optional: { b: "string" } })), [{ kind: "added", breaking: false, at: ["body", "b"] }]],
    ["required result field added", one({}, { optional: { a: "string" } }), one({}, { required: { b: "number" }, optional: { a: "string" } }), [{ kind: "added", breaking: false, at: ["result", "b"] }]],
    ["body field removed", one(body({ required: { a: "string" }, optional: { b: "number" } })), one(body({ required: { a: "string" } })), [{ kind: "removed", breaking: true, at: ["body", "b"] }]],
    ["result field removed", one({}, { required: { a: "string", b: "number" } }), one({}, { required: { a: "string" } }), [{ kind: "removed", breaking: true, at: ["result", "b"] }]],
    ["body field newly required", one(body({ optional: { a: "string" } })), one(body({ required: { a: "string" } })), [{ kind: "newly-required", breaking: true, at: ["body", "a"] }]],
    ["body field no longer required", one(body({ required: { a: "string" } })), one(body({ optional: { a: "string" } })), [{ kind: "no-longer-required", breaking: false, at: ["body", "a"] }]],
    ["result field no longer required", one({}, { required: { a: "string" } }), one({}, { optional: { a: "string" } }), [{ kind: "no-longer-required", breaking: true, at: ["result", "a"] }]],
    ["result field newly required", one({}, { optional: { a: "string" } }), one({}, { required: { a: "string" } }), [{ kind: "newly-required", breaking: false, at: ["result", "a"] }]],
    ["body field becomes nullable", one(body({ optional: { a: "boolean" } })), one(body({ optional: { a: nullable("boolean") } })), [{ kind: "now-nullable", breaking: false, at: ["body", "a"] }]],
    ["body field no longer nullable", one(body({ optional: { a: nullable("string") } })), one(body({ optional: { a: "string" } })), [{ kind: "no-longer-nullable", breaking: true, at: ["body", "a"] }]],
    ["result field becomes nullable", one({}, { required: { a: "string" } }), one({}, { required: { a: nullable("string") } }), [{ kind: "now-nullable", breaking: true, at: ["result", "a"] }]],
    ["result field no longer nullable", one({}, { required: { a: nullable("string") } }), one({}, { required: { a: "string" } }), [{ kind: "no-longer-nullable", breaking: false, at: ["result", "a"] }]],
    ["input enum value added", one(query({ optional: { sort: { enum: ["asc"] } } })), one(query({ optional: { sort: { enum: ["asc", "desc"] } } })), [{ kind: "enum-values-added", breaking: false, at: ["query", "sort"] }]],
    ["input enum value removed", one(query({ optional: { sort: { enum: ["asc", "desc"] } } })), one(query({ optional: { sort: { enum: ["asc"] } } })), [{ kind: "enum-values-removed", breaking: true, at: ["query", "sort"] }]],
    ["result enum value added", one({}, { required: { status: { enum: ["done"] } } }), one({}, { required: { status: { enum: ["done", "failed"] } } }), [{ kind: "enum-values-added", breaking: true, at: ["result", "status"] }]],
    ["result enum value removed", one({}, { required: { status: { enum: ["done", "failed"] } } }), one({}, { required: { status: { enum: ["done"] } } }), [{ kind: "enum-values-removed", breaking: false, at: ["result", "status"] }]],
    ["parameter added, required", one(query({ optional: { a: "string" } })), one(query({ required: { b: "number" }, optional: { a: "string" } })), [{ kind: "added", breaking: true, at: ["query", "b"] }]],
    ["first parameter of a location added, optional", one({}), one({ required: { query: { optional: { limit: "number" } } } }), [{ kind: "added", breaking: false, at: ["query", "limit"] }]],
    ["parameter removed", one(query({ optional: { a: "string", b: "number" } })), one(query({ optional: { a: "string" } })), [{ kind: "removed", breaking: true, at: ["query", "b"] }]],
    ["parameter renamed (same type, one-to-one)", one(query({ optional: { a: "string", version_id: "string" } })), one(query({ optional: { a: "number", workspace_id: "string" } })), [{ kind: "type-changed", breaking: true, at: ["query", "a"] }, { kind: "renamed", breaking: true, at: ["query", "workspace_id"] }]],
    ["parameter newly required", one(query({ optional: { a: "string" } })), one(query({ required: { a: "string" } })), [{ kind: "newly-required", breaking: true, at: ["query", "a"] }]],
    ["parameter type widened", one(query({ optional: { id: "number" } })), one(query({ optional: { id: { oneOf: ["number", "string"] } } })), [{ kind: "type-changed", breaking: false, at: ["query", "id"] }]],
    ["parameter type narrowed", one(query({ optional: { id: { oneOf: ["number", "string"] } } })), one(query({ optional: { id: "number" } })), [{ kind: "type-changed", breaking: true, at: ["query", "id"] }]],
    ["result type narrowed", one({}, { required: { id: "unknown" } }), one({}, { required: { id: "string" } }), [{ kind: "type-changed", breaking: false, at: ["result", "id"] }]],
    ["result type changed", one({}, { required: { id: "number" } }), one({}, { required: { id: "string" } }), [{ kind: "type-changed", breaking: true, at: ["result", "id"] }]],
    ["body from bare array to wrapper object", one(body({ array: { ref: "Item" } }, false), "void", { Item: { required: { id: "string" } } }), one(body({ ref: "Wrapper" }, false), "void", { Item: { required: { id: "string" } }, Wrapper: { required: { items: { array: { ref: "Item" } } } } }), [{ kind: "type-changed", breaking: true, at: ["body"] }, { kind: "schema-added", breaking: false, at: [] }]],
    ["shared schema changed, reported under the operation that reaches it, once", one(body({ ref: "Pet" }), { array: { ref: "Pet" } }, { Pet: { required: { name: "string" }, optional: { parent: { ref: "Pet" } } } }), one(body({ ref: "Pet" }), { array: { ref: "Pet" } }, { Pet: { required: { name: "string", kind: "string" }, optional: { parent: { ref: "Pet" } } } }), [{ kind: "added", breaking: true, at: ["body", "kind"] }, { kind: "added", breaking: false, at: ["result", "[]", "kind"] }]],
    ["nothing changed but the schema names", one({}, { ref: "Old" }, { Old: { required: { id: "string" } } }), one({}, { ref: "New" }, { New: { required: { id: "string" } } }), [{ kind: "schema-renamed", breaking: true, at: [] }]],
    ["schema added and removed, shapes differ", surface({}, { Old: { required: { id: "string" } } }), surface({}, { New: { required: { id: "number" } } }), [{ kind: "schema-removed", breaking: true, at: [] }, { kind: "schema-added", breaking: false, at: [] }]],
    ["error status added", one({}), surface({ getPet: operation({ errors: ["404"] }) }), [{ kind: "errors-added", breaking: false, at: [] }]],
    ["operation deprecated", one({}), surface({ getPet: operation({ deprecated: true }) }), [{ kind: "operation-deprecated", breaking: false, at: [] }]],
    ["now returns pages", one({}), surface({ getPet: operation({ paged: "page" }) }), [{ kind: "now-paged", breaking: false, at: [] }]],
    ["no longer returns pages", surface({ getPet: operation({ paged: "cursor" }) }), one({}), [{ kind: "no-longer-paged", breaking: true, at: [] }]],
    ["paging strategy changed: invisible to a caller", surface({ getPet: operation({ paged: "cursor" }) }), surface({ getPet: operation({ paged: "page" }) }), []],
    ["starts a task", one({}), surface({ getPet: operation({ task: { noun: "Export", status: "getPet" } }) }), [{ kind: "task-added", breaking: false, at: [] }]],
    ["no longer starts a task", surface({ getPet: operation({ task: { noun: "Export", status: "getPet" } }) }), one({}), [{ kind: "task-removed", breaking: true, at: [] }]],
    [
      "task no longer yields a file",
      surface({ getPet: operation({ task: { noun: "Export", status: "getPet", downloadable: true } }) }),
      surface({ getPet: operation({ task: { noun: "Export", status: "getPet" } }) }),
      [{ kind: "task-changed", breaking: true, at: [] }],
    ],
    [
      "task now yields a file",
      surface({ getPet: operation({ task: { noun: "Export", status: "getPet" } }) }),
      surface({ getPet: operation({ task: { noun: "Export", status: "getPet", downloadable: true } }) }),
      [{ kind: "task-changed", breaking: false, at: [] }],
    ],
    [
      "task renamed, so are its helpers",
      surface({ getPet: operation({ task: { noun: "Export", status: "getPet" } }) }),
      surface({ getPet: operation({ task: { noun: "Backup", status: "getPet" } }) }),
      [{ kind: "task-changed", breaking: true, at: [] }],
    ],
  ];
  it.each(cases)("%s", (_case, before, after, want) => {
    expect(changes(before, after)).toEqual(want);
  });

  it("reports nothing for equal surfaces", () => {
    const pets = one(body({ ref: "Pet" }), { ref: "Pet" }, { Pet: { required: { id: "string" }, optional: { tags: { array: "string" } } } });
    expect(compareSurfaces(pets, structuredClone(pets)).changes).toEqual([]);
  });
});

describe("compareSurfaces: operations added, removed and renamed", () => {
  const get = (client: string, route: string) => operation({ client, route });

  it("counts an added operation as non-breaking and a removed one as breaking", () => {
    const result = compareSurfaces(surface({ a: get("a", "GET /a") }), surface({ b: get("b", "GET /b") }));
    expect(result.changes.map(({ kind, breaking, method }) => ({ kind, breaking, method }))).toEqual([
      { kind: "operation-added", breaking: false, method: "b" },
      { kind: "operation-removed", breaking: true, method: "a" },
    ]);
    expect([result.operationsAdded, result.operationsRemoved, result.operationsRenamed]).toEqual([1, 1, 0]);
  });

  it.each([
    ["same method and path, new operationId", { listPets: get("listPets", "GET /pets") }, { findPets: get("findPets", "GET /pets") }],
    ["same operationId, new path", { listPets: get("listPets", "GET /pets") }, { listPets: get("listPets", "GET /animals") }],
    ["same path with a path parameter renamed", { getPet: get("getPet", "GET /pets/{id}") }, { readPet: get("readPet", "GET /pets/{pet_id}") }],
    ["one literal segment renamed, new operationId", { getVersion: get("getVersion", "GET /p/{p}/versions/{id}") }, { getWorkspace: get("getWorkspace", "GET /p/{p}/workspaces/{id}") }],
  ])("finds a rename, not an add and a remove: %s", (_case, before, after) => {
    const result = compareSurfaces(surface(before), surface(after));
    expect(result.changes.map(({ kind, breaking }) => ({ kind, breaking }))).toEqual([{ kind: "operation-renamed", breaking: true }]);
    expect([result.operationsAdded, result.operationsRemoved, result.operationsRenamed]).toEqual([0, 0, 1]);
  });

  it("labels a route whose path parameter alone was renamed, the method unchanged, as that and not as a rename", () => {
    const before = surface({ getFiles: get("drive.getFiles", "GET /drive/{version_id}/{id}/files") });
    const after = surface({ getFiles: get("drive.getFiles", "GET /drive/{workspace_id}/{id}/files") });
    const result = compareSurfaces(before, after);
    expect(result.changes.map(({ kind, breaking, detail, previous }) => ({ kind, breaking, detail, previous }))).toEqual([
      {
        kind: "route-parameter-renamed",
        breaking: true,
        detail: "`{version_id}` → `{workspace_id}`",
        previous: { method: "drive.getFiles", route: "GET /drive/{version_id}/{id}/files" },
      },
    ]);
    expect(result.operationsRenamed).toBe(0);
  });

  it("does not pair by path segment when the pairing is ambiguous", () => {
    const before = surface({ getA: get("getA", "GET /a/x") });
    const after = surface({ getB: get("getB", "GET /b/x"), getC: get("getC", "GET /c/x") });
    expect(compareSurfaces(before, after).operationsRenamed).toBe(0);
  });

  it("settles an ambiguous member rename with one found elsewhere", () => {
    const before = surface({
      a: get("a", "GET /a"),
      b: get("b", "GET /b"),
    });
    before.operations.a!.input = query({ optional: { version_id: "string" } });
    before.operations.b!.input = query({ optional: { version_id: "string" } });
    const after = structuredClone(before);
    after.operations.a!.input = query({ optional: { workspace_id: "string" } });
    after.operations.b!.input = query({ optional: { search: "string", workspace_id: "string" } });
    expect(changes(before, after)).toEqual([
      { kind: "renamed", breaking: true, at: ["query", "workspace_id"] },
      { kind: "added", breaking: false, at: ["query", "search"] },
      { kind: "renamed", breaking: true, at: ["query", "workspace_id"] },
    ]);
  });
});

describe("compareSurfaces: helper methods", () => {
  const exports = {
    startExport: operation({ client: "projects.createExport", route: "POST /exports" }),
    getExport: operation({ client: "projects.getExport", route: "GET /exports/{id}" }),
  };
  const withHelpers = (helpers: Record<string, string> | undefined): ApiSurface => ({ ...surface(exports), ...(helpers ? { helpers } : {}) });
  const all = { "projects.createExportAndWait": "startExport", "projects.downloadExport": "getExport", "projects.waitForExport": "getExport" };

  it("reports a removed helper as breaking, under the operation it calls, and an added one as not", () => {
    const { "projects.downloadExport": _, ...withoutDownload } = all;
    const removed = compareSurfaces(withHelpers(all), withHelpers(withoutDownload)).changes;
    expect(removed.map(({ kind, breaking, method, operationId }) => ({ kind, breaking, method, operationId }))).toEqual([
      { kind: "helper-removed", breaking: true, method: "projects.downloadExport", operationId: "getExport" },
    ]);
    const added = compareSurfaces(withHelpers(withoutDownload), withHelpers(all)).changes;
    expect(added.map(({ kind, breaking }) => ({ kind, breaking }))).toEqual([{ kind: "helper-added", breaking: false }]);
  });

  it("leaves helpers out when a snapshot predates them", () => {
    expect(compareSurfaces(withHelpers(undefined), withHelpers(all)).changes).toEqual([]);
  });
});

describe("compareSurfaces: the same type written two ways", () => {
  it("an intersection of a schema and that schema's own enum is the schema: no change", () => {
    const schemas = { Status: { enum: ["draft", "published"] } };
    const before = one({}, { required: { status: { allOf: [{ enum: ["draft", "published"] }, { ref: "Status" }] } } }, schemas);
    const after = one({}, { required: { status: { ref: "Status" } } }, schemas);
    expect(changes(before, after)).toEqual([]);
  });

  it("an intersection with a narrower enum is not the schema: its values changed", () => {
    const schemas = { Status: { enum: ["draft", "published"] } };
    const before = one({}, { required: { status: { allOf: [{ enum: ["draft"] }, { ref: "Status" }] } } }, schemas);
    const after = one({}, { required: { status: { ref: "Status" } } }, schemas);
    expect(changes(before, after)).not.toEqual([]);
  });
});

describe("compareSurfaces: model types renamed", () => {
  const envelope = (ref: string): SurfaceType => ({ required: { data: { ref }, success: "boolean" } });
  const version = { required: { id: "string", name: "string" }, optional: { slug: nullable("string"), version_type: nullable("string") } };
  const workspace = { required: { id: "string", name: "string" }, optional: { slug: nullable("string"), workspace_type: nullable("string") } };
  const schemaChanges = (before: Record<string, SurfaceType>, after: Record<string, SurfaceType>) =>
    compareSurfaces(surface({}, before), surface({}, after))
      .changes.map(({ kind, detail }) => `${kind}: ${detail}`)
      .sort();

  it("pairs a type renamed together with a field inside it, and the types built on it", () => {
    expect(schemaChanges({ Version: version, VersionEnvelope: envelope("Version") }, { Workspace: workspace, WorkspaceEnvelope: envelope("Workspace") })).toEqual([
      "schema-renamed: `VersionEnvelope` → `WorkspaceEnvelope`",
      "schema-renamed: `Version` → `Workspace` (field `version_type` → `workspace_type`)",
    ]);
  });

  it("does not pair when a renamed field could be either of two, or when more fields change than stay", () => {
    const twoCandidates = { required: { id: "string" }, optional: { a: "string", b: "string" } };
    expect(schemaChanges({ Old: { required: { id: "string" }, optional: { x: "string", y: "string" } } }, { New: twoCandidates })).toEqual([
      "schema-added: added",
      "schema-removed: removed",
    ]);
    expect(schemaChanges({ Old: { required: { id: "string", x: "string" } } }, { New: { required: { id: "string", y: "string" } } })).toEqual([
      "schema-added: added",
      "schema-removed: removed",
    ]);
  });

  it("does not pair when two new types fit equally well", () => {
    expect(schemaChanges({ Version: version }, { Workspace: workspace, Space: workspace })).toEqual(["schema-added: added", "schema-added: added", "schema-removed: removed"]);
  });
});
