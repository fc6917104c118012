-- Sessions are JWTs; a token carries the user's sessionVersion from sign-in and is refused once
-- the version moves on (sign-out, password change, removal from a workspace).
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
