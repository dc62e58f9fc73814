// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

export {
  Client,
  DEFAULT_BASE_URL,
  OAUTH2_AUTHORIZATION_CODE,
  type ProjectScope,
  createClient,
} from "./client.js";
export * from "./resources.js";
export * from "./operations.js";
export type * from "./models.js";
export type * as Models from "./models.js";
export type { paths } from "./paths.js";
export * from "./runtime/index.js";
