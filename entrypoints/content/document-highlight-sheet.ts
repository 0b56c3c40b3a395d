import { adoptedSheets, adoptSheets } from '../../page/adopted-sheets';

/**
 * Our ::highlight() rules, the hover cursor and the highlight-style variants on a document the
 * reader paints highlights on (the painter adds them with the first), and on no other. As a
 * manifest content-script stylesheet they were in every frame of every listed site, where a
 * page's script could tell that its reader runs Claimlight: set data-claimlight-pointer on
 * <html> and read a pointer cursor, or paint its own ::highlight(claimlight-…) and find our
 * underline.
 *
 * One constructed stylesheet, appended to (never replacing) document.adoptedStyleSheets. Works
 * from the content script's world in Chromium and Firefox alike (page/adopted-sheets.ts; as for
 * shadow roots: page/shadow-highlight-styles.ts), is not subject to the page's CSP style-src, and
 * adds no element to the page. The browser's scripting.insertCSS would need host permissions the
 * manifest does not ask for (Chromium refuses it on content-script matches alone). A page that
 * replaces its list drops ours: it is put back at each paint and checked once a second.
 * Adding it restyles the document once (a full style recalc: the ::highlight() rules match any
 * element), so it waits for something to paint rather than for the reader to start.
 *
 * The rules of the highlight styles other than the default (`styles`) join the sheet only once
 * `styleChosen()` says the reader chose one, so a default reader's page does not parse them
 * (story-1.5k: the sheet's thread time 0.163 -> 0.152 ms, 20 fresh tabs each; the restyle that
 * follows is the same either way). They come with the paint that follows the choice (a change
 * of settings re-scans and paints), or with the check once a second, and stay.
 */
export class DocumentHighlightSheet {
  private sheet: CSSStyleSheet | undefined;
  /** Whether the sheet holds the style rules. */
  private styled = false;

  constructor(
    private readonly doc: Document,
    private readonly cssText: string,
    private readonly styles?: { cssText: string; styleChosen: () => boolean },
  ) {}

  /** Adds the sheet, unless the document's list already holds it. */
  ensure(): void {
    try {
      const styles = this.styles;
      if (!this.sheet || (!this.styled && styles?.styleChosen())) {
        this.sheet ??= new CSSStyleSheet();
        this.styled = !!styles?.styleChosen();
        this.sheet.replaceSync(
          this.styled ? `${this.cssText}\n${styles?.cssText ?? ''}` : this.cssText,
        );
      }
      const own = adoptedSheets(this.doc);
      if (!own.includes(this.sheet)) adoptSheets(this.doc, [...own, this.sheet]);
    } catch {
      // No constructable stylesheets (an old browser): highlights are registered unstyled.
    }
  }

  /** Takes the sheet out (the extension was updated or turned off under the page). */
  remove(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    try {
      const own = adoptedSheets(this.doc);
      if (own.includes(sheet))
        adoptSheets(
          this.doc,
          own.filter((s) => s !== sheet),
        );
    } catch {
      // A document that went away: nothing left to clean.
    }
  }
}
