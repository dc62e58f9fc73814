// Copied from templates/runtime/pagination.ts by `npm run generate`. Do not edit: change that file, then regenerate.

import { ApiPromise, type WithResponse } from "./api-promise.js";
import { RequestAbortedError } from "./errors.js";
import type { ClientLogger } from "./transport.js";

/** A page envelope as the list operations return it. */
export interface PageEnvelope<Item> {
  data: Item[];
  pagination?: { has_more?: boolean; next_cursor?: string | null; page?: number } | null;
}

export type PageStrategy = "cursor" | "page";

/** Parameters of a list call, of which the pager sets `cursor` or `page`. */
type PageParams = { cursor?: string; page?: number };

/**
 * The result of a list method: a real `Promise` of the first page (with `withResponse()`), and
 * an async iterable over every item of every page; `pages()` iterates page by page. Each page is
 * fetched only when it is needed (the first one when the promise is first used), so a loop that
 * stops early never asks for the rest, and every request goes through the client's pacing.
 *
 * Iteration stops when the server says there are no more pages, when a page is empty, or when
 * the server hands back a cursor it already gave; the last case is reported to the client's
 * logger as a `pagination-stopped` event, since it means the listing may be incomplete.
 */
export class PagePromise<Page extends PageEnvelope<Item>, Item, Params extends object = object>
  extends ApiPromise<Page>
  implements AsyncIterable<Item>
{
  #first: Promise<WithResponse<Page>> | undefined;
  readonly #params: Params;
  readonly #strategy: PageStrategy;
  readonly #fetchPage: (params: Params) => ApiPromise<Page>;
  readonly #signal: AbortSignal | undefined;
  readonly #logger: ClientLogger | undefined;

  constructor(
    params: Params,
    strategy: PageStrategy,
    fetchPage: (params: Params) => ApiPromise<Page>,
    signal?: AbortSignal,
    logger?: ClientLogger,
  ) {
    super();
    this.#params = params;
    this.#strategy = strategy;
    this.#fetchPage = fetchPage;
    this.#signal = signal;
    this.#logger = logger;
  }

  protected override settled(): Promise<WithResponse<Page>> {
    this.#first ??= this.#fetchPage(this.#params).withResponse();
    return this.#first;
  }

  /** Every page, starting with the first, until the server says there are no more. */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    let page = (await this.settled()).data;
    let params = this.#params as Params & PageParams;
    const seenCursors = new Set<string>();
    for (let count = 1; ; count++) {
      yield page;
      const next = this.#nextParams(page, params, seenCursors, count);
      if (!next) return;
      if (this.#signal?.aborted)
        throw new RequestAbortedError("Listing aborted between pages", {
          cause: this.#signal.reason,
        });
      params = next;
      page = await this.#fetchPage(params);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }

  #nextParams(
    page: Page,
    params: Params & PageParams,
    seenCursors: Set<string>,
    pages: number,
  ): (Params & PageParams) | undefined {
    const pagination = page.pagination;
    if (!pagination?.has_more || page.data.length === 0) return undefined;
    if (this.#strategy === "cursor" && pagination.next_cursor) {
      // A server that hands back a cursor it already gave would otherwise be followed forever.
      if (seenCursors.has(pagination.next_cursor)) {
        this.#report(pages);
        return undefined;
      }
      seenCursors.add(pagination.next_cursor);
      return { ...params, cursor: pagination.next_cursor, page: undefined };
    }
    const current = pagination.page && pagination.page > 0 ? pagination.page : (params.page ?? 1);
    return { ...params, cursor: undefined, page: current + 1 };
  }

  #report(pages: number): void {
    try {
      this.#logger?.({ type: "pagination-stopped", reason: "repeated-cursor", pages });
    } catch {
      // A logging hook must never change the outcome of a listing.
    }
  }
}
