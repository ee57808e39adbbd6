import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { KanmonError } from '../diagnostics/diagnostic.js';
import { tooLarge } from './read-input.js';

// Node only (the command line): the library itself never touches the file system.

const CHUNK = 64 * 1024;

/**
 * Read a file ('-': standard input) without ever holding more than `maxBytes + 1` bytes: a regular
 * file larger than the limit is refused from its size alone; a pipe or device (/dev/zero, say) is
 * read in chunks and cut at one byte past the limit, which is how the caller knows it was too large.
 */
export function readBounded(path: string, maxBytes: number): Uint8Array {
  const stdin = path === '-';
  const fd = stdin ? 0 : openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > maxBytes) throw new KanmonError('input', [tooLarge(path, maxBytes, 'input', stat.size)]);
    const chunks: Uint8Array[] = [];
    let total = 0;
    while (total <= maxBytes) {
      // A regular file is read whole in one go (plus one byte, in case it grew); others in chunks.
      const want = Math.min(Math.max(stat.isFile() ? stat.size - total + 1 : 0, CHUNK), maxBytes + 1 - total);
      const chunk = new Uint8Array(want);
      const n = readChunk(fd, chunk);
      if (n === 0) break;
      chunks.push(n === want ? chunk : chunk.subarray(0, n));
      total += n;
    }
    return concat(chunks, total);
  } finally {
    if (!stdin) closeSync(fd);
  }
}

/** readSync, waiting briefly when a non-blocking standard input has nothing yet. */
function readChunk(fd: number, into: Uint8Array): number {
  for (;;) {
    try {
      return readSync(fd, into, 0, into.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) { out.set(chunk, at); at += chunk.length; }
  return out;
}
