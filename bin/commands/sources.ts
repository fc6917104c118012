// `corroborate sources list|add|rate|check-links` and `corroborate evidence list|add`.
import { requestLinkCheck, runCaptureJobs } from "@/lib/capture";
import { addEvidence, claimEvidence } from "@/lib/evidence";
import { createSource, listSources, rateSource } from "@/lib/sources";
import { cliActor, int, options, required, takeFlags, UsageError, withDb } from "./util";

export async function sourcesCommand(sub: string | undefined, rest: string[]) {
  if (sub === "list") {
    const { values } = options(rest, {
      workspace: { type: "string" },
      q: { type: "string" },
      type: { type: "string" },
      reliability: { type: "string" },
      limit: { type: "string" },
    });
    const page = await withDb((d) =>
      listSources(d.prisma, cliActor, required(values.workspace, "workspace"), {
        q: values.q,
        type: values.type,
        reliability: values.reliability,
        limit: int(values.limit, "limit") ?? 100,
      }),
    );
    for (const s of page.items) console.log(`${s.id}\t${s.reliability ?? "-"}\t${s.type}\t${s.title}`);
    return;
  }
  if (sub === "add") {
    const { values } = options(rest, {
      workspace: { type: "string" },
      title: { type: "string" },
      url: { type: "string" },
      authors: { type: "string" },
      publisher: { type: "string" },
      date: { type: "string" },
      type: { type: "string" },
      doi: { type: "string" },
      isbn: { type: "string" },
      force: { type: "string" },
    });
    const s = await withDb((d) =>
      createSource(d.prisma, cliActor, required(values.workspace, "workspace"), {
        title: required(values.title, "title"),
        url: values.url,
        authors: values.authors ? values.authors.split(";").map((a) => a.trim()) : [],
        publisher: values.publisher,
        date: values.date,
        type: values.type,
        doi: values.doi,
        isbn: values.isbn,
        force: values.force === "yes",
      }),
    );
    console.log(`created source ${s.id}: ${s.title}`);
    return;
  }
  if (sub === "rate") {
    const { values, positionals } = options(rest, {
      workspace: { type: "string" },
      reliability: { type: "string" },
      rationale: { type: "string" },
      version: { type: "string" },
    });
    const id = positionals[0];
    if (!id) throw new UsageError("missing <source-id>");
    // The version the rater read (`sources list` prints it): reading it here and passing it back
    // would let the rating silently overwrite a change made in between.
    const version = int(required(values.version, "version"), "version");
    const slug = required(values.workspace, "workspace");
    const s = await withDb((d) =>
      rateSource(d.prisma, cliActor, slug, id, {
        version,
        reliability: int(values.reliability, "reliability"),
        rationale: values.rationale ?? "",
      }),
    );
    console.log(`rated ${s.title}: ${s.reliability}`);
    return;
  }
  if (sub === "check-links") {
    // Queues the checks for the app's capture worker; --run also runs the queue here (for cron).
    const { flags, args } = takeFlags(rest, ["all", "run"]);
    const { values } = options(args, { workspace: { type: "string" } });
    await withDb(async (d) => {
      const r = await requestLinkCheck(d.prisma, cliActor, required(values.workspace, "workspace"), {
        scope: flags.has("all") ? "all" : "captured",
      });
      console.log(`link check queued for ${r.queued} of ${r.sources} web sources (${r.pending} already pending)`);
      if (flags.has("run")) console.log(`${await runCaptureJobs(d.prisma)} captures finished`);
    });
    return;
  }
  throw new UsageError(`unknown sources command '${sub ?? ""}'`);
}

export async function evidenceCommand(sub: string | undefined, rest: string[]) {
  const { values } = options(rest, {
    workspace: { type: "string" },
    claim: { type: "string" },
    source: { type: "string" },
    stance: { type: "string" },
    strength: { type: "string" },
    excerpt: { type: "string" },
    locator: { type: "string" },
    note: { type: "string" },
  });
  const slug = required(values.workspace, "workspace");
  if (sub === "list") {
    const ev = await withDb((d) => claimEvidence(d.prisma, cliActor, slug, required(values.claim, "claim")));
    for (const e of [...ev.supports, ...ev.contests, ...ev.context])
      console.log(`${e.id}\t${e.stance}\t${e.strength}\t${e.source.title}`);
    console.log(`balance ${ev.balance.balance ?? "n/a"} (${ev.balance.label})`);
    return;
  }
  if (sub === "add") {
    const e = await withDb((d) =>
      addEvidence(d.prisma, cliActor, slug, {
        claimId: required(values.claim, "claim"),
        sourceId: required(values.source, "source"),
        stance: required(values.stance, "stance"),
        strength: values.strength,
        excerpt: values.excerpt,
        locator: values.locator,
        note: values.note,
      }),
    );
    console.log(`linked evidence ${e.id} (${e.stance})`);
    return;
  }
  throw new UsageError(`unknown evidence command '${sub ?? ""}'`);
}
