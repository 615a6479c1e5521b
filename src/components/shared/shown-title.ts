/**
 * What a drawn Cifras widget says it shows: a chart's title, a key figure's measure, as
 * on screen (whitespace collapsed). Undefined before it has drawn. For naming what embeds it.
 */
export function shownTitle(element: Element): string | undefined {
  return element.shadowRoot?.querySelector('[part="title"], [part="measure"]')?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
}
