import { useEffect, useRef } from 'preact/hooks';
import type { SeriesStyle } from './series-styles';

/**
 * Chart.js, fetched with the first chart: most pages have none, and it is the largest
 * part of the app, so it stays out of the first load.
 */
const chartCode = () => import('./chart-setup');

export interface LineSeries {
  label: string;
  values: (number | null)[];
  style: SeriesStyle;
}

/**
 * A Chart.js line chart. The canvas is an image to assistive technology, described by
 * `summary`; every chart in the service has the same figures in a table beside it.
 */
export function LineChart(props: {
  labels: string[];
  series: LineSeries[];
  /** What the chart shows, for screen readers: say the table has the figures. */
  summary: string;
  yAxisTitle: string;
  formatValue: (value: number) => string;
  formatTick?: (value: number) => string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { labels, series, summary, yAxisTitle, formatValue, formatTick } = props;

  useEffect(() => {
    let chart: { destroy: () => void } | undefined;
    let gone = false;
    void chartCode().then(({ Chart }) => {
      if (gone || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: 'line',
        data: {
          labels,
          datasets: series.map(({ label, values, style }) => ({
            label,
            data: values,
            borderColor: style.colour,
            backgroundColor: style.colour,
            borderDash: style.dash,
            borderWidth: 3,
            pointStyle: style.point,
            pointRadius: 5,
            pointHoverRadius: 7,
            spanGaps: true,
          })),
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          interaction: { mode: 'index', intersect: false },
          plugins: {
            legend: {
              position: 'bottom',
              labels: { usePointStyle: true, boxWidth: 40, padding: 16 },
            },
            tooltip: {
              callbacks: {
                label: (item) =>
                  item.parsed.y === null
                    ? `${item.dataset.label ?? ''}: none`
                    : `${item.dataset.label ?? ''}: ${formatValue(item.parsed.y)}`,
              },
            },
          },
          scales: {
            y: {
              title: { display: true, text: yAxisTitle },
              ticks: formatTick ? { callback: (value) => formatTick(Number(value)) } : {},
              grid: { color: '#e0e0e0' },
            },
            x: { grid: { display: false } },
          },
        },
      });
    });
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [labels, series, formatValue, formatTick, yAxisTitle]);

  return (
    <div class="app-chart">
      <canvas ref={canvas} role="img" aria-label={summary}>
        {summary}
      </canvas>
    </div>
  );
}
