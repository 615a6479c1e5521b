import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { CifrasKeyFigure } from '../../src/components/key-figure/key-figure.js';
import { defaultCatalog } from '../../src/data/dataset.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { captureWarnings, render } from '../helpers/render.js';

const text = (root: ShadowRoot, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<cifras-key-figure>', () => {
  it('shows the number, what it measures, the period and place', async () => {
    const { root } = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2019" lang="en"></cifras-key-figure>');
    const figure = defaultCatalog.figure('icg.homicides.2019');
    expect(text(root, '.number')).to.equal('36,661');
    expect(text(root, '.measure')).to.contain(figure.measure.en);
    expect(text(root, '.meta')).to.equal('2019 · Mexico');
  });

  it('names which of the figures sharing a measure it shows, by its label, unless the label only repeats the period or place', async () => {
    const fentanyl = await render<CifrasKeyFigure>('<cifras-key-figure figure="elementa.seizure-events-2007-2024.fentanyl" lang="en"></cifras-key-figure>');
    expect(text(fentanyl.root, '.meta')).to.match(/^Fentanyl · /);
    const spanish = await render<CifrasKeyFigure>('<cifras-key-figure figure="elementa.seizure-events-2007-2024.fentanyl" lang="es"></cifras-key-figure>');
    expect(text(spanish.root, '.meta')).to.match(/^Fentanilo · /);
    const state = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.clashes-2020-2022.tamaulipas" lang="en"></cifras-key-figure>');
    expect(text(state.root, '.meta')).to.equal('2020–2022 · Tamaulipas');
    // A label that gives the date already is not followed by the date again.
    const dated = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.military-deployed-streets-2024" lang="en"></cifras-key-figure>');
    expect(text(dated.root, '.meta')).to.equal('Apr 2024 (military on the streets) · Mexico');
  });

  it('leaves no word alone on the last line of its text, where the browser can', async () => {
    const { root } = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2019" lang="en"></cifras-key-figure>', 280);
    if (CSS.supports('text-wrap', 'pretty')) expect(getComputedStyle(root.querySelector('.measure')!).textWrapStyle).to.equal('pretty');
  });

  it('breaks a long value between its words, never inside one, on a narrow card', async () => {
    for (const lang of ['en', 'es']) {
      const { root } = await render<CifrasKeyFigure>(`<cifras-key-figure figure="icg.militarized-agreements-funds.mxn" lang="${lang}"></cifras-key-figure>`, 280);
      const node = [...root.querySelector('.number')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
      const range = document.createRange();
      range.selectNodeContents(node);
      expect(range.getClientRects().length, `${lang}: ${node.textContent}`).to.be.above(1);
      for (const match of node.textContent!.matchAll(/\S+/g)) {
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        expect(range.getClientRects().length, `${lang}: "${match[0]}"`).to.equal(1);
      }
    }
  });

  it('renders several figures with their units and qualifiers', async () => {
    const cases: [string, string][] = [
      ['icg.military-budget-share.2024', '20%'],
      ['icg.militarized-agreements-funds.mxn', 'at least 4.5 billion pesos'],
      ['icg.militarized-agreements-funds.usd', 'at least US$257 million'],
      ['icg.clashes-monthly-average.lopez-obrador', 'at least 31.6'],
    ];
    for (const [id, expected] of cases) {
      const { root } = await render<CifrasKeyFigure>(`<cifras-key-figure figure="${id}" lang="en"></cifras-key-figure>`);
      expect(text(root, '.number'), id).to.equal(expected);
      // The qualifier is a line of text above the big number, not part of it.
      const qualifier = root.querySelector<HTMLElement>('.qualifier');
      expect(Boolean(qualifier), id).to.equal(expected.startsWith('at least'));
      if (qualifier) {
        const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
        expect(size(qualifier), id).to.be.below(size(root.querySelector('.number')!) / 2);
        expect(qualifier.getBoundingClientRect().bottom, id).to.be.at.most(root.querySelector('.number')!.lastChild!.parentElement!.getBoundingClientRect().bottom);
      }
    }
  });

  it('speaks Mexican Spanish, with es-MX number and period formats', async () => {
    const { root } = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.disappeared-registry-total-2024" lang="es-MX"></cifras-key-figure>');
    const figure = defaultCatalog.figure('icg.disappeared-registry-total-2024');
    expect(text(root, '.number')).to.equal(new Intl.NumberFormat('es-MX').format(figure.value));
    expect(text(root, '.measure')).to.contain(figure.measure.es);
    expect(text(root, '.meta')).to.equal('9 de mayo de 2024 · México');
    expect(text(root, '.footnotes-title')).to.equal('Fuentes');
  });

  it('inherits the language of an ancestor', async () => {
    const { el } = await render<CifrasKeyFigure>('<section lang="es"><cifras-key-figure figure="icg.homicides.2019"></cifras-key-figure></section>');
    const card = el.querySelector('cifras-key-figure')!;
    await card.updateComplete;
    expect(text(card.shadowRoot!, '.meta')).to.equal('2019 · México');
  });

  it('names its source under the card, with the reference, locator and evidence one tap away, and no marker on the number', async () => {
    const { root } = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2019" lang="en"></cifras-key-figure>');
    const figure = defaultCatalog.figure('icg.homicides.2019');
    expect(root.querySelector('.fn-ref')).to.equal(null);
    expect(text(root, '.value')).to.not.match(/\[\d+\]/);
    expect(text(root, '.source-line')).to.equal('Source: Crisis Group (2024)');
    const details = root.querySelector<HTMLDetailsElement>('details.sources')!;
    expect(details.open).to.equal(false);
    const summary = details.querySelector('summary')!;
    expect(summary.textContent).to.equal('Sources and notes');
    // A target a finger can hit (WCAG 2.2).
    expect(summary.getBoundingClientRect().height).to.be.at.least(24);
    summary.click();
    expect(details.open).to.equal(true);
    const note = root.querySelector<HTMLLIElement>('li.footnote')!;
    expect(note.value).to.equal(1);
    expect(note.dataset.source).to.equal('icg-2024');
    expect(note.textContent).to.contain('The Generals’ Labyrinth');
    expect(note.querySelector('.evidence')!.textContent).to.equal(figure.evidence);
    expect(note.querySelector('.locator')!.textContent).to.contain(figure.locator!.section);
    expect(note.querySelector('.evidence')!.getBoundingClientRect().height).to.be.above(0);
  });

  it('prints its sources and their quotes in full', async () => {
    const { el, root } = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2019" lang="en"></cifras-key-figure>');
    const details = root.querySelector<HTMLDetailsElement>('details.sources')!;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(details.open).to.equal(true);
    expect(root.querySelector('.evidence')!.getBoundingClientRect().height).to.be.above(0);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.open).to.equal(false);
  });

  it('shows the arithmetic of a derived figure and cites its inputs', async () => {
    const { root } = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.military-budget-share.2018"></cifras-key-figure>');
    const derivation = text(root, '.derivation');
    expect(derivation).to.contain('20 ÷ 8.6 ≈ 2.3%');
    expect(root.querySelectorAll('.footnote .evidence').length).to.be.greaterThan(0);
  });

  it('shows a visible error and warns with close ids for an unknown figure', async () => {
    let root!: ShadowRoot;
    const warnings = await captureWarnings(async () => {
      ({ root } = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2091"></cifras-key-figure>'));
    });
    const error = root.querySelector('[role="alert"]')!;
    expect(error.textContent).to.contain('icg.homicides.2091');
    expect(error.querySelectorAll('code').length).to.be.greaterThan(0);
    expect(error.textContent).to.contain('icg.homicides.2019');
    expect(warnings.join('\n')).to.match(/Unknown figure id "icg.homicides.2091". Did you mean .*icg.homicides/);
    await expectNoAxeViolations(root.host);
  });

  it('echoes at most 80 characters of a very long unknown id', async () => {
    const id = `icg.${'x'.repeat(50_000)}`;
    let root!: ShadowRoot;
    const warnings = await captureWarnings(async () => {
      ({ root } = await render<CifrasKeyFigure>(`<cifras-key-figure figure="${id}"></cifras-key-figure>`));
    });
    const error = root.querySelector('[role="alert"]')!.textContent!;
    expect(error).to.contain(`icg.${'x'.repeat(75)}…`);
    expect(error.length).to.be.below(300);
    expect(warnings.join('\n').length).to.be.below(300);
  });

  it('shows a visible error when the figure attribute is missing', async () => {
    const { root } = await render<CifrasKeyFigure>('<cifras-key-figure lang="es"></cifras-key-figure>');
    expect(text(root, '[role="alert"]')).to.contain('No se eligió una cifra');
  });

  it('falls back to English and warns for an unsupported language', async () => {
    const warnings = await captureWarnings(async () => {
      const { root } = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2019" lang="xx"></cifras-key-figure>');
      expect(text(root, '.meta')).to.equal('2019 · Mexico');
    });
    expect(warnings.join('\n')).to.contain('lang="xx"');
  });

  for (const lang of ['en', 'es']) {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violations (${lang}, ${theme})`, async () => {
        const { el } = await render<CifrasKeyFigure>(`<cifras-key-figure figure="icg.military-budget-share.2018" lang="${lang}" theme="${theme}"></cifras-key-figure>`);
        await expectNoAxeViolations(el);
      });
    }
  }
});

describe('<cifras-key-figure compare variant>', () => {
  it('shows both figures and the change from the compared one, with its arithmetic', async () => {
    const { root } = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2022" compare="icg.homicides.2018" lang="en"></cifras-key-figure>');
    const values = [...root.querySelectorAll('.pair .number')].map((n) => n.textContent);
    expect(values).to.deep.equal(['36,685', '33,287']);
    expect(text(root, '.change')).to.equal('Change: −3,398 (−9.3%)');
    expect(text(root, '.change-note')).to.contain('33,287 − 36,685 = −3,398');
    // A line breaks only before an operator: "= −9.3%" never starts one.
    expect(root.querySelector('.change-note')!.textContent).to.contain('−3,398 ÷\u00a036,685\u00a0=\u00a0−9.3%');
    expect(root.querySelectorAll('.fn-ref')).to.have.length(0);
    expect(text(root, '.source-line')).to.equal('Source: Crisis Group (2024)');
    await expectNoAxeViolations(root.host);
  });

  it('runs the change forward in time, whichever of the two figures the page names first', async () => {
    const { root } = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2018" compare="icg.homicides.2022" lang="en"></cifras-key-figure>');
    expect([...root.querySelectorAll('.pair .number')].map((n) => n.textContent)).to.deep.equal(['36,685', '33,287']);
    expect(text(root, '.change')).to.equal('Change: −3,398 (−9.3%)');
    const { root: inline } = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2018" compare="icg.homicides.2022" variant="inline" lang="en"></cifras-key-figure>');
    expect(text(inline, '.number')).to.equal('36,685');
  });

  it('is its card, in every theme: no frame of the theme\'s background round it (a box in a box in the dark theme)', async () => {
    for (const theme of ['dark', 'light']) {
      const { el, root } = await render<CifrasKeyFigure>(`<cifras-key-figure figure="icg.homicides.2022" theme="${theme}"></cifras-key-figure>`, 375);
      expect(getComputedStyle(el).backgroundColor, theme).to.equal('rgba(0, 0, 0, 0)');
      expect(parseFloat(getComputedStyle(el).paddingLeft), theme).to.equal(0);
      expect(getComputedStyle(root.querySelector('.card')!).backgroundColor, `${theme}: the card paints its own surface`).to.not.equal('rgba(0, 0, 0, 0)');
    }
  });

  it('keeps the arrow with the second figure when a narrow card wraps the pair', async () => {
    const { root } = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2022" compare="icg.homicides.2018" lang="en"></cifras-key-figure>', 248);
    const [from, to] = [...root.querySelectorAll('.pair .value')].map((v) => v.getBoundingClientRect());
    const arrow = root.querySelector('.arrow')!.getBoundingClientRect();
    expect(to.top, 'the pair wraps at this width').to.be.at.least(from.bottom - 1);
    expect(arrow.top, 'the arrow is on the second figure’s row').to.be.at.least(from.bottom - 1);
    expect(arrow.right).to.be.at.most(to.left + 1);
  });

  it('gives a change in percentage points between two shares', async () => {
    const { root } = await render<CifrasKeyFigure>('<cifras-key-figure figure="elementa.guard-sedena-share.2023" compare="elementa.guard-sedena-share.2019" lang="es"></cifras-key-figure>');
    expect(text(root, '.change')).to.equal('Cambio: +11.5 puntos porcentuales');
  });

  it('shows the figure alone, with a note, and warns for an unknown or incomparable compare', async () => {
    const warnings = await captureWarnings(async () => {
      const { root } = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2022" compare="icg.homicides.1999"></cifras-key-figure>');
      expect(text(root, '.number')).to.equal('33,287');
      expect(root.querySelector('.change')).to.equal(null);
      // The page asked for a comparison: the card says why there is none, with the close ids.
      expect(text(root, '[role="note"]')).to.contain('compare: No figure with the id “icg.homicides.1999”.');
      expect(text(root, '[role="note"]')).to.contain('Did you mean');
      const spanish = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2022" compare="icg.homicides.1999" lang="es"></cifras-key-figure>');
      expect(text(spanish.root, '[role="note"]')).to.contain('No hay una cifra con el identificador «icg.homicides.1999»');
      const mixed = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2022" compare="icg.military-budget-share.2024"></cifras-key-figure>');
      expect(mixed.root.querySelector('.change')).to.equal(null);
      expect(mixed.root.querySelectorAll('.pair .number')).to.have.length(2);
    });
    expect(warnings.join('\n')).to.contain('compare: Unknown figure id "icg.homicides.1999"');
    expect(warnings.join('\n')).to.contain('no change is calculated');
  });

  it('has a compact variant and an inline variant that cites in parentheses', async () => {
    const compact = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2019" variant="compact"></cifras-key-figure>');
    expect(compact.root.querySelector('.card.compact')).to.exist;
    const inline = await render<CifrasKeyFigure>('<p>In 2019 there were <cifras-key-figure figure="icg.homicides.2019" variant="inline" lang="en"></cifras-key-figure> homicides.</p>');
    const card = inline.el.querySelector('cifras-key-figure')!;
    await card.updateComplete;
    expect(getComputedStyle(card).display).to.equal('inline');
    expect(text(card.shadowRoot!, '.inline')).to.equal('36,661 (2019; International Crisis Group (2024))');
    await expectNoAxeViolations(inline.el);
  });

  it('warns for an unknown variant and uses the card', async () => {
    const warnings = await captureWarnings(async () => {
      const { root } = await render<CifrasKeyFigure>('<cifras-key-figure figure="icg.homicides.2019" variant="huge"></cifras-key-figure>');
      expect(root.querySelector('.card')).to.exist;
    });
    expect(warnings.join('\n')).to.contain('variant="huge"');
  });
});
