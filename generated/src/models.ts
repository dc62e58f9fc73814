// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

export interface AISearchFeedbackSummaryResponse {
  /**
   * Thumbs-down reactions on answers.
   *
   * @format int32
   */
  dislikes?: number;
  /**
   * Thumbs-up reactions on answers.
   *
   * @format int32
   */
  likes?: number;
  /**
   * All reactions on answers, liked or disliked.
   *
   * @format int32
   */
  total_feedbacks?: number;
}

export interface AISearchSummaryResponse {
  /**
   * Questions that got an AI-generated answer.
   *
   * @format int32
   */
  answered_queries?: number;
  /**
   * First date from which AI search figures exist.
   *
   * @format date-time
   */
  data_available_from?: string;
  /** Likes and dislikes on answers; null when nobody has reacted yet. */
  feedback?: AISearchFeedbackSummaryResponse | null;
  /**
   * Conversations, each one or more follow-up questions in a row.
   *
   * @format int32
   */
  total_conversations?: number;
  /**
   * Questions asked through AI search.
   *
   * @format int32
   */
  total_queries?: number;
  /**
   * Questions the AI could not answer.
   *
   * @format int32
   */
  unanswered_queries?: number;
}

export interface AISearchSummaryResponseApiResponse {
  /** AI search totals for the period. */
  data: AISearchSummaryResponse;
  /** Id the server gave this request; quote it when asking support. */
  request_id: string;
  /** True when the call worked. */
  success: boolean;
  /** Errors raised by the call; null or empty on success. */
  errors?: ApiError[] | null;
  /** Notices that did not stop the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface AISearchTimelineResponse {
  /**
   * Questions answered that day.
   *
   * @format int32
   */
  answered_queries?: number;
  /**
   * Conversations held that day.
   *
   * @format int32
   */
  conversations?: number;
  /**
   * Day the figures are for.
   *
   * @format date-time
   */
  date?: string;
  /**
   * Thumbs-down reactions on answers that day.
   *
   * @format int32
   */
  dislikes?: number;
  /**
   * Thumbs-up reactions on answers that day.
   *
   * @format int32
   */
  likes?: number;
  /**
   * Questions asked that day.
   *
   * @format int32
   */
  total_queries?: number;
  /**
   * Questions left unanswered that day.
   *
   * @format int32
   */
  unanswered_queries?: number;
}

export interface AISearchTimelineResponseListApiResponse {
  /** One entry per day of the period. */
  data: AISearchTimelineResponse[];
  /** Id the server gave this request; quote it when asking support. */
  request_id: string;
  /** True when the call worked. */
  success: boolean;
  /** Errors raised by the call; null or empty on success. */
  errors?: ApiError[] | null;
  /** Notices that did not stop the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface AccessScope {
  /** How wide the access reaches; decides which of `categories`, `workspaces` and `languages` is used. */
  access_level?: AccessScopeLevel;
  /** Categories granted, each in a given workspace and language; used with the `category` level, otherwise null or empty. */
  categories?: CategoryScope[] | null;
  /** Languages granted, each in a given workspace; used with the `language` level, otherwise null or empty. */
  languages?: LanguageScope[] | null;
  /** Ids of the workspaces granted (see `getWorkspaceWorkspaces`); used with the `workspace` level, otherwise null or empty. */
  workspaces?: string[] | null;
}

export type AccessScopeLevel =
  "none" | "category" | "version" | "project" | "language" | "article" | "workspace";

export interface AddTagsRequest {
  /** Tag names; a name with no existing tag is created as a new tag. */
  tags: string[];
}

export interface AddUserResponse {
  /** Id given to the newly invited user. */
  user_id?: string | null;
}

export interface AddUserResponseApiResponse {
  /** The invitation result. */
  data: AddUserResponse;
  /** Id the server gave this request; quote it when asking support about a call. */
  request_id: string;
  /** True when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; null or empty on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; usually null. */
  warnings?: ApiWarning[] | null;
}

export interface AdditionalFeedbackBreakdownResponse {
  /**
   * Submissions giving the reason "Broken link".
   *
   * @format int32
   */
  broken_link?: number;
  /**
   * Submissions giving the reason "Difficult to understand".
   *
   * @format int32
   */
  difficult_to_understand?: number;
  /**
   * Submissions giving the reason "Irrelevant content".
   *
   * @format int32
   */
  irrelevant_content?: number;
  /**
   * Submissions giving the reason "Need more information".
   *
   * @format int32
   */
  need_more_information?: number;
  /**
   * Submissions filed under "Other".
   *
   * @format int32
   */
  others?: number;
}

export interface AiFeedbackRequest {
  /** Id of the AI query whose answer is being rated. */
  query_id: string;
  /** Optional free-text comment on the answer; null or omitted when there is none. */
  feedback?: string | null;
  /** `true` if the answer helped, `false` if it did not. */
  is_helpful?: boolean;
}

export interface AiQueryRequest {
  /** The question as a reader would type it, e.g. "How do I rotate an API token?". */
  query: string;
  /** Id of the workspace to search, from `getWorkspaceWorkspaces`. */
  workspace_id: string;
}

export interface AiQueryResponse {
  /** Answer text generated from the knowledge base articles. */
  answer?: string | null;
  /** Ids of the articles the answer was based on. */
  source_article_ids?: string[] | null;
}

export interface AiQueryResponseApiResponse {
  /** The answer and its sources. */
  data: AiQueryResponse;
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface ApiError {
  /** Stable, machine-readable code to branch on, such as `VALIDATION_ERROR` or `RESOURCE_NOT_FOUND`. */
  code: string;
  /** Explanation for people; wording may change, so do not parse it. */
  message: string;
  /** Extra context about the error, or null. */
  details?: string | null;
  /** Request field the error is about; null when it concerns no single field. */
  field?: string | null;
}

export interface ApiReferenceLogDetailResponse {
  /**
   * Id of the import log entry.
   *
   * @format uuid
   */
  id: string | null;
  /** Problems that kept parts of the specification out of the import; null or empty when there were none. */
  errors?: LogEntry[] | null;
  /** Non-blocking problems that were skipped or fixed automatically; null or empty when there were none. */
  warnings?: LogEntry[] | null;
}

export interface ApiReferenceLogDetailResponseApiResponse {
  /** The log entry's errors and warnings. */
  data: ApiReferenceLogDetailResponse;
  /** Id the server gave this request, for tracing it in logs. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong, if anything; null on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface ApiReferenceLogResponse {
  /**
   * Id of this log entry; pass it to `getApiReferenceApiReferenceLogDetail`.
   *
   * @format uuid
   */
  id: string | null;
  /** Outcome of the attempt as free text, for example `Pending`, `InProgress`, `Completed` or `Failed` (not a fixed enum). */
  status: string | null;
  /**
   * When the attempt was started (UTC).
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Number of errors the attempt produced.
   *
   * @format int32
   */
  error_count?: number;
  /**
   * Number of warnings the attempt produced.
   *
   * @format int32
   */
  warning_count?: number;
}

export interface ApiReferenceLogResponseListApiResponse {
  /** The log entries, newest first. */
  data: ApiReferenceLogResponse[];
  /** Id the server gave this request, for tracing it in logs. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong, if anything; null on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface ApiReferenceSummaryResponse {
  /**
   * Id of the API reference.
   *
   * @format uuid
   */
  id: string | null;
  /** Name under which the API reference is shown. */
  name: string | null;
  /** How the specification was supplied, for example as an uploaded file or from a URL. */
  upload_type?: string | null;
}

export interface ApiReferenceSummaryResponsePaginatedResponse {
  /** The API references on this page. */
  data: ApiReferenceSummaryResponse[];
  /** Paging state: current page and size, `has_more`, and `next_cursor` for the following page. */
  pagination: PaginationInfo;
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface ApiResponse {
  /** Id the server gave this request; quote it when asking support. */
  request_id: string;
  /** True when the call did what was asked. */
  success: boolean;
  /** Errors raised by the call; null or empty when there were none. */
  errors?: ApiError[] | null;
  /** Notices that did not stop the call; null or empty when there were none. */
  warnings?: ApiWarning[] | null;
}

export interface ApiWarning {
  /** Stable, machine-readable code of the warning. */
  code: string;
  /** Explanation of the warning for people. */
  message: string;
}

export interface ArticleAnalyticsSummaryResponse {
  /**
   * Longest single reading session on any one article in the period, in seconds.
   *
   * @format int32
   */
  most_read_duration?: number;
  /**
   * How many articles were viewed at least once in the period.
   *
   * @format int32
   */
  total_articles?: number;
  /**
   * Dislikes given to articles in the period.
   *
   * @format int32
   */
  total_dislikes?: number;
  /**
   * Likes given to articles in the period.
   *
   * @format int32
   */
  total_likes?: number;
  /**
   * Views in the period where the visitor stayed long enough to count as reading.
   *
   * @format int32
   */
  total_reads?: number;
  /**
   * Article page views in the period.
   *
   * @format int32
   */
  total_views?: number;
}

export interface ArticleAnalyticsSummaryResponseApiResponse {
  /** The engagement totals. */
  data: ArticleAnalyticsSummaryResponse;
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface ArticleDetailResponse {
  /**
   * Id of the article.
   *
   * @format uuid
   */
  id: string | null;
  /** Publication state of this version: `draft`, `published`, `forked` (a draft forked from the published version) or `unpublished`. */
  status: ArticleStatus;
  /** Article title. */
  title: string | null;
  /** Everyone who wrote or edited the article, creator included. */
  authors?: AuthorResponse[] | null;
  /** The other languages the article exists in, with links and translation state. */
  available_languages?: AvailableLanguage[] | null;
  /** Id of the category holding the article; see `getCategoryCategory`. */
  category_id?: string | null;
  /** Kind of category holding the article: `folder`, `page` or `index`; may be null. */
  category_type?: CategoryType | null;
  /** Body in its source format, exactly as saved (see `content_type`). */
  content?: string | null;
  /** Editor the article is written in: `markdown`, `wysiwyg` (rich text) or `block`; may be null. */
  content_type?: ContentType | null;
  /**
   * Creation time (RFC 3339).
   *
   * @format date-time
   */
  created_at?: string;
  /** User id of whoever created the article (see `getUserUsers`); `authors` has names and avatars. */
  created_by?: string | null;
  /** Id of the workflow status the article is in; see `getProjectWorkflowStatuses`. */
  current_workflow_status_id?: string | null;
  /** Short summary of the article. */
  description?: string | null;
  /** `true` when the text runs right to left. */
  enable_rtl?: boolean;
  /** `true` when the article is kept out of readers' sight. */
  hidden?: boolean;
  /** The body rendered to HTML. */
  html_content?: string | null;
  /** `true` when the content is the default language's, served as a fallback. */
  is_fallback_content?: boolean;
  /** `true` when the article is shared with other projects. */
  is_shared_article?: boolean;
  /** Language of this content, e.g. `en`. */
  lang_code?: string | null;
  /**
   * Number of the newest version, drafts counted.
   *
   * @format int32
   */
  latest_version?: number;
  /**
   * Time of the latest change (RFC 3339).
   *
   * @format date-time
   */
  modified_at?: string;
  /** User id of whoever changed the article last. */
  modified_by?: string | null;
  /**
   * Position among the other articles of its category.
   *
   * @format int32
   */
  order?: number;
  /**
   * Number of the newest published version; null if the article was never published.
   *
   * @format int32
   */
  public_version?: number | null;
  /** A few settings (SEO title, meta description, external-search flag); the full set comes from `getArticleArticleSettings`. May be null. */
  settings?: ArticleDocumentSettings | null;
  /** URL slug, the last part of the article's address. */
  slug?: string | null;
  /** Translation state: `none`, `needTranslation`, `inProgress` or `translated`. */
  translation_option?: TranslationOption;
  /**
   * Full public address of the article.
   *
   * @format uri
   */
  url?: string | null;
  /**
   * Number of the version returned here.
   *
   * @format int32
   */
  version_number?: number;
  /** Id of the workspace the article lives in; see `getWorkspaceWorkspaces`. */
  workspace_id?: string | null;
}

export interface ArticleDetailResponseApiResponse {
  /** The article. */
  data: ArticleDetailResponse;
  /** Id the server gave this request, for tracing it in logs. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong, if anything; null on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface ArticleDocumentSettings {
  /** Meta description offered to search engines. */
  description?: string | null;
  /** `true` when the article is kept out of external search engines. */
  exclude_from_external_search?: boolean;
  /** Title shown to search engines instead of the article title. */
  seo_title?: string | null;
}

export interface ArticleFeedbackResponse {
  /** Its title. */
  title: string | null;
  /** Id of the article or page category. */
  article_id?: string | null;
  /**
   * Dislikes it received.
   *
   * @format int32
   */
  dislikes?: number;
  /** `true` for a page category (a category with its own content page), `false` for an ordinary article. */
  is_page_category?: boolean;
  /**
   * Likes it received.
   *
   * @format int32
   */
  likes?: number;
  /** Its URL slug. */
  slug?: string | null;
  /**
   * All feedback submissions it received.
   *
   * @format int32
   */
  total_feedbacks?: number;
  /**
   * Times it was viewed.
   *
   * @format int32
   */
  views?: number;
}

export interface ArticleFeedbackResponsePaginatedResponse {
  /** The items on this page. */
  data: ArticleFeedbackResponse[];
  /** Paging state: current page and size, `has_more`, and `next_cursor` for the following page. */
  pagination: PaginationInfo;
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface ArticlePerformanceResponse {
  /**
   * The day these counts belong to.
   *
   * @format date-time
   */
  date?: string;
  /**
   * Dislikes given on that day.
   *
   * @format int32
   */
  dislikes?: number;
  /**
   * Likes given on that day.
   *
   * @format int32
   */
  likes?: number;
  /**
   * Article reads on that day.
   *
   * @format int32
   */
  reads?: number;
  /**
   * Article views on that day.
   *
   * @format int32
   */
  views?: number;
}

export interface ArticlePerformanceResponseListApiResponse {
  /** One entry for each day of the period. */
  data: ArticlePerformanceResponse[];
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface ArticleResponse {
  /**
   * Id of the article.
   *
   * @format uuid
   */
  id: string | null;
  /** Publication state of the article: `draft`, `published`, `forked` or `unpublished`. */
  status: ArticleStatus;
  /** Title of the article. */
  title: string | null;
  /** Editor format of the article: `markdown`, `wysiwyg` (rich text) or `block`; may be null. */
  content_type?: ContentType | null;
  /**
   * When the article was created; may be null.
   *
   * @format date-time
   */
  created_at?: string | null;
  /** Id of the user who created the article (see `getUserUsers`). */
  created_by?: string | null;
  /** Id of the article's workflow status, from `getProjectWorkflowStatuses`; may be null. */
  current_workflow_status_id?: string | null;
  /** `true` when external search engines are asked not to index the article. */
  exclude_from_external_search?: boolean;
  /** When `true`, readers are not shown this article. */
  hidden?: boolean;
  /** `true` for an article that is shared with other projects. */
  is_shared_article?: boolean;
  /**
   * Highest version number, drafts included.
   *
   * @format int32
   */
  latest_version?: number;
  /**
   * When the article was last changed; may be null.
   *
   * @format date-time
   */
  modified_at?: string | null;
  /**
   * Position of the article among the others in its category.
   *
   * @format int32
   */
  order?: number;
  /**
   * Number of the version readers see; null if the article was never published.
   *
   * @format int32
   */
  public_version?: number | null;
  /** Who may see the article: `public` (everyone), `protected` (signed-in readers only) or `mixed`; may be null. */
  security_visibility?: SecurityVisibility | null;
  /** URL slug of the article, set by the server. */
  slug?: string | null;
  /** Translation state of the article: `none`, `needTranslation`, `translated` or `inProgress`. */
  translation_option?: TranslationOption;
  /**
   * Full public address of the article.
   *
   * @format uri
   */
  url?: string | null;
}

export interface ArticleSettingsResponse {
  /** `true` when readers may comment. */
  allow_comments?: boolean;
  /** Meta description offered to search engines. */
  description?: string | null;
  /** `true` when AI search leaves the article out. */
  exclude_from_ai_search?: boolean;
  /** `true` when the article is kept out of external search engines. */
  exclude_from_external_search?: boolean;
  /** `true` when the knowledge base's own search skips the article. */
  exclude_from_search?: boolean;
  /** Link to the featured image, with a short-lived SAS token in private or mixed-visibility projects. Set only in the Document360 portal, not through the API. */
  featured_image_url?: string | null;
  /** `true` when readers are asked to confirm they have read the article. */
  is_acknowledgement_enabled?: boolean;
  /** Articles linked as related, with title, slug and visibility (an update takes plain ids instead). */
  related_articles?: RelatedArticle[] | null;
  /** Title shown to search engines instead of the article title. */
  seo_title?: string | null;
  /** `true` when the article displays a table of contents. */
  show_table_of_contents?: boolean;
  /** URL slug, the last part of the article's address. */
  slug?: string | null;
  /** Badge shown on the article: `none`, `new`, `updated` or `custom`. */
  status_indicator?: ArticleStatusIndicator;
  /**
   * When the badge stops showing (RFC 3339); only meaningful with a badge set.
   *
   * @format date-time
   */
  status_indicator_expiry_date?: string | null;
  /** Tags on the article. */
  tags?: string[] | null;
  /**
   * Full public address of the article.
   *
   * @format uri
   */
  url?: string | null;
}

export interface ArticleSettingsResponseApiResponse {
  /** The settings. */
  data: ArticleSettingsResponse;
  /** Id the server gave this request, for tracing it in logs. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong, if anything; null on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null when there are none. */
  warnings?: ApiWarning[] | null;
}

export type ArticleStatus = "draft" | "published" | "forked" | "unpublished";
export type ArticleStatusIndicator = "none" | "new" | "updated" | "custom";

export interface ArticleSummaryResponse {
  /**
   * Id of the article.
   *
   * @format uuid
   */
  id: string | null;
  /** The article's title. */
  title: string | null;
  /** Id of the category the article sits in. */
  category_id?: string | null;
  /** `true` if readers of the knowledge base site cannot see the article. */
  hidden?: boolean;
  /**
   * The article's position among the articles of its category.
   *
   * @format int32
   */
  order?: number;
}

export interface ArticleSummaryResponsePaginatedResponse {
  /** The article summaries on this page. */
  data: ArticleSummaryResponse[];
  /** Paging state: current page and size, `has_more`, and `next_cursor` for the following page. */
  pagination: PaginationInfo;
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface ArticleVersionResponse {
  /** State of this version: `draft`, `published`, `forked` or `unpublished`. */
  status: ArticleStatus;
  /**
   * Number of the version this one started from.
   *
   * @format int32
   */
  base_version?: number;
  /**
   * When this version was created (RFC 3339).
   *
   * @format date-time
   */
  created_at?: string;
  /** User id of whoever created this version (see `getUserUsers`). */
  created_by?: string | null;
  /**
   * When this version last changed (RFC 3339).
   *
   * @format date-time
   */
  modified_at?: string;
  /** User id of whoever changed this version last. */
  modified_by?: string | null;
  /** Avatar image of the version's creator. */
  profile_url?: string | null;
  /**
   * Number of this version, counting from 1.
   *
   * @format int32
   */
  version_number?: number;
}

export interface ArticleVersionResponsePaginatedResponse {
  /** The versions on this page. */
  data: ArticleVersionResponse[];
  /** Where this page sits in the full list, and how to get the next one. */
  pagination: PaginationInfo;
  /** Id the server gave this request, for tracing it in logs. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong, if anything; null on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface AuthorResponse {
  /**
   * User id of the author.
   *
   * @format uuid
   */
  id: string | null;
  /**
   * Email address.
   *
   * @format email
   */
  email: string | null;
  /** Given name. */
  first_name?: string | null;
  /** Family name. */
  last_name?: string | null;
  /** Link to the author's avatar image. */
  profile_logo_url?: string | null;
}

export interface AvailableLanguage {
  /** Language code, e.g. `fr`. */
  lang_code?: string | null;
  /** Translation state in that language: `none`, `needTranslation`, `inProgress` or `translated`. */
  translation_status?: TranslationOption;
  /**
   * Address of the article in that language.
   *
   * @format uri
   */
  url?: string | null;
}

export interface BulkCreateArticleRequest {
  /** The articles to create, 100 at most; each is shaped like a single create request. */
  articles: CreateArticleRequest[];
}

export interface BulkCreateCategoryRequest {
  /** The categories, each shaped like a single create request; at most 100. */
  categories: CreateCategoryRequest[];
}

export interface BulkDeleteRequest {
  /** Ids of the articles to delete (e.g. from `getWorkspaceArticles`), 100 at most. */
  ids: string[];
}

export interface BulkIdsRequest {
  /** Ids of the items to act on; at most 100 per call. */
  ids: string[];
}

export interface BulkOperationResult {
  /**
   * Id of the item processed; null when a create failed before anything was made.
   *
   * @format uuid
   */
  id?: string | null;
  /** Message about this item, for example why it failed; may be null. */
  details?: string | null;
  /**
   * Zero-based position of the item in the request, to match results to inputs even when `id` is null.
   *
   * @format int32
   */
  index?: number;
  /** True when this item was processed without error. */
  success?: boolean;
}

export interface BulkOperationResultListApiResponse {
  /** Results per item, in request order; look at each `success`. */
  data: BulkOperationResult[];
  /** Id the server gave this request; quote it when asking support. */
  request_id: string;
  /** True only when every item succeeded; false if any one failed. */
  success: boolean;
  /** Errors about the call as a whole; null or empty when there were none. */
  errors?: ApiError[] | null;
  /** Notices that did not stop the call; null or empty when there were none. */
  warnings?: ApiWarning[] | null;
}

export interface BulkUpdateArticleItem {
  /** Id of the article to change, e.g. from `getWorkspaceArticles`. */
  article_id: string;
  /** Language whose version is changed, e.g. `en`. */
  lang_code: string;
  /** With `true`, editing a published version first forks a fresh draft and the edit is saved to it; drafts are edited directly. With `false` (default), changing a published version's content is refused with 422. */
  auto_fork?: boolean | null;
  /** Category to move the article into; ids come from `getWorkspaceCategories`. */
  category_id?: string | null;
  /** New body, in the article's editor format. */
  content?: string | null;
  /** `true` to hide the article from readers, `false` to show it. */
  hidden?: boolean | null;
  /**
   * New position within the category.
   *
   * @format int32
   */
  order?: number | null;
  /** Where the change comes from, such as `API`, `import` or `portal`; `API` when omitted. */
  source?: string | null;
  /** New title. */
  title?: string | null;
  /** New translation state: `none`, `needTranslation`, `inProgress` or `translated`. */
  translation_option?: TranslationOption | null;
  /**
   * Version to change; the newest one when omitted. With `auto_fork` on a published version, the change goes to the new draft instead.
   *
   * @format int32
   */
  version_number?: number | null;
}

export interface BulkUpdateArticleRequest {
  /** The changes, one item per article, 100 at most. */
  articles: BulkUpdateArticleItem[];
}

export interface BulkUpdateCategoryContentItem {
  /** When `true` and the category has only a published version, a draft is forked for the change instead of the change failing. */
  auto_fork?: boolean | null;
  /** Id of the category to change. */
  category_id?: string | null;
  /** New body of the category. */
  content?: string | null;
  /** Language of the version to change, such as `en` or `fr`; codes come from `getLanguageLanguages`. */
  lang_code?: string | null;
  /** Free-text label saying where the change came from, such as `api`. */
  source?: string | null;
  /** New title of the category. */
  title?: string | null;
  /** Translation state to record with the change: `none`, `needTranslation`, `translated` or `inProgress`; may be null. */
  translation_option?: TranslationOption | null;
  /** Id of the user the change is attributed to (see `getUserUsers`). Required with an API (M2M) token; ignored with a user (OAuth) token, which already names the user. */
  updated_by?: string | null;
  /**
   * Number of the version the change is based on.
   *
   * @format int32
   */
  version_number?: number | null;
}

export interface BulkUpdateCategoryContentV3Request {
  /** The changes, one per category and language; at most 100. */
  categories: BulkUpdateCategoryContentItem[];
}

export interface CategoryContentResponse {
  /**
   * Id of the category.
   *
   * @format uuid
   */
  id: string | null;
  /** Publication state of this version: `draft`, `published`, `forked` or `unpublished`. */
  status: ArticleStatus;
  /** Title of the category. */
  title: string | null;
  /** Body in its source format (Markdown for Markdown categories); may be null. */
  content?: string | null;
  /** Editor format: `markdown`, `wysiwyg` (rich text) or `block`; may be null. */
  content_type?: ContentType | null;
  /**
   * When the category was created.
   *
   * @format date-time
   */
  created_at?: string;
  /** Id of the user who created the category (see `getUserUsers`). */
  created_by?: string | null;
  /** Id of the current workflow status when workflows are in use (see `getProjectWorkflowStatuses`); may be null. */
  current_workflow_status_id?: string | null;
  /** `true` when the text runs right to left. */
  enable_rtl?: boolean;
  /** When `true`, readers are not shown this category. */
  hidden?: boolean;
  /** Body rendered as HTML; may be null. */
  html_content?: string | null;
  /** `true` when this is the default language's content, returned in place of the requested language. */
  is_fallback_content?: boolean;
  /**
   * Highest version number that exists.
   *
   * @format int32
   */
  latest_version?: number;
  /**
   * When the category was last changed.
   *
   * @format date-time
   */
  modified_at?: string;
  /** Id of the user who last changed the category. */
  modified_by?: string | null;
  /** Id of the parent category; null when there is none. */
  parent_category_id?: string | null;
  /**
   * Number of the published version.
   *
   * @format int32
   */
  public_version?: number;
  /** URL slug of the category, set by the server. */
  slug?: string | null;
  /**
   * Version this body belongs to.
   *
   * @format int32
   */
  version_number?: number;
  /** Id of the workspace the category lives in (see `getWorkspaceWorkspaces`). */
  workspace_id?: string | null;
}

export interface CategoryContentResponseApiResponse {
  /** The category body and its version details. */
  data: CategoryContentResponse;
  /** Id the server gave this request, for tracing it in logs. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong, if anything; null on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface CategoryResponse {
  /**
   * Id of the category.
   *
   * @format uuid
   */
  id: string | null;
  /** Name of the category. */
  name: string | null;
  /** Publication state: `draft`, `published`, `forked` or `unpublished`; may be null. */
  status: ArticleStatus | null;
  /** Articles placed directly in this category; may be null. */
  articles?: ArticleResponse[] | null;
  /** Kind of category: `folder`, `page` or `index`. */
  category_type?: CategoryType;
  /** Subcategories, each shaped like this object; may be null. */
  child_categories?: CategoryResponse[] | null;
  /** Editor format: `markdown`, `wysiwyg` (rich text) or `block`; may be null. */
  content_type?: ContentType | null;
  /**
   * When the category was created; may be null.
   *
   * @format date-time
   */
  created_at?: string | null;
  /** Id of the current workflow status when workflows are in use (see `getProjectWorkflowStatuses`); may be null. */
  current_workflow_status_id?: string | null;
  /** Description text of the category; may be null. */
  description?: string | null;
  /** When `true`, readers are not shown this category. */
  hidden?: boolean;
  /** Icon shown for the category; may be null. */
  icon?: string | null;
  /**
   * When the category was last changed; may be null.
   *
   * @format date-time
   */
  modified_at?: string | null;
  /**
   * Position among sibling categories under the same parent.
   *
   * @format int32
   */
  order?: number;
  /** Parent category's id; null when the category sits at the top level. */
  parent_category_id?: string | null;
  /** URL slug of the category, set by the server. */
  slug?: string | null;
  /** Id of the workspace the category lives in (see `getWorkspaceWorkspaces`). */
  workspace_id?: string | null;
}

export interface CategoryResponseApiResponse {
  /** The category, its articles and its subcategories. */
  data: CategoryResponse;
  /** Id the server gave this request, for tracing it in logs. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong, if anything; null on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface CategoryScope {
  /** Id of the category granted (see `getWorkspaceCategories`). */
  category_id?: string | null;
  /** Language of the category granted, such as `en` or `de` (see `getLanguageLanguages`). */
  lang_code?: string | null;
  /** Id of the workspace holding the category (see `getWorkspaceWorkspaces`). */
  workspace_id?: string | null;
}

export interface CategorySettingsResponse {
  /** `true` when readers may leave comments. */
  allow_comments?: boolean;
  /** Meta description offered to search engines; may be null. */
  description?: string | null;
  /** `true` keeps the category out of AI-powered search. */
  exclude_from_ai_search?: boolean;
  /** `true` asks external search engines not to index the category. */
  exclude_from_external_search?: boolean;
  /** `true` keeps the category out of the knowledge base's own search. */
  exclude_from_search?: boolean;
  /** Address of the featured image; in private or mixed-visibility projects it carries an expiring SAS token. May be null. */
  featured_image_url?: string | null;
  /** `true` when readers are asked to confirm they have read the category. */
  is_acknowledgement_enabled?: boolean;
  /** Title offered to search engines instead of the category name; may be null. */
  seo_title?: string | null;
  /** `true` when a table of contents is shown with the category. */
  show_table_of_contents?: boolean;
  /** URL slug of the category, set by the server. */
  slug?: string | null;
  /** Status badge shown on the category: `none`, `new`, `updated` or `custom`. */
  status_indicator?: ArticleStatusIndicator;
  /**
   * When the status badge expires; only meaningful while a badge is set. May be null.
   *
   * @format date-time
   */
  status_indicator_expiry_date?: string | null;
  /** Tags attached to the category; may be null. */
  tags?: string[] | null;
}

export interface CategorySettingsResponseApiResponse {
  /** The category settings. */
  data: CategorySettingsResponse;
  /** Id the server gave this request, for tracing it in logs. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong, if anything; null on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface CategorySimpleResponse {
  /**
   * Id of the category.
   *
   * @format uuid
   */
  id: string | null;
  /** Name of the category. */
  name: string | null;
  /**
   * When the category was created; may be null.
   *
   * @format date-time
   */
  created_at?: string | null;
  /** Icon shown for the category; may be null. */
  icon?: string | null;
  /**
   * When the category was last changed; may be null.
   *
   * @format date-time
   */
  modified_at?: string | null;
  /**
   * Position among sibling categories under the same parent.
   *
   * @format int32
   */
  order?: number;
}

export interface CategorySimpleResponseApiResponse {
  /** The basic fields of the category. */
  data: CategorySimpleResponse;
  /** Id the server gave this request, for tracing it in logs. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong, if anything; null on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface CategorySummaryResponse {
  /**
   * Id of the category.
   *
   * @format uuid
   */
  id: string | null;
  /** The category's name. */
  name: string | null;
  /** Subcategories directly below this one, each of the same shape. */
  child_categories?: CategorySummaryResponse[] | null;
  /**
   * Position among the categories that share its parent.
   *
   * @format int32
   */
  order?: number;
  /** Id of the enclosing category; null at the top level. */
  parent_category_id?: string | null;
}

export interface CategorySummaryResponsePaginatedResponse {
  /** The top-level categories, with subcategories nested inside. */
  data: CategorySummaryResponse[];
  /** Paging state: current page and size, `has_more`, and `next_cursor` for the following page. */
  pagination: PaginationInfo;
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export type CategoryType = "folder" | "page" | "index";

export interface CategoryVersionResponse {
  /** State of this version: `draft`, `published`, `forked` or `unpublished`. */
  status: ArticleStatus;
  /**
   * Number of the version this one started from.
   *
   * @format int32
   */
  base_version?: number;
  /**
   * When this version was created.
   *
   * @format date-time
   */
  created_at?: string;
  /** Id of the user who created this version (see `getUserUsers`). */
  created_by?: string | null;
  /**
   * When this version was last changed.
   *
   * @format date-time
   */
  modified_at?: string;
  /** Id of the user who last changed this version. */
  modified_by?: string | null;
  /** Address of the creator's profile picture; may be null. */
  profile_url?: string | null;
  /**
   * Number of this version.
   *
   * @format int32
   */
  version_number?: number;
}

export interface CategoryVersionResponsePaginatedResponse {
  /** The versions on this page. */
  data: CategoryVersionResponse[];
  /** Where this page sits in the full list and how to fetch the next one. */
  pagination: PaginationInfo;
  /** Id the server gave this request, for tracing it in logs. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong, if anything; null on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null when there are none. */
  warnings?: ApiWarning[] | null;
}

export type ContentMode = "raw" | "display";

export interface ContentPermission {
  /** The workspaces, categories or languages where the role applies. */
  access_scope: AccessScope;
  /** Id of a content role (`role_type` `Content`) from `getUserRoles`. */
  associated_content_role_id: string;
}

export interface ContentRoleSummary {
  /**
   * Id of the content role.
   *
   * @format uuid
   */
  id: string | null;
  /** The content role's display name, e.g. `Editor`. */
  name: string | null;
  /** Granularity of the role's scope: `project` for the whole project; `workspace`, `version`, `category`, `language` or `article` when limited to chosen items of that kind; `none` when no level is set. */
  access_scope_level?: AccessScopeLevel;
}

export type ContentType = "markdown" | "wysiwyg" | "block";

export interface CopyFileRequest {
  /** Id of the folder that receives the copy (see `getDriveFolders`). */
  destination_folder_id: string;
}

export interface CountryVisitsResponse {
  /** Two-letter ISO 3166-1 code of the country, e.g. `DE`. */
  country_iso_code?: string | null;
  /**
   * Visits from that country in the period.
   *
   * @format int32
   */
  visits?: number;
}

export interface CountryVisitsResponseListApiResponse {
  /** Countries with their visit counts, most visits first. */
  data: CountryVisitsResponse[];
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface CreateArticleRequest {
  /** Category to put the article in; ids come from `getWorkspaceCategories`. */
  category_id: string;
  /** Title of the new article. */
  title: string;
  /** Id of the workspace that will hold the article, from `getWorkspaceWorkspaces`. */
  workspace_id: string;
  /** Initial body, in the format of the chosen editor. */
  content?: string | null;
  /** Editor to use: `markdown` (the default), `wysiwyg` (rich text) or `block`. */
  content_type?: ContentType | null;
  /**
   * Position among the other articles of the category.
   *
   * @format int32
   */
  order?: number;
  /** URL slug of the article; read-only in this schema, so clients leave it out. */
  slug?: string | null;
  /** Id of the user to record as creator (see `getUserUsers`). Needed with a machine-to-machine API token; ignored with a user's OAuth token, which already names the user. */
  user_id?: string | null;
}

export interface CreateCategoryRequest {
  /** Name of the new category. */
  name: string;
  /** Id of the workspace that will hold the category, from `getWorkspaceWorkspaces`. */
  workspace_id: string;
  /** Kind of category: `folder`, `page` or `index`. */
  category_type?: CategoryType;
  /** Initial body of the category; may be null. */
  content?: string | null;
  /** Editor format for the body: `markdown`, `wysiwyg` (rich text) or `block`; may be null. */
  content_type?: ContentType | null;
  /**
   * Position among its sibling categories.
   *
   * @format int32
   */
  order?: number;
  /** Id of the category to nest it under; leave out for a top-level category. */
  parent_category_id?: string | null;
  /** URL slug of the category. Marked read-only, so leave it out; the server derives it from the name. */
  slug?: string | null;
  /** Id of the user the creation is attributed to (see `getUserUsers`). Required with an API (M2M) token; ignored with a user (OAuth) token. */
  user_id?: string | null;
}

export interface CreateFolderRequest {
  /** Display name of the folder. */
  name: string;
  /** Icon color as a hex code, e.g. `#27AE60`. */
  folder_color?: string | null;
  /** Id of the folder to nest it under; null or omitted for a top-level folder. */
  parent_folder_id?: string | null;
}

export interface CreateReaderGroupRequest {
  /** Content that members of the group may read. */
  access_scope: AccessScope;
  /** Display name of the group, 1 to 50 characters. */
  title: string;
  /** Ids of pending SSO invitations, for SSO readers who have not signed in yet. They join the group too. */
  associated_invited_sso_users?: string[] | null;
  /** Ids of readers to put in the group, from `getReaderReaders`. */
  associated_readers?: string[] | null;
  /** What the group is for. */
  description?: string | null;
}

export interface CreateReaderRequest {
  /** Content the reader may see. */
  access_scope: AccessScope;
  /**
   * Address the invitation is sent to; it must not be taken already.
   *
   * @format email
   */
  email: string;
  /** Ids of reader groups to add the reader to, from `getReaderReaderGroups`. */
  associated_reader_groups?: string[] | null;
  /** Given name of the reader. */
  first_name?: string | null;
  /** Id of the team user sending the invitation. Required with an API (M2M) token; ignored with a user (OAuth) token, where the inviter is taken from the token. */
  invited_by?: string | null;
  /** True if the reader signs in through SSO rather than email and password; `scheme_name` is then needed too. */
  is_sso_user?: boolean;
  /** Family name of the reader. */
  last_name?: string | null;
  /** Name of the SSO scheme the reader signs in with; needed when `is_sso_user` is true. */
  scheme_name?: string | null;
  /** True to not send the SSO invitation email. */
  skip_sso_invitation_email?: boolean;
}

export interface CreateUserRequest {
  /** Id of the portal role to give the user: a `Portal` role from `getUserRoles`. */
  associated_portal_role_id: string;
  /** Content roles the user gets, each with the scope it covers. */
  content_permissions: ContentPermission[];
  /**
   * Address the invitation is sent to; no user of the project may have it already.
   *
   * @format email
   */
  email: string;
  /** Ids of user groups to add the user to, from `getUserUserGroups`. */
  associated_groups?: string[] | null;
  /** Given name of the user. */
  first_name?: string | null;
  /** Id of the team user sending the invitation. Required with an API (M2M) token; ignored with a user (OAuth) token, where the inviter is taken from the token. */
  invited_by?: string | null;
  /** True if the user signs in through SSO rather than email and password; `scheme_name` is then needed too. */
  is_sso_user?: boolean;
  /** Family name of the user. */
  last_name?: string | null;
  /** Name of the SSO scheme the user signs in with; needed when `is_sso_user` is true. */
  scheme_name?: string | null;
  /** True to not send the SSO invitation email. */
  skip_sso_invitation_email?: boolean;
}

export interface EditContentRoleRequest {
  /** The full list of content roles and their scopes; it replaces what the user has now. */
  content_permissions: ContentPermission[];
}

export interface EditPortalRoleRequest {
  /** Id of the portal role the user should get: a `Portal` role from `getUserRoles`. */
  associated_portal_role_id: string;
}

export interface EditUserGroupsRequest {
  /** Ids of the user groups the user should be in, from `getUserUserGroups`; replaces the current memberships, and an empty array removes them all. */
  associated_groups: string[];
}

export interface EmailAvailabilityResponse {
  /** True when no user of the project has this address yet, so it can be invited. */
  is_available?: boolean;
}

export interface EmailAvailabilityResponseApiResponse {
  /** The availability answer. */
  data: EmailAvailabilityResponse;
  /** Id the server gave this request; quote it when asking support about a call. */
  request_id: string;
  /** True when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; null or empty on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; usually null. */
  warnings?: ApiWarning[] | null;
}

export interface ExportRequest {
  /** Kind of file to produce; `pdf`, `html` and `markdown` are typical choices. */
  format: string;
  /** Id of the workspace to export (see `getWorkspaceWorkspaces`). */
  workspace_id: string;
  /** Language of the content to include, as a code such as `en` or `fr`. */
  lang_code?: string | null;
}

export interface ExportStatusResponse {
  /**
   * Identifier assigned to the export job.
   *
   * @format uuid
   */
  id: string | null;
  /** Lifecycle stage of the job as text, such as `Pending`, `InProgress`, `Completed` or `Failed`. */
  status: string | null;
  /**
   * When the job finished; null while it is still running.
   *
   * @format date-time
   */
  completed_at?: string | null;
  /** Link to fetch the produced file; only filled in once `status` is `Completed`. */
  download_url?: string | null;
}

export interface ExportStatusResponseApiResponse {
  /** The export job. */
  data: ExportStatusResponse;
  /** Server-assigned id of this request, useful when tracing a call or asking support. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** Problems reported for the call; normally null on success. */
  errors?: ApiError[] | null;
  /** Non-blocking notices about the call, or null. */
  warnings?: ApiWarning[] | null;
}

export interface FeedbackMetricsSummaryResponse {
  /** Additional feedback split by reason; null when there was none. */
  additional_feedback?: AdditionalFeedbackBreakdownResponse | null;
  /**
   * How many articles got any feedback in the period.
   *
   * @format int32
   */
  total_articles?: number;
  /**
   * Dislikes given in the period.
   *
   * @format int32
   */
  total_dislikes?: number;
  /**
   * All feedback submissions in the period: likes, dislikes and additional feedback together.
   *
   * @format int32
   */
  total_feedbacks?: number;
  /**
   * Likes given in the period.
   *
   * @format int32
   */
  total_likes?: number;
}

export interface FeedbackMetricsSummaryResponseApiResponse {
  /** The feedback totals. */
  data: FeedbackMetricsSummaryResponse;
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface FeedbackTimelineResponse {
  /**
   * The day these counts belong to.
   *
   * @format date-time
   */
  date?: string;
  /**
   * Dislikes given on that day.
   *
   * @format int32
   */
  dislikes?: number;
  /**
   * Likes given on that day.
   *
   * @format int32
   */
  likes?: number;
  /**
   * How many articles got feedback on that day.
   *
   * @format int32
   */
  total_articles?: number;
  /**
   * All feedback submissions on that day.
   *
   * @format int32
   */
  total_feedbacks?: number;
}

export interface FeedbackTimelineResponseListApiResponse {
  /** One entry for each day of the period. */
  data: FeedbackTimelineResponse[];
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface FileResponse {
  /**
   * Id of the file.
   *
   * @format uuid
   */
  id: string | null;
  /** Display title given to the file. */
  title: string | null;
  /** Alt text for the file, read by screen readers. */
  alternative_text?: string | null;
  /** Original file name, extension included. */
  file_name?: string | null;
  /** MIME type or extension of the file, e.g. `image/png`. */
  file_type?: string | null;
  /** Link to the file; in private or mixed projects it carries a time-limited SAS token. */
  file_url?: string | null;
  /** Image height in pixels, as a string; null for files that are not images. */
  height?: string | null;
  /** Whether the calling user has starred the file. */
  is_starred?: boolean;
  /**
   * When the file was last changed.
   *
   * @format date-time
   */
  modified_at?: string;
  /** Id of the folder that holds the file. */
  parent_folder_id?: string | null;
  /** Size as display text such as `412 KB`, not a byte count. */
  size?: string | null;
  /** Tags attached to the file. */
  tags?: TagResponse[] | null;
  /** Link to a small preview image; carries a time-limited SAS token in private or mixed projects. */
  thumbnail_url?: string | null;
  /** Who last changed the file (a user id). */
  updated_by?: string | null;
  /** Image width in pixels, as a string; null for files that are not images. */
  width?: string | null;
}

export interface FileResponseApiResponse {
  /** The file. */
  data: FileResponse;
  /** Server-assigned id of this request, useful when tracing a call or asking support. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** Problems reported for the call; normally null on success. */
  errors?: ApiError[] | null;
  /** Non-blocking notices about the call, or null. */
  warnings?: ApiWarning[] | null;
}

export interface FileResponsePaginatedResponse {
  /** Files on this page. */
  data: FileResponse[];
  /** Where this page sits in the list, and the cursor for the next one. */
  pagination: PaginationInfo;
  /** Server-assigned id of this request, useful when tracing a call or asking support. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** Problems reported for the call; normally null on success. */
  errors?: ApiError[] | null;
  /** Non-blocking notices about the call, or null. */
  warnings?: ApiWarning[] | null;
}

export interface FolderDetailResponse {
  /**
   * Id of the folder.
   *
   * @format uuid
   */
  id: string | null;
  /** Display name of the folder. */
  title: string | null;
  /**
   * When the folder was created; may be null.
   *
   * @format date-time
   */
  created_at?: string | null;
  /** Files on the requested page. */
  files?: FileResponse[] | null;
  /** Paging state of `files`; may be null. */
  files_pagination?: PaginationInfo | null;
  /** Whether the calling user has starred the folder. */
  is_starred?: boolean;
  /**
   * Number of files in the folder.
   *
   * @format int32
   */
  items_count?: number;
  /**
   * When the folder was last changed.
   *
   * @format date-time
   */
  modified_at?: string;
  /**
   * Sort position among its sibling folders.
   *
   * @format int32
   */
  order?: number;
  /** Id of the enclosing folder; null for a top-level folder. */
  parent_folder_id?: string | null;
  /** Folders directly inside this one, each with its own `sub_folders`. */
  sub_folders?: FolderResponse[] | null;
  /** Who last changed the folder (a user id). */
  updated_by?: string | null;
}

export interface FolderDetailResponseApiResponse {
  /** The folder and its files. */
  data: FolderDetailResponse;
  /** Server-assigned id of this request, useful when tracing a call or asking support. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** Problems reported for the call; normally null on success. */
  errors?: ApiError[] | null;
  /** Non-blocking notices about the call, or null. */
  warnings?: ApiWarning[] | null;
}

export interface FolderResponse {
  /**
   * Id of the folder.
   *
   * @format uuid
   */
  id: string | null;
  /** Display name of the folder. */
  title: string | null;
  /**
   * When the folder was created; may be null.
   *
   * @format date-time
   */
  created_at?: string | null;
  /** Whether the calling user has starred the folder. */
  is_starred?: boolean;
  /**
   * Number of files in the folder.
   *
   * @format int32
   */
  items_count?: number;
  /**
   * When the folder was last changed.
   *
   * @format date-time
   */
  modified_at?: string;
  /**
   * Sort position among its sibling folders.
   *
   * @format int32
   */
  order?: number;
  /** Id of the enclosing folder; null for a top-level folder. */
  parent_folder_id?: string | null;
  /** Folders directly inside this one, each with its own `sub_folders`. */
  sub_folders?: FolderResponse[] | null;
  /** Who last changed the folder (a user id). */
  updated_by?: string | null;
}

export interface FolderResponseApiResponse {
  /** The folder. */
  data: FolderResponse;
  /** Server-assigned id of this request, useful when tracing a call or asking support. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** Problems reported for the call; normally null on success. */
  errors?: ApiError[] | null;
  /** Non-blocking notices about the call, or null. */
  warnings?: ApiWarning[] | null;
}

export interface FolderResponsePaginatedResponse {
  /** Folders on this page. */
  data: FolderResponse[];
  /** Where this page sits in the list, and the cursor for the next one. */
  pagination: PaginationInfo;
  /** Server-assigned id of this request, useful when tracing a call or asking support. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** Problems reported for the call; normally null on success. */
  errors?: ApiError[] | null;
  /** Non-blocking notices about the call, or null. */
  warnings?: ApiWarning[] | null;
}

export interface ImportApiReferenceRequest {
  /** Id of the workspace that receives the API reference, from `getWorkspaceWorkspaces`; it must have API documentation enabled. */
  workspace_id: string;
  /** The specification itself, as a JSON or YAML string. Leave null when sending `url`. */
  content?: string | null;
  /** When `true`, the articles generated from the specification are published once the import finishes. */
  publish_articles?: boolean;
  /**
   * Address the specification is downloaded from. Leave null when sending `content`.
   *
   * @format uri
   */
  url?: string | null;
}

export interface ImportApiReferenceResponse {
  /**
   * Id assigned to the import; the vendor describes it both as the new API reference's id and as the import task's id.
   *
   * @format uuid
   */
  id: string | null;
  /** Starting status of the import as free text, typically `Pending`. */
  status: string | null;
}

export interface ImportApiReferenceResponseApiResponse {
  /** The import's id and starting status. */
  data: ImportApiReferenceResponse;
  /** Id the server gave this request, for tracing it in logs. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong, if anything; null on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface ImportRequest {
  /** Id of the team member running the import (see `getUserUsers`). */
  import_by: string;
  /** Address of the documentation to import. */
  source_documentation_url: string;
  /** `true` to publish the imported articles; `false` leaves them as drafts. */
  publish_article?: boolean;
}

export interface ImportStatusResponse {
  /**
   * Identifier assigned to the import job.
   *
   * @format uuid
   */
  id: string | null;
  /** Lifecycle stage of the job as text, such as `Pending`, `InProgress`, `Completed` or `Failed`. */
  status: string | null;
  /**
   * When the job finished; null while it is still running.
   *
   * @format date-time
   */
  completed_at?: string | null;
}

export interface ImportStatusResponseApiResponse {
  /** The import job. */
  data: ImportStatusResponse;
  /** Server-assigned id of this request, useful when tracing a call or asking support. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** Problems reported for the call; normally null on success. */
  errors?: ApiError[] | null;
  /** Non-blocking notices about the call, or null. */
  warnings?: ApiWarning[] | null;
}

export interface IndividualArticleAnalyticsResponse {
  /** The article's engagement figures; null if no analytics exist for it yet. */
  metrics?: TopArticleResponse | null;
  /**
   * Number of links pointing to this article from other articles in the same project.
   *
   * @format int32
   */
  total_project_links?: number;
}

export interface IndividualArticleAnalyticsResponseApiResponse {
  /** The article's analytics. */
  data: IndividualArticleAnalyticsResponse;
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface LanguageResponse {
  /** Display name, e.g. "English". */
  name: string | null;
  /** Language code such as `en`, `de` or `pt-BR`; pass it as `lang_code` elsewhere in the API. */
  code?: string | null;
  /** `true` for the language the project uses by default. */
  is_default?: boolean;
}

export interface LanguageResponsePaginatedResponse {
  /** The languages on this page. */
  data: LanguageResponse[];
  /** Where this page sits in the full list, and how to get the next one. */
  pagination: PaginationInfo;
  /** Id the server gave this request, for tracing it in logs. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong, if anything; null on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface LanguageScope {
  /** Language granted, such as `en` or `de` (see `getLanguageLanguages`). */
  lang_code?: string | null;
  /** Id of the workspace (see `getWorkspaceWorkspaces`). */
  workspace_id?: string | null;
}

export type LanguageTranslationOption = "none" | "needTranslation" | "translated" | "inProgress";

export interface LicenseUsageResponse {
  /** Seats for team accounts (the project's own users), counted against the plan; may be null. */
  team_account?: UsageCount | null;
}

export interface LicenseUsageResponseApiResponse {
  /** The usage figures. */
  data: LicenseUsageResponse;
  /** Id the server gave this request, for tracing it in logs. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong, if anything; null on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface LogEntry {
  /** Readable explanation of the problem. */
  message?: string | null;
  /** JSON pointer into the source specification where the problem sits; may be null. */
  path?: string | null;
}

export interface MostReadArticleResponse {
  /** The article's title. */
  title: string | null;
  /** Id of the article. */
  article_id?: string | null;
  /**
   * Reading time summed over all visits in the period, in seconds.
   *
   * @format int32
   */
  duration_seconds?: number;
  /** The article's URL slug. */
  slug?: string | null;
}

export interface MostReadArticleResponseListApiResponse {
  /** At most five articles, longest reading time first. */
  data: MostReadArticleResponse[];
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface MostReferencedArticleResponse {
  /** Article title, as shown on the site. */
  title: string | null;
  /** Id of the article. */
  article_id?: string | null;
  /**
   * Times AI-generated answers used this article as a source in the period.
   *
   * @format int32
   */
  reference_count?: number;
  /** URL slug of the article on the site. */
  slug?: string | null;
}

export interface MostReferencedArticleResponseListApiResponse {
  /** Articles, most cited first. */
  data: MostReferencedArticleResponse[];
  /** Id the server gave this request; quote it when asking support. */
  request_id: string;
  /** True when the call worked. */
  success: boolean;
  /** Errors raised by the call; null or empty on success. */
  errors?: ApiError[] | null;
  /** Notices that did not stop the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface ObjectApiResponse {
  /** The article or category found (for `getProjectDocumentByUrl`); its shape is not declared. */
  data: unknown;
  /** Server-assigned id of this request, useful when tracing a call or asking support. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** Problems reported for the call; normally null on success. */
  errors?: ApiError[] | null;
  /** Non-blocking notices about the call, or null. */
  warnings?: ApiWarning[] | null;
}

export interface PaginationInfo {
  /** True when another page follows. */
  has_more: boolean;
  /**
   * Number of this page, from 1; `0` when paging by cursor.
   *
   * @format int32
   */
  page: number;
  /**
   * Page length used for this reply.
   *
   * @format int32
   */
  page_size: number;
  /** Opaque token to pass as `cursor` for the next page; null on the last page. */
  next_cursor?: string | null;
  /**
   * Item count over all pages; only filled in when the request set `include_total_count=true`, else null.
   *
   * @format int64
   */
  total_count?: number | null;
}

export interface ProjectResponse {
  /**
   * UUID that pins down this project.
   *
   * @format uuid
   */
  id: string | null;
  /** Human-facing title of the project. */
  name: string | null;
  /**
   * Project state as a numeric code: `0` means active, `1` inactive.
   *
   * @format int32
   */
  status: number;
  /**
   * Timestamp of the project's creation.
   *
   * @format date-time
   */
  created_at?: string;
  /** Free-text summary of what the project is for. */
  description?: string | null;
  /**
   * Timestamp of the most recent change to the project; may be null.
   *
   * @format date-time
   */
  modified_at?: string | null;
  /** Host label of the public site; `acme-help` stands for `acme-help.document360.io`. */
  sub_domain_name?: string | null;
}

export interface ProjectResponseApiResponse {
  /** The project. */
  data: ProjectResponse;
  /** Server-assigned id of this request, useful when tracing a call or asking support. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** Problems reported for the call; normally null on success. */
  errors?: ApiError[] | null;
  /** Non-blocking notices about the call, or null. */
  warnings?: ApiWarning[] | null;
}

export interface ProjectResponsePaginatedResponse {
  /** Projects on this page. */
  data: ProjectResponse[];
  /** Where this page sits in the list, and the cursor for the next one. */
  pagination: PaginationInfo;
  /** Server-assigned id of this request, useful when tracing a call or asking support. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** Problems reported for the call; normally null on success. */
  errors?: ApiError[] | null;
  /** Non-blocking notices about the call, or null. */
  warnings?: ApiWarning[] | null;
}

export interface PublishRequest {
  /**
   * Version to make live, counting from 1; `getArticleArticleVersions` or `getCategoryCategoryVersions` shows which exist.
   *
   * @format int32
   */
  version_number: number;
  /** Id of the workspace the article or category lives in (see `getWorkspaceWorkspaces`). */
  workspace_id: string;
  /** Optional note stored with the publish, such as what changed. */
  message?: string | null;
  /** Id of the team user the publish is recorded for (see `getUserUsers`). Needed with an API token; ignored with a user's OAuth token, which already names the user. */
  user_id?: string | null;
}

export interface ReaderGroupResponse {
  /**
   * Id of the reader group.
   *
   * @format uuid
   */
  id: string | null;
  /** Display name of the group. */
  title: string | null;
  /** Content the members may read; not filled in by `getReaderReaderGroups`. */
  access_scope?: AccessScope | null;
  /** Ids of pending SSO invitations, for SSO readers who have not signed in yet. Not filled in by `getReaderReaderGroups`. */
  associated_invited_sso_users?: string[] | null;
  /** Ids of the readers in the group; not filled in by `getReaderReaderGroups`. */
  associated_readers?: string[] | null;
  /** What the group is for. */
  description?: string | null;
}

export interface ReaderGroupResponseApiResponse {
  /** The reader group. */
  data: ReaderGroupResponse;
  /** Id the server gave this request; quote it when asking support about a call. */
  request_id: string;
  /** True when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; null or empty on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; usually null. */
  warnings?: ApiWarning[] | null;
}

export interface ReaderGroupResponsePaginatedResponse {
  /** The reader groups on this page. */
  data: ReaderGroupResponse[];
  /** Page number, page size, cursor and optional total for this result. */
  pagination: PaginationInfo;
  /** Id the server gave this request; quote it when asking support about a call. */
  request_id: string;
  /** True when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; null or empty on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; usually null. */
  warnings?: ApiWarning[] | null;
}

export interface ReaderResponse {
  /**
   * Id of the reader.
   *
   * @format uuid
   */
  id: string | null;
  /**
   * Email address the reader signs in with.
   *
   * @format email
   */
  email: string | null;
  /** Content the reader may see. */
  access_scope?: AccessScope | null;
  /** Ids of the reader groups the reader is in; see `getReaderReaderGroups`. */
  associated_reader_groups?: string[] | null;
  /** Given name of the reader. */
  first_name?: string | null;
  /** True if the reader was invited as an SSO user. */
  is_invite_sso_user?: boolean;
  /**
   * When the reader last signed in; null if they never have.
   *
   * @format date-time
   */
  last_login_at?: string | null;
  /** Family name of the reader. */
  last_name?: string | null;
}

export interface ReaderResponseApiResponse {
  /** The reader. */
  data: ReaderResponse;
  /** Id the server gave this request; quote it when asking support about a call. */
  request_id: string;
  /** True when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; null or empty on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; usually null. */
  warnings?: ApiWarning[] | null;
}

export interface ReaderResponsePaginatedResponse {
  /** The readers on this page. */
  data: ReaderResponse[];
  /** Page number, page size, cursor and optional total for this result. */
  pagination: PaginationInfo;
  /** Id the server gave this request; quote it when asking support about a call. */
  request_id: string;
  /** True when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; null or empty on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; usually null. */
  warnings?: ApiWarning[] | null;
}

export interface RelatedArticle {
  /**
   * Id of the related article.
   *
   * @format uuid
   */
  id?: string | null;
  /** `true` when that article is hidden from readers. */
  hidden?: boolean;
  /** Its URL slug. */
  slug?: string | null;
  /** Its title. */
  title?: string | null;
}

export interface RoleResponse {
  /**
   * Id of the role.
   *
   * @format uuid
   */
  id: string | null;
  /** Display name of the role. */
  title: string | null;
  /** Plain-language account of what the role allows. */
  description?: string | null;
  /** True for built-in roles, which cannot be changed or removed. */
  is_system_role?: boolean;
  /** `Portal` for roles over project settings and administration, `Content` for roles over the content itself. */
  role_type?: string | null;
}

export interface RoleResponsePaginatedResponse {
  /** The roles on this page. */
  data: RoleResponse[];
  /** Page number, page size, cursor and optional total for this result. */
  pagination: PaginationInfo;
  /** Id the server gave this request; quote it when asking support about a call. */
  request_id: string;
  /** True when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; null or empty on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; usually null. */
  warnings?: ApiWarning[] | null;
}

export interface RoleSummary {
  /**
   * Id of the role.
   *
   * @format uuid
   */
  id: string | null;
  /** Display name of the role, such as `Admin`. */
  name: string | null;
}

export interface SearchAnalyticsSummaryResponse {
  /**
   * Searches after which the reader opened no result.
   *
   * @format int32
   */
  bounced_searches?: number;
  /**
   * Share of searches that failed, in percent (0-100).
   *
   * @format double
   */
  failure_rate?: number;
  /**
   * Searches that found nothing.
   *
   * @format int32
   */
  no_result_searches?: number;
  /**
   * Share of searches that found something, in percent (0-100).
   *
   * @format double
   */
  success_rate?: number;
  /**
   * Searches that found one or more results.
   *
   * @format int32
   */
  successful_searches?: number;
  /**
   * Searches run on the knowledge base.
   *
   * @format int32
   */
  total_searches?: number;
}

export interface SearchAnalyticsSummaryResponseApiResponse {
  /** Search totals for the period. */
  data: SearchAnalyticsSummaryResponse;
  /** Id the server gave this request; quote it when asking support. */
  request_id: string;
  /** True when the call worked. */
  success: boolean;
  /** Errors raised by the call; null or empty on success. */
  errors?: ApiError[] | null;
  /** Notices that did not stop the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface SearchKeywordResponse {
  /**
   * Times the reader left after this search without opening a result.
   *
   * @format int32
   */
  bounced_count?: number;
  /** Word or phrase readers searched for. */
  keyword?: string | null;
  /**
   * Times a result was read after this search.
   *
   * @format int32
   */
  read_count?: number;
  /**
   * Times it was searched in the period.
   *
   * @format int32
   */
  search_count?: number;
  /**
   * Times a result was viewed after this search.
   *
   * @format int32
   */
  viewed_count?: number;
}

export interface SearchKeywordResponsePaginatedResponse {
  /** Keywords on this page, in the requested order. */
  data: SearchKeywordResponse[];
  /** Page number, size and whether more pages follow. */
  pagination: PaginationInfo;
  /** Id the server gave this request; quote it when asking support. */
  request_id: string;
  /** True when the call worked. */
  success: boolean;
  /** Errors raised by the call; null or empty on success. */
  errors?: ApiError[] | null;
  /** Notices that did not stop the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface SearchTimelineDataPoint {
  /**
   * Searches that day after which the reader opened no result.
   *
   * @format int32
   */
  bounced_searches?: number;
  /**
   * Day the figures are for.
   *
   * @format date-time
   */
  date?: string;
  /**
   * Searches that found nothing that day.
   *
   * @format int32
   */
  no_result_searches?: number;
  /**
   * Searches that found something that day.
   *
   * @format int32
   */
  successful_searches?: number;
  /**
   * Searches run that day.
   *
   * @format int32
   */
  total_searches?: number;
}

export interface SearchTimelineDataPointListApiResponse {
  /** One entry per day of the period. */
  data: SearchTimelineDataPoint[];
  /** Id the server gave this request; quote it when asking support. */
  request_id: string;
  /** True when the call worked. */
  success: boolean;
  /** Errors raised by the call; null or empty on success. */
  errors?: ApiError[] | null;
  /** Notices that did not stop the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export type SecurityVisibility = "public" | "protected" | "mixed";

export interface SsoSchemeResponse {
  /** Internal name of the scheme, e.g. `entra-oidc`. */
  name: string | null;
  /** Label of the scheme as shown to people. */
  display_name?: string | null;
}

export interface SsoSchemeResponsePaginatedResponse {
  /** SSO schemes on this page. */
  data: SsoSchemeResponse[];
  /** Where this page sits in the list, and the cursor for the next one. */
  pagination: PaginationInfo;
  /** Server-assigned id of this request, useful when tracing a call or asking support. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** Problems reported for the call; normally null on success. */
  errors?: ApiError[] | null;
  /** Non-blocking notices about the call, or null. */
  warnings?: ApiWarning[] | null;
}

export interface StringListApiResponse {
  /** The strings (for `getDriveArticleFiles`, file URLs). */
  data: string[];
  /** Server-assigned id of this request, useful when tracing a call or asking support. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** Problems reported for the call; normally null on success. */
  errors?: ApiError[] | null;
  /** Non-blocking notices about the call, or null. */
  warnings?: ApiWarning[] | null;
}

export interface TagResponse {
  /**
   * Id of the tag; pass it in `tag_ids` to detach the tag.
   *
   * @format uuid
   */
  id: string | null;
  /** Tag name. */
  name: string | null;
}

export interface TaskStatusResponse {
  /** Task state as text, e.g. `Pending`, `InProgress`, `Completed` or `Failed`. */
  status: string | null;
  /** Id of the task. */
  task_id?: string | null;
}

export interface TaskStatusResponseApiResponse {
  /** The task state. */
  data: TaskStatusResponse;
  /** Server-assigned id of this request, useful when tracing a call or asking support. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** Problems reported for the call; normally null on success. */
  errors?: ApiError[] | null;
  /** Non-blocking notices about the call, or null. */
  warnings?: ApiWarning[] | null;
}

export interface TopArticleResponse {
  /** The article's title. */
  title: string | null;
  /** Id of the article. */
  article_id?: string | null;
  /**
   * Dislikes the article received.
   *
   * @format int32
   */
  dislikes?: number;
  /**
   * Feedback submissions on the article.
   *
   * @format int32
   */
  feedbacks?: number;
  /**
   * When the article was most recently changed.
   *
   * @format date-time
   */
  last_updated_at?: string;
  /**
   * When someone most recently viewed the article.
   *
   * @format date-time
   */
  last_viewed_at?: string;
  /**
   * Likes the article received.
   *
   * @format int32
   */
  likes?: number;
  /**
   * Times the article was read.
   *
   * @format int32
   */
  reads?: number;
  /** The article's URL slug. */
  slug?: string | null;
  /**
   * Reading time summed over all visits, in seconds.
   *
   * @format int32
   */
  time_spent_seconds?: number;
  /**
   * Times the article was viewed.
   *
   * @format int32
   */
  views?: number;
}

export interface TopArticleResponsePaginatedResponse {
  /** The ranked articles on this page. */
  data: TopArticleResponse[];
  /** Paging state: current page and size, `has_more`, and `next_cursor` for the following page. */
  pagination: PaginationInfo;
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface TopCategoryResponse {
  /**
   * How many articles the category contains.
   *
   * @format int32
   */
  article_count?: number;
  /** Id of the category. */
  category_id?: string | null;
  /** The category's name. */
  category_name?: string | null;
  /**
   * Dislikes summed over the category's articles.
   *
   * @format int32
   */
  dislikes?: number;
  /**
   * Likes summed over the category's articles.
   *
   * @format int32
   */
  likes?: number;
  /**
   * Reads summed over the category's articles.
   *
   * @format int32
   */
  reads?: number;
  /**
   * Views summed over the category's articles.
   *
   * @format int32
   */
  views?: number;
}

export interface TopCategoryResponsePaginatedResponse {
  /** The ranked categories on this page. */
  data: TopCategoryResponse[];
  /** Paging state: current page and size, `has_more`, and `next_cursor` for the following page. */
  pagination: PaginationInfo;
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface TranslationArticleResponse {
  /**
   * Id of the article.
   *
   * @format uuid
   */
  id: string | null;
  /** Article title in the requested language. */
  title: string | null;
  /** Id of the category holding the article. */
  category_id?: string | null;
  /**
   * When the article was created (RFC 3339); may be null.
   *
   * @format date-time
   */
  created_at?: string | null;
  /**
   * When the translation last changed (RFC 3339); may be null.
   *
   * @format date-time
   */
  modified_at?: string | null;
  /**
   * Translation state in the requested language, as a numeric code rather than one of the `status` strings.
   *
   * @format int32
   */
  translation_status?: number;
}

export interface TranslationArticleResponseListApiResponse {
  /** The matching articles. */
  data: TranslationArticleResponse[];
  /** Id the server gave this request, for tracing it in logs. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong, if anything; null on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null when there are none. */
  warnings?: ApiWarning[] | null;
}

export type TranslationOption = "none" | "needTranslation" | "translated" | "inProgress";

export interface TrendingTopicResponse {
  /** True when the group is made of questions that got no answer. */
  is_no_search_cluster?: boolean;
  /**
   * Questions that fall under this topic in the period.
   *
   * @format int32
   */
  question_count?: number;
  /** Label of the topic, for display. */
  topic?: string | null;
  /** Id of the topic group (not a UUID). */
  topic_id?: string | null;
}

export interface TrendingTopicResponseListApiResponse {
  /** Topics, largest first. */
  data: TrendingTopicResponse[];
  /** Id the server gave this request; quote it when asking support. */
  request_id: string;
  /** True when the call worked. */
  success: boolean;
  /** Errors raised by the call; null or empty on success. */
  errors?: ApiError[] | null;
  /** Notices that did not stop the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface UnpublishRequest {
  /**
   * Version to take down, counting from 1; `getArticleArticleVersions` or `getCategoryCategoryVersions` shows which exist.
   *
   * @format int32
   */
  version_number: number;
  /** Id of the workspace the article or category lives in (see `getWorkspaceWorkspaces`). */
  workspace_id: string;
  /** Id of the team user the unpublish is recorded for (see `getUserUsers`). Needed with an API token; ignored with a user's OAuth token, which already names the user. */
  user_id?: string | null;
}

export interface UpdateArticleRequest {
  /** With `true`, editing a published version first forks a fresh draft and the edit is saved to it; drafts are edited directly. With `false` (default), changing a published version's content is refused with 422. */
  auto_fork?: boolean | null;
  /** Category to move the article into; ids come from `getWorkspaceCategories`. */
  category_id?: string | null;
  /** New body, in the article's editor format. */
  content?: string | null;
  /** `true` to hide the article from readers, `false` to show it. */
  hidden?: boolean | null;
  /**
   * New position within the category.
   *
   * @format int32
   */
  order?: number | null;
  /** Where the change comes from, such as `API`, `import` or `portal`; `API` when omitted. */
  source?: string | null;
  /** New title. */
  title?: string | null;
  /** New translation state: `none`, `needTranslation`, `inProgress` or `translated`. */
  translation_option?: TranslationOption | null;
  /**
   * Version to change; the newest one when omitted. With `auto_fork` on a published version, the change goes to the new draft instead.
   *
   * @format int32
   */
  version_number?: number | null;
}

export interface UpdateArticleSettingsRequest {
  /** `true` to let readers comment. */
  allow_comments?: boolean | null;
  /** Editor to switch to: `markdown`, `wysiwyg` (rich text) or `block`. */
  content_type?: ContentType | null;
  /** Meta description for search engines. */
  description?: string | null;
  /** `true` to leave the article out of AI search. */
  exclude_from_ai_search?: boolean | null;
  /** `true` to keep the article out of external search engines. */
  exclude_from_external_search?: boolean | null;
  /** `true` to keep the article out of the knowledge base's own search. */
  exclude_from_search?: boolean | null;
  /** `true` to ask readers to confirm they have read the article. */
  is_acknowledgement_enabled?: boolean | null;
  /** Ids of the articles to link as related (plain strings; reading the settings returns full objects). */
  related_articles?: string[] | null;
  /** Title to show search engines. */
  seo_title?: string | null;
  /** `true` to show the article's table of contents. */
  show_table_of_contents?: boolean | null;
  /** URL slug of the article; read-only in this schema, so clients leave it out. */
  slug?: string | null;
  /** Badge to show: `none`, `new`, `updated` or `custom`. */
  status_indicator?: ArticleStatusIndicator | null;
  /**
   * When the badge should stop showing (RFC 3339); only used together with a badge.
   *
   * @format date-time
   */
  status_indicator_expiry_date?: string | null;
  /** Tags for the article. */
  tags?: string[] | null;
}

export interface UpdateCategoryContentRequest {
  /** When `true` and the category has only a published version, a draft is forked for the change instead of the change failing. */
  auto_fork?: boolean | null;
  /** New body of the category. */
  content?: string | null;
  /** Free-text label saying where the change came from, such as `api`. */
  source?: string | null;
  /** New title of the category. */
  title?: string | null;
  /** Translation state to record with the change: `none`, `needTranslation`, `translated` or `inProgress`; may be null. */
  translation_option?: TranslationOption | null;
  /** Id of the user the change is attributed to (see `getUserUsers`). Required with an API (M2M) token; ignored with a user (OAuth) token, which already names the user. */
  updated_by?: string | null;
  /**
   * Number of the version the change is based on.
   *
   * @format int32
   */
  version_number?: number | null;
}

export interface UpdateCategoryRequest {
  /** `true` stops readers from seeing the category; `false` shows it again. */
  hidden?: boolean | null;
  /** Icon to show for the category. */
  icon?: string | null;
  /** New name of the category. */
  name?: string | null;
  /**
   * New position among sibling categories.
   *
   * @format int32
   */
  order?: number | null;
  /** Id of the category to move this one under. */
  parent_category_id?: string | null;
}

export interface UpdateCategorySettingsRequest {
  /** Whether readers may leave comments. */
  allow_comments?: boolean | null;
  /** Meta description for search engines. */
  description?: string | null;
  /** `true` keeps the category out of AI-powered search. */
  exclude_from_ai_search?: boolean | null;
  /** `true` asks external search engines not to index the category. */
  exclude_from_external_search?: boolean | null;
  /** `true` keeps the category out of the knowledge base's own search. */
  exclude_from_search?: boolean | null;
  /** `true` asks readers to confirm they have read the category. */
  is_acknowledgement_enabled?: boolean | null;
  /** Title for search engines to use instead of the category name. */
  seo_title?: string | null;
  /** Whether to show a table of contents. */
  show_table_of_contents?: boolean | null;
  /** URL slug of the category. Marked read-only, so leave it out of requests. */
  slug?: string | null;
  /** Status badge to show: `none`, `new`, `updated` or `custom`; may be null. */
  status_indicator?: ArticleStatusIndicator | null;
  /**
   * When the status badge should stop showing; used only together with a badge.
   *
   * @format date-time
   */
  status_indicator_expiry_date?: string | null;
  /** Tags to attach to the category. */
  tags?: string[] | null;
}

export interface UpdateFolderRequest {
  /** New icon color, as a hex code. */
  folder_color?: string | null;
  /** `true` to star the folder, `false` to unstar it. */
  is_starred?: boolean;
  /** New display name. */
  name?: string | null;
  /**
   * New sort position among sibling folders.
   *
   * @format int32
   */
  order?: number | null;
}

export interface UpdateReaderGroupRequest {
  /** New content scope for the members; replaces the current one. */
  access_scope: AccessScope;
  /** New display name of the group, 1 to 50 characters. */
  title: string;
  /** Ids of pending SSO invitations, for SSO readers who have not signed in yet. Replaces the current list. */
  associated_invited_sso_users?: string[] | null;
  /** Ids of the readers who should be members, from `getReaderReaders`; replaces the current list, and leaving it out empties it. */
  associated_readers?: string[] | null;
  /** New text saying what the group is for. */
  description?: string | null;
}

export interface UpdateReaderRequest {
  /** Content the reader may see; replaces the current scope. */
  access_scope: AccessScope;
  /** Ids of the reader groups the reader should be in, from `getReaderReaderGroups`; replaces the current memberships. */
  associated_reader_groups: string[];
  /** New given name. Omit it to leave the current value alone (applies with `is_invitation_id` false). */
  first_name?: string | null;
  /** True when `reader_id` is the invitation id of an SSO reader who has not signed in yet, rather than a reader id. */
  is_invitation_id?: boolean;
  /** New family name. Omit it to leave the current value alone (applies with `is_invitation_id` false). */
  last_name?: string | null;
}

export interface UpdateWorkflowRequest {
  /** Language of the version whose status changes, such as `en` (see `getLanguageLanguages`). */
  lang_code: string;
  /** Target status, with the optional assignee, due date and comment. */
  workflow_status_info: WorkflowStatusInfo;
  /** Id of the workspace the article or category lives in (see `getWorkspaceWorkspaces`). */
  workspace_id: string;
  /** Id of the team user the change is recorded for (see `getUserUsers`). Needed with an API token; ignored with a user's OAuth token, which already names the user. */
  user_id?: string | null;
}

export interface UsageCount {
  /**
   * The most the current plan permits.
   *
   * @format int32
   */
  allowed?: number;
  /**
   * How many are taken now.
   *
   * @format int32
   */
  used?: number;
}

export interface UserDetailResponse {
  /**
   * Id of the user.
   *
   * @format uuid
   */
  id: string | null;
  /**
   * Email address the user signs in with.
   *
   * @format email
   */
  email: string | null;
  /** User groups the user is a member of. */
  associated_groups?: UserGroupInfo[] | null;
  /** Content roles the user holds, each with the level its scope is set at. */
  content_roles?: ContentRoleSummary[] | null;
  /**
   * Time the account was created.
   *
   * @format date-time
   */
  created_at?: string | null;
  /** Given name of the user. */
  first_name?: string | null;
  /**
   * When the user last signed in; null if they never have.
   *
   * @format date-time
   */
  last_login_at?: string | null;
  /** Family name of the user. */
  last_name?: string | null;
  /** The user's portal role, which governs project settings and administration; null when none is set. */
  portal_role?: RoleSummary | null;
  /** URL of the user's avatar image. */
  profile_logo_url?: string | null;
}

export interface UserDetailResponseApiResponse {
  /** The user's profile. */
  data: UserDetailResponse;
  /** Id the server gave this request; quote it when asking support about a call. */
  request_id: string;
  /** True when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; null or empty on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; usually null. */
  warnings?: ApiWarning[] | null;
}

export interface UserGroupInfo {
  /**
   * Id of the user group.
   *
   * @format uuid
   */
  id: string | null;
  /** Display name of the group. */
  title: string | null;
  /** What the group is for. */
  description?: string | null;
}

export interface UserGroupResponse {
  /**
   * Id of the user group.
   *
   * @format uuid
   */
  id: string | null;
  /** Display name of the group. */
  title: string | null;
  /** What the group is for. */
  description?: string | null;
}

export interface UserGroupResponsePaginatedResponse {
  /** The user groups on this page. */
  data: UserGroupResponse[];
  /** Page number, page size, cursor and optional total for this result. */
  pagination: PaginationInfo;
  /** Id the server gave this request; quote it when asking support about a call. */
  request_id: string;
  /** True when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; null or empty on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; usually null. */
  warnings?: ApiWarning[] | null;
}

export interface UserResponse {
  /**
   * Id of the user.
   *
   * @format uuid
   */
  id: string | null;
  /**
   * Email address the user signs in with.
   *
   * @format email
   */
  email: string | null;
  /**
   * Time the account was created.
   *
   * @format date-time
   */
  created_at?: string | null;
  /** Given name of the user. */
  first_name?: string | null;
  /**
   * When the user last signed in; null if they never have.
   *
   * @format date-time
   */
  last_login_at?: string | null;
  /** Family name of the user. */
  last_name?: string | null;
  /** Name of the user's portal role, for example `Admin` or `Editor`. */
  portal_role?: string | null;
  /** URL of the user's avatar image. */
  profile_logo_url?: string | null;
}

export interface UserResponsePaginatedResponse {
  /** The users on this page. */
  data: UserResponse[];
  /** Page number, page size, cursor and optional total for this result. */
  pagination: PaginationInfo;
  /** Id the server gave this request; quote it when asking support about a call. */
  request_id: string;
  /** True when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; null or empty on success. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; usually null. */
  warnings?: ApiWarning[] | null;
}

export interface V3ProblemDetails {
  /**
   * HTTP status code of the reply, repeated in the body.
   *
   * @format int32
   */
  status: number;
  /** Short label for the kind of problem; the same for every occurrence. */
  title: string;
  /** URI that names the kind of problem and points to its documentation. */
  type: string;
  /** What went wrong in this particular call, for people; may be null. */
  detail?: string | null;
  /** Individual errors behind the problem (an extension member); null when not given. */
  errors?: ApiError[] | null;
  /** URI of the call that failed; may be null. */
  instance?: string | null;
  /** Id for finding this failure in the server logs; quote it when asking support. */
  trace_id?: string | null;
  /** Notices that came with the failure (an extension member); null when not given. */
  warnings?: ApiWarning[] | null;
}

export interface WorkflowStatusInfo {
  /** Id of the team user who should handle this step (see `getUserUsers`). */
  assignee_id?: string | null;
  /** Optional note recorded with the status change. */
  comment?: string | null;
  /**
   * Optional deadline for this workflow step (RFC 3339 date-time).
   *
   * @format date-time
   */
  due_date?: string | null;
  /** Id of the workflow status to move to (see `getProjectWorkflowStatuses`). */
  status_id?: string | null;
}

export interface WorkflowStatusResponse {
  /**
   * Id of the workflow status.
   *
   * @format uuid
   */
  id: string | null;
  /** Name of the status, e.g. `Technical review`. */
  name: string | null;
  /** What the status means, or when an article belongs in it. */
  description?: string | null;
  /** `true` if editing is blocked for articles in this status. */
  read_only?: boolean;
}

export interface WorkflowStatusResponsePaginatedResponse {
  /** Workflow statuses on this page. */
  data: WorkflowStatusResponse[];
  /** Where this page sits in the list, and the cursor for the next one. */
  pagination: PaginationInfo;
  /** Server-assigned id of this request, useful when tracing a call or asking support. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** Problems reported for the call; normally null on success. */
  errors?: ApiError[] | null;
  /** Non-blocking notices about the call, or null. */
  warnings?: ApiWarning[] | null;
}

export interface WorkspaceDetailResponse {
  /**
   * Id of the workspace.
   *
   * @format uuid
   */
  id: string | null;
  /** Name of the workspace, for example `v2.0`. */
  name: string | null;
  /**
   * When the workspace was created.
   *
   * @format date-time
   */
  created_at?: string;
  /** `true` when the workspace is laid out right to left. */
  enable_rtl?: boolean;
  /** `true` for the project's default workspace. */
  is_default?: boolean;
  /** The workspace's default language code, such as `en` or `fr`. */
  language_code?: string | null;
  /**
   * When the workspace was last changed.
   *
   * @format date-time
   */
  modified_at?: string;
  /**
   * The workspace's position in the project's list of workspaces.
   *
   * @format int32
   */
  order?: number;
  /** Slug used for the workspace in URLs. */
  slug?: string | null;
  /** Kind of workspace as a plain string; the vendor names `KnowledgeBase` and `ApiDocumentation`. */
  workspace_type?: string | null;
}

export interface WorkspaceDetailResponseApiResponse {
  /** The workspace. */
  data: WorkspaceDetailResponse;
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}

export interface WorkspaceResponse {
  /**
   * Id of the workspace.
   *
   * @format uuid
   */
  id: string | null;
  /** Name of the workspace, for example `v2.0`. */
  name: string | null;
  /**
   * When the workspace was created.
   *
   * @format date-time
   */
  created_at?: string;
  /** `true` for the project's default workspace. */
  is_default?: boolean;
  /**
   * When the workspace was last changed.
   *
   * @format date-time
   */
  modified_at?: string;
  /**
   * The workspace's position in the project's list of workspaces.
   *
   * @format int32
   */
  order?: number;
  /** Slug used for the workspace in URLs. */
  slug?: string | null;
  /** Kind of workspace as a plain string; the vendor names `KnowledgeBase` and `ApiDocumentation`. */
  workspace_type?: string | null;
}

export interface WorkspaceResponsePaginatedResponse {
  /** The workspaces on this page. */
  data: WorkspaceResponse[];
  /** Paging state: current page and size, `has_more`, and `next_cursor` for the following page. */
  pagination: PaginationInfo;
  /** Identifier of this request; quote it when reporting a problem. */
  request_id: string;
  /** `true` when the call succeeded. */
  success: boolean;
  /** What went wrong when the call failed; otherwise null or empty. */
  errors?: ApiError[] | null;
  /** Non-fatal notices about the call; null or empty when there are none. */
  warnings?: ApiWarning[] | null;
}
