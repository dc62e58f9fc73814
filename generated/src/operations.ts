// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import type { ApiClient, RequestOptions } from "./runtime/index.js";
import type * as Models from "./models.js";
import type { paths } from "./paths.js";

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags`
 */
export function addDriveTags(
  client: ApiClient<paths>,
  input: {
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
    /** (to be written) */
    body: Models.AddTagsRequest;
  },
  options?: RequestOptions,
): Promise<Models.ApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/articles/bulk`
 */
export function bulkCreateArticleArticles(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.BulkCreateArticleRequest;
  },
  options?: RequestOptions,
): Promise<Models.BulkOperationResultListApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/articles/bulk",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/categories/bulk`
 */
export function bulkCreateCategoryCategories(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.BulkCreateCategoryRequest;
  },
  options?: RequestOptions,
): Promise<Models.BulkOperationResultListApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/categories/bulk",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `DELETE /v3/projects/{project_id}/articles/bulk/versions`
 */
export function bulkDeleteArticleArticleVersions(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.BulkOperationResultListApiResponse> {
  return client.request(
    {
      method: "delete",
      path: "/v3/projects/{project_id}/articles/bulk/versions",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `DELETE /v3/projects/{project_id}/articles/bulk`
 */
export function bulkDeleteArticleArticles(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.BulkDeleteRequest;
  },
  options?: RequestOptions,
): Promise<Models.BulkOperationResultListApiResponse> {
  return client.request(
    {
      method: "delete",
      path: "/v3/projects/{project_id}/articles/bulk",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `DELETE /v3/projects/{project_id}/categories/bulk/versions`
 */
export function bulkDeleteCategoryCategoryVersions(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.BulkOperationResultListApiResponse> {
  return client.request(
    {
      method: "delete",
      path: "/v3/projects/{project_id}/categories/bulk/versions",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/articles/bulk/publish`
 */
export function bulkPublishArticleArticles(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
    /** (to be written) */
    body: Models.BulkIdsRequest;
  },
  options?: RequestOptions,
): Promise<Models.BulkOperationResultListApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/articles/bulk/publish",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/categories/bulk/publish`
 */
export function bulkPublishCategoryCategories(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
    /** (to be written) */
    body: Models.BulkIdsRequest;
  },
  options?: RequestOptions,
): Promise<Models.BulkOperationResultListApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/categories/bulk/publish",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/articles/bulk/unpublish`
 */
export function bulkUnpublishArticleArticles(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
    /** (to be written) */
    body: Models.BulkIdsRequest;
  },
  options?: RequestOptions,
): Promise<Models.BulkOperationResultListApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/articles/bulk/unpublish",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/categories/bulk/unpublish`
 */
export function bulkUnpublishCategoryCategories(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
    /** (to be written) */
    body: Models.BulkIdsRequest;
  },
  options?: RequestOptions,
): Promise<Models.BulkOperationResultListApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/categories/bulk/unpublish",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PATCH /v3/projects/{project_id}/articles/bulk`
 */
export function bulkUpdateArticleArticles(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.BulkUpdateArticleRequest;
  },
  options?: RequestOptions,
): Promise<Models.BulkOperationResultListApiResponse> {
  return client.request(
    {
      method: "patch",
      path: "/v3/projects/{project_id}/articles/bulk",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PATCH /v3/projects/{project_id}/categories/bulk/content`
 */
export function bulkUpdateCategoryCategoryContent(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.BulkUpdateCategoryContentV3Request;
  },
  options?: RequestOptions,
): Promise<Models.BulkOperationResultListApiResponse> {
  return client.request(
    {
      method: "patch",
      path: "/v3/projects/{project_id}/categories/bulk/content",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/users/email-availability`
 */
export function checkUserEmailAvailability(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.EmailAvailabilityResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/users/email-availability",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/copy`
 */
export function copyDriveFile(
  client: ApiClient<paths>,
  input: {
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
    /** (to be written) */
    body: Models.CopyFileRequest;
  },
  options?: RequestOptions,
): Promise<Models.ApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/copy",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/articles`
 */
export function createArticleArticle(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.CreateArticleRequest;
  },
  options?: RequestOptions,
): Promise<Models.ArticleDetailResponseApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/articles",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/categories`
 */
export function createCategoryCategory(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.CreateCategoryRequest;
  },
  options?: RequestOptions,
): Promise<Models.CategorySimpleResponseApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/categories",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/drive/folders`
 */
export function createDriveFolder(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.CreateFolderRequest;
  },
  options?: RequestOptions,
): Promise<Models.FolderResponseApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/drive/folders",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/exports`
 */
export function createProjectExport(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.ExportRequest;
  },
  options?: RequestOptions,
): Promise<Models.ExportStatusResponseApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/exports",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/imports`
 */
export function createProjectImport(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.ImportRequest;
  },
  options?: RequestOptions,
): Promise<Models.ImportStatusResponseApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/imports",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/readers`
 */
export function createReaderReader(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.CreateReaderRequest;
  },
  options?: RequestOptions,
): Promise<Models.ReaderResponseApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/readers",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/readers/groups`
 */
export function createReaderReaderGroup(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.CreateReaderGroupRequest;
  },
  options?: RequestOptions,
): Promise<Models.ReaderGroupResponseApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/readers/groups",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/users`
 */
export function createUserUser(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.CreateUserRequest;
  },
  options?: RequestOptions,
): Promise<Models.AddUserResponseApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/users",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `DELETE /v3/projects/{project_id}/articles/{article_id}`
 */
export function deleteArticleArticle(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<void> {
  return client.request(
    { method: "delete", path: "/v3/projects/{project_id}/articles/{article_id}", response: "none" },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `DELETE /v3/projects/{project_id}/articles/{article_id}/versions/{version_number}`
 */
export function deleteArticleArticleVersion(
  client: ApiClient<paths>,
  input: {
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
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
  },
  options?: RequestOptions,
): Promise<void> {
  return client.request(
    {
      method: "delete",
      path: "/v3/projects/{project_id}/articles/{article_id}/versions/{version_number}",
      response: "none",
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `DELETE /v3/projects/{project_id}/categories/{category_id}`
 */
export function deleteCategoryCategory(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<void> {
  return client.request(
    {
      method: "delete",
      path: "/v3/projects/{project_id}/categories/{category_id}",
      response: "none",
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `DELETE /v3/projects/{project_id}/categories/{category_id}/versions/{version_number}`
 */
export function deleteCategoryCategoryVersion(
  client: ApiClient<paths>,
  input: {
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
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
  },
  options?: RequestOptions,
): Promise<void> {
  return client.request(
    {
      method: "delete",
      path: "/v3/projects/{project_id}/categories/{category_id}/versions/{version_number}",
      response: "none",
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`
 */
export function deleteDriveFile(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<void> {
  return client.request(
    {
      method: "delete",
      path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}",
      response: "none",
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}`
 */
export function deleteDriveFolder(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<void> {
  return client.request(
    {
      method: "delete",
      path: "/v3/projects/{project_id}/drive/folders/{folder_id}",
      response: "none",
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags`
 */
export function deleteDriveTags(
  client: ApiClient<paths>,
  input: {
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
    query?: {
      /** (to be written) */
      tag_ids?: string[];
    };
  },
  options?: RequestOptions,
): Promise<void> {
  return client.request(
    {
      method: "delete",
      path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags",
      response: "none",
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `DELETE /v3/projects/{project_id}/readers/jwt`
 */
export function deleteReaderJwtReaders(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    query?: {
      /** (to be written) */
      email_ids?: string[];
    };
  },
  options?: RequestOptions,
): Promise<void> {
  return client.request(
    { method: "delete", path: "/v3/projects/{project_id}/readers/jwt", response: "none" },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `DELETE /v3/projects/{project_id}/readers/{reader_id}`
 */
export function deleteReaderReader(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<void> {
  return client.request(
    { method: "delete", path: "/v3/projects/{project_id}/readers/{reader_id}", response: "none" },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `DELETE /v3/projects/{project_id}/readers/groups/{group_id}`
 */
export function deleteReaderReaderGroup(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<void> {
  return client.request(
    {
      method: "delete",
      path: "/v3/projects/{project_id}/readers/groups/{group_id}",
      response: "none",
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `DELETE /v3/projects/{project_id}/users/{user_id}`
 */
export function deleteUserUser(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<void> {
  return client.request(
    { method: "delete", path: "/v3/projects/{project_id}/users/{user_id}", response: "none" },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PUT /v3/projects/{project_id}/users/{user_id}/content-role`
 */
export function editUserContentRole(
  client: ApiClient<paths>,
  input: {
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
    /** (to be written) */
    body: Models.EditContentRoleRequest;
  },
  options?: RequestOptions,
): Promise<Models.ApiResponse> {
  return client.request(
    {
      method: "put",
      path: "/v3/projects/{project_id}/users/{user_id}/content-role",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PUT /v3/projects/{project_id}/users/{user_id}/portal-role`
 */
export function editUserPortalRole(
  client: ApiClient<paths>,
  input: {
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
    /** (to be written) */
    body: Models.EditPortalRoleRequest;
  },
  options?: RequestOptions,
): Promise<Models.ApiResponse> {
  return client.request(
    {
      method: "put",
      path: "/v3/projects/{project_id}/users/{user_id}/portal-role",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PUT /v3/projects/{project_id}/users/{user_id}/groups`
 */
export function editUserUserGroups(
  client: ApiClient<paths>,
  input: {
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
    /** (to be written) */
    body: Models.EditUserGroupsRequest;
  },
  options?: RequestOptions,
): Promise<Models.ApiResponse> {
  return client.request(
    {
      method: "put",
      path: "/v3/projects/{project_id}/users/{user_id}/groups",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/articles/{article_id}/fork`
 */
export function forkArticleArticleVersion(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.ArticleDetailResponseApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/articles/{article_id}/fork",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/categories/{category_id}/fork`
 */
export function forkCategoryCategoryVersion(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.CategoryContentResponseApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/categories/{category_id}/fork",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/ai-search/most-referenced-articles`
 */
export function getAISearchAnalyticMostReferencedArticles(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.MostReferencedArticleResponseListApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/ai-search/most-referenced-articles",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/ai-search/summary`
 */
export function getAISearchAnalyticSummary(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.AISearchSummaryResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/ai-search/summary",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/ai-search/timeline`
 */
export function getAISearchAnalyticTimeline(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.AISearchTimelineResponseListApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/ai-search/timeline",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/ai-search/trending-topics`
 */
export function getAISearchAnalyticTrendingTopics(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.TrendingTopicResponseListApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/ai-search/trending-topics",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/api-references/{api_reference_id}/logs/{log_id}`
 */
export function getApiReferenceApiReferenceLogDetail(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.ApiReferenceLogDetailResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/api-references/{api_reference_id}/logs/{log_id}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/api-references/{api_reference_id}/logs`
 */
export function getApiReferenceApiReferenceLogs(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.ApiReferenceLogResponseListApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/api-references/{api_reference_id}/logs",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/articles/countries`
 */
export function getArticleAnalyticCountryVisits(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.CountryVisitsResponseListApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/articles/countries",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/articles/{article_id}`
 */
export function getArticleAnalyticIndividualArticle(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.IndividualArticleAnalyticsResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/articles/{article_id}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/articles/most-read`
 */
export function getArticleAnalyticMostRead(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.MostReadArticleResponseListApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/articles/most-read",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/articles/performance`
 */
export function getArticleAnalyticPerformance(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.ArticlePerformanceResponseListApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/articles/performance",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/articles/summary`
 */
export function getArticleAnalyticSummary(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.ArticleAnalyticsSummaryResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/articles/summary",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/articles/top`
 */
export function getArticleAnalyticTopArticles(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.TopArticleResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/articles/top",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/articles/top-categories`
 */
export function getArticleAnalyticTopCategories(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.TopCategoryResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/articles/top-categories",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/articles/{article_id}`
 */
export function getArticleArticle(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.ArticleDetailResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/articles/{article_id}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/articles/{article_id}/settings`
 */
export function getArticleArticleSettings(
  client: ApiClient<paths>,
  input: {
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
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
  },
  options?: RequestOptions,
): Promise<Models.ArticleSettingsResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/articles/{article_id}/settings",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/articles/{article_id}/versions/{version_number}`
 */
export function getArticleArticleVersion(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.ArticleDetailResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/articles/{article_id}/versions/{version_number}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/articles/{article_id}/versions`
 */
export function getArticleArticleVersions(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.ArticleVersionResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/articles/{article_id}/versions",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/categories/{category_id}`
 */
export function getCategoryCategory(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.CategoryResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/categories/{category_id}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/categories/{category_id}/content`
 */
export function getCategoryCategoryContent(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.CategoryContentResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/categories/{category_id}/content",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/categories/{category_id}/settings`
 */
export function getCategoryCategorySettings(
  client: ApiClient<paths>,
  input: {
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
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
  },
  options?: RequestOptions,
): Promise<Models.CategorySettingsResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/categories/{category_id}/settings",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/categories/{category_id}/versions/{version_number}`
 */
export function getCategoryCategoryVersion(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.CategoryContentResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/categories/{category_id}/versions/{version_number}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/categories/{category_id}/versions`
 */
export function getCategoryCategoryVersions(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.CategoryVersionResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/categories/{category_id}/versions",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/drive/articles/{workspace_id}/{article_id}/files`
 */
export function getDriveArticleFiles(
  client: ApiClient<paths>,
  input: {
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
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
  },
  options?: RequestOptions,
): Promise<Models.StringListApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/drive/articles/{workspace_id}/{article_id}/files",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/drive/folders/default`
 */
export function getDriveDefaultFolder(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
  },
  options?: RequestOptions,
): Promise<Models.FolderResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/drive/folders/default",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`
 */
export function getDriveFile(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.FileResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/drive/folders/{folder_id}`
 */
export function getDriveFolder(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.FolderDetailResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/drive/folders/{folder_id}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/drive/folders`
 */
export function getDriveFolders(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.FolderResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/drive/folders",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/drive/tasks/{task_id}`
 */
export function getDriveTaskStatus(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.TaskStatusResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/drive/tasks/{task_id}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/feedback/articles`
 */
export function getFeedbackAnalyticArticleFeedbacks(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.ArticleFeedbackResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/feedback/articles",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/feedback/summary`
 */
export function getFeedbackAnalyticSummary(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.FeedbackMetricsSummaryResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/feedback/summary",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/feedback/timeline`
 */
export function getFeedbackAnalyticTimeline(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.FeedbackTimelineResponseListApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/feedback/timeline",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/languages`
 */
export function getLanguageLanguages(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.LanguageResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/languages",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/license`
 */
export function getLicenseLicenseUsage(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
  },
  options?: RequestOptions,
): Promise<Models.LicenseUsageResponseApiResponse> {
  return client.request(
    { method: "get", path: "/v3/projects/{project_id}/license", response: "json", envelope: true },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/document`
 */
export function getProjectDocumentByUrl(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.ObjectApiResponse> {
  return client.request(
    { method: "get", path: "/v3/projects/{project_id}/document", response: "json", envelope: true },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/exports/{export_id}`
 */
export function getProjectExportStatus(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.ExportStatusResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/exports/{export_id}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/imports/{import_id}`
 */
export function getProjectImportStatus(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.ImportStatusResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/imports/{import_id}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}`
 */
export function getProjectProject(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
  },
  options?: RequestOptions,
): Promise<Models.ProjectResponseApiResponse> {
  return client.request(
    { method: "get", path: "/v3/projects/{project_id}", response: "json", envelope: true },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects`
 */
export function getProjectProjects(
  client: ApiClient<paths>,
  input: {
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
  } = {},
  options?: RequestOptions,
): Promise<Models.ProjectResponsePaginatedResponse> {
  return client.request(
    { method: "get", path: "/v3/projects", response: "json", envelope: true },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/sso-schemes`
 */
export function getProjectSsoSchemes(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.SsoSchemeResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/sso-schemes",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/workflow-statuses`
 */
export function getProjectWorkflowStatuses(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.WorkflowStatusResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/workflow-statuses",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/readers/groups/{group_id}`
 */
export function getReaderReaderGroup(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.ReaderGroupResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/readers/groups/{group_id}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/readers/groups`
 */
export function getReaderReaderGroups(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.ReaderGroupResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/readers/groups",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/readers`
 */
export function getReaderReaders(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.ReaderResponsePaginatedResponse> {
  return client.request(
    { method: "get", path: "/v3/projects/{project_id}/readers", response: "json", envelope: true },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/search/keywords`
 */
export function getSearchAnalyticKeywords(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.SearchKeywordResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/search/keywords",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/search/no-results`
 */
export function getSearchAnalyticNoResults(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.SearchKeywordResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/search/no-results",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/search/summary`
 */
export function getSearchAnalyticSummary(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.SearchAnalyticsSummaryResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/search/summary",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/analytics/search/timeline`
 */
export function getSearchAnalyticTimeline(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.SearchTimelineDataPointListApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/analytics/search/timeline",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/translations`
 */
export function getTranslationTranslationArticles(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.TranslationArticleResponseListApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/translations",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/users/me`
 */
export function getUserCurrentUser(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
  },
  options?: RequestOptions,
): Promise<Models.UserDetailResponseApiResponse> {
  return client.request(
    { method: "get", path: "/v3/projects/{project_id}/users/me", response: "json", envelope: true },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/users/roles`
 */
export function getUserRoles(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.RoleResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/users/roles",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/users/{user_id}`
 */
export function getUserUser(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.UserDetailResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/users/{user_id}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/users/groups`
 */
export function getUserUserGroups(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.UserGroupResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/users/groups",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/users`
 */
export function getUserUsers(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.UserResponsePaginatedResponse> {
  return client.request(
    { method: "get", path: "/v3/projects/{project_id}/users", response: "json", envelope: true },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/workspaces/{workspace_id}/api-references`
 */
export function getWorkspaceApiReferences(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.ApiReferenceSummaryResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/workspaces/{workspace_id}/api-references",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/workspaces/{workspace_id}/articles`
 */
export function getWorkspaceArticles(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.ArticleSummaryResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/workspaces/{workspace_id}/articles",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/workspaces/{workspace_id}/categories`
 */
export function getWorkspaceCategories(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.CategorySummaryResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/workspaces/{workspace_id}/categories",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/workspaces/{workspace_id}`
 */
export function getWorkspaceWorkspace(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.WorkspaceDetailResponseApiResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/workspaces/{workspace_id}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/workspaces`
 */
export function getWorkspaceWorkspaces(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.WorkspaceResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/workspaces",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/api-references`
 */
export function importApiReferenceApiReference(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.ImportApiReferenceRequest;
  },
  options?: RequestOptions,
): Promise<Models.ImportApiReferenceResponseApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/api-references",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PUT /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`
 */
export function moveDriveFile(
  client: ApiClient<paths>,
  input: {
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
  },
  options?: RequestOptions,
): Promise<Models.ApiResponse> {
  return client.request(
    {
      method: "put",
      path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/workspaces/ai/feedback`
 */
export function postWorkspaceAiFeedback(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.AiFeedbackRequest;
  },
  options?: RequestOptions,
): Promise<Models.ApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/workspaces/ai/feedback",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/workspaces/ai/query`
 */
export function postWorkspaceAiQuery(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
    /** (to be written) */
    body: Models.AiQueryRequest;
  },
  options?: RequestOptions,
): Promise<Models.AiQueryResponseApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/workspaces/ai/query",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/articles/{article_id}/publish`
 */
export function publishArticleArticle(
  client: ApiClient<paths>,
  input: {
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
    /** (to be written) */
    body: Models.PublishRequest;
  },
  options?: RequestOptions,
): Promise<Models.ApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/articles/{article_id}/publish",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/categories/{category_id}/publish`
 */
export function publishCategoryCategory(
  client: ApiClient<paths>,
  input: {
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
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
    /** (to be written) */
    body: Models.PublishRequest;
  },
  options?: RequestOptions,
): Promise<Models.ApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/categories/{category_id}/publish",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `GET /v3/projects/{project_id}/drive/search`
 */
export function searchDrive(
  client: ApiClient<paths>,
  input: {
    path: {
      /**
       * (to be written)
       *
       * @format uuid
       */
      project_id: string;
    };
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
  },
  options?: RequestOptions,
): Promise<Models.FileResponsePaginatedResponse> {
  return client.request(
    {
      method: "get",
      path: "/v3/projects/{project_id}/drive/search",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/articles/{article_id}/unpublish`
 */
export function unpublishArticleArticle(
  client: ApiClient<paths>,
  input: {
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
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
    /** (to be written) */
    body: Models.UnpublishRequest;
  },
  options?: RequestOptions,
): Promise<Models.ApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/articles/{article_id}/unpublish",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/categories/{category_id}/unpublish`
 */
export function unpublishCategoryCategory(
  client: ApiClient<paths>,
  input: {
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
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
    /** (to be written) */
    body: Models.UnpublishRequest;
  },
  options?: RequestOptions,
): Promise<Models.ApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/categories/{category_id}/unpublish",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PATCH /v3/projects/{project_id}/articles/{article_id}`
 */
export function updateArticleArticle(
  client: ApiClient<paths>,
  input: {
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
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
    /** (to be written) */
    body: Models.UpdateArticleRequest;
  },
  options?: RequestOptions,
): Promise<Models.ArticleDetailResponseApiResponse> {
  return client.request(
    {
      method: "patch",
      path: "/v3/projects/{project_id}/articles/{article_id}",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PATCH /v3/projects/{project_id}/articles/{article_id}/settings`
 */
export function updateArticleArticleSettings(
  client: ApiClient<paths>,
  input: {
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
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
    /** (to be written) */
    body: Models.UpdateArticleSettingsRequest;
  },
  options?: RequestOptions,
): Promise<Models.ArticleSettingsResponseApiResponse> {
  return client.request(
    {
      method: "patch",
      path: "/v3/projects/{project_id}/articles/{article_id}/settings",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PATCH /v3/projects/{project_id}/articles/{article_id}/workflow-status`
 */
export function updateArticleWorkflowStatus(
  client: ApiClient<paths>,
  input: {
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
    /** (to be written) */
    body: Models.UpdateWorkflowRequest;
  },
  options?: RequestOptions,
): Promise<Models.ApiResponse> {
  return client.request(
    {
      method: "patch",
      path: "/v3/projects/{project_id}/articles/{article_id}/workflow-status",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PATCH /v3/projects/{project_id}/categories/{category_id}`
 */
export function updateCategoryCategory(
  client: ApiClient<paths>,
  input: {
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
    /** (to be written) */
    body: Models.UpdateCategoryRequest;
  },
  options?: RequestOptions,
): Promise<Models.CategorySimpleResponseApiResponse> {
  return client.request(
    {
      method: "patch",
      path: "/v3/projects/{project_id}/categories/{category_id}",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PATCH /v3/projects/{project_id}/categories/{category_id}/content`
 */
export function updateCategoryCategoryContent(
  client: ApiClient<paths>,
  input: {
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
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
    /** (to be written) */
    body: Models.UpdateCategoryContentRequest;
  },
  options?: RequestOptions,
): Promise<Models.CategoryContentResponseApiResponse> {
  return client.request(
    {
      method: "patch",
      path: "/v3/projects/{project_id}/categories/{category_id}/content",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PATCH /v3/projects/{project_id}/categories/{category_id}/settings`
 */
export function updateCategoryCategorySettings(
  client: ApiClient<paths>,
  input: {
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
    query?: {
      /** (to be written) */
      lang_code?: string;
    };
    /** (to be written) */
    body: Models.UpdateCategorySettingsRequest;
  },
  options?: RequestOptions,
): Promise<Models.CategorySettingsResponseApiResponse> {
  return client.request(
    {
      method: "patch",
      path: "/v3/projects/{project_id}/categories/{category_id}/settings",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PATCH /v3/projects/{project_id}/categories/{category_id}/workflow-status`
 */
export function updateCategoryWorkflowStatus(
  client: ApiClient<paths>,
  input: {
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
    /** (to be written) */
    body: Models.UpdateWorkflowRequest;
  },
  options?: RequestOptions,
): Promise<Models.ApiResponse> {
  return client.request(
    {
      method: "patch",
      path: "/v3/projects/{project_id}/categories/{category_id}/workflow-status",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PUT /v3/projects/{project_id}/drive/folders/{folder_id}`
 */
export function updateDriveFolder(
  client: ApiClient<paths>,
  input: {
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
    /** (to be written) */
    body: Models.UpdateFolderRequest;
  },
  options?: RequestOptions,
): Promise<Models.ApiResponse> {
  return client.request(
    {
      method: "put",
      path: "/v3/projects/{project_id}/drive/folders/{folder_id}",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PUT /v3/projects/{project_id}/readers/{reader_id}`
 */
export function updateReaderReader(
  client: ApiClient<paths>,
  input: {
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
    /** (to be written) */
    body: Models.UpdateReaderRequest;
  },
  options?: RequestOptions,
): Promise<Models.ReaderResponseApiResponse> {
  return client.request(
    {
      method: "put",
      path: "/v3/projects/{project_id}/readers/{reader_id}",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `PUT /v3/projects/{project_id}/readers/groups/{group_id}`
 */
export function updateReaderReaderGroup(
  client: ApiClient<paths>,
  input: {
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
    /** (to be written) */
    body: Models.UpdateReaderGroupRequest;
  },
  options?: RequestOptions,
): Promise<Models.ReaderGroupResponseApiResponse> {
  return client.request(
    {
      method: "put",
      path: "/v3/projects/{project_id}/readers/groups/{group_id}",
      requestMediaType: "application/json",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}

/**
 * (to be written)
 *
 * `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files`
 */
export function uploadDriveFile(
  client: ApiClient<paths>,
  input: {
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
    /** (to be written) */
    body: {
      /**
       * (to be written)
       *
       * @format binary
       */
      file: globalThis.Blob;
    };
  },
  options?: RequestOptions,
): Promise<Models.FileResponseApiResponse> {
  return client.request(
    {
      method: "post",
      path: "/v3/projects/{project_id}/drive/folders/{folder_id}/files",
      requestMediaType: "multipart/form-data",
      response: "json",
      envelope: true,
    },
    input,
    options,
  );
}
