import { sparklinePoints } from "@/lib/render/sparkline";

const WIDTH = 90;
const HEIGHT = 20;

/** A small inline-SVG line of daily counts; `label` says the same in words for screen readers. */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  return (
    <svg
      role="img"
      aria-label={label}
      data-testid="sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="shrink-0 overflow-visible text-brand-600 dark:text-brand-400"
    >
      <title>{label}</title>
      <line x1="0" x2={WIDTH} y1={HEIGHT - 1} y2={HEIGHT - 1} className="stroke-zinc-200 dark:stroke-zinc-700" strokeWidth="1" />
      <polyline points={sparklinePoints(values, WIDTH, HEIGHT, 2)} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}
