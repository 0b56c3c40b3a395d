import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Whether a box's content is wider than the box, so that it scrolls sideways. */
export function scrollsSideways(box: Element): boolean {
  return box.scrollWidth > box.clientWidth;
}

/**
 * The box a wide table or picture scrolls in on a narrow screen, so the page never scrolls
 * sideways: a group named by the table's caption or the picture's title. It is a Tab stop only
 * while its content is wider than it (the keyboard needs focus there to scroll it); on a wide
 * screen, where nothing scrolls, Tab passes it by. Measured again whenever the box or its content
 * changes size (a window resized, a zoom, a font loaded).
 */
export function ScrollBox({
  labelledBy,
  children,
}: {
  labelledBy: string;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(scrollsSideways(box));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    // A named group, not a <section>: a landmark per table would crowd the page's landmark list.
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls, this box holds a table or a picture
    <div
      ref={ref}
      class="cl-story__scroll"
      role="group"
      aria-labelledby={labelledBy}
      // A box that scrolls takes focus so the keyboard can scroll it.
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
