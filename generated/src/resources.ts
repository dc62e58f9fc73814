// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import {
  ApiResource,
  PagePromise,
  downloadTo,
  downloadUrlOf,
  taskIdOf,
  waitForTask,
  type DownloadDestination,
  type WaitOptions,
  type RequestOptions,
} from "./runtime/index.js";
import type * as Models from "./models.js";
import type { paths } from "./paths.js";

/** Parameters of `aiSearchAnalytics.getMostReferencedArticles` (`GET /v3/projects/{project_id}/analytics/ai-search/most-referenced-articles`). */
export interface AISearchAnalyticsGetMostReferencedArticlesParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `aiSearchAnalytics.getSummary` (`GET /v3/projects/{project_id}/analytics/ai-search/summary`). */
export interface AISearchAnalyticsGetSummaryParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `aiSearchAnalytics.getTimeline` (`GET /v3/projects/{project_id}/analytics/ai-search/timeline`). */
export interface AISearchAnalyticsGetTimelineParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `aiSearchAnalytics.getTrendingTopics` (`GET /v3/projects/{project_id}/analytics/ai-search/trending-topics`). */
export interface AISearchAnalyticsGetTrendingTopicsParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** AISearchAnalytics: (to be written) */
export class AISearchAnalyticsResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/ai-search/most-referenced-articles`
   */
  getMostReferencedArticles(
    params: AISearchAnalyticsGetMostReferencedArticlesParams,
    options?: RequestOptions,
  ): Promise<Models.MostReferencedArticleResponseListApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/analytics/ai-search/most-referenced-articles",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          end_date: params.end_date,
          lang_code: params.lang_code,
          start_date: params.start_date,
          workspace_id: params.workspace_id,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/ai-search/summary`
   */
  getSummary(
    params: AISearchAnalyticsGetSummaryParams,
    options?: RequestOptions,
  ): Promise<Models.AISearchSummaryResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/analytics/ai-search/summary",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          end_date: params.end_date,
          lang_code: params.lang_code,
          start_date: params.start_date,
          workspace_id: params.workspace_id,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/ai-search/timeline`
   */
  getTimeline(
    params: AISearchAnalyticsGetTimelineParams,
    options?: RequestOptions,
  ): Promise<Models.AISearchTimelineResponseListApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/analytics/ai-search/timeline",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          end_date: params.end_date,
          lang_code: params.lang_code,
          start_date: params.start_date,
          workspace_id: params.workspace_id,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/ai-search/trending-topics`
   */
  getTrendingTopics(
    params: AISearchAnalyticsGetTrendingTopicsParams,
    options?: RequestOptions,
  ): Promise<Models.TrendingTopicResponseListApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/analytics/ai-search/trending-topics",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          end_date: params.end_date,
          lang_code: params.lang_code,
          start_date: params.start_date,
          workspace_id: params.workspace_id,
        },
      },
      options,
    );
  }
}

/** Parameters of `apiReferences.getLogDetail` (`GET /v3/projects/{project_id}/api-references/{api_reference_id}/logs/{log_id}`). */
export interface ApiReferencesGetLogDetailParams {
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
}

/** Parameters of `apiReferences.import` (`POST /v3/projects/{project_id}/api-references`). */
export interface ApiReferencesImportParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.ImportApiReferenceRequest;
}

/** Parameters of `apiReferences.listLogs` (`GET /v3/projects/{project_id}/api-references/{api_reference_id}/logs`). */
export interface ApiReferencesListLogsParams {
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
}

/** ApiReferences: (to be written) */
export class ApiReferencesResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/api-references/{api_reference_id}/logs/{log_id}`
   */
  getLogDetail(
    params: ApiReferencesGetLogDetailParams,
    options?: RequestOptions,
  ): Promise<Models.ApiReferenceLogDetailResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/api-references/{api_reference_id}/logs/{log_id}",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({
          api_reference_id: params.api_reference_id,
          log_id: params.log_id,
          project_id: params.project_id,
        }),
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/api-references`
   */
  import(
    params: ApiReferencesImportParams,
    options?: RequestOptions,
  ): Promise<Models.ImportApiReferenceResponseApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/api-references",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/api-references/{api_reference_id}/logs`
   */
  listLogs(
    params: ApiReferencesListLogsParams,
    options?: RequestOptions,
  ): Promise<Models.ApiReferenceLogResponseListApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/api-references/{api_reference_id}/logs",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({
          api_reference_id: params.api_reference_id,
          project_id: params.project_id,
        }),
        query: { page: params.page, page_size: params.page_size },
      },
      options,
    );
  }
}

/** Parameters of `articleAnalytics.getCountryVisits` (`GET /v3/projects/{project_id}/analytics/articles/countries`). */
export interface ArticleAnalyticsGetCountryVisitsParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `articleAnalytics.getIndividualArticle` (`GET /v3/projects/{project_id}/analytics/articles/{article_id}`). */
export interface ArticleAnalyticsGetIndividualArticleParams {
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
  /** (to be written) */
  lang_code?: string;
  /**
   * (to be written)
   *
   * @format uuid
   */
  workspace_id?: string;
}

/** Parameters of `articleAnalytics.getMostRead` (`GET /v3/projects/{project_id}/analytics/articles/most-read`). */
export interface ArticleAnalyticsGetMostReadParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `articleAnalytics.getPerformance` (`GET /v3/projects/{project_id}/analytics/articles/performance`). */
export interface ArticleAnalyticsGetPerformanceParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `articleAnalytics.getSummary` (`GET /v3/projects/{project_id}/analytics/articles/summary`). */
export interface ArticleAnalyticsGetSummaryParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `articleAnalytics.listTopArticles` (`GET /v3/projects/{project_id}/analytics/articles/top`). */
export interface ArticleAnalyticsListTopArticlesParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `articleAnalytics.listTopCategories` (`GET /v3/projects/{project_id}/analytics/articles/top-categories`). */
export interface ArticleAnalyticsListTopCategoriesParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** ArticleAnalytics: (to be written) */
export class ArticleAnalyticsResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/articles/countries`
   */
  getCountryVisits(
    params: ArticleAnalyticsGetCountryVisitsParams,
    options?: RequestOptions,
  ): Promise<Models.CountryVisitsResponseListApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/analytics/articles/countries",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          end_date: params.end_date,
          lang_code: params.lang_code,
          start_date: params.start_date,
          workspace_id: params.workspace_id,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/articles/{article_id}`
   */
  getIndividualArticle(
    params: ArticleAnalyticsGetIndividualArticleParams,
    options?: RequestOptions,
  ): Promise<Models.IndividualArticleAnalyticsResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/analytics/articles/{article_id}",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ article_id: params.article_id, project_id: params.project_id }),
        query: { lang_code: params.lang_code, workspace_id: params.workspace_id },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/articles/most-read`
   */
  getMostRead(
    params: ArticleAnalyticsGetMostReadParams,
    options?: RequestOptions,
  ): Promise<Models.MostReadArticleResponseListApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/analytics/articles/most-read",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          end_date: params.end_date,
          lang_code: params.lang_code,
          start_date: params.start_date,
          workspace_id: params.workspace_id,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/articles/performance`
   */
  getPerformance(
    params: ArticleAnalyticsGetPerformanceParams,
    options?: RequestOptions,
  ): Promise<Models.ArticlePerformanceResponseListApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/analytics/articles/performance",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          end_date: params.end_date,
          lang_code: params.lang_code,
          start_date: params.start_date,
          workspace_id: params.workspace_id,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/articles/summary`
   */
  getSummary(
    params: ArticleAnalyticsGetSummaryParams,
    options?: RequestOptions,
  ): Promise<Models.ArticleAnalyticsSummaryResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/analytics/articles/summary",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          end_date: params.end_date,
          lang_code: params.lang_code,
          start_date: params.start_date,
          workspace_id: params.workspace_id,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/articles/top`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listTopArticles(
    params: ArticleAnalyticsListTopArticlesParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.TopArticleResponsePaginatedResponse,
    Models.TopArticleResponse,
    ArticleAnalyticsListTopArticlesParams
  > {
    return new PagePromise(
      params,
      "page",
      (page) =>
        this.client.request<Models.TopArticleResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/analytics/articles/top",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              end_date: page.end_date,
              lang_code: page.lang_code,
              page: page.page,
              page_size: page.page_size,
              sort_by: page.sort_by,
              sort_order: page.sort_order,
              start_date: page.start_date,
              workspace_id: page.workspace_id,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/articles/top-categories`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listTopCategories(
    params: ArticleAnalyticsListTopCategoriesParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.TopCategoryResponsePaginatedResponse,
    Models.TopCategoryResponse,
    ArticleAnalyticsListTopCategoriesParams
  > {
    return new PagePromise(
      params,
      "page",
      (page) =>
        this.client.request<Models.TopCategoryResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/analytics/articles/top-categories",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              end_date: page.end_date,
              lang_code: page.lang_code,
              page: page.page,
              page_size: page.page_size,
              sort_by: page.sort_by,
              sort_order: page.sort_order,
              start_date: page.start_date,
              workspace_id: page.workspace_id,
            },
          },
          options,
        ),
      options?.signal,
    );
  }
}

/** Parameters of `articles.bulkCreate` (`POST /v3/projects/{project_id}/articles/bulk`). */
export interface ArticlesBulkCreateParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.BulkCreateArticleRequest;
}

/** Parameters of `articles.bulkDelete` (`DELETE /v3/projects/{project_id}/articles/bulk`). */
export interface ArticlesBulkDeleteParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.BulkDeleteRequest;
}

/** Parameters of `articles.bulkDeleteVersions` (`DELETE /v3/projects/{project_id}/articles/bulk/versions`). */
export interface ArticlesBulkDeleteVersionsParams {
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
  article_id: string;
  /** (to be written) */
  lang_code?: string;
  /** (to be written) */
  version_numbers: number[];
}

/** Parameters of `articles.bulkPublish` (`POST /v3/projects/{project_id}/articles/bulk/publish`). */
export interface ArticlesBulkPublishParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  lang_code?: string;
  /** (to be written) */
  body: Models.BulkIdsRequest;
}

/** Parameters of `articles.bulkUnpublish` (`POST /v3/projects/{project_id}/articles/bulk/unpublish`). */
export interface ArticlesBulkUnpublishParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  lang_code?: string;
  /** (to be written) */
  body: Models.BulkIdsRequest;
}

/** Parameters of `articles.bulkUpdate` (`PATCH /v3/projects/{project_id}/articles/bulk`). */
export interface ArticlesBulkUpdateParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.BulkUpdateArticleRequest;
}

/** Parameters of `articles.create` (`POST /v3/projects/{project_id}/articles`). */
export interface ArticlesCreateParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.CreateArticleRequest;
}

/** Parameters of `articles.delete` (`DELETE /v3/projects/{project_id}/articles/{article_id}`). */
export interface ArticlesDeleteParams {
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
}

/** Parameters of `articles.deleteVersion` (`DELETE /v3/projects/{project_id}/articles/{article_id}/versions/{version_number}`). */
export interface ArticlesDeleteVersionParams {
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
  /** (to be written) */
  lang_code?: string;
}

/** Parameters of `articles.forkVersion` (`POST /v3/projects/{project_id}/articles/{article_id}/fork`). */
export interface ArticlesForkVersionParams {
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
}

/** Parameters of `articles.get` (`GET /v3/projects/{project_id}/articles/{article_id}`). */
export interface ArticlesGetParams {
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
}

/** Parameters of `articles.getSettings` (`GET /v3/projects/{project_id}/articles/{article_id}/settings`). */
export interface ArticlesGetSettingsParams {
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
  /** (to be written) */
  lang_code?: string;
}

/** Parameters of `articles.getVersion` (`GET /v3/projects/{project_id}/articles/{article_id}/versions/{version_number}`). */
export interface ArticlesGetVersionParams {
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
  /**
   * (to be written)
   *
   * @default "raw"
   */
  content_mode?: ("raw" | "display") & Models.ContentMode;
  /** (to be written) */
  lang_code?: string;
}

/** Parameters of `articles.listVersions` (`GET /v3/projects/{project_id}/articles/{article_id}/versions`). */
export interface ArticlesListVersionsParams {
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
}

/** Parameters of `articles.publish` (`POST /v3/projects/{project_id}/articles/{article_id}/publish`). */
export interface ArticlesPublishParams {
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
  /** (to be written) */
  body: Models.PublishRequest;
}

/** Parameters of `articles.unpublish` (`POST /v3/projects/{project_id}/articles/{article_id}/unpublish`). */
export interface ArticlesUnpublishParams {
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
  /** (to be written) */
  lang_code?: string;
  /** (to be written) */
  body: Models.UnpublishRequest;
}

/** Parameters of `articles.update` (`PATCH /v3/projects/{project_id}/articles/{article_id}`). */
export interface ArticlesUpdateParams {
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
  /** (to be written) */
  lang_code?: string;
  /** (to be written) */
  body: Models.UpdateArticleRequest;
}

/** Parameters of `articles.updateSettings` (`PATCH /v3/projects/{project_id}/articles/{article_id}/settings`). */
export interface ArticlesUpdateSettingsParams {
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
  /** (to be written) */
  lang_code?: string;
  /** (to be written) */
  body: Models.UpdateArticleSettingsRequest;
}

/** Parameters of `articles.updateWorkflowStatus` (`PATCH /v3/projects/{project_id}/articles/{article_id}/workflow-status`). */
export interface ArticlesUpdateWorkflowStatusParams {
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
  /** (to be written) */
  body: Models.UpdateWorkflowRequest;
}

/** Articles: (to be written) */
export class ArticlesResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/articles/bulk`
   */
  bulkCreate(
    params: ArticlesBulkCreateParams,
    options?: RequestOptions,
  ): Promise<Models.BulkOperationResultListApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/articles/bulk",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `DELETE /v3/projects/{project_id}/articles/bulk`
   */
  bulkDelete(
    params: ArticlesBulkDeleteParams,
    options?: RequestOptions,
  ): Promise<Models.BulkOperationResultListApiResponse> {
    return this.client.request(
      {
        method: "delete",
        path: "/v3/projects/{project_id}/articles/bulk",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `DELETE /v3/projects/{project_id}/articles/bulk/versions`
   */
  bulkDeleteVersions(
    params: ArticlesBulkDeleteVersionsParams,
    options?: RequestOptions,
  ): Promise<Models.BulkOperationResultListApiResponse> {
    return this.client.request(
      {
        method: "delete",
        path: "/v3/projects/{project_id}/articles/bulk/versions",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          article_id: params.article_id,
          lang_code: params.lang_code,
          version_numbers: params.version_numbers,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/articles/bulk/publish`
   */
  bulkPublish(
    params: ArticlesBulkPublishParams,
    options?: RequestOptions,
  ): Promise<Models.BulkOperationResultListApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/articles/bulk/publish",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: { lang_code: params.lang_code },
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/articles/bulk/unpublish`
   */
  bulkUnpublish(
    params: ArticlesBulkUnpublishParams,
    options?: RequestOptions,
  ): Promise<Models.BulkOperationResultListApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/articles/bulk/unpublish",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: { lang_code: params.lang_code },
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `PATCH /v3/projects/{project_id}/articles/bulk`
   */
  bulkUpdate(
    params: ArticlesBulkUpdateParams,
    options?: RequestOptions,
  ): Promise<Models.BulkOperationResultListApiResponse> {
    return this.client.request(
      {
        method: "patch",
        path: "/v3/projects/{project_id}/articles/bulk",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/articles`
   */
  create(
    params: ArticlesCreateParams,
    options?: RequestOptions,
  ): Promise<Models.ArticleDetailResponseApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/articles",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `DELETE /v3/projects/{project_id}/articles/{article_id}`
   */
  delete(params: ArticlesDeleteParams, options?: RequestOptions): Promise<void> {
    return this.client.request(
      {
        method: "delete",
        path: "/v3/projects/{project_id}/articles/{article_id}",
        response: "none",
      },
      { path: this.pathParams({ article_id: params.article_id, project_id: params.project_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `DELETE /v3/projects/{project_id}/articles/{article_id}/versions/{version_number}`
   */
  deleteVersion(params: ArticlesDeleteVersionParams, options?: RequestOptions): Promise<void> {
    return this.client.request(
      {
        method: "delete",
        path: "/v3/projects/{project_id}/articles/{article_id}/versions/{version_number}",
        response: "none",
      },
      {
        path: this.pathParams({
          article_id: params.article_id,
          project_id: params.project_id,
          version_number: params.version_number,
        }),
        query: { lang_code: params.lang_code },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/articles/{article_id}/fork`
   */
  forkVersion(
    params: ArticlesForkVersionParams,
    options?: RequestOptions,
  ): Promise<Models.ArticleDetailResponseApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/articles/{article_id}/fork",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ article_id: params.article_id, project_id: params.project_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/articles/{article_id}`
   */
  get(
    params: ArticlesGetParams,
    options?: RequestOptions,
  ): Promise<Models.ArticleDetailResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/articles/{article_id}",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ article_id: params.article_id, project_id: params.project_id }),
        query: {
          content_mode: params.content_mode,
          lang_code: params.lang_code,
          published: params.published,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/articles/{article_id}/settings`
   */
  getSettings(
    params: ArticlesGetSettingsParams,
    options?: RequestOptions,
  ): Promise<Models.ArticleSettingsResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/articles/{article_id}/settings",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ article_id: params.article_id, project_id: params.project_id }),
        query: { lang_code: params.lang_code },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/articles/{article_id}/versions/{version_number}`
   */
  getVersion(
    params: ArticlesGetVersionParams,
    options?: RequestOptions,
  ): Promise<Models.ArticleDetailResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/articles/{article_id}/versions/{version_number}",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({
          article_id: params.article_id,
          project_id: params.project_id,
          version_number: params.version_number,
        }),
        query: { content_mode: params.content_mode, lang_code: params.lang_code },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/articles/{article_id}/versions`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listVersions(
    params: ArticlesListVersionsParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.ArticleVersionResponsePaginatedResponse,
    Models.ArticleVersionResponse,
    ArticlesListVersionsParams
  > {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.ArticleVersionResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/articles/{article_id}/versions",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ article_id: page.article_id, project_id: page.project_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              lang_code: page.lang_code,
              page: page.page,
              page_size: page.page_size,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/articles/{article_id}/publish`
   */
  publish(params: ArticlesPublishParams, options?: RequestOptions): Promise<Models.ApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/articles/{article_id}/publish",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ article_id: params.article_id, project_id: params.project_id }),
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/articles/{article_id}/unpublish`
   */
  unpublish(
    params: ArticlesUnpublishParams,
    options?: RequestOptions,
  ): Promise<Models.ApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/articles/{article_id}/unpublish",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ article_id: params.article_id, project_id: params.project_id }),
        query: { lang_code: params.lang_code },
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `PATCH /v3/projects/{project_id}/articles/{article_id}`
   */
  update(
    params: ArticlesUpdateParams,
    options?: RequestOptions,
  ): Promise<Models.ArticleDetailResponseApiResponse> {
    return this.client.request(
      {
        method: "patch",
        path: "/v3/projects/{project_id}/articles/{article_id}",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ article_id: params.article_id, project_id: params.project_id }),
        query: { lang_code: params.lang_code },
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `PATCH /v3/projects/{project_id}/articles/{article_id}/settings`
   */
  updateSettings(
    params: ArticlesUpdateSettingsParams,
    options?: RequestOptions,
  ): Promise<Models.ArticleSettingsResponseApiResponse> {
    return this.client.request(
      {
        method: "patch",
        path: "/v3/projects/{project_id}/articles/{article_id}/settings",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ article_id: params.article_id, project_id: params.project_id }),
        query: { lang_code: params.lang_code },
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `PATCH /v3/projects/{project_id}/articles/{article_id}/workflow-status`
   */
  updateWorkflowStatus(
    params: ArticlesUpdateWorkflowStatusParams,
    options?: RequestOptions,
  ): Promise<Models.ApiResponse> {
    return this.client.request(
      {
        method: "patch",
        path: "/v3/projects/{project_id}/articles/{article_id}/workflow-status",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ article_id: params.article_id, project_id: params.project_id }),
        body: params.body,
      },
      options,
    );
  }
}

/** Parameters of `categories.bulkCreate` (`POST /v3/projects/{project_id}/categories/bulk`). */
export interface CategoriesBulkCreateParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.BulkCreateCategoryRequest;
}

/** Parameters of `categories.bulkDeleteVersions` (`DELETE /v3/projects/{project_id}/categories/bulk/versions`). */
export interface CategoriesBulkDeleteVersionsParams {
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
  category_id?: string;
  /** (to be written) */
  lang_code?: string;
  /** (to be written) */
  version_numbers?: number[];
}

/** Parameters of `categories.bulkPublish` (`POST /v3/projects/{project_id}/categories/bulk/publish`). */
export interface CategoriesBulkPublishParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  lang_code?: string;
  /** (to be written) */
  body: Models.BulkIdsRequest;
}

/** Parameters of `categories.bulkUnpublish` (`POST /v3/projects/{project_id}/categories/bulk/unpublish`). */
export interface CategoriesBulkUnpublishParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  lang_code?: string;
  /** (to be written) */
  body: Models.BulkIdsRequest;
}

/** Parameters of `categories.bulkUpdateContent` (`PATCH /v3/projects/{project_id}/categories/bulk/content`). */
export interface CategoriesBulkUpdateContentParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.BulkUpdateCategoryContentV3Request;
}

/** Parameters of `categories.create` (`POST /v3/projects/{project_id}/categories`). */
export interface CategoriesCreateParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.CreateCategoryRequest;
}

/** Parameters of `categories.delete` (`DELETE /v3/projects/{project_id}/categories/{category_id}`). */
export interface CategoriesDeleteParams {
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
}

/** Parameters of `categories.deleteVersion` (`DELETE /v3/projects/{project_id}/categories/{category_id}/versions/{version_number}`). */
export interface CategoriesDeleteVersionParams {
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
  /** (to be written) */
  lang_code?: string;
}

/** Parameters of `categories.forkVersion` (`POST /v3/projects/{project_id}/categories/{category_id}/fork`). */
export interface CategoriesForkVersionParams {
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
}

/** Parameters of `categories.get` (`GET /v3/projects/{project_id}/categories/{category_id}`). */
export interface CategoriesGetParams {
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
}

/** Parameters of `categories.getContent` (`GET /v3/projects/{project_id}/categories/{category_id}/content`). */
export interface CategoriesGetContentParams {
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
}

/** Parameters of `categories.getSettings` (`GET /v3/projects/{project_id}/categories/{category_id}/settings`). */
export interface CategoriesGetSettingsParams {
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
  /** (to be written) */
  lang_code?: string;
}

/** Parameters of `categories.getVersion` (`GET /v3/projects/{project_id}/categories/{category_id}/versions/{version_number}`). */
export interface CategoriesGetVersionParams {
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
  /**
   * (to be written)
   *
   * @default "raw"
   */
  content_mode?: ("raw" | "display") & Models.ContentMode;
  /** (to be written) */
  lang_code?: string;
}

/** Parameters of `categories.listVersions` (`GET /v3/projects/{project_id}/categories/{category_id}/versions`). */
export interface CategoriesListVersionsParams {
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
}

/** Parameters of `categories.publish` (`POST /v3/projects/{project_id}/categories/{category_id}/publish`). */
export interface CategoriesPublishParams {
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
  /** (to be written) */
  lang_code?: string;
  /** (to be written) */
  body: Models.PublishRequest;
}

/** Parameters of `categories.unpublish` (`POST /v3/projects/{project_id}/categories/{category_id}/unpublish`). */
export interface CategoriesUnpublishParams {
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
  /** (to be written) */
  lang_code?: string;
  /** (to be written) */
  body: Models.UnpublishRequest;
}

/** Parameters of `categories.update` (`PATCH /v3/projects/{project_id}/categories/{category_id}`). */
export interface CategoriesUpdateParams {
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
  /** (to be written) */
  body: Models.UpdateCategoryRequest;
}

/** Parameters of `categories.updateContent` (`PATCH /v3/projects/{project_id}/categories/{category_id}/content`). */
export interface CategoriesUpdateContentParams {
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
  /** (to be written) */
  lang_code?: string;
  /** (to be written) */
  body: Models.UpdateCategoryContentRequest;
}

/** Parameters of `categories.updateSettings` (`PATCH /v3/projects/{project_id}/categories/{category_id}/settings`). */
export interface CategoriesUpdateSettingsParams {
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
  /** (to be written) */
  lang_code?: string;
  /** (to be written) */
  body: Models.UpdateCategorySettingsRequest;
}

/** Parameters of `categories.updateWorkflowStatus` (`PATCH /v3/projects/{project_id}/categories/{category_id}/workflow-status`). */
export interface CategoriesUpdateWorkflowStatusParams {
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
  /** (to be written) */
  body: Models.UpdateWorkflowRequest;
}

/** Categories: (to be written) */
export class CategoriesResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/categories/bulk`
   */
  bulkCreate(
    params: CategoriesBulkCreateParams,
    options?: RequestOptions,
  ): Promise<Models.BulkOperationResultListApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/categories/bulk",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `DELETE /v3/projects/{project_id}/categories/bulk/versions`
   */
  bulkDeleteVersions(
    params: CategoriesBulkDeleteVersionsParams,
    options?: RequestOptions,
  ): Promise<Models.BulkOperationResultListApiResponse> {
    return this.client.request(
      {
        method: "delete",
        path: "/v3/projects/{project_id}/categories/bulk/versions",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          category_id: params.category_id,
          lang_code: params.lang_code,
          version_numbers: params.version_numbers,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/categories/bulk/publish`
   */
  bulkPublish(
    params: CategoriesBulkPublishParams,
    options?: RequestOptions,
  ): Promise<Models.BulkOperationResultListApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/categories/bulk/publish",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: { lang_code: params.lang_code },
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/categories/bulk/unpublish`
   */
  bulkUnpublish(
    params: CategoriesBulkUnpublishParams,
    options?: RequestOptions,
  ): Promise<Models.BulkOperationResultListApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/categories/bulk/unpublish",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: { lang_code: params.lang_code },
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `PATCH /v3/projects/{project_id}/categories/bulk/content`
   */
  bulkUpdateContent(
    params: CategoriesBulkUpdateContentParams,
    options?: RequestOptions,
  ): Promise<Models.BulkOperationResultListApiResponse> {
    return this.client.request(
      {
        method: "patch",
        path: "/v3/projects/{project_id}/categories/bulk/content",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/categories`
   */
  create(
    params: CategoriesCreateParams,
    options?: RequestOptions,
  ): Promise<Models.CategorySimpleResponseApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/categories",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `DELETE /v3/projects/{project_id}/categories/{category_id}`
   */
  delete(params: CategoriesDeleteParams, options?: RequestOptions): Promise<void> {
    return this.client.request(
      {
        method: "delete",
        path: "/v3/projects/{project_id}/categories/{category_id}",
        response: "none",
      },
      { path: this.pathParams({ category_id: params.category_id, project_id: params.project_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `DELETE /v3/projects/{project_id}/categories/{category_id}/versions/{version_number}`
   */
  deleteVersion(params: CategoriesDeleteVersionParams, options?: RequestOptions): Promise<void> {
    return this.client.request(
      {
        method: "delete",
        path: "/v3/projects/{project_id}/categories/{category_id}/versions/{version_number}",
        response: "none",
      },
      {
        path: this.pathParams({
          category_id: params.category_id,
          project_id: params.project_id,
          version_number: params.version_number,
        }),
        query: { lang_code: params.lang_code },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/categories/{category_id}/fork`
   */
  forkVersion(
    params: CategoriesForkVersionParams,
    options?: RequestOptions,
  ): Promise<Models.CategoryContentResponseApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/categories/{category_id}/fork",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ category_id: params.category_id, project_id: params.project_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/categories/{category_id}`
   */
  get(
    params: CategoriesGetParams,
    options?: RequestOptions,
  ): Promise<Models.CategoryResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/categories/{category_id}",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ category_id: params.category_id, project_id: params.project_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/categories/{category_id}/content`
   */
  getContent(
    params: CategoriesGetContentParams,
    options?: RequestOptions,
  ): Promise<Models.CategoryContentResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/categories/{category_id}/content",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ category_id: params.category_id, project_id: params.project_id }),
        query: {
          content_mode: params.content_mode,
          lang_code: params.lang_code,
          published: params.published,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/categories/{category_id}/settings`
   */
  getSettings(
    params: CategoriesGetSettingsParams,
    options?: RequestOptions,
  ): Promise<Models.CategorySettingsResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/categories/{category_id}/settings",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ category_id: params.category_id, project_id: params.project_id }),
        query: { lang_code: params.lang_code },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/categories/{category_id}/versions/{version_number}`
   */
  getVersion(
    params: CategoriesGetVersionParams,
    options?: RequestOptions,
  ): Promise<Models.CategoryContentResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/categories/{category_id}/versions/{version_number}",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({
          category_id: params.category_id,
          project_id: params.project_id,
          version_number: params.version_number,
        }),
        query: { content_mode: params.content_mode, lang_code: params.lang_code },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/categories/{category_id}/versions`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listVersions(
    params: CategoriesListVersionsParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.CategoryVersionResponsePaginatedResponse,
    Models.CategoryVersionResponse,
    CategoriesListVersionsParams
  > {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.CategoryVersionResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/categories/{category_id}/versions",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ category_id: page.category_id, project_id: page.project_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              lang_code: page.lang_code,
              page: page.page,
              page_size: page.page_size,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/categories/{category_id}/publish`
   */
  publish(params: CategoriesPublishParams, options?: RequestOptions): Promise<Models.ApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/categories/{category_id}/publish",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ category_id: params.category_id, project_id: params.project_id }),
        query: { lang_code: params.lang_code },
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/categories/{category_id}/unpublish`
   */
  unpublish(
    params: CategoriesUnpublishParams,
    options?: RequestOptions,
  ): Promise<Models.ApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/categories/{category_id}/unpublish",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ category_id: params.category_id, project_id: params.project_id }),
        query: { lang_code: params.lang_code },
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `PATCH /v3/projects/{project_id}/categories/{category_id}`
   */
  update(
    params: CategoriesUpdateParams,
    options?: RequestOptions,
  ): Promise<Models.CategorySimpleResponseApiResponse> {
    return this.client.request(
      {
        method: "patch",
        path: "/v3/projects/{project_id}/categories/{category_id}",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ category_id: params.category_id, project_id: params.project_id }),
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `PATCH /v3/projects/{project_id}/categories/{category_id}/content`
   */
  updateContent(
    params: CategoriesUpdateContentParams,
    options?: RequestOptions,
  ): Promise<Models.CategoryContentResponseApiResponse> {
    return this.client.request(
      {
        method: "patch",
        path: "/v3/projects/{project_id}/categories/{category_id}/content",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ category_id: params.category_id, project_id: params.project_id }),
        query: { lang_code: params.lang_code },
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `PATCH /v3/projects/{project_id}/categories/{category_id}/settings`
   */
  updateSettings(
    params: CategoriesUpdateSettingsParams,
    options?: RequestOptions,
  ): Promise<Models.CategorySettingsResponseApiResponse> {
    return this.client.request(
      {
        method: "patch",
        path: "/v3/projects/{project_id}/categories/{category_id}/settings",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ category_id: params.category_id, project_id: params.project_id }),
        query: { lang_code: params.lang_code },
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `PATCH /v3/projects/{project_id}/categories/{category_id}/workflow-status`
   */
  updateWorkflowStatus(
    params: CategoriesUpdateWorkflowStatusParams,
    options?: RequestOptions,
  ): Promise<Models.ApiResponse> {
    return this.client.request(
      {
        method: "patch",
        path: "/v3/projects/{project_id}/categories/{category_id}/workflow-status",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ category_id: params.category_id, project_id: params.project_id }),
        body: params.body,
      },
      options,
    );
  }
}

/** Parameters of `drive.addTags` (`POST /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags`). */
export interface DriveAddTagsParams {
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
  /** (to be written) */
  body: Models.AddTagsRequest;
}

/** Parameters of `drive.copyFile` (`POST /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/copy`). */
export interface DriveCopyFileParams {
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
  /** (to be written) */
  body: Models.CopyFileRequest;
}

/** Parameters of `drive.createFolder` (`POST /v3/projects/{project_id}/drive/folders`). */
export interface DriveCreateFolderParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.CreateFolderRequest;
}

/** Parameters of `drive.deleteFile` (`DELETE /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`). */
export interface DriveDeleteFileParams {
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
}

/** Parameters of `drive.deleteFolder` (`DELETE /v3/projects/{project_id}/drive/folders/{folder_id}`). */
export interface DriveDeleteFolderParams {
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
}

/** Parameters of `drive.deleteTags` (`DELETE /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags`). */
export interface DriveDeleteTagsParams {
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
  /** (to be written) */
  tag_ids?: string[];
}

/** Parameters of `drive.getArticleFiles` (`GET /v3/projects/{project_id}/drive/articles/{workspace_id}/{article_id}/files`). */
export interface DriveGetArticleFilesParams {
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
  /** (to be written) */
  lang_code?: string;
}

/** Parameters of `drive.getDefaultFolder` (`GET /v3/projects/{project_id}/drive/folders/default`). */
export interface DriveGetDefaultFolderParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
}

/** Parameters of `drive.getFile` (`GET /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`). */
export interface DriveGetFileParams {
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
}

/** Parameters of `drive.getTaskStatus` (`GET /v3/projects/{project_id}/drive/tasks/{task_id}`). */
export interface DriveGetTaskStatusParams {
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
}

/** Parameters of `drive.listFolder` (`GET /v3/projects/{project_id}/drive/folders/{folder_id}`). */
export interface DriveListFolderParams {
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
}

/** Parameters of `drive.listFolders` (`GET /v3/projects/{project_id}/drive/folders`). */
export interface DriveListFoldersParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `drive.moveFile` (`PUT /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`). */
export interface DriveMoveFileParams {
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
}

/** Parameters of `drive.search` (`GET /v3/projects/{project_id}/drive/search`). */
export interface DriveSearchParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `drive.updateFolder` (`PUT /v3/projects/{project_id}/drive/folders/{folder_id}`). */
export interface DriveUpdateFolderParams {
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
  /** (to be written) */
  body: Models.UpdateFolderRequest;
}

/** Parameters of `drive.uploadFile` (`POST /v3/projects/{project_id}/drive/folders/{folder_id}/files`). */
export interface DriveUploadFileParams {
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
  /** (to be written) */
  body: {
    /**
     * (to be written)
     *
     * @format binary
     */
    file: globalThis.Blob;
  };
}

/** Drive: (to be written) */
export class DriveResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags`
   */
  addTags(params: DriveAddTagsParams, options?: RequestOptions): Promise<Models.ApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({
          file_id: params.file_id,
          folder_id: params.folder_id,
          project_id: params.project_id,
        }),
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/copy`
   */
  copyFile(params: DriveCopyFileParams, options?: RequestOptions): Promise<Models.ApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/copy",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({
          file_id: params.file_id,
          folder_id: params.folder_id,
          project_id: params.project_id,
        }),
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/drive/folders`
   */
  createFolder(
    params: DriveCreateFolderParams,
    options?: RequestOptions,
  ): Promise<Models.FolderResponseApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/drive/folders",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`
   */
  deleteFile(params: DriveDeleteFileParams, options?: RequestOptions): Promise<void> {
    return this.client.request(
      {
        method: "delete",
        path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}",
        response: "none",
      },
      {
        path: this.pathParams({
          file_id: params.file_id,
          folder_id: params.folder_id,
          project_id: params.project_id,
        }),
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}`
   */
  deleteFolder(params: DriveDeleteFolderParams, options?: RequestOptions): Promise<void> {
    return this.client.request(
      {
        method: "delete",
        path: "/v3/projects/{project_id}/drive/folders/{folder_id}",
        response: "none",
      },
      { path: this.pathParams({ folder_id: params.folder_id, project_id: params.project_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags`
   */
  deleteTags(params: DriveDeleteTagsParams, options?: RequestOptions): Promise<void> {
    return this.client.request(
      {
        method: "delete",
        path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags",
        response: "none",
      },
      {
        path: this.pathParams({
          file_id: params.file_id,
          folder_id: params.folder_id,
          project_id: params.project_id,
        }),
        query: { tag_ids: params.tag_ids },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/drive/articles/{workspace_id}/{article_id}/files`
   */
  getArticleFiles(
    params: DriveGetArticleFilesParams,
    options?: RequestOptions,
  ): Promise<Models.StringListApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/drive/articles/{workspace_id}/{article_id}/files",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({
          article_id: params.article_id,
          project_id: params.project_id,
          workspace_id: params.workspace_id,
        }),
        query: { lang_code: params.lang_code },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/drive/folders/default`
   */
  getDefaultFolder(
    params: DriveGetDefaultFolderParams,
    options?: RequestOptions,
  ): Promise<Models.FolderResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/drive/folders/default",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`
   */
  getFile(
    params: DriveGetFileParams,
    options?: RequestOptions,
  ): Promise<Models.FileResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({
          file_id: params.file_id,
          folder_id: params.folder_id,
          project_id: params.project_id,
        }),
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/drive/tasks/{task_id}`
   */
  getTaskStatus(
    params: DriveGetTaskStatusParams,
    options?: RequestOptions,
  ): Promise<Models.TaskStatusResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/drive/tasks/{task_id}",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id, task_id: params.task_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/drive/folders/{folder_id}`
   */
  listFolder(
    params: DriveListFolderParams,
    options?: RequestOptions,
  ): Promise<Models.FolderDetailResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/drive/folders/{folder_id}",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ folder_id: params.folder_id, project_id: params.project_id }),
        query: { page: params.page, page_size: params.page_size },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/drive/folders`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listFolders(
    params: DriveListFoldersParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.FolderResponsePaginatedResponse,
    Models.FolderResponse,
    DriveListFoldersParams
  > {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.FolderResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/drive/folders",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              page: page.page,
              page_size: page.page_size,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `PUT /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`
   */
  moveFile(params: DriveMoveFileParams, options?: RequestOptions): Promise<Models.ApiResponse> {
    return this.client.request(
      {
        method: "put",
        path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({
          file_id: params.file_id,
          folder_id: params.folder_id,
          project_id: params.project_id,
        }),
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/drive/search`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  search(
    params: DriveSearchParams,
    options?: RequestOptions,
  ): PagePromise<Models.FileResponsePaginatedResponse, Models.FileResponse, DriveSearchParams> {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.FileResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/drive/search",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              allow_images_only: page.allow_images_only,
              cursor: page.cursor,
              filter_from_date: page.filter_from_date,
              filter_tags: page.filter_tags,
              filter_to_date: page.filter_to_date,
              include_total_count: page.include_total_count,
              page: page.page,
              page_size: page.page_size,
              search_keyword: page.search_keyword,
              user_ids: page.user_ids,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `PUT /v3/projects/{project_id}/drive/folders/{folder_id}`
   */
  updateFolder(
    params: DriveUpdateFolderParams,
    options?: RequestOptions,
  ): Promise<Models.ApiResponse> {
    return this.client.request(
      {
        method: "put",
        path: "/v3/projects/{project_id}/drive/folders/{folder_id}",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ folder_id: params.folder_id, project_id: params.project_id }),
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files`
   */
  uploadFile(
    params: DriveUploadFileParams,
    options?: RequestOptions,
  ): Promise<Models.FileResponseApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files",
        requestMediaType: "multipart/form-data",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ folder_id: params.folder_id, project_id: params.project_id }),
        body: params.body,
      },
      options,
    );
  }
}

/** Parameters of `feedbackAnalytics.getSummary` (`GET /v3/projects/{project_id}/analytics/feedback/summary`). */
export interface FeedbackAnalyticsGetSummaryParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `feedbackAnalytics.getTimeline` (`GET /v3/projects/{project_id}/analytics/feedback/timeline`). */
export interface FeedbackAnalyticsGetTimelineParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `feedbackAnalytics.listArticleFeedbacks` (`GET /v3/projects/{project_id}/analytics/feedback/articles`). */
export interface FeedbackAnalyticsListArticleFeedbacksParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** FeedbackAnalytics: (to be written) */
export class FeedbackAnalyticsResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/feedback/summary`
   */
  getSummary(
    params: FeedbackAnalyticsGetSummaryParams,
    options?: RequestOptions,
  ): Promise<Models.FeedbackMetricsSummaryResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/analytics/feedback/summary",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          end_date: params.end_date,
          lang_code: params.lang_code,
          start_date: params.start_date,
          workspace_id: params.workspace_id,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/feedback/timeline`
   */
  getTimeline(
    params: FeedbackAnalyticsGetTimelineParams,
    options?: RequestOptions,
  ): Promise<Models.FeedbackTimelineResponseListApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/analytics/feedback/timeline",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          end_date: params.end_date,
          lang_code: params.lang_code,
          start_date: params.start_date,
          workspace_id: params.workspace_id,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/feedback/articles`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listArticleFeedbacks(
    params: FeedbackAnalyticsListArticleFeedbacksParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.ArticleFeedbackResponsePaginatedResponse,
    Models.ArticleFeedbackResponse,
    FeedbackAnalyticsListArticleFeedbacksParams
  > {
    return new PagePromise(
      params,
      "page",
      (page) =>
        this.client.request<Models.ArticleFeedbackResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/analytics/feedback/articles",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              article_type: page.article_type,
              end_date: page.end_date,
              lang_code: page.lang_code,
              page: page.page,
              page_size: page.page_size,
              sort_by: page.sort_by,
              sort_order: page.sort_order,
              start_date: page.start_date,
              workspace_id: page.workspace_id,
            },
          },
          options,
        ),
      options?.signal,
    );
  }
}

/** Parameters of `languages.list` (`GET /v3/projects/{project_id}/languages`). */
export interface LanguagesListParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Languages: (to be written) */
export class LanguagesResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/languages`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  list(
    params: LanguagesListParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.LanguageResponsePaginatedResponse,
    Models.LanguageResponse,
    LanguagesListParams
  > {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.LanguageResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/languages",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              page: page.page,
              page_size: page.page_size,
              workspace_id: page.workspace_id,
            },
          },
          options,
        ),
      options?.signal,
    );
  }
}

/** Parameters of `license.getUsage` (`GET /v3/projects/{project_id}/license`). */
export interface LicenseGetUsageParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
}

/** License: (to be written) */
export class LicenseResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/license`
   */
  getUsage(
    params: LicenseGetUsageParams,
    options?: RequestOptions,
  ): Promise<Models.LicenseUsageResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/license",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }) },
      options,
    );
  }
}

/** Parameters of `projects.createExport` (`POST /v3/projects/{project_id}/exports`). */
export interface ProjectsCreateExportParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.ExportRequest;
}

/** Parameters of `projects.createImport` (`POST /v3/projects/{project_id}/imports`). */
export interface ProjectsCreateImportParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.ImportRequest;
}

/** Parameters of `projects.get` (`GET /v3/projects/{project_id}`). */
export interface ProjectsGetParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
}

/** Parameters of `projects.getDocumentByUrl` (`GET /v3/projects/{project_id}/document`). */
export interface ProjectsGetDocumentByUrlParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `projects.getExportStatus` (`GET /v3/projects/{project_id}/exports/{export_id}`). */
export interface ProjectsGetExportStatusParams {
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
}

/** Parameters of `projects.getImportStatus` (`GET /v3/projects/{project_id}/imports/{import_id}`). */
export interface ProjectsGetImportStatusParams {
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
}

/** Parameters of `projects.list` (`GET /v3/projects`). */
export interface ProjectsListParams {
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
}

/** Parameters of `projects.listSsoSchemes` (`GET /v3/projects/{project_id}/sso-schemes`). */
export interface ProjectsListSsoSchemesParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `projects.listWorkflowStatuses` (`GET /v3/projects/{project_id}/workflow-statuses`). */
export interface ProjectsListWorkflowStatusesParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Projects: (to be written) */
export class ProjectsResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/exports`
   */
  createExport(
    params: ProjectsCreateExportParams,
    options?: RequestOptions,
  ): Promise<Models.ExportStatusResponseApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/exports",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/imports`
   */
  createImport(
    params: ProjectsCreateImportParams,
    options?: RequestOptions,
  ): Promise<Models.ImportStatusResponseApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/imports",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}`
   */
  get(
    params: ProjectsGetParams,
    options?: RequestOptions,
  ): Promise<Models.ProjectResponseApiResponse> {
    return this.client.request(
      { method: "get", path: "/v3/projects/{project_id}", response: "json", envelope: true },
      { path: this.pathParams({ project_id: params.project_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/document`
   */
  getDocumentByUrl(
    params: ProjectsGetDocumentByUrlParams,
    options?: RequestOptions,
  ): Promise<Models.ObjectApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/document",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          is_for_display: params.is_for_display,
          is_published: params.is_published,
          url: params.url,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/exports/{export_id}`
   */
  getExportStatus(
    params: ProjectsGetExportStatusParams,
    options?: RequestOptions,
  ): Promise<Models.ExportStatusResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/exports/{export_id}",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ export_id: params.export_id, project_id: params.project_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/imports/{import_id}`
   */
  getImportStatus(
    params: ProjectsGetImportStatusParams,
    options?: RequestOptions,
  ): Promise<Models.ImportStatusResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/imports/{import_id}",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ import_id: params.import_id, project_id: params.project_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  list(
    params: ProjectsListParams = {},
    options?: RequestOptions,
  ): PagePromise<
    Models.ProjectResponsePaginatedResponse,
    Models.ProjectResponse,
    ProjectsListParams
  > {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.ProjectResponsePaginatedResponse>(
          { method: "get", path: "/v3/projects", response: "json", envelope: true },
          {
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              page: page.page,
              page_size: page.page_size,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/sso-schemes`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listSsoSchemes(
    params: ProjectsListSsoSchemesParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.SsoSchemeResponsePaginatedResponse,
    Models.SsoSchemeResponse,
    ProjectsListSsoSchemesParams
  > {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.SsoSchemeResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/sso-schemes",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              page: page.page,
              page_size: page.page_size,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/workflow-statuses`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listWorkflowStatuses(
    params: ProjectsListWorkflowStatusesParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.WorkflowStatusResponsePaginatedResponse,
    Models.WorkflowStatusResponse,
    ProjectsListWorkflowStatusesParams
  > {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.WorkflowStatusResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/workflow-statuses",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              page: page.page,
              page_size: page.page_size,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /** Polls `projects.getExportStatus` until the export is `Completed` (resolves) or `Failed` (throws `TaskFailedError`). Other statuses count as still running; the pause between polls grows, and `timeoutMs`, `signal` and `onProgress` apply. */
  waitForExport(
    params: ProjectsGetExportStatusParams,
    options: WaitOptions<Models.ExportStatusResponseApiResponse> & RequestOptions = {},
  ): Promise<Models.ExportStatusResponseApiResponse> {
    return waitForTask((signal) => this.getExportStatus(params, { ...options, signal }), options);
  }

  /** Starts an export with `projects.createExport`, then waits for it like `waitForExport`. */
  async createExportAndWait(
    params: ProjectsCreateExportParams,
    options: WaitOptions<Models.ExportStatusResponseApiResponse> & RequestOptions = {},
  ): Promise<Models.ExportStatusResponseApiResponse> {
    const started = await this.createExport(params, options);
    return this.waitForExport(
      { export_id: taskIdOf(started), project_id: params.project_id },
      options,
    );
  }

  /** Waits for the export to complete, then streams its `download_url` to a file path (Node) or a `WritableStream`. The API token is never sent to the storage host; an expired or refused signed URL is replaced by a fresh status read. */
  downloadExport(
    params: ProjectsGetExportStatusParams,
    destination: DownloadDestination,
    options: WaitOptions<Models.ExportStatusResponseApiResponse> & RequestOptions = {},
  ): Promise<void> {
    return downloadTo(
      this.client,
      async () => downloadUrlOf(await this.waitForExport(params, options)),
      destination,
      options,
    );
  }

  /** Polls `projects.getImportStatus` until the import is `Completed` (resolves) or `Failed` (throws `TaskFailedError`). Other statuses count as still running; the pause between polls grows, and `timeoutMs`, `signal` and `onProgress` apply. */
  waitForImport(
    params: ProjectsGetImportStatusParams,
    options: WaitOptions<Models.ImportStatusResponseApiResponse> & RequestOptions = {},
  ): Promise<Models.ImportStatusResponseApiResponse> {
    return waitForTask((signal) => this.getImportStatus(params, { ...options, signal }), options);
  }

  /** Starts an import with `projects.createImport`, then waits for it like `waitForImport`. */
  async createImportAndWait(
    params: ProjectsCreateImportParams,
    options: WaitOptions<Models.ImportStatusResponseApiResponse> & RequestOptions = {},
  ): Promise<Models.ImportStatusResponseApiResponse> {
    const started = await this.createImport(params, options);
    return this.waitForImport(
      { import_id: taskIdOf(started), project_id: params.project_id },
      options,
    );
  }
}

/** Parameters of `readers.create` (`POST /v3/projects/{project_id}/readers`). */
export interface ReadersCreateParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.CreateReaderRequest;
}

/** Parameters of `readers.createGroup` (`POST /v3/projects/{project_id}/readers/groups`). */
export interface ReadersCreateGroupParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.CreateReaderGroupRequest;
}

/** Parameters of `readers.delete` (`DELETE /v3/projects/{project_id}/readers/{reader_id}`). */
export interface ReadersDeleteParams {
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
}

/** Parameters of `readers.deleteGroup` (`DELETE /v3/projects/{project_id}/readers/groups/{group_id}`). */
export interface ReadersDeleteGroupParams {
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
}

/** Parameters of `readers.deleteJwtReaders` (`DELETE /v3/projects/{project_id}/readers/jwt`). */
export interface ReadersDeleteJwtReadersParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  email_ids?: string[];
}

/** Parameters of `readers.getGroup` (`GET /v3/projects/{project_id}/readers/groups/{group_id}`). */
export interface ReadersGetGroupParams {
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
}

/** Parameters of `readers.list` (`GET /v3/projects/{project_id}/readers`). */
export interface ReadersListParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `readers.listGroups` (`GET /v3/projects/{project_id}/readers/groups`). */
export interface ReadersListGroupsParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `readers.update` (`PUT /v3/projects/{project_id}/readers/{reader_id}`). */
export interface ReadersUpdateParams {
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
  /** (to be written) */
  body: Models.UpdateReaderRequest;
}

/** Parameters of `readers.updateGroup` (`PUT /v3/projects/{project_id}/readers/groups/{group_id}`). */
export interface ReadersUpdateGroupParams {
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
  /** (to be written) */
  body: Models.UpdateReaderGroupRequest;
}

/** Readers: (to be written) */
export class ReadersResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/readers`
   */
  create(
    params: ReadersCreateParams,
    options?: RequestOptions,
  ): Promise<Models.ReaderResponseApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/readers",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/readers/groups`
   */
  createGroup(
    params: ReadersCreateGroupParams,
    options?: RequestOptions,
  ): Promise<Models.ReaderGroupResponseApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/readers/groups",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `DELETE /v3/projects/{project_id}/readers/{reader_id}`
   */
  delete(params: ReadersDeleteParams, options?: RequestOptions): Promise<void> {
    return this.client.request(
      { method: "delete", path: "/v3/projects/{project_id}/readers/{reader_id}", response: "none" },
      { path: this.pathParams({ project_id: params.project_id, reader_id: params.reader_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `DELETE /v3/projects/{project_id}/readers/groups/{group_id}`
   */
  deleteGroup(params: ReadersDeleteGroupParams, options?: RequestOptions): Promise<void> {
    return this.client.request(
      {
        method: "delete",
        path: "/v3/projects/{project_id}/readers/groups/{group_id}",
        response: "none",
      },
      { path: this.pathParams({ group_id: params.group_id, project_id: params.project_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `DELETE /v3/projects/{project_id}/readers/jwt`
   */
  deleteJwtReaders(params: ReadersDeleteJwtReadersParams, options?: RequestOptions): Promise<void> {
    return this.client.request(
      { method: "delete", path: "/v3/projects/{project_id}/readers/jwt", response: "none" },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: { email_ids: params.email_ids },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/readers/groups/{group_id}`
   */
  getGroup(
    params: ReadersGetGroupParams,
    options?: RequestOptions,
  ): Promise<Models.ReaderGroupResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/readers/groups/{group_id}",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ group_id: params.group_id, project_id: params.project_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/readers`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  list(
    params: ReadersListParams,
    options?: RequestOptions,
  ): PagePromise<Models.ReaderResponsePaginatedResponse, Models.ReaderResponse, ReadersListParams> {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.ReaderResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/readers",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              page: page.page,
              page_size: page.page_size,
              search_email: page.search_email,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/readers/groups`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listGroups(
    params: ReadersListGroupsParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.ReaderGroupResponsePaginatedResponse,
    Models.ReaderGroupResponse,
    ReadersListGroupsParams
  > {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.ReaderGroupResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/readers/groups",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              page: page.page,
              page_size: page.page_size,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `PUT /v3/projects/{project_id}/readers/{reader_id}`
   */
  update(
    params: ReadersUpdateParams,
    options?: RequestOptions,
  ): Promise<Models.ReaderResponseApiResponse> {
    return this.client.request(
      {
        method: "put",
        path: "/v3/projects/{project_id}/readers/{reader_id}",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id, reader_id: params.reader_id }),
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `PUT /v3/projects/{project_id}/readers/groups/{group_id}`
   */
  updateGroup(
    params: ReadersUpdateGroupParams,
    options?: RequestOptions,
  ): Promise<Models.ReaderGroupResponseApiResponse> {
    return this.client.request(
      {
        method: "put",
        path: "/v3/projects/{project_id}/readers/groups/{group_id}",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ group_id: params.group_id, project_id: params.project_id }),
        body: params.body,
      },
      options,
    );
  }
}

/** Parameters of `searchAnalytics.getSummary` (`GET /v3/projects/{project_id}/analytics/search/summary`). */
export interface SearchAnalyticsGetSummaryParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `searchAnalytics.getTimeline` (`GET /v3/projects/{project_id}/analytics/search/timeline`). */
export interface SearchAnalyticsGetTimelineParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `searchAnalytics.listKeywords` (`GET /v3/projects/{project_id}/analytics/search/keywords`). */
export interface SearchAnalyticsListKeywordsParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `searchAnalytics.listNoResults` (`GET /v3/projects/{project_id}/analytics/search/no-results`). */
export interface SearchAnalyticsListNoResultsParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** SearchAnalytics: (to be written) */
export class SearchAnalyticsResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/search/summary`
   */
  getSummary(
    params: SearchAnalyticsGetSummaryParams,
    options?: RequestOptions,
  ): Promise<Models.SearchAnalyticsSummaryResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/analytics/search/summary",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          end_date: params.end_date,
          lang_code: params.lang_code,
          start_date: params.start_date,
          workspace_id: params.workspace_id,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/search/timeline`
   */
  getTimeline(
    params: SearchAnalyticsGetTimelineParams,
    options?: RequestOptions,
  ): Promise<Models.SearchTimelineDataPointListApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/analytics/search/timeline",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          end_date: params.end_date,
          lang_code: params.lang_code,
          start_date: params.start_date,
          workspace_id: params.workspace_id,
        },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/search/keywords`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listKeywords(
    params: SearchAnalyticsListKeywordsParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.SearchKeywordResponsePaginatedResponse,
    Models.SearchKeywordResponse,
    SearchAnalyticsListKeywordsParams
  > {
    return new PagePromise(
      params,
      "page",
      (page) =>
        this.client.request<Models.SearchKeywordResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/analytics/search/keywords",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              end_date: page.end_date,
              lang_code: page.lang_code,
              page: page.page,
              page_size: page.page_size,
              search_text: page.search_text,
              sort_by: page.sort_by,
              sort_order: page.sort_order,
              start_date: page.start_date,
              workspace_id: page.workspace_id,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/analytics/search/no-results`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listNoResults(
    params: SearchAnalyticsListNoResultsParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.SearchKeywordResponsePaginatedResponse,
    Models.SearchKeywordResponse,
    SearchAnalyticsListNoResultsParams
  > {
    return new PagePromise(
      params,
      "page",
      (page) =>
        this.client.request<Models.SearchKeywordResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/analytics/search/no-results",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              end_date: page.end_date,
              lang_code: page.lang_code,
              page: page.page,
              page_size: page.page_size,
              search_text: page.search_text,
              sort_by: page.sort_by,
              sort_order: page.sort_order,
              start_date: page.start_date,
              workspace_id: page.workspace_id,
            },
          },
          options,
        ),
      options?.signal,
    );
  }
}

/** Parameters of `translations.getArticles` (`GET /v3/projects/{project_id}/translations`). */
export interface TranslationsGetArticlesParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Translations: (to be written) */
export class TranslationsResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/translations`
   */
  getArticles(
    params: TranslationsGetArticlesParams,
    options?: RequestOptions,
  ): Promise<Models.TranslationArticleResponseListApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/translations",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: {
          lang_code: params.lang_code,
          status: params.status,
          workspace_id: params.workspace_id,
        },
      },
      options,
    );
  }
}

/** Parameters of `users.checkEmailAvailability` (`GET /v3/projects/{project_id}/users/email-availability`). */
export interface UsersCheckEmailAvailabilityParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  email: string;
  /**
   * (to be written)
   *
   * @default false
   */
  is_an_sso_user?: boolean;
}

/** Parameters of `users.create` (`POST /v3/projects/{project_id}/users`). */
export interface UsersCreateParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.CreateUserRequest;
}

/** Parameters of `users.delete` (`DELETE /v3/projects/{project_id}/users/{user_id}`). */
export interface UsersDeleteParams {
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
}

/** Parameters of `users.editContentRole` (`PUT /v3/projects/{project_id}/users/{user_id}/content-role`). */
export interface UsersEditContentRoleParams {
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
  /** (to be written) */
  body: Models.EditContentRoleRequest;
}

/** Parameters of `users.editGroups` (`PUT /v3/projects/{project_id}/users/{user_id}/groups`). */
export interface UsersEditGroupsParams {
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
  /** (to be written) */
  body: Models.EditUserGroupsRequest;
}

/** Parameters of `users.editPortalRole` (`PUT /v3/projects/{project_id}/users/{user_id}/portal-role`). */
export interface UsersEditPortalRoleParams {
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
  /** (to be written) */
  body: Models.EditPortalRoleRequest;
}

/** Parameters of `users.get` (`GET /v3/projects/{project_id}/users/{user_id}`). */
export interface UsersGetParams {
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
}

/** Parameters of `users.getCurrentUser` (`GET /v3/projects/{project_id}/users/me`). */
export interface UsersGetCurrentUserParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
}

/** Parameters of `users.list` (`GET /v3/projects/{project_id}/users`). */
export interface UsersListParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `users.listGroups` (`GET /v3/projects/{project_id}/users/groups`). */
export interface UsersListGroupsParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `users.listRoles` (`GET /v3/projects/{project_id}/users/roles`). */
export interface UsersListRolesParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Users: (to be written) */
export class UsersResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/users/email-availability`
   */
  checkEmailAvailability(
    params: UsersCheckEmailAvailabilityParams,
    options?: RequestOptions,
  ): Promise<Models.EmailAvailabilityResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/users/email-availability",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id }),
        query: { email: params.email, is_an_sso_user: params.is_an_sso_user },
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/users`
   */
  create(
    params: UsersCreateParams,
    options?: RequestOptions,
  ): Promise<Models.AddUserResponseApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/users",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `DELETE /v3/projects/{project_id}/users/{user_id}`
   */
  delete(params: UsersDeleteParams, options?: RequestOptions): Promise<void> {
    return this.client.request(
      { method: "delete", path: "/v3/projects/{project_id}/users/{user_id}", response: "none" },
      { path: this.pathParams({ project_id: params.project_id, user_id: params.user_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `PUT /v3/projects/{project_id}/users/{user_id}/content-role`
   */
  editContentRole(
    params: UsersEditContentRoleParams,
    options?: RequestOptions,
  ): Promise<Models.ApiResponse> {
    return this.client.request(
      {
        method: "put",
        path: "/v3/projects/{project_id}/users/{user_id}/content-role",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id, user_id: params.user_id }),
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `PUT /v3/projects/{project_id}/users/{user_id}/groups`
   */
  editGroups(params: UsersEditGroupsParams, options?: RequestOptions): Promise<Models.ApiResponse> {
    return this.client.request(
      {
        method: "put",
        path: "/v3/projects/{project_id}/users/{user_id}/groups",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id, user_id: params.user_id }),
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `PUT /v3/projects/{project_id}/users/{user_id}/portal-role`
   */
  editPortalRole(
    params: UsersEditPortalRoleParams,
    options?: RequestOptions,
  ): Promise<Models.ApiResponse> {
    return this.client.request(
      {
        method: "put",
        path: "/v3/projects/{project_id}/users/{user_id}/portal-role",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id, user_id: params.user_id }),
        body: params.body,
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/users/{user_id}`
   */
  get(
    params: UsersGetParams,
    options?: RequestOptions,
  ): Promise<Models.UserDetailResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/users/{user_id}",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id, user_id: params.user_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/users/me`
   */
  getCurrentUser(
    params: UsersGetCurrentUserParams,
    options?: RequestOptions,
  ): Promise<Models.UserDetailResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/users/me",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }) },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/users`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  list(
    params: UsersListParams,
    options?: RequestOptions,
  ): PagePromise<Models.UserResponsePaginatedResponse, Models.UserResponse, UsersListParams> {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.UserResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/users",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              page: page.page,
              page_size: page.page_size,
              search: page.search,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/users/groups`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listGroups(
    params: UsersListGroupsParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.UserGroupResponsePaginatedResponse,
    Models.UserGroupResponse,
    UsersListGroupsParams
  > {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.UserGroupResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/users/groups",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              page: page.page,
              page_size: page.page_size,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/users/roles`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listRoles(
    params: UsersListRolesParams,
    options?: RequestOptions,
  ): PagePromise<Models.RoleResponsePaginatedResponse, Models.RoleResponse, UsersListRolesParams> {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.RoleResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/users/roles",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              page: page.page,
              page_size: page.page_size,
            },
          },
          options,
        ),
      options?.signal,
    );
  }
}

/** Parameters of `workspaces.get` (`GET /v3/projects/{project_id}/workspaces/{workspace_id}`). */
export interface WorkspacesGetParams {
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
}

/** Parameters of `workspaces.list` (`GET /v3/projects/{project_id}/workspaces`). */
export interface WorkspacesListParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
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
}

/** Parameters of `workspaces.listApiReferences` (`GET /v3/projects/{project_id}/workspaces/{workspace_id}/api-references`). */
export interface WorkspacesListApiReferencesParams {
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
}

/** Parameters of `workspaces.listArticles` (`GET /v3/projects/{project_id}/workspaces/{workspace_id}/articles`). */
export interface WorkspacesListArticlesParams {
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
}

/** Parameters of `workspaces.listCategories` (`GET /v3/projects/{project_id}/workspaces/{workspace_id}/categories`). */
export interface WorkspacesListCategoriesParams {
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
}

/** Parameters of `workspaces.postAiFeedback` (`POST /v3/projects/{project_id}/workspaces/ai/feedback`). */
export interface WorkspacesPostAiFeedbackParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.AiFeedbackRequest;
}

/** Parameters of `workspaces.postAiQuery` (`POST /v3/projects/{project_id}/workspaces/ai/query`). */
export interface WorkspacesPostAiQueryParams {
  /**
   * (to be written)
   *
   * @format uuid
   */
  project_id: string;
  /** (to be written) */
  body: Models.AiQueryRequest;
}

/** Workspaces: (to be written) */
export class WorkspacesResource extends ApiResource<paths> {
  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/workspaces/{workspace_id}`
   */
  get(
    params: WorkspacesGetParams,
    options?: RequestOptions,
  ): Promise<Models.WorkspaceDetailResponseApiResponse> {
    return this.client.request(
      {
        method: "get",
        path: "/v3/projects/{project_id}/workspaces/{workspace_id}",
        response: "json",
        envelope: true,
      },
      {
        path: this.pathParams({ project_id: params.project_id, workspace_id: params.workspace_id }),
      },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/workspaces`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  list(
    params: WorkspacesListParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.WorkspaceResponsePaginatedResponse,
    Models.WorkspaceResponse,
    WorkspacesListParams
  > {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.WorkspaceResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/workspaces",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              page: page.page,
              page_size: page.page_size,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/workspaces/{workspace_id}/api-references`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listApiReferences(
    params: WorkspacesListApiReferencesParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.ApiReferenceSummaryResponsePaginatedResponse,
    Models.ApiReferenceSummaryResponse,
    WorkspacesListApiReferencesParams
  > {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.ApiReferenceSummaryResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/workspaces/{workspace_id}/api-references",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id, workspace_id: page.workspace_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              page: page.page,
              page_size: page.page_size,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/workspaces/{workspace_id}/articles`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listArticles(
    params: WorkspacesListArticlesParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.ArticleSummaryResponsePaginatedResponse,
    Models.ArticleSummaryResponse,
    WorkspacesListArticlesParams
  > {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.ArticleSummaryResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/workspaces/{workspace_id}/articles",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id, workspace_id: page.workspace_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              lang_code: page.lang_code,
              page: page.page,
              page_size: page.page_size,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `GET /v3/projects/{project_id}/workspaces/{workspace_id}/categories`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listCategories(
    params: WorkspacesListCategoriesParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.CategorySummaryResponsePaginatedResponse,
    Models.CategorySummaryResponse,
    WorkspacesListCategoriesParams
  > {
    return new PagePromise(
      params,
      "cursor",
      (page) =>
        this.client.request<Models.CategorySummaryResponsePaginatedResponse>(
          {
            method: "get",
            path: "/v3/projects/{project_id}/workspaces/{workspace_id}/categories",
            response: "json",
            envelope: true,
          },
          {
            path: this.pathParams({ project_id: page.project_id, workspace_id: page.workspace_id }),
            query: {
              cursor: page.cursor,
              include_total_count: page.include_total_count,
              lang_code: page.lang_code,
              page: page.page,
              page_size: page.page_size,
            },
          },
          options,
        ),
      options?.signal,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/workspaces/ai/feedback`
   */
  postAiFeedback(
    params: WorkspacesPostAiFeedbackParams,
    options?: RequestOptions,
  ): Promise<Models.ApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/workspaces/ai/feedback",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }

  /**
   * (to be written)
   *
   * `POST /v3/projects/{project_id}/workspaces/ai/query`
   */
  postAiQuery(
    params: WorkspacesPostAiQueryParams,
    options?: RequestOptions,
  ): Promise<Models.AiQueryResponseApiResponse> {
    return this.client.request(
      {
        method: "post",
        path: "/v3/projects/{project_id}/workspaces/ai/query",
        requestMediaType: "application/json",
        response: "json",
        envelope: true,
      },
      { path: this.pathParams({ project_id: params.project_id }), body: params.body },
      options,
    );
  }
}
