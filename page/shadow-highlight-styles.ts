import { adoptedSheets, adoptSheets } from './adopted-sheets';

/**
 * The ::highlight() rules inside shadow roots. A document's stylesheets do not reach into a
 * shadow tree, so text a web component renders would be registered in CSS.highlights and yet
 * painted with no style at all. Each shadow root holding a highlighted range gets our rules as
 * one constructed stylesheet, appended to (never replacing) the root's own adoptedStyleSheets,
 * and taken out again when the highlights are cleared.
 */
export class ShadowHighlightStyles {
  private sheet: CSSStyleSheet | undefined;
  private readonly roots = new Set<ShadowRoot>();

  constructor(private readonly cssText: string) {}

  /**
   * Adds the rules to every shadow root that one of `ranges` starts in, and again to the roots
   * given them before whose list the page has replaced since (painting in steps passes only the
   * ranges new to a showing).
   */
  cover(ranges: readonly Range[]): void {
    for (const root of [...this.roots]) this.adopt(root);
    for (const range of ranges) {
      const root = range.startContainer.getRootNode();
      if (root.nodeType === 11 && (root as ShadowRoot).host) this.adopt(root as ShadowRoot);
    }
  }

  /** Takes the rules out of every shadow root they were added to. */
  clear(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    for (const root of this.roots) {
      try {
        const own = adoptedSheets(root);
        if (own.includes(sheet))
          adoptSheets(
            root,
            own.filter((s) => s !== sheet),
          );
      } catch {
        // A root whose document went away: nothing left to clean.
      }
    }
    this.roots.clear();
  }

  private adopt(root: ShadowRoot): void {
    try {
      this.sheet ??= this.makeSheet();
      const own = adoptedSheets(root);
      // Checked every time: the page may have replaced the list since we added ours.
      if (!own.includes(this.sheet)) adoptSheets(root, [...own, this.sheet]);
      this.roots.add(root);
    } catch {
      // No constructable stylesheets here (an old browser): the text is highlighted unstyled.
    }
  }

  private makeSheet(): CSSStyleSheet {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(this.cssText);
    return sheet;
  }
}
