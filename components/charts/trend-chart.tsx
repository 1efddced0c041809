"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TTrendPoint = { month: string; DONE_ON_TIME: number; DONE_LATE: number; OVERDUE: number };

const series = [
  { key: "DONE_ON_TIME", label: "Hoàn thành đúng hạn", color: "#0369a1" },
  { key: "DONE_LATE", label: "Hoàn thành quá hạn", color: "#ea580c" },
  { key: "OVERDUE", label: "Quá hạn (chưa xong)", color: "#b91c1c" },
] as const;

const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/**
 * On time, late and overdue by month as stacked bars: the proportion of red and orange is
 * what a head reads at a glance. The numbers are also in the table beside it (TrendChartPanel).
 */
export function TrendChart({ data, height = 280 }: { data: TTrendPoint[]; height?: number }) {
  const rows = data.map((d) => ({ ...d, label: monthLabel(d.month) }));
  return (
    <div style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
          <Tooltip formatter={(value, name) => [value, name]} labelFormatter={(l) => `Tháng ${l}`} />
          <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="month" fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
