// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import {
  ApiResource,
  type ApiPromise,
  downloadTo,
  downloadUrlOf,
  taskIdOf,
  waitForTask,
  type DownloadDestination,
  type WaitOptions,
  type FlatParams,
  type PagePromise,
  type RequestOptions,
} from "./runtime/index.js";
import type * as Models from "./models.js";
import type * as Operations from "./operations.js";
import type { paths } from "./paths.js";
import * as Specs from "./specs.js";

/** Parameters of `aiSearchAnalytics.getSummary` (`GET /v3/projects/{project_id}/analytics/ai-search/summary`). */
export type AISearchAnalyticsGetSummaryParams = FlatParams<
  typeof Operations.getAISearchAnalyticSummary
>;
/** Parameters of `aiSearchAnalytics.listMostReferencedArticles` (`GET /v3/projects/{project_id}/analytics/ai-search/most-referenced-articles`). */
export type AISearchAnalyticsListMostReferencedArticlesParams = FlatParams<
  typeof Operations.listAISearchAnalyticMostReferencedArticles
>;
/** Parameters of `aiSearchAnalytics.listTimeline` (`GET /v3/projects/{project_id}/analytics/ai-search/timeline`). */
export type AISearchAnalyticsListTimelineParams = FlatParams<
  typeof Operations.listAISearchAnalyticTimeline
>;
/** Parameters of `aiSearchAnalytics.listTrendingTopics` (`GET /v3/projects/{project_id}/analytics/ai-search/trending-topics`). */
export type AISearchAnalyticsListTrendingTopicsParams = FlatParams<
  typeof Operations.listAISearchAnalyticTrendingTopics
>;

/** AISearchAnalytics: Metrics on AI search, covering query volumes, answer coverage, cited articles and trending topics. */
export class AISearchAnalyticsResource extends ApiResource<paths> {
  /**
   * Read AI search totals for a period
   *
   * Totals for AI search over the period: questions asked, how many got an answer and how many did not, conversations, and readers' likes and dislikes on answers. `data_available_from` tells from when data exists. Needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/ai-search/summary`
   */
  getSummary(
    params: AISearchAnalyticsGetSummaryParams,
    options?: RequestOptions,
  ): ApiPromise<Models.AISearchSummaryResponseApiResponse> {
    return this.call(Specs.getAISearchAnalyticSummary, params, options);
  }

  /**
   * List the articles AI answers cite most
   *
   * Articles ranked by how many AI-generated answers used them as a source during the period. The whole list comes back in one reply, without paging. Needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/ai-search/most-referenced-articles`
   */
  listMostReferencedArticles(
    params: AISearchAnalyticsListMostReferencedArticlesParams,
    options?: RequestOptions,
  ): ApiPromise<Models.MostReferencedArticleResponseListApiResponse> {
    return this.call(Specs.listAISearchAnalyticMostReferencedArticles, params, options);
  }

  /**
   * Read AI search activity per day
   *
   * One data point per day of the period, each with questions asked, answered and unanswered counts, conversations, likes and dislikes; handy for trend charts. Needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/ai-search/timeline`
   */
  listTimeline(
    params: AISearchAnalyticsListTimelineParams,
    options?: RequestOptions,
  ): ApiPromise<Models.AISearchTimelineResponseListApiResponse> {
    return this.call(Specs.listAISearchAnalyticTimeline, params, options);
  }

  /**
   * List trending AI search topics
   *
   * Groups of related questions readers put to AI search in the period, ranked by number of questions. A topic whose `is_no_search_cluster` is true gathers questions that got no answer, a hint at missing content. Returned in full, without paging; needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/ai-search/trending-topics`
   */
  listTrendingTopics(
    params: AISearchAnalyticsListTrendingTopicsParams,
    options?: RequestOptions,
  ): ApiPromise<Models.TrendingTopicResponseListApiResponse> {
    return this.call(Specs.listAISearchAnalyticTrendingTopics, params, options);
  }
}

/** Parameters of `apiReferences.getLogDetail` (`GET /v3/projects/{project_id}/api-references/{api_reference_id}/logs/{log_id}`). */
export type ApiReferencesGetLogDetailParams = FlatParams<
  typeof Operations.getApiReferenceLogDetail
>;
/** Parameters of `apiReferences.import` (`POST /v3/projects/{project_id}/api-references`). */
export type ApiReferencesImportParams = FlatParams<typeof Operations.importApiReference>;
/** Parameters of `apiReferences.listLogs` (`GET /v3/projects/{project_id}/api-references/{api_reference_id}/logs`). */
export type ApiReferencesListLogsParams = FlatParams<typeof Operations.listApiReferenceLogs>;

/** ApiReferences: Import of OpenAPI or Swagger files as API reference content, and their import logs. */
export class ApiReferencesResource extends ApiResource<paths> {
  /**
   * Read the messages of one import attempt
   *
   * Returns every error and warning recorded for one import attempt. Errors mark parts of the specification that could not be imported; warnings mark problems that were skipped or resolved automatically. Each message points at the spot in the source specification it concerns.
   *
   * `GET /v3/projects/{project_id}/api-references/{api_reference_id}/logs/{log_id}`
   */
  getLogDetail(
    params: ApiReferencesGetLogDetailParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ApiReferenceLogDetailResponseApiResponse> {
    return this.call(Specs.getApiReferenceLogDetail, params, options);
  }

  /**
   * Import an OpenAPI or Swagger specification
   *
   * Starts importing an API specification, given by `url` or inline `content` (one of the two), into a workspace; a workspace that is missing or has no API documentation enabled gives 422. Needs the `UpdateArticles` permission. The work continues in the background: the call answers 202 with an id and a starting status, and `getApiReferenceApiReferenceLogs` shows how each attempt went.
   *
   * `POST /v3/projects/{project_id}/api-references`
   */
  import(
    params: ApiReferencesImportParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ImportApiReferenceResponseApiResponse> {
    return this.call(Specs.importApiReference, params, options);
  }

  /**
   * List import attempts of an API reference
   *
   * Returns one entry per import or re-import of the API reference, most recent first, each with its outcome and how many errors and warnings it produced. Paged with `page` and `page_size`; the envelope carries a plain list. Fetch the individual messages with `getApiReferenceApiReferenceLogDetail`.
   *
   * `GET /v3/projects/{project_id}/api-references/{api_reference_id}/logs`
   */
  listLogs(
    params: ApiReferencesListLogsParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ApiReferenceLogResponseListApiResponse> {
    return this.call(Specs.listApiReferenceLogs, params, options);
  }
}

/** Parameters of `articleAnalytics.getForArticle` (`GET /v3/projects/{project_id}/analytics/articles/{article_id}`). */
export type ArticleAnalyticsGetForArticleParams = FlatParams<typeof Operations.getArticleAnalytics>;
/** Parameters of `articleAnalytics.getSummary` (`GET /v3/projects/{project_id}/analytics/articles/summary`). */
export type ArticleAnalyticsGetSummaryParams = FlatParams<
  typeof Operations.getArticleAnalyticSummary
>;
/** Parameters of `articleAnalytics.listCountryVisits` (`GET /v3/projects/{project_id}/analytics/articles/countries`). */
export type ArticleAnalyticsListCountryVisitsParams = FlatParams<
  typeof Operations.listArticleAnalyticCountryVisits
>;
/** Parameters of `articleAnalytics.listMostRead` (`GET /v3/projects/{project_id}/analytics/articles/most-read`). */
export type ArticleAnalyticsListMostReadParams = FlatParams<
  typeof Operations.listArticleAnalyticMostRead
>;
/** Parameters of `articleAnalytics.listPerformance` (`GET /v3/projects/{project_id}/analytics/articles/performance`). */
export type ArticleAnalyticsListPerformanceParams = FlatParams<
  typeof Operations.listArticleAnalyticPerformance
>;
/** Parameters of `articleAnalytics.listTopArticles` (`GET /v3/projects/{project_id}/analytics/articles/top`). */
export type ArticleAnalyticsListTopArticlesParams = FlatParams<
  typeof Operations.listArticleAnalyticTopArticles
>;
/** Parameters of `articleAnalytics.listTopCategories` (`GET /v3/projects/{project_id}/analytics/articles/top-categories`). */
export type ArticleAnalyticsListTopCategoriesParams = FlatParams<
  typeof Operations.listArticleAnalyticTopCategories
>;

/** ArticleAnalytics: Metrics on article views, reads and likes, top articles and categories, and readers' countries. */
export class ArticleAnalyticsResource extends ApiResource<paths> {
  /**
   * Read one article's lifetime analytics
   *
   * Returns an article's engagement since it was created (views, reads, likes, dislikes, reading time, feedback count) together with the number of links to it from other articles of the project. There is no date filter here; `metrics` is null when no analytics exist for the article. Needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/articles/{article_id}`
   */
  getForArticle(
    params: ArticleAnalyticsGetForArticleParams,
    options?: RequestOptions,
  ): ApiPromise<Models.IndividualArticleAnalyticsResponseApiResponse> {
    return this.call(Specs.getArticleAnalytics, params, options);
  }

  /**
   * Read article engagement totals
   *
   * Adds up article views, reads, likes and dislikes over the period, and also reports the longest single reading session and how many articles were viewed at least once. Can be narrowed to one workspace and language. Needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/articles/summary`
   */
  getSummary(
    params: ArticleAnalyticsGetSummaryParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ArticleAnalyticsSummaryResponseApiResponse> {
    return this.call(Specs.getArticleAnalyticSummary, params, options);
  }

  /**
   * List article visits by country
   *
   * Returns every country that article visits came from during the period, with its visit count, busiest first. Countries are two-letter ISO 3166-1 codes; the list is not paged. Needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/articles/countries`
   */
  listCountryVisits(
    params: ArticleAnalyticsListCountryVisitsParams,
    options?: RequestOptions,
  ): ApiPromise<Models.CountryVisitsResponseListApiResponse> {
    return this.call(Specs.listArticleAnalyticCountryVisits, params, options);
  }

  /**
   * List the five most-read articles
   *
   * Returns up to five articles ordered by the total time readers spent in them during the period, which can differ from the most viewed ones. There is no paging. Needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/articles/most-read`
   */
  listMostRead(
    params: ArticleAnalyticsListMostReadParams,
    options?: RequestOptions,
  ): ApiPromise<Models.MostReadArticleResponseListApiResponse> {
    return this.call(Specs.listArticleAnalyticMostRead, params, options);
  }

  /**
   * Read daily article engagement
   *
   * Returns one entry per day of the period holding that day's view, read, like and dislike counts, ready for a time-series chart. Needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/articles/performance`
   */
  listPerformance(
    params: ArticleAnalyticsListPerformanceParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ArticlePerformanceResponseListApiResponse> {
    return this.call(Specs.listArticleAnalyticPerformance, params, options);
  }

  /**
   * List articles ranked by engagement
   *
   * Ranks the articles by their engagement in the period and returns them page by page. Pick the metric with `sort_by` and the direction with `sort_order`; an unknown sort column is rejected with 422. Needs the `ViewAnalytics` permission.
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
    return this.paginate(Specs.listArticleAnalyticTopArticles, params, options);
  }

  /**
   * List categories ranked by engagement
   *
   * Ranks categories by the combined engagement of the articles inside them over the period, one page at a time; choose the metric with `sort_by` and the direction with `sort_order`. Needs the `ViewAnalytics` permission.
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
    return this.paginate(Specs.listArticleAnalyticTopCategories, params, options);
  }
}

/** Parameters of `articles.bulkCreate` (`POST /v3/projects/{project_id}/articles/bulk`). */
export type ArticlesBulkCreateParams = FlatParams<typeof Operations.bulkCreateArticles>;
/** Parameters of `articles.bulkDelete` (`DELETE /v3/projects/{project_id}/articles/bulk`). */
export type ArticlesBulkDeleteParams = FlatParams<typeof Operations.bulkDeleteArticles>;
/** Parameters of `articles.bulkDeleteVersions` (`DELETE /v3/projects/{project_id}/articles/bulk/versions`). */
export type ArticlesBulkDeleteVersionsParams = FlatParams<
  typeof Operations.bulkDeleteArticleVersions
>;
/** Parameters of `articles.bulkPublish` (`POST /v3/projects/{project_id}/articles/bulk/publish`). */
export type ArticlesBulkPublishParams = FlatParams<typeof Operations.bulkPublishArticles>;
/** Parameters of `articles.bulkUnpublish` (`POST /v3/projects/{project_id}/articles/bulk/unpublish`). */
export type ArticlesBulkUnpublishParams = FlatParams<typeof Operations.bulkUnpublishArticles>;
/** Parameters of `articles.bulkUpdate` (`PATCH /v3/projects/{project_id}/articles/bulk`). */
export type ArticlesBulkUpdateParams = FlatParams<typeof Operations.bulkUpdateArticles>;
/** Parameters of `articles.create` (`POST /v3/projects/{project_id}/articles`). */
export type ArticlesCreateParams = FlatParams<typeof Operations.createArticle>;
/** Parameters of `articles.delete` (`DELETE /v3/projects/{project_id}/articles/{article_id}`). */
export type ArticlesDeleteParams = FlatParams<typeof Operations.deleteArticle>;
/** Parameters of `articles.deleteVersion` (`DELETE /v3/projects/{project_id}/articles/{article_id}/versions/{version_number}`). */
export type ArticlesDeleteVersionParams = FlatParams<typeof Operations.deleteArticleVersion>;
/** Parameters of `articles.forkVersion` (`POST /v3/projects/{project_id}/articles/{article_id}/fork`). */
export type ArticlesForkVersionParams = FlatParams<typeof Operations.forkArticleVersion>;
/** Parameters of `articles.get` (`GET /v3/projects/{project_id}/articles/{article_id}`). */
export type ArticlesGetParams = FlatParams<typeof Operations.getArticle>;
/** Parameters of `articles.getSettings` (`GET /v3/projects/{project_id}/articles/{article_id}/settings`). */
export type ArticlesGetSettingsParams = FlatParams<typeof Operations.getArticleSettings>;
/** Parameters of `articles.getVersion` (`GET /v3/projects/{project_id}/articles/{article_id}/versions/{version_number}`). */
export type ArticlesGetVersionParams = FlatParams<typeof Operations.getArticleVersion>;
/** Parameters of `articles.listVersions` (`GET /v3/projects/{project_id}/articles/{article_id}/versions`). */
export type ArticlesListVersionsParams = FlatParams<typeof Operations.listArticleVersions>;
/** Parameters of `articles.publish` (`POST /v3/projects/{project_id}/articles/{article_id}/publish`). */
export type ArticlesPublishParams = FlatParams<typeof Operations.publishArticle>;
/** Parameters of `articles.unpublish` (`POST /v3/projects/{project_id}/articles/{article_id}/unpublish`). */
export type ArticlesUnpublishParams = FlatParams<typeof Operations.unpublishArticle>;
/** Parameters of `articles.update` (`PATCH /v3/projects/{project_id}/articles/{article_id}`). */
export type ArticlesUpdateParams = FlatParams<typeof Operations.updateArticle>;
/** Parameters of `articles.updateSettings` (`PATCH /v3/projects/{project_id}/articles/{article_id}/settings`). */
export type ArticlesUpdateSettingsParams = FlatParams<typeof Operations.updateArticleSettings>;
/** Parameters of `articles.updateWorkflowStatus` (`PATCH /v3/projects/{project_id}/articles/{article_id}/workflow-status`). */
export type ArticlesUpdateWorkflowStatusParams = FlatParams<
  typeof Operations.updateArticleWorkflowStatus
>;

/** Articles: Knowledge base articles, with their versions, settings, workflow state, publishing and bulk operations. */
export class ArticlesResource extends ApiResource<paths> {
  /**
   * Create up to 100 articles at once
   *
   * Creates each listed article as a draft, on its own: an item that fails validation does not stop the rest. The response has one result per item, matched to the input by `index`; the top-level `success` is `false` if any item failed.
   *
   * `POST /v3/projects/{project_id}/articles/bulk`
   */
  bulkCreate(
    params: ArticlesBulkCreateParams,
    options?: RequestOptions,
  ): ApiPromise<Models.BulkOperationResultListApiResponse> {
    return this.call(Specs.bulkCreateArticles, params, options);
  }

  /**
   * Delete up to 100 articles at once
   *
   * Removes each listed article, with all its versions, for good. Items are handled one by one, so an id that is not found fails alone while the others are still deleted; check each result. Unpublishing is the reversible alternative.
   *
   * `DELETE /v3/projects/{project_id}/articles/bulk`
   */
  bulkDelete(
    params: ArticlesBulkDeleteParams,
    options?: RequestOptions,
  ): ApiPromise<Models.BulkOperationResultListApiResponse> {
    return this.call(Specs.bulkDeleteArticles, params, options);
  }

  /**
   * Delete several versions of one article
   *
   * Removes the given version numbers of a single article permanently. The published version may not be among them (unpublish first). The response reports each version separately.
   *
   * `DELETE /v3/projects/{project_id}/articles/bulk/versions`
   */
  bulkDeleteVersions(
    params: ArticlesBulkDeleteVersionsParams,
    options?: RequestOptions,
  ): ApiPromise<Models.BulkOperationResultListApiResponse> {
    return this.call(Specs.bulkDeleteArticleVersions, params, options);
  }

  /**
   * Publish up to 100 articles at once
   *
   * Publishes each listed article on its own, so one failure leaves the others published. Each item gets a result with error details; the top-level `success` is `true` only when every article went through. Needs the `PublishArticles` permission.
   *
   * `POST /v3/projects/{project_id}/articles/bulk/publish`
   */
  bulkPublish(
    params: ArticlesBulkPublishParams,
    options?: RequestOptions,
  ): ApiPromise<Models.BulkOperationResultListApiResponse> {
    return this.call(Specs.bulkPublishArticles, params, options);
  }

  /**
   * Unpublish up to 100 articles at once
   *
   * Turns each listed article back into a draft, keeping its content but removing it from the site. Articles are handled independently and reported one by one. Needs the `PublishArticles` permission.
   *
   * `POST /v3/projects/{project_id}/articles/bulk/unpublish`
   */
  bulkUnpublish(
    params: ArticlesBulkUnpublishParams,
    options?: RequestOptions,
  ): ApiPromise<Models.BulkOperationResultListApiResponse> {
    return this.call(Specs.bulkUnpublishArticles, params, options);
  }

  /**
   * Update up to 100 articles at once
   *
   * Applies a partial update to each listed article: only the fields set in an item change. Items succeed or fail independently, and the response reports each one.
   *
   * `PATCH /v3/projects/{project_id}/articles/bulk`
   */
  bulkUpdate(
    params: ArticlesBulkUpdateParams,
    options?: RequestOptions,
  ): ApiPromise<Models.BulkOperationResultListApiResponse> {
    return this.call(Specs.bulkUpdateArticles, params, options);
  }

  /**
   * Create an article
   *
   * Adds a draft article to a category of the given workspace. When `content_type` is omitted the article uses the Markdown editor. Readers see it only after `publishArticleArticle`.
   *
   * `POST /v3/projects/{project_id}/articles`
   */
  create(
    params: ArticlesCreateParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ArticleDetailResponseApiResponse> {
    return this.call(Specs.createArticle, params, options);
  }

  /**
   * Delete an article
   *
   * Removes the article together with every one of its versions, and cannot be undone. If you might want the article back later, hide or unpublish it instead.
   *
   * `DELETE /v3/projects/{project_id}/articles/{article_id}`
   */
  delete(params: ArticlesDeleteParams, options?: RequestOptions): ApiPromise<void> {
    return this.call(Specs.deleteArticle, params, options);
  }

  /**
   * Delete one version of an article
   *
   * Removes a single version for good. The live (published) version cannot be removed until the article is unpublished, and an article's last remaining version goes only by deleting the article itself with `deleteArticleArticle`.
   *
   * `DELETE /v3/projects/{project_id}/articles/{article_id}/versions/{version_number}`
   */
  deleteVersion(params: ArticlesDeleteVersionParams, options?: RequestOptions): ApiPromise<void> {
    return this.call(Specs.deleteArticleVersion, params, options);
  }

  /**
   * Start a draft from the published version
   *
   * Copies the published content into a new draft version, so edits can be made while readers keep seeing the live one. Fails with 409 when the article already has a draft. `updateArticleArticle` with `auto_fork: true` does the same on demand.
   *
   * `POST /v3/projects/{project_id}/articles/{article_id}/fork`
   */
  forkVersion(
    params: ArticlesForkVersionParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ArticleDetailResponseApiResponse> {
    return this.call(Specs.forkArticleVersion, params, options);
  }

  /**
   * Read an article
   *
   * Fetches the newest version of an article, whether draft or published; set `published` to get the newest published one instead, or use `getArticleArticleVersion` for an older version. The result carries both the stored `content` and its rendered `html_content`. In private or mixed-visibility projects, media links in the content come with SAS tokens attached.
   *
   * `GET /v3/projects/{project_id}/articles/{article_id}`
   */
  get(
    params: ArticlesGetParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ArticleDetailResponseApiResponse> {
    return this.call(Specs.getArticle, params, options);
  }

  /**
   * Read an article's settings
   *
   * Returns the SEO fields, visibility and search flags, tags, status badge and related articles of an article. Settings differ per language: pass `lang_code` for anything but the default language. Change them with `updateArticleArticleSettings` without touching the content.
   *
   * `GET /v3/projects/{project_id}/articles/{article_id}/settings`
   */
  getSettings(
    params: ArticlesGetSettingsParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ArticleSettingsResponseApiResponse> {
    return this.call(Specs.getArticleSettings, params, options);
  }

  /**
   * Read one version of an article
   *
   * Fetches the content of an article as it stood in one numbered version; `getArticleArticleVersions` tells you which numbers exist. An unknown article or version number gives 404. In private or mixed-visibility projects, media links carry SAS tokens.
   *
   * `GET /v3/projects/{project_id}/articles/{article_id}/versions/{version_number}`
   */
  getVersion(
    params: ArticlesGetVersionParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ArticleDetailResponseApiResponse> {
    return this.call(Specs.getArticleVersion, params, options);
  }

  /**
   * List an article's versions
   *
   * Pages through every version of the article, drafts and published alike, each with its status, creation time and author. Version numbers start at 1 and go up by one.
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
    return this.paginate(Specs.listArticleVersions, params, options);
  }

  /**
   * Publish a draft version
   *
   * Makes the draft named by `version_number` the live version that readers see; it replaces whichever version was published before. The number must belong to an existing draft.
   *
   * `POST /v3/projects/{project_id}/articles/{article_id}/publish`
   */
  publish(params: ArticlesPublishParams, options?: RequestOptions): ApiPromise<Models.ApiResponse> {
    return this.call(Specs.publishArticle, params, options);
  }

  /**
   * Unpublish an article
   *
   * Takes the version named by `version_number` off the site and turns it back into a draft; the content is kept. With a machine-to-machine token, also send `user_id`. Needs the `PublishArticles` permission; `UpdateArticles` is not enough.
   *
   * `POST /v3/projects/{project_id}/articles/{article_id}/unpublish`
   */
  unpublish(
    params: ArticlesUnpublishParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ApiResponse> {
    return this.call(Specs.unpublishArticle, params, options);
  }

  /**
   * Update an article
   *
   * Changes only the fields you send; anything left out keeps its value. Editing the content of a published version fails with 422 unless `auto_fork` is `true`, in which case a new draft is forked and the change lands there. Returns the updated article.
   *
   * `PATCH /v3/projects/{project_id}/articles/{article_id}`
   */
  update(
    params: ArticlesUpdateParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ArticleDetailResponseApiResponse> {
    return this.call(Specs.updateArticle, params, options);
  }

  /**
   * Change an article's settings
   *
   * Partially updates the settings for one language: send only what should change, for instance SEO title and description, search exclusions, comments, tags, status badge, related articles or content type. Needs the `UpdateArticles` permission and access to this article.
   *
   * `PATCH /v3/projects/{project_id}/articles/{article_id}/settings`
   */
  updateSettings(
    params: ArticlesUpdateSettingsParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ArticleSettingsResponseApiResponse> {
    return this.call(Specs.updateArticleSettings, params, options);
  }

  /**
   * Move an article to a workflow status
   *
   * Sets the article's review workflow to another status, taken from `getProjectWorkflowStatuses`; which moves are allowed depends on how the project's workflow is configured. You may also name an assignee and a due date for the step.
   *
   * `PATCH /v3/projects/{project_id}/articles/{article_id}/workflow-status`
   */
  updateWorkflowStatus(
    params: ArticlesUpdateWorkflowStatusParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ApiResponse> {
    return this.call(Specs.updateArticleWorkflowStatus, params, options);
  }
}

/** Parameters of `categories.bulkCreate` (`POST /v3/projects/{project_id}/categories/bulk`). */
export type CategoriesBulkCreateParams = FlatParams<typeof Operations.bulkCreateCategories>;
/** Parameters of `categories.bulkDeleteVersions` (`DELETE /v3/projects/{project_id}/categories/bulk/versions`). */
export type CategoriesBulkDeleteVersionsParams = FlatParams<
  typeof Operations.bulkDeleteCategoryVersions
>;
/** Parameters of `categories.bulkPublish` (`POST /v3/projects/{project_id}/categories/bulk/publish`). */
export type CategoriesBulkPublishParams = FlatParams<typeof Operations.bulkPublishCategories>;
/** Parameters of `categories.bulkUnpublish` (`POST /v3/projects/{project_id}/categories/bulk/unpublish`). */
export type CategoriesBulkUnpublishParams = FlatParams<typeof Operations.bulkUnpublishCategories>;
/** Parameters of `categories.bulkUpdateContent` (`PATCH /v3/projects/{project_id}/categories/bulk/content`). */
export type CategoriesBulkUpdateContentParams = FlatParams<
  typeof Operations.bulkUpdateCategoryContent
>;
/** Parameters of `categories.create` (`POST /v3/projects/{project_id}/categories`). */
export type CategoriesCreateParams = FlatParams<typeof Operations.createCategory>;
/** Parameters of `categories.delete` (`DELETE /v3/projects/{project_id}/categories/{category_id}`). */
export type CategoriesDeleteParams = FlatParams<typeof Operations.deleteCategory>;
/** Parameters of `categories.deleteVersion` (`DELETE /v3/projects/{project_id}/categories/{category_id}/versions/{version_number}`). */
export type CategoriesDeleteVersionParams = FlatParams<typeof Operations.deleteCategoryVersion>;
/** Parameters of `categories.forkVersion` (`POST /v3/projects/{project_id}/categories/{category_id}/fork`). */
export type CategoriesForkVersionParams = FlatParams<typeof Operations.forkCategoryVersion>;
/** Parameters of `categories.get` (`GET /v3/projects/{project_id}/categories/{category_id}`). */
export type CategoriesGetParams = FlatParams<typeof Operations.getCategory>;
/** Parameters of `categories.getContent` (`GET /v3/projects/{project_id}/categories/{category_id}/content`). */
export type CategoriesGetContentParams = FlatParams<typeof Operations.getCategoryContent>;
/** Parameters of `categories.getSettings` (`GET /v3/projects/{project_id}/categories/{category_id}/settings`). */
export type CategoriesGetSettingsParams = FlatParams<typeof Operations.getCategorySettings>;
/** Parameters of `categories.getVersion` (`GET /v3/projects/{project_id}/categories/{category_id}/versions/{version_number}`). */
export type CategoriesGetVersionParams = FlatParams<typeof Operations.getCategoryVersion>;
/** Parameters of `categories.listVersions` (`GET /v3/projects/{project_id}/categories/{category_id}/versions`). */
export type CategoriesListVersionsParams = FlatParams<typeof Operations.listCategoryVersions>;
/** Parameters of `categories.publish` (`POST /v3/projects/{project_id}/categories/{category_id}/publish`). */
export type CategoriesPublishParams = FlatParams<typeof Operations.publishCategory>;
/** Parameters of `categories.unpublish` (`POST /v3/projects/{project_id}/categories/{category_id}/unpublish`). */
export type CategoriesUnpublishParams = FlatParams<typeof Operations.unpublishCategory>;
/** Parameters of `categories.update` (`PATCH /v3/projects/{project_id}/categories/{category_id}`). */
export type CategoriesUpdateParams = FlatParams<typeof Operations.updateCategory>;
/** Parameters of `categories.updateContent` (`PATCH /v3/projects/{project_id}/categories/{category_id}/content`). */
export type CategoriesUpdateContentParams = FlatParams<typeof Operations.updateCategoryContent>;
/** Parameters of `categories.updateSettings` (`PATCH /v3/projects/{project_id}/categories/{category_id}/settings`). */
export type CategoriesUpdateSettingsParams = FlatParams<typeof Operations.updateCategorySettings>;
/** Parameters of `categories.updateWorkflowStatus` (`PATCH /v3/projects/{project_id}/categories/{category_id}/workflow-status`). */
export type CategoriesUpdateWorkflowStatusParams = FlatParams<
  typeof Operations.updateCategoryWorkflowStatus
>;

/** Categories: Categories that form the article tree, with their content, versions, settings and publishing. */
export class CategoriesResource extends ApiResource<paths> {
  /**
   * Create several categories at once
   *
   * Creates up to 100 categories from one request. Items are handled one by one, so some may fail while the rest succeed: check `success` and `details` on each entry. `createCategoryCategory` returns the new category itself, which this call does not.
   *
   * `POST /v3/projects/{project_id}/categories/bulk`
   */
  bulkCreate(
    params: CategoriesBulkCreateParams,
    options?: RequestOptions,
  ): ApiPromise<Models.BulkOperationResultListApiResponse> {
    return this.call(Specs.bulkCreateCategories, params, options);
  }

  /**
   * Delete several versions of a category
   *
   * Removes the listed version numbers of one category as an all-or-nothing operation: either every version goes or none does. The category's last remaining version may not be among them. Needs the `DeleteCategories` permission.
   *
   * `DELETE /v3/projects/{project_id}/categories/bulk/versions`
   */
  bulkDeleteVersions(
    params: CategoriesBulkDeleteVersionsParams,
    options?: RequestOptions,
  ): ApiPromise<Models.BulkOperationResultListApiResponse> {
    return this.call(Specs.bulkDeleteCategoryVersions, params, options);
  }

  /**
   * Publish several categories at once
   *
   * Publishes up to 100 categories, given by id, in one call. Needs the `PublishArticles` permission. Each id is handled separately and gets its own `success` and `details` entry in the result; `bulkUnpublishCategoryCategories` is the reverse.
   *
   * `POST /v3/projects/{project_id}/categories/bulk/publish`
   */
  bulkPublish(
    params: CategoriesBulkPublishParams,
    options?: RequestOptions,
  ): ApiPromise<Models.BulkOperationResultListApiResponse> {
    return this.call(Specs.bulkPublishCategories, params, options);
  }

  /**
   * Unpublish several categories at once
   *
   * Returns up to 100 published categories, given by id, to draft in one call. Needs the `PublishArticles` permission. Each id is handled separately and gets its own entry in the result; `bulkPublishCategoryCategories` is the reverse.
   *
   * `POST /v3/projects/{project_id}/categories/bulk/unpublish`
   */
  bulkUnpublish(
    params: CategoriesBulkUnpublishParams,
    options?: RequestOptions,
  ): ApiPromise<Models.BulkOperationResultListApiResponse> {
    return this.call(Specs.bulkUnpublishCategories, params, options);
  }

  /**
   * Update the content of several categories
   *
   * Applies up to 100 content changes, each naming its own category and language, one after another. Every item can set `auto_fork` to get a draft forked when none exists. The response reports an outcome per item; `updateCategoryCategoryContent` gives more detailed errors for a single category.
   *
   * `PATCH /v3/projects/{project_id}/categories/bulk/content`
   */
  bulkUpdateContent(
    params: CategoriesBulkUpdateContentParams,
    options?: RequestOptions,
  ): ApiPromise<Models.BulkOperationResultListApiResponse> {
    return this.call(Specs.bulkUpdateCategoryContent, params, options);
  }

  /**
   * Create a category
   *
   * Adds a category to a workspace, optionally under a parent and with initial content in `markdown`, `wysiwyg` or `block` format. Needs the `UpdateCategories` permission; with an API (M2M) token, `user_id` is required. The slug is derived from the name, and a slug that is already taken is rejected with 422.
   *
   * `POST /v3/projects/{project_id}/categories`
   */
  create(
    params: CategoriesCreateParams,
    options?: RequestOptions,
  ): ApiPromise<Models.CategorySimpleResponseApiResponse> {
    return this.call(Specs.createCategory, params, options);
  }

  /**
   * Delete a category permanently
   *
   * Removes the category for good, together with all its versions and the articles inside it; there is no undo. Needs the `DeleteCategories` permission and access to the category. To drop a single version instead, call `deleteCategoryCategoryVersion`.
   *
   * `DELETE /v3/projects/{project_id}/categories/{category_id}`
   */
  delete(params: CategoriesDeleteParams, options?: RequestOptions): ApiPromise<void> {
    return this.call(Specs.deleteCategory, params, options);
  }

  /**
   * Delete one version of a category
   *
   * Removes a single version by number; a category's only remaining version cannot be deleted. Needs the `DeleteCategories` permission. Look up version numbers with `getCategoryCategoryVersions`, and use `deleteCategoryCategory` to remove the whole category.
   *
   * `DELETE /v3/projects/{project_id}/categories/{category_id}/versions/{version_number}`
   */
  deleteVersion(params: CategoriesDeleteVersionParams, options?: RequestOptions): ApiPromise<void> {
    return this.call(Specs.deleteCategoryVersion, params, options);
  }

  /**
   * Fork a published category into a draft
   *
   * Copies the category's latest published version into a new draft and returns that draft's content. Answers 409 when a draft already exists. Edit the draft afterwards with `updateCategoryCategoryContent`.
   *
   * `POST /v3/projects/{project_id}/categories/{category_id}/fork`
   */
  forkVersion(
    params: CategoriesForkVersionParams,
    options?: RequestOptions,
  ): ApiPromise<Models.CategoryContentResponseApiResponse> {
    return this.call(Specs.forkCategoryVersion, params, options);
  }

  /**
   * Read a category with its articles and subcategories
   *
   * Returns the category's metadata together with the articles and child categories nested under it; the body is not included (see `getCategoryCategoryContent`). Needs the `ViewCategories` permission and access to this category; a category you cannot see answers 404 just like a missing one.
   *
   * `GET /v3/projects/{project_id}/categories/{category_id}`
   */
  get(
    params: CategoriesGetParams,
    options?: RequestOptions,
  ): ApiPromise<Models.CategoryResponseApiResponse> {
    return this.call(Specs.getCategory, params, options);
  }

  /**
   * Read a category's content
   *
   * Returns the category's body in one language. Without `published` you get the newest version even if it is a draft; with `published=true`, the most recent published one. `content_mode=display` expands snippets, variables and glossary terms, and media URLs carry SAS tokens in private or mixed-visibility projects.
   *
   * `GET /v3/projects/{project_id}/categories/{category_id}/content`
   */
  getContent(
    params: CategoriesGetContentParams,
    options?: RequestOptions,
  ): ApiPromise<Models.CategoryContentResponseApiResponse> {
    return this.call(Specs.getCategoryContent, params, options);
  }

  /**
   * Read a category's settings
   *
   * Returns the category's SEO fields (slug, SEO title, meta description), tags, search exclusions, status badge and acknowledgement setting for one language. Needs the `ViewCategories` permission; change them with `updateCategoryCategorySettings`.
   *
   * `GET /v3/projects/{project_id}/categories/{category_id}/settings`
   */
  getSettings(
    params: CategoriesGetSettingsParams,
    options?: RequestOptions,
  ): ApiPromise<Models.CategorySettingsResponseApiResponse> {
    return this.call(Specs.getCategorySettings, params, options);
  }

  /**
   * Read one version of a category
   *
   * Returns the body of the given version number in one language, with the same `content_mode` choices as `getCategoryCategoryContent`; in private or mixed-visibility projects, media URLs carry SAS tokens. Answers 404 when the category exists but that version does not; `getCategoryCategoryVersions` shows which numbers exist.
   *
   * `GET /v3/projects/{project_id}/categories/{category_id}/versions/{version_number}`
   */
  getVersion(
    params: CategoriesGetVersionParams,
    options?: RequestOptions,
  ): ApiPromise<Models.CategoryContentResponseApiResponse> {
    return this.call(Specs.getCategoryVersion, params, options);
  }

  /**
   * List a category's versions
   *
   * Returns the category's versions in one language, each with its number, state, the version it was based on, and who created and last changed it. Results come in pages: use `page` and `page_size`, or pass the `pagination.next_cursor` of the previous page as `cursor`. Read a version's body with `getCategoryCategoryVersion`.
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
    return this.paginate(Specs.listCategoryVersions, params, options);
  }

  /**
   * Publish a category version
   *
   * Makes the chosen version of the category visible to readers in one language. Needs the `PublishArticles` permission (`UpdateCategories` is not enough); with an API (M2M) token, `user_id` is required. `unpublishCategoryCategory` reverses it.
   *
   * `POST /v3/projects/{project_id}/categories/{category_id}/publish`
   */
  publish(
    params: CategoriesPublishParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ApiResponse> {
    return this.call(Specs.publishCategory, params, options);
  }

  /**
   * Unpublish a category
   *
   * Takes the category off the public knowledge base and returns it to draft, in one language. Needs the `PublishArticles` permission; with an API (M2M) token, `user_id` is required. Publish it again with `publishCategoryCategory`.
   *
   * `POST /v3/projects/{project_id}/categories/{category_id}/unpublish`
   */
  unpublish(
    params: CategoriesUnpublishParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ApiResponse> {
    return this.call(Specs.unpublishCategory, params, options);
  }

  /**
   * Rename, reorder, move or hide a category
   *
   * Changes the category's metadata (name, position, parent, visibility, icon); properties you leave out keep their current values. Body and settings have their own calls, `updateCategoryCategoryContent` and `updateCategoryCategorySettings`. Returns the category's basic fields.
   *
   * `PATCH /v3/projects/{project_id}/categories/{category_id}`
   */
  update(
    params: CategoriesUpdateParams,
    options?: RequestOptions,
  ): ApiPromise<Models.CategorySimpleResponseApiResponse> {
    return this.call(Specs.updateCategory, params, options);
  }

  /**
   * Update a category's draft content
   *
   * Writes a new title and body into the category's latest draft in one language. If only a published version exists and `auto_fork` is `true`, a draft is forked from it first; with an API (M2M) token, `updated_by` is required. SAS tokens are stripped from media URLs on save, so content read in `raw` mode can be sent back unchanged.
   *
   * `PATCH /v3/projects/{project_id}/categories/{category_id}/content`
   */
  updateContent(
    params: CategoriesUpdateContentParams,
    options?: RequestOptions,
  ): ApiPromise<Models.CategoryContentResponseApiResponse> {
    return this.call(Specs.updateCategoryContent, params, options);
  }

  /**
   * Update a category's settings
   *
   * Changes SEO fields, tags, search exclusions, the status badge (optionally with an expiry date) and the acknowledgement setting; properties you leave out keep their values. Reading the current values with `getCategoryCategorySettings` first avoids clearing something by accident. Returns the settings after the change.
   *
   * `PATCH /v3/projects/{project_id}/categories/{category_id}/settings`
   */
  updateSettings(
    params: CategoriesUpdateSettingsParams,
    options?: RequestOptions,
  ): ApiPromise<Models.CategorySettingsResponseApiResponse> {
    return this.call(Specs.updateCategorySettings, params, options);
  }

  /**
   * Move a category to another workflow status
   *
   * Sets the category's workflow status for a workspace and language, optionally with a due date, an assignee and a comment. Needs the `UpdateCategories` permission and a workflow set up for the project. It does not publish or unpublish anything; that is `publishCategoryCategory`.
   *
   * `PATCH /v3/projects/{project_id}/categories/{category_id}/workflow-status`
   */
  updateWorkflowStatus(
    params: CategoriesUpdateWorkflowStatusParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ApiResponse> {
    return this.call(Specs.updateCategoryWorkflowStatus, params, options);
  }
}

/** Parameters of `drive.addTags` (`POST /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags`). */
export type DriveAddTagsParams = FlatParams<typeof Operations.addDriveTags>;
/** Parameters of `drive.copyFile` (`POST /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/copy`). */
export type DriveCopyFileParams = FlatParams<typeof Operations.copyDriveFile>;
/** Parameters of `drive.createFolder` (`POST /v3/projects/{project_id}/drive/folders`). */
export type DriveCreateFolderParams = FlatParams<typeof Operations.createDriveFolder>;
/** Parameters of `drive.deleteFile` (`DELETE /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`). */
export type DriveDeleteFileParams = FlatParams<typeof Operations.deleteDriveFile>;
/** Parameters of `drive.deleteFolder` (`DELETE /v3/projects/{project_id}/drive/folders/{folder_id}`). */
export type DriveDeleteFolderParams = FlatParams<typeof Operations.deleteDriveFolder>;
/** Parameters of `drive.deleteTags` (`DELETE /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags`). */
export type DriveDeleteTagsParams = FlatParams<typeof Operations.deleteDriveTags>;
/** Parameters of `drive.getDefaultFolder` (`GET /v3/projects/{project_id}/drive/folders/default`). */
export type DriveGetDefaultFolderParams = FlatParams<typeof Operations.getDriveDefaultFolder>;
/** Parameters of `drive.getFile` (`GET /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`). */
export type DriveGetFileParams = FlatParams<typeof Operations.getDriveFile>;
/** Parameters of `drive.getFolder` (`GET /v3/projects/{project_id}/drive/folders/{folder_id}`). */
export type DriveGetFolderParams = FlatParams<typeof Operations.getDriveFolder>;
/** Parameters of `drive.getTaskStatus` (`GET /v3/projects/{project_id}/drive/tasks/{task_id}`). */
export type DriveGetTaskStatusParams = FlatParams<typeof Operations.getDriveTaskStatus>;
/** Parameters of `drive.listArticleFiles` (`GET /v3/projects/{project_id}/drive/articles/{workspace_id}/{article_id}/files`). */
export type DriveListArticleFilesParams = FlatParams<typeof Operations.listDriveArticleFiles>;
/** Parameters of `drive.listFolders` (`GET /v3/projects/{project_id}/drive/folders`). */
export type DriveListFoldersParams = FlatParams<typeof Operations.listDriveFolders>;
/** Parameters of `drive.moveFile` (`PUT /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`). */
export type DriveMoveFileParams = FlatParams<typeof Operations.moveDriveFile>;
/** Parameters of `drive.search` (`GET /v3/projects/{project_id}/drive/search`). */
export type DriveSearchParams = FlatParams<typeof Operations.searchDrive>;
/** Parameters of `drive.updateFolder` (`PUT /v3/projects/{project_id}/drive/folders/{folder_id}`). */
export type DriveUpdateFolderParams = FlatParams<typeof Operations.updateDriveFolder>;
/** Parameters of `drive.uploadFile` (`POST /v3/projects/{project_id}/drive/folders/{folder_id}/files`). */
export type DriveUploadFileParams = FlatParams<typeof Operations.uploadDriveFile>;

/** Drive: Drive, the project's media store of folders and files (upload, move, copy, tag, search). */
export class DriveResource extends ApiResource<paths> {
  /**
   * Tag a drive file
   *
   * Attaches the given tag names to a file; names the file already carries are skipped and names not seen before become new tags. Tags can later narrow `searchDrive` through `filter_tags`. Needs the `UpdateDrive` permission; the reply is an envelope with no `data`.
   *
   * `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags`
   */
  addTags(params: DriveAddTagsParams, options?: RequestOptions): ApiPromise<Models.ApiResponse> {
    return this.call(Specs.addDriveTags, params, options);
  }

  /**
   * Duplicate a file into another folder
   *
   * Makes a copy of the file, with a new id, in the folder given by `destination_folder_id`; the original stays where it is. Answers 201 with a `Location` header and an envelope without data. Needs `UpdateDrive`.
   *
   * `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/copy`
   */
  copyFile(params: DriveCopyFileParams, options?: RequestOptions): ApiPromise<Models.ApiResponse> {
    return this.call(Specs.copyDriveFile, params, options);
  }

  /**
   * Create a drive folder
   *
   * Creates a folder at the top of the drive, or inside another folder when `parent_folder_id` is set. Answers 201 with the new folder and a `Location` header pointing at it. Needs `UpdateDrive`.
   *
   * `POST /v3/projects/{project_id}/drive/folders`
   */
  createFolder(
    params: DriveCreateFolderParams,
    options?: RequestOptions,
  ): ApiPromise<Models.FolderResponseApiResponse> {
    return this.call(Specs.createDriveFolder, params, options);
  }

  /**
   * Delete a drive file
   *
   * Removes the file for good. Articles that embed it are not updated, so their references to it break. Needs `DeleteDrive` and answers 204 with no body.
   *
   * `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`
   */
  deleteFile(params: DriveDeleteFileParams, options?: RequestOptions): ApiPromise<void> {
    return this.call(Specs.deleteDriveFile, params, options);
  }

  /**
   * Delete a folder and its contents
   *
   * Removes the folder for good, together with every file and subfolder inside it; this cannot be undone. Needs `DeleteDrive` and answers 204 with no body.
   *
   * `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}`
   */
  deleteFolder(params: DriveDeleteFolderParams, options?: RequestOptions): ApiPromise<void> {
    return this.call(Specs.deleteDriveFolder, params, options);
  }

  /**
   * Remove tags from a drive file
   *
   * Detaches the tags listed in the `tag_ids` query parameter from the file; ids the file does not carry are ignored. Needs the `DeleteDrive` permission and answers 204 with no body.
   *
   * `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags`
   */
  deleteTags(params: DriveDeleteTagsParams, options?: RequestOptions): ApiPromise<void> {
    return this.call(Specs.deleteDriveTags, params, options);
  }

  /**
   * Find the default upload folder
   *
   * Returns the folder configured as the project's default, or the first top-level folder when no default is configured; answers 404 if the drive has no folders. Useful for choosing a `folder_id` for `uploadDriveFile`. Needs `ViewDrive`.
   *
   * `GET /v3/projects/{project_id}/drive/folders/default`
   */
  getDefaultFolder(
    params: DriveGetDefaultFolderParams,
    options?: RequestOptions,
  ): ApiPromise<Models.FolderResponseApiResponse> {
    return this.call(Specs.getDriveDefaultFolder, params, options);
  }

  /**
   * Read a drive file's metadata
   *
   * Returns one file's metadata: name, type, link, size, image dimensions, tags, thumbnail and alt text. `folder_id` must be the folder the file is in now, or the call answers 404. In private or mixed projects the links carry a time-limited SAS token. Needs `ViewDrive`.
   *
   * `GET /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`
   */
  getFile(
    params: DriveGetFileParams,
    options?: RequestOptions,
  ): ApiPromise<Models.FileResponseApiResponse> {
    return this.call(Specs.getDriveFile, params, options);
  }

  /**
   * Read a folder with a page of its files
   *
   * Returns the folder's metadata, its complete subfolder tree and one page of its files. `page` and `page_size` page through the files only; their paging state is in `files_pagination`. File links carry a short-lived SAS token when the project is private or mixed. Needs `ViewDrive`.
   *
   * `GET /v3/projects/{project_id}/drive/folders/{folder_id}`
   */
  getFolder(
    params: DriveGetFolderParams,
    options?: RequestOptions,
  ): ApiPromise<Models.FolderDetailResponseApiResponse> {
    return this.call(Specs.getDriveFolder, params, options);
  }

  /**
   * Read a drive task's status
   *
   * Reports how far a background drive task (a bulk upload, for example) has got, by its id. Poll it until `status` says the task is finished. Needs `ViewDrive`.
   *
   * `GET /v3/projects/{project_id}/drive/tasks/{task_id}`
   */
  getTaskStatus(
    params: DriveGetTaskStatusParams,
    options?: RequestOptions,
  ): ApiPromise<Models.TaskStatusResponseApiResponse> {
    return this.call(Specs.getDriveTaskStatus, params, options);
  }

  /**
   * List media URLs used by an article
   *
   * Returns the URLs of the drive files embedded in an article's content, for instance to audit media use or spot files nothing links to. Without `lang_code` the project's default language is read. In private or mixed projects the URLs carry a time-limited SAS token. Needs `ViewDrive`.
   *
   * `GET /v3/projects/{project_id}/drive/articles/{workspace_id}/{article_id}/files`
   */
  listArticleFiles(
    params: DriveListArticleFilesParams,
    options?: RequestOptions,
  ): ApiPromise<Models.StringListApiResponse> {
    return this.call(Specs.listDriveArticleFiles, params, options);
  }

  /**
   * List the drive's folders
   *
   * Returns the drive's folders as a tree in which every folder lists its children under `sub_folders`. Paged with `page`/`page_size` or `cursor`. To see the files of one folder, call `getDriveFolder`. Needs `ViewDrive`.
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
    return this.paginate(Specs.listDriveFolders, params, options);
  }

  /**
   * Move a file to another folder
   *
   * Relocates the file into the folder named by `folder_id` in the path, which is the target, not the current folder; no body is sent. The file keeps its id and metadata. Needs `UpdateDrive`; answers 404 when the file or the target folder is unknown.
   *
   * `PUT /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`
   */
  moveFile(params: DriveMoveFileParams, options?: RequestOptions): ApiPromise<Models.ApiResponse> {
    return this.call(Specs.moveDriveFile, params, options);
  }

  /**
   * Search drive files
   *
   * Finds files by name with `search_keyword`, optionally narrowed to certain uploaders, an update date range, certain tags, or images only. Results are paginated; in private or mixed projects the links carry a time-limited SAS token. Needs `ViewDrive`.
   *
   * `GET /v3/projects/{project_id}/drive/search`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  search(
    params: DriveSearchParams,
    options?: RequestOptions,
  ): PagePromise<Models.FileResponsePaginatedResponse, Models.FileResponse, DriveSearchParams> {
    return this.paginate(Specs.searchDrive, params, options);
  }

  /**
   * Update a folder
   *
   * Renames a folder, recolors it, stars or unstars it, or changes its position among its siblings. Send only the fields to change; the others keep their values. Needs `UpdateDrive`; the reply is an envelope without data.
   *
   * `PUT /v3/projects/{project_id}/drive/folders/{folder_id}`
   */
  updateFolder(
    params: DriveUpdateFolderParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ApiResponse> {
    return this.call(Specs.updateDriveFolder, params, options);
  }

  /**
   * Upload a file into a folder
   *
   * Sends one file as `multipart/form-data`, in the form field `file`, and stores it in the folder. Answers 201 with the new file's metadata (dimensions and thumbnail included) and a `Location` header; in private or mixed projects the links carry a time-limited SAS token. Needs `UpdateDrive`; `getDriveDefaultFolder` can supply a `folder_id`.
   *
   * `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files`
   */
  uploadFile(
    params: DriveUploadFileParams,
    options?: RequestOptions,
  ): ApiPromise<Models.FileResponseApiResponse> {
    return this.call(Specs.uploadDriveFile, params, options);
  }
}

/** Parameters of `feedbackAnalytics.getSummary` (`GET /v3/projects/{project_id}/analytics/feedback/summary`). */
export type FeedbackAnalyticsGetSummaryParams = FlatParams<
  typeof Operations.getFeedbackAnalyticSummary
>;
/** Parameters of `feedbackAnalytics.listArticles` (`GET /v3/projects/{project_id}/analytics/feedback/articles`). */
export type FeedbackAnalyticsListArticlesParams = FlatParams<
  typeof Operations.listFeedbackAnalyticArticles
>;
/** Parameters of `feedbackAnalytics.listTimeline` (`GET /v3/projects/{project_id}/analytics/feedback/timeline`). */
export type FeedbackAnalyticsListTimelineParams = FlatParams<
  typeof Operations.listFeedbackAnalyticTimeline
>;

/** FeedbackAnalytics: Metrics on readers' likes, dislikes and written feedback, overall, over time and per article. */
export class FeedbackAnalyticsResource extends ApiResource<paths> {
  /**
   * Read reader feedback totals
   *
   * Returns the likes, dislikes and overall feedback count for the period, how many articles got any feedback, and, when readers left additional feedback, how it splits across the reasons they picked. Needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/feedback/summary`
   */
  getSummary(
    params: FeedbackAnalyticsGetSummaryParams,
    options?: RequestOptions,
  ): ApiPromise<Models.FeedbackMetricsSummaryResponseApiResponse> {
    return this.call(Specs.getFeedbackAnalyticSummary, params, options);
  }

  /**
   * List articles with their feedback
   *
   * Pages through articles, and optionally page categories, with their likes, dislikes, feedback count and views for the period. Narrow the kind of item with `article_type` and rank with `sort_by` and `sort_order`; invalid values are rejected with 422. Needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/feedback/articles`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listArticles(
    params: FeedbackAnalyticsListArticlesParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.ArticleFeedbackResponsePaginatedResponse,
    Models.ArticleFeedbackResponse,
    FeedbackAnalyticsListArticlesParams
  > {
    return this.paginate(Specs.listFeedbackAnalyticArticles, params, options);
  }

  /**
   * Read daily feedback counts
   *
   * Returns one entry per day of the period with likes, dislikes, the day's total feedback and the number of articles that got feedback, for drawing a trend chart. Needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/feedback/timeline`
   */
  listTimeline(
    params: FeedbackAnalyticsListTimelineParams,
    options?: RequestOptions,
  ): ApiPromise<Models.FeedbackTimelineResponseListApiResponse> {
    return this.call(Specs.listFeedbackAnalyticTimeline, params, options);
  }
}

/** Parameters of `languages.list` (`GET /v3/projects/{project_id}/languages`). */
export type LanguagesListParams = FlatParams<typeof Operations.listLanguages>;

/** Languages: Languages enabled in the project's workspaces. */
export class LanguagesResource extends ApiResource<paths> {
  /**
   * List a workspace's languages
   *
   * Pages through the languages set up for one workspace; leave out `workspace_id` to get those of the project's default workspace. A workspace with no languages configured yields an empty `data` array. Page with `page`/`page_size` or follow `pagination.next_cursor` via `cursor`.
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
    return this.paginate(Specs.listLanguages, params, options);
  }
}

/** Parameters of `license.getUsage` (`GET /v3/projects/{project_id}/license`). */
export type LicenseGetUsageParams = FlatParams<typeof Operations.getLicenseUsage>;

/** License: Usage of the project's license against its plan limits. */
export class LicenseResource extends ApiResource<paths> {
  /**
   * Read the project's seat usage
   *
   * Reports how many team-account seats the project uses and how many its plan allows, so you can check for a free seat before calling `createUserUser`. When the server cannot read the project's plan, both counts come back as `0`.
   *
   * `GET /v3/projects/{project_id}/license`
   */
  getUsage(
    params: LicenseGetUsageParams,
    options?: RequestOptions,
  ): ApiPromise<Models.LicenseUsageResponseApiResponse> {
    return this.call(Specs.getLicenseUsage, params, options);
  }
}

/** Parameters of `projects.createExport` (`POST /v3/projects/{project_id}/exports`). */
export type ProjectsCreateExportParams = FlatParams<typeof Operations.createProjectExport>;
/** Parameters of `projects.createImport` (`POST /v3/projects/{project_id}/imports`). */
export type ProjectsCreateImportParams = FlatParams<typeof Operations.createProjectImport>;
/** Parameters of `projects.get` (`GET /v3/projects/{project_id}`). */
export type ProjectsGetParams = FlatParams<typeof Operations.getProject>;
/** Parameters of `projects.getDocumentByUrl` (`GET /v3/projects/{project_id}/document`). */
export type ProjectsGetDocumentByUrlParams = FlatParams<typeof Operations.getProjectDocumentByUrl>;
/** Parameters of `projects.getExportStatus` (`GET /v3/projects/{project_id}/exports/{export_id}`). */
export type ProjectsGetExportStatusParams = FlatParams<typeof Operations.getProjectExportStatus>;
/** Parameters of `projects.getImportStatus` (`GET /v3/projects/{project_id}/imports/{import_id}`). */
export type ProjectsGetImportStatusParams = FlatParams<typeof Operations.getProjectImportStatus>;
/** Parameters of `projects.list` (`GET /v3/projects`). */
export type ProjectsListParams = FlatParams<typeof Operations.listProjects>;
/** Parameters of `projects.listSsoSchemes` (`GET /v3/projects/{project_id}/sso-schemes`). */
export type ProjectsListSsoSchemesParams = FlatParams<typeof Operations.listProjectSsoSchemes>;
/** Parameters of `projects.listWorkflowStatuses` (`GET /v3/projects/{project_id}/workflow-statuses`). */
export type ProjectsListWorkflowStatusesParams = FlatParams<
  typeof Operations.listProjectWorkflowStatuses
>;

/** Projects: Projects the token can reach, plus exports, imports, workflow statuses, SSO schemes and lookup of a document by URL. */
export class ProjectsResource extends ApiResource<paths> {
  /**
   * Kick off an asynchronous project export
   *
   * Queues a background job that packages a workspace's content in the chosen format and answers `202 Accepted` at once with the job's id. Follow it with `getProjectExportStatus` (the `Operation-Location` header holds its URL) until it reaches a final state. Needs `UpdateProjectSettings`.
   *
   * `POST /v3/projects/{project_id}/exports`
   */
  createExport(
    params: ProjectsCreateExportParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ExportStatusResponseApiResponse> {
    return this.call(Specs.createProjectExport, params, options);
  }

  /**
   * Start importing external documentation
   *
   * Queues a background job that imports documentation from `source_documentation_url` and answers `202 Accepted` at once with the job's id; follow it with `getProjectImportStatus`. With `publish_article` set to `true` the imported articles go live, otherwise they stay drafts. Needs `UpdateProjectSettings`.
   *
   * `POST /v3/projects/{project_id}/imports`
   */
  createImport(
    params: ProjectsCreateImportParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ImportStatusResponseApiResponse> {
    return this.call(Specs.createProjectImport, params, options);
  }

  /**
   * Read one project
   *
   * Returns a project's name, description, subdomain and status. Answers 404 if there is no such project or the caller lacks access to it. Needs `ViewProjectSettings`.
   *
   * `GET /v3/projects/{project_id}`
   */
  get(
    params: ProjectsGetParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ProjectResponseApiResponse> {
    return this.call(Specs.getProject, params, options);
  }

  /**
   * Resolve a URL path to its article or category
   *
   * Finds the article or category at a relative URL path of the project, such as `/getting-started/webhooks`. By default the published version comes back prepared for display (rendered HTML); set `is_for_display` to `false` for raw content or `is_published` to `false` for the latest draft. The API does not declare the shape of `data`.
   *
   * `GET /v3/projects/{project_id}/document`
   */
  getDocumentByUrl(
    params: ProjectsGetDocumentByUrlParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ObjectApiResponse> {
    return this.call(Specs.getProjectDocumentByUrl, params, options);
  }

  /**
   * Check the progress of a project export
   *
   * Reports where an export started with `createProjectExport` stands. Once it has finished successfully, `download_url` is set; in private or mixed projects that link carries a SAS token that stops working 30 minutes after it is issued. Needs `ViewProjectSettings`.
   *
   * `GET /v3/projects/{project_id}/exports/{export_id}`
   */
  getExportStatus(
    params: ProjectsGetExportStatusParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ExportStatusResponseApiResponse> {
    return this.call(Specs.getProjectExportStatus, params, options);
  }

  /**
   * Check the progress of a project import
   *
   * Reports where an import started with `createProjectImport` stands. Answers 404 when the id is unknown or belongs to another project. Needs `ViewProjectSettings`.
   *
   * `GET /v3/projects/{project_id}/imports/{import_id}`
   */
  getImportStatus(
    params: ProjectsGetImportStatusParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ImportStatusResponseApiResponse> {
    return this.call(Specs.getProjectImportStatus, params, options);
  }

  /**
   * List the projects visible to the caller
   *
   * Pages through every project the caller may access; a token carrying a `doc360_project_id` claim narrows the list to that one project. Use it to find the `project_id` the other routes expect. Needs the `ViewProjectSettings` permission.
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
    return this.paginate(Specs.listProjects, params, options);
  }

  /**
   * List the project's SSO schemes
   *
   * Pages through the single sign-on schemes configured for the project, giving the name and display name of each. A project without SSO yields an empty list rather than an error. Needs `ViewProjectSettings`.
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
    return this.paginate(Specs.listProjectSsoSchemes, params, options);
  }

  /**
   * List the project's workflow statuses
   *
   * Pages through the workflow statuses defined for the project, each with its name, description and read-only flag. A project without a workflow yields an empty list rather than an error. Needs `ViewProjectSettings`.
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
    return this.paginate(Specs.listProjectWorkflowStatuses, params, options);
  }

  /** Polls `projects.getExportStatus` until the export is `Completed` (resolves) or `Failed` (throws `TaskFailedError`). Other statuses count as still running; the pause between polls grows, and `waitTimeoutMs` (the whole wait), `timeoutMs` (each poll), `signal` and `onProgress` apply. */
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

  /** Polls `projects.getImportStatus` until the import is `Completed` (resolves) or `Failed` (throws `TaskFailedError`). Other statuses count as still running; the pause between polls grows, and `waitTimeoutMs` (the whole wait), `timeoutMs` (each poll), `signal` and `onProgress` apply. */
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
export type ReadersCreateParams = FlatParams<typeof Operations.createReader>;
/** Parameters of `readers.createGroup` (`POST /v3/projects/{project_id}/readers/groups`). */
export type ReadersCreateGroupParams = FlatParams<typeof Operations.createReaderGroup>;
/** Parameters of `readers.delete` (`DELETE /v3/projects/{project_id}/readers/{reader_id}`). */
export type ReadersDeleteParams = FlatParams<typeof Operations.deleteReader>;
/** Parameters of `readers.deleteGroup` (`DELETE /v3/projects/{project_id}/readers/groups/{group_id}`). */
export type ReadersDeleteGroupParams = FlatParams<typeof Operations.deleteReaderGroup>;
/** Parameters of `readers.deleteJwtByEmail` (`DELETE /v3/projects/{project_id}/readers/jwt`). */
export type ReadersDeleteJwtByEmailParams = FlatParams<typeof Operations.deleteJwtReadersByEmail>;
/** Parameters of `readers.getGroup` (`GET /v3/projects/{project_id}/readers/groups/{group_id}`). */
export type ReadersGetGroupParams = FlatParams<typeof Operations.getReaderGroup>;
/** Parameters of `readers.list` (`GET /v3/projects/{project_id}/readers`). */
export type ReadersListParams = FlatParams<typeof Operations.listReaders>;
/** Parameters of `readers.listGroups` (`GET /v3/projects/{project_id}/readers/groups`). */
export type ReadersListGroupsParams = FlatParams<typeof Operations.listReaderGroups>;
/** Parameters of `readers.update` (`PUT /v3/projects/{project_id}/readers/{reader_id}`). */
export type ReadersUpdateParams = FlatParams<typeof Operations.updateReader>;
/** Parameters of `readers.updateGroup` (`PUT /v3/projects/{project_id}/readers/groups/{group_id}`). */
export type ReadersUpdateGroupParams = FlatParams<typeof Operations.updateReaderGroup>;

/** Readers: Readers and reader groups who may see private content, with their access scopes. */
export class ReadersResource extends ApiResource<paths> {
  /**
   * Invite a new reader
   *
   * Creates a reader with the given access scope and optional groups, and emails them an invitation. With an API (M2M) token, set `invited_by` to the id of the team user doing the inviting, because such a token carries no user identity. For SSO sign-in, set `is_sso_user` and give the scheme in `scheme_name`. Needs the `UpdateRolesAccountsAndGroups` permission.
   *
   * `POST /v3/projects/{project_id}/readers`
   */
  create(
    params: ReadersCreateParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ReaderResponseApiResponse> {
    return this.call(Specs.createReader, params, options);
  }

  /**
   * Create a reader group
   *
   * Creates a reader group with a title and an access scope that applies to all its members, optionally filling it with readers and pending SSO invitations right away. The `Location` header points at the new group. Needs the `UpdateRolesAccountsAndGroups` permission.
   *
   * `POST /v3/projects/{project_id}/readers/groups`
   */
  createGroup(
    params: ReadersCreateGroupParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ReaderGroupResponseApiResponse> {
    return this.call(Specs.createReaderGroup, params, options);
  }

  /**
   * Delete a reader
   *
   * Removes the reader from the project permanently; to let them back in you have to invite them again. Needs the `UpdateRolesAccountsAndGroups` permission and answers 204 with an empty body. To remove JWT readers by email address instead, use `deleteReaderJwtReaders`.
   *
   * `DELETE /v3/projects/{project_id}/readers/{reader_id}`
   */
  delete(params: ReadersDeleteParams, options?: RequestOptions): ApiPromise<void> {
    return this.call(Specs.deleteReader, params, options);
  }

  /**
   * Delete a reader group
   *
   * Deletes the reader group permanently. Its readers stay in the project and simply lose this membership. Needs the `UpdateRolesAccountsAndGroups` permission; answers 204, or 404 when there is no such group.
   *
   * `DELETE /v3/projects/{project_id}/readers/groups/{group_id}`
   */
  deleteGroup(params: ReadersDeleteGroupParams, options?: RequestOptions): ApiPromise<void> {
    return this.call(Specs.deleteReaderGroup, params, options);
  }

  /**
   * Delete JWT readers by email
   *
   * Removes the JWT-authenticated readers with the given addresses and anonymizes their analytics data, so it no longer points to those people. Send each address as its own `email_ids` value; an empty or missing list changes nothing and still answers 204. Needs the `UpdateRolesAccountsAndGroups` permission.
   *
   * `DELETE /v3/projects/{project_id}/readers/jwt`
   */
  deleteJwtByEmail(
    params: ReadersDeleteJwtByEmailParams,
    options?: RequestOptions,
  ): ApiPromise<void> {
    return this.call(Specs.deleteJwtReadersByEmail, params, options);
  }

  /**
   * Read a reader group
   *
   * Returns one reader group with its access scope and members: reader ids in `associated_readers`, and ids of SSO invitations not yet accepted in `associated_invited_sso_users`. Answers 404 for an unknown group id.
   *
   * `GET /v3/projects/{project_id}/readers/groups/{group_id}`
   */
  getGroup(
    params: ReadersGetGroupParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ReaderGroupResponseApiResponse> {
    return this.call(Specs.getReaderGroup, params, options);
  }

  /**
   * List the project's readers
   *
   * Pages through the readers of the project (people who sign in to read a private knowledge base), optionally narrowed by `search_email`. Page by number with `page` and `page_size`, or pass `pagination.next_cursor` back as `cursor`. The service loads all readers before cutting out a page, so projects with very many readers may answer slowly.
   *
   * `GET /v3/projects/{project_id}/readers`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  list(
    params: ReadersListParams,
    options?: RequestOptions,
  ): PagePromise<Models.ReaderResponsePaginatedResponse, Models.ReaderResponse, ReadersListParams> {
    return this.paginate(Specs.listReaders, params, options);
  }

  /**
   * List reader groups
   *
   * Returns the project's reader groups with id, title and description only; members and access scope are not filled in here, so fetch one group with `getReaderReaderGroup` to see them. At present the service sends every group in one response, although the usual paging parameters are accepted.
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
    return this.paginate(Specs.listReaderGroups, params, options);
  }

  /**
   * Update a reader's name, groups and scope
   *
   * Changes a reader's name, group memberships and access scope; the groups and scope you send replace the current ones. With `is_invitation_id` false, fields you leave out keep their stored values, and an unknown id answers 404. For an SSO reader who has not signed in yet, pass the invitation id as `reader_id` and set `is_invitation_id` to true. Needs the `UpdateRolesAccountsAndGroups` permission.
   *
   * `PUT /v3/projects/{project_id}/readers/{reader_id}`
   */
  update(
    params: ReadersUpdateParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ReaderResponseApiResponse> {
    return this.call(Specs.updateReader, params, options);
  }

  /**
   * Update a reader group
   *
   * Overwrites the group's title, description, members and access scope with what you send; leaving out `associated_readers` empties the member list. To keep current values, read the group with `getReaderReaderGroup` first and send them back. Needs the `UpdateRolesAccountsAndGroups` permission.
   *
   * `PUT /v3/projects/{project_id}/readers/groups/{group_id}`
   */
  updateGroup(
    params: ReadersUpdateGroupParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ReaderGroupResponseApiResponse> {
    return this.call(Specs.updateReaderGroup, params, options);
  }
}

/** Parameters of `searchAnalytics.getSummary` (`GET /v3/projects/{project_id}/analytics/search/summary`). */
export type SearchAnalyticsGetSummaryParams = FlatParams<
  typeof Operations.getSearchAnalyticSummary
>;
/** Parameters of `searchAnalytics.listKeywords` (`GET /v3/projects/{project_id}/analytics/search/keywords`). */
export type SearchAnalyticsListKeywordsParams = FlatParams<
  typeof Operations.listSearchAnalyticKeywords
>;
/** Parameters of `searchAnalytics.listKeywordsWithoutResults` (`GET /v3/projects/{project_id}/analytics/search/no-results`). */
export type SearchAnalyticsListKeywordsWithoutResultsParams = FlatParams<
  typeof Operations.listSearchAnalyticKeywordsWithoutResults
>;
/** Parameters of `searchAnalytics.listTimeline` (`GET /v3/projects/{project_id}/analytics/search/timeline`). */
export type SearchAnalyticsListTimelineParams = FlatParams<
  typeof Operations.listSearchAnalyticTimeline
>;

/** SearchAnalytics: Metrics on site search, covering volumes, popular keywords and searches that found nothing. */
export class SearchAnalyticsResource extends ApiResource<paths> {
  /**
   * Read site search totals for a period
   *
   * Totals for the knowledge base search over the period: all searches, those that found something, those that found nothing, and those the reader left without opening a result, plus success and failure rates in percent. Needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/search/summary`
   */
  getSummary(
    params: SearchAnalyticsGetSummaryParams,
    options?: RequestOptions,
  ): ApiPromise<Models.SearchAnalyticsSummaryResponseApiResponse> {
    return this.call(Specs.getSearchAnalyticSummary, params, options);
  }

  /**
   * List the most searched keywords
   *
   * Keywords readers typed into search during the period, with how often each was searched and how often a result was then viewed, read or abandoned. Paged with `page` and `page_size`; sort with `sort_by` and `sort_order`. Needs the `ViewAnalytics` permission.
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
    return this.paginate(Specs.listSearchAnalyticKeywords, params, options);
  }

  /**
   * List keywords that found nothing
   *
   * Keywords whose searches returned no result during the period: topics readers look for that the knowledge base does not cover yet. Same paging, sorting and filtering as `getSearchAnalyticKeywords`. Needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/search/no-results`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listKeywordsWithoutResults(
    params: SearchAnalyticsListKeywordsWithoutResultsParams,
    options?: RequestOptions,
  ): PagePromise<
    Models.SearchKeywordResponsePaginatedResponse,
    Models.SearchKeywordResponse,
    SearchAnalyticsListKeywordsWithoutResultsParams
  > {
    return this.paginate(Specs.listSearchAnalyticKeywordsWithoutResults, params, options);
  }

  /**
   * Read site search activity per day
   *
   * One data point per day of the period, counting all searches and the successful, no-result and bounced ones; suited to time-series charts. Needs the `ViewAnalytics` permission.
   *
   * `GET /v3/projects/{project_id}/analytics/search/timeline`
   */
  listTimeline(
    params: SearchAnalyticsListTimelineParams,
    options?: RequestOptions,
  ): ApiPromise<Models.SearchTimelineDataPointListApiResponse> {
    return this.call(Specs.listSearchAnalyticTimeline, params, options);
  }
}

/** Parameters of `translations.listArticles` (`GET /v3/projects/{project_id}/translations`). */
export type TranslationsListArticlesParams = FlatParams<typeof Operations.listTranslationArticles>;

/** Translations: Translation state of articles in each language. */
export class TranslationsResource extends ApiResource<paths> {
  /**
   * List articles by translation status
   *
   * Finds the articles of a workspace whose translation into `lang_code` is in the given `status`, for example every article still waiting for a translator. All matches come back in one array (no paging); nothing matching gives an empty array. Needs the `ViewArticles` permission.
   *
   * `GET /v3/projects/{project_id}/translations`
   */
  listArticles(
    params: TranslationsListArticlesParams,
    options?: RequestOptions,
  ): ApiPromise<Models.TranslationArticleResponseListApiResponse> {
    return this.call(Specs.listTranslationArticles, params, options);
  }
}

/** Parameters of `users.checkEmailAvailability` (`GET /v3/projects/{project_id}/users/email-availability`). */
export type UsersCheckEmailAvailabilityParams = FlatParams<
  typeof Operations.checkUserEmailAvailability
>;
/** Parameters of `users.create` (`POST /v3/projects/{project_id}/users`). */
export type UsersCreateParams = FlatParams<typeof Operations.createUser>;
/** Parameters of `users.delete` (`DELETE /v3/projects/{project_id}/users/{user_id}`). */
export type UsersDeleteParams = FlatParams<typeof Operations.deleteUser>;
/** Parameters of `users.editContentRole` (`PUT /v3/projects/{project_id}/users/{user_id}/content-role`). */
export type UsersEditContentRoleParams = FlatParams<typeof Operations.editUserContentRole>;
/** Parameters of `users.editGroups` (`PUT /v3/projects/{project_id}/users/{user_id}/groups`). */
export type UsersEditGroupsParams = FlatParams<typeof Operations.editUserGroups>;
/** Parameters of `users.editPortalRole` (`PUT /v3/projects/{project_id}/users/{user_id}/portal-role`). */
export type UsersEditPortalRoleParams = FlatParams<typeof Operations.editUserPortalRole>;
/** Parameters of `users.get` (`GET /v3/projects/{project_id}/users/{user_id}`). */
export type UsersGetParams = FlatParams<typeof Operations.getUser>;
/** Parameters of `users.getCurrent` (`GET /v3/projects/{project_id}/users/me`). */
export type UsersGetCurrentParams = FlatParams<typeof Operations.getCurrentUser>;
/** Parameters of `users.list` (`GET /v3/projects/{project_id}/users`). */
export type UsersListParams = FlatParams<typeof Operations.listUsers>;
/** Parameters of `users.listGroups` (`GET /v3/projects/{project_id}/users/groups`). */
export type UsersListGroupsParams = FlatParams<typeof Operations.listUserGroups>;
/** Parameters of `users.listRoles` (`GET /v3/projects/{project_id}/users/roles`). */
export type UsersListRolesParams = FlatParams<typeof Operations.listUserRoles>;

/** Users: Team accounts that edit the knowledge base, with their roles and groups. */
export class UsersResource extends ApiResource<paths> {
  /**
   * Check if an email can be invited
   *
   * Tells you whether an address is still free for a new team user invitation; it counts as taken when a user of this project already has it. Call it before `createUserUser` to avoid a failed invite. Set `is_an_sso_user` to compare against SSO users only.
   *
   * `GET /v3/projects/{project_id}/users/email-availability`
   */
  checkEmailAvailability(
    params: UsersCheckEmailAvailabilityParams,
    options?: RequestOptions,
  ): ApiPromise<Models.EmailAvailabilityResponseApiResponse> {
    return this.call(Specs.checkUserEmailAvailability, params, options);
  }

  /**
   * Invite a new team user
   *
   * Creates a team account user with a portal role, content permissions and optional groups, and emails them an invitation; `checkUserEmailAvailability` tells you beforehand whether the address is free. With an API (M2M) token, set `invited_by` to the id of the inviting user, because such a token carries no user identity. For SSO sign-in, set `is_sso_user` and give the scheme in `scheme_name`.
   *
   * `POST /v3/projects/{project_id}/users`
   */
  create(
    params: UsersCreateParams,
    options?: RequestOptions,
  ): ApiPromise<Models.AddUserResponseApiResponse> {
    return this.call(Specs.createUser, params, options);
  }

  /**
   * Remove a team user from the project
   *
   * Deletes the team account user for good: their access ends at once and there is no undo. To bring the person back, invite them again with `createUserUser`. Needs the `UpdateRolesAccountsAndGroups` permission and answers 204 with an empty body.
   *
   * `DELETE /v3/projects/{project_id}/users/{user_id}`
   */
  delete(params: UsersDeleteParams, options?: RequestOptions): ApiPromise<void> {
    return this.call(Specs.deleteUser, params, options);
  }

  /**
   * Replace a user's content permissions
   *
   * Sets the user's content roles and the scope each one covers, such as particular workspaces, categories or languages. The list you send replaces every assignment the user had. Content role ids come from `getUserRoles`; needs the `UpdateRolesAccountsAndGroups` permission.
   *
   * `PUT /v3/projects/{project_id}/users/{user_id}/content-role`
   */
  editContentRole(
    params: UsersEditContentRoleParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ApiResponse> {
    return this.call(Specs.editUserContentRole, params, options);
  }

  /**
   * Replace a user's group memberships
   *
   * Makes the user a member of exactly the groups listed and drops any others; an empty array takes them out of every group. Group ids come from `getUserUserGroups`. Needs the `UpdateRolesAccountsAndGroups` permission.
   *
   * `PUT /v3/projects/{project_id}/users/{user_id}/groups`
   */
  editGroups(
    params: UsersEditGroupsParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ApiResponse> {
    return this.call(Specs.editUserGroups, params, options);
  }

  /**
   * Change a user's portal role
   *
   * Swaps the user's current portal role for the one you pass; the change applies right away. Choose a role whose `role_type` is `Portal` from `getUserRoles`. Needs the `UpdateRolesAccountsAndGroups` permission; the reply is an envelope without data.
   *
   * `PUT /v3/projects/{project_id}/users/{user_id}/portal-role`
   */
  editPortalRole(
    params: UsersEditPortalRoleParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ApiResponse> {
    return this.call(Specs.editUserPortalRole, params, options);
  }

  /**
   * Read a team user's full profile
   *
   * Looks up one team account user by id and returns the complete record: portal role, content roles with the level each is scoped to, and group memberships, wrapped in the standard envelope. Answers 404 when no user of this project has that id; for the caller's own record use `getUserCurrentUser`.
   *
   * `GET /v3/projects/{project_id}/users/{user_id}`
   */
  get(
    params: UsersGetParams,
    options?: RequestOptions,
  ): ApiPromise<Models.UserDetailResponseApiResponse> {
    return this.call(Specs.getUser, params, options);
  }

  /**
   * Read the calling user's own profile
   *
   * Returns the profile of whoever the access token belongs to, with portal role, content roles and groups, so you can confirm identity and permissions without knowing a user id first. Answers 404 if that person is not a member of the project.
   *
   * `GET /v3/projects/{project_id}/users/me`
   */
  getCurrent(
    params: UsersGetCurrentParams,
    options?: RequestOptions,
  ): ApiPromise<Models.UserDetailResponseApiResponse> {
    return this.call(Specs.getCurrentUser, params, options);
  }

  /**
   * List the project's team users
   *
   * Pages through the team account users of the project (staff who work on the knowledge base, not readers). Narrow the list with `search`, which matches names and email addresses. Page by number with `page` and `page_size`, or pass `pagination.next_cursor` back as `cursor`.
   *
   * `GET /v3/projects/{project_id}/users`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  list(
    params: UsersListParams,
    options?: RequestOptions,
  ): PagePromise<Models.UserResponsePaginatedResponse, Models.UserResponse, UsersListParams> {
    return this.paginate(Specs.listUsers, params, options);
  }

  /**
   * List team user groups
   *
   * Returns the team user groups of the project, each with id, title and description. Use the ids with `editUserUserGroups`, or in `associated_groups` when inviting a user. At present the service sends every group in one response, although the usual paging parameters are accepted.
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
    return this.paginate(Specs.listUserGroups, params, options);
  }

  /**
   * List portal and content roles
   *
   * Returns the roles defined in the project, both built-in and custom, for portal and content use alike; `role_type` tells the two kinds apart and `is_system_role` marks the built-in ones. Pass these ids as `associated_portal_role_id` or `associated_content_role_id` when inviting a user or changing their roles.
   *
   * `GET /v3/projects/{project_id}/users/roles`
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   */
  listRoles(
    params: UsersListRolesParams,
    options?: RequestOptions,
  ): PagePromise<Models.RoleResponsePaginatedResponse, Models.RoleResponse, UsersListRolesParams> {
    return this.paginate(Specs.listUserRoles, params, options);
  }
}

/** Parameters of `workspaces.askAi` (`POST /v3/projects/{project_id}/workspaces/ai/query`). */
export type WorkspacesAskAiParams = FlatParams<typeof Operations.askWorkspaceAi>;
/** Parameters of `workspaces.get` (`GET /v3/projects/{project_id}/workspaces/{workspace_id}`). */
export type WorkspacesGetParams = FlatParams<typeof Operations.getWorkspace>;
/** Parameters of `workspaces.list` (`GET /v3/projects/{project_id}/workspaces`). */
export type WorkspacesListParams = FlatParams<typeof Operations.listWorkspaces>;
/** Parameters of `workspaces.listApiReferences` (`GET /v3/projects/{project_id}/workspaces/{workspace_id}/api-references`). */
export type WorkspacesListApiReferencesParams = FlatParams<
  typeof Operations.listWorkspaceApiReferences
>;
/** Parameters of `workspaces.listArticles` (`GET /v3/projects/{project_id}/workspaces/{workspace_id}/articles`). */
export type WorkspacesListArticlesParams = FlatParams<typeof Operations.listWorkspaceArticles>;
/** Parameters of `workspaces.listCategories` (`GET /v3/projects/{project_id}/workspaces/{workspace_id}/categories`). */
export type WorkspacesListCategoriesParams = FlatParams<typeof Operations.listWorkspaceCategories>;
/** Parameters of `workspaces.sendAiFeedback` (`POST /v3/projects/{project_id}/workspaces/ai/feedback`). */
export type WorkspacesSendAiFeedbackParams = FlatParams<typeof Operations.sendWorkspaceAiFeedback>;

/** Workspaces: Workspaces of a project and the categories, articles and API references inside each one. */
export class WorkspacesResource extends ApiResource<paths> {
  /**
   * Ask the AI assistive search a question
   *
   * Sends a plain-language question to the AI assistive search, which answers from the documentation of the given workspace and lists the articles it used. Both `query` and `workspace_id` must be non-empty, or the call fails with 422. Rate an answer afterwards with `postWorkspaceAiFeedback`.
   *
   * `POST /v3/projects/{project_id}/workspaces/ai/query`
   */
  askAi(
    params: WorkspacesAskAiParams,
    options?: RequestOptions,
  ): ApiPromise<Models.AiQueryResponseApiResponse> {
    return this.call(Specs.askWorkspaceAi, params, options);
  }

  /**
   * Read one workspace
   *
   * Returns a single workspace, including its default language and whether right-to-left layout is on. Responds with 404 when the id does not belong to a workspace of this project; ids come from `getWorkspaceWorkspaces`.
   *
   * `GET /v3/projects/{project_id}/workspaces/{workspace_id}`
   */
  get(
    params: WorkspacesGetParams,
    options?: RequestOptions,
  ): ApiPromise<Models.WorkspaceDetailResponseApiResponse> {
    return this.call(Specs.getWorkspace, params, options);
  }

  /**
   * List a project's workspaces
   *
   * Returns the project's workspaces one page at a time, each with its name, slug, type and default flag. Continue with `page` or with the cursor in `pagination.next_cursor`.
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
    return this.paginate(Specs.listWorkspaces, params, options);
  }

  /**
   * List a workspace's API references
   *
   * Returns the API reference definitions (imported OpenAPI or Swagger documents) that live in the workspace, each with its name and upload type. The vendor notes that all of them currently come back in one response. For the import history of one definition, call `getApiReferenceApiReferenceLogs`.
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
    return this.paginate(Specs.listWorkspaceApiReferences, params, options);
  }

  /**
   * List the articles in a workspace
   *
   * Returns short article records (id, title, category, order, hidden flag) for one workspace, paged with `page_size` up to 100; without `lang_code` the project's default language applies. The server pages in memory, so very large workspaces can answer slowly. Fetch an article's content with `getArticleArticle`.
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
    return this.paginate(Specs.listWorkspaceArticles, params, options);
  }

  /**
   * Read a workspace's category tree
   *
   * Returns the workspace's categories as a tree: top-level entries carry their subcategories in `child_categories`. Articles are not part of the result (see `getWorkspaceArticles`), and without `lang_code` the project's default language is used. According to the vendor the whole tree currently arrives in one response.
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
    return this.paginate(Specs.listWorkspaceCategories, params, options);
  }

  /**
   * Rate an AI search answer
   *
   * Records whether an answer from `postWorkspaceAiQuery` was helpful, optionally with a comment. `query_id` names the answered query. The feedback is stored asynchronously; the reply is a bare envelope with no data.
   *
   * `POST /v3/projects/{project_id}/workspaces/ai/feedback`
   */
  sendAiFeedback(
    params: WorkspacesSendAiFeedbackParams,
    options?: RequestOptions,
  ): ApiPromise<Models.ApiResponse> {
    return this.call(Specs.sendWorkspaceAiFeedback, params, options);
  }
}
