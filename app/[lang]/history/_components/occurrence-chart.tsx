const WIDTH = 600;
const HEIGHT = 120;
const GAP = 2;

/**
 * Daily counts as bars (oldest left), scaled to the busiest day, drawn in an SVG that takes the
 * container's width. `label` says the whole chart in words; each bar's title gives its day.
 */
export function OccurrenceChart({ days, label, startLabel, endLabel }: { days: Array<{ day: string; count: number; title: string }>; label: string; startLabel: string; endLabel: string }) {
  const peak = Math.max(1, ...days.map((d) => d.count));
  const slot = WIDTH / Math.max(1, days.length);
  return (
    <figure className="min-w-0">
      <svg
        role="img"
        aria-label={label}
        data-testid="occurrence-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="block h-28 w-full text-brand-600 sm:h-32 dark:text-brand-400"
      >
        <title>{label}</title>
        <line x1="0" x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} className="stroke-zinc-300 dark:stroke-zinc-700" strokeWidth="1" vectorEffect="non-scaling-stroke" />
        {days.map((d, i) => {
          const height = d.count > 0 ? Math.max(2, (d.count / peak) * (HEIGHT - 4)) : 0;
          return (
            <rect key={d.day} data-count={d.count} x={i * slot + GAP / 2} y={HEIGHT - 1 - height} width={Math.max(1, slot - GAP)} height={height} rx="1.5" fill="currentColor">
              <title>{d.title}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="mt-1 flex justify-between text-xs text-zinc-500 dark:text-zinc-400" aria-hidden="true">
        <span>{startLabel}</span>
        <span>{endLabel}</span>
      </figcaption>
    </figure>
  );
}
