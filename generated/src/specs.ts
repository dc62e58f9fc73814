// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

/** `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags` */
export const addDriveTags = {
  method: "post",
  path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags",
  parameters: { path: ["file_id", "folder_id", "project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/workspaces/ai/query` */
export const askWorkspaceAi = {
  method: "post",
  path: "/v3/projects/{project_id}/workspaces/ai/query",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/articles/bulk` */
export const bulkCreateArticles = {
  method: "post",
  path: "/v3/projects/{project_id}/articles/bulk",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/categories/bulk` */
export const bulkCreateCategories = {
  method: "post",
  path: "/v3/projects/{project_id}/categories/bulk",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `DELETE /v3/projects/{project_id}/articles/bulk/versions` */
export const bulkDeleteArticleVersions = {
  method: "delete",
  path: "/v3/projects/{project_id}/articles/bulk/versions",
  parameters: { path: ["project_id"], query: ["article_id", "lang_code", "version_numbers"] },
  response: "json",
  envelope: true,
} as const;
/** `DELETE /v3/projects/{project_id}/articles/bulk` */
export const bulkDeleteArticles = {
  method: "delete",
  path: "/v3/projects/{project_id}/articles/bulk",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `DELETE /v3/projects/{project_id}/categories/bulk/versions` */
export const bulkDeleteCategoryVersions = {
  method: "delete",
  path: "/v3/projects/{project_id}/categories/bulk/versions",
  parameters: { path: ["project_id"], query: ["category_id", "lang_code", "version_numbers"] },
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/articles/bulk/publish` */
export const bulkPublishArticles = {
  method: "post",
  path: "/v3/projects/{project_id}/articles/bulk/publish",
  parameters: { path: ["project_id"], query: ["lang_code"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/categories/bulk/publish` */
export const bulkPublishCategories = {
  method: "post",
  path: "/v3/projects/{project_id}/categories/bulk/publish",
  parameters: { path: ["project_id"], query: ["lang_code"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/articles/bulk/unpublish` */
export const bulkUnpublishArticles = {
  method: "post",
  path: "/v3/projects/{project_id}/articles/bulk/unpublish",
  parameters: { path: ["project_id"], query: ["lang_code"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/categories/bulk/unpublish` */
export const bulkUnpublishCategories = {
  method: "post",
  path: "/v3/projects/{project_id}/categories/bulk/unpublish",
  parameters: { path: ["project_id"], query: ["lang_code"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `PATCH /v3/projects/{project_id}/articles/bulk` */
export const bulkUpdateArticles = {
  method: "patch",
  path: "/v3/projects/{project_id}/articles/bulk",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `PATCH /v3/projects/{project_id}/categories/bulk/content` */
export const bulkUpdateCategoryContent = {
  method: "patch",
  path: "/v3/projects/{project_id}/categories/bulk/content",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/users/email-availability` */
export const checkUserEmailAvailability = {
  method: "get",
  path: "/v3/projects/{project_id}/users/email-availability",
  parameters: { path: ["project_id"], query: ["email", "is_an_sso_user"] },
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/copy` */
export const copyDriveFile = {
  method: "post",
  path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/copy",
  parameters: { path: ["file_id", "folder_id", "project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/articles` */
export const createArticle = {
  method: "post",
  path: "/v3/projects/{project_id}/articles",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/categories` */
export const createCategory = {
  method: "post",
  path: "/v3/projects/{project_id}/categories",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/drive/folders` */
export const createDriveFolder = {
  method: "post",
  path: "/v3/projects/{project_id}/drive/folders",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/exports` */
export const createProjectExport = {
  method: "post",
  path: "/v3/projects/{project_id}/exports",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/imports` */
export const createProjectImport = {
  method: "post",
  path: "/v3/projects/{project_id}/imports",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/readers` */
export const createReader = {
  method: "post",
  path: "/v3/projects/{project_id}/readers",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/readers/groups` */
export const createReaderGroup = {
  method: "post",
  path: "/v3/projects/{project_id}/readers/groups",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/users` */
export const createUser = {
  method: "post",
  path: "/v3/projects/{project_id}/users",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `DELETE /v3/projects/{project_id}/articles/{article_id}` */
export const deleteArticle = {
  method: "delete",
  path: "/v3/projects/{project_id}/articles/{article_id}",
  parameters: { path: ["article_id", "project_id"] },
  response: "none",
} as const;
/** `DELETE /v3/projects/{project_id}/articles/{article_id}/versions/{version_number}` */
export const deleteArticleVersion = {
  method: "delete",
  path: "/v3/projects/{project_id}/articles/{article_id}/versions/{version_number}",
  parameters: { path: ["article_id", "project_id", "version_number"], query: ["lang_code"] },
  response: "none",
} as const;
/** `DELETE /v3/projects/{project_id}/categories/{category_id}` */
export const deleteCategory = {
  method: "delete",
  path: "/v3/projects/{project_id}/categories/{category_id}",
  parameters: { path: ["category_id", "project_id"] },
  response: "none",
} as const;
/** `DELETE /v3/projects/{project_id}/categories/{category_id}/versions/{version_number}` */
export const deleteCategoryVersion = {
  method: "delete",
  path: "/v3/projects/{project_id}/categories/{category_id}/versions/{version_number}",
  parameters: { path: ["category_id", "project_id", "version_number"], query: ["lang_code"] },
  response: "none",
} as const;
/** `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}` */
export const deleteDriveFile = {
  method: "delete",
  path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}",
  parameters: { path: ["file_id", "folder_id", "project_id"] },
  response: "none",
} as const;
/** `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}` */
export const deleteDriveFolder = {
  method: "delete",
  path: "/v3/projects/{project_id}/drive/folders/{folder_id}",
  parameters: { path: ["folder_id", "project_id"] },
  response: "none",
} as const;
/** `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags` */
export const deleteDriveTags = {
  method: "delete",
  path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags",
  parameters: { path: ["file_id", "folder_id", "project_id"], query: ["tag_ids"] },
  response: "none",
} as const;
/** `DELETE /v3/projects/{project_id}/readers/jwt` */
export const deleteJwtReadersByEmail = {
  method: "delete",
  path: "/v3/projects/{project_id}/readers/jwt",
  parameters: { path: ["project_id"], query: ["email_ids"] },
  response: "none",
} as const;
/** `DELETE /v3/projects/{project_id}/readers/{reader_id}` */
export const deleteReader = {
  method: "delete",
  path: "/v3/projects/{project_id}/readers/{reader_id}",
  parameters: { path: ["project_id", "reader_id"] },
  response: "none",
} as const;
/** `DELETE /v3/projects/{project_id}/readers/groups/{group_id}` */
export const deleteReaderGroup = {
  method: "delete",
  path: "/v3/projects/{project_id}/readers/groups/{group_id}",
  parameters: { path: ["group_id", "project_id"] },
  response: "none",
} as const;
/** `DELETE /v3/projects/{project_id}/users/{user_id}` */
export const deleteUser = {
  method: "delete",
  path: "/v3/projects/{project_id}/users/{user_id}",
  parameters: { path: ["project_id", "user_id"] },
  response: "none",
} as const;
/** `PUT /v3/projects/{project_id}/users/{user_id}/content-role` */
export const editUserContentRole = {
  method: "put",
  path: "/v3/projects/{project_id}/users/{user_id}/content-role",
  parameters: { path: ["project_id", "user_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `PUT /v3/projects/{project_id}/users/{user_id}/groups` */
export const editUserGroups = {
  method: "put",
  path: "/v3/projects/{project_id}/users/{user_id}/groups",
  parameters: { path: ["project_id", "user_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `PUT /v3/projects/{project_id}/users/{user_id}/portal-role` */
export const editUserPortalRole = {
  method: "put",
  path: "/v3/projects/{project_id}/users/{user_id}/portal-role",
  parameters: { path: ["project_id", "user_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/articles/{article_id}/fork` */
export const forkArticleVersion = {
  method: "post",
  path: "/v3/projects/{project_id}/articles/{article_id}/fork",
  parameters: { path: ["article_id", "project_id"] },
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/categories/{category_id}/fork` */
export const forkCategoryVersion = {
  method: "post",
  path: "/v3/projects/{project_id}/categories/{category_id}/fork",
  parameters: { path: ["category_id", "project_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/analytics/ai-search/summary` */
export const getAISearchAnalyticSummary = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/ai-search/summary",
  parameters: {
    path: ["project_id"],
    query: ["end_date", "lang_code", "start_date", "workspace_id"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/api-references/{api_reference_id}/logs/{log_id}` */
export const getApiReferenceLogDetail = {
  method: "get",
  path: "/v3/projects/{project_id}/api-references/{api_reference_id}/logs/{log_id}",
  parameters: { path: ["api_reference_id", "log_id", "project_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/articles/{article_id}` */
export const getArticle = {
  method: "get",
  path: "/v3/projects/{project_id}/articles/{article_id}",
  parameters: {
    path: ["article_id", "project_id"],
    query: ["content_mode", "lang_code", "published"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/analytics/articles/summary` */
export const getArticleAnalyticSummary = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/articles/summary",
  parameters: {
    path: ["project_id"],
    query: ["end_date", "lang_code", "start_date", "workspace_id"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/analytics/articles/{article_id}` */
export const getArticleAnalytics = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/articles/{article_id}",
  parameters: { path: ["article_id", "project_id"], query: ["lang_code", "workspace_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/articles/{article_id}/settings` */
export const getArticleSettings = {
  method: "get",
  path: "/v3/projects/{project_id}/articles/{article_id}/settings",
  parameters: { path: ["article_id", "project_id"], query: ["lang_code"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/articles/{article_id}/versions/{version_number}` */
export const getArticleVersion = {
  method: "get",
  path: "/v3/projects/{project_id}/articles/{article_id}/versions/{version_number}",
  parameters: {
    path: ["article_id", "project_id", "version_number"],
    query: ["content_mode", "lang_code"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/categories/{category_id}` */
export const getCategory = {
  method: "get",
  path: "/v3/projects/{project_id}/categories/{category_id}",
  parameters: { path: ["category_id", "project_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/categories/{category_id}/content` */
export const getCategoryContent = {
  method: "get",
  path: "/v3/projects/{project_id}/categories/{category_id}/content",
  parameters: {
    path: ["category_id", "project_id"],
    query: ["content_mode", "lang_code", "published"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/categories/{category_id}/settings` */
export const getCategorySettings = {
  method: "get",
  path: "/v3/projects/{project_id}/categories/{category_id}/settings",
  parameters: { path: ["category_id", "project_id"], query: ["lang_code"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/categories/{category_id}/versions/{version_number}` */
export const getCategoryVersion = {
  method: "get",
  path: "/v3/projects/{project_id}/categories/{category_id}/versions/{version_number}",
  parameters: {
    path: ["category_id", "project_id", "version_number"],
    query: ["content_mode", "lang_code"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/users/me` */
export const getCurrentUser = {
  method: "get",
  path: "/v3/projects/{project_id}/users/me",
  parameters: { path: ["project_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/drive/folders/default` */
export const getDriveDefaultFolder = {
  method: "get",
  path: "/v3/projects/{project_id}/drive/folders/default",
  parameters: { path: ["project_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}` */
export const getDriveFile = {
  method: "get",
  path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}",
  parameters: { path: ["file_id", "folder_id", "project_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/drive/folders/{folder_id}` */
export const getDriveFolder = {
  method: "get",
  path: "/v3/projects/{project_id}/drive/folders/{folder_id}",
  parameters: { path: ["folder_id", "project_id"], query: ["page", "page_size"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/drive/tasks/{task_id}` */
export const getDriveTaskStatus = {
  method: "get",
  path: "/v3/projects/{project_id}/drive/tasks/{task_id}",
  parameters: { path: ["project_id", "task_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/analytics/feedback/summary` */
export const getFeedbackAnalyticSummary = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/feedback/summary",
  parameters: {
    path: ["project_id"],
    query: ["end_date", "lang_code", "start_date", "workspace_id"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/license` */
export const getLicenseUsage = {
  method: "get",
  path: "/v3/projects/{project_id}/license",
  parameters: { path: ["project_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}` */
export const getProject = {
  method: "get",
  path: "/v3/projects/{project_id}",
  parameters: { path: ["project_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/document` */
export const getProjectDocumentByUrl = {
  method: "get",
  path: "/v3/projects/{project_id}/document",
  parameters: { path: ["project_id"], query: ["is_for_display", "is_published", "url"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/exports/{export_id}` */
export const getProjectExportStatus = {
  method: "get",
  path: "/v3/projects/{project_id}/exports/{export_id}",
  parameters: { path: ["export_id", "project_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/imports/{import_id}` */
export const getProjectImportStatus = {
  method: "get",
  path: "/v3/projects/{project_id}/imports/{import_id}",
  parameters: { path: ["import_id", "project_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/readers/groups/{group_id}` */
export const getReaderGroup = {
  method: "get",
  path: "/v3/projects/{project_id}/readers/groups/{group_id}",
  parameters: { path: ["group_id", "project_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/analytics/search/summary` */
export const getSearchAnalyticSummary = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/search/summary",
  parameters: {
    path: ["project_id"],
    query: ["end_date", "lang_code", "start_date", "workspace_id"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/users/{user_id}` */
export const getUser = {
  method: "get",
  path: "/v3/projects/{project_id}/users/{user_id}",
  parameters: { path: ["project_id", "user_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/workspaces/{workspace_id}` */
export const getWorkspace = {
  method: "get",
  path: "/v3/projects/{project_id}/workspaces/{workspace_id}",
  parameters: { path: ["project_id", "workspace_id"] },
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/api-references` */
export const importApiReference = {
  method: "post",
  path: "/v3/projects/{project_id}/api-references",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/analytics/ai-search/most-referenced-articles` */
export const listAISearchAnalyticMostReferencedArticles = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/ai-search/most-referenced-articles",
  parameters: {
    path: ["project_id"],
    query: ["end_date", "lang_code", "start_date", "workspace_id"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/analytics/ai-search/timeline` */
export const listAISearchAnalyticTimeline = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/ai-search/timeline",
  parameters: {
    path: ["project_id"],
    query: ["end_date", "lang_code", "start_date", "workspace_id"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/analytics/ai-search/trending-topics` */
export const listAISearchAnalyticTrendingTopics = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/ai-search/trending-topics",
  parameters: {
    path: ["project_id"],
    query: ["end_date", "lang_code", "start_date", "workspace_id"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/api-references/{api_reference_id}/logs` */
export const listApiReferenceLogs = {
  method: "get",
  path: "/v3/projects/{project_id}/api-references/{api_reference_id}/logs",
  parameters: { path: ["api_reference_id", "project_id"], query: ["page", "page_size"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/analytics/articles/countries` */
export const listArticleAnalyticCountryVisits = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/articles/countries",
  parameters: {
    path: ["project_id"],
    query: ["end_date", "lang_code", "start_date", "workspace_id"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/analytics/articles/most-read` */
export const listArticleAnalyticMostRead = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/articles/most-read",
  parameters: {
    path: ["project_id"],
    query: ["end_date", "lang_code", "start_date", "workspace_id"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/analytics/articles/performance` */
export const listArticleAnalyticPerformance = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/articles/performance",
  parameters: {
    path: ["project_id"],
    query: ["end_date", "lang_code", "start_date", "workspace_id"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/analytics/articles/top` */
export const listArticleAnalyticTopArticles = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/articles/top",
  parameters: {
    path: ["project_id"],
    query: [
      "end_date",
      "lang_code",
      "page",
      "page_size",
      "sort_by",
      "sort_order",
      "start_date",
      "workspace_id",
    ],
  },
  response: "json",
  envelope: true,
  pagination: "page",
} as const;
/** `GET /v3/projects/{project_id}/analytics/articles/top-categories` */
export const listArticleAnalyticTopCategories = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/articles/top-categories",
  parameters: {
    path: ["project_id"],
    query: [
      "end_date",
      "lang_code",
      "page",
      "page_size",
      "sort_by",
      "sort_order",
      "start_date",
      "workspace_id",
    ],
  },
  response: "json",
  envelope: true,
  pagination: "page",
} as const;
/** `GET /v3/projects/{project_id}/articles/{article_id}/versions` */
export const listArticleVersions = {
  method: "get",
  path: "/v3/projects/{project_id}/articles/{article_id}/versions",
  parameters: {
    path: ["article_id", "project_id"],
    query: ["cursor", "include_total_count", "lang_code", "page", "page_size"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects/{project_id}/categories/{category_id}/versions` */
export const listCategoryVersions = {
  method: "get",
  path: "/v3/projects/{project_id}/categories/{category_id}/versions",
  parameters: {
    path: ["category_id", "project_id"],
    query: ["cursor", "include_total_count", "lang_code", "page", "page_size"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects/{project_id}/drive/articles/{workspace_id}/{article_id}/files` */
export const listDriveArticleFiles = {
  method: "get",
  path: "/v3/projects/{project_id}/drive/articles/{workspace_id}/{article_id}/files",
  parameters: { path: ["article_id", "project_id", "workspace_id"], query: ["lang_code"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/drive/folders` */
export const listDriveFolders = {
  method: "get",
  path: "/v3/projects/{project_id}/drive/folders",
  parameters: {
    path: ["project_id"],
    query: ["cursor", "include_total_count", "page", "page_size"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects/{project_id}/analytics/feedback/articles` */
export const listFeedbackAnalyticArticles = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/feedback/articles",
  parameters: {
    path: ["project_id"],
    query: [
      "article_type",
      "end_date",
      "lang_code",
      "page",
      "page_size",
      "sort_by",
      "sort_order",
      "start_date",
      "workspace_id",
    ],
  },
  response: "json",
  envelope: true,
  pagination: "page",
} as const;
/** `GET /v3/projects/{project_id}/analytics/feedback/timeline` */
export const listFeedbackAnalyticTimeline = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/feedback/timeline",
  parameters: {
    path: ["project_id"],
    query: ["end_date", "lang_code", "start_date", "workspace_id"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/languages` */
export const listLanguages = {
  method: "get",
  path: "/v3/projects/{project_id}/languages",
  parameters: {
    path: ["project_id"],
    query: ["cursor", "include_total_count", "page", "page_size", "workspace_id"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects/{project_id}/sso-schemes` */
export const listProjectSsoSchemes = {
  method: "get",
  path: "/v3/projects/{project_id}/sso-schemes",
  parameters: {
    path: ["project_id"],
    query: ["cursor", "include_total_count", "page", "page_size"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects/{project_id}/workflow-statuses` */
export const listProjectWorkflowStatuses = {
  method: "get",
  path: "/v3/projects/{project_id}/workflow-statuses",
  parameters: {
    path: ["project_id"],
    query: ["cursor", "include_total_count", "page", "page_size"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects` */
export const listProjects = {
  method: "get",
  path: "/v3/projects",
  parameters: { query: ["cursor", "include_total_count", "page", "page_size"] },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects/{project_id}/readers/groups` */
export const listReaderGroups = {
  method: "get",
  path: "/v3/projects/{project_id}/readers/groups",
  parameters: {
    path: ["project_id"],
    query: ["cursor", "include_total_count", "page", "page_size"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects/{project_id}/readers` */
export const listReaders = {
  method: "get",
  path: "/v3/projects/{project_id}/readers",
  parameters: {
    path: ["project_id"],
    query: ["cursor", "include_total_count", "page", "page_size", "search_email"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects/{project_id}/analytics/search/keywords` */
export const listSearchAnalyticKeywords = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/search/keywords",
  parameters: {
    path: ["project_id"],
    query: [
      "end_date",
      "lang_code",
      "page",
      "page_size",
      "search_text",
      "sort_by",
      "sort_order",
      "start_date",
      "workspace_id",
    ],
  },
  response: "json",
  envelope: true,
  pagination: "page",
} as const;
/** `GET /v3/projects/{project_id}/analytics/search/no-results` */
export const listSearchAnalyticKeywordsWithoutResults = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/search/no-results",
  parameters: {
    path: ["project_id"],
    query: [
      "end_date",
      "lang_code",
      "page",
      "page_size",
      "search_text",
      "sort_by",
      "sort_order",
      "start_date",
      "workspace_id",
    ],
  },
  response: "json",
  envelope: true,
  pagination: "page",
} as const;
/** `GET /v3/projects/{project_id}/analytics/search/timeline` */
export const listSearchAnalyticTimeline = {
  method: "get",
  path: "/v3/projects/{project_id}/analytics/search/timeline",
  parameters: {
    path: ["project_id"],
    query: ["end_date", "lang_code", "start_date", "workspace_id"],
  },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/translations` */
export const listTranslationArticles = {
  method: "get",
  path: "/v3/projects/{project_id}/translations",
  parameters: { path: ["project_id"], query: ["lang_code", "status", "workspace_id"] },
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/users/groups` */
export const listUserGroups = {
  method: "get",
  path: "/v3/projects/{project_id}/users/groups",
  parameters: {
    path: ["project_id"],
    query: ["cursor", "include_total_count", "page", "page_size"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects/{project_id}/users/roles` */
export const listUserRoles = {
  method: "get",
  path: "/v3/projects/{project_id}/users/roles",
  parameters: {
    path: ["project_id"],
    query: ["cursor", "include_total_count", "page", "page_size"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects/{project_id}/users` */
export const listUsers = {
  method: "get",
  path: "/v3/projects/{project_id}/users",
  parameters: {
    path: ["project_id"],
    query: ["cursor", "include_total_count", "page", "page_size", "search"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects/{project_id}/workspaces/{workspace_id}/api-references` */
export const listWorkspaceApiReferences = {
  method: "get",
  path: "/v3/projects/{project_id}/workspaces/{workspace_id}/api-references",
  parameters: {
    path: ["project_id", "workspace_id"],
    query: ["cursor", "include_total_count", "page", "page_size"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects/{project_id}/workspaces/{workspace_id}/articles` */
export const listWorkspaceArticles = {
  method: "get",
  path: "/v3/projects/{project_id}/workspaces/{workspace_id}/articles",
  parameters: {
    path: ["project_id", "workspace_id"],
    query: ["cursor", "include_total_count", "lang_code", "page", "page_size"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects/{project_id}/workspaces/{workspace_id}/categories` */
export const listWorkspaceCategories = {
  method: "get",
  path: "/v3/projects/{project_id}/workspaces/{workspace_id}/categories",
  parameters: {
    path: ["project_id", "workspace_id"],
    query: ["cursor", "include_total_count", "lang_code", "page", "page_size"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `GET /v3/projects/{project_id}/workspaces` */
export const listWorkspaces = {
  method: "get",
  path: "/v3/projects/{project_id}/workspaces",
  parameters: {
    path: ["project_id"],
    query: ["cursor", "include_total_count", "page", "page_size"],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `PUT /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}` */
export const moveDriveFile = {
  method: "put",
  path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}",
  parameters: { path: ["file_id", "folder_id", "project_id"] },
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/articles/{article_id}/publish` */
export const publishArticle = {
  method: "post",
  path: "/v3/projects/{project_id}/articles/{article_id}/publish",
  parameters: { path: ["article_id", "project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/categories/{category_id}/publish` */
export const publishCategory = {
  method: "post",
  path: "/v3/projects/{project_id}/categories/{category_id}/publish",
  parameters: { path: ["category_id", "project_id"], query: ["lang_code"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `GET /v3/projects/{project_id}/drive/search` */
export const searchDrive = {
  method: "get",
  path: "/v3/projects/{project_id}/drive/search",
  parameters: {
    path: ["project_id"],
    query: [
      "allow_images_only",
      "cursor",
      "filter_from_date",
      "filter_tags",
      "filter_to_date",
      "include_total_count",
      "page",
      "page_size",
      "search_keyword",
      "user_ids",
    ],
  },
  response: "json",
  envelope: true,
  pagination: "cursor",
} as const;
/** `POST /v3/projects/{project_id}/workspaces/ai/feedback` */
export const sendWorkspaceAiFeedback = {
  method: "post",
  path: "/v3/projects/{project_id}/workspaces/ai/feedback",
  parameters: { path: ["project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/articles/{article_id}/unpublish` */
export const unpublishArticle = {
  method: "post",
  path: "/v3/projects/{project_id}/articles/{article_id}/unpublish",
  parameters: { path: ["article_id", "project_id"], query: ["lang_code"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/categories/{category_id}/unpublish` */
export const unpublishCategory = {
  method: "post",
  path: "/v3/projects/{project_id}/categories/{category_id}/unpublish",
  parameters: { path: ["category_id", "project_id"], query: ["lang_code"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `PATCH /v3/projects/{project_id}/articles/{article_id}` */
export const updateArticle = {
  method: "patch",
  path: "/v3/projects/{project_id}/articles/{article_id}",
  parameters: { path: ["article_id", "project_id"], query: ["lang_code"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `PATCH /v3/projects/{project_id}/articles/{article_id}/settings` */
export const updateArticleSettings = {
  method: "patch",
  path: "/v3/projects/{project_id}/articles/{article_id}/settings",
  parameters: { path: ["article_id", "project_id"], query: ["lang_code"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `PATCH /v3/projects/{project_id}/articles/{article_id}/workflow-status` */
export const updateArticleWorkflowStatus = {
  method: "patch",
  path: "/v3/projects/{project_id}/articles/{article_id}/workflow-status",
  parameters: { path: ["article_id", "project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `PATCH /v3/projects/{project_id}/categories/{category_id}` */
export const updateCategory = {
  method: "patch",
  path: "/v3/projects/{project_id}/categories/{category_id}",
  parameters: { path: ["category_id", "project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `PATCH /v3/projects/{project_id}/categories/{category_id}/content` */
export const updateCategoryContent = {
  method: "patch",
  path: "/v3/projects/{project_id}/categories/{category_id}/content",
  parameters: { path: ["category_id", "project_id"], query: ["lang_code"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `PATCH /v3/projects/{project_id}/categories/{category_id}/settings` */
export const updateCategorySettings = {
  method: "patch",
  path: "/v3/projects/{project_id}/categories/{category_id}/settings",
  parameters: { path: ["category_id", "project_id"], query: ["lang_code"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `PATCH /v3/projects/{project_id}/categories/{category_id}/workflow-status` */
export const updateCategoryWorkflowStatus = {
  method: "patch",
  path: "/v3/projects/{project_id}/categories/{category_id}/workflow-status",
  parameters: { path: ["category_id", "project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `PUT /v3/projects/{project_id}/drive/folders/{folder_id}` */
export const updateDriveFolder = {
  method: "put",
  path: "/v3/projects/{project_id}/drive/folders/{folder_id}",
  parameters: { path: ["folder_id", "project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `PUT /v3/projects/{project_id}/readers/{reader_id}` */
export const updateReader = {
  method: "put",
  path: "/v3/projects/{project_id}/readers/{reader_id}",
  parameters: { path: ["project_id", "reader_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `PUT /v3/projects/{project_id}/readers/groups/{group_id}` */
export const updateReaderGroup = {
  method: "put",
  path: "/v3/projects/{project_id}/readers/groups/{group_id}",
  parameters: { path: ["group_id", "project_id"] },
  requestMediaType: "application/json",
  response: "json",
  envelope: true,
} as const;
/** `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files` */
export const uploadDriveFile = {
  method: "post",
  path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files",
  parameters: { path: ["folder_id", "project_id"] },
  requestMediaType: "multipart/form-data",
  response: "json",
  envelope: true,
} as const;
