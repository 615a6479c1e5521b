import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CifrasValue } from '../../src/components/value/value.js';
import type { CifrasSources } from '../../src/components/sources/sources.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { until } from '../helpers/downloads.js';
import { openSources } from '../helpers/chart-suite.js';
import type { CifrasChart } from '../../src/components/frame/chart-element.js';
import { captureWarnings, mount } from '../helpers/render.js';

const settle = async (...els: Element[]) => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (const el of els) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (const el of els) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
};
const shadowText = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const marker = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('.marker')!;
/** What a browser fires for a tap on a marker: the pointer enters and presses, the button takes the focus, then the click. */
const tap = async (el: Element) => {
  const button = marker(el);
  for (const type of ['pointerover', 'pointerenter', 'pointerdown', 'pointerup']) button.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', bubbles: type !== 'pointerenter', composed: true }));
  button.focus();
  button.click();
  await settle(el);
};

describe('<cifras-value>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('puts a formatted, sourced number into a sentence in both languages', async () => {
    const container = mount();
    container.innerHTML = '<p lang="en">Mexico recorded <cifras-value figure="icg.homicides.2019">36,661</cifras-value> homicides.</p><p lang="es"><cifras-value figure="icg.disappeared-registry-total-2024"></cifras-value> personas</p>';
    const [en, es] = [...container.querySelectorAll('cifras-value')];
    await settle(en, es);
    expect(shadowText(en, '.value')).to.equal('36,661');
    expect(shadowText(es, '.value')).to.equal('116,305');
    // Bracketed: a bare superscript after a number reads as an exponent.
    expect(marker(en).textContent).to.match(/^\[\d+\]$/);
  });

  it('opens a popover on focus with measure, period, reference, locator and evidence, and closes it with Escape', async () => {
    const container = mount();
    container.innerHTML = '<p lang="en">In 2022 there were <cifras-value figure="icg.homicides.2022"></cifras-value> homicides.</p>';
    const value = container.querySelector<CifrasValue>('cifras-value')!;
    await settle(value);
    const focused = marker(value);
    focused.focus();
    await until(() => Boolean(value.shadowRoot!.querySelector('.popover')));
    await settle(value);
    // The marker is updated in place, not rebuilt: it keeps the focus while the popover opens.
    expect(marker(value)).to.equal(focused);
    expect(value.shadowRoot!.activeElement).to.equal(focused);
    // Its focus ring goes round its digits, and the popover leaves the number it describes in view.
    const fontSize = parseFloat(getComputedStyle(focused).fontSize);
    expect(focused.getBoundingClientRect().height).to.be.at.least(fontSize * 0.9);
    await until(() => value.shadowRoot!.querySelector<HTMLElement>('.popover')!.style.visibility !== 'hidden');
    const number = value.shadowRoot!.querySelector('.value')!.getBoundingClientRect();
    const box = value.shadowRoot!.querySelector('.popover')!.getBoundingClientRect();
    expect(box.top >= number.bottom || box.bottom <= number.top, 'popover clear of the number').to.equal(true);
    const popover = shadowText(value, '.popover');
    expect(popover).to.contain('2022');
    expect(popover).to.contain('The Generals’ Labyrinth');
    expect(popover).to.contain('33,287');
    expect(popover).to.contain('Elementa DDHH (2024) gives 32,223 for 2022.');
    expect(marker(value).getAttribute('aria-expanded')).to.equal('true');
    await expectNoAxeViolations(container);
    marker(value).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(value);
    expect(value.shadowRoot!.querySelector('.popover')).to.equal(null);
  });

  it('opens its popover with one tap on a touch screen and closes it with the next; a mouse opens it by hovering', async () => {
    const container = mount();
    container.innerHTML = '<p lang="en">In 2022 there were <cifras-value figure="icg.homicides.2022"></cifras-value> homicides.</p>';
    const value = container.querySelector<CifrasValue>('cifras-value')!;
    await settle(value);
    const expanded = () => marker(value).getAttribute('aria-expanded');
    await tap(value);
    expect(expanded(), 'after one tap').to.equal('true');
    expect(value.shadowRoot!.querySelector('.popover')).not.to.equal(null);
    await tap(value);
    expect(expanded(), 'after a second tap').to.equal('false');
    marker(value).blur();
    await settle(value);
    marker(value).dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    await settle(value);
    expect(expanded(), 'on mouse hover').to.equal('true');
  });

  /** The popover's secondary lines (other counts, the dataset's note) for a value in a paragraph. */
  const popoverLines = async (paragraph: string): Promise<string[]> => {
    const container = mount();
    container.innerHTML = paragraph;
    const value = container.querySelector<CifrasValue>('cifras-value')!;
    await settle(value);
    marker(value).focus();
    await until(() => Boolean(value.shadowRoot!.querySelector('.popover .other')));
    return [...value.shadowRoot!.querySelectorAll('.popover .other')].map((o) => o.textContent!);
  };

  it('says what the other figure counts when the same document gives it', async () => {
    const others = await popoverLines('<p lang="en">By April 2024 <cifras-value figure="icg.military-deployed-streets-2024"></cifras-value> soldiers.</p>');
    expect(others.some((o) => /^It also gives about\u00a0300,000 for April\u00a02024: .+\.$/.test(o)), others.join(' | ')).to.equal(true);
    expect(others.some((o) => o.startsWith('International Crisis Group (2024) gives'))).to.equal(false);
  });

  it('gives the dataset’s note on the figure in its popover, in the page’s language', async () => {
    const others = await popoverLines('<p lang="es">Unos <cifras-value figure="icg.militarized-agreements-funds.usd"></cifras-value> dólares.</p>');
    expect(others).to.include('Conversión a dólares tal como aparece en el informe.');
  });

  it('keeps its popover inside a phone’s viewport', async () => {
    await setViewport({ width: 320, height: 600 });
    const container = mount();
    container.innerHTML = '<p lang="en">… at the very end of a long line of text there is <cifras-value figure="icg.homicides.2022"></cifras-value></p>';
    const value = container.querySelector<CifrasValue>('cifras-value')!;
    await settle(value);
    marker(value).focus();
    await until(() => value.shadowRoot!.querySelector<HTMLElement>('.popover')?.style.left !== undefined && value.shadowRoot!.querySelector<HTMLElement>('.popover')?.style.visibility !== 'hidden');
    await settle(value);
    const box = value.shadowRoot!.querySelector('.popover')!.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
  });

  it('keeps its marker on the line of its number where the line ends just after the number', async () => {
    const container = mount(600);
    container.innerHTML = '<p lang="en">By April 2024, <cifras-value figure="icg.military-deployed-streets-2024"></cifras-value> soldiers were deployed.</p>';
    const value = container.querySelector('cifras-value')!;
    await settle(value);
    const p = container.querySelector('p')!;
    const text = value.shadowRoot!.querySelector('.value')!.firstChild as Text;
    const range = document.createRange();
    range.selectNodeContents(text);
    // Room for the words and the number, not for the marker: without a joiner the marker wraps alone.
    p.style.width = `${range.getBoundingClientRect().right - p.getBoundingClientRect().left + 1}px`;
    range.setStart(text, text.data.length - 1);
    const lastDigit = range.getBoundingClientRect();
    const markerBox = marker(value).getBoundingClientRect();
    // A superscript sits a little above the digits' middle; a line below, a whole line lower.
    const middle = (box: DOMRect) => box.top + box.height / 2;
    expect(Math.abs(middle(markerBox) - middle(lastDigit)), 'the marker is on the line of the number').to.be.below(9);
  });

  it('does not change the height of its line', async () => {
    const container = mount(600);
    container.innerHTML = '<p lang="en">Recorded <cifras-value figure="icg.homicides.2019">36,661</cifras-value> homicides.</p><p lang="en">Recorded 36,661 homicides.</p>';
    const value = container.querySelector('cifras-value')!;
    await settle(value);
    const [withValue, plain] = [...container.querySelectorAll('p')].map((p) => p.getBoundingClientRect().height);
    expect(withValue).to.equal(plain);
  });

  it('shows a visible note and warns for an unknown figure', async () => {
    const warnings = await captureWarnings(async () => {
      const container = mount();
      container.innerHTML = '<p><cifras-value figure="icg.nope"></cifras-value></p>';
      const value = container.querySelector('cifras-value')!;
      await settle(value);
      expect(shadowText(value, '.error')).to.contain('icg.nope');
    });
    expect(warnings.join('\n')).to.contain('Unknown figure id "icg.nope"');
  });
});

describe('<cifras-cite> and <cifras-sources>', () => {
  it('numbers every source on the page in order of first citation, charts included, and renumbers as elements come and go', async () => {
    const container = mount(800);
    container.innerHTML = `<p lang="en">A claim<cifras-cite source="elementa-2024" locator="p. 28"></cifras-cite> and
      <cifras-value figure="icg.homicides.2019"></cifras-value> and another<cifras-cite source="valdes-2024"></cifras-cite>.</p>
      <cifras-clashes-by-state lang="en"></cifras-clashes-by-state>
      <cifras-sources lang="en"></cifras-sources>`;
    const [first, value, second] = [...container.querySelectorAll('cifras-cite, cifras-value')];
    const chart = container.querySelector('cifras-clashes-by-state')!;
    const list = container.querySelector<CifrasSources>('cifras-sources')!;
    await until(() => Boolean(chart.shadowRoot!.querySelector('svg.visual')));
    await openSources(chart, chart.shadowRoot!);
    await settle(first, value, second, chart, list);
    expect([marker(first), marker(value), marker(second)].map((m) => m.textContent)).to.deep.equal(['[1]', '[2]', '[3]']);
    const items = [...list.shadowRoot!.querySelectorAll<HTMLLIElement>('li')];
    expect(items.map((li) => [li.value, li.dataset.source])).to.deep.equal([[1, 'elementa-2024'], [2, 'icg-2024'], [3, 'valdes-2024']]);
    expect(items[1].querySelectorAll('.backlink')).to.have.length(2);
    // The chart cites Crisis Group, number 2 on this page.
    expect(chart.shadowRoot!.querySelector<HTMLElement>('.footnote')!.id).to.equal('cifras-fn-2');

    first.remove();
    await settle(value, second, chart, list);
    await until(() => marker(value).textContent === '[1]');
    expect([marker(value), marker(second)].map((m) => m.textContent)).to.deep.equal(['[1]', '[2]']);
    expect([...list.shadowRoot!.querySelectorAll('li')].map((li) => li.dataset.source)).to.deep.equal(['icg-2024', 'valdes-2024']);
    await until(() => chart.shadowRoot!.querySelector<HTMLElement>('.footnote')!.id === 'cifras-fn-1');

    container.prepend(Object.assign(document.createElement('cifras-cite'), {}));
    container.firstElementChild!.setAttribute('source', 'shirk-2019');
    await until(() => marker(value).textContent === '[2]');
    expect(list.shadowRoot!.querySelector('li')!.dataset.source).to.equal('shirk-2019');
    await expectNoAxeViolations(container);
  });

  it('works inside another element’s shadow root', async () => {
    const container = mount();
    const host = document.createElement('div');
    container.append(host, document.createElement('cifras-sources'));
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p lang="en">Inside<cifras-cite source="valdes-2024"></cifras-cite></p>';
    const cite = root.querySelector('cifras-cite')!;
    const list = container.querySelector('cifras-sources')!;
    await settle(cite, list);
    await until(() => marker(cite).textContent === '[1]');
    expect(list.shadowRoot!.querySelector('li')!.dataset.source).to.equal('valdes-2024');
  });

  /** A sentence with one citation, and the page's source list, both drawn. */
  const citeWithList = async () => {
    const container = mount();
    container.innerHTML = '<p lang="es">Dato<cifras-cite source="icg-2024" locator="sección III"></cifras-cite></p><cifras-sources></cifras-sources>';
    const cite = container.querySelector('cifras-cite')!;
    const list = container.querySelector('cifras-sources')!;
    await settle(cite, list);
    await until(() => Boolean(list.shadowRoot!.querySelector('li')));
    return { cite, list };
  };

  it('jumps from a marker to the source list and back', async () => {
    const { cite, list } = await citeWithList();
    marker(cite).click();
    expect(list.shadowRoot!.activeElement).to.equal(list.shadowRoot!.querySelector('li'));
    list.shadowRoot!.querySelector<HTMLButtonElement>('.backlink')!.click();
    expect(cite.shadowRoot!.activeElement).to.equal(marker(cite));
  });

  it('on a touch screen, opens the popover at the first tap and jumps to the source list at the second', async () => {
    const { cite, list } = await citeWithList();
    await tap(cite);
    expect(marker(cite).getAttribute('aria-expanded')).to.equal('true');
    expect(list.shadowRoot!.activeElement).to.equal(null);
    await tap(cite);
    expect(list.shadowRoot!.activeElement).to.equal(list.shadowRoot!.querySelector('li'));
  });

  it('keeps the focus on a back-link while the list renumbers', async () => {
    const container = mount();
    container.innerHTML = '<p lang="en">A<cifras-cite source="icg-2024"></cifras-cite> B<cifras-cite source="icg-2024"></cifras-cite></p><cifras-sources></cifras-sources>';
    const list = container.querySelector('cifras-sources')!;
    await until(() => list.shadowRoot!.querySelectorAll('.backlink').length === 2);
    list.shadowRoot!.querySelectorAll<HTMLButtonElement>('.backlink')[1].focus();
    container.querySelector('p')!.insertAdjacentHTML('afterbegin', '<cifras-cite source="valdes-2024"></cifras-cite>');
    await until(() => list.shadowRoot!.querySelector('li')?.dataset.source === 'valdes-2024');
    const active = list.shadowRoot!.activeElement as HTMLElement;
    expect(active?.closest('li')?.dataset.source).to.equal('icg-2024');
    expect(active?.getAttribute('aria-label')).to.match(/, b$/);
  });

  it('shows a locator from the page as text, never as HTML', async () => {
    const container = mount();
    container.innerHTML = '<p lang="en">Dato<cifras-cite source="icg-2024"></cifras-cite></p>';
    const cite = container.querySelector('cifras-cite')!;
    cite.setAttribute('locator', '<img src=x onerror="window.pwned=true">p. 3');
    await settle(cite);
    marker(cite).focus();
    await until(() => Boolean(cite.shadowRoot!.querySelector('.popover .locator')));
    expect(shadowText(cite, '.locator')).to.equal('<img src=x onerror="window.pwned=true">p. 3');
    expect(cite.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { pwned?: boolean }).pwned).to.equal(undefined);
  });

  it('shows a visible note for an unknown source, and an empty list says so', async () => {
    const warnings = await captureWarnings(async () => {
      const container = mount();
      container.innerHTML = '<p><cifras-cite source="nowhere"></cifras-cite></p><cifras-sources lang="en"></cifras-sources>';
      const [cite, list] = [...container.children[0].children, container.children[1]];
      await settle(cite, list);
      expect(shadowText(cite, '.error')).to.contain('nowhere');
      expect(shadowText(list, '.empty')).to.contain('No sources');
    });
    expect(warnings.join('\n')).to.contain('Unknown source id "nowhere"');
  });

  it('suggests no ids for a citation that names none', async () => {
    const warnings = await captureWarnings(async () => {
      const container = mount();
      container.innerHTML = '<p><cifras-cite></cifras-cite> and <cifras-value figure=" "></cifras-value></p>';
      const [cite, value] = [...container.children[0].children];
      await settle(cite, value);
      await until(() => shadowText(cite, '.error') !== '' && shadowText(value, '.error') !== '');
    });
    expect(warnings.join('\n')).to.contain('Unknown source id ""');
    expect(warnings.join('\n')).to.contain('Unknown figure id ""');
    expect(warnings.join('\n'), 'every id is as close to nothing as any other').not.to.contain('Did you mean');
  });
});

/**
 * Every number a reader sees on the page, with the document it names: inline markers, a key figure's
 * and a chart's notes, the source list's entries. Fails if one number
 * names two documents, or one document has two numbers.
 */
function pageNumbers(container: HTMLElement): Map<number, string> {
  const pairs: [number, string, string][] = [];
  for (const el of container.querySelectorAll<HTMLElement & { citedSources: string[] }>('cifras-value, cifras-cite')) {
    pairs.push([Number(/\[(\d+)\]/.exec(marker(el).textContent!)?.[1]), el.citedSources[0], el.localName]);
  }
  for (const el of container.querySelectorAll('cifras-key-figure, cifras-clashes-by-state, cifras-homicides-disappearances, cifras-sources')) {
    const root = el.shadowRoot!;
    for (const item of root.querySelectorAll<HTMLLIElement>('li.footnote, li[data-source]')) pairs.push([item.value, item.dataset.source!, el.localName]);
    // A marker names the note it links to, in the same element.
    for (const link of root.querySelectorAll<HTMLAnchorElement>('.fn-ref a')) {
      const n = Number(/\[(\d+)\]/.exec(link.textContent!)![1]);
      pairs.push([n, root.querySelector<HTMLLIElement>(`li.footnote[value="${n}"]`)?.dataset.source ?? '(no note)', `${el.localName} marker`]);
    }
  }
  const byNumber = new Map<number, string>();
  const byDocument = new Map<string, number>();
  for (const [n, source, where] of pairs) {
    expect(byNumber.get(n) ?? source, `[${n}] in ${where}`).to.equal(source);
    expect(byDocument.get(source) ?? n, `${source} in ${where}`).to.equal(n);
    byNumber.set(n, source);
    byDocument.set(source, n);
  }
  return byNumber;
}

/** Waits until every element has drawn its notes or marker and the numbers have settled. */
async function drawn(container: HTMLElement): Promise<void> {
  const els = [...container.querySelectorAll('*')].filter((el) => el.localName.startsWith('cifras-'));
  const ready = (el: Element) => Boolean(el.shadowRoot?.querySelector('.footnote, .marker, li[data-source], .empty'));
  // A chart's notes are folded under its footer: opened, to read their numbers.
  await until(() => els.every((el) => ready(el) || el.shadowRoot?.querySelector('[data-action="sources"]')));
  for (const el of els) if (!ready(el)) await openSources(el as CifrasChart, el.shadowRoot!);
  await until(() => els.every(ready));
  for (let i = 0; i < 3; i++) await settle(...els);
}

describe('one number, one document, whatever the mix of elements', () => {
  it('lists a key figure\'s source in <cifras-sources> beside an inline value\'s, numbered as the card\'s notes say', async () => {
    const container = mount(800);
    container.innerHTML = `<p lang="en">In 2022 <cifras-value figure="elementa.homicides.2022"></cifras-value> people were killed.</p>
      <cifras-key-figure lang="en" loading="eager" figure="icg.homicides.2019"></cifras-key-figure>
      <cifras-sources lang="en"></cifras-sources>`;
    await drawn(container);
    const list = container.querySelector('cifras-sources')!;
    expect([...list.shadowRoot!.querySelectorAll<HTMLLIElement>('li')].map((li) => [li.value, li.dataset.source])).to.deep.equal([[1, 'elementa-2024'], [2, 'icg-2024']]);
    const card = container.querySelector('cifras-key-figure')!;
    // The card's number carries no marker: its source is named under it, and numbered in its notes as on the page.
    expect(card.shadowRoot!.querySelector('.fn-ref')).to.equal(null);
    expect(card.shadowRoot!.querySelector<HTMLLIElement>('li.footnote')!.value).to.equal(2);
    expect(pageNumbers(container)).to.deep.equal(new Map([[1, 'elementa-2024'], [2, 'icg-2024']]));
    await expectNoAxeViolations(container);
  });

  it('lists the source of a key figure alone, and its back-link opens the card\'s sources', async () => {
    const container = mount(800);
    container.innerHTML = `<cifras-key-figure lang="en" loading="eager" figure="icg.homicides.2019" compare="icg.homicides.2022"></cifras-key-figure>
      <cifras-sources lang="en"></cifras-sources>`;
    await drawn(container);
    const list = container.querySelector('cifras-sources')!;
    expect(list.shadowRoot!.querySelector('.empty')).to.equal(null);
    const items = [...list.shadowRoot!.querySelectorAll<HTMLLIElement>('li')];
    expect(items.map((li) => li.dataset.source)).to.deep.equal(['icg-2024']);
    expect(pageNumbers(container)).to.deep.equal(new Map([[1, 'icg-2024']]));
    items[0].querySelector<HTMLButtonElement>('.backlink')!.click();
    const card = container.querySelector('cifras-key-figure')!;
    const details = card.shadowRoot!.querySelector<HTMLDetailsElement>('details.sources')!;
    expect(details.open).to.equal(true);
    expect(card.shadowRoot!.activeElement).to.equal(details.querySelector('summary'));
  });

  it('numbers a chart\'s notes as the page\'s inline values, with no source list', async () => {
    const container = mount(800);
    container.innerHTML = `<p lang="en">Elementa counts <cifras-value figure="elementa.homicides.2022"></cifras-value> homicides.</p>
      <cifras-clashes-by-state lang="en"></cifras-clashes-by-state>`;
    await drawn(container);
    const [value] = container.querySelectorAll('cifras-value');
    expect(marker(value).textContent).to.equal('[1]');
    // Crisis Group, the chart's one source, is the page's second document: not a second "1".
    const chart = container.querySelector('cifras-clashes-by-state')!;
    await until(() => chart.shadowRoot!.querySelector<HTMLLIElement>('li.footnote')!.value === 2);
    expect(pageNumbers(container)).to.deep.equal(new Map([[1, 'elementa-2024'], [2, 'icg-2024']]));
  });

  it('renders a key figure with the page\'s numbers the first time, beside elements that came in the same task', async () => {
    // The figures' data loaded already, as on a page with several elements: each renders in its first update.
    const container = mount(800);
    container.innerHTML = `<p lang="en"><cifras-value figure="elementa.homicides.2022"></cifras-value></p>
      <cifras-key-figure lang="en" loading="eager" figure="icg.homicides.2019"></cifras-key-figure>`;
    await drawn(container);
    container.replaceChildren();
    const numbers: number[] = [];
    container.innerHTML = `<p lang="en"><cifras-value figure="elementa.homicides.2022"></cifras-value></p>
      <cifras-key-figure lang="en" loading="eager" figure="icg.homicides.2019"></cifras-key-figure>`;
    const card = container.querySelector('cifras-key-figure')!;
    // Every number the card's notes show, from its first render on.
    const watch = new MutationObserver(() => {
      const n = card.shadowRoot?.querySelector<HTMLLIElement>('li.footnote')?.value;
      if (n && numbers.at(-1) !== n) numbers.push(n);
    });
    watch.observe(card.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await drawn(container);
    watch.disconnect();
    expect(numbers).to.deep.equal([2]);
  });

  it('numbers every source once across a chart, a key figure, a value, a cite and the source list', async () => {
    const container = mount(800);
    container.innerHTML = `<cifras-homicides-disappearances lang="en"></cifras-homicides-disappearances>
      <cifras-key-figure lang="en" loading="eager" figure="shirk.ayotzinapa-students-killed"></cifras-key-figure>
      <p lang="en">A value <cifras-value figure="icg.homicides.2019"></cifras-value> and a claim<cifras-cite source="valdes-2024"></cifras-cite>.</p>
      <cifras-key-figure lang="en" loading="eager" figure="elementa.homicides.2022"></cifras-key-figure>
      <cifras-sources lang="en"></cifras-sources>`;
    await drawn(container);
    const numbers = pageNumbers(container);
    const list = container.querySelector('cifras-sources')!;
    const listed = [...list.shadowRoot!.querySelectorAll<HTMLLIElement>('li')].map((li) => [li.value, li.dataset.source]);
    // The list is the page's numbering, whole: every document that any element cites, each once.
    expect(listed).to.deep.equal([...numbers].sort(([a], [b]) => a - b));
    const cited = new Set([...container.querySelectorAll<HTMLElement & { citedSources: string[] }>('*')].flatMap((el) => el.citedSources ?? []));
    expect(new Set(listed.map(([, source]) => source))).to.deep.equal(cited);
    expect(cited).to.include.keys('shirk-2019', 'valdes-2024', 'icg-2024', 'elementa-2024');
  });
});
