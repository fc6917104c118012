// `corroborate review submit|approve|request-changes|publish|retract <claim-id> --workspace <slug> --as <email>`.
// Reviews are a person's act, so the CLI acts as the member named by --as.
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { publishClaim, retractClaim, reviewClaim, submitClaim } from "@/lib/review";
import { cliActor, options, required, UsageError, withDb } from "./util";

export async function reviewCommand(sub: string | undefined, rest: string[]) {
  const { values, positionals } = options(rest, {
    workspace: { type: "string" }, as: { type: "string" }, verdict: { type: "string" }, confidence: { type: "string" },
    rationale: { type: "string" }, why: { type: "string" },
  });
  const claimId = positionals[0];
  if (!claimId) throw new UsageError("missing <claim-id>");
  const slug = required(values.workspace, "workspace");
  const result = await withDb(async (d) => {
    let actor: Actor = cliActor;
    if (values.as) {
      const user = await d.prisma.user.findUnique({ where: { email: values.as.trim().toLowerCase() } });
      if (!user) throw new AppError("bad_request", `no user with email ${values.as}`);
      actor = { kind: "user", userId: user.id, email: user.email };
    }
    const ratingId = async () => {
      if (!values.verdict) return undefined;
      const ws = await d.prisma.workspace.findUnique({ where: { slug } });
      const r = await d.prisma.rating.findFirst({ where: { scaleId: ws?.ratingScaleId ?? "", label: { equals: values.verdict, mode: "insensitive" } } });
      if (!r) throw new AppError("bad_request", `no verdict '${values.verdict}' on this workspace's scale`);
      return r.id;
    };
    switch (sub) {
      case "submit":
        return (await submitClaim(d.prisma, actor, slug, claimId)).status;
      case "approve":
      case "request-changes":
        return (await reviewClaim(d.prisma, actor, slug, claimId, { decision: sub === "approve" ? "approve" : "request_changes", ratingId: await ratingId(), confidence: values.confidence, rationale: values.rationale ?? "" })).claim.status;
      case "publish":
        return (await publishClaim(d.prisma, actor, slug, claimId, { why: values.why })).status;
      case "retract":
        return (await retractClaim(d.prisma, actor, slug, claimId, { why: values.why ?? "" })).status;
      default:
        throw new UsageError(`unknown review command '${sub ?? ""}'`);
    }
  });
  console.log(`claim ${claimId} is now ${result}`);
}
