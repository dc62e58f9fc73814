// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import type * as Models from "./models.js";

/** Every route of the API, for the raw openapi-fetch client. */
export interface paths {
  "/v3/projects": {
    /**
     * List the projects visible to the caller
     *
     * Pages through every project the caller may access; a token carrying a `doc360_project_id` claim narrows the list to that one project. Use it to find the `project_id` the other routes expect. Needs the `ViewProjectSettings` permission.
     */
    get: {
      parameters: {
        query?: {
          /** Opaque token from `pagination.next_cursor` of the previous page; when it is set, `page` is ignored. */
          cursor?: string;
          /**
           * Set to `true` to have `pagination.total_count` filled in.
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
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
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}": {
    /**
     * Read one project
     *
     * Returns a project's name, description, subdomain and status. Answers 404 if there is no such project or the caller lacks access to it. Needs `ViewProjectSettings`.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The project, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ProjectResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/ai-search/most-referenced-articles": {
    /**
     * List the articles AI answers cite most
     *
     * Articles ranked by how many AI-generated answers used them as a source during the period. The whole list comes back in one reply, without paging. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * End of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-31T23:59:59Z`.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Start of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-01T00:00:00Z`.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Optional; narrows the figures to one workspace (ids from `getWorkspaceWorkspaces`).
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Cited articles, most cited first, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.MostReferencedArticleResponseListApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/ai-search/summary": {
    /**
     * Read AI search totals for a period
     *
     * Totals for AI search over the period: questions asked, how many got an answer and how many did not, conversations, and readers' likes and dislikes on answers. `data_available_from` tells from when data exists. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * End of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-31T23:59:59Z`.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Start of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-01T00:00:00Z`.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Optional; narrows the figures to one workspace (ids from `getWorkspaceWorkspaces`).
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** AI search totals, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.AISearchSummaryResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/ai-search/timeline": {
    /**
     * Read AI search activity per day
     *
     * One data point per day of the period, each with questions asked, answered and unanswered counts, conversations, likes and dislikes; handy for trend charts. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * End of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-31T23:59:59Z`.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Start of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-01T00:00:00Z`.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Optional; narrows the figures to one workspace (ids from `getWorkspaceWorkspaces`).
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Daily AI search figures, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.AISearchTimelineResponseListApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/ai-search/trending-topics": {
    /**
     * List trending AI search topics
     *
     * Groups of related questions readers put to AI search in the period, ranked by number of questions. A topic whose `is_no_search_cluster` is true gathers questions that got no answer, a hint at missing content. Returned in full, without paging; needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * End of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-31T23:59:59Z`.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Start of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-01T00:00:00Z`.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Optional; narrows the figures to one workspace (ids from `getWorkspaceWorkspaces`).
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Topics, largest first, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.TrendingTopicResponseListApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/articles/countries": {
    /**
     * List article visits by country
     *
     * Returns every country that article visits came from during the period, with its visit count, busiest first. Countries are two-letter ISO 3166-1 codes; the list is not paged. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Close of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Beginning of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Restrict the figures to one workspace (id from `getWorkspaceWorkspaces`); leave out to cover the whole project.
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Visit counts per country, in the list envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CountryVisitsResponseListApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/articles/most-read": {
    /**
     * List the five most-read articles
     *
     * Returns up to five articles ordered by the total time readers spent in them during the period, which can differ from the most viewed ones. There is no paging. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Close of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Beginning of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Restrict the figures to one workspace (id from `getWorkspaceWorkspaces`); leave out to cover the whole project.
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Up to five articles, in the list envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.MostReadArticleResponseListApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/articles/performance": {
    /**
     * Read daily article engagement
     *
     * Returns one entry per day of the period holding that day's view, read, like and dislike counts, ready for a time-series chart. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Close of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Beginning of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Restrict the figures to one workspace (id from `getWorkspaceWorkspaces`); leave out to cover the whole project.
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The daily entries, in the list envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticlePerformanceResponseListApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/articles/summary": {
    /**
     * Read article engagement totals
     *
     * Adds up article views, reads, likes and dislikes over the period, and also reports the longest single reading session and how many articles were viewed at least once. Can be narrowed to one workspace and language. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Close of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Beginning of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Restrict the figures to one workspace (id from `getWorkspaceWorkspaces`); leave out to cover the whole project.
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The totals, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleAnalyticsSummaryResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/articles/top": {
    /**
     * List articles ranked by engagement
     *
     * Ranks the articles by their engagement in the period and returns them page by page. Pick the metric with `sort_by` and the direction with `sort_order`; an unknown sort column is rejected with 422. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Close of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /**
           * Metric to rank by: `views` (default), `reads`, `likes` or `dislikes`.
           *
           * @default "views"
           */
          sort_by?: string;
          /**
           * Direction of the ranking: `desc` (default, largest first) or `asc`.
           *
           * @default "desc"
           */
          sort_order?: string;
          /**
           * Beginning of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Restrict the figures to one workspace (id from `getWorkspaceWorkspaces`); leave out to cover the whole project.
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** A page of ranked articles, in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.TopArticleResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/articles/top-categories": {
    /**
     * List categories ranked by engagement
     *
     * Ranks categories by the combined engagement of the articles inside them over the period, one page at a time; choose the metric with `sort_by` and the direction with `sort_order`. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Close of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /**
           * Metric to rank by, summed over the category's articles: `views` (default), `reads`, `likes` or `dislikes`.
           *
           * @default "views"
           */
          sort_by?: string;
          /**
           * Direction of the ranking: `desc` (default, largest first) or `asc`.
           *
           * @default "desc"
           */
          sort_order?: string;
          /**
           * Beginning of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Restrict the figures to one workspace (id from `getWorkspaceWorkspaces`); leave out to cover the whole project.
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** A page of ranked categories, in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.TopCategoryResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/articles/{article_id}": {
    /**
     * Read one article's lifetime analytics
     *
     * Returns an article's engagement since it was created (views, reads, likes, dislikes, reading time, feedback count) together with the number of links to it from other articles of the project. There is no date filter here; `metrics` is null when no analytics exist for the article. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Restrict the figures to one workspace (id from `getWorkspaceWorkspaces`); leave out to cover the whole project.
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the article; list a workspace's articles with `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The article's analytics, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.IndividualArticleAnalyticsResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/feedback/articles": {
    /**
     * List articles with their feedback
     *
     * Pages through articles, and optionally page categories, with their likes, dislikes, feedback count and views for the period. Narrow the kind of item with `article_type` and rank with `sort_by` and `sort_order`; invalid values are rejected with 422. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Which items to include: `all` (default), `article`, or `page_category` (categories that have a content page of their own).
           *
           * @default "all"
           */
          article_type?: string;
          /**
           * Close of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /**
           * Metric to rank by: `totalFeedbacks` (default), `likes`, `dislikes` or `views`.
           *
           * @default "totalFeedbacks"
           */
          sort_by?: string;
          /**
           * Direction of the ranking: `desc` (default, largest first) or `asc`.
           *
           * @default "desc"
           */
          sort_order?: string;
          /**
           * Beginning of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Restrict the figures to one workspace (id from `getWorkspaceWorkspaces`); leave out to cover the whole project.
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** A page of articles with feedback figures, in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleFeedbackResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/feedback/summary": {
    /**
     * Read reader feedback totals
     *
     * Returns the likes, dislikes and overall feedback count for the period, how many articles got any feedback, and, when readers left additional feedback, how it splits across the reasons they picked. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Close of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Beginning of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Restrict the figures to one workspace (id from `getWorkspaceWorkspaces`); leave out to cover the whole project.
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The feedback totals, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.FeedbackMetricsSummaryResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/feedback/timeline": {
    /**
     * Read daily feedback counts
     *
     * Returns one entry per day of the period with likes, dislikes, the day's total feedback and the number of articles that got feedback, for drawing a trend chart. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Close of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Beginning of the reporting period (inclusive), as an RFC 3339 date-time.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Restrict the figures to one workspace (id from `getWorkspaceWorkspaces`); leave out to cover the whole project.
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The daily entries, in the list envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.FeedbackTimelineResponseListApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/search/keywords": {
    /**
     * List the most searched keywords
     *
     * Keywords readers typed into search during the period, with how often each was searched and how often a result was then viewed, read or abandoned. Paged with `page` and `page_size`; sort with `sort_by` and `sort_order`. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * End of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-31T23:59:59Z`.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /** Optional; keeps only keywords that contain this text. */
          search_text?: string;
          /**
           * Column to sort on, one of `count` (default), `viewed`, `read` or `bounced`.
           *
           * @default "count"
           */
          sort_by?: string;
          /**
           * Sort direction, `asc` or `desc` (default).
           *
           * @default "desc"
           */
          sort_order?: string;
          /**
           * Start of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-01T00:00:00Z`.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Optional; narrows the figures to one workspace (ids from `getWorkspaceWorkspaces`).
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** One page of keywords, in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.SearchKeywordResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/search/no-results": {
    /**
     * List keywords that found nothing
     *
     * Keywords whose searches returned no result during the period: topics readers look for that the knowledge base does not cover yet. Same paging, sorting and filtering as `getSearchAnalyticKeywords`. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * End of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-31T23:59:59Z`.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /** Optional; keeps only keywords that contain this text. */
          search_text?: string;
          /**
           * Column to sort on, one of `count` (default), `viewed`, `read` or `bounced`.
           *
           * @default "count"
           */
          sort_by?: string;
          /**
           * Sort direction, `asc` or `desc` (default).
           *
           * @default "desc"
           */
          sort_order?: string;
          /**
           * Start of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-01T00:00:00Z`.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Optional; narrows the figures to one workspace (ids from `getWorkspaceWorkspaces`).
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** One page of keywords without results, in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.SearchKeywordResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/search/summary": {
    /**
     * Read site search totals for a period
     *
     * Totals for the knowledge base search over the period: all searches, those that found something, those that found nothing, and those the reader left without opening a result, plus success and failure rates in percent. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * End of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-31T23:59:59Z`.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Start of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-01T00:00:00Z`.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Optional; narrows the figures to one workspace (ids from `getWorkspaceWorkspaces`).
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Search totals, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.SearchAnalyticsSummaryResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/analytics/search/timeline": {
    /**
     * Read site search activity per day
     *
     * One data point per day of the period, counting all searches and the successful, no-result and bounced ones; suited to time-series charts. Needs the `ViewAnalytics` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * End of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-31T23:59:59Z`.
           *
           * @format date-time
           */
          end_date?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Start of the period to report on (inclusive), as an RFC 3339 date-time such as `2026-03-01T00:00:00Z`.
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * Optional; narrows the figures to one workspace (ids from `getWorkspaceWorkspaces`).
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Daily search figures, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.SearchTimelineDataPointListApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/api-references": {
    /**
     * Import an OpenAPI or Swagger specification
     *
     * Starts importing an API specification, given by `url` or inline `content` (one of the two), into a workspace; a workspace that is missing or has no API documentation enabled gives 422. Needs the `UpdateArticles` permission. The work continues in the background: the call answers 202 with an id and a starting status, and `getApiReferenceApiReferenceLogs` shows how each attempt went.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.ImportApiReferenceRequest;
        };
      };
      responses: {
        /** The import was accepted and is running; its id and first status, in the standard envelope. */
        202: {
          headers: {
            [name: string]: unknown;
            /** URL at which the progress of the background import can be checked. */
            "Operation-Location"?: string;
          };
          content: {
            "application/json": Models.ImportApiReferenceResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/api-references/{api_reference_id}/logs": {
    /**
     * List import attempts of an API reference
     *
     * Returns one entry per import or re-import of the API reference, most recent first, each with its outcome and how many errors and warnings it produced. Paged with `page` and `page_size`; the envelope carries a plain list. Fetch the individual messages with `getApiReferenceApiReferenceLogDetail`.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * Id of the API reference, as returned by `importApiReferenceApiReference` or `getWorkspaceApiReferences`.
           *
           * @format uuid
           */
          api_reference_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The import log entries, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiReferenceLogResponseListApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/api-references/{api_reference_id}/logs/{log_id}": {
    /**
     * Read the messages of one import attempt
     *
     * Returns every error and warning recorded for one import attempt. Errors mark parts of the specification that could not be imported; warnings mark problems that were skipped or resolved automatically. Each message points at the spot in the source specification it concerns.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * Id of the API reference the log belongs to.
           *
           * @format uuid
           */
          api_reference_id: string;
          /**
           * Id of the import log entry, as listed by `getApiReferenceApiReferenceLogs`.
           *
           * @format uuid
           */
          log_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The log's errors and warnings, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiReferenceLogDetailResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/articles": {
    /**
     * Create an article
     *
     * Adds a draft article to a category of the given workspace. When `content_type` is omitted the article uses the Markdown editor. Readers see it only after `publishArticleArticle`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.CreateArticleRequest;
        };
      };
      responses: {
        /** The new draft article, in the standard envelope. */
        201: {
          headers: {
            [name: string]: unknown;
            /** Address of the new article. */
            Location?: string;
          };
          content: {
            "application/json": Models.ArticleDetailResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The token is valid but lacks the permission or access this operation needs. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/articles/bulk": {
    /**
     * Create up to 100 articles at once
     *
     * Creates each listed article as a draft, on its own: an item that fails validation does not stop the rest. The response has one result per item, matched to the input by `index`; the top-level `success` is `false` if any item failed.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.BulkCreateArticleRequest;
        };
      };
      responses: {
        /** One result per requested article, in the standard envelope. */
        201: {
          headers: {
            [name: string]: unknown;
            /** Address of the created resource. */
            Location?: string;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Delete up to 100 articles at once
     *
     * Removes each listed article, with all its versions, for good. Items are handled one by one, so an id that is not found fails alone while the others are still deleted; check each result. Unpublishing is the reversible alternative.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.BulkDeleteRequest;
        };
      };
      responses: {
        /** One result per requested id, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Update up to 100 articles at once
     *
     * Applies a partial update to each listed article: only the fields set in an item change. Items succeed or fail independently, and the response reports each one.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.BulkUpdateArticleRequest;
        };
      };
      responses: {
        /** One result per update item, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/articles/bulk/publish": {
    /**
     * Publish up to 100 articles at once
     *
     * Publishes each listed article on its own, so one failure leaves the others published. Each item gets a result with error details; the top-level `success` is `true` only when every article went through. Needs the `PublishArticles` permission.
     */
    post: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.BulkIdsRequest;
        };
      };
      responses: {
        /** One result per article id, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/articles/bulk/unpublish": {
    /**
     * Unpublish up to 100 articles at once
     *
     * Turns each listed article back into a draft, keeping its content but removing it from the site. Articles are handled independently and reported one by one. Needs the `PublishArticles` permission.
     */
    post: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.BulkIdsRequest;
        };
      };
      responses: {
        /** One result per article id, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/articles/bulk/versions": {
    /**
     * Delete several versions of one article
     *
     * Removes the given version numbers of a single article permanently. The published version may not be among them (unpublish first). The response reports each version separately.
     */
    delete: {
      parameters: {
        query: {
          /**
           * Article whose versions are removed, e.g. an id from `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /** Version numbers to remove, as listed by `getArticleArticleVersions`; all must belong to `article_id`. */
          version_numbers: number[];
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** One result per version number, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/articles/{article_id}": {
    /**
     * Read an article
     *
     * Fetches the newest version of an article, whether draft or published; set `published` to get the newest published one instead, or use `getArticleArticleVersion` for an older version. The result carries both the stored `content` and its rendered `html_content`. In private or mixed-visibility projects, media links in the content come with SAS tokens attached.
     */
    get: {
      parameters: {
        query?: {
          /**
           * `raw` (default) gives the content as saved, with snippet, variable and glossary placeholders and internal notes left in; use it when you will edit and save the article. `display` gives reader-ready content with placeholders expanded and internal notes stripped; never send it back in a create or update call, or the links to those reusable pieces are lost.
           *
           * @default "raw"
           */
          content_mode?: Models.ContentMode;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * `true` returns the newest published version; `false` (default) the newest version, drafts included.
           *
           * @default false
           */
          published?: boolean;
        };
        header?: never;
        path: {
          /**
           * UUID of the article; list a workspace's articles with `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The article, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleDetailResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The token is valid but lacks the permission or access this operation needs. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Delete an article
     *
     * Removes the article together with every one of its versions, and cannot be undone. If you might want the article back later, hide or unpublish it instead.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the article; list a workspace's articles with `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The article is gone; no body. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The token is valid but lacks the permission or access this operation needs. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Update an article
     *
     * Changes only the fields you send; anything left out keeps its value. Editing the content of a published version fails with 422 unless `auto_fork` is `true`, in which case a new draft is forked and the change lands there. Returns the updated article.
     */
    patch: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the article; list a workspace's articles with `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.UpdateArticleRequest;
        };
      };
      responses: {
        /** The article after the update, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleDetailResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/articles/{article_id}/fork": {
    /**
     * Start a draft from the published version
     *
     * Copies the published content into a new draft version, so edits can be made while readers keep seeing the live one. Fails with 409 when the article already has a draft. `updateArticleArticle` with `auto_fork: true` does the same on demand.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the article; list a workspace's articles with `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The article as the new draft version, in the standard envelope. */
        201: {
          headers: {
            [name: string]: unknown;
            /** Address of the new draft version. */
            Location?: string;
          };
          content: {
            "application/json": Models.ArticleDetailResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The operation clashes with the resource's current state, for example a draft version that already exists. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/articles/{article_id}/publish": {
    /**
     * Publish a draft version
     *
     * Makes the draft named by `version_number` the live version that readers see; it replaces whichever version was published before. The number must belong to an existing draft.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the article; list a workspace's articles with `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.PublishRequest;
        };
      };
      responses: {
        /** Confirmation without data, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/articles/{article_id}/settings": {
    /**
     * Read an article's settings
     *
     * Returns the SEO fields, visibility and search flags, tags, status badge and related articles of an article. Settings differ per language: pass `lang_code` for anything but the default language. Change them with `updateArticleArticleSettings` without touching the content.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the article; list a workspace's articles with `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The article's settings, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleSettingsResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Change an article's settings
     *
     * Partially updates the settings for one language: send only what should change, for instance SEO title and description, search exclusions, comments, tags, status badge, related articles or content type. Needs the `UpdateArticles` permission and access to this article.
     */
    patch: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the article; list a workspace's articles with `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.UpdateArticleSettingsRequest;
        };
      };
      responses: {
        /** The settings after the change, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleSettingsResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/articles/{article_id}/unpublish": {
    /**
     * Unpublish an article
     *
     * Takes the version named by `version_number` off the site and turns it back into a draft; the content is kept. With a machine-to-machine token, also send `user_id`. Needs the `PublishArticles` permission; `UpdateArticles` is not enough.
     */
    post: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the article; list a workspace's articles with `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.UnpublishRequest;
        };
      };
      responses: {
        /** Confirmation without data, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/articles/{article_id}/versions": {
    /**
     * List an article's versions
     *
     * Pages through every version of the article, drafts and published alike, each with its status, creation time and author. Version numbers start at 1 and go up by one.
     */
    get: {
      parameters: {
        query?: {
          /** The `pagination.next_cursor` value from the previous page; when set, `page` is not used. */
          cursor?: string;
          /**
           * Pass `true` to have `pagination.total_count` filled in.
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * UUID of the article; list a workspace's articles with `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** One page of versions, with pagination details. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleVersionResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/articles/{article_id}/versions/{version_number}": {
    /**
     * Read one version of an article
     *
     * Fetches the content of an article as it stood in one numbered version; `getArticleArticleVersions` tells you which numbers exist. An unknown article or version number gives 404. In private or mixed-visibility projects, media links carry SAS tokens.
     */
    get: {
      parameters: {
        query?: {
          /**
           * `raw` (default) keeps placeholders and internal notes as saved, suitable for editing; `display` renders them for readers and must not be saved back as article content.
           *
           * @default "raw"
           */
          content_mode?: Models.ContentMode;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the article; list a workspace's articles with `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * Version to address, counting from 1; `getArticleArticleVersions` or `getCategoryCategoryVersions` shows which exist.
           *
           * @format int32
           */
          version_number: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** That version of the article, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleDetailResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Delete one version of an article
     *
     * Removes a single version for good. The live (published) version cannot be removed until the article is unpublished, and an article's last remaining version goes only by deleting the article itself with `deleteArticleArticle`.
     */
    delete: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the article; list a workspace's articles with `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * Version to address, counting from 1; `getArticleArticleVersions` or `getCategoryCategoryVersions` shows which exist.
           *
           * @format int32
           */
          version_number: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The version is gone; no body. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/articles/{article_id}/workflow-status": {
    /**
     * Move an article to a workflow status
     *
     * Sets the article's review workflow to another status, taken from `getProjectWorkflowStatuses`; which moves are allowed depends on how the project's workflow is configured. You may also name an assignee and a due date for the step.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the article; list a workspace's articles with `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.UpdateWorkflowRequest;
        };
      };
      responses: {
        /** Confirmation without data, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories": {
    /**
     * Create a category
     *
     * Adds a category to a workspace, optionally under a parent and with initial content in `markdown`, `wysiwyg` or `block` format. Needs the `UpdateCategories` permission; with an API (M2M) token, `user_id` is required. The slug is derived from the name, and a slug that is already taken is rejected with 422.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.CreateCategoryRequest;
        };
      };
      responses: {
        /** The new category's basic fields, in the standard envelope. */
        201: {
          headers: {
            [name: string]: unknown;
            /** URL of the new category. */
            Location?: string;
          };
          content: {
            "application/json": Models.CategorySimpleResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories/bulk": {
    /**
     * Create several categories at once
     *
     * Creates up to 100 categories from one request. Items are handled one by one, so some may fail while the rest succeed: check `success` and `details` on each entry. `createCategoryCategory` returns the new category itself, which this call does not.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.BulkCreateCategoryRequest;
        };
      };
      responses: {
        /** Per-item outcomes, in the standard envelope. */
        201: {
          headers: {
            [name: string]: unknown;
            /** URL the service reports for the created resources. */
            Location?: string;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories/bulk/content": {
    /**
     * Update the content of several categories
     *
     * Applies up to 100 content changes, each naming its own category and language, one after another. Every item can set `auto_fork` to get a draft forked when none exists. The response reports an outcome per item; `updateCategoryCategoryContent` gives more detailed errors for a single category.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.BulkUpdateCategoryContentV3Request;
        };
      };
      responses: {
        /** Per-item outcomes, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories/bulk/publish": {
    /**
     * Publish several categories at once
     *
     * Publishes up to 100 categories, given by id, in one call. Needs the `PublishArticles` permission. Each id is handled separately and gets its own `success` and `details` entry in the result; `bulkUnpublishCategoryCategories` is the reverse.
     */
    post: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.BulkIdsRequest;
        };
      };
      responses: {
        /** Per-item outcomes, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories/bulk/unpublish": {
    /**
     * Unpublish several categories at once
     *
     * Returns up to 100 published categories, given by id, to draft in one call. Needs the `PublishArticles` permission. Each id is handled separately and gets its own entry in the result; `bulkPublishCategoryCategories` is the reverse.
     */
    post: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.BulkIdsRequest;
        };
      };
      responses: {
        /** Per-item outcomes, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories/bulk/versions": {
    /**
     * Delete several versions of a category
     *
     * Removes the listed version numbers of one category as an all-or-nothing operation: either every version goes or none does. The category's last remaining version may not be among them. Needs the `DeleteCategories` permission.
     */
    delete: {
      parameters: {
        query?: {
          /**
           * Id of the category whose versions are deleted; the category itself remains.
           *
           * @format uuid
           */
          category_id?: string;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /** Numbers of the versions to delete, as listed by `getCategoryCategoryVersions`. */
          version_numbers?: number[];
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Per-item outcomes, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories/{category_id}": {
    /**
     * Read a category with its articles and subcategories
     *
     * Returns the category's metadata together with the articles and child categories nested under it; the body is not included (see `getCategoryCategoryContent`). Needs the `ViewCategories` permission and access to this category; a category you cannot see answers 404 just like a missing one.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the category; list a workspace's categories with `getWorkspaceCategories`.
           *
           * @format uuid
           */
          category_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The category, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategoryResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Delete a category permanently
     *
     * Removes the category for good, together with all its versions and the articles inside it; there is no undo. Needs the `DeleteCategories` permission and access to the category. To drop a single version instead, call `deleteCategoryCategoryVersion`.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the category; list a workspace's categories with `getWorkspaceCategories`.
           *
           * @format uuid
           */
          category_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The category is gone; there is no body. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Rename, reorder, move or hide a category
     *
     * Changes the category's metadata (name, position, parent, visibility, icon); properties you leave out keep their current values. Body and settings have their own calls, `updateCategoryCategoryContent` and `updateCategoryCategorySettings`. Returns the category's basic fields.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the category; list a workspace's categories with `getWorkspaceCategories`.
           *
           * @format uuid
           */
          category_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.UpdateCategoryRequest;
        };
      };
      responses: {
        /** The category's basic fields after the change, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategorySimpleResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories/{category_id}/content": {
    /**
     * Read a category's content
     *
     * Returns the category's body in one language. Without `published` you get the newest version even if it is a draft; with `published=true`, the most recent published one. `content_mode=display` expands snippets, variables and glossary terms, and media URLs carry SAS tokens in private or mixed-visibility projects.
     */
    get: {
      parameters: {
        query?: {
          /**
           * How the body is rendered. `raw` (the default) returns it as stored, with snippet, variable and glossary placeholders and internal notes intact, fit for editing and sending back. `display` expands those placeholders into HTML and drops internal notes, for read-only use; never save `display` output as content.
           *
           * @default "raw"
           */
          content_mode?: Models.ContentMode;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Set to `true` for the most recent published version; the default `false` gives the newest version even if it is a draft.
           *
           * @default false
           */
          published?: boolean;
        };
        header?: never;
        path: {
          /**
           * UUID of the category; list a workspace's categories with `getWorkspaceCategories`.
           *
           * @format uuid
           */
          category_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The category's content, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategoryContentResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Update a category's draft content
     *
     * Writes a new title and body into the category's latest draft in one language. If only a published version exists and `auto_fork` is `true`, a draft is forked from it first; with an API (M2M) token, `updated_by` is required. SAS tokens are stripped from media URLs on save, so content read in `raw` mode can be sent back unchanged.
     */
    patch: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the category; list a workspace's categories with `getWorkspaceCategories`.
           *
           * @format uuid
           */
          category_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.UpdateCategoryContentRequest;
        };
      };
      responses: {
        /** The saved content, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategoryContentResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories/{category_id}/fork": {
    /**
     * Fork a published category into a draft
     *
     * Copies the category's latest published version into a new draft and returns that draft's content. Answers 409 when a draft already exists. Edit the draft afterwards with `updateCategoryCategoryContent`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the category; list a workspace's categories with `getWorkspaceCategories`.
           *
           * @format uuid
           */
          category_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The new draft's content, in the standard envelope. */
        201: {
          headers: {
            [name: string]: unknown;
            /** URL of the new draft version. */
            Location?: string;
          };
          content: {
            "application/json": Models.CategoryContentResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The operation clashes with the resource's current state, for example a draft version that already exists. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories/{category_id}/publish": {
    /**
     * Publish a category version
     *
     * Makes the chosen version of the category visible to readers in one language. Needs the `PublishArticles` permission (`UpdateCategories` is not enough); with an API (M2M) token, `user_id` is required. `unpublishCategoryCategory` reverses it.
     */
    post: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the category; list a workspace's categories with `getWorkspaceCategories`.
           *
           * @format uuid
           */
          category_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.PublishRequest;
        };
      };
      responses: {
        /** Confirmation in the standard envelope, without data. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories/{category_id}/settings": {
    /**
     * Read a category's settings
     *
     * Returns the category's SEO fields (slug, SEO title, meta description), tags, search exclusions, status badge and acknowledgement setting for one language. Needs the `ViewCategories` permission; change them with `updateCategoryCategorySettings`.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the category; list a workspace's categories with `getWorkspaceCategories`.
           *
           * @format uuid
           */
          category_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The category's settings, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategorySettingsResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Update a category's settings
     *
     * Changes SEO fields, tags, search exclusions, the status badge (optionally with an expiry date) and the acknowledgement setting; properties you leave out keep their values. Reading the current values with `getCategoryCategorySettings` first avoids clearing something by accident. Returns the settings after the change.
     */
    patch: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the category; list a workspace's categories with `getWorkspaceCategories`.
           *
           * @format uuid
           */
          category_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.UpdateCategorySettingsRequest;
        };
      };
      responses: {
        /** The settings after the change, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategorySettingsResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories/{category_id}/unpublish": {
    /**
     * Unpublish a category
     *
     * Takes the category off the public knowledge base and returns it to draft, in one language. Needs the `PublishArticles` permission; with an API (M2M) token, `user_id` is required. Publish it again with `publishCategoryCategory`.
     */
    post: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the category; list a workspace's categories with `getWorkspaceCategories`.
           *
           * @format uuid
           */
          category_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.UnpublishRequest;
        };
      };
      responses: {
        /** Confirmation in the standard envelope, without data. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories/{category_id}/versions": {
    /**
     * List a category's versions
     *
     * Returns the category's versions in one language, each with its number, state, the version it was based on, and who created and last changed it. Results come in pages: use `page` and `page_size`, or pass the `pagination.next_cursor` of the previous page as `cursor`. Read a version's body with `getCategoryCategoryVersion`.
     */
    get: {
      parameters: {
        query?: {
          /** Opaque value from the previous page's `pagination.next_cursor`; when you pass it, `page` is ignored. */
          cursor?: string;
          /**
           * Set to `true` to have `pagination.total_count` filled in; off by default.
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * UUID of the category; list a workspace's categories with `getWorkspaceCategories`.
           *
           * @format uuid
           */
          category_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** One page of version summaries, in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategoryVersionResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories/{category_id}/versions/{version_number}": {
    /**
     * Read one version of a category
     *
     * Returns the body of the given version number in one language, with the same `content_mode` choices as `getCategoryCategoryContent`; in private or mixed-visibility projects, media URLs carry SAS tokens. Answers 404 when the category exists but that version does not; `getCategoryCategoryVersions` shows which numbers exist.
     */
    get: {
      parameters: {
        query?: {
          /**
           * How the body is rendered. `raw` (the default) returns it as stored, with snippet, variable and glossary placeholders and internal notes intact, fit for editing and sending back. `display` expands those placeholders into HTML and drops internal notes, for read-only use; never save `display` output as content.
           *
           * @default "raw"
           */
          content_mode?: Models.ContentMode;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the category; list a workspace's categories with `getWorkspaceCategories`.
           *
           * @format uuid
           */
          category_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * Version to address, counting from 1; `getArticleArticleVersions` or `getCategoryCategoryVersions` shows which exist.
           *
           * @format int32
           */
          version_number: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** That version's content, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategoryContentResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Delete one version of a category
     *
     * Removes a single version by number; a category's only remaining version cannot be deleted. Needs the `DeleteCategories` permission. Look up version numbers with `getCategoryCategoryVersions`, and use `deleteCategoryCategory` to remove the whole category.
     */
    delete: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the category; list a workspace's categories with `getWorkspaceCategories`.
           *
           * @format uuid
           */
          category_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * Version to address, counting from 1; `getArticleArticleVersions` or `getCategoryCategoryVersions` shows which exist.
           *
           * @format int32
           */
          version_number: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The version is gone; there is no body. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/categories/{category_id}/workflow-status": {
    /**
     * Move a category to another workflow status
     *
     * Sets the category's workflow status for a workspace and language, optionally with a due date, an assignee and a comment. Needs the `UpdateCategories` permission and a workflow set up for the project. It does not publish or unpublish anything; that is `publishCategoryCategory`.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the category; list a workspace's categories with `getWorkspaceCategories`.
           *
           * @format uuid
           */
          category_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.UpdateWorkflowRequest;
        };
      };
      responses: {
        /** Confirmation in the standard envelope, without data. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/document": {
    /**
     * Resolve a URL path to its article or category
     *
     * Finds the article or category at a relative URL path of the project, such as `/getting-started/webhooks`. By default the published version comes back prepared for display (rendered HTML); set `is_for_display` to `false` for raw content or `is_published` to `false` for the latest draft. The API does not declare the shape of `data`.
     */
    get: {
      parameters: {
        query: {
          /**
           * `true` (the default) for content prepared for readers, such as rendered HTML; `false` for the raw content.
           *
           * @default true
           */
          is_for_display?: boolean;
          /**
           * `true` (the default) for the published version; `false` for the latest draft.
           *
           * @default true
           */
          is_published?: boolean;
          /** Document path within the site, e.g. `/getting-started/webhooks`. */
          url: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The document found, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ObjectApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/drive/articles/{workspace_id}/{article_id}/files": {
    /**
     * List media URLs used by an article
     *
     * Returns the URLs of the drive files embedded in an article's content, for instance to audit media use or spot files nothing links to. Without `lang_code` the project's default language is read. In private or mixed projects the URLs carry a time-limited SAS token. Needs `ViewDrive`.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the article; list a workspace's articles with `getWorkspaceArticles`.
           *
           * @format uuid
           */
          article_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * UUID of the workspace; `getWorkspaceWorkspaces` returns the project's workspaces.
           *
           * @format uuid
           */
          workspace_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The file URLs, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.StringListApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/drive/folders": {
    /**
     * List the drive's folders
     *
     * Returns the drive's folders as a tree in which every folder lists its children under `sub_folders`. Paged with `page`/`page_size` or `cursor`. To see the files of one folder, call `getDriveFolder`. Needs `ViewDrive`.
     */
    get: {
      parameters: {
        query?: {
          /** Opaque token from `pagination.next_cursor` of the previous page; when it is set, `page` is ignored. */
          cursor?: string;
          /**
           * Set to `true` to have `pagination.total_count` filled in.
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** One page of folders, in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.FolderResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Create a drive folder
     *
     * Creates a folder at the top of the drive, or inside another folder when `parent_folder_id` is set. Answers 201 with the new folder and a `Location` header pointing at it. Needs `UpdateDrive`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.CreateFolderRequest;
        };
      };
      responses: {
        /** The new folder, in the standard envelope. */
        201: {
          headers: {
            [name: string]: unknown;
            /** URL of the new folder. */
            Location?: string;
          };
          content: {
            "application/json": Models.FolderResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/drive/folders/default": {
    /**
     * Find the default upload folder
     *
     * Returns the folder configured as the project's default, or the first top-level folder when no default is configured; answers 404 if the drive has no folders. Useful for choosing a `folder_id` for `uploadDriveFile`. Needs `ViewDrive`.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The default folder, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.FolderResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/drive/folders/{folder_id}": {
    /**
     * Read a folder with a page of its files
     *
     * Returns the folder's metadata, its complete subfolder tree and one page of its files. `page` and `page_size` page through the files only; their paging state is in `files_pagination`. File links carry a short-lived SAS token when the project is private or mixed. Needs `ViewDrive`.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * Id of the folder, as returned by `getDriveFolders`.
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The folder and one page of its files, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.FolderDetailResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Update a folder
     *
     * Renames a folder, recolors it, stars or unstars it, or changes its position among its siblings. Send only the fields to change; the others keep their values. Needs `UpdateDrive`; the reply is an envelope without data.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * Id of the folder to change, as returned by `getDriveFolders`.
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.UpdateFolderRequest;
        };
      };
      responses: {
        /** Folder updated; an envelope without data. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Delete a folder and its contents
     *
     * Removes the folder for good, together with every file and subfolder inside it; this cannot be undone. Needs `DeleteDrive` and answers 204 with no body.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * Id of the folder to remove; its files and subfolders go with it.
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Folder removed; no content. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/drive/folders/{folder_id}/files": {
    /**
     * Upload a file into a folder
     *
     * Sends one file as `multipart/form-data`, in the form field `file`, and stores it in the folder. Answers 201 with the new file's metadata (dimensions and thumbnail included) and a `Location` header; in private or mixed projects the links carry a time-limited SAS token. Needs `UpdateDrive`; `getDriveDefaultFolder` can supply a `folder_id`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * Id of the folder to store the file in.
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "multipart/form-data": {
            /**
             * Content of the file to upload (a `Blob` in the client).
             *
             * @format binary
             */
            file: globalThis.Blob;
          };
        };
      };
      responses: {
        /** The uploaded file's metadata, in the standard envelope. */
        201: {
          headers: {
            [name: string]: unknown;
            /** URL of the uploaded file. */
            Location?: string;
          };
          content: {
            "application/json": Models.FileResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}": {
    /**
     * Read a drive file's metadata
     *
     * Returns one file's metadata: name, type, link, size, image dimensions, tags, thumbnail and alt text. `folder_id` must be the folder the file is in now, or the call answers 404. In private or mixed projects the links carry a time-limited SAS token. Needs `ViewDrive`.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * Id of the file, as found in `getDriveFolder` or `searchDrive` results.
           *
           * @format uuid
           */
          file_id: string;
          /**
           * Id of the folder that currently holds the file.
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The file's metadata, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.FileResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Move a file to another folder
     *
     * Relocates the file into the folder named by `folder_id` in the path, which is the target, not the current folder; no body is sent. The file keeps its id and metadata. Needs `UpdateDrive`; answers 404 when the file or the target folder is unknown.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * Id of the file to move.
           *
           * @format uuid
           */
          file_id: string;
          /**
           * Target folder: where the file ends up.
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** File moved; an envelope without data. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Delete a drive file
     *
     * Removes the file for good. Articles that embed it are not updated, so their references to it break. Needs `DeleteDrive` and answers 204 with no body.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * Id of the file to remove.
           *
           * @format uuid
           */
          file_id: string;
          /**
           * Id of the folder that holds the file.
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** File removed; no content. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/copy": {
    /**
     * Duplicate a file into another folder
     *
     * Makes a copy of the file, with a new id, in the folder given by `destination_folder_id`; the original stays where it is. Answers 201 with a `Location` header and an envelope without data. Needs `UpdateDrive`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * Id of the file to duplicate.
           *
           * @format uuid
           */
          file_id: string;
          /**
           * Id of the folder that holds the original file.
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.CopyFileRequest;
        };
      };
      responses: {
        /** Copy made; an envelope without data. */
        201: {
          headers: {
            [name: string]: unknown;
            /** URL of the new copy. */
            Location?: string;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags": {
    /**
     * Tag a drive file
     *
     * Attaches the given tag names to a file; names the file already carries are skipped and names not seen before become new tags. Tags can later narrow `searchDrive` through `filter_tags`. Needs the `UpdateDrive` permission; the reply is an envelope with no `data`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * Id of the file to tag.
           *
           * @format uuid
           */
          file_id: string;
          /**
           * Id of the folder that holds the file.
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.AddTagsRequest;
        };
      };
      responses: {
        /** Tags attached; an envelope without data. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Remove tags from a drive file
     *
     * Detaches the tags listed in the `tag_ids` query parameter from the file; ids the file does not carry are ignored. Needs the `DeleteDrive` permission and answers 204 with no body.
     */
    delete: {
      parameters: {
        query?: {
          /** Ids of the tags to detach, taken from the file's `tags[].id`. */
          tag_ids?: string[];
        };
        header?: never;
        path: {
          /**
           * Id of the file to untag.
           *
           * @format uuid
           */
          file_id: string;
          /**
           * Id of the folder that holds the file.
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Tags detached; no content. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/drive/search": {
    /**
     * Search drive files
     *
     * Finds files by name with `search_keyword`, optionally narrowed to certain uploaders, an update date range, certain tags, or images only. Results are paginated; in private or mixed projects the links carry a time-limited SAS token. Needs `ViewDrive`.
     */
    get: {
      parameters: {
        query?: {
          /**
           * When `true`, only image files are returned.
           *
           * @default false
           */
          allow_images_only?: boolean;
          /** Opaque token from `pagination.next_cursor` of the previous page; when it is set, `page` is ignored. */
          cursor?: string;
          /**
           * Keep only files updated at or after this moment.
           *
           * @format date-time
           */
          filter_from_date?: string;
          /** Keep only files carrying these tags (tag ids). */
          filter_tags?: string[];
          /**
           * Keep only files updated at or before this moment.
           *
           * @format date-time
           */
          filter_to_date?: string;
          /**
           * Set to `true` to have `pagination.total_count` filled in.
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /** Words to match against file and folder names. */
          search_keyword?: string;
          /** Keep only files uploaded by these users (user ids). */
          user_ids?: string[];
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** One page of matching files, in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.FileResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/drive/tasks/{task_id}": {
    /**
     * Read a drive task's status
     *
     * Reports how far a background drive task (a bulk upload, for example) has got, by its id. Poll it until `status` says the task is finished. Needs `ViewDrive`.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * Id of the background task, as handed out by the operation that started it.
           *
           * @format uuid
           */
          task_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The task's state, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.TaskStatusResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
     * Queues a background job that packages a workspace's content in the chosen format and answers `202 Accepted` at once with the job's id. Follow it with `getProjectExportStatus` (the `Operation-Location` header holds its URL) until it reaches a final state. Needs `UpdateProjectSettings`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.ExportRequest;
        };
      };
      responses: {
        /** The export job was accepted; the envelope holds its id and initial state. */
        202: {
          headers: {
            [name: string]: unknown;
            /** URL of the export's status resource, to poll. */
            "Operation-Location"?: string;
          };
          content: {
            "application/json": Models.ExportStatusResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
     * Reports where an export started with `createProjectExport` stands. Once it has finished successfully, `download_url` is set; in private or mixed projects that link carries a SAS token that stops working 30 minutes after it is issued. Needs `ViewProjectSettings`.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the export job, as returned in `data.id` by `createProjectExport`.
           *
           * @format uuid
           */
          export_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
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
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/imports": {
    /**
     * Start importing external documentation
     *
     * Queues a background job that imports documentation from `source_documentation_url` and answers `202 Accepted` at once with the job's id; follow it with `getProjectImportStatus`. With `publish_article` set to `true` the imported articles go live, otherwise they stay drafts. Needs `UpdateProjectSettings`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.ImportRequest;
        };
      };
      responses: {
        /** The import job was accepted; the envelope holds its id and initial state. */
        202: {
          headers: {
            [name: string]: unknown;
            /** URL of the import's status resource, to poll. */
            "Operation-Location"?: string;
          };
          content: {
            "application/json": Models.ImportStatusResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/imports/{import_id}": {
    /**
     * Check the progress of a project import
     *
     * Reports where an import started with `createProjectImport` stands. Answers 404 when the id is unknown or belongs to another project. Needs `ViewProjectSettings`.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the import job, as returned in `data.id` by `createProjectImport`.
           *
           * @format uuid
           */
          import_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Current state of the import job, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ImportStatusResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/languages": {
    /**
     * List a workspace's languages
     *
     * Pages through the languages set up for one workspace; leave out `workspace_id` to get those of the project's default workspace. A workspace with no languages configured yields an empty `data` array. Page with `page`/`page_size` or follow `pagination.next_cursor` via `cursor`.
     */
    get: {
      parameters: {
        query?: {
          /** The `pagination.next_cursor` value from the previous page; when set, `page` is not used. */
          cursor?: string;
          /**
           * Pass `true` to have `pagination.total_count` filled in.
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /**
           * Workspace whose languages to list, as returned by `getWorkspaceWorkspaces`; omit it for the default workspace.
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** One page of languages, with pagination details. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.LanguageResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/license": {
    /**
     * Read the project's seat usage
     *
     * Reports how many team-account seats the project uses and how many its plan allows, so you can check for a free seat before calling `createUserUser`. When the server cannot read the project's plan, both counts come back as `0`.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Seat usage for the project, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.LicenseUsageResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/readers": {
    /**
     * List the project's readers
     *
     * Pages through the readers of the project (people who sign in to read a private knowledge base), optionally narrowed by `search_email`. Page by number with `page` and `page_size`, or pass `pagination.next_cursor` back as `cursor`. The service loads all readers before cutting out a page, so projects with very many readers may answer slowly.
     */
    get: {
      parameters: {
        query?: {
          /** Opaque cursor taken from `pagination.next_cursor` of the previous page; when set, `page` is ignored. */
          cursor?: string;
          /**
           * Set to true to have `pagination.total_count` filled in; off by default.
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /** Email address to filter the readers by. */
          search_email?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** One page of readers plus pagination details. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ReaderResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Invite a new reader
     *
     * Creates a reader with the given access scope and optional groups, and emails them an invitation. With an API (M2M) token, set `invited_by` to the id of the team user doing the inviting, because such a token carries no user identity. For SSO sign-in, set `is_sso_user` and give the scheme in `scheme_name`. Needs the `UpdateRolesAccountsAndGroups` permission.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.CreateReaderRequest;
        };
      };
      responses: {
        /** The new reader, in the standard envelope. */
        201: {
          headers: {
            [name: string]: unknown;
            /** URL of the newly created reader. */
            Location?: string;
          };
          content: {
            "application/json": Models.ReaderResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/readers/groups": {
    /**
     * List reader groups
     *
     * Returns the project's reader groups with id, title and description only; members and access scope are not filled in here, so fetch one group with `getReaderReaderGroup` to see them. At present the service sends every group in one response, although the usual paging parameters are accepted.
     */
    get: {
      parameters: {
        query?: {
          /** Opaque cursor taken from `pagination.next_cursor` of the previous page; when set, `page` is ignored. */
          cursor?: string;
          /**
           * Set to true to have `pagination.total_count` filled in; off by default.
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The reader groups, with pagination details. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ReaderGroupResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Create a reader group
     *
     * Creates a reader group with a title and an access scope that applies to all its members, optionally filling it with readers and pending SSO invitations right away. The `Location` header points at the new group. Needs the `UpdateRolesAccountsAndGroups` permission.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.CreateReaderGroupRequest;
        };
      };
      responses: {
        /** The new group, in the standard envelope. */
        201: {
          headers: {
            [name: string]: unknown;
            /** URL of the newly created reader group. */
            Location?: string;
          };
          content: {
            "application/json": Models.ReaderGroupResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/readers/groups/{group_id}": {
    /**
     * Read a reader group
     *
     * Returns one reader group with its access scope and members: reader ids in `associated_readers`, and ids of SSO invitations not yet accepted in `associated_invited_sso_users`. Answers 404 for an unknown group id.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * Id of the reader group, as listed by `getReaderReaderGroups`.
           *
           * @format uuid
           */
          group_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The reader group, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ReaderGroupResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Update a reader group
     *
     * Overwrites the group's title, description, members and access scope with what you send; leaving out `associated_readers` empties the member list. To keep current values, read the group with `getReaderReaderGroup` first and send them back. Needs the `UpdateRolesAccountsAndGroups` permission.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * Id of the reader group, as listed by `getReaderReaderGroups`.
           *
           * @format uuid
           */
          group_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.UpdateReaderGroupRequest;
        };
      };
      responses: {
        /** The updated group, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ReaderGroupResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Delete a reader group
     *
     * Deletes the reader group permanently. Its readers stay in the project and simply lose this membership. Needs the `UpdateRolesAccountsAndGroups` permission; answers 204, or 404 when there is no such group.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * Id of the group to delete, as listed by `getReaderReaderGroups`.
           *
           * @format uuid
           */
          group_id: string;
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The group was deleted; the body is empty. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/readers/jwt": {
    /**
     * Delete JWT readers by email
     *
     * Removes the JWT-authenticated readers with the given addresses and anonymizes their analytics data, so it no longer points to those people. Send each address as its own `email_ids` value; an empty or missing list changes nothing and still answers 204. Needs the `UpdateRolesAccountsAndGroups` permission.
     */
    delete: {
      parameters: {
        query?: {
          /** The JWT readers' email addresses; repeat the parameter once per address. */
          email_ids?: string[];
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Done; the body is empty. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/readers/{reader_id}": {
    /**
     * Update a reader's name, groups and scope
     *
     * Changes a reader's name, group memberships and access scope; the groups and scope you send replace the current ones. With `is_invitation_id` false, fields you leave out keep their stored values, and an unknown id answers 404. For an SSO reader who has not signed in yet, pass the invitation id as `reader_id` and set `is_invitation_id` to true. Needs the `UpdateRolesAccountsAndGroups` permission.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * Id of the reader, as listed by `getReaderReaders`; or the id of a pending SSO invitation when `is_invitation_id` is true.
           *
           * @format uuid
           */
          reader_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.UpdateReaderRequest;
        };
      };
      responses: {
        /** The updated reader, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ReaderResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Delete a reader
     *
     * Removes the reader from the project permanently; to let them back in you have to invite them again. Needs the `UpdateRolesAccountsAndGroups` permission and answers 204 with an empty body. To remove JWT readers by email address instead, use `deleteReaderJwtReaders`.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * Id of the reader to delete, as listed by `getReaderReaders`.
           *
           * @format uuid
           */
          reader_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The reader was deleted; the body is empty. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/sso-schemes": {
    /**
     * List the project's SSO schemes
     *
     * Pages through the single sign-on schemes configured for the project, giving the name and display name of each. A project without SSO yields an empty list rather than an error. Needs `ViewProjectSettings`.
     */
    get: {
      parameters: {
        query?: {
          /** Opaque token from `pagination.next_cursor` of the previous page; when it is set, `page` is ignored. */
          cursor?: string;
          /**
           * Set to `true` to have `pagination.total_count` filled in.
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** One page of SSO schemes, in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.SsoSchemeResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/translations": {
    /**
     * List articles by translation status
     *
     * Finds the articles of a workspace whose translation into `lang_code` is in the given `status`, for example every article still waiting for a translator. All matches come back in one array (no paging); nothing matching gives an empty array. Needs the `ViewArticles` permission.
     */
    get: {
      parameters: {
        query?: {
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Translation state to filter on; see `LanguageTranslationOption` for the values.
           *
           * @default "needTranslation"
           */
          status?: Models.LanguageTranslationOption;
          /**
           * Workspace to look in, as returned by `getWorkspaceWorkspaces`.
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The matching articles, all at once, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.TranslationArticleResponseListApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/users": {
    /**
     * List the project's team users
     *
     * Pages through the team account users of the project (staff who work on the knowledge base, not readers). Narrow the list with `search`, which matches names and email addresses. Page by number with `page` and `page_size`, or pass `pagination.next_cursor` back as `cursor`.
     */
    get: {
      parameters: {
        query?: {
          /** Opaque cursor taken from `pagination.next_cursor` of the previous page; when set, `page` is ignored. */
          cursor?: string;
          /**
           * Set to true to have `pagination.total_count` filled in; off by default.
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /** Text matched against user names and email addresses. */
          search?: string;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** One page of users plus pagination details. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.UserResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Invite a new team user
     *
     * Creates a team account user with a portal role, content permissions and optional groups, and emails them an invitation; `checkUserEmailAvailability` tells you beforehand whether the address is free. With an API (M2M) token, set `invited_by` to the id of the inviting user, because such a token carries no user identity. For SSO sign-in, set `is_sso_user` and give the scheme in `scheme_name`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.CreateUserRequest;
        };
      };
      responses: {
        /** The id of the new user, in the standard envelope. */
        201: {
          headers: {
            [name: string]: unknown;
            /** URL of the newly created user. */
            Location?: string;
          };
          content: {
            "application/json": Models.AddUserResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/users/email-availability": {
    /**
     * Check if an email can be invited
     *
     * Tells you whether an address is still free for a new team user invitation; it counts as taken when a user of this project already has it. Call it before `createUserUser` to avoid a failed invite. Set `is_an_sso_user` to compare against SSO users only.
     */
    get: {
      parameters: {
        query: {
          /** Email address you plan to invite. */
          email: string;
          /**
           * When true, only SSO users are compared against the address.
           *
           * @default false
           */
          is_an_sso_user?: boolean;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Whether the address is free, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.EmailAvailabilityResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/users/groups": {
    /**
     * List team user groups
     *
     * Returns the team user groups of the project, each with id, title and description. Use the ids with `editUserUserGroups`, or in `associated_groups` when inviting a user. At present the service sends every group in one response, although the usual paging parameters are accepted.
     */
    get: {
      parameters: {
        query?: {
          /** Opaque cursor taken from `pagination.next_cursor` of the previous page; when set, `page` is ignored. */
          cursor?: string;
          /**
           * Set to true to have `pagination.total_count` filled in; off by default.
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The user groups, with pagination details. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.UserGroupResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/users/me": {
    /**
     * Read the calling user's own profile
     *
     * Returns the profile of whoever the access token belongs to, with portal role, content roles and groups, so you can confirm identity and permissions without knowing a user id first. Answers 404 if that person is not a member of the project.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The caller's profile, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.UserDetailResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/users/roles": {
    /**
     * List portal and content roles
     *
     * Returns the roles defined in the project, both built-in and custom, for portal and content use alike; `role_type` tells the two kinds apart and `is_system_role` marks the built-in ones. Pass these ids as `associated_portal_role_id` or `associated_content_role_id` when inviting a user or changing their roles.
     */
    get: {
      parameters: {
        query?: {
          /** Opaque cursor taken from `pagination.next_cursor` of the previous page; when set, `page` is ignored. */
          cursor?: string;
          /**
           * Set to true to have `pagination.total_count` filled in; off by default.
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The roles, with pagination details. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.RoleResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/users/{user_id}": {
    /**
     * Read a team user's full profile
     *
     * Looks up one team account user by id and returns the complete record: portal role, content roles with the level each is scoped to, and group memberships, wrapped in the standard envelope. Answers 404 when no user of this project has that id; for the caller's own record use `getUserCurrentUser`.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * Id of the team account user, as listed by `getUserUsers`.
           *
           * @format uuid
           */
          user_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The user's profile, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.UserDetailResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
    /**
     * Remove a team user from the project
     *
     * Deletes the team account user for good: their access ends at once and there is no undo. To bring the person back, invite them again with `createUserUser`. Needs the `UpdateRolesAccountsAndGroups` permission and answers 204 with an empty body.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * Id of the team account user to remove, as listed by `getUserUsers`.
           *
           * @format uuid
           */
          user_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The user was removed; the body is empty. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/users/{user_id}/content-role": {
    /**
     * Replace a user's content permissions
     *
     * Sets the user's content roles and the scope each one covers, such as particular workspaces, categories or languages. The list you send replaces every assignment the user had. Content role ids come from `getUserRoles`; needs the `UpdateRolesAccountsAndGroups` permission.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * Id of the team account user, as listed by `getUserUsers`.
           *
           * @format uuid
           */
          user_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.EditContentRoleRequest;
        };
      };
      responses: {
        /** The content permissions were replaced; an envelope without data. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/users/{user_id}/groups": {
    /**
     * Replace a user's group memberships
     *
     * Makes the user a member of exactly the groups listed and drops any others; an empty array takes them out of every group. Group ids come from `getUserUserGroups`. Needs the `UpdateRolesAccountsAndGroups` permission.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * Id of the team account user, as listed by `getUserUsers`.
           *
           * @format uuid
           */
          user_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.EditUserGroupsRequest;
        };
      };
      responses: {
        /** The memberships were updated; an envelope without data. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/users/{user_id}/portal-role": {
    /**
     * Change a user's portal role
     *
     * Swaps the user's current portal role for the one you pass; the change applies right away. Choose a role whose `role_type` is `Portal` from `getUserRoles`. Needs the `UpdateRolesAccountsAndGroups` permission; the reply is an envelope without data.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * Id of the team account user, as listed by `getUserUsers`.
           *
           * @format uuid
           */
          user_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.EditPortalRoleRequest;
        };
      };
      responses: {
        /** The role was changed; an envelope without data. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/workflow-statuses": {
    /**
     * List the project's workflow statuses
     *
     * Pages through the workflow statuses defined for the project, each with its name, description and read-only flag. A project without a workflow yields an empty list rather than an error. Needs `ViewProjectSettings`.
     */
    get: {
      parameters: {
        query?: {
          /** Opaque token from `pagination.next_cursor` of the previous page; when it is set, `page` is ignored. */
          cursor?: string;
          /**
           * Set to `true` to have `pagination.total_count` filled in.
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** One page of workflow statuses, in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.WorkflowStatusResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/workspaces": {
    /**
     * List a project's workspaces
     *
     * Returns the project's workspaces one page at a time, each with its name, slug, type and default flag. Continue with `page` or with the cursor in `pagination.next_cursor`.
     */
    get: {
      parameters: {
        query?: {
          /** Cursor from `pagination.next_cursor` of the previous page; when set, `page` is ignored. */
          cursor?: string;
          /**
           * Set to `true` to have `pagination.total_count` filled in (off by default).
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** A page of workspaces, in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.WorkspaceResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/workspaces/ai/feedback": {
    /**
     * Rate an AI search answer
     *
     * Records whether an answer from `postWorkspaceAiQuery` was helpful, optionally with a comment. `query_id` names the answered query. The feedback is stored asynchronously; the reply is a bare envelope with no data.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.AiFeedbackRequest;
        };
      };
      responses: {
        /** Empty envelope confirming the feedback was accepted. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/workspaces/ai/query": {
    /**
     * Ask the AI assistive search a question
     *
     * Sends a plain-language question to the AI assistive search, which answers from the documentation of the given workspace and lists the articles it used. Both `query` and `workspace_id` must be non-empty, or the call fails with 422. Rate an answer afterwards with `postWorkspaceAiFeedback`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Models.AiQueryRequest;
        };
      };
      responses: {
        /** The generated answer and its source articles, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.AiQueryResponseApiResponse;
          };
        };
        /** The request could not be read, typically because the JSON body is malformed. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The request was read but a value is not acceptable, for example a date range that ends before it starts; `errors[].field` names the culprit. */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/workspaces/{workspace_id}": {
    /**
     * Read one workspace
     *
     * Returns a single workspace, including its default language and whether right-to-left layout is on. Responds with 404 when the id does not belong to a workspace of this project; ids come from `getWorkspaceWorkspaces`.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * UUID of the workspace; `getWorkspaceWorkspaces` returns the project's workspaces.
           *
           * @format uuid
           */
          workspace_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The workspace, in the standard envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.WorkspaceDetailResponseApiResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Nothing with the given id exists in this project, or it has been deleted. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/workspaces/{workspace_id}/api-references": {
    /**
     * List a workspace's API references
     *
     * Returns the API reference definitions (imported OpenAPI or Swagger documents) that live in the workspace, each with its name and upload type. The vendor notes that all of them currently come back in one response. For the import history of one definition, call `getApiReferenceApiReferenceLogs`.
     */
    get: {
      parameters: {
        query?: {
          /** Cursor from `pagination.next_cursor` of the previous page; when set, `page` is ignored. */
          cursor?: string;
          /**
           * Set to `true` to have `pagination.total_count` filled in (off by default).
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * UUID of the workspace; `getWorkspaceWorkspaces` returns the project's workspaces.
           *
           * @format uuid
           */
          workspace_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The API references, in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiReferenceSummaryResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/workspaces/{workspace_id}/articles": {
    /**
     * List the articles in a workspace
     *
     * Returns short article records (id, title, category, order, hidden flag) for one workspace, paged with `page_size` up to 100; without `lang_code` the project's default language applies. The server pages in memory, so very large workspaces can answer slowly. Fetch an article's content with `getArticleArticle`.
     */
    get: {
      parameters: {
        query?: {
          /** Cursor from `pagination.next_cursor` of the previous page; when set, `page` is ignored. */
          cursor?: string;
          /**
           * Set to `true` to have `pagination.total_count` filled in (off by default).
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * UUID of the workspace; `getWorkspaceWorkspaces` returns the project's workspaces.
           *
           * @format uuid
           */
          workspace_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** A page of article summaries, in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleSummaryResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
  "/v3/projects/{project_id}/workspaces/{workspace_id}/categories": {
    /**
     * Read a workspace's category tree
     *
     * Returns the workspace's categories as a tree: top-level entries carry their subcategories in `child_categories`. Articles are not part of the result (see `getWorkspaceArticles`), and without `lang_code` the project's default language is used. According to the vendor the whole tree currently arrives in one response.
     */
    get: {
      parameters: {
        query?: {
          /** Cursor from `pagination.next_cursor` of the previous page; when set, `page` is ignored. */
          cursor?: string;
          /**
           * Set to `true` to have `pagination.total_count` filled in (off by default).
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * Language code, two lowercase letters with an optional region (`en`, `fr`, `pt-BR`). When omitted, the project's main language applies.
           *
           * @example "de-DE"
           */
          lang_code?: string;
          /**
           * Page to return, counting from 1 (default 1).
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * Items per page, from 1 to 100 (default 25).
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * UUID of the project; `getProjectProjects` returns the projects your token can reach.
           *
           * @format uuid
           */
          project_id: string;
          /**
           * UUID of the workspace; `getWorkspaceWorkspaces` returns the project's workspaces.
           *
           * @format uuid
           */
          workspace_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The category tree, in the paginated envelope. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategorySummaryResponsePaginatedResponse;
          };
        };
        /** No valid bearer token was sent (missing, malformed, expired or revoked). */
        401: {
          headers: {
            [name: string]: unknown;
            /** Challenge for the `Bearer` scheme, possibly with `error` and `error_description` parameters as defined by RFC 6750. */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** Rate limit reached for this token and project; wait as `Retry-After` says before retrying. */
        429: {
          headers: {
            [name: string]: unknown;
            /** Seconds to wait before sending the call again; add jitter when many clients retry. */
            "Retry-After"?: number;
            /** Calls allowed in the current window for this token and project. */
            "X-RateLimit-Limit"?: number;
            /** Calls still allowed in the current window; at 0, further calls get 429 until the window resets. */
            "X-RateLimit-Remaining"?: number;
            /** End of the current window, as Unix time in seconds (UTC). */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** The server failed unexpectedly; retry later and quote `trace_id` if you contact support. */
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
