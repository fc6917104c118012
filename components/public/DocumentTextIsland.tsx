"use client";
// The public document's annotated text, sent once. A server component's output travels twice
// (as HTML and again in the RSC payload the browser hydrates from), which made the credibility
// view of a 58 KB article weigh 274 KB. So the text is rendered here, in the HTML pass, from data
// handed over on the server (./handoff.ts); the RSC payload carries only the token. In the browser
// the island keeps the HTML it finds: React leaves a dangerouslySetInnerHTML element's content
// alone when hydrating.
import { useEffect, useState } from "react";
import { AnnotatedBody, type AnnotatedBodyProps } from "./AnnotatedBody";
import { takeHandOff } from "./handoff";

const CLASS = "space-y-3 leading-loose";

export function DocumentTextIsland({ token }: { token: string }) {
  const id = `document-text-${token}`;
  const [html] = useState(() =>
    typeof document === "undefined" ? null : (document.getElementById(id)?.innerHTML ?? null),
  );
  useEffect(() => {
    // No server HTML for this token: the page came by client navigation (an RSC payload has no
    // text), so load it as a document. After a load the element always exists, so this never loops.
    if (html === null) window.location.reload();
  }, [html]);
  if (typeof document === "undefined") {
    const data = takeHandOff<AnnotatedBodyProps>(token);
    return (
      <div id={id} className={CLASS} data-testid="document-text">
        {data ? <AnnotatedBody {...data} /> : <p>The text could not be shown. Reload the page to see it.</p>}
      </div>
    );
  }
  return (
    <div
      id={id}
      className={CLASS}
      data-testid="document-text"
      dangerouslySetInnerHTML={{ __html: html ?? "<p>Loading the text…</p>" }}
    />
  );
}
