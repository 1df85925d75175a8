/**
 * The polyline points of a small bar-free sparkline: one point per value, left to right, the
 * largest value touching the top and zero on the baseline (a flat line when all are zero).
 */
export function sparklinePoints(values: readonly number[], width: number, height: number, pad = 1): string {
  if (values.length === 0) return "";
  const max = Math.max(...values, 0);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return values
    .map((value, i) => {
      const y = max > 0 ? height - pad - (value / max) * (height - 2 * pad) : height - pad;
      return `${round(pad + i * step)},${round(y)}`;
    })
    .join(" ");
}
