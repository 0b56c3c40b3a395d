/**
 * Bytes of a saved page → its text, the way a browser would read them: a byte-order mark first,
 * then the charset the page declares in its first kilobyte, then UTF-8, and windows-1252 for a
 * page that is not valid UTF-8 (the HTML standard's fallback for Western pages: Latin-1 saves
 * from older tools). A gzip-compressed save (`page.html.gz`) is unpacked first.
 */
import { gunzipSync } from 'node:zlib';

/** Largest page the CLI reads, packed or unpacked: far above any news article, and it bounds memory. */
export const MAX_PAGE_BYTES = 32 * 1024 * 1024;

/** A file that cannot be read as a page; its message is the one line the CLI prints. */
export class PageDecodeError extends Error {}

/** The text of a file that starts with a UTF-8, UTF-16LE or UTF-16BE byte-order mark, else null. */
export function decodeByBom(buffer: Buffer): string | null {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return buffer.subarray(3).toString('utf8');
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    return evenBytes(buffer.subarray(2)).toString('utf16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    // Node has no UTF-16BE decoder without full ICU: swap each pair of bytes and read it as LE.
    return Buffer.from(evenBytes(buffer.subarray(2)))
      .swap16()
      .toString('utf16le');
  return null;
}

/** A truncated file can end in half a code unit; it is dropped rather than throwing in swap16. */
const evenBytes = (b: Buffer) => b.subarray(0, b.length - (b.length % 2));

/**
 * The encoding a page declares in `<meta charset>` or `<meta http-equiv="Content-Type"
 * content="…; charset=…">` within its first 1024 bytes (where the HTML standard's prescan looks),
 * as a label TextDecoder knows; null when it declares none or one we cannot decode.
 */
export function declaredCharset(buffer: Buffer): string | null {
  const head = buffer.subarray(0, 1024).toString('latin1');
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(head);
  if (!meta?.[1]) return null;
  try {
    // A page that says UTF-16 in ASCII bytes is not UTF-16 (the standard reads it as UTF-8).
    const encoding = new TextDecoder(meta[1]).encoding;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}

const isGzip = (b: Buffer) => b[0] === 0x1f && b[1] === 0x8b;

/** Unpacks a gzip file, refusing one that is corrupt or unpacks to more than MAX_PAGE_BYTES. */
function gunzip(buffer: Buffer): Buffer {
  try {
    return gunzipSync(buffer, { maxOutputLength: MAX_PAGE_BYTES });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PageDecodeError(
      code === 'ERR_BUFFER_TOO_LARGE'
        ? `gzip file unpacks to more than ${MAX_PAGE_BYTES / 1024 / 1024} MB, larger than any page`
        : 'gzip file is corrupt or truncated',
    );
  }
}

/** The text of a saved page, or a PageDecodeError saying why it is not one. */
export function decodePage(bytes: Buffer): string {
  const buffer = isGzip(bytes) ? gunzip(bytes) : bytes;
  if (buffer.length === 0) throw new PageDecodeError('empty file, not an HTML document');
  const byBom = decodeByBom(buffer);
  if (byBom !== null) return byBom;
  // Without a byte-order mark, a NUL byte in the first kilobytes means a binary file, not a page.
  if (buffer.subarray(0, 4096).includes(0))
    throw new PageDecodeError('binary file, not an HTML document');
  const declared = declaredCharset(buffer);
  if (declared && declared !== 'utf-8') return new TextDecoder(declared).decode(buffer);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}
