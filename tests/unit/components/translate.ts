/**
 * A Translate built from the extension's own public/_locales/en/messages.json, with
 * getMessage's `$1`… substitution, so component tests read the words the reader sees.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Translate } from '../../../components/translate';

type Messages = Record<string, { message: string }>;

export const MESSAGES: Messages = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
);

export const t: Translate = (key, substitutions) => {
  const entry = MESSAGES[key];
  if (!entry) throw new Error(`no message ${key} in messages.json`);
  // getMessage takes one substitution as a plain string, or several as an array.
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
};
