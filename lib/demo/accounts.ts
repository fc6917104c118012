// Demo accounts, shared by the seed and the sign-in page (which shows them only when DEMO=1).
import { ROLES } from "@/lib/auth/permissions";

export const DEMO_SLUG = "demo";
export const DEMO_PASSWORD = "corroborate-demo";
export const DEMO_USERS = ROLES.map((role) => ({
  role,
  email: `${role}@demo.corroborate.test`,
  name: `Demo ${role[0].toUpperCase()}${role.slice(1)}`,
}));
