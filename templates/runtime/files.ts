import type { ApiClient, RequestOptions } from "./client.js";
import { ApiResponseError, InvalidRequestError } from "./errors.js";

/** What an upload accepts: a `Blob`/`File`, raw bytes, or a stream of bytes. */
export type Uploadable = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array>;

/** Where a download goes: a file path (Node only) or any writable byte stream. */
export type DownloadDestination = string | WritableStream<Uint8Array>;

/**
 * A `Blob` for a multipart field. Streams are read whole first: a multipart body
 * must be re-sendable on retry, and fetch cannot replay a consumed stream.
 */
export async function toUploadBlob(file: Uploadable, contentType?: string): Promise<Blob> {
  if (file instanceof Blob)
    return contentType && !file.type ? new Blob([file], { type: contentType }) : file;
  if (file instanceof ReadableStream)
    return new Blob(
      [await new Response(file).arrayBuffer()],
      contentType ? { type: contentType } : {},
    );
  if (file instanceof ArrayBuffer || ArrayBuffer.isView(file)) {
    const bytes =
      file instanceof ArrayBuffer
        ? new Uint8Array(file)
        : new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
    return new Blob([bytes.slice()], contentType ? { type: contentType } : {});
  }
  throw new InvalidRequestError(
    "An upload must be a Blob, File, ArrayBuffer, typed array or ReadableStream",
  );
}

/** How many times a download asks for a fresh signed URL after the one it had was refused or had expired. */
const MAX_URL_REFRESHES = 2;

/**
 * Downloads from a signed URL on a storage host, asking `resolveUrl` again when
 * the URL has expired (its `se` expiry is past) or the host refuses it (401, 403).
 * Goes through `client.download`, which never sends the API token to that host.
 */
export async function downloadTo(
  client: ApiClient<{}>,
  resolveUrl: () => Promise<string>,
  destination: DownloadDestination,
  options: RequestOptions & { now?: () => number } = {},
): Promise<void> {
  const now = options.now ?? Date.now;
  for (let refreshes = 0; ; refreshes++) {
    const url = await resolveUrl();
    const canRefresh = refreshes < MAX_URL_REFRESHES;
    if (canRefresh && isExpiredSignedUrl(url, now())) continue;
    let response: Response;
    try {
      response = await client.download(url, options);
    } catch (error) {
      if (
        canRefresh &&
        error instanceof ApiResponseError &&
        (error.status === 401 || error.status === 403)
      )
        continue;
      throw error;
    }
    await save(response, destination);
    return;
  }
}

/** Azure-style SAS URLs carry their expiry as `se`; other URLs are taken as valid. */
function isExpiredSignedUrl(url: string, nowMs: number): boolean {
  const expiry = new URL(url).searchParams.get("se");
  if (!expiry) return false;
  const expiresAt = Date.parse(expiry);
  return Number.isFinite(expiresAt) && expiresAt <= nowMs;
}

/** The little of `node:fs` and `node:stream` a file download needs, so the package compiles without Node's types. */
interface NodeFs {
  createWriteStream(path: string): unknown;
  promises: {
    rename(from: string, to: string): Promise<void>;
    rm(path: string, options: { force: boolean }): Promise<void>;
  };
}
interface NodeStream {
  Writable: { toWeb(stream: unknown): WritableStream<Uint8Array> };
}

async function save(response: Response, destination: DownloadDestination): Promise<void> {
  const body = response.body ?? new Blob([]).stream();
  if (typeof destination !== "string") {
    await body.pipeTo(destination);
    return;
  }
  // Named at run time so browser and edge bundles never try to resolve Node's modules.
  const nodeModule = (name: string) => `node:${name}`;
  const fs = (await import(nodeModule("fs"))) as NodeFs;
  const { Writable } = (await import(nodeModule("stream"))) as NodeStream;
  const partial = `${destination}.partial`;
  try {
    await body.pipeTo(Writable.toWeb(fs.createWriteStream(partial)));
    await fs.promises.rename(partial, destination);
  } catch (error) {
    await fs.promises.rm(partial, { force: true });
    throw error;
  }
}

/** A multipart body holding one file field, named as the server will see it. */
export async function multipartFile(
  field: string,
  file: Uploadable,
  fileName: string,
  contentType?: string,
): Promise<FormData> {
  const form = new FormData();
  form.append(field, await toUploadBlob(file, contentType), fileName);
  return form;
}
