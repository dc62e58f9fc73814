/** A two-operation API description in the shape openapi-typescript emits, for typed `raw` calls. */
export interface paths {
  "/v3/projects/{project_id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["getProject"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/articles": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: operations["createArticle"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

export interface Project {
  id: string;
  name: string;
}

export interface Problem {
  title?: string;
  detail?: string;
  trace_id?: string;
}

export interface operations {
  getProject: {
    parameters: { query?: { include?: string }; header?: never; path: { project_id: string }; cookie?: never };
    requestBody?: never;
    responses: {
      200: { headers: { [name: string]: unknown }; content: { "application/json": Project } };
      404: { headers: { [name: string]: unknown }; content: { "application/problem+json": Problem } };
    };
  };
  createArticle: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: { content: { "application/json": { title: string } } };
    responses: {
      201: { headers: { [name: string]: unknown }; content: { "application/json": { id: string } } };
      500: { headers: { [name: string]: unknown }; content: { "application/problem+json": Problem } };
    };
  };
}
