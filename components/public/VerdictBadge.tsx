import { safeColor, textOn } from "@/lib/publishing/colors";

export interface BadgeRating {
  label: string;
  color: string;
}

/** A verdict as its label on its colour: the text carries the meaning, the colour repeats it. */
export function VerdictBadge({ rating, size = "md" }: { rating: BadgeRating | null; size?: "sm" | "md" | "lg" }) {
  const bg = safeColor(rating?.color);
  const cls = size === "lg" ? "px-3 py-1 text-base" : size === "sm" ? "px-1.5 py-0 text-xs" : "px-2 py-0.5 text-sm";
  return (
    <span
      className={`inline-block rounded font-semibold whitespace-nowrap ${cls}`}
      style={{ backgroundColor: bg, color: textOn(bg) }}
      data-testid="verdict"
    >
      {rating?.label ?? "Not rated"}
    </span>
  );
}

/** A colour swatch that is always paired with its label in the text next to it. */
export function Swatch({ color }: { color: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block h-3 w-3 shrink-0 rounded-sm border border-stone-400 align-middle"
      style={{ backgroundColor: safeColor(color) }}
    />
  );
}
