import { describe, expect, it } from "vitest";
import { authorize } from "./roles";

const attempt = (role: "admin" | "reviewer" | "viewer", method: string, path: string) => {
  try {
    authorize({ role }, method, path);
    return "ok";
  } catch (err) {
    return (err as { code: string }).code;
  }
};

describe("authorize", () => {
  it("shows the audit log to admins only", () => {
    expect(attempt("admin", "GET", "/api/v1/audit_log")).toBe("ok");
    expect(attempt("reviewer", "GET", "/api/v1/audit_log")).toBe("forbidden");
    expect(attempt("viewer", "GET", "/api/v1/audit_log")).toBe("forbidden");
  });
  it("lets every role read", () => {
    for (const role of ["admin", "reviewer", "viewer"] as const) expect(attempt(role, "GET", "/api/v1/users")).toBe("ok");
  });
  it("stops viewers from any write", () => {
    expect(attempt("viewer", "POST", "/api/v1/contractors")).toBe("forbidden");
    expect(attempt("viewer", "POST", "/api/v1/files/certificates/ci_x/deny")).toBe("forbidden");
  });
  it("stops reviewers from managing keys, users and webhooks only", () => {
    expect(attempt("reviewer", "POST", "/api/v1/files/certificates/ci_x/deny")).toBe("ok");
    expect(attempt("reviewer", "PUT", "/api/v1/insurance_requirements/ir_x")).toBe("ok");
    expect(attempt("reviewer", "POST", "/api/v1/api_keys")).toBe("forbidden");
    expect(attempt("reviewer", "DELETE", "/api/v1/users/usr_x")).toBe("forbidden");
    expect(attempt("reviewer", "POST", "/api/v1/webhook_endpoints")).toBe("forbidden");
    expect(attempt("admin", "POST", "/api/v1/webhook_endpoints")).toBe("ok");
  });
  it("lets only admins resend events, while every role reads them", () => {
    expect(attempt("reviewer", "POST", "/api/v1/events/evt_x/resend")).toBe("forbidden");
    expect(attempt("viewer", "POST", "/api/v1/events/evt_x/resend")).toBe("forbidden");
    expect(attempt("admin", "POST", "/api/v1/events/evt_x/resend")).toBe("ok");
    expect(attempt("reviewer", "GET", "/api/v1/events/evt_x")).toBe("ok");
  });
});
