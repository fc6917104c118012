import Link from "next/link";
import type { DocumentPart } from "@/lib/documents/parts";

/** Previous / next and a jump list between the parts of a long document; nothing for one part. */
export function ReaderPartNav({
  base,
  parts,
  current,
  label = "Document parts",
}: {
  base: string;
  parts: DocumentPart[];
  current: number;
  label?: string;
}) {
  if (parts.length < 2) return null;
  const href = (n: number) => `${base}?part=${n}`;
  return (
    <nav aria-label={label} className="my-4 flex flex-wrap items-center gap-3 text-sm">
      {current > 1 ? (
        <Link href={href(current - 1)} rel="prev">
          ← Previous part
        </Link>
      ) : (
        <span className="text-stone-600">← Previous part</span>
      )}
      <span>
        Part {current} of {parts.length}
      </span>
      {current < parts.length ? (
        <Link href={href(current + 1)} rel="next">
          Next part →
        </Link>
      ) : (
        <span className="text-stone-600">Next part →</span>
      )}
      <details className="w-full">
        <summary className="cursor-pointer">All parts</summary>
        <ol className="mt-1 list-decimal pl-6">
          {parts.map((p) => (
            <li key={p.n}>
              {p.n === current ? (
                <strong aria-current="page">{p.title}</strong>
              ) : (
                <Link href={href(p.n)}>{p.title}</Link>
              )}
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
