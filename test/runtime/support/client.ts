import { ApiClient, type ClientOptions, type OperationSpec } from "../../../templates/runtime/index.js";
import { fakeClock, type FakeClock } from "./clock.js";
import type { TestServer } from "./server.js";

export const TOKEN = "tok_live_5f2b9c0e7d4a41b8";

export const getProject: OperationSpec = { method: "get", path: "/v3/projects/{project_id}", response: "json" };
export const createArticle: OperationSpec = { method: "post", path: "/v3/articles", requestMediaType: "application/json", response: "json" };

/** A client on a fake clock (instant backoff, recorded sleeps) with jitter fixed at the midpoint. */
export function testClient(server: TestServer, options: Partial<ClientOptions> = {}): { client: ApiClient<Record<string, never>>; clock: FakeClock } {
  const clock = fakeClock();
  const client = new ApiClient<Record<string, never>>({
    baseUrl: server.url,
    token: TOKEN,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    ...options,
  });
  return { client, clock };
}
