// The single bar chart drawn by Chart.js, tree-shaken to what a horizontal bar
// chart with title, subtitle and tooltip needs.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Title, SubTitle, Tooltip } from 'chart.js';
import { FONT, chartConfig, readSpecs, reportRendered } from './chartjs-config.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, SubTitle, Tooltip);
Chart.defaults.font.family = FONT;

const [spec] = readSpecs();
const figure = document.querySelector('[data-spec]');
new Chart(figure.querySelector('canvas'), chartConfig(spec));
reportRendered([figure]);
