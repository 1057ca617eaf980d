// Horizontal bars as server-rendered SVG: each label on its own line above its bar, so long
// Danish category names are never cut and the chart still reads at 375 px.
type Props = { id: string; label: string; items: { label: string; value: number }[] };

const WIDTH = 640;
const ROW = 46;
const BAR = 18;

export function BarListChart({ id, label, items }: Props) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const height = items.length * ROW + 4;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-svgdesc`}
      className="max-w-2xl"
    >
      <desc id={`${id}-svgdesc`}>{`${label}: ${items.map((i) => `${i.label} ${i.value}`).join(', ')}`}</desc>
      {items.map((item, i) => {
        const y = i * ROW;
        const w = Math.max(2, ((WIDTH - 60) * item.value) / max);
        return (
          <g key={item.label} aria-hidden="true">
            <text x={0} y={y + 14} fontSize={15} fill="#18181b">
              {item.label}
            </text>
            <rect x={0} y={y + 20} width={w} height={BAR} rx={3} fill="#1d4ed8" />
            <text x={w + 8} y={y + 20 + BAR - 4} fontSize={15} fontWeight="bold" fill="#18181b">
              {item.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
