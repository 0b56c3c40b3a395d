/**
 * Reads a saved page from disk for the CLI's commands: size limits, read errors and the
 * browser's decoding (cli/decode-page.ts), each failure worded as one line for the user.
 */
import { readFileSync, statSync } from 'node:fs';
import { decodePage, MAX_PAGE_BYTES, PageDecodeError } from './decode-page';

/** The user's mistake (a bad file, flag or date), reported in one line with exit code 2. */
export class UsageError extends Error {}

/** The page in `file` as text, or a UsageError saying in one line why it cannot be read. */
export function readHtml(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new UsageError(`${file}: not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file}: no such file`);
  }
  if (size === 0) throw new UsageError(`${file}: empty file, not an HTML document`);
  if (size > MAX_PAGE_BYTES)
    throw new UsageError(
      `${file}: ${Math.round(size / 1024 / 1024)} MB is larger than any page (limit ${MAX_PAGE_BYTES / 1024 / 1024} MB)`,
    );
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (error) {
    throw new UsageError(
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  try {
    return decodePage(buffer);
  } catch (error) {
    if (error instanceof PageDecodeError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
}
