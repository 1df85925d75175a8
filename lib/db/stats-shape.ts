import type { Stats } from "./stats";

export type DayRow = { day: string } & Record<string, number | string>;

/** Per-day rows for a stacked chart, one per day in the window (empty days included). */
export function perDayRows(perDay: Stats["perDay"], since: Date, days: number): { rows: DayRow[]; families: string[] } {
  const families = [...new Set(perDay.map((p) => p.family))].sort();
  const byDay = new Map<string, DayRow>();
  for (let i = 0; i < days; i++) {
    const day = new Date(since.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    byDay.set(day, Object.fromEntries([["day", day], ...families.map((f) => [f, 0])]) as DayRow);
  }
  for (const { day, family, count } of perDay) {
    const row = byDay.get(day);
    if (row) row[family] = count;
  }
  return { rows: [...byDay.values()], families };
}
