// What the framework tests share: a chart counted as rendered once its bars
// are drawn, and the errors a page reports while a framework works.
import type { LitElement } from 'lit';

export type Chart = LitElement & { highlight: string; limit: number };

/** The chart's bars, other states included. */
export const marks = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGRectElement>('rect.mark')];

/** The figures of the highlighted bars. */
export const highlighted = (el: Element) =>
  marks(el).filter((mark) => mark.classList.contains('highlight')).map((mark) => mark.closest<SVGGElement>('g.row')!.dataset.figure);

/** The chart's title as shown. */
export const title = (el: Element) => el.shadowRoot!.querySelector('.title')?.textContent?.trim() ?? '';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Waits for the element's update and a frame, until `check` holds (or ~3 s
 * have passed): the first drawing waits for the ResizeObserver to measure the
 * width, and a framework's change may take a microtask to reach the element.
 */
export async function settled(el: Element, check: () => boolean = () => marks(el).length > 0): Promise<void> {
  for (let i = 0; i < 150; i++) {
    await (el as LitElement).updateComplete;
    if (check()) return;
    await Promise.race([frame(), new Promise((resolve) => setTimeout(resolve, 20))]);
  }
}

/** Records console errors and uncaught errors while `body` runs. */
export async function captureErrors(body: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => { errors.push(args.map(String).join(' ')); };
  const onError = (event: ErrorEvent) => { errors.push(String(event.error ?? event.message)); };
  const onRejection = (event: PromiseRejectionEvent) => { errors.push(String(event.reason)); };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try { await body(); } finally {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}
