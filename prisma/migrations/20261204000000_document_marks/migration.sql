-- Bold and italic ranges of a document version's text (issue 16): the reader and the public page render them
ALTER TABLE "DocumentVersion" ADD COLUMN "marks" JSONB NOT NULL DEFAULT '[]';
