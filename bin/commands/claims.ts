// `corroborate claims list|add`.
import { createClaim, listClaims } from "@/lib/claims";
import { cliActor, int, options, required, UsageError, withDb } from "./util";

export async function claimsCommand(sub: string | undefined, rest: string[]) {
  if (sub === "list") {
    const { values } = options(rest, {
      workspace: { type: "string" },
      status: { type: "string" },
      document: { type: "string" },
      claimant: { type: "string" },
      tag: { type: "string" },
      q: { type: "string" },
      limit: { type: "string" },
      format: { type: "string" },
    });
    const page = await withDb((d) =>
      listClaims(d.prisma, cliActor, required(values.workspace, "workspace"), {
        status: values.status as never,
        documentId: values.document,
        claimantId: values.claimant,
        tag: values.tag,
        q: values.q,
        limit: int(values.limit, "limit") ?? 50,
      }),
    );
    if (values.format === "json") return void console.log(JSON.stringify(page, null, 2));
    for (const c of page.items) console.log(`${c.id}\t${c.status}\t${c.claimant?.name ?? "-"}\t${c.headline}`);
    console.error(`${page.items.length} claims${page.nextCursor ? " (more: --limit)" : ""}`);
    return;
  }
  if (sub === "add") {
    const { values } = options(rest, {
      workspace: { type: "string" },
      text: { type: "string" },
      headline: { type: "string" },
      document: { type: "string" },
      start: { type: "string" },
      end: { type: "string" },
      claimant: { type: "string" },
      type: { type: "string" },
      tags: { type: "string" },
      "claimed-at": { type: "string" },
    });
    const claim = await withDb((d) =>
      createClaim(d.prisma, cliActor, required(values.workspace, "workspace"), {
        text: values.text,
        headline: values.headline,
        documentId: values.document,
        start: int(values.start, "start"),
        end: int(values.end, "end"),
        claimant: values.claimant !== undefined ? { name: values.claimant } : undefined,
        claimType: values.type as never,
        claimedAt: values["claimed-at"] as never,
        tags: values.tags ? values.tags.split(",") : [],
      }),
    );
    console.log(`created claim ${claim.id}: ${claim.headline}`);
    return;
  }
  throw new UsageError(`unknown claims command '${sub ?? ""}'`);
}
