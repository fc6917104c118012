import { jsonForScript } from "@/lib/publishing/jsonld";

/** Structured data for search engines; the JSON is escaped so no value can end the script tag. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}
