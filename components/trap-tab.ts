/** What Tab can land on inside the card: its button and links (the card has no form fields). */
const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab inside a modal dialog: from the last control Tab wraps to the first,
 * and from the first control (or the dialog itself, which holds focus when the card opens)
 * Shift+Tab wraps to the last. Anything in between is left to the browser's own order.
 * The active element is read from the dialog's root, since the card lives in a shadow root.
 */
export function trapTab(dialog: HTMLElement, event: KeyboardEvent): void {
  const controls = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE));
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  const inside = !!active && dialog.contains(active);
  if (event.shiftKey && (active === first || active === dialog || !inside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !inside)) {
    event.preventDefault();
    first.focus();
  }
}
