// Runs an App Router route handler inside Next's own request scope (the stores Next creates for
import "./als-global";
// every API request), so `getServerSession` reads the request's real session cookie.
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { createRequestStoreForAPI } from "next/dist/server/async-storage/request-store";
import { createWorkStore } from "next/dist/server/async-storage/work-store";

export function inRequestScope<T>(req: Request, route: string, fn: () => Promise<T>): Promise<T> {
  const url = new URL(req.url);
  const requestStore = createRequestStoreForAPI(
    req as never,
    { pathname: url.pathname, search: url.search },
    { tags: [], expirationsByCacheKind: new Map() } as never,
    undefined,
    undefined,
    undefined,
  );
  const workStore = createWorkStore({
    page: route,
    renderOpts: {
      cacheLifeProfiles: {},
      staticPageGenerationTimeout: 60,
      experimental: {},
      cacheComponents: false,
    } as never,
    buildId: "test",
    deploymentId: "",
    previouslyRevalidatedTags: [],
  });
  return workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, fn));
}
