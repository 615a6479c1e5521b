// A chart loads what it draws; what only its sources panel shows (the figures
// its documents disagree with, the disagreements, the primary sources) comes
// with the panel. Other elements on the same page still get whole records.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { pageCatalog } from '../../src/data/page-catalog.js';
import type { CifrasChart } from '../../src/components/frame/chart-element.js';
import { openSources } from '../helpers/chart-suite.js';
import { until } from '../helpers/downloads.js';
import { mount } from '../helpers/render.js';

describe('provenance loading', () => {
  it('gives a value beside a chart of the same figure the other documents\' figures', async () => {
    const container = mount(640);
    container.innerHTML = `<cifras-homicides-disappearances lang="en" loading="eager"></cifras-homicides-disappearances>
      <p lang="en">In 2022 there were <cifras-value figure="elementa.homicides.2022"></cifras-value> homicides.</p>`;
    const chart = container.querySelector<CifrasChart>('cifras-homicides-disappearances')!;
    await until(() => Boolean(chart.shadowRoot?.querySelector('svg.visual')), 'the chart');
    const value = container.querySelector('cifras-value')!;
    await (value as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    value.shadowRoot!.querySelector<HTMLElement>('.marker')!.focus();
    await until(() => Boolean(value.shadowRoot!.querySelector('.popover .other')), 'the other documents\' figures in the popover');
    expect(value.shadowRoot!.querySelector('.popover')!.textContent).to.contain('33,287');
    // Its own quote too, which the chart's module leaves to its panel.
    const figure = pageCatalog.figure('elementa.homicides.2022');
    expect(figure.slim).to.equal(undefined);
    expect(value.shadowRoot!.querySelector('.popover .evidence')!.textContent).to.equal(figure.evidence);
  });

  it('opens the disagreements and primary sources in the panel once they are in', async () => {
    const container = mount(640);
    container.innerHTML = '<cifras-troop-deployment lang="en" loading="eager"></cifras-troop-deployment>';
    const chart = container.querySelector<CifrasChart>('cifras-troop-deployment')!;
    await until(() => Boolean(chart.shadowRoot?.querySelector('svg.visual')), 'the chart');
    const panel = await openSources(chart, chart.shadowRoot!);
    expect(panel.querySelector('.disagreements [data-conflict]')).to.exist;
    expect(panel.querySelector('.footnote .evidence')).to.exist;
    expect(pageCatalog.has('conflict', panel.querySelector<HTMLElement>('.disagreements [data-conflict]')!.dataset.conflict!)).to.equal(true);
  });
});
