import { readFile } from "node:fs/promises";
import { parse } from "yaml";

export type JsonObject = { [key: string]: unknown };

/** A node of the description together with the JSON pointer it was found at, after following `$ref`s. */
export interface Located<T = JsonObject> {
  node: T;
  pointer: string;
}

export interface ContractParameter {
  name: string;
  location: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: Located;
  /** Example values the description gives for it (parameter `example`/`examples`, else the schema's `example`). */
  examples: NamedExample[];
}

export interface NamedExample {
  /** Where the example sits in the description, for messages. */
  pointer: string;
  value: unknown;
}

export interface ContractResponse {
  status: number;
  /** The first media type's schema; null for a response without a body. */
  schema: Located | null;
  mediaType: string | null;
  examples: NamedExample[];
}

export interface ContractOperation {
  operationId: string;
  method: string;
  path: string;
  /** `GET /v3/projects/{project_id}`, as api.md names routes. */
  route: string;
  parameters: ContractParameter[];
  /** null when the operation takes no body; `schema` null when the body has no declared media type. */
  requestBody: { mediaType: string | null; schema: Located | null; examples: NamedExample[] } | null;
  responses: ContractResponse[];
}

export class SpecDocument {
  constructor(readonly json: JsonObject) {}

  static async read(file: string): Promise<SpecDocument> {
    const text = await readFile(file, "utf8");
    return new SpecDocument((file.endsWith(".json") ? JSON.parse(text) : parse(text)) as JsonObject);
  }

  /** The node at a JSON pointer, or undefined when there is none. */
  find(pointer: string): unknown {
    let node: unknown = this.json;
    for (const segment of pointer.split("/").slice(1)) {
      const key = segment.replace(/~1/g, "/").replace(/~0/g, "~");
      if (typeof node !== "object" || node === null || !(key in node)) return undefined;
      node = (node as JsonObject)[key];
    }
    return node;
  }

  at(pointer: string): unknown {
    const node = this.find(pointer);
    if (node === undefined) throw new Error(`#${pointer} does not resolve`);
    return node;
  }

  /** Follows `$ref` chains (local references only) from the node at `pointer`. */
  resolve(pointer: string): Located {
    let current = pointer;
    for (let hops = 0; hops < 32; hops++) {
      const node = this.at(current);
      const ref = (node as JsonObject)["$ref"];
      if (typeof ref !== "string") return { node: node as JsonObject, pointer: current };
      if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported, found ${ref} at #${current}`);
      current = ref.slice(1);
    }
    throw new Error(`$ref chain at #${pointer} does not end`);
  }

  /** Every operation in the order the description lists them. */
  operations(): ContractOperation[] {
    const paths = (this.json["paths"] ?? {}) as JsonObject;
    const operations: ContractOperation[] = [];
    for (const [path, item] of Object.entries(paths)) {
      const itemPointer = `/paths/${escapePointer(path)}`;
      for (const method of Object.keys(item as JsonObject)) {
        if (!HTTP_METHODS.has(method)) continue;
        operations.push(this.#operation(path, method, itemPointer));
      }
    }
    return operations;
  }

  /**
   * Every `example` written on a schema (component schemas and the schemas of parameters and
   * bodies, down through properties, items, allOf and additionalProperties), keyed by the
   * pointer of the schema it illustrates.
   */
  schemaExamples(): Map<string, unknown> {
    const examples = new Map<string, unknown>();
    const visit = (pointer: string) => {
      const node = this.find(pointer);
      if (typeof node !== "object" || node === null || "$ref" in node) return;
      const schema = node as JsonObject;
      if ("example" in schema) examples.set(pointer, schema["example"]);
      for (const name of Object.keys((schema["properties"] ?? {}) as JsonObject)) visit(`${pointer}/properties/${escapePointer(name)}`);
      if (Array.isArray(schema["allOf"])) schema["allOf"].forEach((_, index) => visit(`${pointer}/allOf/${index}`));
      visit(`${pointer}/items`);
      visit(`${pointer}/additionalProperties`);
    };
    for (const name of Object.keys((this.find("/components/schemas") ?? {}) as JsonObject))
      visit(`/components/schemas/${escapePointer(name)}`);
    for (const operation of this.operations()) {
      for (const parameter of operation.parameters) visit(parameter.schema.pointer);
      for (const located of [operation.requestBody?.schema, ...operation.responses.map((response) => response.schema)]) {
        if (located) visit(located.pointer);
      }
    }
    return examples;
  }

  #operation(path: string, method: string, itemPointer: string): ContractOperation {
    const pointer = `${itemPointer}/${method}`;
    const operation = this.at(pointer) as JsonObject;
    const byKey = new Map<string, ContractParameter>();
    for (const listPointer of [`${itemPointer}/parameters`, `${pointer}/parameters`]) {
      const list = this.find(listPointer);
      if (!Array.isArray(list)) continue;
      list.forEach((_, index) => {
        const parameter = this.#parameter(`${listPointer}/${index}`);
        byKey.set(`${parameter.location} ${parameter.name}`, parameter);
      });
    }
    return {
      operationId: String(operation["operationId"]),
      method,
      path,
      route: `${method.toUpperCase()} ${path}`,
      parameters: [...byKey.values()],
      requestBody: operation["requestBody"] === undefined ? null : this.#requestBody(`${pointer}/requestBody`),
      responses: Object.keys((operation["responses"] ?? {}) as JsonObject)
        .filter((status) => /^\d{3}$/.test(status))
        .map((status) => this.#response(Number(status), `${pointer}/responses/${status}`)),
    };
  }

  #parameter(pointer: string): ContractParameter {
    const { node, pointer: resolved } = this.resolve(pointer);
    const schema = this.resolve(`${resolved}/schema`);
    const examples = this.#examples(resolved);
    if (examples.length === 0 && "example" in schema.node)
      examples.push({ pointer: `${schema.pointer}/example`, value: schema.node["example"] });
    return {
      name: String(node["name"]),
      location: node["in"] as ContractParameter["location"],
      required: node["required"] === true,
      schema,
      examples,
    };
  }

  #requestBody(pointer: string): NonNullable<ContractOperation["requestBody"]> {
    const { pointer: resolved } = this.resolve(pointer);
    const media = this.#firstMedia(resolved);
    if (!media) return { mediaType: null, schema: null, examples: [] };
    return { mediaType: media.type, schema: this.#mediaSchema(media.pointer), examples: this.#examples(media.pointer) };
  }

  #response(status: number, pointer: string): ContractResponse {
    const { pointer: resolved } = this.resolve(pointer);
    const media = this.#firstMedia(resolved);
    if (!media) return { status, schema: null, mediaType: null, examples: [] };
    return { status, mediaType: media.type, schema: this.#mediaSchema(media.pointer), examples: this.#examples(media.pointer) };
  }

  #firstMedia(pointer: string): { type: string; pointer: string } | undefined {
    const content = this.find(`${pointer}/content`) as JsonObject | undefined;
    const type = content ? Object.keys(content)[0] : undefined;
    return type === undefined ? undefined : { type, pointer: `${pointer}/content/${escapePointer(type)}` };
  }

  #mediaSchema(mediaPointer: string): Located | null {
    return this.find(`${mediaPointer}/schema`) === undefined ? null : this.resolve(`${mediaPointer}/schema`);
  }

  /** `example`, else every entry of `examples` (each possibly a `$ref` to components/examples). */
  #examples(pointer: string): NamedExample[] {
    const holder = this.at(pointer) as JsonObject;
    if ("example" in holder) return [{ pointer: `${pointer}/example`, value: holder["example"] }];
    const examples = holder["examples"];
    if (typeof examples !== "object" || examples === null) return [];
    return Object.keys(examples).flatMap((name) => {
      const example = this.resolve(`${pointer}/examples/${escapePointer(name)}`);
      return "value" in example.node ? [{ pointer: `${example.pointer}/value`, value: example.node["value"] }] : [];
    });
  }
}

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
