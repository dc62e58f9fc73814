// Copied from templates/runtime/resource.ts by `npm run generate`. Do not edit: change that file, then regenerate.

import type {
  ApiClient,
  OperationSpec,
  ParameterLocation,
  RequestInput,
  RequestOptions,
} from "./client.js";
import type { ApiPromise } from "./api-promise.js";
import { multipartFile, type Uploadable } from "./files.js";
import type { PagePromise, PageEnvelope } from "./pagination.js";

/**
 * Base of the generated resource classes. Each method hands the description of
 * its operation and its parameters to `call` (or `paginate`), which sorts the
 * parameters into path, query, header and cookie as the description lists them.
 * A resource made for a scope (say one project) fills the scope's path
 * parameters whenever a call leaves them out.
 */
export class ApiResource<Paths extends {}> {
  constructor(
    protected readonly client: ApiClient<Paths>,
    protected readonly scope: Readonly<Record<string, string>> = {},
  ) {}

  /** Sends the operation with a method's parameters; the method's declared return type gives `Result`. */
  protected call<Result>(
    operation: OperationSpec,
    params: object,
    options?: RequestOptions,
  ): ApiPromise<Result> {
    const input = this.inputOf(operation, params);
    if (operation.upload) {
      const { file, file_name, content_type } = params as UploadParams;
      // The runtime awaits a promised body, so the call stays one ApiPromise.
      input.body = multipartFile("file", file, file_name, content_type);
    }
    return this.client.request<Result>(operation, input, options);
  }

  /** A list call: the first page when awaited, every item when iterated. */
  protected paginate<Page extends PageEnvelope<Item>, Item, Params extends object>(
    operation: OperationSpec & { pagination: "cursor" | "page" },
    params: Params,
    options?: RequestOptions,
  ): PagePromise<Page, Item, Params> {
    return this.client.paginate<Page, Item, Params>(
      params,
      operation.pagination,
      (page) => this.call<Page>(operation, page, options),
      options,
    );
  }

  private inputOf(operation: OperationSpec, params: object): RequestInput {
    const values = params as Record<string, unknown>;
    const input: RequestInput = {};
    for (const [location, names] of Object.entries(operation.parameters ?? {}) as [
      ParameterLocation,
      readonly string[],
    ][]) {
      // Own values only: a parameter named `constructor` or `toString` must not pick up what `{}` inherits.
      const group = operation.grouped
        ? ownValues(values[location] as Record<string, unknown> | undefined, names)
        : ownValues(values, names);
      input[location] = location === "path" ? this.pathParams(group) : group;
    }
    if (operation.requestMediaType !== undefined && !operation.upload) input.body = values.body;
    return input;
  }

  protected pathParams(values: Record<string, unknown>): Record<string, unknown> {
    const merged: Record<string, unknown> = Object.assign(Object.create(null), values);
    for (const [name, value] of Object.entries(this.scope)) merged[name] ??= value;
    return merged;
  }
}

/**
 * The named parameters `values` holds itself, in a map without a prototype (so
 * one named `__proto__` is a parameter like any other); names it does not hold
 * are left out.
 */
function ownValues(
  values: Record<string, unknown> | undefined,
  names: readonly string[],
): Record<string, unknown> {
  const own: Record<string, unknown> = Object.create(null);
  if (values === undefined || values === null) return own;
  for (const name of names) if (Object.hasOwn(values, name)) own[name] = values[name];
  return own;
}

/** The input object an operation function (`client, input, options`) takes. */
export type InputOf<Operation extends (...args: any) => unknown> = NonNullable<
  Parameters<Operation>[1]
>;

/**
 * A resource method's parameters, side by side: those of each location of the
 * operation function's input (whose documentation they keep) and its `body`.
 */
export type FlatParams<Operation extends (...args: any) => unknown> = Flat<InputOf<Operation>>;

type Flat<Input> = Group<Input, "path"> &
  Group<Input, "query"> &
  Group<Input, "header"> &
  Group<Input, "cookie"> &
  Pick<Input, Extract<keyof Input, "body">>;

/** One location's parameters, or `{}` when the operation has none there. */
type Group<Input, Location extends ParameterLocation> = Input extends {
  [Key in Location]?: infer Parameters;
}
  ? [Exclude<Parameters, undefined>] extends [never]
    ? {}
    : Exclude<Parameters, undefined>
  : {};

/** The file of an upload method, sent as the multipart field `file`. */
export interface UploadParams {
  /** The file's bytes: a `Blob` or `File`, an `ArrayBuffer` or typed array (a Node `Buffer`), or a `ReadableStream`. */
  file: Uploadable;
  /** The file name the server stores. */
  file_name: string;
  /** Media type of the file, when `file` does not carry one. */
  content_type?: string;
}

/** `Params` with the scope's keys made optional. */
export type ScopedParams<Params, Key extends string> = Params extends object
  ? Omit<Params, Key> & Partial<Pick<Params, Extract<keyof Params, Key>>>
  : Params;

/**
 * A resource whose methods no longer require the scope's parameters; a method
 * left with no required parameter may be called without any.
 */
export type Scoped<Resource, Key extends string> = {
  [Method in keyof Resource]: Resource[Method] extends (
    params: infer Params,
    ...rest: infer Rest
  ) => infer Result
    ? {} extends ScopedParams<Params, Key>
      ? (params?: ScopedParams<Params, Key>, ...rest: Rest) => Result
      : (params: ScopedParams<Params, Key>, ...rest: Rest) => Result
    : Resource[Method];
};

/**
 * Views a resource made with a scope through its scoped type. A scoped method
 * may be called with no parameters at all once the scope supplies the required
 * ones, so missing parameters become `{}` here; the resource then fills the
 * scope's path parameters (`pathParams`), which its own signatures cannot say.
 */
export function asScoped<Key extends string>() {
  return <Resource extends ApiResource<{}>>(resource: Resource): Scoped<Resource, Key> =>
    new Proxy(resource, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== "function") return value;
        return (params: unknown = {}, ...rest: unknown[]) => value.call(target, params, ...rest);
      },
    }) as unknown as Scoped<Resource, Key>;
}
