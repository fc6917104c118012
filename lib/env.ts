// Start-up configuration check: a bad variable stops the process with one line naming it.
import { parseDatabaseUrl, InvalidDatabaseUrl } from "./db/url";

export interface EnvProblem {
  variable: string;
  message: string;
}

export function checkEnv(env: Record<string, string | undefined> = process.env): EnvProblem | null {
  try {
    parseDatabaseUrl(env.DATABASE_URL);
  } catch (err) {
    if (err instanceof InvalidDatabaseUrl) return { variable: "DATABASE_URL", message: err.message };
    throw err;
  }
  if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
    return {
      variable: "NEXTAUTH_SECRET",
      message: "NEXTAUTH_SECRET: required in production (a long random string that signs sessions)",
    };
  }
  if (env.NEXTAUTH_SECRET !== undefined && env.NEXTAUTH_SECRET.length < 16) {
    return { variable: "NEXTAUTH_SECRET", message: "NEXTAUTH_SECRET: must be at least 16 characters" };
  }
  if (env.PUBLIC_URL) {
    try {
      const u = new URL(env.PUBLIC_URL);
      if (!/^https?:$/.test(u.protocol)) throw new Error();
    } catch {
      return { variable: "PUBLIC_URL", message: `PUBLIC_URL: '${env.PUBLIC_URL}' is not an http(s) URL` };
    }
  }
  if (env.DUPLICATE_THRESHOLD) {
    const t = Number(env.DUPLICATE_THRESHOLD);
    if (!(t > 0 && t <= 1))
      return {
        variable: "DUPLICATE_THRESHOLD",
        message: `DUPLICATE_THRESHOLD: '${env.DUPLICATE_THRESHOLD}' is not a share above 0 and at most 1 (similar claims' trigram overlap)`,
      };
  }
  if (env.PORT && !/^\d{1,5}$/.test(env.PORT))
    return { variable: "PORT", message: `PORT: '${env.PORT}' is not a port number` };
  return null;
}

/** Exits the process with one line when the environment is unusable. */
export function assertEnv(env: Record<string, string | undefined> = process.env): void {
  const problem = checkEnv(env);
  if (problem) {
    console.error(`corroborate: invalid configuration: ${problem.message}`);
    process.exit(1);
  }
}

export function publicUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.PUBLIC_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/$/, "");
}
