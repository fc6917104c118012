import type { Metadata } from "next";
import { deskMember, type DeskPageProps } from "@/lib/http/desk-page";
import { CSV_ENTITIES, PUBLIC_CSV_ENTITIES } from "@/lib/exports";
import { DeskTable } from "@/components/layout/DeskTable";

export const metadata: Metadata = { title: "Export" };

const FORMATS = [
  { format: "json", label: "JSON", about: "one object with every table (the documented contract)" },
  { format: "ndjson", label: "NDJSON", about: "one typed JSON object per line, for pipelines" },
  {
    format: "datapackage",
    label: "Data Package (zip)",
    about: "Frictionless: CSV tables with types, keys and a README",
  },
  { format: "claimreview", label: "ClaimReview JSON-LD", about: "schema.org markup of published verdicts" },
  {
    format: "annotations",
    label: "Web Annotations JSON-LD",
    about: "W3C annotations anchoring each claim in its document",
  },
] as const;

// Plain links (not next/link): each is a download from the streaming API route, which checks
// the session itself; prefetching them would start exports.
export default async function ExportPage({ params }: DeskPageProps) {
  const { workspace: slug } = await params;
  const { workspace } = (await deskMember(slug, "/export")).access;
  const href = (format: string, opts: { entity?: string; public?: boolean } = {}) =>
    `/api/v1/workspaces/${slug}/export?${new URLSearchParams({ format, ...(opts.entity ? { entity: opts.entity } : {}), ...(opts.public ? { public: "1" } : {}) })}`;
  const link = "text-blue-800 underline";
  return (
    <>
      <h1 className="text-2xl font-semibold">Export</h1>
      <p className="mt-2 max-w-3xl text-sm text-stone-700">
        <strong>Full</strong> exports hold everything in this workspace, including drafts, reviews and comments; people
        appear only as ids. <strong>Public</strong> exports hold exactly what anonymous visitors see: published and
        retracted claims, their evidence and sources (without internal notes).
        {workspace.isPublic
          ? " Anyone can download the public versions."
          : " This workspace is private, so only members can download them."}
      </p>
      <DeskTable columns={["Format", "What it is", "Full", "Public"]}>
        {FORMATS.map((f) => (
          <tr key={f.format} className="border-b border-stone-200">
            <td className="py-2 font-medium">{f.label}</td>
            <td>{f.about}</td>
            <td>
              <a className={link} href={href(f.format)} download>
                full
              </a>
            </td>
            <td>
              <a className={link} href={href(f.format, { public: true })} download>
                public
              </a>
            </td>
          </tr>
        ))}
      </DeskTable>
      <h2 className="mt-6 text-lg font-semibold">CSV tables</h2>
      <p className="text-sm text-stone-700">
        RFC 4180, UTF-8, one header row. Cells starting with =, +, -, @ are prefixed with &apos; so spreadsheets do not
        run them.
      </p>
      <ul className="mt-2 grid grid-cols-2 gap-1 text-sm sm:grid-cols-3">
        {CSV_ENTITIES.map((t) => (
          <li key={t}>
            <span className="font-medium">{t}</span>:{" "}
            <a className={link} href={href("csv", { entity: t })} download>
              full
            </a>
            {PUBLIC_CSV_ENTITIES.includes(t) && (
              <>
                {" "}
                ·{" "}
                <a className={link} href={href("csv", { entity: t, public: true })} download>
                  public
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
