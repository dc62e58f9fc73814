/**
 * Stage 3, model: turns the validated documents into the `ApiModel`.
 */
import { SpecError, pointerOf, type SpecWarning } from "../errors.js";
import type { LoadedSpec, SourceDocument } from "../load/load.js";
import { resolveRef } from "../load/refs.js";
import { unsendableName } from "../validate/structure.js";
import { HTTP_METHODS, type HttpMethod } from "../validate/validate.js";
import { compareCodePoints, orderProperties } from "./order.js";
import { intersection, union } from "./type-expr.js";
import type {
  ApiModel,
  Docs,
  MediaContent,
  Operation,
  Parameter,
  ParameterLocation,
  Property,
  RequestBody,
  Response,
  ResponseHeader,
  SchemaDecl,
  SecurityScheme,
  TypeExpr,
} from "./types.js";

type Json = Record<string, unknown>;

/** Where a value sits: the document and the pointer inside it. */
interface Site {
  document: SourceDocument;
  tokens: string[];
}

interface Resolved {
  value: unknown;
  site: Site;
}

const UNKNOWN: TypeExpr = { kind: "keyword", name: "unknown" };
const NULL: TypeExpr = { kind: "keyword", name: "null" };
const NUMBER: TypeExpr = { kind: "keyword", name: "number" };
const PARAMETER_LOCATIONS: readonly ParameterLocation[] = ["path", "query", "header", "cookie"];

export function buildModel(spec: LoadedSpec): ApiModel {
  return new ModelBuilder(spec).build();
}

class ModelBuilder {
  private readonly schemas = new Map<string, SchemaDecl>();
  private readonly pendingSchemas: { key: string; resolved: Resolved; docsFrom: unknown }[] = [];
  /**
   * Named schemas by the place their type comes from (`file#pointer`), for
   * `$ref` targets outside `components/schemas` that an entry component
   * schema consisting of just that `$ref` names (a root file listing the
   * schemas its area files hold).
   */
  private readonly aliases = new Map<string, string>();
  private readonly warnings: SpecWarning[] = [];
  /** Parameters already warned about (`file#pointer`), so a shared one is reported once. */
  private readonly warned = new Set<string>();
  private readonly root: Json;

  constructor(private readonly spec: LoadedSpec) {
    this.root = spec.entry.value as Json;
  }

  build(): ApiModel {
    const entrySite: Site = { document: this.spec.entry, tokens: [] };
    const info = asObject(this.root.info);
    const componentSchemas = asObject(asObject(this.root.components).schemas);
    for (const name of Object.keys(componentSchemas)) {
      const site = child(entrySite, "components", "schemas", name);
      const ref = soleRef(componentSchemas[name]);
      const target = ref === undefined ? undefined : this.resolve(ref, site);
      if (target && !this.alwaysNamed(target.site) && !this.aliases.has(placeOf(target.site))) {
        const key = this.namedSchemaKey({ value: componentSchemas[name], site }, target);
        this.aliases.set(placeOf(target.site), key);
      } else {
        this.namedSchemaKey({ value: componentSchemas[name], site });
      }
    }
    const operations = this.operations(entrySite);
    while (this.pendingSchemas.length > 0) {
      const { key, resolved, docsFrom } = this.pendingSchemas.shift()!;
      const schema = this.schemas.get(key)!;
      schema.type = this.typeOf(resolved.value, resolved.site, false);
      schema.docs = schemaDocs(docsFrom);
    }
    // A schema that is only a reference, round to itself (`A: $ref B`, `B: $ref A`), says nothing; as a type alias it would not compile.
    for (const schema of [...this.schemas.values()].sort((a, b) => compareCodePoints(a.key, b.key))) {
      const seen = new Set<string>([schema.key]);
      for (let type = schema.type; type.kind === "ref"; type = this.schemas.get(type.schema)!.type) {
        if (seen.has(type.schema)) {
          schema.type = UNKNOWN;
          break;
        }
        seen.add(type.schema);
      }
    }
    cutAliasCycles([...this.schemas.values()].sort((a, b) => compareCodePoints(a.key, b.key)), this.schemas);
    return {
      title: typeof info.title === "string" ? info.title : "API",
      version: typeof info.version === "string" ? info.version : "0.0.0",
      description: text(info.description),
      servers: this.servers(),
      schemas: [...this.schemas.values()].sort((a, b) => compareCodePoints(a.key, b.key)),
      operations,
      securitySchemes: this.securitySchemes(entrySite),
      tags: asArray(this.root.tags)
        .map(asObject)
        .filter((tag) => typeof tag.name === "string")
        .map((tag) => ({ name: tag.name as string, description: text(tag.description) }))
        .sort((a, b) => compareCodePoints(a.name, b.name)),
      warnings: this.warnings,
    };
  }

  private operations(entrySite: Site): Operation[] {
    const paths = asObject(this.root.paths);
    const operations: Operation[] = [];
    for (const route of Object.keys(paths).sort(compareCodePoints)) {
      const item = this.follow({ value: paths[route], site: child(entrySite, "paths", route) });
      const itemObject = asObject(item.value);
      for (const method of HTTP_METHODS) {
        if (itemObject[method] === undefined) continue;
        const site = child(item.site, method);
        operations.push(this.operation(route, method, asObject(itemObject[method]), itemObject, site));
      }
    }
    return distinctDerivedIds(operations);
  }

  private operation(route: string, method: HttpMethod, raw: Json, pathItem: Json, site: Site): Operation {
    const parameters = new Map<string, Parameter>();
    const pathItemSite = { document: site.document, tokens: site.tokens.slice(0, -1) };
    const label = `${method.toUpperCase()} ${route}`;
    for (const [source, sourceSite] of [
      [pathItem.parameters, child(pathItemSite, "parameters")],
      [raw.parameters, child(site, "parameters")],
    ] as const) {
      asArray(source).forEach((parameter, index) => {
        const resolved = this.parameter(parameter, child(sourceSite, String(index)), label);
        if (resolved) parameters.set(`${resolved.location} ${resolved.name}`, resolved);
      });
    }
    for (const name of templateVariables(route)) {
      if (!parameters.has(`path ${name}`)) {
        parameters.set(`path ${name}`, { name, location: "path", required: true, type: { kind: "keyword", name: "string" }, docs: {} });
      }
    }
    const security = Array.isArray(raw.security) ? raw.security : Array.isArray(this.root.security) ? this.root.security : [];
    return {
      operationId: typeof raw.operationId === "string" && raw.operationId.trim() !== "" ? raw.operationId : derivedOperationId(method, route),
      method,
      path: route,
      tags: asArray(raw.tags).filter((tag): tag is string => typeof tag === "string"),
      docs: { summary: text(raw.summary), description: text(raw.description), deprecated: raw.deprecated === true || undefined },
      parameters: [...parameters.values()].sort(
        (a, b) =>
          PARAMETER_LOCATIONS.indexOf(a.location) - PARAMETER_LOCATIONS.indexOf(b.location) ||
          compareCodePoints(a.name, b.name),
      ),
      requestBody: raw.requestBody === undefined ? null : this.requestBody(raw.requestBody, child(site, "requestBody")),
      responses: this.responses(asObject(raw.responses), child(site, "responses")),
      security: [...new Set(security.flatMap((requirement) => Object.keys(asObject(requirement))))].sort(compareCodePoints),
      pointer: pointerOf(site.tokens),
    };
  }

  private parameter(value: unknown, site: Site, operation: string): Parameter | undefined {
    const resolved = this.follow({ value, site });
    const raw = asObject(resolved.value);
    if (typeof raw.name !== "string" || !PARAMETER_LOCATIONS.includes(raw.in as ParameterLocation)) {
      throw new SpecError(
        { file: resolved.site.document.displayPath, pointer: pointerOf(resolved.site.tokens) },
        "a parameter needs a string `name` and `in` set to path, query, header or cookie",
      );
    }
    const location = raw.in as ParameterLocation;
    // Authorization and content negotiation headers belong to the runtime, not the caller.
    if (location === "header" && /^(accept|content-type|authorization)$/i.test(raw.name)) return undefined;
    // Validation refused the required ones; an optional one the method can do without.
    const unsendable = unsendableName(raw.name, location);
    if (unsendable !== undefined) {
      this.warnLeftOut(unsendable, resolved.site, operation);
      return undefined;
    }
    return {
      name: raw.name,
      location,
      required: location === "path" || raw.required === true,
      type: this.contentOrSchemaType(raw, resolved.site),
      docs: mergeDocs(schemaDocs(this.follow({ value: raw.schema, site: child(resolved.site, "schema") }).value), ownDocs(raw)),
    };
  }

  private warnLeftOut(problem: string, site: Site, operation: string): void {
    const location = { file: site.document.displayPath, pointer: pointerOf([...site.tokens, "name"]), operation };
    const place = `${location.file}${location.pointer}`;
    if (this.warned.has(place)) return;
    this.warned.add(place);
    this.warnings.push({ location, problem: `${problem}; it is optional, so the client leaves it out` });
  }

  private contentOrSchemaType(raw: Json, site: Site): TypeExpr {
    if (raw.schema !== undefined) return this.typeOf(raw.schema, child(site, "schema"), false);
    const content = asObject(raw.content);
    const [mediaType] = Object.keys(content).sort(compareCodePoints);
    if (mediaType === undefined) return UNKNOWN;
    return this.typeOf(asObject(content[mediaType]).schema, child(site, "content", mediaType, "schema"), false);
  }

  private requestBody(value: unknown, site: Site): RequestBody {
    const resolved = this.follow({ value, site });
    const raw = asObject(resolved.value);
    return {
      required: raw.required === true,
      contents: this.contents(raw.content, child(resolved.site, "content")),
      docs: ownDocs(raw),
    };
  }

  private responses(raw: Json, site: Site): Response[] {
    return Object.keys(raw)
      .sort(compareStatus)
      .map((status) => {
        const resolved = this.follow({ value: raw[status], site: child(site, status) });
        const response = asObject(resolved.value);
        const headersObject = asObject(response.headers);
        const headers: ResponseHeader[] = Object.keys(headersObject)
          .sort(compareCodePoints)
          .map((name) => {
            const header = this.follow({ value: headersObject[name], site: child(resolved.site, "headers", name) });
            const headerObject = asObject(header.value);
            return {
              name,
              required: headerObject.required === true,
              type: this.contentOrSchemaType(headerObject, header.site),
              docs: ownDocs(headerObject),
            };
          });
        return {
          status,
          description: text(response.description) ?? "",
          contents: this.contents(response.content, child(resolved.site, "content")),
          headers,
        };
      });
  }

  private contents(value: unknown, site: Site): MediaContent[] {
    const content = asObject(value);
    return Object.keys(content)
      .sort(compareCodePoints)
      .map((mediaType) => {
        const media = asObject(content[mediaType]);
        const binaryAsBlob = !isJsonMediaType(mediaType);
        const type = media.schema === undefined
          ? binaryAsBlob && !mediaType.startsWith("text/") ? { kind: "binary" as const } : UNKNOWN
          : this.typeOf(media.schema, child(site, mediaType, "schema"), binaryAsBlob);
        return { mediaType, type };
      });
  }

  /** Follows `$ref` chains (parameters, responses, path items, ...) to the object they name. */
  private follow(start: Resolved): Resolved {
    let current = start;
    for (let hops = 0; hops < 64; hops++) {
      const ref = (current.value as { $ref?: unknown } | null)?.$ref;
      if (typeof ref !== "string") return current;
      current = this.resolve(ref, current.site);
    }
    throw new SpecError(
      { file: start.site.document.displayPath, pointer: pointerOf(start.site.tokens) },
      "$ref chain does not end (a reference cycle)",
    );
  }

  private resolve(ref: string, from: Site): Resolved {
    const target = resolveRef(this.spec, from.document.file, ref);
    if (!target) {
      throw new SpecError(
        { file: from.document.displayPath, pointer: pointerOf(from.tokens) },
        `$ref ${JSON.stringify(ref)} does not resolve`,
      );
    }
    return { value: target.value, site: { document: target.document, tokens: target.tokens } };
  }

  /**
   * Registers a schema that gets its own name: a component schema of any
   * document, a whole document used as a schema, or any other schema a `$ref`
   * reaches. Returns its key. `typeFrom` is where an alias's type is read.
   */
  private namedSchemaKey(resolved: Resolved, typeFrom: Resolved = resolved): string {
    const { document, tokens } = resolved.site;
    const pointer = pointerOf(tokens);
    const key = document === this.spec.entry ? pointer : `${document.displayPath}${pointer}`;
    if (!this.schemas.has(key)) {
      this.schemas.set(key, { key, nameHint: nameHintOf(tokens, document.displayPath), type: UNKNOWN, docs: {} });
      this.pendingSchemas.push({ key, resolved: typeFrom, docsFrom: resolved.value });
    }
    return key;
  }

  /** Component schemas (and what they nest) and whole documents, named wherever they are used. */
  private alwaysNamed(site: Site): boolean {
    const { tokens } = site;
    return (tokens.length >= 3 && tokens[0] === "components" && tokens[1] === "schemas") || (tokens.length === 0 && site.document !== this.spec.entry);
  }

  private typeOf(value: unknown, site: Site, binaryAsBlob: boolean): TypeExpr {
    if (value === false) return { kind: "keyword", name: "never" };
    if (value === null || typeof value !== "object" || Array.isArray(value)) return UNKNOWN;
    const schema = value as Json;
    if (typeof schema.$ref === "string") {
      const target = this.resolve(schema.$ref, site);
      const type = this.referencedType(target);
      return schema.nullable === true ? union([type, NULL]) : type;
    }
    const nullable = schema.nullable === true || schema["x-nullable"] === true;
    const only = soleAllOfRef(schema);
    if (only && this.repeatsReferencedType(schema, only, site)) {
      const type = this.typeOf(only, child(site, "allOf", "0"), binaryAsBlob);
      return nullable ? union([type, NULL]) : type;
    }
    const parts: TypeExpr[] = [];
    const ownType = this.ownType(schema, site, binaryAsBlob);
    if (ownType) parts.push(ownType);
    if (Array.isArray(schema.allOf)) {
      parts.push(...schema.allOf.map((member, index) => this.typeOf(member, child(site, "allOf", String(index)), binaryAsBlob)));
    }
    for (const keyword of ["oneOf", "anyOf"] as const) {
      const members = schema[keyword];
      if (Array.isArray(members) && members.length > 0) {
        parts.push(union(members.map((member, index) => this.typeOf(member, child(site, keyword, String(index)), binaryAsBlob))));
      }
    }
    const type = intersection(parts);
    return nullable ? union([type, NULL]) : type;
  }

  /**
   * A schema that is `allOf` one `$ref` and otherwise says only what the
   * referenced schema says already (the same `type`, `enum`, ...) is that
   * type: `CategoryType`, not `("folder" | "page" | "index") & CategoryType`.
   */
  private repeatsReferencedType(schema: Json, only: { $ref: string }, site: Site): boolean {
    const target = this.follow(this.resolve(only.$ref, child(site, "allOf", "0"))).value as Json | null;
    if (target === null || typeof target !== "object") return false;
    return TYPE_KEYWORDS.every((keyword) => !(keyword in schema) || JSON.stringify(schema[keyword]) === JSON.stringify(target[keyword]));
  }

  /**
   * Every schema a `$ref` reaches is named, wherever it sits: inlined at each
   * use, references nest into types of exponential size (a schema inside a
   * component schema in azure.com/network-applicationGateway; an 8 KB
   * document of parameter schemas each referring twice to the next expands
   * 2^30 times). Named, each is converted once.
   */
  private referencedType(target: Resolved): TypeExpr {
    if (this.alwaysNamed(target.site)) return { kind: "ref", schema: this.namedSchemaKey(target) };
    return { kind: "ref", schema: this.aliases.get(placeOf(target.site)) ?? this.namedSchemaKey(target) };
  }

  /** The type the schema's own keywords (`type`, `enum`, `properties`, ...) describe, or null if none. */
  private ownType(schema: Json, site: Site, binaryAsBlob: boolean): TypeExpr | null {
    if ("const" in schema) return literalOrUnknown(schema.const);
    if (Array.isArray(schema.enum)) {
      const members = schema.enum.map(literalOrUnknown);
      // A value widened to `number` takes in the enum's other numbers.
      const widened = members.includes(NUMBER) ? members.filter((member) => !(member.kind === "literal" && typeof member.value === "number")) : members;
      return widened.length === 0 ? UNKNOWN : union(widened);
    }
    const declared = Array.isArray(schema.type) ? schema.type : typeof schema.type === "string" ? [schema.type] : null;
    const types = declared ?? inferredTypes(schema);
    if (types.length === 0) return null;
    return union(
      types.map((type): TypeExpr => {
        switch (type) {
          case "string":
            return binaryAsBlob && schema.format === "binary" ? { kind: "binary" } : { kind: "keyword", name: "string" };
          case "integer":
          case "number":
            return { kind: "keyword", name: "number" };
          case "boolean":
            return { kind: "keyword", name: "boolean" };
          case "null":
            return NULL;
          case "array":
            return this.arrayType(schema, site, binaryAsBlob);
          case "object":
            return this.objectType(schema, site, binaryAsBlob);
          default:
            return UNKNOWN;
        }
      }),
    );
  }

  private arrayType(schema: Json, site: Site, binaryAsBlob: boolean): TypeExpr {
    const tupleItems = Array.isArray(schema.prefixItems) ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : null;
    if (tupleItems) {
      const tupleKey = Array.isArray(schema.prefixItems) ? "prefixItems" : "items";
      const rest = Array.isArray(schema.prefixItems) && schema.items !== undefined && schema.items !== false
        ? this.typeOf(schema.items, child(site, "items"), binaryAsBlob)
        : null;
      return {
        kind: "tuple",
        items: tupleItems.map((item, index) => this.typeOf(item, child(site, tupleKey, String(index)), binaryAsBlob)),
        rest,
      };
    }
    const items = schema.items === undefined ? UNKNOWN : this.typeOf(schema.items, child(site, "items"), binaryAsBlob);
    return { kind: "array", items };
  }

  private objectType(schema: Json, site: Site, binaryAsBlob: boolean): TypeExpr {
    const rawProperties = asObject(schema.properties);
    const required = new Set(asArray(schema.required).filter((name): name is string => typeof name === "string"));
    const properties: Property[] = Object.keys(rawProperties).map((name) => {
      const propertySite = child(site, "properties", name);
      const value = rawProperties[name];
      return {
        name,
        type: this.typeOf(value, propertySite, binaryAsBlob),
        required: required.has(name),
        docs: schemaDocs(value),
      };
    });
    const additionalTypes: TypeExpr[] = [];
    const additional = schema.additionalProperties;
    if (additional === true || (additional !== null && typeof additional === "object" && Object.keys(additional).length === 0)) {
      additionalTypes.push(UNKNOWN);
    } else if (additional !== undefined && additional !== false) {
      additionalTypes.push(this.typeOf(additional, child(site, "additionalProperties"), binaryAsBlob));
    }
    const patterns = asObject(schema.patternProperties);
    for (const pattern of Object.keys(patterns).sort(compareCodePoints)) {
      additionalTypes.push(this.typeOf(patterns[pattern], child(site, "patternProperties", pattern), binaryAsBlob));
    }
    if (properties.length === 0 && additionalTypes.length === 0 && schema.properties === undefined && schema.additionalProperties !== false) {
      return { kind: "object", properties: [], additional: UNKNOWN };
    }
    return {
      kind: "object",
      properties: orderProperties(properties),
      additional: additionalTypes.length === 0 ? null : union(additionalTypes),
    };
  }

  private servers(): string[] {
    return asArray(this.root.servers).flatMap((server) => {
      const raw = asObject(server);
      if (typeof raw.url !== "string") return [];
      const variables = asObject(raw.variables);
      return [raw.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
        const fallback = asObject(variables[name]).default;
        return typeof fallback === "string" ? fallback : whole;
      })];
    });
  }

  private securitySchemes(entrySite: Site): SecurityScheme[] {
    const schemes = asObject(asObject(this.root.components).securitySchemes);
    return Object.keys(schemes)
      .sort(compareCodePoints)
      .map((name) => {
        const raw = asObject(this.follow({ value: schemes[name], site: child(entrySite, "components", "securitySchemes", name) }).value);
        const flows = asObject(raw.flows);
        const authorizationCode = flows.authorizationCode === undefined ? undefined : oauthFlow(flows.authorizationCode);
        return {
          name,
          type: typeof raw.type === "string" ? raw.type : "unknown",
          scheme: typeof raw.scheme === "string" ? raw.scheme : undefined,
          in: typeof raw.in === "string" ? raw.in : undefined,
          parameterName: typeof raw.name === "string" ? raw.name : undefined,
          authorizationCode,
          clientCredentials: flows.clientCredentials === undefined ? undefined : oauthFlow(flows.clientCredentials),
          pkce: authorizationCode !== undefined && asObject(flows.authorizationCode)["x-usePkce"] !== undefined,
          description: text(raw.description),
        };
      });
  }
}

/** A reference at the top of a named schema's type (itself, or a member of its unions and intersections), with the way to replace it. */
interface TopReference {
  schema: string;
  replace: (type: TypeExpr) => void;
}

function topReferences(declaration: SchemaDecl): TopReference[] {
  const found: TopReference[] = [];
  const visit = (type: TypeExpr, replace: (type: TypeExpr) => void) => {
    if (type.kind === "ref") found.push({ schema: type.schema, replace });
    if (type.kind === "union" || type.kind === "intersection") {
      type.members.forEach((member, index) => visit(member, (replacement) => (type.members[index] = replacement)));
    }
  };
  visit(declaration.type, (replacement) => (declaration.type = replacement));
  return found;
}

/**
 * TypeScript refuses a type alias that reaches itself through unions,
 * intersections and other aliases alone (`type A = (A & B) | C`): recursion
 * must pass through an object, array or tuple. A depth-first walk over those
 * references, in key order, replaces each that closes such a cycle with
 * `unknown`; without recursion, as chains of schemas can be thousands long.
 */
function cutAliasCycles(ordered: SchemaDecl[], byKey: ReadonlyMap<string, SchemaDecl>): void {
  const state = new Map<string, "open" | "done">();
  for (const root of ordered) {
    if (state.has(root.key)) continue;
    state.set(root.key, "open");
    const stack = [{ key: root.key, references: topReferences(root), next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next === frame.references.length) {
        state.set(frame.key, "done");
        stack.pop();
        continue;
      }
      const reference = frame.references[frame.next++]!;
      const target = byKey.get(reference.schema);
      if (state.get(reference.schema) === "open") reference.replace(UNKNOWN);
      else if (target && !state.has(reference.schema)) {
        state.set(reference.schema, "open");
        stack.push({ key: reference.schema, references: topReferences(target), next: 0 });
      }
    }
  }
}

function oauthFlow(value: unknown) {
  const raw = asObject(value);
  return {
    authorizationUrl: typeof raw.authorizationUrl === "string" ? raw.authorizationUrl : undefined,
    tokenUrl: typeof raw.tokenUrl === "string" ? raw.tokenUrl : undefined,
    refreshUrl: typeof raw.refreshUrl === "string" ? raw.refreshUrl : undefined,
    scopes: Object.keys(asObject(raw.scopes)).sort(compareCodePoints),
  };
}

/** Where a value sits, as one string: the document's file and the pointer in it. */
function placeOf(site: Site): string {
  return `${site.document.file}${pointerOf(site.tokens)}`;
}

/** The `$ref` of a schema that says nothing else. */
function soleRef(value: unknown): string | undefined {
  const record = asObject(value);
  const keys = Object.keys(record);
  return keys.length === 1 && typeof record.$ref === "string" ? record.$ref : undefined;
}

/**
 * What a named schema is called in the spec: a component's name (with the way
 * to a schema inside it), a schema's name in a file that lists schemas at its
 * top level, a whole document's file name, else the words of its pointer.
 */
function nameHintOf(tokens: string[], displayPath: string): string {
  if (tokens.length === 0) return baseName(displayPath);
  if (tokens[0] === "components" && tokens.length >= 3) return tokens.length === 3 ? tokens[2]! : nestedNameHint(tokens.slice(2));
  if (tokens.length >= 2 && SCHEMA_LISTS.has(tokens[0]!)) return tokens.length === 2 ? tokens[1]! : nestedNameHint(tokens.slice(1));
  return nestedNameHint(tokens);
}

/** Top-level keys that files holding shared schemas list them under. */
const SCHEMA_LISTS = new Set(["schemas", "definitions", "$defs"]);

function child(site: Site, ...tokens: string[]): Site {
  return { document: site.document, tokens: [...site.tokens, ...tokens] };
}

function asObject(value: unknown): Json {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Spec prose with Windows line endings and outer blank lines removed, or undefined when empty. */
function text(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const normalized = value.replace(/\r\n?/g, "\n").trim();
  return normalized === "" ? undefined : normalized;
}

function ownDocs(raw: Json): Docs {
  return { description: text(raw.description), deprecated: raw.deprecated === true || undefined, example: shownValue(raw.example) };
}

/** `own` wins where it says something; `fallback` fills the rest. */
function mergeDocs(fallback: Docs, own: Docs): Docs {
  const merged: Docs = { ...fallback };
  for (const [key, value] of Object.entries(own) as [keyof Docs, unknown][]) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

function schemaDocs(value: unknown): Docs {
  const raw = asObject(value);
  return {
    summary: text(raw.title),
    description: text(raw.description),
    deprecated: raw.deprecated === true || undefined,
    format: typeof raw.format === "string" ? raw.format : undefined,
    default: shownValue(raw.default),
    example: shownValue(raw.example ?? (Array.isArray(raw.examples) ? raw.examples[0] : undefined)),
  };
}

function inferredTypes(schema: Json): string[] {
  if (schema.properties !== undefined || schema.additionalProperties !== undefined || schema.patternProperties !== undefined) {
    return ["object"];
  }
  if (schema.items !== undefined || schema.prefixItems !== undefined) return ["array"];
  return [];
}

/**
 * Whether JavaScript holds the number as the spec wrote it. `1e400` and YAML's
 * `.nan` would print as `null`, and an int64 past 2^53 as a neighbour of the
 * spec's value: as an enum member such a number widens to `number` (which
 * holds whatever arrives), and as a default or example it is left out.
 */
function isExactNumber(value: number): boolean {
  return Number.isFinite(value) && (Number.isSafeInteger(value) || !Number.isInteger(value));
}

/** A `default` or `example` as documentation shows it; undefined for a number JavaScript cannot hold exactly. */
function shownValue(value: unknown): unknown {
  return typeof value === "number" && !isExactNumber(value) ? undefined : value;
}

function literalOrUnknown(value: unknown): TypeExpr {
  // `null` is the keyword, so that `enum: [null]` beside `nullable: true` unions into one `null`.
  if (value === null) return NULL;
  if (typeof value === "number" && !isExactNumber(value)) return NUMBER;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return { kind: "literal", value };
  }
  return UNKNOWN;
}

function templateVariables(route: string): string[] {
  return [...route.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
}

/**
 * Derived operationIds leave out empty path segments, so `/jobs` and `/jobs/`
 * (useapi.net) derive alike; such ids become the method and route as written,
 * which no two operations share.
 */
function distinctDerivedIds(operations: Operation[]): Operation[] {
  const counts = new Map<string, number>();
  for (const operation of operations) counts.set(operation.operationId, (counts.get(operation.operationId) ?? 0) + 1);
  return operations.map((operation) =>
    counts.get(operation.operationId)! > 1 && operation.operationId === derivedOperationId(operation.method, operation.path)
      ? { ...operation, operationId: `${operation.method} ${operation.path}` }
      : operation,
  );
}

function derivedOperationId(method: HttpMethod, route: string): string {
  const words = route
    .split("/")
    .filter(Boolean)
    .map((segment) => (segment.startsWith("{") ? `by ${segment.slice(1, -1)}` : segment));
  return [method, ...words].join(" ");
}

function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(.+\+)?json\b/i.test(mediaType) || mediaType === "*/*";
}

function baseName(displayPath: string): string {
  const file = displayPath.slice(displayPath.lastIndexOf("/") + 1);
  return file.replace(/\.(ya?ml|json)$/i, "");
}

/** Numeric statuses first, then ranges such as `4XX`, then `default`. */
function compareStatus(a: string, b: string): number {
  const rank = (status: string) => (/^\d{3}$/.test(status) ? 0 : status === "default" ? 2 : 1);
  return rank(a) - rank(b) || compareCodePoints(a, b);
}

/** `A/properties/b/items` → `A b Item`: a name for a schema inside another, from the way to it. */
function nestedNameHint(tokens: string[]): string {
  const words = tokens.flatMap((token) => (token === "properties" ? [] : token === "items" ? ["Item"] : token === "additionalProperties" ? ["Value"] : [token]));
  return words.join(" ");
}

/** The keywords that make a schema's own type; the others (`description`, `example`, ...) leave it alone. */
const TYPE_KEYWORDS = [
  "type", "enum", "const", "format", "properties", "additionalProperties", "patternProperties", "items", "prefixItems", "required", "oneOf", "anyOf",
];

function soleAllOfRef(schema: Json): { $ref: string } | undefined {
  const members = schema.allOf;
  if (!Array.isArray(members) || members.length !== 1) return undefined;
  const [member] = members as unknown[];
  return member !== null && typeof member === "object" && typeof (member as { $ref?: unknown }).$ref === "string" ? (member as { $ref: string }) : undefined;
}
