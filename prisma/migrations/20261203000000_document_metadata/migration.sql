-- Publication metadata of an imported document (issue 16: ClaimReview appearance, annotation source)
ALTER TABLE "Document" ADD COLUMN "originalUrl" TEXT,
  ADD COLUMN "author" TEXT,
  ADD COLUMN "publisher" TEXT,
  ADD COLUMN "datePublished" TEXT,
  ADD COLUMN "language" TEXT,
  ADD COLUMN "licence" TEXT;
