-- Evidence excerpts say whether they quote the source verbatim or summarise it.
CREATE TYPE "ExcerptKind" AS ENUM ('quote', 'summary');
ALTER TABLE "Evidence" ADD COLUMN "excerptKind" "ExcerptKind" NOT NULL DEFAULT 'quote';
