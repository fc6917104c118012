-- Two-person rule: remember everyone who wrote or changed a claim's statement.
ALTER TABLE "Claim" ADD COLUMN "statementEditorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
