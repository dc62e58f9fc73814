// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

export interface AISearchFeedbackSummaryResponse {
  /**
   * (to be written)
   *
   * @format int32
   */
  dislikes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  likes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_feedbacks?: number;
}

export interface AISearchSummaryResponse {
  /**
   * (to be written)
   *
   * @format int32
   */
  answered_queries?: number;
  /**
   * (to be written)
   *
   * @format date-time
   */
  data_available_from?: string;
  /** (to be written) */
  feedback?: AISearchFeedbackSummaryResponse | null | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_conversations?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_queries?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  unanswered_queries?: number;
}

export interface AISearchSummaryResponseApiResponse {
  /** (to be written) */
  data: AISearchSummaryResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface AISearchTimelineResponse {
  /**
   * (to be written)
   *
   * @format int32
   */
  answered_queries?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  conversations?: number;
  /**
   * (to be written)
   *
   * @format date-time
   */
  date?: string;
  /**
   * (to be written)
   *
   * @format int32
   */
  dislikes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  likes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_queries?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  unanswered_queries?: number;
}

export interface AISearchTimelineResponseListApiResponse {
  /** (to be written) */
  data: AISearchTimelineResponse[];
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface AccessScope {
  /** (to be written) */
  access_level?: (
    "none" | "category" | "version" | "project" | "language" | "article" | "workspace"
  ) &
    AccessScopeLevel;
  /** (to be written) */
  categories?: CategoryScope[] | null;
  /** (to be written) */
  languages?: LanguageScope[] | null;
  /** (to be written) */
  workspaces?: string[] | null;
}

export type AccessScopeLevel =
  "none" | "category" | "version" | "project" | "language" | "article" | "workspace";

export interface AddTagsRequest {
  /** (to be written) */
  tags: string[];
}

export interface AddUserResponse {
  /** (to be written) */
  user_id?: string | null;
}

export interface AddUserResponseApiResponse {
  /** (to be written) */
  data: AddUserResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface AdditionalFeedbackBreakdownResponse {
  /**
   * (to be written)
   *
   * @format int32
   */
  broken_link?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  difficult_to_understand?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  irrelevant_content?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  need_more_information?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  others?: number;
}

export interface AiFeedbackRequest {
  /** (to be written) */
  query_id: string;
  /** (to be written) */
  feedback?: string | null;
  /** (to be written) */
  is_helpful?: boolean;
}

export interface AiQueryRequest {
  /** (to be written) */
  query: string;
  /** (to be written) */
  workspace_id: string;
}

export interface AiQueryResponse {
  /** (to be written) */
  answer?: string | null;
  /** (to be written) */
  source_article_ids?: string[] | null;
}

export interface AiQueryResponseApiResponse {
  /** (to be written) */
  data: AiQueryResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ApiError {
  /** (to be written) */
  code: string;
  /** (to be written) */
  message: string;
  /** (to be written) */
  details?: string | null;
  /** (to be written) */
  field?: string | null;
}

export interface ApiReferenceLogDetailResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  errors?: LogEntry[] | null;
  /** (to be written) */
  warnings?: LogEntry[] | null;
}

export interface ApiReferenceLogDetailResponseApiResponse {
  /** (to be written) */
  data: ApiReferenceLogDetailResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ApiReferenceLogResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  status: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * (to be written)
   *
   * @format int32
   */
  error_count?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  warning_count?: number;
}

export interface ApiReferenceLogResponseListApiResponse {
  /** (to be written) */
  data: ApiReferenceLogResponse[];
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ApiReferenceSummaryResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  name: string | null;
  /** (to be written) */
  upload_type?: string | null;
}

export interface ApiReferenceSummaryResponsePaginatedResponse {
  /** (to be written) */
  data: ApiReferenceSummaryResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ApiResponse {
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ApiWarning {
  /** (to be written) */
  code: string;
  /** (to be written) */
  message: string;
}

export interface ArticleAnalyticsSummaryResponse {
  /**
   * (to be written)
   *
   * @format int32
   */
  most_read_duration?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_articles?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_dislikes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_likes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_reads?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_views?: number;
}

export interface ArticleAnalyticsSummaryResponseApiResponse {
  /** (to be written) */
  data: ArticleAnalyticsSummaryResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ArticleDetailResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  status: ("draft" | "published" | "forked" | "unpublished") & ArticleStatus;
  /** (to be written) */
  title: string | null;
  /** (to be written) */
  authors?: AuthorResponse[] | null;
  /** (to be written) */
  available_languages?: AvailableLanguage[] | null;
  /** (to be written) */
  category_id?: string | null;
  /** (to be written) */
  category_type?: CategoryType | null | null;
  /** (to be written) */
  content?: string | null;
  /** (to be written) */
  content_type?: ContentType | null | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string;
  /** (to be written) */
  created_by?: string | null;
  /** (to be written) */
  current_workflow_status_id?: string | null;
  /** (to be written) */
  description?: string | null;
  /** (to be written) */
  enable_rtl?: boolean;
  /** (to be written) */
  hidden?: boolean;
  /** (to be written) */
  html_content?: string | null;
  /** (to be written) */
  is_fallback_content?: boolean;
  /** (to be written) */
  is_shared_article?: boolean;
  /** (to be written) */
  lang_code?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  latest_version?: number;
  /**
   * (to be written)
   *
   * @format date-time
   */
  modified_at?: string;
  /** (to be written) */
  modified_by?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  public_version?: number | null;
  /** (to be written) */
  settings?: ArticleDocumentSettings | null | null;
  /** (to be written) */
  slug?: string | null;
  /** (to be written) */
  translation_option?: ("none" | "needTranslation" | "translated" | "inProgress") &
    TranslationOption;
  /**
   * (to be written)
   *
   * @format uri
   */
  url?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  version_number?: number;
  /** (to be written) */
  workspace_id?: string | null;
}

export interface ArticleDetailResponseApiResponse {
  /** (to be written) */
  data: ArticleDetailResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ArticleDocumentSettings {
  /** (to be written) */
  description?: string | null;
  /** (to be written) */
  exclude_from_external_search?: boolean;
  /** (to be written) */
  seo_title?: string | null;
}

export interface ArticleFeedbackResponse {
  /** (to be written) */
  title: string | null;
  /** (to be written) */
  article_id?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  dislikes?: number;
  /** (to be written) */
  is_page_category?: boolean;
  /**
   * (to be written)
   *
   * @format int32
   */
  likes?: number;
  /** (to be written) */
  slug?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_feedbacks?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  views?: number;
}

export interface ArticleFeedbackResponsePaginatedResponse {
  /** (to be written) */
  data: ArticleFeedbackResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ArticlePerformanceResponse {
  /**
   * (to be written)
   *
   * @format date-time
   */
  date?: string;
  /**
   * (to be written)
   *
   * @format int32
   */
  dislikes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  likes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  reads?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  views?: number;
}

export interface ArticlePerformanceResponseListApiResponse {
  /** (to be written) */
  data: ArticlePerformanceResponse[];
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ArticleResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  status: ("draft" | "published" | "forked" | "unpublished") & ArticleStatus;
  /** (to be written) */
  title: string | null;
  /** (to be written) */
  content_type?: ContentType | null | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string | null;
  /** (to be written) */
  created_by?: string | null;
  /** (to be written) */
  current_workflow_status_id?: string | null;
  /** (to be written) */
  exclude_from_external_search?: boolean;
  /** (to be written) */
  hidden?: boolean;
  /** (to be written) */
  is_shared_article?: boolean;
  /**
   * (to be written)
   *
   * @format int32
   */
  latest_version?: number;
  /**
   * (to be written)
   *
   * @format date-time
   */
  modified_at?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  public_version?: number | null;
  /** (to be written) */
  security_visibility?: SecurityVisibility | null | null;
  /** (to be written) */
  slug?: string | null;
  /** (to be written) */
  translation_option?: ("none" | "needTranslation" | "translated" | "inProgress") &
    TranslationOption;
  /**
   * (to be written)
   *
   * @format uri
   */
  url?: string | null;
}

export interface ArticleSettingsResponse {
  /** (to be written) */
  allow_comments?: boolean;
  /** (to be written) */
  description?: string | null;
  /** (to be written) */
  exclude_from_ai_search?: boolean;
  /** (to be written) */
  exclude_from_external_search?: boolean;
  /** (to be written) */
  exclude_from_search?: boolean;
  /** (to be written) */
  featured_image_url?: string | null;
  /** (to be written) */
  is_acknowledgement_enabled?: boolean;
  /** (to be written) */
  related_articles?: RelatedArticle[] | null;
  /** (to be written) */
  seo_title?: string | null;
  /** (to be written) */
  show_table_of_contents?: boolean;
  /** (to be written) */
  slug?: string | null;
  /** (to be written) */
  status_indicator?: ("none" | "new" | "updated" | "custom") & ArticleStatusIndicator;
  /**
   * (to be written)
   *
   * @format date-time
   */
  status_indicator_expiry_date?: string | null;
  /** (to be written) */
  tags?: string[] | null;
  /**
   * (to be written)
   *
   * @format uri
   */
  url?: string | null;
}

export interface ArticleSettingsResponseApiResponse {
  /** (to be written) */
  data: ArticleSettingsResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export type ArticleStatus = "draft" | "published" | "forked" | "unpublished";
export type ArticleStatusIndicator = "none" | "new" | "updated" | "custom";

export interface ArticleSummaryResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  title: string | null;
  /** (to be written) */
  category_id?: string | null;
  /** (to be written) */
  hidden?: boolean;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number;
}

export interface ArticleSummaryResponsePaginatedResponse {
  /** (to be written) */
  data: ArticleSummaryResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ArticleVersionResponse {
  /** (to be written) */
  status: ("draft" | "published" | "forked" | "unpublished") & ArticleStatus;
  /**
   * (to be written)
   *
   * @format int32
   */
  base_version?: number;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string;
  /** (to be written) */
  created_by?: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  modified_at?: string;
  /** (to be written) */
  modified_by?: string | null;
  /** (to be written) */
  profile_url?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  version_number?: number;
}

export interface ArticleVersionResponsePaginatedResponse {
  /** (to be written) */
  data: ArticleVersionResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface AuthorResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /**
   * (to be written)
   *
   * @format email
   */
  email: string | null;
  /** (to be written) */
  first_name?: string | null;
  /** (to be written) */
  last_name?: string | null;
  /** (to be written) */
  profile_logo_url?: string | null;
}

export interface AvailableLanguage {
  /** (to be written) */
  lang_code?: string | null;
  /** (to be written) */
  translation_status?: ("none" | "needTranslation" | "translated" | "inProgress") &
    TranslationOption;
  /**
   * (to be written)
   *
   * @format uri
   */
  url?: string | null;
}

export interface BulkCreateArticleRequest {
  /** (to be written) */
  articles: CreateArticleRequest[];
}

export interface BulkCreateCategoryRequest {
  /** (to be written) */
  categories: CreateCategoryRequest[];
}

export interface BulkDeleteRequest {
  /** (to be written) */
  ids: string[];
}

export interface BulkIdsRequest {
  /** (to be written) */
  ids: string[];
}

export interface BulkOperationResult {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id?: string | null;
  /** (to be written) */
  details?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  index?: number;
  /** (to be written) */
  success?: boolean;
}

export interface BulkOperationResultListApiResponse {
  /** (to be written) */
  data: BulkOperationResult[];
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface BulkUpdateArticleItem {
  /** (to be written) */
  article_id: string;
  /** (to be written) */
  lang_code: string;
  /** (to be written) */
  auto_fork?: boolean | null;
  /** (to be written) */
  category_id?: string | null;
  /** (to be written) */
  content?: string | null;
  /** (to be written) */
  hidden?: boolean | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number | null;
  /** (to be written) */
  source?: string | null;
  /** (to be written) */
  title?: string | null;
  /** (to be written) */
  translation_option?: TranslationOption | null | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  version_number?: number | null;
}

export interface BulkUpdateArticleRequest {
  /** (to be written) */
  articles: BulkUpdateArticleItem[];
}

export interface BulkUpdateCategoryContentItem {
  /** (to be written) */
  auto_fork?: boolean | null;
  /** (to be written) */
  category_id?: string | null;
  /** (to be written) */
  content?: string | null;
  /** (to be written) */
  lang_code?: string | null;
  /** (to be written) */
  source?: string | null;
  /** (to be written) */
  title?: string | null;
  /** (to be written) */
  translation_option?: TranslationOption | null | null;
  /** (to be written) */
  updated_by?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  version_number?: number | null;
}

export interface BulkUpdateCategoryContentV3Request {
  /** (to be written) */
  categories: BulkUpdateCategoryContentItem[];
}

export interface CategoryContentResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  status: ("draft" | "published" | "forked" | "unpublished") & ArticleStatus;
  /** (to be written) */
  title: string | null;
  /** (to be written) */
  content?: string | null;
  /** (to be written) */
  content_type?: ContentType | null | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string;
  /** (to be written) */
  created_by?: string | null;
  /** (to be written) */
  current_workflow_status_id?: string | null;
  /** (to be written) */
  enable_rtl?: boolean;
  /** (to be written) */
  hidden?: boolean;
  /** (to be written) */
  html_content?: string | null;
  /** (to be written) */
  is_fallback_content?: boolean;
  /**
   * (to be written)
   *
   * @format int32
   */
  latest_version?: number;
  /**
   * (to be written)
   *
   * @format date-time
   */
  modified_at?: string;
  /** (to be written) */
  modified_by?: string | null;
  /** (to be written) */
  parent_category_id?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  public_version?: number;
  /** (to be written) */
  slug?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  version_number?: number;
  /** (to be written) */
  workspace_id?: string | null;
}

export interface CategoryContentResponseApiResponse {
  /** (to be written) */
  data: CategoryContentResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface CategoryResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  name: string | null;
  /** (to be written) */
  status: ArticleStatus | null | null;
  /** (to be written) */
  articles?: ArticleResponse[] | null;
  /** (to be written) */
  category_type?: ("folder" | "page" | "index") & CategoryType;
  /** (to be written) */
  child_categories?: CategoryResponse[] | null;
  /** (to be written) */
  content_type?: ContentType | null | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string | null;
  /** (to be written) */
  current_workflow_status_id?: string | null;
  /** (to be written) */
  description?: string | null;
  /** (to be written) */
  hidden?: boolean;
  /** (to be written) */
  icon?: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  modified_at?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number;
  /** (to be written) */
  parent_category_id?: string | null;
  /** (to be written) */
  slug?: string | null;
  /** (to be written) */
  workspace_id?: string | null;
}

export interface CategoryResponseApiResponse {
  /** (to be written) */
  data: CategoryResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface CategoryScope {
  /** (to be written) */
  category_id?: string | null;
  /** (to be written) */
  lang_code?: string | null;
  /** (to be written) */
  workspace_id?: string | null;
}

export interface CategorySettingsResponse {
  /** (to be written) */
  allow_comments?: boolean;
  /** (to be written) */
  description?: string | null;
  /** (to be written) */
  exclude_from_ai_search?: boolean;
  /** (to be written) */
  exclude_from_external_search?: boolean;
  /** (to be written) */
  exclude_from_search?: boolean;
  /** (to be written) */
  featured_image_url?: string | null;
  /** (to be written) */
  is_acknowledgement_enabled?: boolean;
  /** (to be written) */
  seo_title?: string | null;
  /** (to be written) */
  show_table_of_contents?: boolean;
  /** (to be written) */
  slug?: string | null;
  /** (to be written) */
  status_indicator?: ("none" | "new" | "updated" | "custom") & ArticleStatusIndicator;
  /**
   * (to be written)
   *
   * @format date-time
   */
  status_indicator_expiry_date?: string | null;
  /** (to be written) */
  tags?: string[] | null;
}

export interface CategorySettingsResponseApiResponse {
  /** (to be written) */
  data: CategorySettingsResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface CategorySimpleResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  name: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string | null;
  /** (to be written) */
  icon?: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  modified_at?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number;
}

export interface CategorySimpleResponseApiResponse {
  /** (to be written) */
  data: CategorySimpleResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface CategorySummaryResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  name: string | null;
  /** (to be written) */
  child_categories?: CategorySummaryResponse[] | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number;
  /** (to be written) */
  parent_category_id?: string | null;
}

export interface CategorySummaryResponsePaginatedResponse {
  /** (to be written) */
  data: CategorySummaryResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export type CategoryType = "folder" | "page" | "index";

export interface CategoryVersionResponse {
  /** (to be written) */
  status: ("draft" | "published" | "forked" | "unpublished") & ArticleStatus;
  /**
   * (to be written)
   *
   * @format int32
   */
  base_version?: number;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string;
  /** (to be written) */
  created_by?: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  modified_at?: string;
  /** (to be written) */
  modified_by?: string | null;
  /** (to be written) */
  profile_url?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  version_number?: number;
}

export interface CategoryVersionResponsePaginatedResponse {
  /** (to be written) */
  data: CategoryVersionResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export type ContentMode = "raw" | "display";

export interface ContentPermission {
  /** (to be written) */
  access_scope: AccessScope;
  /** (to be written) */
  associated_content_role_id: string;
}

export interface ContentRoleSummary {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  name: string | null;
  /** (to be written) */
  access_scope_level?: (
    "none" | "category" | "version" | "project" | "language" | "article" | "workspace"
  ) &
    AccessScopeLevel;
}

export type ContentType = "markdown" | "wysiwyg" | "block";

export interface CopyFileRequest {
  /** (to be written) */
  destination_folder_id: string;
}

export interface CountryVisitsResponse {
  /** (to be written) */
  country_iso_code?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  visits?: number;
}

export interface CountryVisitsResponseListApiResponse {
  /** (to be written) */
  data: CountryVisitsResponse[];
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface CreateArticleRequest {
  /** (to be written) */
  category_id: string;
  /** (to be written) */
  title: string;
  /** (to be written) */
  workspace_id: string;
  /** (to be written) */
  content?: string | null;
  /** (to be written) */
  content_type?: ContentType | null | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number;
  /** (to be written) */
  slug?: string | null;
  /** (to be written) */
  user_id?: string | null;
}

export interface CreateCategoryRequest {
  /** (to be written) */
  name: string;
  /** (to be written) */
  workspace_id: string;
  /** (to be written) */
  category_type?: ("folder" | "page" | "index") & CategoryType;
  /** (to be written) */
  content?: string | null;
  /** (to be written) */
  content_type?: ContentType | null | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number;
  /** (to be written) */
  parent_category_id?: string | null;
  /** (to be written) */
  slug?: string | null;
  /** (to be written) */
  user_id?: string | null;
}

export interface CreateFolderRequest {
  /** (to be written) */
  name: string;
  /** (to be written) */
  folder_color?: string | null;
  /** (to be written) */
  parent_folder_id?: string | null;
}

export interface CreateReaderGroupRequest {
  /** (to be written) */
  access_scope: AccessScope;
  /** (to be written) */
  title: string;
  /** (to be written) */
  associated_invited_sso_users?: string[] | null;
  /** (to be written) */
  associated_readers?: string[] | null;
  /** (to be written) */
  description?: string | null;
}

export interface CreateReaderRequest {
  /** (to be written) */
  access_scope: AccessScope;
  /**
   * (to be written)
   *
   * @format email
   */
  email: string;
  /** (to be written) */
  associated_reader_groups?: string[] | null;
  /** (to be written) */
  first_name?: string | null;
  /** (to be written) */
  invited_by?: string | null;
  /** (to be written) */
  is_sso_user?: boolean;
  /** (to be written) */
  last_name?: string | null;
  /** (to be written) */
  scheme_name?: string | null;
  /** (to be written) */
  skip_sso_invitation_email?: boolean;
}

export interface CreateUserRequest {
  /** (to be written) */
  associated_portal_role_id: string;
  /** (to be written) */
  content_permissions: ContentPermission[];
  /**
   * (to be written)
   *
   * @format email
   */
  email: string;
  /** (to be written) */
  associated_groups?: string[] | null;
  /** (to be written) */
  first_name?: string | null;
  /** (to be written) */
  invited_by?: string | null;
  /** (to be written) */
  is_sso_user?: boolean;
  /** (to be written) */
  last_name?: string | null;
  /** (to be written) */
  scheme_name?: string | null;
  /** (to be written) */
  skip_sso_invitation_email?: boolean;
}

export interface EditContentRoleRequest {
  /** (to be written) */
  content_permissions: ContentPermission[];
}

export interface EditPortalRoleRequest {
  /** (to be written) */
  associated_portal_role_id: string;
}

export interface EditUserGroupsRequest {
  /** (to be written) */
  associated_groups: string[];
}

export interface EmailAvailabilityResponse {
  /** (to be written) */
  is_available?: boolean;
}

export interface EmailAvailabilityResponseApiResponse {
  /** (to be written) */
  data: EmailAvailabilityResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ExportRequest {
  /** (to be written) */
  format: string;
  /** (to be written) */
  workspace_id: string;
  /** (to be written) */
  lang_code?: string | null;
}

export interface ExportStatusResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  status: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  completed_at?: string | null;
  /** (to be written) */
  download_url?: string | null;
}

export interface ExportStatusResponseApiResponse {
  /** (to be written) */
  data: ExportStatusResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface FeedbackMetricsSummaryResponse {
  /** (to be written) */
  additional_feedback?: AdditionalFeedbackBreakdownResponse | null | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_articles?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_dislikes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_feedbacks?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_likes?: number;
}

export interface FeedbackMetricsSummaryResponseApiResponse {
  /** (to be written) */
  data: FeedbackMetricsSummaryResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface FeedbackTimelineResponse {
  /**
   * (to be written)
   *
   * @format date-time
   */
  date?: string;
  /**
   * (to be written)
   *
   * @format int32
   */
  dislikes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  likes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_articles?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_feedbacks?: number;
}

export interface FeedbackTimelineResponseListApiResponse {
  /** (to be written) */
  data: FeedbackTimelineResponse[];
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface FileResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  title: string | null;
  /** (to be written) */
  alternative_text?: string | null;
  /** (to be written) */
  file_name?: string | null;
  /** (to be written) */
  file_type?: string | null;
  /** (to be written) */
  file_url?: string | null;
  /** (to be written) */
  height?: string | null;
  /** (to be written) */
  is_starred?: boolean;
  /**
   * (to be written)
   *
   * @format date-time
   */
  modified_at?: string;
  /** (to be written) */
  parent_folder_id?: string | null;
  /** (to be written) */
  size?: string | null;
  /** (to be written) */
  tags?: TagResponse[] | null;
  /** (to be written) */
  thumbnail_url?: string | null;
  /** (to be written) */
  updated_by?: string | null;
  /** (to be written) */
  width?: string | null;
}

export interface FileResponseApiResponse {
  /** (to be written) */
  data: FileResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface FileResponsePaginatedResponse {
  /** (to be written) */
  data: FileResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface FolderDetailResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  title: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string | null;
  /** (to be written) */
  files?: FileResponse[] | null;
  /** (to be written) */
  files_pagination?: PaginationInfo | null | null;
  /** (to be written) */
  is_starred?: boolean;
  /**
   * (to be written)
   *
   * @format int32
   */
  items_count?: number;
  /**
   * (to be written)
   *
   * @format date-time
   */
  modified_at?: string;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number;
  /** (to be written) */
  parent_folder_id?: string | null;
  /** (to be written) */
  sub_folders?: FolderResponse[] | null;
  /** (to be written) */
  updated_by?: string | null;
}

export interface FolderDetailResponseApiResponse {
  /** (to be written) */
  data: FolderDetailResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface FolderResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  title: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string | null;
  /** (to be written) */
  is_starred?: boolean;
  /**
   * (to be written)
   *
   * @format int32
   */
  items_count?: number;
  /**
   * (to be written)
   *
   * @format date-time
   */
  modified_at?: string;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number;
  /** (to be written) */
  parent_folder_id?: string | null;
  /** (to be written) */
  sub_folders?: FolderResponse[] | null;
  /** (to be written) */
  updated_by?: string | null;
}

export interface FolderResponseApiResponse {
  /** (to be written) */
  data: FolderResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface FolderResponsePaginatedResponse {
  /** (to be written) */
  data: FolderResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ImportApiReferenceRequest {
  /** (to be written) */
  workspace_id: string;
  /** (to be written) */
  content?: string | null;
  /** (to be written) */
  publish_articles?: boolean;
  /**
   * (to be written)
   *
   * @format uri
   */
  url?: string | null;
}

export interface ImportApiReferenceResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  status: string | null;
}

export interface ImportApiReferenceResponseApiResponse {
  /** (to be written) */
  data: ImportApiReferenceResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ImportRequest {
  /** (to be written) */
  import_by: string;
  /** (to be written) */
  source_documentation_url: string;
  /** (to be written) */
  publish_article?: boolean;
}

export interface ImportStatusResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  status: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  completed_at?: string | null;
}

export interface ImportStatusResponseApiResponse {
  /** (to be written) */
  data: ImportStatusResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface IndividualArticleAnalyticsResponse {
  /** (to be written) */
  metrics?: TopArticleResponse | null | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_project_links?: number;
}

export interface IndividualArticleAnalyticsResponseApiResponse {
  /** (to be written) */
  data: IndividualArticleAnalyticsResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface LanguageResponse {
  /** (to be written) */
  name: string | null;
  /** (to be written) */
  code?: string | null;
  /** (to be written) */
  is_default?: boolean;
}

export interface LanguageResponsePaginatedResponse {
  /** (to be written) */
  data: LanguageResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface LanguageScope {
  /** (to be written) */
  lang_code?: string | null;
  /** (to be written) */
  workspace_id?: string | null;
}

export type LanguageTranslationOption = "none" | "needTranslation" | "translated" | "inProgress";

export interface LicenseUsageResponse {
  /** (to be written) */
  team_account?: UsageCount | null | null;
}

export interface LicenseUsageResponseApiResponse {
  /** (to be written) */
  data: LicenseUsageResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface LogEntry {
  /** (to be written) */
  message?: string | null;
  /** (to be written) */
  path?: string | null;
}

export interface MostReadArticleResponse {
  /** (to be written) */
  title: string | null;
  /** (to be written) */
  article_id?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  duration_seconds?: number;
  /** (to be written) */
  slug?: string | null;
}

export interface MostReadArticleResponseListApiResponse {
  /** (to be written) */
  data: MostReadArticleResponse[];
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface MostReferencedArticleResponse {
  /** (to be written) */
  title: string | null;
  /** (to be written) */
  article_id?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  reference_count?: number;
  /** (to be written) */
  slug?: string | null;
}

export interface MostReferencedArticleResponseListApiResponse {
  /** (to be written) */
  data: MostReferencedArticleResponse[];
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ObjectApiResponse {
  /** (to be written) */
  data: unknown;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface PaginationInfo {
  /** (to be written) */
  has_more: boolean;
  /**
   * (to be written)
   *
   * @format int32
   */
  page: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  page_size: number;
  /** (to be written) */
  next_cursor?: string | null;
  /**
   * (to be written)
   *
   * @format int64
   */
  total_count?: number | null;
}

export interface ProjectResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  name: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  status: number;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string;
  /** (to be written) */
  description?: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  modified_at?: string | null;
  /** (to be written) */
  sub_domain_name?: string | null;
}

export interface ProjectResponseApiResponse {
  /** (to be written) */
  data: ProjectResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ProjectResponsePaginatedResponse {
  /** (to be written) */
  data: ProjectResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface PublishRequest {
  /**
   * (to be written)
   *
   * @format int32
   */
  version_number: number;
  /** (to be written) */
  workspace_id: string;
  /** (to be written) */
  message?: string | null;
  /** (to be written) */
  user_id?: string | null;
}

export interface ReaderGroupResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  title: string | null;
  /** (to be written) */
  access_scope?: AccessScope | null | null;
  /** (to be written) */
  associated_invited_sso_users?: string[] | null;
  /** (to be written) */
  associated_readers?: string[] | null;
  /** (to be written) */
  description?: string | null;
}

export interface ReaderGroupResponseApiResponse {
  /** (to be written) */
  data: ReaderGroupResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ReaderGroupResponsePaginatedResponse {
  /** (to be written) */
  data: ReaderGroupResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ReaderResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /**
   * (to be written)
   *
   * @format email
   */
  email: string | null;
  /** (to be written) */
  access_scope?: AccessScope | null | null;
  /** (to be written) */
  associated_reader_groups?: string[] | null;
  /** (to be written) */
  first_name?: string | null;
  /** (to be written) */
  is_invite_sso_user?: boolean;
  /**
   * (to be written)
   *
   * @format date-time
   */
  last_login_at?: string | null;
  /** (to be written) */
  last_name?: string | null;
}

export interface ReaderResponseApiResponse {
  /** (to be written) */
  data: ReaderResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface ReaderResponsePaginatedResponse {
  /** (to be written) */
  data: ReaderResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface RelatedArticle {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id?: string | null;
  /** (to be written) */
  hidden?: boolean;
  /** (to be written) */
  slug?: string | null;
  /** (to be written) */
  title?: string | null;
}

export interface RoleResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  title: string | null;
  /** (to be written) */
  description?: string | null;
  /** (to be written) */
  is_system_role?: boolean;
  /** (to be written) */
  role_type?: string | null;
}

export interface RoleResponsePaginatedResponse {
  /** (to be written) */
  data: RoleResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface RoleSummary {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  name: string | null;
}

export interface SearchAnalyticsSummaryResponse {
  /**
   * (to be written)
   *
   * @format int32
   */
  bounced_searches?: number;
  /**
   * (to be written)
   *
   * @format double
   */
  failure_rate?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  no_result_searches?: number;
  /**
   * (to be written)
   *
   * @format double
   */
  success_rate?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  successful_searches?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_searches?: number;
}

export interface SearchAnalyticsSummaryResponseApiResponse {
  /** (to be written) */
  data: SearchAnalyticsSummaryResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface SearchKeywordResponse {
  /**
   * (to be written)
   *
   * @format int32
   */
  bounced_count?: number;
  /** (to be written) */
  keyword?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  read_count?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  search_count?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  viewed_count?: number;
}

export interface SearchKeywordResponsePaginatedResponse {
  /** (to be written) */
  data: SearchKeywordResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface SearchTimelineDataPoint {
  /**
   * (to be written)
   *
   * @format int32
   */
  bounced_searches?: number;
  /**
   * (to be written)
   *
   * @format date-time
   */
  date?: string;
  /**
   * (to be written)
   *
   * @format int32
   */
  no_result_searches?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  successful_searches?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  total_searches?: number;
}

export interface SearchTimelineDataPointListApiResponse {
  /** (to be written) */
  data: SearchTimelineDataPoint[];
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export type SecurityVisibility = "public" | "protected" | "mixed";

export interface SsoSchemeResponse {
  /** (to be written) */
  name: string | null;
  /** (to be written) */
  display_name?: string | null;
}

export interface SsoSchemeResponsePaginatedResponse {
  /** (to be written) */
  data: SsoSchemeResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface StringListApiResponse {
  /** (to be written) */
  data: string[];
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface TagResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  name: string | null;
}

export interface TaskStatusResponse {
  /** (to be written) */
  status: string | null;
  /** (to be written) */
  task_id?: string | null;
}

export interface TaskStatusResponseApiResponse {
  /** (to be written) */
  data: TaskStatusResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface TopArticleResponse {
  /** (to be written) */
  title: string | null;
  /** (to be written) */
  article_id?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  dislikes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  feedbacks?: number;
  /**
   * (to be written)
   *
   * @format date-time
   */
  last_updated_at?: string;
  /**
   * (to be written)
   *
   * @format date-time
   */
  last_viewed_at?: string;
  /**
   * (to be written)
   *
   * @format int32
   */
  likes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  reads?: number;
  /** (to be written) */
  slug?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  time_spent_seconds?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  views?: number;
}

export interface TopArticleResponsePaginatedResponse {
  /** (to be written) */
  data: TopArticleResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface TopCategoryResponse {
  /**
   * (to be written)
   *
   * @format int32
   */
  article_count?: number;
  /** (to be written) */
  category_id?: string | null;
  /** (to be written) */
  category_name?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  dislikes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  likes?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  reads?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  views?: number;
}

export interface TopCategoryResponsePaginatedResponse {
  /** (to be written) */
  data: TopCategoryResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface TranslationArticleResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  title: string | null;
  /** (to be written) */
  category_id?: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  modified_at?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  translation_status?: number;
}

export interface TranslationArticleResponseListApiResponse {
  /** (to be written) */
  data: TranslationArticleResponse[];
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export type TranslationOption = "none" | "needTranslation" | "translated" | "inProgress";

export interface TrendingTopicResponse {
  /** (to be written) */
  is_no_search_cluster?: boolean;
  /**
   * (to be written)
   *
   * @format int32
   */
  question_count?: number;
  /** (to be written) */
  topic?: string | null;
  /** (to be written) */
  topic_id?: string | null;
}

export interface TrendingTopicResponseListApiResponse {
  /** (to be written) */
  data: TrendingTopicResponse[];
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface UnpublishRequest {
  /**
   * (to be written)
   *
   * @format int32
   */
  version_number: number;
  /** (to be written) */
  workspace_id: string;
  /** (to be written) */
  user_id?: string | null;
}

export interface UpdateArticleRequest {
  /** (to be written) */
  auto_fork?: boolean | null;
  /** (to be written) */
  category_id?: string | null;
  /** (to be written) */
  content?: string | null;
  /** (to be written) */
  hidden?: boolean | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number | null;
  /** (to be written) */
  source?: string | null;
  /** (to be written) */
  title?: string | null;
  /** (to be written) */
  translation_option?: TranslationOption | null | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  version_number?: number | null;
}

export interface UpdateArticleSettingsRequest {
  /** (to be written) */
  allow_comments?: boolean | null;
  /** (to be written) */
  content_type?: ContentType | null | null;
  /** (to be written) */
  description?: string | null;
  /** (to be written) */
  exclude_from_ai_search?: boolean | null;
  /** (to be written) */
  exclude_from_external_search?: boolean | null;
  /** (to be written) */
  exclude_from_search?: boolean | null;
  /** (to be written) */
  is_acknowledgement_enabled?: boolean | null;
  /** (to be written) */
  related_articles?: string[] | null;
  /** (to be written) */
  seo_title?: string | null;
  /** (to be written) */
  show_table_of_contents?: boolean | null;
  /** (to be written) */
  slug?: string | null;
  /** (to be written) */
  status_indicator?: ArticleStatusIndicator | null | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  status_indicator_expiry_date?: string | null;
  /** (to be written) */
  tags?: string[] | null;
}

export interface UpdateCategoryContentRequest {
  /** (to be written) */
  auto_fork?: boolean | null;
  /** (to be written) */
  content?: string | null;
  /** (to be written) */
  source?: string | null;
  /** (to be written) */
  title?: string | null;
  /** (to be written) */
  translation_option?: TranslationOption | null | null;
  /** (to be written) */
  updated_by?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  version_number?: number | null;
}

export interface UpdateCategoryRequest {
  /** (to be written) */
  hidden?: boolean | null;
  /** (to be written) */
  icon?: string | null;
  /** (to be written) */
  name?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number | null;
  /** (to be written) */
  parent_category_id?: string | null;
}

export interface UpdateCategorySettingsRequest {
  /** (to be written) */
  allow_comments?: boolean | null;
  /** (to be written) */
  description?: string | null;
  /** (to be written) */
  exclude_from_ai_search?: boolean | null;
  /** (to be written) */
  exclude_from_external_search?: boolean | null;
  /** (to be written) */
  exclude_from_search?: boolean | null;
  /** (to be written) */
  is_acknowledgement_enabled?: boolean | null;
  /** (to be written) */
  seo_title?: string | null;
  /** (to be written) */
  show_table_of_contents?: boolean | null;
  /** (to be written) */
  slug?: string | null;
  /** (to be written) */
  status_indicator?: ArticleStatusIndicator | null | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  status_indicator_expiry_date?: string | null;
  /** (to be written) */
  tags?: string[] | null;
}

export interface UpdateFolderRequest {
  /** (to be written) */
  folder_color?: string | null;
  /** (to be written) */
  is_starred?: boolean;
  /** (to be written) */
  name?: string | null;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number | null;
}

export interface UpdateReaderGroupRequest {
  /** (to be written) */
  access_scope: AccessScope;
  /** (to be written) */
  title: string;
  /** (to be written) */
  associated_invited_sso_users?: string[] | null;
  /** (to be written) */
  associated_readers?: string[] | null;
  /** (to be written) */
  description?: string | null;
}

export interface UpdateReaderRequest {
  /** (to be written) */
  access_scope: AccessScope;
  /** (to be written) */
  associated_reader_groups: string[];
  /** (to be written) */
  first_name?: string | null;
  /** (to be written) */
  is_invitation_id?: boolean;
  /** (to be written) */
  last_name?: string | null;
}

export interface UpdateWorkflowRequest {
  /** (to be written) */
  lang_code: string;
  /** (to be written) */
  workflow_status_info: WorkflowStatusInfo;
  /** (to be written) */
  workspace_id: string;
  /** (to be written) */
  user_id?: string | null;
}

export interface UsageCount {
  /**
   * (to be written)
   *
   * @format int32
   */
  allowed?: number;
  /**
   * (to be written)
   *
   * @format int32
   */
  used?: number;
}

export interface UserDetailResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /**
   * (to be written)
   *
   * @format email
   */
  email: string | null;
  /** (to be written) */
  associated_groups?: UserGroupInfo[] | null;
  /** (to be written) */
  content_roles?: ContentRoleSummary[] | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string | null;
  /** (to be written) */
  first_name?: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  last_login_at?: string | null;
  /** (to be written) */
  last_name?: string | null;
  /** (to be written) */
  portal_role?: RoleSummary | null | null;
  /** (to be written) */
  profile_logo_url?: string | null;
}

export interface UserDetailResponseApiResponse {
  /** (to be written) */
  data: UserDetailResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface UserGroupInfo {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  title: string | null;
  /** (to be written) */
  description?: string | null;
}

export interface UserGroupResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  title: string | null;
  /** (to be written) */
  description?: string | null;
}

export interface UserGroupResponsePaginatedResponse {
  /** (to be written) */
  data: UserGroupResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface UserResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /**
   * (to be written)
   *
   * @format email
   */
  email: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string | null;
  /** (to be written) */
  first_name?: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  last_login_at?: string | null;
  /** (to be written) */
  last_name?: string | null;
  /** (to be written) */
  portal_role?: string | null;
  /** (to be written) */
  profile_logo_url?: string | null;
}

export interface UserResponsePaginatedResponse {
  /** (to be written) */
  data: UserResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface V3ProblemDetails {
  /**
   * (to be written)
   *
   * @format int32
   */
  status: number;
  /** (to be written) */
  title: string;
  /** (to be written) */
  type: string;
  /** (to be written) */
  detail?: string | null;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  instance?: string | null;
  /** (to be written) */
  trace_id?: string | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface WorkflowStatusInfo {
  /** (to be written) */
  assignee_id?: string | null;
  /** (to be written) */
  comment?: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  due_date?: string | null;
  /** (to be written) */
  status_id?: string | null;
}

export interface WorkflowStatusResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  name: string | null;
  /** (to be written) */
  description?: string | null;
  /** (to be written) */
  read_only?: boolean;
}

export interface WorkflowStatusResponsePaginatedResponse {
  /** (to be written) */
  data: WorkflowStatusResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface WorkspaceDetailResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  name: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string;
  /** (to be written) */
  enable_rtl?: boolean;
  /** (to be written) */
  is_default?: boolean;
  /** (to be written) */
  language_code?: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  modified_at?: string;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number;
  /** (to be written) */
  slug?: string | null;
  /** (to be written) */
  workspace_type?: string | null;
}

export interface WorkspaceDetailResponseApiResponse {
  /** (to be written) */
  data: WorkspaceDetailResponse;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}

export interface WorkspaceResponse {
  /**
   * (to be written)
   *
   * @format uuid
   */
  id: string | null;
  /** (to be written) */
  name: string | null;
  /**
   * (to be written)
   *
   * @format date-time
   */
  created_at?: string;
  /** (to be written) */
  is_default?: boolean;
  /**
   * (to be written)
   *
   * @format date-time
   */
  modified_at?: string;
  /**
   * (to be written)
   *
   * @format int32
   */
  order?: number;
  /** (to be written) */
  slug?: string | null;
  /** (to be written) */
  workspace_type?: string | null;
}

export interface WorkspaceResponsePaginatedResponse {
  /** (to be written) */
  data: WorkspaceResponse[];
  /** (to be written) */
  pagination: PaginationInfo;
  /** (to be written) */
  request_id: string;
  /** (to be written) */
  success: boolean;
  /** (to be written) */
  errors?: ApiError[] | null;
  /** (to be written) */
  warnings?: ApiWarning[] | null;
}
