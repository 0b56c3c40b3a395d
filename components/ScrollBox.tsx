import type { ComponentChildren } from 'preact';

/**
 * The box a wide table or picture scrolls in on a narrow screen, so the page never scrolls
 * sideways: a group named by the table's caption or the picture's title, focusable so the
 * keyboard can scroll it.
 */
export function ScrollBox({
  labelledBy,
  children,
}: {
  labelledBy: string;
  children: ComponentChildren;
}) {
  return (
    // A named group, not a <section>: a landmark per table would crowd the page's landmark list.
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls, this box holds a table or a picture
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus to be scrolled from the keyboard
    <div class="cl-story__scroll" role="group" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
