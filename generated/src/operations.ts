// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import type { ApiClient, ApiPromise, RequestOptions } from "./runtime/index.js";
import type * as Models from "./models.js";
import type { paths } from "./paths.js";
import * as Specs from "./specs.js";

/**
 * Tag a drive file
 *
 * Attaches the given tag names to a file; names the file already carries are skipped and names not seen before become new tags. Tags can later narrow `searchDrive` through `filter_tags`. Needs the `UpdateDrive` permission; the reply is an envelope with no `data`.
 *
 * `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags`
 */
export function addDriveTags(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags"]["post"]["parameters"] & {
    /** Names of the tags to attach. */
    body: Models.AddTagsRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ApiResponse> {
  return client.request(Specs.addDriveTags, input, options);
}

/**
 * Ask the AI assistive search a question
 *
 * Sends a plain-language question to the AI assistive search, which answers from the documentation of the given workspace and lists the articles it used. Both `query` and `workspace_id` must be non-empty, or the call fails with 422. Rate an answer afterwards with `postWorkspaceAiFeedback`.
 *
 * `POST /v3/projects/{project_id}/workspaces/ai/query`
 */
export function askWorkspaceAi(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/workspaces/ai/query"]["post"]["parameters"] & {
    /** The question and the workspace to search. */
    body: Models.AiQueryRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.AiQueryResponseApiResponse> {
  return client.request(Specs.askWorkspaceAi, input, options);
}

/**
 * Create up to 100 articles at once
 *
 * Creates each listed article as a draft, on its own: an item that fails validation does not stop the rest. The response has one result per item, matched to the input by `index`; the top-level `success` is `false` if any item failed.
 *
 * `POST /v3/projects/{project_id}/articles/bulk`
 */
export function bulkCreateArticles(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/bulk"]["post"]["parameters"] & {
    /** The articles to create, at most 100. */
    body: Models.BulkCreateArticleRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.BulkOperationResultListApiResponse> {
  return client.request(Specs.bulkCreateArticles, input, options);
}

/**
 * Create several categories at once
 *
 * Creates up to 100 categories from one request. Items are handled one by one, so some may fail while the rest succeed: check `success` and `details` on each entry. `createCategoryCategory` returns the new category itself, which this call does not.
 *
 * `POST /v3/projects/{project_id}/categories/bulk`
 */
export function bulkCreateCategories(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/bulk"]["post"]["parameters"] & {
    /** The categories to create, at most 100. */
    body: Models.BulkCreateCategoryRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.BulkOperationResultListApiResponse> {
  return client.request(Specs.bulkCreateCategories, input, options);
}

/**
 * Delete several versions of one article
 *
 * Removes the given version numbers of a single article permanently. The published version may not be among them (unpublish first). The response reports each version separately.
 *
 * `DELETE /v3/projects/{project_id}/articles/bulk/versions`
 */
export function bulkDeleteArticleVersions(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/bulk/versions"]["delete"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.BulkOperationResultListApiResponse> {
  return client.request(Specs.bulkDeleteArticleVersions, input, options);
}

/**
 * Delete up to 100 articles at once
 *
 * Removes each listed article, with all its versions, for good. Items are handled one by one, so an id that is not found fails alone while the others are still deleted; check each result. Unpublishing is the reversible alternative.
 *
 * `DELETE /v3/projects/{project_id}/articles/bulk`
 */
export function bulkDeleteArticles(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/bulk"]["delete"]["parameters"] & {
    /** Ids of the articles to delete, at most 100. */
    body: Models.BulkDeleteRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.BulkOperationResultListApiResponse> {
  return client.request(Specs.bulkDeleteArticles, input, options);
}

/**
 * Delete several versions of a category
 *
 * Removes the listed version numbers of one category as an all-or-nothing operation: either every version goes or none does. The category's last remaining version may not be among them. Needs the `DeleteCategories` permission.
 *
 * `DELETE /v3/projects/{project_id}/categories/bulk/versions`
 */
export function bulkDeleteCategoryVersions(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/bulk/versions"]["delete"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.BulkOperationResultListApiResponse> {
  return client.request(Specs.bulkDeleteCategoryVersions, input, options);
}

/**
 * Publish up to 100 articles at once
 *
 * Publishes each listed article on its own, so one failure leaves the others published. Each item gets a result with error details; the top-level `success` is `true` only when every article went through. Needs the `PublishArticles` permission.
 *
 * `POST /v3/projects/{project_id}/articles/bulk/publish`
 */
export function bulkPublishArticles(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/bulk/publish"]["post"]["parameters"] & {
    /** Ids of the articles to publish, at most 100. */
    body: Models.BulkIdsRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.BulkOperationResultListApiResponse> {
  return client.request(Specs.bulkPublishArticles, input, options);
}

/**
 * Publish several categories at once
 *
 * Publishes up to 100 categories, given by id, in one call. Needs the `PublishArticles` permission. Each id is handled separately and gets its own `success` and `details` entry in the result; `bulkUnpublishCategoryCategories` is the reverse.
 *
 * `POST /v3/projects/{project_id}/categories/bulk/publish`
 */
export function bulkPublishCategories(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/bulk/publish"]["post"]["parameters"] & {
    /** Ids of the categories to publish, at most 100. */
    body: Models.BulkIdsRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.BulkOperationResultListApiResponse> {
  return client.request(Specs.bulkPublishCategories, input, options);
}

/**
 * Unpublish up to 100 articles at once
 *
 * Turns each listed article back into a draft, keeping its content but removing it from the site. Articles are handled independently and reported one by one. Needs the `PublishArticles` permission.
 *
 * `POST /v3/projects/{project_id}/articles/bulk/unpublish`
 */
export function bulkUnpublishArticles(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/bulk/unpublish"]["post"]["parameters"] & {
    /** Ids of the articles to unpublish, at most 100. */
    body: Models.BulkIdsRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.BulkOperationResultListApiResponse> {
  return client.request(Specs.bulkUnpublishArticles, input, options);
}

/**
 * Unpublish several categories at once
 *
 * Returns up to 100 published categories, given by id, to draft in one call. Needs the `PublishArticles` permission. Each id is handled separately and gets its own entry in the result; `bulkPublishCategoryCategories` is the reverse.
 *
 * `POST /v3/projects/{project_id}/categories/bulk/unpublish`
 */
export function bulkUnpublishCategories(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/bulk/unpublish"]["post"]["parameters"] & {
    /** Ids of the categories to unpublish, at most 100. */
    body: Models.BulkIdsRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.BulkOperationResultListApiResponse> {
  return client.request(Specs.bulkUnpublishCategories, input, options);
}

/**
 * Update up to 100 articles at once
 *
 * Applies a partial update to each listed article: only the fields set in an item change. Items succeed or fail independently, and the response reports each one.
 *
 * `PATCH /v3/projects/{project_id}/articles/bulk`
 */
export function bulkUpdateArticles(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/bulk"]["patch"]["parameters"] & {
    /** The per-article changes, at most 100 items. */
    body: Models.BulkUpdateArticleRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.BulkOperationResultListApiResponse> {
  return client.request(Specs.bulkUpdateArticles, input, options);
}

/**
 * Update the content of several categories
 *
 * Applies up to 100 content changes, each naming its own category and language, one after another. Every item can set `auto_fork` to get a draft forked when none exists. The response reports an outcome per item; `updateCategoryCategoryContent` gives more detailed errors for a single category.
 *
 * `PATCH /v3/projects/{project_id}/categories/bulk/content`
 */
export function bulkUpdateCategoryContent(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/bulk/content"]["patch"]["parameters"] & {
    /** The content changes, at most 100. */
    body: Models.BulkUpdateCategoryContentV3Request;
  },
  options?: RequestOptions,
): ApiPromise<Models.BulkOperationResultListApiResponse> {
  return client.request(Specs.bulkUpdateCategoryContent, input, options);
}

/**
 * Check if an email can be invited
 *
 * Tells you whether an address is still free for a new team user invitation; it counts as taken when a user of this project already has it. Call it before `createUserUser` to avoid a failed invite. Set `is_an_sso_user` to compare against SSO users only.
 *
 * `GET /v3/projects/{project_id}/users/email-availability`
 */
export function checkUserEmailAvailability(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/users/email-availability"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.EmailAvailabilityResponseApiResponse> {
  return client.request(Specs.checkUserEmailAvailability, input, options);
}

/**
 * Duplicate a file into another folder
 *
 * Makes a copy of the file, with a new id, in the folder given by `destination_folder_id`; the original stays where it is. Answers 201 with a `Location` header and an envelope without data. Needs `UpdateDrive`.
 *
 * `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/copy`
 */
export function copyDriveFile(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/copy"]["post"]["parameters"] & {
    /** Where to put the copy. */
    body: Models.CopyFileRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ApiResponse> {
  return client.request(Specs.copyDriveFile, input, options);
}

/**
 * Create an article
 *
 * Adds a draft article to a category of the given workspace. When `content_type` is omitted the article uses the Markdown editor. Readers see it only after `publishArticleArticle`.
 *
 * `POST /v3/projects/{project_id}/articles`
 */
export function createArticle(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles"]["post"]["parameters"] & {
    /** Title, placement and optional content of the new article. */
    body: Models.CreateArticleRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ArticleDetailResponseApiResponse> {
  return client.request(Specs.createArticle, input, options);
}

/**
 * Create a category
 *
 * Adds a category to a workspace, optionally under a parent and with initial content in `markdown`, `wysiwyg` or `block` format. Needs the `UpdateCategories` permission; with an API (M2M) token, `user_id` is required. The slug is derived from the name, and a slug that is already taken is rejected with 422.
 *
 * `POST /v3/projects/{project_id}/categories`
 */
export function createCategory(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories"]["post"]["parameters"] & {
    /** Name, workspace and optional placement and content of the new category. */
    body: Models.CreateCategoryRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.CategorySimpleResponseApiResponse> {
  return client.request(Specs.createCategory, input, options);
}

/**
 * Create a drive folder
 *
 * Creates a folder at the top of the drive, or inside another folder when `parent_folder_id` is set. Answers 201 with the new folder and a `Location` header pointing at it. Needs `UpdateDrive`.
 *
 * `POST /v3/projects/{project_id}/drive/folders`
 */
export function createDriveFolder(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/folders"]["post"]["parameters"] & {
    /** Name, and optionally parent and color, of the new folder. */
    body: Models.CreateFolderRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.FolderResponseApiResponse> {
  return client.request(Specs.createDriveFolder, input, options);
}

/**
 * Kick off an asynchronous project export
 *
 * Queues a background job that packages a workspace's content in the chosen format and answers `202 Accepted` at once with the job's id. Follow it with `getProjectExportStatus` (the `Operation-Location` header holds its URL) until it reaches a final state. Needs `UpdateProjectSettings`.
 *
 * `POST /v3/projects/{project_id}/exports`
 */
export function createProjectExport(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/exports"]["post"]["parameters"] & {
    /** What to export and in which file format. */
    body: Models.ExportRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ExportStatusResponseApiResponse> {
  return client.request(Specs.createProjectExport, input, options);
}

/**
 * Start importing external documentation
 *
 * Queues a background job that imports documentation from `source_documentation_url` and answers `202 Accepted` at once with the job's id; follow it with `getProjectImportStatus`. With `publish_article` set to `true` the imported articles go live, otherwise they stay drafts. Needs `UpdateProjectSettings`.
 *
 * `POST /v3/projects/{project_id}/imports`
 */
export function createProjectImport(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/imports"]["post"]["parameters"] & {
    /** Where to import from, who runs the import, and whether to publish. */
    body: Models.ImportRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ImportStatusResponseApiResponse> {
  return client.request(Specs.createProjectImport, input, options);
}

/**
 * Invite a new reader
 *
 * Creates a reader with the given access scope and optional groups, and emails them an invitation. With an API (M2M) token, set `invited_by` to the id of the team user doing the inviting, because such a token carries no user identity. For SSO sign-in, set `is_sso_user` and give the scheme in `scheme_name`. Needs the `UpdateRolesAccountsAndGroups` permission.
 *
 * `POST /v3/projects/{project_id}/readers`
 */
export function createReader(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/readers"]["post"]["parameters"] & {
    /** Who to invite and what they may read. */
    body: Models.CreateReaderRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ReaderResponseApiResponse> {
  return client.request(Specs.createReader, input, options);
}

/**
 * Create a reader group
 *
 * Creates a reader group with a title and an access scope that applies to all its members, optionally filling it with readers and pending SSO invitations right away. The `Location` header points at the new group. Needs the `UpdateRolesAccountsAndGroups` permission.
 *
 * `POST /v3/projects/{project_id}/readers/groups`
 */
export function createReaderGroup(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/readers/groups"]["post"]["parameters"] & {
    /** Title, description, members and access scope of the new group. */
    body: Models.CreateReaderGroupRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ReaderGroupResponseApiResponse> {
  return client.request(Specs.createReaderGroup, input, options);
}

/**
 * Invite a new team user
 *
 * Creates a team account user with a portal role, content permissions and optional groups, and emails them an invitation; `checkUserEmailAvailability` tells you beforehand whether the address is free. With an API (M2M) token, set `invited_by` to the id of the inviting user, because such a token carries no user identity. For SSO sign-in, set `is_sso_user` and give the scheme in `scheme_name`.
 *
 * `POST /v3/projects/{project_id}/users`
 */
export function createUser(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/users"]["post"]["parameters"] & {
    /** Who to invite, and which roles, content permissions and groups they get. */
    body: Models.CreateUserRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.AddUserResponseApiResponse> {
  return client.request(Specs.createUser, input, options);
}

/**
 * Delete an article
 *
 * Removes the article together with every one of its versions, and cannot be undone. If you might want the article back later, hide or unpublish it instead.
 *
 * `DELETE /v3/projects/{project_id}/articles/{article_id}`
 */
export function deleteArticle(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/{article_id}"]["delete"]["parameters"],
  options?: RequestOptions,
): ApiPromise<void> {
  return client.request(Specs.deleteArticle, input, options);
}

/**
 * Delete one version of an article
 *
 * Removes a single version for good. The live (published) version cannot be removed until the article is unpublished, and an article's last remaining version goes only by deleting the article itself with `deleteArticleArticle`.
 *
 * `DELETE /v3/projects/{project_id}/articles/{article_id}/versions/{version_number}`
 */
export function deleteArticleVersion(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/{article_id}/versions/{version_number}"]["delete"]["parameters"],
  options?: RequestOptions,
): ApiPromise<void> {
  return client.request(Specs.deleteArticleVersion, input, options);
}

/**
 * Delete a category permanently
 *
 * Removes the category for good, together with all its versions and the articles inside it; there is no undo. Needs the `DeleteCategories` permission and access to the category. To drop a single version instead, call `deleteCategoryCategoryVersion`.
 *
 * `DELETE /v3/projects/{project_id}/categories/{category_id}`
 */
export function deleteCategory(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/{category_id}"]["delete"]["parameters"],
  options?: RequestOptions,
): ApiPromise<void> {
  return client.request(Specs.deleteCategory, input, options);
}

/**
 * Delete one version of a category
 *
 * Removes a single version by number; a category's only remaining version cannot be deleted. Needs the `DeleteCategories` permission. Look up version numbers with `getCategoryCategoryVersions`, and use `deleteCategoryCategory` to remove the whole category.
 *
 * `DELETE /v3/projects/{project_id}/categories/{category_id}/versions/{version_number}`
 */
export function deleteCategoryVersion(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/{category_id}/versions/{version_number}"]["delete"]["parameters"],
  options?: RequestOptions,
): ApiPromise<void> {
  return client.request(Specs.deleteCategoryVersion, input, options);
}

/**
 * Delete a drive file
 *
 * Removes the file for good. Articles that embed it are not updated, so their references to it break. Needs `DeleteDrive` and answers 204 with no body.
 *
 * `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`
 */
export function deleteDriveFile(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}"]["delete"]["parameters"],
  options?: RequestOptions,
): ApiPromise<void> {
  return client.request(Specs.deleteDriveFile, input, options);
}

/**
 * Delete a folder and its contents
 *
 * Removes the folder for good, together with every file and subfolder inside it; this cannot be undone. Needs `DeleteDrive` and answers 204 with no body.
 *
 * `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}`
 */
export function deleteDriveFolder(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/folders/{folder_id}"]["delete"]["parameters"],
  options?: RequestOptions,
): ApiPromise<void> {
  return client.request(Specs.deleteDriveFolder, input, options);
}

/**
 * Remove tags from a drive file
 *
 * Detaches the tags listed in the `tag_ids` query parameter from the file; ids the file does not carry are ignored. Needs the `DeleteDrive` permission and answers 204 with no body.
 *
 * `DELETE /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags`
 */
export function deleteDriveTags(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}/tags"]["delete"]["parameters"],
  options?: RequestOptions,
): ApiPromise<void> {
  return client.request(Specs.deleteDriveTags, input, options);
}

/**
 * Delete JWT readers by email
 *
 * Removes the JWT-authenticated readers with the given addresses and anonymizes their analytics data, so it no longer points to those people. Send each address as its own `email_ids` value; an empty or missing list changes nothing and still answers 204. Needs the `UpdateRolesAccountsAndGroups` permission.
 *
 * `DELETE /v3/projects/{project_id}/readers/jwt`
 */
export function deleteJwtReadersByEmail(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/readers/jwt"]["delete"]["parameters"],
  options?: RequestOptions,
): ApiPromise<void> {
  return client.request(Specs.deleteJwtReadersByEmail, input, options);
}

/**
 * Delete a reader
 *
 * Removes the reader from the project permanently; to let them back in you have to invite them again. Needs the `UpdateRolesAccountsAndGroups` permission and answers 204 with an empty body. To remove JWT readers by email address instead, use `deleteReaderJwtReaders`.
 *
 * `DELETE /v3/projects/{project_id}/readers/{reader_id}`
 */
export function deleteReader(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/readers/{reader_id}"]["delete"]["parameters"],
  options?: RequestOptions,
): ApiPromise<void> {
  return client.request(Specs.deleteReader, input, options);
}

/**
 * Delete a reader group
 *
 * Deletes the reader group permanently. Its readers stay in the project and simply lose this membership. Needs the `UpdateRolesAccountsAndGroups` permission; answers 204, or 404 when there is no such group.
 *
 * `DELETE /v3/projects/{project_id}/readers/groups/{group_id}`
 */
export function deleteReaderGroup(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/readers/groups/{group_id}"]["delete"]["parameters"],
  options?: RequestOptions,
): ApiPromise<void> {
  return client.request(Specs.deleteReaderGroup, input, options);
}

/**
 * Remove a team user from the project
 *
 * Deletes the team account user for good: their access ends at once and there is no undo. To bring the person back, invite them again with `createUserUser`. Needs the `UpdateRolesAccountsAndGroups` permission and answers 204 with an empty body.
 *
 * `DELETE /v3/projects/{project_id}/users/{user_id}`
 */
export function deleteUser(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/users/{user_id}"]["delete"]["parameters"],
  options?: RequestOptions,
): ApiPromise<void> {
  return client.request(Specs.deleteUser, input, options);
}

/**
 * Replace a user's content permissions
 *
 * Sets the user's content roles and the scope each one covers, such as particular workspaces, categories or languages. The list you send replaces every assignment the user had. Content role ids come from `getUserRoles`; needs the `UpdateRolesAccountsAndGroups` permission.
 *
 * `PUT /v3/projects/{project_id}/users/{user_id}/content-role`
 */
export function editUserContentRole(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/users/{user_id}/content-role"]["put"]["parameters"] & {
    /** The complete new set of content permissions. */
    body: Models.EditContentRoleRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ApiResponse> {
  return client.request(Specs.editUserContentRole, input, options);
}

/**
 * Replace a user's group memberships
 *
 * Makes the user a member of exactly the groups listed and drops any others; an empty array takes them out of every group. Group ids come from `getUserUserGroups`. Needs the `UpdateRolesAccountsAndGroups` permission.
 *
 * `PUT /v3/projects/{project_id}/users/{user_id}/groups`
 */
export function editUserGroups(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/users/{user_id}/groups"]["put"]["parameters"] & {
    /** The complete list of groups the user should be in. */
    body: Models.EditUserGroupsRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ApiResponse> {
  return client.request(Specs.editUserGroups, input, options);
}

/**
 * Change a user's portal role
 *
 * Swaps the user's current portal role for the one you pass; the change applies right away. Choose a role whose `role_type` is `Portal` from `getUserRoles`. Needs the `UpdateRolesAccountsAndGroups` permission; the reply is an envelope without data.
 *
 * `PUT /v3/projects/{project_id}/users/{user_id}/portal-role`
 */
export function editUserPortalRole(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/users/{user_id}/portal-role"]["put"]["parameters"] & {
    /** The portal role to assign. */
    body: Models.EditPortalRoleRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ApiResponse> {
  return client.request(Specs.editUserPortalRole, input, options);
}

/**
 * Start a draft from the published version
 *
 * Copies the published content into a new draft version, so edits can be made while readers keep seeing the live one. Fails with 409 when the article already has a draft. `updateArticleArticle` with `auto_fork: true` does the same on demand.
 *
 * `POST /v3/projects/{project_id}/articles/{article_id}/fork`
 */
export function forkArticleVersion(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/{article_id}/fork"]["post"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ArticleDetailResponseApiResponse> {
  return client.request(Specs.forkArticleVersion, input, options);
}

/**
 * Fork a published category into a draft
 *
 * Copies the category's latest published version into a new draft and returns that draft's content. Answers 409 when a draft already exists. Edit the draft afterwards with `updateCategoryCategoryContent`.
 *
 * `POST /v3/projects/{project_id}/categories/{category_id}/fork`
 */
export function forkCategoryVersion(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/{category_id}/fork"]["post"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.CategoryContentResponseApiResponse> {
  return client.request(Specs.forkCategoryVersion, input, options);
}

/**
 * Read AI search totals for a period
 *
 * Totals for AI search over the period: questions asked, how many got an answer and how many did not, conversations, and readers' likes and dislikes on answers. `data_available_from` tells from when data exists. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/ai-search/summary`
 */
export function getAISearchAnalyticSummary(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/ai-search/summary"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.AISearchSummaryResponseApiResponse> {
  return client.request(Specs.getAISearchAnalyticSummary, input, options);
}

/**
 * Read the messages of one import attempt
 *
 * Returns every error and warning recorded for one import attempt. Errors mark parts of the specification that could not be imported; warnings mark problems that were skipped or resolved automatically. Each message points at the spot in the source specification it concerns.
 *
 * `GET /v3/projects/{project_id}/api-references/{api_reference_id}/logs/{log_id}`
 */
export function getApiReferenceLogDetail(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/api-references/{api_reference_id}/logs/{log_id}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ApiReferenceLogDetailResponseApiResponse> {
  return client.request(Specs.getApiReferenceLogDetail, input, options);
}

/**
 * Read an article
 *
 * Fetches the newest version of an article, whether draft or published; set `published` to get the newest published one instead, or use `getArticleArticleVersion` for an older version. The result carries both the stored `content` and its rendered `html_content`. In private or mixed-visibility projects, media links in the content come with SAS tokens attached.
 *
 * `GET /v3/projects/{project_id}/articles/{article_id}`
 */
export function getArticle(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/{article_id}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ArticleDetailResponseApiResponse> {
  return client.request(Specs.getArticle, input, options);
}

/**
 * Read article engagement totals
 *
 * Adds up article views, reads, likes and dislikes over the period, and also reports the longest single reading session and how many articles were viewed at least once. Can be narrowed to one workspace and language. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/articles/summary`
 */
export function getArticleAnalyticSummary(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/articles/summary"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ArticleAnalyticsSummaryResponseApiResponse> {
  return client.request(Specs.getArticleAnalyticSummary, input, options);
}

/**
 * Read one article's lifetime analytics
 *
 * Returns an article's engagement since it was created (views, reads, likes, dislikes, reading time, feedback count) together with the number of links to it from other articles of the project. There is no date filter here; `metrics` is null when no analytics exist for the article. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/articles/{article_id}`
 */
export function getArticleAnalytics(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/articles/{article_id}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.IndividualArticleAnalyticsResponseApiResponse> {
  return client.request(Specs.getArticleAnalytics, input, options);
}

/**
 * Read an article's settings
 *
 * Returns the SEO fields, visibility and search flags, tags, status badge and related articles of an article. Settings differ per language: pass `lang_code` for anything but the default language. Change them with `updateArticleArticleSettings` without touching the content.
 *
 * `GET /v3/projects/{project_id}/articles/{article_id}/settings`
 */
export function getArticleSettings(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/{article_id}/settings"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ArticleSettingsResponseApiResponse> {
  return client.request(Specs.getArticleSettings, input, options);
}

/**
 * Read one version of an article
 *
 * Fetches the content of an article as it stood in one numbered version; `getArticleArticleVersions` tells you which numbers exist. An unknown article or version number gives 404. In private or mixed-visibility projects, media links carry SAS tokens.
 *
 * `GET /v3/projects/{project_id}/articles/{article_id}/versions/{version_number}`
 */
export function getArticleVersion(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/{article_id}/versions/{version_number}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ArticleDetailResponseApiResponse> {
  return client.request(Specs.getArticleVersion, input, options);
}

/**
 * Read a category with its articles and subcategories
 *
 * Returns the category's metadata together with the articles and child categories nested under it; the body is not included (see `getCategoryCategoryContent`). Needs the `ViewCategories` permission and access to this category; a category you cannot see answers 404 just like a missing one.
 *
 * `GET /v3/projects/{project_id}/categories/{category_id}`
 */
export function getCategory(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/{category_id}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.CategoryResponseApiResponse> {
  return client.request(Specs.getCategory, input, options);
}

/**
 * Read a category's content
 *
 * Returns the category's body in one language. Without `published` you get the newest version even if it is a draft; with `published=true`, the most recent published one. `content_mode=display` expands snippets, variables and glossary terms, and media URLs carry SAS tokens in private or mixed-visibility projects.
 *
 * `GET /v3/projects/{project_id}/categories/{category_id}/content`
 */
export function getCategoryContent(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/{category_id}/content"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.CategoryContentResponseApiResponse> {
  return client.request(Specs.getCategoryContent, input, options);
}

/**
 * Read a category's settings
 *
 * Returns the category's SEO fields (slug, SEO title, meta description), tags, search exclusions, status badge and acknowledgement setting for one language. Needs the `ViewCategories` permission; change them with `updateCategoryCategorySettings`.
 *
 * `GET /v3/projects/{project_id}/categories/{category_id}/settings`
 */
export function getCategorySettings(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/{category_id}/settings"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.CategorySettingsResponseApiResponse> {
  return client.request(Specs.getCategorySettings, input, options);
}

/**
 * Read one version of a category
 *
 * Returns the body of the given version number in one language, with the same `content_mode` choices as `getCategoryCategoryContent`; in private or mixed-visibility projects, media URLs carry SAS tokens. Answers 404 when the category exists but that version does not; `getCategoryCategoryVersions` shows which numbers exist.
 *
 * `GET /v3/projects/{project_id}/categories/{category_id}/versions/{version_number}`
 */
export function getCategoryVersion(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/{category_id}/versions/{version_number}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.CategoryContentResponseApiResponse> {
  return client.request(Specs.getCategoryVersion, input, options);
}

/**
 * Read the calling user's own profile
 *
 * Returns the profile of whoever the access token belongs to, with portal role, content roles and groups, so you can confirm identity and permissions without knowing a user id first. Answers 404 if that person is not a member of the project.
 *
 * `GET /v3/projects/{project_id}/users/me`
 */
export function getCurrentUser(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/users/me"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.UserDetailResponseApiResponse> {
  return client.request(Specs.getCurrentUser, input, options);
}

/**
 * Find the default upload folder
 *
 * Returns the folder configured as the project's default, or the first top-level folder when no default is configured; answers 404 if the drive has no folders. Useful for choosing a `folder_id` for `uploadDriveFile`. Needs `ViewDrive`.
 *
 * `GET /v3/projects/{project_id}/drive/folders/default`
 */
export function getDriveDefaultFolder(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/folders/default"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.FolderResponseApiResponse> {
  return client.request(Specs.getDriveDefaultFolder, input, options);
}

/**
 * Read a drive file's metadata
 *
 * Returns one file's metadata: name, type, link, size, image dimensions, tags, thumbnail and alt text. `folder_id` must be the folder the file is in now, or the call answers 404. In private or mixed projects the links carry a time-limited SAS token. Needs `ViewDrive`.
 *
 * `GET /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`
 */
export function getDriveFile(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.FileResponseApiResponse> {
  return client.request(Specs.getDriveFile, input, options);
}

/**
 * Read a folder with a page of its files
 *
 * Returns the folder's metadata, its complete subfolder tree and one page of its files. `page` and `page_size` page through the files only; their paging state is in `files_pagination`. File links carry a short-lived SAS token when the project is private or mixed. Needs `ViewDrive`.
 *
 * `GET /v3/projects/{project_id}/drive/folders/{folder_id}`
 */
export function getDriveFolder(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/folders/{folder_id}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.FolderDetailResponseApiResponse> {
  return client.request(Specs.getDriveFolder, input, options);
}

/**
 * Read a drive task's status
 *
 * Reports how far a background drive task (a bulk upload, for example) has got, by its id. Poll it until `status` says the task is finished. Needs `ViewDrive`.
 *
 * `GET /v3/projects/{project_id}/drive/tasks/{task_id}`
 */
export function getDriveTaskStatus(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/tasks/{task_id}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.TaskStatusResponseApiResponse> {
  return client.request(Specs.getDriveTaskStatus, input, options);
}

/**
 * Read reader feedback totals
 *
 * Returns the likes, dislikes and overall feedback count for the period, how many articles got any feedback, and, when readers left additional feedback, how it splits across the reasons they picked. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/feedback/summary`
 */
export function getFeedbackAnalyticSummary(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/feedback/summary"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.FeedbackMetricsSummaryResponseApiResponse> {
  return client.request(Specs.getFeedbackAnalyticSummary, input, options);
}

/**
 * Read the project's seat usage
 *
 * Reports how many team-account seats the project uses and how many its plan allows, so you can check for a free seat before calling `createUserUser`. When the server cannot read the project's plan, both counts come back as `0`.
 *
 * `GET /v3/projects/{project_id}/license`
 */
export function getLicenseUsage(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/license"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.LicenseUsageResponseApiResponse> {
  return client.request(Specs.getLicenseUsage, input, options);
}

/**
 * Read one project
 *
 * Returns a project's name, description, subdomain and status. Answers 404 if there is no such project or the caller lacks access to it. Needs `ViewProjectSettings`.
 *
 * `GET /v3/projects/{project_id}`
 */
export function getProject(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ProjectResponseApiResponse> {
  return client.request(Specs.getProject, input, options);
}

/**
 * Resolve a URL path to its article or category
 *
 * Finds the article or category at a relative URL path of the project, such as `/getting-started/webhooks`. By default the published version comes back prepared for display (rendered HTML); set `is_for_display` to `false` for raw content or `is_published` to `false` for the latest draft. The API does not declare the shape of `data`.
 *
 * `GET /v3/projects/{project_id}/document`
 */
export function getProjectDocumentByUrl(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/document"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ObjectApiResponse> {
  return client.request(Specs.getProjectDocumentByUrl, input, options);
}

/**
 * Check the progress of a project export
 *
 * Reports where an export started with `createProjectExport` stands. Once it has finished successfully, `download_url` is set; in private or mixed projects that link carries a SAS token that stops working 30 minutes after it is issued. Needs `ViewProjectSettings`.
 *
 * `GET /v3/projects/{project_id}/exports/{export_id}`
 */
export function getProjectExportStatus(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/exports/{export_id}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ExportStatusResponseApiResponse> {
  return client.request(Specs.getProjectExportStatus, input, options);
}

/**
 * Check the progress of a project import
 *
 * Reports where an import started with `createProjectImport` stands. Answers 404 when the id is unknown or belongs to another project. Needs `ViewProjectSettings`.
 *
 * `GET /v3/projects/{project_id}/imports/{import_id}`
 */
export function getProjectImportStatus(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/imports/{import_id}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ImportStatusResponseApiResponse> {
  return client.request(Specs.getProjectImportStatus, input, options);
}

/**
 * Read a reader group
 *
 * Returns one reader group with its access scope and members: reader ids in `associated_readers`, and ids of SSO invitations not yet accepted in `associated_invited_sso_users`. Answers 404 for an unknown group id.
 *
 * `GET /v3/projects/{project_id}/readers/groups/{group_id}`
 */
export function getReaderGroup(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/readers/groups/{group_id}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ReaderGroupResponseApiResponse> {
  return client.request(Specs.getReaderGroup, input, options);
}

/**
 * Read site search totals for a period
 *
 * Totals for the knowledge base search over the period: all searches, those that found something, those that found nothing, and those the reader left without opening a result, plus success and failure rates in percent. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/search/summary`
 */
export function getSearchAnalyticSummary(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/search/summary"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.SearchAnalyticsSummaryResponseApiResponse> {
  return client.request(Specs.getSearchAnalyticSummary, input, options);
}

/**
 * Read a team user's full profile
 *
 * Looks up one team account user by id and returns the complete record: portal role, content roles with the level each is scoped to, and group memberships, wrapped in the standard envelope. Answers 404 when no user of this project has that id; for the caller's own record use `getUserCurrentUser`.
 *
 * `GET /v3/projects/{project_id}/users/{user_id}`
 */
export function getUser(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/users/{user_id}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.UserDetailResponseApiResponse> {
  return client.request(Specs.getUser, input, options);
}

/**
 * Read one workspace
 *
 * Returns a single workspace, including its default language and whether right-to-left layout is on. Responds with 404 when the id does not belong to a workspace of this project; ids come from `getWorkspaceWorkspaces`.
 *
 * `GET /v3/projects/{project_id}/workspaces/{workspace_id}`
 */
export function getWorkspace(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/workspaces/{workspace_id}"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.WorkspaceDetailResponseApiResponse> {
  return client.request(Specs.getWorkspace, input, options);
}

/**
 * Import an OpenAPI or Swagger specification
 *
 * Starts importing an API specification, given by `url` or inline `content` (one of the two), into a workspace; a workspace that is missing or has no API documentation enabled gives 422. Needs the `UpdateArticles` permission. The work continues in the background: the call answers 202 with an id and a starting status, and `getApiReferenceApiReferenceLogs` shows how each attempt went.
 *
 * `POST /v3/projects/{project_id}/api-references`
 */
export function importApiReference(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/api-references"]["post"]["parameters"] & {
    /** Where the specification comes from and which workspace receives it. */
    body: Models.ImportApiReferenceRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ImportApiReferenceResponseApiResponse> {
  return client.request(Specs.importApiReference, input, options);
}

/**
 * List the articles AI answers cite most
 *
 * Articles ranked by how many AI-generated answers used them as a source during the period. The whole list comes back in one reply, without paging. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/ai-search/most-referenced-articles`
 */
export function listAISearchAnalyticMostReferencedArticles(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/ai-search/most-referenced-articles"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.MostReferencedArticleResponseListApiResponse> {
  return client.request(Specs.listAISearchAnalyticMostReferencedArticles, input, options);
}

/**
 * Read AI search activity per day
 *
 * One data point per day of the period, each with questions asked, answered and unanswered counts, conversations, likes and dislikes; handy for trend charts. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/ai-search/timeline`
 */
export function listAISearchAnalyticTimeline(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/ai-search/timeline"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.AISearchTimelineResponseListApiResponse> {
  return client.request(Specs.listAISearchAnalyticTimeline, input, options);
}

/**
 * List trending AI search topics
 *
 * Groups of related questions readers put to AI search in the period, ranked by number of questions. A topic whose `is_no_search_cluster` is true gathers questions that got no answer, a hint at missing content. Returned in full, without paging; needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/ai-search/trending-topics`
 */
export function listAISearchAnalyticTrendingTopics(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/ai-search/trending-topics"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.TrendingTopicResponseListApiResponse> {
  return client.request(Specs.listAISearchAnalyticTrendingTopics, input, options);
}

/**
 * List import attempts of an API reference
 *
 * Returns one entry per import or re-import of the API reference, most recent first, each with its outcome and how many errors and warnings it produced. Paged with `page` and `page_size`; the envelope carries a plain list. Fetch the individual messages with `getApiReferenceApiReferenceLogDetail`.
 *
 * `GET /v3/projects/{project_id}/api-references/{api_reference_id}/logs`
 */
export function listApiReferenceLogs(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/api-references/{api_reference_id}/logs"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ApiReferenceLogResponseListApiResponse> {
  return client.request(Specs.listApiReferenceLogs, input, options);
}

/**
 * List article visits by country
 *
 * Returns every country that article visits came from during the period, with its visit count, busiest first. Countries are two-letter ISO 3166-1 codes; the list is not paged. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/articles/countries`
 */
export function listArticleAnalyticCountryVisits(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/articles/countries"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.CountryVisitsResponseListApiResponse> {
  return client.request(Specs.listArticleAnalyticCountryVisits, input, options);
}

/**
 * List the five most-read articles
 *
 * Returns up to five articles ordered by the total time readers spent in them during the period, which can differ from the most viewed ones. There is no paging. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/articles/most-read`
 */
export function listArticleAnalyticMostRead(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/articles/most-read"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.MostReadArticleResponseListApiResponse> {
  return client.request(Specs.listArticleAnalyticMostRead, input, options);
}

/**
 * Read daily article engagement
 *
 * Returns one entry per day of the period holding that day's view, read, like and dislike counts, ready for a time-series chart. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/articles/performance`
 */
export function listArticleAnalyticPerformance(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/articles/performance"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ArticlePerformanceResponseListApiResponse> {
  return client.request(Specs.listArticleAnalyticPerformance, input, options);
}

/**
 * List articles ranked by engagement
 *
 * Ranks the articles by their engagement in the period and returns them page by page. Pick the metric with `sort_by` and the direction with `sort_order`; an unknown sort column is rejected with 422. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/articles/top`
 */
export function listArticleAnalyticTopArticles(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/articles/top"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.TopArticleResponsePaginatedResponse> {
  return client.request(Specs.listArticleAnalyticTopArticles, input, options);
}

/**
 * List categories ranked by engagement
 *
 * Ranks categories by the combined engagement of the articles inside them over the period, one page at a time; choose the metric with `sort_by` and the direction with `sort_order`. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/articles/top-categories`
 */
export function listArticleAnalyticTopCategories(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/articles/top-categories"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.TopCategoryResponsePaginatedResponse> {
  return client.request(Specs.listArticleAnalyticTopCategories, input, options);
}

/**
 * List an article's versions
 *
 * Pages through every version of the article, drafts and published alike, each with its status, creation time and author. Version numbers start at 1 and go up by one.
 *
 * `GET /v3/projects/{project_id}/articles/{article_id}/versions`
 */
export function listArticleVersions(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/{article_id}/versions"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ArticleVersionResponsePaginatedResponse> {
  return client.request(Specs.listArticleVersions, input, options);
}

/**
 * List a category's versions
 *
 * Returns the category's versions in one language, each with its number, state, the version it was based on, and who created and last changed it. Results come in pages: use `page` and `page_size`, or pass the `pagination.next_cursor` of the previous page as `cursor`. Read a version's body with `getCategoryCategoryVersion`.
 *
 * `GET /v3/projects/{project_id}/categories/{category_id}/versions`
 */
export function listCategoryVersions(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/{category_id}/versions"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.CategoryVersionResponsePaginatedResponse> {
  return client.request(Specs.listCategoryVersions, input, options);
}

/**
 * List media URLs used by an article
 *
 * Returns the URLs of the drive files embedded in an article's content, for instance to audit media use or spot files nothing links to. Without `lang_code` the project's default language is read. In private or mixed projects the URLs carry a time-limited SAS token. Needs `ViewDrive`.
 *
 * `GET /v3/projects/{project_id}/drive/articles/{workspace_id}/{article_id}/files`
 */
export function listDriveArticleFiles(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/articles/{workspace_id}/{article_id}/files"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.StringListApiResponse> {
  return client.request(Specs.listDriveArticleFiles, input, options);
}

/**
 * List the drive's folders
 *
 * Returns the drive's folders as a tree in which every folder lists its children under `sub_folders`. Paged with `page`/`page_size` or `cursor`. To see the files of one folder, call `getDriveFolder`. Needs `ViewDrive`.
 *
 * `GET /v3/projects/{project_id}/drive/folders`
 */
export function listDriveFolders(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/folders"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.FolderResponsePaginatedResponse> {
  return client.request(Specs.listDriveFolders, input, options);
}

/**
 * List articles with their feedback
 *
 * Pages through articles, and optionally page categories, with their likes, dislikes, feedback count and views for the period. Narrow the kind of item with `article_type` and rank with `sort_by` and `sort_order`; invalid values are rejected with 422. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/feedback/articles`
 */
export function listFeedbackAnalyticArticles(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/feedback/articles"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ArticleFeedbackResponsePaginatedResponse> {
  return client.request(Specs.listFeedbackAnalyticArticles, input, options);
}

/**
 * Read daily feedback counts
 *
 * Returns one entry per day of the period with likes, dislikes, the day's total feedback and the number of articles that got feedback, for drawing a trend chart. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/feedback/timeline`
 */
export function listFeedbackAnalyticTimeline(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/feedback/timeline"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.FeedbackTimelineResponseListApiResponse> {
  return client.request(Specs.listFeedbackAnalyticTimeline, input, options);
}

/**
 * List a workspace's languages
 *
 * Pages through the languages set up for one workspace; leave out `workspace_id` to get those of the project's default workspace. A workspace with no languages configured yields an empty `data` array. Page with `page`/`page_size` or follow `pagination.next_cursor` via `cursor`.
 *
 * `GET /v3/projects/{project_id}/languages`
 */
export function listLanguages(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/languages"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.LanguageResponsePaginatedResponse> {
  return client.request(Specs.listLanguages, input, options);
}

/**
 * List the project's SSO schemes
 *
 * Pages through the single sign-on schemes configured for the project, giving the name and display name of each. A project without SSO yields an empty list rather than an error. Needs `ViewProjectSettings`.
 *
 * `GET /v3/projects/{project_id}/sso-schemes`
 */
export function listProjectSsoSchemes(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/sso-schemes"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.SsoSchemeResponsePaginatedResponse> {
  return client.request(Specs.listProjectSsoSchemes, input, options);
}

/**
 * List the project's workflow statuses
 *
 * Pages through the workflow statuses defined for the project, each with its name, description and read-only flag. A project without a workflow yields an empty list rather than an error. Needs `ViewProjectSettings`.
 *
 * `GET /v3/projects/{project_id}/workflow-statuses`
 */
export function listProjectWorkflowStatuses(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/workflow-statuses"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.WorkflowStatusResponsePaginatedResponse> {
  return client.request(Specs.listProjectWorkflowStatuses, input, options);
}

/**
 * List the projects visible to the caller
 *
 * Pages through every project the caller may access; a token carrying a `doc360_project_id` claim narrows the list to that one project. Use it to find the `project_id` the other routes expect. Needs the `ViewProjectSettings` permission.
 *
 * `GET /v3/projects`
 */
export function listProjects(
  client: ApiClient<paths>,
  input: paths["/v3/projects"]["get"]["parameters"] = {},
  options?: RequestOptions,
): ApiPromise<Models.ProjectResponsePaginatedResponse> {
  return client.request(Specs.listProjects, input, options);
}

/**
 * List reader groups
 *
 * Returns the project's reader groups with id, title and description only; members and access scope are not filled in here, so fetch one group with `getReaderReaderGroup` to see them. At present the service sends every group in one response, although the usual paging parameters are accepted.
 *
 * `GET /v3/projects/{project_id}/readers/groups`
 */
export function listReaderGroups(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/readers/groups"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ReaderGroupResponsePaginatedResponse> {
  return client.request(Specs.listReaderGroups, input, options);
}

/**
 * List the project's readers
 *
 * Pages through the readers of the project (people who sign in to read a private knowledge base), optionally narrowed by `search_email`. Page by number with `page` and `page_size`, or pass `pagination.next_cursor` back as `cursor`. The service loads all readers before cutting out a page, so projects with very many readers may answer slowly.
 *
 * `GET /v3/projects/{project_id}/readers`
 */
export function listReaders(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/readers"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ReaderResponsePaginatedResponse> {
  return client.request(Specs.listReaders, input, options);
}

/**
 * List the most searched keywords
 *
 * Keywords readers typed into search during the period, with how often each was searched and how often a result was then viewed, read or abandoned. Paged with `page` and `page_size`; sort with `sort_by` and `sort_order`. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/search/keywords`
 */
export function listSearchAnalyticKeywords(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/search/keywords"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.SearchKeywordResponsePaginatedResponse> {
  return client.request(Specs.listSearchAnalyticKeywords, input, options);
}

/**
 * List keywords that found nothing
 *
 * Keywords whose searches returned no result during the period: topics readers look for that the knowledge base does not cover yet. Same paging, sorting and filtering as `getSearchAnalyticKeywords`. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/search/no-results`
 */
export function listSearchAnalyticKeywordsWithoutResults(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/search/no-results"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.SearchKeywordResponsePaginatedResponse> {
  return client.request(Specs.listSearchAnalyticKeywordsWithoutResults, input, options);
}

/**
 * Read site search activity per day
 *
 * One data point per day of the period, counting all searches and the successful, no-result and bounced ones; suited to time-series charts. Needs the `ViewAnalytics` permission.
 *
 * `GET /v3/projects/{project_id}/analytics/search/timeline`
 */
export function listSearchAnalyticTimeline(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/analytics/search/timeline"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.SearchTimelineDataPointListApiResponse> {
  return client.request(Specs.listSearchAnalyticTimeline, input, options);
}

/**
 * List articles by translation status
 *
 * Finds the articles of a workspace whose translation into `lang_code` is in the given `status`, for example every article still waiting for a translator. All matches come back in one array (no paging); nothing matching gives an empty array. Needs the `ViewArticles` permission.
 *
 * `GET /v3/projects/{project_id}/translations`
 */
export function listTranslationArticles(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/translations"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.TranslationArticleResponseListApiResponse> {
  return client.request(Specs.listTranslationArticles, input, options);
}

/**
 * List team user groups
 *
 * Returns the team user groups of the project, each with id, title and description. Use the ids with `editUserUserGroups`, or in `associated_groups` when inviting a user. At present the service sends every group in one response, although the usual paging parameters are accepted.
 *
 * `GET /v3/projects/{project_id}/users/groups`
 */
export function listUserGroups(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/users/groups"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.UserGroupResponsePaginatedResponse> {
  return client.request(Specs.listUserGroups, input, options);
}

/**
 * List portal and content roles
 *
 * Returns the roles defined in the project, both built-in and custom, for portal and content use alike; `role_type` tells the two kinds apart and `is_system_role` marks the built-in ones. Pass these ids as `associated_portal_role_id` or `associated_content_role_id` when inviting a user or changing their roles.
 *
 * `GET /v3/projects/{project_id}/users/roles`
 */
export function listUserRoles(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/users/roles"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.RoleResponsePaginatedResponse> {
  return client.request(Specs.listUserRoles, input, options);
}

/**
 * List the project's team users
 *
 * Pages through the team account users of the project (staff who work on the knowledge base, not readers). Narrow the list with `search`, which matches names and email addresses. Page by number with `page` and `page_size`, or pass `pagination.next_cursor` back as `cursor`.
 *
 * `GET /v3/projects/{project_id}/users`
 */
export function listUsers(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/users"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.UserResponsePaginatedResponse> {
  return client.request(Specs.listUsers, input, options);
}

/**
 * List a workspace's API references
 *
 * Returns the API reference definitions (imported OpenAPI or Swagger documents) that live in the workspace, each with its name and upload type. The vendor notes that all of them currently come back in one response. For the import history of one definition, call `getApiReferenceApiReferenceLogs`.
 *
 * `GET /v3/projects/{project_id}/workspaces/{workspace_id}/api-references`
 */
export function listWorkspaceApiReferences(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/workspaces/{workspace_id}/api-references"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ApiReferenceSummaryResponsePaginatedResponse> {
  return client.request(Specs.listWorkspaceApiReferences, input, options);
}

/**
 * List the articles in a workspace
 *
 * Returns short article records (id, title, category, order, hidden flag) for one workspace, paged with `page_size` up to 100; without `lang_code` the project's default language applies. The server pages in memory, so very large workspaces can answer slowly. Fetch an article's content with `getArticleArticle`.
 *
 * `GET /v3/projects/{project_id}/workspaces/{workspace_id}/articles`
 */
export function listWorkspaceArticles(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/workspaces/{workspace_id}/articles"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ArticleSummaryResponsePaginatedResponse> {
  return client.request(Specs.listWorkspaceArticles, input, options);
}

/**
 * Read a workspace's category tree
 *
 * Returns the workspace's categories as a tree: top-level entries carry their subcategories in `child_categories`. Articles are not part of the result (see `getWorkspaceArticles`), and without `lang_code` the project's default language is used. According to the vendor the whole tree currently arrives in one response.
 *
 * `GET /v3/projects/{project_id}/workspaces/{workspace_id}/categories`
 */
export function listWorkspaceCategories(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/workspaces/{workspace_id}/categories"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.CategorySummaryResponsePaginatedResponse> {
  return client.request(Specs.listWorkspaceCategories, input, options);
}

/**
 * List a project's workspaces
 *
 * Returns the project's workspaces one page at a time, each with its name, slug, type and default flag. Continue with `page` or with the cursor in `pagination.next_cursor`.
 *
 * `GET /v3/projects/{project_id}/workspaces`
 */
export function listWorkspaces(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/workspaces"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.WorkspaceResponsePaginatedResponse> {
  return client.request(Specs.listWorkspaces, input, options);
}

/**
 * Move a file to another folder
 *
 * Relocates the file into the folder named by `folder_id` in the path, which is the target, not the current folder; no body is sent. The file keeps its id and metadata. Needs `UpdateDrive`; answers 404 when the file or the target folder is unknown.
 *
 * `PUT /v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}`
 */
export function moveDriveFile(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/folders/{folder_id}/files/{file_id}"]["put"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.ApiResponse> {
  return client.request(Specs.moveDriveFile, input, options);
}

/**
 * Publish a draft version
 *
 * Makes the draft named by `version_number` the live version that readers see; it replaces whichever version was published before. The number must belong to an existing draft.
 *
 * `POST /v3/projects/{project_id}/articles/{article_id}/publish`
 */
export function publishArticle(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/{article_id}/publish"]["post"]["parameters"] & {
    /** Which version to publish, in which workspace, with an optional note. */
    body: Models.PublishRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ApiResponse> {
  return client.request(Specs.publishArticle, input, options);
}

/**
 * Publish a category version
 *
 * Makes the chosen version of the category visible to readers in one language. Needs the `PublishArticles` permission (`UpdateCategories` is not enough); with an API (M2M) token, `user_id` is required. `unpublishCategoryCategory` reverses it.
 *
 * `POST /v3/projects/{project_id}/categories/{category_id}/publish`
 */
export function publishCategory(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/{category_id}/publish"]["post"]["parameters"] & {
    /** Which version to publish, in which workspace, with an optional message. */
    body: Models.PublishRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ApiResponse> {
  return client.request(Specs.publishCategory, input, options);
}

/**
 * Search drive files
 *
 * Finds files by name with `search_keyword`, optionally narrowed to certain uploaders, an update date range, certain tags, or images only. Results are paginated; in private or mixed projects the links carry a time-limited SAS token. Needs `ViewDrive`.
 *
 * `GET /v3/projects/{project_id}/drive/search`
 */
export function searchDrive(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/search"]["get"]["parameters"],
  options?: RequestOptions,
): ApiPromise<Models.FileResponsePaginatedResponse> {
  return client.request(Specs.searchDrive, input, options);
}

/**
 * Rate an AI search answer
 *
 * Records whether an answer from `postWorkspaceAiQuery` was helpful, optionally with a comment. `query_id` names the answered query. The feedback is stored asynchronously; the reply is a bare envelope with no data.
 *
 * `POST /v3/projects/{project_id}/workspaces/ai/feedback`
 */
export function sendWorkspaceAiFeedback(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/workspaces/ai/feedback"]["post"]["parameters"] & {
    /** Which answer is rated, the verdict, and an optional comment. */
    body: Models.AiFeedbackRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ApiResponse> {
  return client.request(Specs.sendWorkspaceAiFeedback, input, options);
}

/**
 * Unpublish an article
 *
 * Takes the version named by `version_number` off the site and turns it back into a draft; the content is kept. With a machine-to-machine token, also send `user_id`. Needs the `PublishArticles` permission; `UpdateArticles` is not enough.
 *
 * `POST /v3/projects/{project_id}/articles/{article_id}/unpublish`
 */
export function unpublishArticle(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/{article_id}/unpublish"]["post"]["parameters"] & {
    /** Which version to take down, and in which workspace. */
    body: Models.UnpublishRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ApiResponse> {
  return client.request(Specs.unpublishArticle, input, options);
}

/**
 * Unpublish a category
 *
 * Takes the category off the public knowledge base and returns it to draft, in one language. Needs the `PublishArticles` permission; with an API (M2M) token, `user_id` is required. Publish it again with `publishCategoryCategory`.
 *
 * `POST /v3/projects/{project_id}/categories/{category_id}/unpublish`
 */
export function unpublishCategory(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/{category_id}/unpublish"]["post"]["parameters"] & {
    /** Which version to unpublish and in which workspace. */
    body: Models.UnpublishRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ApiResponse> {
  return client.request(Specs.unpublishCategory, input, options);
}

/**
 * Update an article
 *
 * Changes only the fields you send; anything left out keeps its value. Editing the content of a published version fails with 422 unless `auto_fork` is `true`, in which case a new draft is forked and the change lands there. Returns the updated article.
 *
 * `PATCH /v3/projects/{project_id}/articles/{article_id}`
 */
export function updateArticle(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/{article_id}"]["patch"]["parameters"] & {
    /** The fields to change. */
    body: Models.UpdateArticleRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ArticleDetailResponseApiResponse> {
  return client.request(Specs.updateArticle, input, options);
}

/**
 * Change an article's settings
 *
 * Partially updates the settings for one language: send only what should change, for instance SEO title and description, search exclusions, comments, tags, status badge, related articles or content type. Needs the `UpdateArticles` permission and access to this article.
 *
 * `PATCH /v3/projects/{project_id}/articles/{article_id}/settings`
 */
export function updateArticleSettings(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/{article_id}/settings"]["patch"]["parameters"] & {
    /** The settings to change. */
    body: Models.UpdateArticleSettingsRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ArticleSettingsResponseApiResponse> {
  return client.request(Specs.updateArticleSettings, input, options);
}

/**
 * Move an article to a workflow status
 *
 * Sets the article's review workflow to another status, taken from `getProjectWorkflowStatuses`; which moves are allowed depends on how the project's workflow is configured. You may also name an assignee and a due date for the step.
 *
 * `PATCH /v3/projects/{project_id}/articles/{article_id}/workflow-status`
 */
export function updateArticleWorkflowStatus(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/articles/{article_id}/workflow-status"]["patch"]["parameters"] & {
    /** Target status, language and optional assignment. */
    body: Models.UpdateWorkflowRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ApiResponse> {
  return client.request(Specs.updateArticleWorkflowStatus, input, options);
}

/**
 * Rename, reorder, move or hide a category
 *
 * Changes the category's metadata (name, position, parent, visibility, icon); properties you leave out keep their current values. Body and settings have their own calls, `updateCategoryCategoryContent` and `updateCategoryCategorySettings`. Returns the category's basic fields.
 *
 * `PATCH /v3/projects/{project_id}/categories/{category_id}`
 */
export function updateCategory(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/{category_id}"]["patch"]["parameters"] & {
    /** The metadata to change. */
    body: Models.UpdateCategoryRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.CategorySimpleResponseApiResponse> {
  return client.request(Specs.updateCategory, input, options);
}

/**
 * Update a category's draft content
 *
 * Writes a new title and body into the category's latest draft in one language. If only a published version exists and `auto_fork` is `true`, a draft is forked from it first; with an API (M2M) token, `updated_by` is required. SAS tokens are stripped from media URLs on save, so content read in `raw` mode can be sent back unchanged.
 *
 * `PATCH /v3/projects/{project_id}/categories/{category_id}/content`
 */
export function updateCategoryContent(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/{category_id}/content"]["patch"]["parameters"] & {
    /** The new title and body, plus how to handle forking. */
    body: Models.UpdateCategoryContentRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.CategoryContentResponseApiResponse> {
  return client.request(Specs.updateCategoryContent, input, options);
}

/**
 * Update a category's settings
 *
 * Changes SEO fields, tags, search exclusions, the status badge (optionally with an expiry date) and the acknowledgement setting; properties you leave out keep their values. Reading the current values with `getCategoryCategorySettings` first avoids clearing something by accident. Returns the settings after the change.
 *
 * `PATCH /v3/projects/{project_id}/categories/{category_id}/settings`
 */
export function updateCategorySettings(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/{category_id}/settings"]["patch"]["parameters"] & {
    /** The settings to change; omitted properties stay as they are. */
    body: Models.UpdateCategorySettingsRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.CategorySettingsResponseApiResponse> {
  return client.request(Specs.updateCategorySettings, input, options);
}

/**
 * Move a category to another workflow status
 *
 * Sets the category's workflow status for a workspace and language, optionally with a due date, an assignee and a comment. Needs the `UpdateCategories` permission and a workflow set up for the project. It does not publish or unpublish anything; that is `publishCategoryCategory`.
 *
 * `PATCH /v3/projects/{project_id}/categories/{category_id}/workflow-status`
 */
export function updateCategoryWorkflowStatus(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/categories/{category_id}/workflow-status"]["patch"]["parameters"] & {
    /** The target workflow status and its details. */
    body: Models.UpdateWorkflowRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ApiResponse> {
  return client.request(Specs.updateCategoryWorkflowStatus, input, options);
}

/**
 * Update a folder
 *
 * Renames a folder, recolors it, stars or unstars it, or changes its position among its siblings. Send only the fields to change; the others keep their values. Needs `UpdateDrive`; the reply is an envelope without data.
 *
 * `PUT /v3/projects/{project_id}/drive/folders/{folder_id}`
 */
export function updateDriveFolder(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/folders/{folder_id}"]["put"]["parameters"] & {
    /** The folder fields to change. */
    body: Models.UpdateFolderRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ApiResponse> {
  return client.request(Specs.updateDriveFolder, input, options);
}

/**
 * Update a reader's name, groups and scope
 *
 * Changes a reader's name, group memberships and access scope; the groups and scope you send replace the current ones. With `is_invitation_id` false, fields you leave out keep their stored values, and an unknown id answers 404. For an SSO reader who has not signed in yet, pass the invitation id as `reader_id` and set `is_invitation_id` to true. Needs the `UpdateRolesAccountsAndGroups` permission.
 *
 * `PUT /v3/projects/{project_id}/readers/{reader_id}`
 */
export function updateReader(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/readers/{reader_id}"]["put"]["parameters"] & {
    /** The reader's new name, groups and access scope. */
    body: Models.UpdateReaderRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ReaderResponseApiResponse> {
  return client.request(Specs.updateReader, input, options);
}

/**
 * Update a reader group
 *
 * Overwrites the group's title, description, members and access scope with what you send; leaving out `associated_readers` empties the member list. To keep current values, read the group with `getReaderReaderGroup` first and send them back. Needs the `UpdateRolesAccountsAndGroups` permission.
 *
 * `PUT /v3/projects/{project_id}/readers/groups/{group_id}`
 */
export function updateReaderGroup(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/readers/groups/{group_id}"]["put"]["parameters"] & {
    /** The group's new title, description, members and scope. */
    body: Models.UpdateReaderGroupRequest;
  },
  options?: RequestOptions,
): ApiPromise<Models.ReaderGroupResponseApiResponse> {
  return client.request(Specs.updateReaderGroup, input, options);
}

/**
 * Upload a file into a folder
 *
 * Sends one file as `multipart/form-data`, in the form field `file`, and stores it in the folder. Answers 201 with the new file's metadata (dimensions and thumbnail included) and a `Location` header; in private or mixed projects the links carry a time-limited SAS token. Needs `UpdateDrive`; `getDriveDefaultFolder` can supply a `folder_id`.
 *
 * `POST /v3/projects/{project_id}/drive/folders/{folder_id}/files`
 */
export function uploadDriveFile(
  client: ApiClient<paths>,
  input: paths["/v3/projects/{project_id}/drive/folders/{folder_id}/files"]["post"]["parameters"] & {
    /** A multipart form with one part, `file`, holding the file to upload. */
    body: {
      /**
       * Content of the file to upload (a `Blob` in the client).
       *
       * @format binary
       */
      file: globalThis.Blob;
    };
  },
  options?: RequestOptions,
): ApiPromise<Models.FileResponseApiResponse> {
  return client.request(Specs.uploadDriveFile, input, options);
}
