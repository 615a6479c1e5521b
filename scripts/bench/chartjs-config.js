// Chart.js configuration shared by the bench's Chart.js pages: the same figures,
// title, subtitle and value labels Cifras draws, with animation off.
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const MARK = '#3d5a80';
const SERIES = ['#3d5a80', '#c8553d'];

/** Draws each bar's value at its end, as Cifras does (Chart.js has no built-in value labels). */
const valueLabels = {
  id: 'benchValueLabels',
  afterDatasetsDraw(chart) {
    if (chart.config.type !== 'bar') return;
    const { ctx } = chart;
    ctx.save();
    ctx.font = `12px ${FONT}`;
    ctx.fillStyle = '#1d1d1f';
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((dataset, i) => {
      const texts = dataset.valueTexts ?? [];
      chart.getDatasetMeta(i).data.forEach((bar, j) => ctx.fillText(texts[j] ?? '', bar.x + 4, bar.y));
    });
    ctx.restore();
  },
};

/** The Chart.js config for one spec written by scripts/bench/pages.mjs. */
export function chartConfig(spec) {
  const bar = spec.type === 'bar';
  return {
    type: bar ? 'bar' : 'line',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series, i) => ({
        label: series.name,
        data: series.values,
        valueTexts: series.valueTexts,
        backgroundColor: bar ? MARK : SERIES[i % SERIES.length],
        borderColor: SERIES[i % SERIES.length],
        spanGaps: true,
      })),
    },
    options: {
      indexAxis: bar ? 'y' : 'x',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { right: bar ? 48 : 0 } },
      scales: { x: { beginAtZero: true }, y: { beginAtZero: true } },
      plugins: {
        legend: { display: false },
        title: { display: true, text: spec.title, align: 'start', font: { size: 18, weight: 'bold' } },
        subtitle: { display: Boolean(spec.subtitle), text: spec.subtitle, align: 'start', padding: { bottom: 12 } },
      },
    },
    plugins: [valueLabels],
  };
}

/** Marks every widget rendered in the frame after drawing, for the bench's probe. */
export function reportRendered(elements) {
  requestAnimationFrame(() => {
    for (const element of elements) window.__benchRendered?.(element);
  });
}

export function readSpecs() {
  return JSON.parse(document.getElementById('bench-data').textContent);
}
