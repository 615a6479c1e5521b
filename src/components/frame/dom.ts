/**
 * The few nodes of the inline citation elements and the source list, built
 * without a template engine so that an element a page loads alone stays
 * small. Strings always become text nodes, never HTML.
 */

export type Child = Node | string | number | false | null | undefined;
type Listener = (event: Event) => void;
export type Attributes = Record<string, string | number | boolean | null | undefined | Listener>;

/** An element with its attributes (`@type` names a listener; false, null and undefined leave one out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes | null, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (typeof value === 'function') element.addEventListener(name.slice(1), value);
    else setAttributes(element, { [name]: value });
  }
  element.append(...nodes(children.flat()));
  return element;
}

/** Sets the attributes given; false, null and undefined remove one. */
export function setAttributes(element: Element, attributes: Record<string, string | number | boolean | null | undefined>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
}

/** Nodes to append: strings and numbers as text, nothing for false, null and undefined. */
export function nodes(children: Child[]): (Node | string)[] {
  return children.filter((child): child is Node | string | number => child !== false && child !== null && child !== undefined).map((child) => (typeof child === 'number' ? String(child) : child));
}
