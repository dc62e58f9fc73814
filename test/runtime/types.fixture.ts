// Type-level expectations, checked by types.test.ts (and by `tsc -p test/runtime`). Never executed.
import { expectTypeOf } from "vitest";
import { ApiClient, type OperationSpec, type RequestOptions } from "../../templates/runtime/index.js";
import type { Problem, Project, paths } from "./support/paths.js";

declare const client: ApiClient<paths>;

const getProject = { method: "get", path: "/v3/projects/{project_id}", response: "json" } as const satisfies OperationSpec;

/** The shape the generator emits: the declared return type alone fixes `request`'s T. */
export function generatedGetProject(
  input: { path: { project_id: string }; query?: { include?: string } },
  options?: RequestOptions,
): Promise<Project> {
  return client.request(getProject, input, options);
}

expectTypeOf(generatedGetProject).returns.resolves.toEqualTypeOf<Project>();
expectTypeOf(client.request<Project>(getProject, {})).resolves.toEqualTypeOf<Project>();
expectTypeOf(client.requestWithResponse<Project>(getProject, {})).resolves.toEqualTypeOf<{ data: Project; response: Response }>();
expectTypeOf(client.request(getProject)).resolves.toBeUnknown();
expectTypeOf(client.request<Project>(getProject, {}).withResponse()).resolves.toEqualTypeOf<{ data: Project; response: Response }>();
expectTypeOf(client.request<Project>(getProject, {})).toMatchTypeOf<Promise<Project>>();
expectTypeOf(client.download).returns.resolves.toEqualTypeOf<Response>();

export async function rawCalls(): Promise<void> {
  const { data, error, response } = await client.raw.GET("/v3/projects/{project_id}", { params: { path: { project_id: "p1" } } });
  expectTypeOf(data).toEqualTypeOf<Project | undefined>();
  expectTypeOf(error).toEqualTypeOf<Problem | undefined>();
  expectTypeOf(response).toEqualTypeOf<Response>();

  // @ts-expect-error the path is not in the API description
  await client.raw.GET("/v3/unknown");
  // @ts-expect-error path parameters are required
  await client.raw.GET("/v3/projects/{project_id}", { params: {} });
  // @ts-expect-error the request body is checked against the operation's schema
  await client.raw.POST("/v3/articles", { body: { name: "wrong field" } });

  await client.raw.POST("/v3/articles", { body: { title: "A" }, timeoutMs: 5_000, maxRetries: 0, idempotencyKey: "k-1" });
  // @ts-expect-error per-call options are typed
  await client.raw.GET("/v3/projects/{project_id}", { params: { path: { project_id: "p1" } }, timeoutMs: "soon" });
  const streamed = await client.raw.GET("/v3/projects/{project_id}", { params: { path: { project_id: "p1" } }, parseAs: "stream" });
  expectTypeOf(streamed.data).toEqualTypeOf<Response["body"] | undefined>();
}

export const unknownMethod: OperationSpec = {
  // @ts-expect-error only HTTP methods OpenAPI knows
  method: "fetch",
  path: "/v3/x",
  response: "json",
};

export const unknownResponseKind: OperationSpec = {
  method: "get",
  path: "/v3/x",
  // @ts-expect-error only the response kinds the runtime can read
  response: "xml",
};

export const withProvider = new ApiClient<paths>({ baseUrl: "https://api.example.com", token: async () => "token" });
// @ts-expect-error a token is a string or a function returning one
export const withNumberToken = new ApiClient<paths>({ baseUrl: "https://api.example.com", token: 42 });
