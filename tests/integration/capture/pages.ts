// A local web server for capture tests: every page a test needs, on 127.0.0.1 only.
import http from "node:http";
import type { AddressInfo } from "node:net";

export const ARTICLE = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Senate panel report | The Example Ledger</title>
<link rel="canonical" href="/articles/kerry-report">
<meta property="og:site_name" content="The Example Ledger">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="1989-04-13T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Senate panel report</h1>
<p>${body}</p>
<p>The committee's staff interviewed dozens of witnesses over two years, and the report runs to more than a thousand pages of findings and exhibits.</p>
<p>Officials declined to comment on the findings when reached on Thursday, saying the report was still under review by the department.</p>
</article><footer>© The Example Ledger</footer></body></html>`;

export interface PageServer {
  origin: string;
  pages: Map<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startPages(): Promise<PageServer> {
  const pages = new Map<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>();
  const hits = new Map<string, number>();
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not here");
      return;
    }
    open.add(res);
    res.on("close", () => open.delete(res));
    page(req, res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    pages,
    hits,
    close: () =>
      new Promise<void>((r) => {
        for (const res of open) res.destroy();
        server.close(() => r());
      }),
  };
}

export const html =
  (body: string, type = "text/html; charset=utf-8") =>
  (_req: http.IncomingMessage, res: http.ServerResponse) =>
    res.writeHead(200, { "content-type": type }).end(body);
