// Columns in groups as server-rendered SVG: one group per meeting, in date order, one column per
// series (e.g. participants and companies), with a legend and value labels on the columns.
type Series = { label: string; color: string };
type Props = { id: string; series: Series[]; groups: { label: string; values: number[] }[] };

const WIDTH = 640;
const HEIGHT = 300;
const PAD = { top: 48, right: 8, bottom: 44, left: 36 };

/** A step of 1, 2, 2.5 or 5 times a power of ten, so the four gridlines carry round numbers. */
function niceStep(max: number) {
  const raw = Math.max(1, max / 4);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw && Number.isInteger(s)) ?? 10 * magnitude;
  return step;
}

export function GroupedColumnChart({ id, series, groups }: Props) {
  const step = niceStep(Math.max(1, ...groups.flatMap((g) => g.values)));
  const max = step * 4;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const groupW = plotW / Math.max(1, groups.length);
  const colW = Math.min(48, (groupW * 0.7) / series.length);
  const y = (v: number) => PAD.top + plotH - (plotH * v) / max;
  const ticks = [0, 1, 2, 3, 4].map((i) => i * step);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-svgdesc`} className="max-w-3xl">
      <desc id={`${id}-svgdesc`}>
        {groups.map((g) => `${g.label}: ${series.map((s, i) => `${s.label} ${g.values[i]}`).join(', ')}`).join('; ')}
      </desc>
      <g aria-hidden="true">
        {series.map((s, i) => (
          <g key={s.label} transform={`translate(${PAD.left + i * 170}, 8)`}>
            <rect width={14} height={14} fill={s.color} />
            <text x={20} y={12} fontSize={14} fill="#18181b">
              {s.label}
            </text>
          </g>
        ))}
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#d4d4d8" />
            <text x={PAD.left - 6} y={y(tick) + 4} fontSize={12} textAnchor="end" fill="#52525b">
              {tick}
            </text>
          </g>
        ))}
        {groups.map((g, gi) => {
          const x0 = PAD.left + gi * groupW + (groupW - colW * series.length) / 2;
          return (
            <g key={g.label}>
              {g.values.map((v, si) => (
                <g key={si}>
                  <rect x={x0 + si * colW} y={y(v)} width={colW - 4} height={PAD.top + plotH - y(v)} fill={series[si].color} />
                  <text x={x0 + si * colW + (colW - 4) / 2} y={y(v) - 4} fontSize={13} fontWeight="bold" textAnchor="middle" fill="#18181b">
                    {v}
                  </text>
                </g>
              ))}
              <text x={PAD.left + gi * groupW + groupW / 2} y={HEIGHT - PAD.bottom + 20} fontSize={13} textAnchor="middle" fill="#18181b">
                {g.label}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
