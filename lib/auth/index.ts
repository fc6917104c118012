export * from "./actor";
export * from "./permissions";
export { workspaceAccess, authorize, assertCan, type WorkspaceAccess } from "./access";
export { hashPassword, verifyPassword, MIN_PASSWORD_LENGTH } from "./password";
export { authenticate } from "./signin";
