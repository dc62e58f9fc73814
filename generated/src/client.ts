// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import { ApiClient, type ClientOptions, asScoped, type Scoped } from "./runtime/index.js";
import type { paths } from "./paths.js";
import { ProjectsResource } from "./resources.js";

/** The API's base URL, from the spec's first server. */
export const DEFAULT_BASE_URL = "https://apihub.berlin.document360.net";
/** The OAuth2 authorization-code flow of the `Bearer` security scheme. */
export const OAUTH2_AUTHORIZATION_CODE = {
  authorizationUrl: "https://identity.berlin.document360.net/connect/authorize",
  tokenUrl: "https://identity.berlin.document360.net/connect/token",
  scopes: ["customerApi", "email", "openid", "profile"],
  pkce: true,
} as const;

/** The resources with `project_id` fixed: calls leave it out. */
export interface ProjectScope {
  projects: Scoped<ProjectsResource, "project_id">;
}

/** A client for the Document360 Customer API: one property per resource. It is also the `ApiClient` the operation functions take, and `client.raw` makes typed openapi-fetch calls. */
export class Client extends ApiClient<paths> {
  readonly projects: ProjectsResource;

  constructor(options: ClientOptions = {}) {
    super({ baseUrl: DEFAULT_BASE_URL, ...options });
    this.projects = new ProjectsResource(this);
  }

  /** The resources with `project_id` fixed to `projectId`, sharing this client's connection, token and rate-limit state. */
  project(projectId: string): ProjectScope {
    const scope = { project_id: projectId };
    const scoped = asScoped<"project_id">();
    return {
      projects: scoped(new ProjectsResource(this, scope)),
    };
  }
}

/** Creates a client. Options not given fall back to the spec's defaults (its first server as `baseUrl`). */
export function createClient(options: ClientOptions = {}): Client {
  return new Client(options);
}
