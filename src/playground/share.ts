// A view travels in the URL fragment: JSON, deflated (CompressionStream, no library), in base64url.
// The fragment never reaches a server, and a descriptor of a few hundred lines fits in a link.

/** The fragment's prefix, naming the format so a later one can be told apart. */
export const FRAGMENT_PREFIX = 'v1=';

/** The most text a link may expand to; a hostile link must not make the page inflate without end. */
export const MAX_EXPANDED_BYTES = 2 * 1024 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** The fragment (without '#') that carries `value`. */
export async function encodeFragment(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const deflated = await readAll(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw')), Number.POSITIVE_INFINITY);
  return FRAGMENT_PREFIX + toBase64Url(deflated!);
}

/** The value a fragment carries, or undefined when it is not one of ours or cannot be read. */
export async function decodeFragment(fragment: string): Promise<unknown> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(FRAGMENT_PREFIX)) return undefined;
  try {
    const bytes = fromBase64Url(body.slice(FRAGMENT_PREFIX.length));
    if (!bytes) return undefined;
    const inflated = await readAll(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')), MAX_EXPANDED_BYTES);
    return inflated ? (JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated)) as unknown) : undefined;
  } catch {
    // Corrupt base64, deflate or JSON: the link is unreadable, and the page says so.
    return undefined;
  }
}
