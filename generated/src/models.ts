// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

/** A single failure item inside an envelope or problem body. */
export interface ApiError {
  /** Stable code meant for programs, such as `VALIDATION_ERROR` or `RESOURCE_NOT_FOUND`. */
  code: string;
  /** Explanation of the error meant for people. */
  message: string;
  /** Extra information about the error, if available. */
  details?: string | null;
  /** Name of the request field at fault, when the error concerns one. */
  field?: string | null;
}

/** A single advisory item that did not stop the call. */
export interface ApiWarning {
  /** Stable code for the warning, meant for programs. */
  code: string;
  /** Explanation of the warning meant for people. */
  message: string;
}

/** Options chosen by the caller when asking for an export. */
export interface ExportRequest {
  /**
   * Kind of file to produce; `pdf`, `html` and `markdown` are typical choices.
   *
   * @example "pdf"
   */
  format: string;
  /** ID of the workspace to package. A project's workspaces, and thus valid values, are listed by `GET /v3/projects/{project_id}/workspaces`. */
  workspace_id: string;
  /**
   * Language of the content to include, as a language code such as `en` or `fr`.
   *
   * @example "en"
   */
  lang_code?: string | null;
}

/** Snapshot of a background export job. */
export interface ExportStatusResponse {
  /**
   * Identifier assigned to the export job.
   *
   * @format uuid
   * @example "9a3b4c5d-6e7f-8a9b-0c1d-2e3f4a5b6c7d"
   */
  id: string | null;
  /**
   * Lifecycle stage of the job; observed values include `Pending`, `InProgress`, `Completed` and `Failed`.
   *
   * @example "Completed"
   */
  status: string | null;
  /**
   * Timestamp at which the job finished; null while it is still running.
   *
   * @format date-time
   */
  completed_at?: string | null;
  /** Link to fetch the produced file; only filled in once `status` is `Completed`. */
  download_url?: string | null;
}

/** Standard success envelope whose `data` is an export job state. */
export interface ExportStatusResponseApiResponse {
  /** The export job state returned by the call. */
  data: ExportStatusResponse;
  /** Server-generated identifier of this request, useful for tracing and support. */
  request_id: string;
  /** True when the server handled the call without failure. */
  success: boolean;
  /** Errors attached to the call, if any. */
  errors?: ApiError[] | null;
  /** Non-blocking notices attached to the call, if any. */
  warnings?: ApiWarning[] | null;
}

/** Paging state of a list reply; covers both page-number and cursor based navigation. */
export interface PaginationInfo {
  /** True when more items follow this page. */
  has_more: boolean;
  /**
   * One-based number of this page; `0` when the list is being walked by cursor.
   *
   * @format int32
   */
  page: number;
  /**
   * Page length applied to this reply.
   *
   * @format int32
   */
  page_size: number;
  /** Token to send as the `cursor` query parameter to get the following page; null on the last page. */
  next_cursor?: string | null;
  /**
   * Number of items over all pages; present only if the request set `include_total_count=true`.
   *
   * @format int64
   */
  total_count?: number | null;
}

/** A Document360 knowledge base project. */
export interface ProjectResponse {
  /**
   * UUID that pins down this project.
   *
   * @format uuid
   * @example "9a3b4c5d-6e7f-8a9b-0c1d-2e3f4a5b6c7d"
   */
  id: string | null;
  /**
   * Human-facing title of the project.
   *
   * @example "Product Documentation"
   */
  name: string | null;
  /**
   * Project state code, where `0` means active and `1` means inactive.
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
   * Timestamp of the most recent change to the project.
   *
   * @format date-time
   */
  modified_at?: string | null;
  /**
   * Host label under which the public site is served; a value of `myproject` maps to `myproject.document360.io`.
   *
   * @example "myproject"
   */
  sub_domain_name?: string | null;
}

/** Paginated success envelope whose `data` is a list of projects. */
export interface ProjectResponsePaginatedResponse {
  /** Projects on this page. */
  data: ProjectResponse[];
  /** Paging state for this reply. */
  pagination: PaginationInfo;
  /** Server-generated identifier of this request, useful for tracing and support. */
  request_id: string;
  /** True when the server handled the call without failure. */
  success: boolean;
  /** Errors attached to the call, if any. */
  errors?: ApiError[] | null;
  /** Non-blocking notices attached to the call, if any. */
  warnings?: ApiWarning[] | null;
}

/** Error body in the RFC 7807 problem-details shape, served with the `application/problem+json` media type by every v3 route. */
export interface V3ProblemDetails {
  /**
   * The HTTP status code of the reply, repeated in the body.
   *
   * @format int32
   */
  status: number;
  /** Brief, human-oriented label for this kind of problem. */
  title: string;
  /** URI naming the kind of problem; it points at the matching documentation page. */
  type: string;
  /** Explanation of what went wrong in this particular case. */
  detail?: string | null;
  /** Extension member listing the individual errors behind the problem. */
  errors?: ApiError[] | null;
  /** URI pointing at the specific call this problem arose from. */
  instance?: string | null;
  /** Identifier for correlating this failure with server-side logs. */
  trace_id?: string | null;
  /** Extension member listing non-blocking notices. */
  warnings?: ApiWarning[] | null;
}
