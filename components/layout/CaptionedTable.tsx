// The public site's data table: a caption for screen readers, a ruled header row of column
// names (each `[name, its cell classes]`: padding, alignment), then the rows the page renders.
export function CaptionedTable({
  caption,
  columns,
  margin,
  testId,
  children,
}: {
  caption: string;
  columns: [label: string, className: string][];
  margin: "mt-3" | "mt-6";
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <table className={`${margin} w-full text-sm`} data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-stone-300 text-left">
          {columns.map(([label, className]) => (
            <th key={label} scope="col" className={className}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
