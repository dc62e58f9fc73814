/** A call's parsed body next to its `Response` (status, headers). */
export interface WithResponse<T> {
  data: T;
  response: Response;
}

function dataOf<T>(result: WithResponse<T>): T {
  return result.data;
}

function settleAsUndefined(resolve: (value: never) => void): void {
  resolve(undefined as never);
}

/**
 * What every operation returns: a real `Promise` of the parsed body (so `.catch`, `.finally`,
 * `Promise.all` and any `Promise`-typed parameter accept it), plus `withResponse()` for the
 * status and headers. Derived promises (`.then(...)`) are plain promises.
 */
export class ApiPromise<T> extends Promise<T> {
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  #result: Promise<WithResponse<T>> | undefined;
  #data: Promise<T> | undefined;

  /** `result` may be left out by subclasses that start their request lazily (see `settled()`). */
  constructor(result?: Promise<WithResponse<T>>) {
    // The base promise is never observed: then() below answers for it.
    super(settleAsUndefined);
    this.#result = result;
  }

  /** The call's outcome; subclasses may start the call here, on first use. */
  protected settled(): Promise<WithResponse<T>> {
    return this.#result as Promise<WithResponse<T>>;
  }

  /** Resolves to `{ data, response }`; rejects like the promise itself. */
  withResponse(): Promise<WithResponse<T>> {
    return this.settled();
  }

  override then<Result = T, Failure = never>(
    onFulfilled?: ((value: T) => Result | PromiseLike<Result>) | null,
    onRejected?: ((reason: unknown) => Failure | PromiseLike<Failure>) | null,
  ): Promise<Result | Failure> {
    this.#data ??= this.settled().then(dataOf);
    return this.#data.then(onFulfilled, onRejected);
  }
}
