import type { LitElement } from 'lit';

const mounted: HTMLElement[] = [];

// Not @open-wc's fixture(): it waits for animation frames, which a background
// tab throttles when test files run concurrently.
afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});

/** A container in the document, removed after the test. */
export function mount(width?: number): HTMLDivElement {
  const container = document.createElement('div');
  if (width !== undefined) container.style.width = `${width}px`;
  document.body.append(container);
  mounted.push(container);
  return container;
}

/** An iframe on the test page (removed after the test), of a page (`src`) or of markup (`srcdoc`), loaded. */
export async function loadedFrame(page: { src?: string; srcdoc?: string }, width: number, height: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  if (page.srcdoc !== undefined) frame.srcdoc = page.srcdoc;
  if (page.src !== undefined) frame.src = page.src;
  mount().append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

/** Renders markup (whose first element is the subject), waits for its update. */
export async function render<T extends LitElement>(markup: string, width?: number): Promise<{ el: T; root: ShadowRoot }> {
  const container = mount(width);
  container.innerHTML = markup;
  // Charts lay out only near the viewport (loading="lazy"): bring the new one there.
  container.scrollIntoView({ block: 'start' });
  const el = container.firstElementChild as T;
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

/** Collects console.warn messages while `body` runs. */
export async function captureWarnings(body: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => { messages.push(args.map(String).join(' ')); };
  try { await body(); } finally { console.warn = original; }
  return messages;
}
