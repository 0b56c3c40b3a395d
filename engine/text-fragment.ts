/**
 * Builds a link that opens a source article scrolled to a passage, using a URL text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/). The spec reserves "-", "," and "&" inside
 * the fragment, so they are percent-encoded on top of encodeURIComponent.
 */
export function textFragmentLink(url: string, anchor: string): string {
  const base = url.split('#')[0] as string;
  const text = encodeURIComponent(anchor.trim()).replace(/-/g, '%2D');
  return `${base}#:~:text=${text}`;
}
