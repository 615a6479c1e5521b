/**
 * What a drawn Cifras widget says it shows: a chart's title, a key figure's measure, as
 * on screen (whitespace collapsed). Undefined before it has drawn. For naming what embeds it.
 */
export function shownTitle(element: Element): string | undefined {
  const title = element.shadowRoot?.querySelector('[part="title"], [part="measure"]');
  return (title && shownText(title)) || undefined;
}

/** A node's text as it reads on screen: whitespace collapsed and trimmed. */
export function shownText(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}
