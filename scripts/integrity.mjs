// Subresource integrity as the build writes it: into index.html (subresources.mjs) and sw.js (precache.mjs).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** The integrity of the file at `path`: `sha384-` and its digest in base64. */
export async function integrityOf(path) {
  return `sha384-${createHash('sha384').update(await readFile(path)).digest('base64')}`;
}
