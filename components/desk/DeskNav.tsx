import Link from "next/link";
import { label } from "@/lib/labels";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { WorkspaceSwitcher } from "./WorkspaceSwitcher";

const SECTIONS = [
  { href: "my-work", label: "My work" },
  { href: "documents", label: "Documents" },
  { href: "claims", label: "Claims" },
  { href: "sources", label: "Sources" },
  { href: "claimants", label: "Claimants" },
  { href: "review", label: "Review queue" },
  { href: "inbox", label: "Inbox" },
  { href: "activity", label: "Activity" },
  { href: "dashboard", label: "Dashboard", editors: true },
  { href: "trash", label: "Trash" },
  { href: "export", label: "Export" },
  { href: "settings", label: "Settings" },
];

export function DeskNav(props: {
  slug: string;
  name: string;
  role: string;
  user: string;
  workspaces: { slug: string; name: string }[];
  /** Unread notifications, shown beside Inbox. */
  unread?: number;
}) {
  return (
    <header className="border-b border-stone-300 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-6 py-3">
        <Link href={`/desk/${props.slug}/documents`} className="font-semibold text-stone-900">
          Corroborate
        </Link>
        <WorkspaceSwitcher current={props.slug} workspaces={props.workspaces} />
        <nav aria-label="Desk" className="flex flex-wrap gap-3">
          {SECTIONS.filter((s) => !s.editors || props.role === "owner" || props.role === "editor").map((s) => (
            <Link key={s.href} href={`/desk/${props.slug}/${s.href}`}>
              {s.label}
              {s.href === "inbox" && !!props.unread && (
                <span
                  data-testid="unread-badge"
                  className="ml-1 rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white"
                  aria-label={`${props.unread} unread`}
                >
                  {props.unread}
                </span>
              )}
            </Link>
          ))}
          <Link href={`/w/${props.slug}`}>Public view</Link>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span data-testid="whoami">
            {props.user} · <span data-testid="role">{label("Role", props.role)}</span>
          </span>
          <SignOutButton className="rounded border border-stone-400 px-2 py-1" />
        </div>
      </div>
    </header>
  );
}
