// The article page's charts drawn by Chart.js: bars and lines, all created when
// the script runs (the usual way to use Chart.js on a page).
import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Title, SubTitle, Tooltip,
} from 'chart.js';
import { FONT, chartConfig, readSpecs, reportRendered } from './chartjs-config.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Title, SubTitle, Tooltip);
Chart.defaults.font.family = FONT;

const specs = readSpecs();
const figures = [...document.querySelectorAll('[data-spec]')];
for (const figure of figures) {
  const spec = specs[Number(figure.dataset.spec)];
  if (spec.type !== 'figure') new Chart(figure.querySelector('canvas'), chartConfig(spec));
}
reportRendered(figures);
