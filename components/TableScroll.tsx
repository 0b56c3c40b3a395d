import type { ComponentChildren } from 'preact';

/**
 * The box a wide table scrolls in on a narrow screen, so the page never scrolls sideways: a
 * region named by the table's caption, focusable so the keyboard can scroll it.
 */
export function TableScroll({
  labelledBy,
  children,
}: {
  labelledBy: string;
  children: ComponentChildren;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus to be scrolled from the keyboard
    <section class="cl-story__scroll" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
