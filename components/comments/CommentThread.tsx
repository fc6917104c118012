import { renderMarkdown } from "@/lib/markdown";
import { CommentForm } from "./CommentForm";
import { EditCommentForm } from "./EditCommentForm";
import { DeleteButton } from "@/components/trash/DeleteButton";

interface Comment {
  id: string;
  parentId: string | null;
  body: string;
  authorName: string;
  authorId?: string | null;
  createdAt: Date;
  editedAt?: Date | null;
  /** Set on a deleted comment kept as the placeholder of its replies. */
  deletedAt?: Date | null;
  version?: number;
}

/** Threaded discussion: replies nest under their parent. Bodies are Markdown, sanitized. */
export function CommentThread({
  slug,
  claimId,
  comments,
  me,
}: {
  slug: string;
  claimId: string;
  comments: Comment[];
  /** The signed-in member: their own comments get an edit link. */
  me?: string | null;
}) {
  const children = (parent: string | null) => comments.filter((c) => c.parentId === parent);
  const render = (c: Comment, depth: number) => (
    <li key={c.id} className="mt-2" style={{ marginLeft: `${Math.min(depth, 4)}rem` }}>
      <p className="text-xs text-stone-600">
        {c.authorName} · {c.createdAt.toISOString().slice(0, 16).replace("T", " ")}
        {c.editedAt && (
          <span title={`edited ${c.editedAt.toISOString().slice(0, 16).replace("T", " ")}`}> · edited</span>
        )}{" "}
        {!c.deletedAt && (
          <>
            {me && c.authorId === me && (
              <EditCommentForm slug={slug} claimId={claimId} commentId={c.id} body={c.body} version={c.version ?? 1} />
            )}{" "}
            <DeleteButton
              slug={slug}
              type="comment"
              id={c.id}
              label={c.body.slice(0, 60)}
              text="delete"
              className="text-xs text-stone-600 underline"
            />
          </>
        )}
      </p>
      <div className="text-sm" dangerouslySetInnerHTML={{ __html: renderMarkdown(c.body) }} />
      <details className="text-xs">
        <summary>reply</summary>
        <CommentForm slug={slug} claimId={claimId} parentId={c.id} label={`Reply to ${c.authorName}`} />
      </details>
      <ul>{children(c.id).map((r) => render(r, depth + 1))}</ul>
    </li>
  );
  return (
    <section aria-label="Discussion" className="mt-8">
      <h2 className="text-lg font-semibold">Discussion ({comments.length})</h2>
      <ul data-testid="comments">{children(null).map((c) => render(c, 0))}</ul>
      <CommentForm slug={slug} claimId={claimId} />
    </section>
  );
}
