// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import type * as Models from "./models.js";

/** Every route of the API, for the raw openapi-fetch client. */
export interface paths {
  "/v3/projects": {
    /**
     * List the projects visible to the caller
     *
     * Pages through every project the authenticated identity may access. When the OAuth access token carries a `doc360_project_id` claim, the listing is narrowed down to that one project. The caller needs the `ViewProjectSettings` permission. Typical use is to look up the `project_id` values that the project-scoped routes expect. Paging is driven either by `page`/`page_size` or by an opaque `cursor`.
     */
    get: {
      parameters: {
        query?: {
          /** Opaque continuation token copied from `pagination.next_cursor` of an earlier reply. If it is supplied, any `page` value is disregarded. */
          cursor?: string;
          /**
           * Ask the server to fill in `pagination.total_count`. Off unless set to `true`.
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * One-based index of the page to fetch; the first page is used when omitted.
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * How many items a page holds, between 1 and 100 (25 when omitted).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** One page of projects, wrapped in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ProjectResponsePaginatedResponse;
          };
        };
        /** No bearer credential was sent, or the one sent was rejected. */
        401: {
          headers: {
            [name: string]: unknown;
            /**
             * Authentication challenge naming the `Bearer` scheme, possibly with `error` and `error_description` attributes as defined by RFC 6750.
             *
             * @example "Bearer error=\"invalid_token\", error_description=\"The access token expired\""
             */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The caller has used up its request quota; wait at least the number of seconds given in `Retry-After` before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /**
             * Seconds the client should pause before sending the request again; combine with exponential backoff plus jitter.
             *
             * @example 30
             */
            "Retry-After"?: number;
            /**
             * Request quota of the current window, counted per API token and per project.
             *
             * @example 100
             */
            "X-RateLimit-Limit"?: number;
            /**
             * Requests still allowed in the current window; at zero, further calls are rejected with 429.
             *
             * @example 0
             */
            "X-RateLimit-Remaining"?: number;
            /**
             * Moment the current window starts over, as UTC Unix time in seconds.
             *
             * @example 1750000000
             */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server hit a fault it did not anticipate while handling the call. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
      };
    };
  };
  "/v3/projects/{project_id}/exports": {
    /**
     * Kick off an asynchronous project export
     *
     * Schedules a background job that packages the project's documentation and answers immediately with `202 Accepted` and the job identifier. Follow the job by calling `GET /v3/projects/{project_id}/exports/{export_id}` (also advertised in the `Operation-Location` header) until it reaches a final state. The request body selects the workspace, optionally the language, and the output format. The caller needs the `UpdateProjectSettings` permission.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * Identifier (UUID) of the target project; `GET /v3/projects` lists the ones available to the caller.
           *
           * @format uuid
           * @example "9a3b4c5d-6e7f-8a9b-0c1d-2e3f4a5b6c7d"
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          "application/json": Models.ExportRequest;
        };
      };
      responses: {
        /** The export job was accepted; the envelope holds its identifier and initial state. */
        202: {
          headers: {
            [name: string]: unknown;
            /**
             * Absolute URL of the status resource to poll for the queued job.
             *
             * @example "https://apihub.berlin.document360.net/v3/projects/9a3b4c5d-6e7f-8a9b-0c1d-2e3f4a5b6c7d/exports/f1a2b3c4-d5e6-7f89-0a1b-2c3d4e5f6a7b"
             */
            "Operation-Location"?: string;
          };
          content: {
            "application/json": Models.ExportStatusResponseApiResponse;
          };
        };
        /** The request body could not be read, e.g. because it is not valid JSON. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No bearer credential was sent, or the one sent was rejected. */
        401: {
          headers: {
            [name: string]: unknown;
            /**
             * Authentication challenge naming the `Bearer` scheme, possibly with `error` and `error_description` attributes as defined by RFC 6750.
             *
             * @example "Bearer error=\"invalid_token\", error_description=\"The access token expired\""
             */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The body was well-formed JSON but one or more of its fields were rejected. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The caller has used up its request quota; wait at least the number of seconds given in `Retry-After` before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /**
             * Seconds the client should pause before sending the request again; combine with exponential backoff plus jitter.
             *
             * @example 30
             */
            "Retry-After"?: number;
            /**
             * Request quota of the current window, counted per API token and per project.
             *
             * @example 100
             */
            "X-RateLimit-Limit"?: number;
            /**
             * Requests still allowed in the current window; at zero, further calls are rejected with 429.
             *
             * @example 0
             */
            "X-RateLimit-Remaining"?: number;
            /**
             * Moment the current window starts over, as UTC Unix time in seconds.
             *
             * @example 1750000000
             */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server hit a fault it did not anticipate while handling the call. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
      };
    };
  };
  "/v3/projects/{project_id}/exports/{export_id}": {
    /**
     * Check the progress of a project export
     *
     * Reports where an export job, started earlier with `POST /v3/projects/{project_id}/exports`, currently stands. Once the job has finished successfully the payload carries a `download_url`. For projects whose visibility is private or mixed, that link includes a SAS token that stops working 30 minutes after it is issued. The caller needs the `ViewProjectSettings` permission.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the export job to inspect; the create-export call (`POST /v3/projects/{project_id}/exports`) hands it out.
           *
           * @format uuid
           * @example "9a3b4c5d-6e7f-8a9b-0c1d-2e3f4a5b6c7d"
           */
          export_id: string;
          /**
           * Identifier (UUID) of the target project; `GET /v3/projects` lists the ones available to the caller.
           *
           * @format uuid
           * @example "9a3b4c5d-6e7f-8a9b-0c1d-2e3f4a5b6c7d"
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Current state of the export job, wrapped in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ExportStatusResponseApiResponse;
          };
        };
        /** No bearer credential was sent, or the one sent was rejected. */
        401: {
          headers: {
            [name: string]: unknown;
            /**
             * Authentication challenge naming the `Bearer` scheme, possibly with `error` and `error_description` attributes as defined by RFC 6750.
             *
             * @example "Bearer error=\"invalid_token\", error_description=\"The access token expired\""
             */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing matches the identifiers in the path (here: no such export job in this project). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The caller has used up its request quota; wait at least the number of seconds given in `Retry-After` before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /**
             * Seconds the client should pause before sending the request again; combine with exponential backoff plus jitter.
             *
             * @example 30
             */
            "Retry-After"?: number;
            /**
             * Request quota of the current window, counted per API token and per project.
             *
             * @example 100
             */
            "X-RateLimit-Limit"?: number;
            /**
             * Requests still allowed in the current window; at zero, further calls are rejected with 429.
             *
             * @example 0
             */
            "X-RateLimit-Remaining"?: number;
            /**
             * Moment the current window starts over, as UTC Unix time in seconds.
             *
             * @example 1750000000
             */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server hit a fault it did not anticipate while handling the call. */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
      };
    };
  };
}
