"use client";
// A newer import stays in the desk until an editor makes it the public version.
import { useState } from "react";
import { publishVersionAction } from "@/actions/documents";
import { Outcome } from "@/components/ui/form-action";

export function PublishVersionButton({
  slug,
  documentId,
  version,
  publishedVersion,
}: {
  slug: string;
  documentId: string;
  version: number;
  publishedVersion: number;
}) {
  const [msg, setMsg] = useState<{ ok?: string; error?: string }>({});
  return (
    <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <p>
        The public sees version {publishedVersion}; this is version {version}. Published claims move to it when it is
        published.
      </p>
      <button
        type="button"
        className="mt-2 rounded bg-green-800 px-3 py-1 text-white"
        onClick={async () => {
          const r = await publishVersionAction({ slug, documentId });
          setMsg(
            r.ok
              ? {
                  ok: `Version ${r.data.publishedVersion} is public; ${r.data.claims.orphaned} published claims could not be placed in it.`,
                }
              : { error: r.error },
          );
        }}
      >
        Publish version {version}
      </button>
      <Outcome msg={msg} className="mt-1" />
    </div>
  );
}
