import { useEffect, useRef } from 'preact/hooks';
import { Chart } from './chart-setup';
import type { SeriesStyle } from './series-styles';

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
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
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
    return () => chart.destroy();
  }, [labels, series, formatValue, formatTick, yAxisTitle]);

  return (
    <div class="app-chart">
      <canvas ref={canvas} role="img" aria-label={summary}>
        {summary}
      </canvas>
    </div>
  );
}
