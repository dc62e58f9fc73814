/**
 * Stage 2, validate: rejects what the generator cannot faithfully turn into a
 * client (wrong OpenAPI version, a broken document structure, dangling `$ref`s,
 * clashing operationIds) before anything is modelled, so every later stage may
 * assume a well-formed input.
 */
import { SpecError, pointerOf } from "../errors.js";
import type { LoadedSpec } from "../load/load.js";
import { resolveRef } from "../load/refs.js";
import { structureProblems } from "./structure.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export class SpecErrors extends Error {
  override readonly name = "SpecErrors";

  constructor(readonly errors: readonly SpecError[]) {
    super(errors.map((error) => error.message).join("\n"));
  }
}

export function validateSpec(spec: LoadedSpec): void {
  const file = spec.entry.displayPath;
  const root = spec.entry.value;
  if (root === null || typeof root !== "object" || Array.isArray(root)) {
    throw new SpecError({ file, pointer: "#" }, "the document is not an object, so it cannot be an OpenAPI description");
  }
  const document = root as Record<string, unknown>;
  if ("swagger" in document) {
    throw new SpecError(
      { file, pointer: "#/swagger" },
      `Swagger ${String(document.swagger)} is not supported: convert the document to OpenAPI 3.0 or 3.1 first`,
    );
  }
  if (typeof document.openapi !== "string" || !/^3\.[01]\.\d+/.test(document.openapi)) {
    const found = document.openapi === undefined ? "no `openapi` field" : `openapi ${JSON.stringify(document.openapi)}`;
    throw new SpecError({ file, pointer: "#/openapi" }, `expected an OpenAPI 3.0.x or 3.1.x document, found ${found}`);
  }

  const errors: SpecError[] = structureProblems(document, file, (value) => {
    const ref = (value as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== "string") return undefined;
    const target = resolveRef(spec, spec.entry.file, ref);
    return target && { value: target.value, file: target.document.displayPath, tokens: target.tokens };
  });
  for (const source of spec.documents.values()) {
    for (const { ref, pointer } of source.refs) {
      if (!resolveRef(spec, source.file, ref)) {
        errors.push(new SpecError({ file: source.displayPath, pointer }, `$ref ${JSON.stringify(ref)} does not resolve`));
      }
    }
  }
  if (errors.length === 0) errors.push(...duplicateOperationIds(spec, document));
  if (errors.length > 0) throw new SpecErrors(errors);
}

function duplicateOperationIds(spec: LoadedSpec, document: Record<string, unknown>): SpecError[] {
  const paths = document.paths;
  if (paths === undefined) return [];
  if (paths === null || typeof paths !== "object") {
    return [new SpecError({ file: spec.entry.displayPath, pointer: "#/paths" }, "`paths` must be an object")];
  }
  const firstSeen = new Map<string, string>();
  const errors: SpecError[] = [];
  for (const [route, rawItem] of Object.entries(paths)) {
    const item = followRef(spec, rawItem);
    if (item === null || typeof item !== "object") continue;
    for (const method of HTTP_METHODS) {
      const operation = (item as Record<string, unknown>)[method] as Record<string, unknown> | undefined;
      const operationId = operation?.operationId;
      if (typeof operationId !== "string" || operationId.trim() === "") continue;
      const pointer = pointerOf(["paths", route, method]);
      const earlier = firstSeen.get(operationId);
      if (earlier === undefined) {
        firstSeen.set(operationId, pointer);
      } else {
        errors.push(
          new SpecError(
            { file: spec.entry.displayPath, pointer: `${pointer}/operationId`, operation: `${method.toUpperCase()} ${route}` },
            `duplicate operationId ${JSON.stringify(operationId)}, already used at ${earlier}`,
          ),
        );
      }
    }
  }
  return errors;
}

function followRef(spec: LoadedSpec, value: unknown): unknown {
  let current = value;
  let file = spec.entry.file;
  for (let hops = 0; hops < 32; hops++) {
    const ref = (current as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== "string") return current;
    const target = resolveRef(spec, file, ref);
    if (!target) return undefined;
    current = target.value;
    file = target.document.file;
  }
  return undefined;
}
