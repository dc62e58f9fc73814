// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import type * as Models from "./models.js";

/** Every route of the API, for the raw openapi-fetch client. */
export interface paths {
  "/v3/projects": {
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ProjectResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ProjectResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.MostReferencedArticleResponseListApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.AISearchSummaryResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.AISearchTimelineResponseListApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.TrendingTopicResponseListApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CountryVisitsResponseListApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.MostReadArticleResponseListApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticlePerformanceResponseListApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleAnalyticsSummaryResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /**
           * (to be written)
           *
           * @default "views"
           */
          sort_by?: string;
          /**
           * (to be written)
           *
           * @default "desc"
           */
          sort_order?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.TopArticleResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /**
           * (to be written)
           *
           * @default "views"
           */
          sort_by?: string;
          /**
           * (to be written)
           *
           * @default "desc"
           */
          sort_order?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.TopCategoryResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.IndividualArticleAnalyticsResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @default "all"
           */
          article_type?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /**
           * (to be written)
           *
           * @default "totalFeedbacks"
           */
          sort_by?: string;
          /**
           * (to be written)
           *
           * @default "desc"
           */
          sort_order?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleFeedbackResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.FeedbackMetricsSummaryResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.FeedbackTimelineResponseListApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /** (to be written) */
          search_text?: string;
          /**
           * (to be written)
           *
           * @default "count"
           */
          sort_by?: string;
          /**
           * (to be written)
           *
           * @default "desc"
           */
          sort_order?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.SearchKeywordResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /** (to be written) */
          search_text?: string;
          /**
           * (to be written)
           *
           * @default "count"
           */
          sort_by?: string;
          /**
           * (to be written)
           *
           * @default "desc"
           */
          sort_order?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.SearchKeywordResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.SearchAnalyticsSummaryResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format date-time
           */
          end_date?: string;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          start_date?: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.SearchTimelineDataPointListApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        202: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Operation-Location"?: string;
          };
          content: {
            "application/json": Models.ImportApiReferenceResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          api_reference_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiReferenceLogResponseListApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          api_reference_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          log_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiReferenceLogDetailResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        201: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            Location?: string;
          };
          content: {
            "application/json": Models.ArticleDetailResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        201: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            Location?: string;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    delete: {
      parameters: {
        query: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /** (to be written) */
          lang_code?: string;
          /** (to be written) */
          version_numbers: number[];
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @default "raw"
           */
          content_mode?: ("raw" | "display") & Models.ContentMode;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          published?: boolean;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleDetailResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    patch: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleDetailResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        201: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            Location?: string;
          };
          content: {
            "application/json": Models.ArticleDetailResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleSettingsResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    patch: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleSettingsResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleVersionResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @default "raw"
           */
          content_mode?: ("raw" | "display") & Models.ContentMode;
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
           *
           * @format int32
           */
          version_number: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleDetailResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    delete: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
           *
           * @format int32
           */
          version_number: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        201: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            Location?: string;
          };
          content: {
            "application/json": Models.CategorySimpleResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        201: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            Location?: string;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    delete: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id?: string;
          /** (to be written) */
          lang_code?: string;
          /** (to be written) */
          version_numbers?: number[];
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.BulkOperationResultListApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategoryResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategorySimpleResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @default "raw"
           */
          content_mode?: ("raw" | "display") & Models.ContentMode;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          published?: boolean;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategoryContentResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    patch: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategoryContentResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        201: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            Location?: string;
          };
          content: {
            "application/json": Models.CategoryContentResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategorySettingsResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    patch: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategorySettingsResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategoryVersionResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @default "raw"
           */
          content_mode?: ("raw" | "display") & Models.ContentMode;
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
           *
           * @format int32
           */
          version_number: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategoryContentResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    delete: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
           *
           * @format int32
           */
          version_number: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          category_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query: {
          /**
           * (to be written)
           *
           * @default true
           */
          is_for_display?: boolean;
          /**
           * (to be written)
           *
           * @default true
           */
          is_published?: boolean;
          /** (to be written) */
          url: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ObjectApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          article_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.StringListApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.FolderResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        201: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            Location?: string;
          };
          content: {
            "application/json": Models.FolderResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.FolderResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.FolderDetailResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * (to be written)
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
             * (to be written)
             *
             * @format binary
             */
            file: globalThis.Blob;
          };
        };
      };
      responses: {
        /** (to be written) */
        201: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            Location?: string;
          };
          content: {
            "application/json": Models.FileResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          file_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.FileResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          file_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          file_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          file_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        201: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            Location?: string;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          file_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    delete: {
      parameters: {
        query?: {
          /** (to be written) */
          tag_ids?: string[];
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          file_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          folder_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /**
           * (to be written)
           *
           * @default false
           */
          allow_images_only?: boolean;
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @format date-time
           */
          filter_from_date?: string;
          /** (to be written) */
          filter_tags?: string[];
          /**
           * (to be written)
           *
           * @format date-time
           */
          filter_to_date?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /** (to be written) */
          search_keyword?: string;
          /** (to be written) */
          user_ids?: string[];
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.FileResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          task_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.TaskStatusResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        202: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Operation-Location"?: string;
          };
          content: {
            "application/json": Models.ExportStatusResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          export_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ExportStatusResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        202: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Operation-Location"?: string;
          };
          content: {
            "application/json": Models.ImportStatusResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          import_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ImportStatusResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.LanguageResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.LicenseUsageResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /** (to be written) */
          search_email?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ReaderResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        201: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            Location?: string;
          };
          content: {
            "application/json": Models.ReaderResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ReaderGroupResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        201: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            Location?: string;
          };
          content: {
            "application/json": Models.ReaderGroupResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          group_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ReaderGroupResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          group_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ReaderGroupResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          group_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    delete: {
      parameters: {
        query?: {
          /** (to be written) */
          email_ids?: string[];
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ReaderResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          reader_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.SsoSchemeResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @default 1
           */
          status?: ("none" | "needTranslation" | "translated" | "inProgress") &
            Models.LanguageTranslationOption;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.TranslationArticleResponseListApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
          /** (to be written) */
          search?: string;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.UserResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        201: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            Location?: string;
          };
          content: {
            "application/json": Models.AddUserResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query: {
          /** (to be written) */
          email: string;
          /**
           * (to be written)
           *
           * @default false
           */
          is_an_sso_user?: boolean;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.EmailAvailabilityResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.UserGroupResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.UserDetailResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.RoleResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          user_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.UserDetailResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          user_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.WorkflowStatusResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.WorkspaceResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
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
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.AiQueryResponseApiResponse;
          };
        };
        /** (to be written) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.WorkspaceDetailResponseApiResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ApiReferenceSummaryResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.ArticleSummaryResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
    /** (to be written) */
    get: {
      parameters: {
        query?: {
          /** (to be written) */
          cursor?: string;
          /**
           * (to be written)
           *
           * @default false
           */
          include_total_count?: boolean;
          /** (to be written) */
          lang_code?: string;
          /**
           * (to be written)
           *
           * @format int32
           * @default 1
           */
          page?: number;
          /**
           * (to be written)
           *
           * @format int32
           * @default 25
           */
          page_size?: number;
        };
        header?: never;
        path: {
          /**
           * (to be written)
           *
           * @format uuid
           */
          project_id: string;
          /**
           * (to be written)
           *
           * @format uuid
           */
          workspace_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** (to be written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": Models.CategorySummaryResponsePaginatedResponse;
          };
        };
        /** (to be written) */
        401: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "WWW-Authenticate"?: string;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
        429: {
          headers: {
            [name: string]: unknown;
            /** (to be written) */
            "Retry-After"?: number;
            /** (to be written) */
            "X-RateLimit-Limit"?: number;
            /** (to be written) */
            "X-RateLimit-Remaining"?: number;
            /** (to be written) */
            "X-RateLimit-Reset"?: number;
          };
          content: {
            "application/problem+json": Models.V3ProblemDetails;
          };
        };
        /** (to be written) */
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
