import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { loadedFrame, mount } from '../helpers/render.js';
import { until } from '../helpers/downloads.js';

/** A same-origin iframe's document, loaded. */
async function frameDocument(): Promise<Document> {
  return (await loadedFrame({ srcdoc: '<!doctype html><html lang="en"><body></body></html>' }, 700, 900)).contentDocument!;
}

describe('a chart moved into another document', () => {
  it('keeps its styles, and its panels open, in a same-origin frame', async () => {
    const el = document.createElement('cifras-clashes-by-state');
    mount(600).append(el);
    await until(() => Boolean(el.shadowRoot?.querySelector('svg.visual')));
    const tableBorders = () => getComputedStyle(el.shadowRoot!.querySelector('table')!).borderCollapse;
    const titleWeight = () => getComputedStyle(el.shadowRoot!.querySelector('[part~="title"]')!).fontWeight;
    const styled = titleWeight();
    const doc = await frameDocument();
    doc.body.append(el);
    await until(() => Boolean(el.shadowRoot!.querySelector('svg.visual')) && titleWeight() === styled);
    expect(titleWeight(), 'the title keeps its weight').to.equal(styled);
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    const errors: string[] = [];
    const record = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));
    window.addEventListener('error', record);
    window.addEventListener('unhandledrejection', record);
    try {
      for (const action of ['cite', 'table']) {
        el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      }
      await until(() => Boolean(el.shadowRoot!.querySelector('table')) && tableBorders() === 'collapse');
    } finally {
      window.removeEventListener('error', record);
      window.removeEventListener('unhandledrejection', record);
    }
    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('table')).to.exist;
    expect(tableBorders(), 'the table view is styled in the frame').to.equal('collapse');
    // Back home, with the table view's sheet (adopted in the frame) too.
    mount(600).append(el);
    await until(() => titleWeight() === styled);
    expect(titleWeight()).to.equal(styled);
    expect(tableBorders()).to.equal('collapse');
  });
});
