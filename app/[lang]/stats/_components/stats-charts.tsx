"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DayRow } from "@/lib/db/stats-shape";

const palette = [
  "#6366f1", "#f43f5e", "#f59e0b", "#10b981", "#0ea5e9", "#8b5cf6", "#ec4899", "#14b8a6",
  "#84cc16", "#f97316", "#64748b", "#a855f7", "#06b6d4", "#eab308", "#ef4444", "#22c55e", "#3b82f6",
];

const axis = { fontSize: 11, fill: "currentColor" };

export function PerDayChart({ rows, families, label }: { rows: DayRow[]; families: string[]; label: string }) {
  return (
    <figure aria-label={label} className="h-72 text-zinc-500">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.25} vertical={false} />
          <XAxis dataKey="day" tick={axis} tickFormatter={(d: string) => d.slice(5)} minTickGap={16} />
          <YAxis allowDecimals={false} tick={axis} />
          <Tooltip contentStyle={{ fontSize: 12, borderRadius: 8 }} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {families.map((family, i) => (
            <Bar key={family} dataKey={family} stackId="day" fill={palette[i % palette.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function HorizontalBars({ data, label }: { data: Array<{ name: string; count: number }>; label: string }) {
  return (
    <figure aria-label={label} className="text-zinc-500" style={{ height: Math.max(120, data.length * 32 + 24) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }}>
          <XAxis type="number" allowDecimals={false} tick={axis} />
          <YAxis type="category" dataKey="name" tick={axis} width={110} />
          <Tooltip contentStyle={{ fontSize: 12, borderRadius: 8 }} />
          <Bar dataKey="count" fill="#6366f1" radius={[0, 4, 4, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
