// The single bar chart drawn by Observable Plot (barX, value labels, zero rule).
import { plot, barX, text, ruleX } from '@observablehq/plot';

const [spec] = JSON.parse(document.getElementById('bench-data').textContent);
const rows = spec.labels.map((label, i) => ({ label, value: spec.series[0].values[i], valueText: spec.series[0].valueTexts[i] }));
const figure = document.querySelector('[data-spec]');
figure.append(plot({
  width: spec.width,
  height: spec.plotHeight,
  marginLeft: 170,
  marginRight: 48,
  title: spec.title,
  subtitle: spec.subtitle,
  caption: spec.source,
  x: { grid: true, label: null },
  y: { label: null, domain: spec.labels },
  marks: [
    barX(rows, { x: 'value', y: 'label', fill: '#3d5a80' }),
    text(rows, { x: 'value', y: 'label', text: 'valueText', textAnchor: 'start', dx: 4 }),
    ruleX([0]),
  ],
}));
requestAnimationFrame(() => window.__benchRendered?.(figure));
