// A page section named by its own heading (aria-labelledby), the way desk and public pages lay
// them out; `heading` picks the heading's look: desk pages (lg), public pages (xl), a sidebar's
// (plain), or only for screen readers (hidden).
const HEADING = {
  lg: "text-lg font-semibold",
  xl: "text-xl font-semibold",
  plain: "font-semibold",
  hidden: "sr-only",
} as const;

export function Section({
  id,
  title,
  heading = "lg",
  className,
  children,
}: {
  id: string;
  title: React.ReactNode;
  heading?: keyof typeof HEADING;
  className?: string;
  children?: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={HEADING[heading]}>
        {title}
      </h2>
      {children}
    </section>
  );
}
