import { describe, expect, it } from "vitest";
import { requestIdFor, shutdownGraceMs } from "@/lib/platform/http-server";
import vm from "node:vm";
import { errorFields, errorMessage, logLevel } from "@/lib/platform/log";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("logging and request ids", () => {
  it("LOG_LEVEL: a known level, else info", () => {
    expect(logLevel({})).toBe("info");
    for (const l of ["debug", "warn", "error", "silent"]) expect(logLevel({ LOG_LEVEL: l })).toBe(l);
    expect(logLevel({ LOG_LEVEL: " WARN " })).toBe("warn");
    expect(logLevel({ LOG_LEVEL: "verbose" })).toBe("info");
  });

  it("keeps an inbound request id only from a trusted proxy, and only a sane one", () => {
    expect(requestIdFor("proxy-id-12345", { TRUST_PROXY: "1" })).toBe("proxy-id-12345");
    expect(requestIdFor("proxy-id-12345", {})).toMatch(UUID);
    expect(requestIdFor("a\nb: forged log line", { TRUST_PROXY: "1" })).toMatch(UUID);
    expect(requestIdFor("x".repeat(129), { TRUST_PROXY: "1" })).toMatch(UUID);
    expect(requestIdFor(undefined, { TRUST_PROXY: "1" })).toMatch(UUID);
    expect(requestIdFor("a", {})).not.toBe(requestIdFor("a", {}));
  });

  it("SHUTDOWN_GRACE_MS: a non-negative number, else 10 s", () => {
    expect(shutdownGraceMs({})).toBe(10_000);
    expect(shutdownGraceMs({ SHUTDOWN_GRACE_MS: "2500" })).toBe(2500);
    expect(shutdownGraceMs({ SHUTDOWN_GRACE_MS: "0" })).toBe(0);
    expect(shutdownGraceMs({ SHUTDOWN_GRACE_MS: "soon" })).toBe(10_000);
    expect(shutdownGraceMs({ SHUTDOWN_GRACE_MS: "-1" })).toBe(10_000);
  });

  it("error details name the error, not its attached data", () => {
    const err = Object.assign(new Error("unique constraint"), { code: "P2002", meta: { password: "hunter2" } });
    const f = errorFields(err);
    expect(f).toMatchObject({ type: "Error", message: "unique constraint", code: "P2002" });
    expect(JSON.stringify(f)).not.toContain("hunter2");
  });
});

describe("errorMessage", () => {
  it("says what went wrong whatever was thrown, never [object Object]", () => {
    expect(errorMessage(new Error("connect ECONNREFUSED 127.0.0.1:2526"))).toBe("connect ECONNREFUSED 127.0.0.1:2526");
    // An Error from another realm (a worker, a VM context) is not `instanceof Error` here.
    expect(errorMessage(vm.runInNewContext('new Error("from elsewhere")'))).toBe("from elsewhere");
    expect(errorMessage({ message: "Greeting never received", code: "ETIMEDOUT" })).toBe("Greeting never received");
    expect(errorMessage({ code: "EAUTH" })).toBe("EAUTH");
    expect(errorMessage("plain")).toBe("plain");
    expect(errorMessage(undefined)).toBe("undefined");
  });
  it("leaves out the other fields of an unknown object (they may hold credentials)", () => {
    const thrown = { auth: { user: "mailer", pass: "hunter2" } };
    expect(errorMessage(thrown)).toBe("Object thrown");
    expect(JSON.stringify(errorFields(thrown))).not.toContain("hunter2");
  });
});
