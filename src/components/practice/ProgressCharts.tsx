import { useEffect, useRef } from 'preact/hooks';
import type { CriterionSeries } from '../../client/progress-series.ts';

export interface ProgressChartsProps {
  series: CriterionSeries[];
  titles: Record<string, string>;
  scores: { times: number[]; values: number[] };
}

interface ChartProps {
  label: string;
  /** Seconds since the epoch: the same span on every chart, so they line up. */
  span: [number, number];
  times: number[];
  values: number[];
  max: number;
  percent: boolean;
}

/** One uPlot line; the library is fetched when the chart scrolls into view, on this page only. */
function Chart({ label, span, times, values, max, percent }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let live = true;
    void import('uplot').then(({ default: UPlot }) => {
      if (!live || box.current === null) return;
      const width = Math.max(240, box.current.clientWidth);
      chart = new UPlot(
        {
          width,
          height: 160,
          legend: { show: false },
          scales: { x: { time: true, range: span }, y: { range: [0, max] } },
          axes: [
            {},
            {
              values: (_u, ticks) =>
                ticks.map((t) => (percent ? `${Math.round(t * 100)}%` : String(t))),
            },
          ],
          series: [{}, { label, stroke: '#0b5cad', width: 2, points: { show: true, size: 6 } }],
        },
        [times, values],
        box.current,
      );
    });
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [times, values]);
  return <div ref={box} class="chart" aria-hidden="true" />;
}

/** Per-criterion trends (the share met, over the last five attempts at each point) and the scores. */
export function ProgressCharts({ series, titles, scores }: ProgressChartsProps) {
  const all = [...scores.times, ...series.flatMap((s) => s.times)];
  const first = Math.min(...all);
  const last = Math.max(...all);
  // A lone attempt still gets a readable axis: an hour either side.
  const pad = Math.max(60, (last - first) * 0.05, last === first ? 3600 : 0);
  const span: [number, number] = [first - pad, last + pad];
  return (
    <div class="charts">
      {scores.values.length > 0 && (
        <figure class="chart-figure">
          <figcaption>Overall score per attempt (latest {scores.values.at(-1)}/100)</figcaption>
          <Chart
            span={span}
            label="Score"
            times={scores.times}
            values={scores.values}
            max={100}
            percent={false}
          />
        </figure>
      )}
      {series.map((s) => (
        <figure key={s.criterion} class="chart-figure" data-criterion={s.criterion}>
          <figcaption>
            {titles[s.criterion] ?? s.criterion}: met in {Math.round(s.recentRate * 100)}% of your
            last {Math.min(5, s.graded)} graded attempts
          </figcaption>
          <Chart
            span={span}
            label={s.criterion}
            times={s.times}
            values={s.rolling}
            max={1}
            percent
          />
        </figure>
      ))}
    </div>
  );
}
