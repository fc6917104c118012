import type { RatingCount } from "@/lib/publishing/ratings";
import { safeColor } from "@/lib/publishing/colors";
import { Swatch } from "./VerdictBadge";

/** Verdict distribution as a table: label and count in text, the bar only repeats the count. */
export function RatingBars({
  items,
  caption,
  href,
}: {
  items: RatingCount[];
  caption: string;
  href?: (ratingId: string) => string;
}) {
  const max = Math.max(1, ...items.map((i) => i.count));
  const total = items.reduce((n, i) => n + i.count, 0);
  return (
    <table className="w-full text-sm" data-testid="rating-bars">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Verdict</th>
          <th scope="col">Claims</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.rating?.id ?? "none"}>
            <th scope="row" className="py-0.5 pr-3 text-left font-normal whitespace-nowrap">
              <Swatch color={i.rating?.color ?? "#6b7280"} />{" "}
              {i.rating && href && i.count > 0 ? (
                <a href={href(i.rating.id)}>{i.rating.label}</a>
              ) : (
                (i.rating?.label ?? "Not rated")
              )}
            </th>
            <td className="w-10 py-0.5 pr-3 text-right tabular-nums">{i.count}</td>
            <td className="w-full py-0.5">
              <span className="sr-only">{total ? `${Math.round((i.count / total) * 100)}%` : "0%"}</span>
              <span
                aria-hidden="true"
                className="block h-3 rounded-sm"
                style={{
                  width: `${(i.count / max) * 100}%`,
                  minWidth: i.count ? "0.25rem" : 0,
                  backgroundColor: safeColor(i.rating?.color),
                }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
