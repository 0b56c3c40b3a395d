/**
 * A form that is a box of its own (a comment form, a sign-up, a poll, a search), whose text is
 * the box's and never the article's, told from a form that only wraps content: ASP.NET
 * WebForms pages put all their content, the article included, in one `<form>` under `<body>`
 * (holding the headline too), and a forum wraps a page of posts in a form for its moderators'
 * tools (SMF's `#quickModForm`), with no control a reader fills in or presses.
 */

/** The controls of a box: what it asks the reader to fill in or press (a hidden input is neither). */
const CONTROL = 'input:not([type="hidden"]), select, textarea, button';

/** Per form: whether it is a box (asked once per form; a page has few). */
const known = new WeakMap<Element, boolean>();

/** Whether the `<form>` `form` is a box of its own, not a wrapper of the page or of its posts. */
export function isFormBox(form: Element): boolean {
  let box = known.get(form);
  if (box === undefined) {
    const parent = form.parentElement;
    box =
      !!parent &&
      parent.localName !== 'body' &&
      !form.querySelector('h1') &&
      !!form.querySelector(CONTROL);
    known.set(form, box);
  }
  return box;
}
