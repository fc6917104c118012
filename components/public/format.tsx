// Dates are shown in UTC so every reader (and every server instance) sees the same day.
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export const formatDate = (d: Date) => DATE.format(d);

export function DateText({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDate(date)}</time>;
}

// Counts are worded in one place (lib/labels); public pages import it from here as before.
export { plural } from "@/lib/labels";
