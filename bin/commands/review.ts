// `corroborate review submit|approve|request-changes|publish|retract|correct <claim-id> --workspace <slug> --as <email>`.
// Reviews are a person's act, so the CLI acts as the member named by --as. Verdicts are given by
// their label (--verdict "Mostly supported"); lib resolves them on the workspace's scale.
import type { Actor } from "@/lib/auth/actor";
import { openCorrection, publishClaim, retractClaim, reviewClaim, submitClaim } from "@/lib/review";
import { actorForEmail } from "@/lib/users";
import { cliActor, options, required, UsageError, withDb } from "./util";

export async function reviewCommand(sub: string | undefined, rest: string[]) {
  const { values, positionals } = options(rest, {
    workspace: { type: "string" },
    as: { type: "string" },
    verdict: { type: "string" },
    confidence: { type: "string" },
    rationale: { type: "string" },
    why: { type: "string" },
    version: { type: "string" },
  });
  const claimId = positionals[0];
  if (!claimId) throw new UsageError("missing <claim-id>");
  const slug = required(values.workspace, "workspace");
  const version = values.version === undefined ? undefined : Number(values.version);
  if (version !== undefined && !Number.isInteger(version)) throw new UsageError("--version must be a whole number");
  const result = await withDb(async (d) => {
    const actor: Actor = values.as ? await actorForEmail(d.prisma, values.as) : cliActor;
    const verdict = { verdict: values.verdict, confidence: values.confidence, rationale: values.rationale };
    switch (sub) {
      case "submit":
        return (await submitClaim(d.prisma, actor, slug, claimId, verdict)).status;
      case "approve":
      case "request-changes":
        return (
          await reviewClaim(d.prisma, actor, slug, claimId, {
            decision: sub === "approve" ? "approve" : "request_changes",
            version,
            ...verdict,
            rationale: values.rationale ?? "",
          })
        ).claim.status;
      case "publish":
        return (await publishClaim(d.prisma, actor, slug, claimId, { why: values.why })).status;
      case "retract":
        return (await retractClaim(d.prisma, actor, slug, claimId, { why: values.why ?? "" })).status;
      case "correct":
        await openCorrection(d.prisma, actor, slug, claimId);
        return "published, with a correction draft open";
      default:
        throw new UsageError(`unknown review command '${sub ?? ""}'`);
    }
  });
  console.log(`claim ${claimId} is now ${result}`);
}
