"use client";
// Progress charts (recharts): scores by week, reviews by week, mastery per article.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatDate } from "~/lib/locale-format";
import { useLocale } from "~/lib/use-locale";
import { ChartFrame } from "./chart-frame";

/** A week's first day, "12 Mar" or "Mar 12", in the viewer's locale. */
function useWeekLabel(): (isoDay: string) => string {
  const locale = useLocale();
  return (isoDay) => formatDate(new Date(`${isoDay}T00:00:00Z`), "dayMonth", locale, "UTC");
}
const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);

// One look for every chart: the axes' small slate ticks and the dashed grid; the two weekly
// charts share their margin and their axis of weeks.
const TICK = { fontSize: 12, fill: "#334155" };
const GRID = { strokeDasharray: "3 3", stroke: "#e2e8f0" };
const WEEKLY_MARGIN = { top: 8, right: 8, bottom: 0, left: -16 };
const WEEK_AXIS = { dataKey: "week", tick: TICK, interval: "preserveStartEnd" } as const;

export function ScoresChart({
  weeks,
  title = "Scores by week",
}: {
  weeks: { weekStart: string; attempts: number; averageScore: number | null }[];
  title?: string;
}) {
  const short = useWeekLabel();
  const data = weeks.map((w) => ({
    week: short(w.weekStart),
    score: w.averageScore === null ? null : Math.round(w.averageScore * 100),
    attempts: w.attempts,
  }));
  const scored = weeks.filter((w) => w.averageScore !== null);
  const first = scored[0];
  const last = scored.at(-1);
  const summary =
    scored.length === 0
      ? "No quizzes submitted in these weeks yet."
      : scored.length === 1
        ? `One week with quizzes: an average of ${pct(first!.averageScore)}.`
        : `Average score went from ${pct(first!.averageScore)} in the week of ${short(first!.weekStart)} to ${pct(last!.averageScore)} in the week of ${short(last!.weekStart)}.`;
  return (
    <ChartFrame
      title={title}
      summary={summary}
      table={{
        headers: ["Week of", "Quizzes", "Average score"],
        rows: weeks.map((w) => [short(w.weekStart), w.attempts, pct(w.averageScore)]),
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={WEEKLY_MARGIN}>
          <CartesianGrid {...GRID} />
          <XAxis {...WEEK_AXIS} />
          <YAxis domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={TICK} />
          <Tooltip formatter={(v) => [`${String(v)}%`, "Average score"]} />
          <Line
            type="monotone"
            dataKey="score"
            stroke="#1d5fbf"
            strokeWidth={2}
            connectNulls
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

export function ReviewsChart({ byWeek }: { byWeek: { weekStart: string; reviews: number }[] }) {
  const short = useWeekLabel();
  const total = byWeek.reduce((s, w) => s + w.reviews, 0);
  const last = byWeek.at(-1);
  return (
    <ChartFrame
      title="Reviews by week"
      summary={`${total} review${total === 1 ? "" : "s"} in ${byWeek.length} weeks; ${last?.reviews ?? 0} this week.`}
      table={{
        headers: ["Week of", "Reviews"],
        rows: byWeek.map((w) => [short(w.weekStart), w.reviews]),
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={byWeek.map((w) => ({ week: short(w.weekStart), reviews: w.reviews }))}
          margin={WEEKLY_MARGIN}
        >
          <CartesianGrid {...GRID} />
          <XAxis {...WEEK_AXIS} />
          <YAxis allowDecimals={false} tick={TICK} />
          <Tooltip />
          <Bar dataKey="reviews" name="Reviews" fill="#1d5fbf" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

export function MasteryChart({
  mastery,
}: {
  mastery: { title: string; new: number; learning: number; mastered: number }[];
}) {
  const summary = mastery
    .map((m) => `${m.title}: ${m.mastered} mastered, ${m.learning} learning, ${m.new} new`)
    .join("; ");
  return (
    <ChartFrame
      title="Key facts mastered"
      summary={summary || "No articles yet."}
      table={{
        headers: ["Article", "Mastered", "Learning", "New"],
        rows: mastery.map((m) => [m.title, m.mastered, m.learning, m.new]),
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          layout="vertical"
          data={mastery.map((m) => ({
            name: m.title.length > 28 ? `${m.title.slice(0, 27)}…` : m.title,
            ...m,
          }))}
          margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
        >
          <CartesianGrid {...GRID} />
          <XAxis type="number" allowDecimals={false} tick={TICK} />
          <YAxis type="category" dataKey="name" width={120} tick={{ ...TICK, fontSize: 11 }} />
          <Tooltip />
          <Legend />
          <Bar
            dataKey="mastered"
            name="Mastered"
            stackId="m"
            fill="#15803d"
            isAnimationActive={false}
          />
          <Bar
            dataKey="learning"
            name="Learning"
            stackId="m"
            fill="#d97706"
            isAnimationActive={false}
          />
          <Bar dataKey="new" name="New" stackId="m" fill="#94a3b8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
