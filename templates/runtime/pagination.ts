import { RequestAbortedError } from "./errors.js";

/** A page envelope as the list operations return it. */
export interface PageEnvelope<Item> {
  data: Item[];
  pagination?: { has_more?: boolean; next_cursor?: string | null; page?: number } | null;
}

export type PageStrategy = "cursor" | "page";

/** Parameters of a list call, of which the pager sets `cursor` or `page`. */
type PageParams = { cursor?: string; page?: number };

/**
 * The result of a list method: await it for the first page, or iterate it with
 * `for await` over every item of every page; `pages()` iterates page by page.
 * Each page is fetched only when the iteration reaches it, so a loop that stops
 * early never asks for the rest, and every request goes through the client's
 * rate-limit pacing.
 */
export class PagePromise<Page extends PageEnvelope<Item>, Item, Params extends object = object>
  implements PromiseLike<Page>, AsyncIterable<Item>
{
  #first: Promise<Page> | undefined;

  constructor(
    private readonly params: Params,
    private readonly strategy: PageStrategy,
    private readonly fetchPage: (params: Params) => Promise<Page>,
    private readonly signal?: AbortSignal,
  ) {}

  #firstPage(): Promise<Page> {
    this.#first ??= this.fetchPage(this.params);
    return this.#first;
  }

  then<Result = Page, Failure = never>(
    onFulfilled?: ((page: Page) => Result | PromiseLike<Result>) | null,
    onRejected?: ((reason: unknown) => Failure | PromiseLike<Failure>) | null,
  ): Promise<Result | Failure> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  /** Every page, starting with the first, until the server says there are no more. */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    let page = await this.#firstPage();
    let params = this.params as Params & PageParams;
    const seenCursors = new Set<string>();
    for (;;) {
      yield page;
      const next = this.#nextParams(page, params, seenCursors);
      if (!next) return;
      if (this.signal?.aborted)
        throw new RequestAbortedError("Listing aborted", { cause: this.signal.reason });
      params = next;
      page = await this.fetchPage(params);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }

  #nextParams(
    page: Page,
    params: Params & PageParams,
    seenCursors: Set<string>,
  ): (Params & PageParams) | undefined {
    const pagination = page.pagination;
    if (!pagination?.has_more || page.data.length === 0) return undefined;
    if (this.strategy === "cursor" && pagination.next_cursor) {
      // A server that hands back a cursor it already gave would otherwise be followed forever.
      if (seenCursors.has(pagination.next_cursor)) return undefined;
      seenCursors.add(pagination.next_cursor);
      return { ...params, cursor: pagination.next_cursor, page: undefined };
    }
    const current = pagination.page && pagination.page > 0 ? pagination.page : (params.page ?? 1);
    return { ...params, cursor: undefined, page: current + 1 };
  }
}
