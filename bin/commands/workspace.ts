// `corroborate workspace add|set` and `corroborate user add`.
import { addUser } from "@/lib/users";
import { createWorkspace, updateWorkspaceSettings } from "@/lib/workspaces";
import { cliActor, options, required, UsageError, withDb } from "./util";

export async function workspaceCommand([sub, ...rest]: string[]) {
  if (sub === "add") {
    const { values } = options(rest, { slug: { type: "string" }, name: { type: "string" } });
    const ws = await withDb((d) =>
      createWorkspace(d.prisma, cliActor, { slug: required(values.slug, "slug"), name: required(values.name, "name") }),
    );
    console.log(`created workspace ${ws.slug}`);
    return;
  }
  if (sub === "set") {
    const { values } = options(rest, {
      slug: { type: "string" },
      "reviewers-may-publish": { type: "string" },
      "publish-dissent": { type: "string" },
    });
    const flag = (v: string | undefined, name: string) => {
      if (v === undefined) return undefined;
      if (v !== "on" && v !== "off") throw new UsageError(`--${name} takes on or off`);
      return v === "on";
    };
    const ws = await withDb((d) =>
      updateWorkspaceSettings(d.prisma, cliActor, required(values.slug, "slug"), {
        reviewersMayPublish: flag(values["reviewers-may-publish"], "reviewers-may-publish"),
        publishDissent: flag(values["publish-dissent"], "publish-dissent"),
      }),
    );
    console.log(
      `workspace ${ws.slug}: reviewers ${ws.reviewersMayPublish ? "may" : "may not"} publish what they approved; dissents ${ws.publishDissent ? "are" : "are not"} published`,
    );
    return;
  }
  throw new UsageError(`unknown command 'workspace ${sub ?? ""}'`);
}

export async function userCommand([sub, ...rest]: string[]) {
  if (sub !== "add") throw new UsageError(`unknown command 'user ${sub ?? ""}'`);
  const { values } = options(rest, {
    email: { type: "string" },
    password: { type: "string" },
    name: { type: "string" },
    workspace: { type: "string" },
    role: { type: "string" },
  });
  const user = await withDb((d) =>
    addUser(d.prisma, cliActor, {
      email: required(values.email, "email"),
      password: required(values.password, "password"),
      name: values.name,
      workspace: values.workspace,
      role: values.role,
    }),
  );
  console.log(`user ${user.email}${user.role ? ` is ${user.role} of ${values.workspace}` : ""}`);
}
