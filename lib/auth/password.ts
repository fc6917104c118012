// bcrypt (cost 12) via bcryptjs: pure JS, so nothing native to build on any machine.
import bcrypt from "bcryptjs";

const COST = 12;
export const MIN_PASSWORD_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  // Compare against a fixed hash when the user is unknown, so timing doesn't reveal which.
  return bcrypt.compare(password, hash ?? DUMMY_HASH);
}

const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO6m8Y7nJ0gLwSuk3jV0nQ2oE6m0v7n1y";
