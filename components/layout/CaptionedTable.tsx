// The public site's data table: a caption for screen readers, a ruled header row of column
// names (each with its own padding and alignment), then the rows the page renders.
export function CaptionedTable({
  caption,
  columns,
  margin,
  testId,
  children,
}: {
  caption: string;
  columns: { label: string; className: string }[];
  margin: "mt-3" | "mt-6";
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <table className={`${margin} w-full text-sm`} data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-stone-300 text-left">
          {columns.map((c) => (
            <th key={c.label} scope="col" className={c.className}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
