// Generated from spec/openapi.yaml by `npm run generate`. Do not edit: change the spec, generator/ or templates/, then regenerate.

import { ApiClient, type ClientOptions, asScoped, type Scoped } from "./runtime/index.js";
import type { paths } from "./paths.js";
import {
  AISearchAnalyticsResource,
  ApiReferencesResource,
  ArticleAnalyticsResource,
  ArticlesResource,
  CategoriesResource,
  DriveResource,
  FeedbackAnalyticsResource,
  LanguagesResource,
  LicenseResource,
  ProjectsResource,
  ReadersResource,
  SearchAnalyticsResource,
  TranslationsResource,
  UsersResource,
  WorkspacesResource,
} from "./resources.js";

/** The API's base URL, from the spec's first server. */
export const DEFAULT_BASE_URL = "https://apihub.berlin.document360.net";
/** The OAuth2 authorization-code flow of the `Bearer` security scheme. */
export const OAUTH2_AUTHORIZATION_CODE = {
  authorizationUrl: "https://identity.document360.net/connect/authorize",
  tokenUrl: "https://identity.document360.net/connect/token",
  scopes: ["customerApi", "email", "openid", "profile"],
  pkce: true,
} as const;

/** The resources with `project_id` fixed: calls leave it out. */
export interface ProjectScope {
  aiSearchAnalytics: Scoped<AISearchAnalyticsResource, "project_id">;
  apiReferences: Scoped<ApiReferencesResource, "project_id">;
  articleAnalytics: Scoped<ArticleAnalyticsResource, "project_id">;
  articles: Scoped<ArticlesResource, "project_id">;
  categories: Scoped<CategoriesResource, "project_id">;
  drive: Scoped<DriveResource, "project_id">;
  feedbackAnalytics: Scoped<FeedbackAnalyticsResource, "project_id">;
  languages: Scoped<LanguagesResource, "project_id">;
  license: Scoped<LicenseResource, "project_id">;
  projects: Scoped<ProjectsResource, "project_id">;
  readers: Scoped<ReadersResource, "project_id">;
  searchAnalytics: Scoped<SearchAnalyticsResource, "project_id">;
  translations: Scoped<TranslationsResource, "project_id">;
  users: Scoped<UsersResource, "project_id">;
  workspaces: Scoped<WorkspacesResource, "project_id">;
}

/** A client for the Document360 Customer API: one property per resource. It is also the `ApiClient` the operation functions take, and `client.raw` makes typed openapi-fetch calls. */
export class Client extends ApiClient<paths> {
  readonly aiSearchAnalytics: AISearchAnalyticsResource;
  readonly apiReferences: ApiReferencesResource;
  readonly articleAnalytics: ArticleAnalyticsResource;
  readonly articles: ArticlesResource;
  readonly categories: CategoriesResource;
  readonly drive: DriveResource;
  readonly feedbackAnalytics: FeedbackAnalyticsResource;
  readonly languages: LanguagesResource;
  readonly license: LicenseResource;
  readonly projects: ProjectsResource;
  readonly readers: ReadersResource;
  readonly searchAnalytics: SearchAnalyticsResource;
  readonly translations: TranslationsResource;
  readonly users: UsersResource;
  readonly workspaces: WorkspacesResource;

  constructor(options: ClientOptions = {}) {
    super({ baseUrl: DEFAULT_BASE_URL, ...options });
    this.aiSearchAnalytics = new AISearchAnalyticsResource(this);
    this.apiReferences = new ApiReferencesResource(this);
    this.articleAnalytics = new ArticleAnalyticsResource(this);
    this.articles = new ArticlesResource(this);
    this.categories = new CategoriesResource(this);
    this.drive = new DriveResource(this);
    this.feedbackAnalytics = new FeedbackAnalyticsResource(this);
    this.languages = new LanguagesResource(this);
    this.license = new LicenseResource(this);
    this.projects = new ProjectsResource(this);
    this.readers = new ReadersResource(this);
    this.searchAnalytics = new SearchAnalyticsResource(this);
    this.translations = new TranslationsResource(this);
    this.users = new UsersResource(this);
    this.workspaces = new WorkspacesResource(this);
  }

  /** The resources with `project_id` fixed to `projectId`, sharing this client's connection, token and rate-limit state. */
  project(projectId: string): ProjectScope {
    const scope = { project_id: projectId };
    const scoped = asScoped<"project_id">();
    return {
      aiSearchAnalytics: scoped(new AISearchAnalyticsResource(this, scope)),
      apiReferences: scoped(new ApiReferencesResource(this, scope)),
      articleAnalytics: scoped(new ArticleAnalyticsResource(this, scope)),
      articles: scoped(new ArticlesResource(this, scope)),
      categories: scoped(new CategoriesResource(this, scope)),
      drive: scoped(new DriveResource(this, scope)),
      feedbackAnalytics: scoped(new FeedbackAnalyticsResource(this, scope)),
      languages: scoped(new LanguagesResource(this, scope)),
      license: scoped(new LicenseResource(this, scope)),
      projects: scoped(new ProjectsResource(this, scope)),
      readers: scoped(new ReadersResource(this, scope)),
      searchAnalytics: scoped(new SearchAnalyticsResource(this, scope)),
      translations: scoped(new TranslationsResource(this, scope)),
      users: scoped(new UsersResource(this, scope)),
      workspaces: scoped(new WorkspacesResource(this, scope)),
    };
  }
}

/** Creates a client. Options not given fall back to the spec's defaults (its first server as `baseUrl`). */
export function createClient(options: ClientOptions = {}): Client {
  return new Client(options);
}
