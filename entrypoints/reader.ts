/**
 * The reader: everything the content script does for a page that names the story's place
 * (read the article, have the background match it, paint, the card and the shortcuts). Kept out
 * of the content script, which most pages (not about the story) compile and run alone; imported
 * once the first look finds the place (content/load-module.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { READER_MODULE, registerModule } from './content/load-module';
import { startReader } from './content/reader';

export type ReaderModule = { startReader: typeof startReader };

export default defineUnlistedScript(() => {
  registerModule(READER_MODULE, { startReader } satisfies ReaderModule);
});
