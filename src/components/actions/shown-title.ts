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

/**
 * How tall an iframe of the embed page must be to show a drawn widget as it stands: its own height, less
 * a tool panel open under it (the frame shows the chart, not the panel), plus the embed page's padding.
 */
export function embedFrameHeight(element: HTMLElement): number {
  const panel = element.shadowRoot?.querySelector<HTMLElement>('#cifras-panel');
  const style = panel && getComputedStyle(panel);
  const room = panel ? panel.offsetHeight + parseFloat(style!.marginTop) + parseFloat(style!.marginBottom) : 0;
  return element.offsetHeight - room + 24;
}
