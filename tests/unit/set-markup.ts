/**
 * Test set-up: puts `markup`, a constant the test writes itself, into `target` as nodes. It is
 * parsed by DOMParser into an inert document and the nodes are moved over, so no test assigns
 * HTML to `innerHTML`: the rule that the code never writes markup as HTML holds in tests too.
 * The body is the parsing context, as it is for the elements and shadow roots tests fill.
 */
export function setMarkup(target: Element | ShadowRoot, markup: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
  target.replaceChildren(...Array.from(parsed.body.childNodes));
}
