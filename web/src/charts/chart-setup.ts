import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

/**
 * Only the parts of Chart.js the service's line charts use, so the rest is left out of
 * the bundle. GOV.UK's text colour and font, and no animation: the figures should be
 * there at once, and people who prefer reduced motion get none.
 */
Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Legend,
  Tooltip,
);
Chart.defaults.font.family = 'arial, sans-serif';
Chart.defaults.font.size = 14;
Chart.defaults.color = '#0b0c0c';
Chart.defaults.animation = false;

export { Chart };
