import type { ExamActivity } from './live';
import { clock, percent } from './format';

const width = 480;
const height = 160;
const pad = { left: 36, right: 8, top: 8, bottom: 22 };

/**
 * A hand-drawn SVG line of accuracy per minute over the `recent` points (oldest first), with a dot per
 * minute that had answers; minutes without answers break nothing, they are drawn as gaps.
 */
export function AccuracyChart({ points }: { points: ExamActivity['recent'] }) {
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const step = points.length > 1 ? innerW / (points.length - 1) : 0;
  const x = (i: number) => pad.left + (points.length > 1 ? i * step : innerW / 2);
  const y = (accuracy: number) => pad.top + (1 - Math.min(1, Math.max(0, accuracy))) * innerH;

  const segments: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.answers === 0) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? ' L' : 'M'} ${x(i).toFixed(1)} ${y(p.accuracy).toFixed(1)}`;
  });
  if (current) segments.push(current);

  const first = points[0];
  const last = points[points.length - 1];
  return (
    <svg
      className="chart"
      data-testid="accuracy-chart"
      data-points={points.length}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Accuracy per minute over the last minutes"
    >
      {[0, 0.5, 1].map((g) => (
        <g key={g}>
          <line x1={pad.left} x2={width - pad.right} y1={y(g)} y2={y(g)} className="grid" />
          <text x={pad.left - 4} y={y(g) + 4} textAnchor="end" className="axis">
            {g * 100}%
          </text>
        </g>
      ))}
      {segments.map((d) => (
        <path key={d} d={d} className="line" />
      ))}
      {points.map((p, i) =>
        p.answers > 0 ? (
          <circle key={p.minute} cx={x(i)} cy={y(p.accuracy)} r={3} className="dot">
            <title>{`${clock(p.minute)}: ${percent(p.accuracy)} of ${p.answers} answers`}</title>
          </circle>
        ) : null,
      )}
      {first && (
        <text x={pad.left} y={height - 6} className="axis">
          {clock(first.minute)}
        </text>
      )}
      {last && points.length > 1 && (
        <text x={width - pad.right} y={height - 6} textAnchor="end" className="axis">
          {clock(last.minute)}
        </text>
      )}
      {points.length === 0 && (
        <text x={width / 2} y={height / 2} textAnchor="middle" className="axis">
          no answers yet
        </text>
      )}
    </svg>
  );
}
