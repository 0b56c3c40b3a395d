/**
 * The Translate the extension pages get, built from the real public/_locales/en/messages.json
 * with browser.i18n's positional substitution ($1…$9), so the tests read the shipped words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Translate } from '../../../components/translate';

const file = path.resolve(__dirname, '../../../public/_locales/en/messages.json');
const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;

export const english: Translate = (key, substitutions) => {
  const entry = messages[key];
  if (!entry) throw new Error(`no message "${key}" in ${file}`);
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
};
