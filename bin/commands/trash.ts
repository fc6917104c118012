// `corroborate trash list|restore|purge`: the trash of a workspace (lib/trash), as the CLI.
import { listTrash, purgeTrash, restoreRecord, TRASH_TYPES, type TrashType } from "@/lib/trash";
import { cliActor, options, required, UsageError, withDb } from "./util";

export async function trashCommand(sub: string | undefined, rest: string[]) {
  if (sub === "list") {
    const { values } = options(rest, { workspace: { type: "string" }, type: { type: "string" } });
    const items = await withDb((d) =>
      listTrash(d.prisma, cliActor, required(values.workspace, "workspace"), { type: values.type }),
    );
    for (const t of items)
      console.log(`${t.type}\t${t.id}\t${t.deletedAt.toISOString()}\t${t.deletedByName ?? "-"}\t${t.label}`);
    return;
  }
  if (sub === "restore") {
    const { values, positionals } = options(rest, { workspace: { type: "string" }, type: { type: "string" } });
    const id = required(positionals[0], "the id of the record to restore");
    const slug = required(values.workspace, "workspace");
    if (values.type && !TRASH_TYPES.includes(values.type as TrashType))
      throw new UsageError(`--type is one of ${TRASH_TYPES.join(", ")}`);
    await withDb(async (d) => {
      // Without --type, the trash says what the id is.
      const type =
        (values.type as TrashType | undefined) ??
        (await listTrash(d.prisma, cliActor, slug)).find((t) => t.id === id)?.type;
      if (!type) throw new UsageError(`nothing with id ${id} is in the trash of ${slug}`);
      await restoreRecord(d.prisma, cliActor, slug, { type, id });
      console.log(`restored ${type} ${id}`);
    });
    return;
  }
  if (sub === "purge") {
    const { values } = options(rest, { workspace: { type: "string" }, "older-than": { type: "string" } });
    const { cutoff, counts } = await withDb((d) =>
      purgeTrash(d.prisma, cliActor, required(values.workspace, "workspace"), {
        olderThan: values["older-than"] ?? "30d",
      }),
    );
    const what = Object.entries(counts).map(([k, n]) => `${n} ${k}`);
    console.log(`purged what was deleted before ${cutoff.toISOString()}: ${what.join(", ")}`);
    return;
  }
  throw new UsageError("trash list|restore <id>|purge --workspace <slug> [--type …] [--older-than 30d]");
}
