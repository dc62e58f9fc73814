// Copied from templates/runtime/index.ts by `npm run generate`. Do not edit: change that file, then regenerate.

export { ApiClient } from "./client.js";
export { ApiPromise } from "./api-promise.js";
export type { WithResponse } from "./api-promise.js";
export type {
  ClientOptions,
  HttpMethod,
  OperationSpec,
  ParameterLocation,
  RawCallOptions,
  RawClient,
  RequestInput,
  RequestOptions,
} from "./client.js";
export type { ClientLogEvent, ClientLogger, TokenProvider, TokenRequest } from "./transport.js";
export type { Sleep } from "./timing.js";
export {
  ApiResponseError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  InvalidRequestError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  RequestAbortedError,
  RequestTimeoutError,
  SdkError,
  UnprocessableEntityError,
  createApiError,
} from "./errors.js";
export type { ApiResponseErrorInit } from "./errors.js";
export { UnsuccessfulEnvelopeError, readEnvelopeMetadata } from "./envelope.js";
export type { EnvelopeMetadata, EnvelopeResponse, ResponseEnvelope } from "./envelope.js";
export type { ProblemDetails, ProblemIssue } from "./problem.js";
export type { AuthChallenge } from "./www-authenticate.js";
export { parseWwwAuthenticate } from "./www-authenticate.js";
export {
  OAuthError,
  calculateCodeChallenge,
  createAuthorizationRequest,
  createOAuthTokenProvider,
  exchangeAuthorizationCode,
  refreshAccessToken,
} from "./oauth.js";
export type {
  AuthorizationRequest,
  OAuthConfig,
  OAuthTokenProviderOptions,
  OAuthTokens,
} from "./oauth.js";
export { ApiResource, asScoped } from "./resource.js";
export type { FlatParams, InputOf, Scoped, ScopedParams, UploadParams } from "./resource.js";
export { PagePromise } from "./pagination.js";
export type { PageEnvelope, PageStrategy } from "./pagination.js";
export {
  TaskFailedError,
  TaskTimeoutError,
  downloadUrlOf,
  taskIdOf,
  waitForTask,
} from "./tasks.js";
export type { TaskEnvelope, WaitOptions } from "./tasks.js";
export { downloadTo, multipartFile, toUploadBlob } from "./files.js";
export type { DownloadDestination, Uploadable } from "./files.js";
