import type { ApiClient } from "./client.js";

/**
 * Base of the generated resource classes. A resource made for a scope (say one
 * project) fills the scope's path parameters whenever a call leaves them out.
 */
export class ApiResource<Paths extends {}> {
  constructor(
    protected readonly client: ApiClient<Paths>,
    protected readonly scope: Readonly<Record<string, string>> = {},
  ) {}

  protected pathParams(values: Record<string, unknown>): Record<string, unknown> {
    const merged: Record<string, unknown> = { ...values };
    for (const [name, value] of Object.entries(this.scope)) merged[name] ??= value;
    return merged;
  }
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
