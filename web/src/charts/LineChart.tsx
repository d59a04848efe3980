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
            // The key is a list beneath the canvas: drawn inside it, on a narrow screen its
            // rows took most of the height and left the lines a strip 60 pixels tall.
            legend: { display: false },
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
    <>
      <div class="app-chart">
        <canvas ref={canvas} role="img" aria-label={summary}>
          {summary}
        </canvas>
      </div>
      <ul class="app-chart-key govuk-body-s" aria-hidden="true">
        {series.map(({ label, style }) => (
          <li key={label} class="app-chart-key__item">
            <KeySample style={style} />
            {label}
          </li>
        ))}
      </ul>
    </>
  );
}

/** A short length of a line in its colour and dash, with its point's shape in the middle. */
function KeySample({ style }: { style: SeriesStyle }) {
  const { colour, dash, point } = style;
  const shapes: Record<SeriesStyle['point'], string> = {
    circle: 'M 20 5 a 5 5 0 1 0 0.01 0 Z',
    triangle: 'M 20 4 L 26 15 L 14 15 Z',
    rect: 'M 15 5 H 25 V 15 H 15 Z',
    rectRot: 'M 20 3 L 27 10 L 20 17 L 13 10 Z',
    crossRot: 'M 15 5 L 25 15 M 25 5 L 15 15',
    star: 'M 20 4 V 16 M 14 7 L 26 13 M 26 7 L 14 13',
  };
  return (
    <svg class="app-chart-key__sample" width="40" height="20" viewBox="0 0 40 20" focusable="false">
      <line
        x1="0"
        y1="10"
        x2="40"
        y2="10"
        stroke={colour}
        stroke-width="3"
        stroke-dasharray={dash.length > 0 ? dash.join(' ') : undefined}
      />
      <path d={shapes[point]} fill={colour} stroke={colour} stroke-width="2" />
    </svg>
  );
}
