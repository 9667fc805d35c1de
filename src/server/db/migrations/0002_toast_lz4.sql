-- The engine state and score reports (several kilobytes of JSON each, written on every turn) are
-- compressed with lz4 rather than PostgreSQL's default pglz: under bench:server, pglz on these
-- columns was about a third of PostgreSQL's CPU time. Only new values are affected. A server
-- built without lz4 (PGlite is one) keeps pglz.
DO $$
BEGIN
  ALTER TABLE "attempts" ALTER COLUMN "state" SET COMPRESSION lz4;
  ALTER TABLE "attempt_turns" ALTER COLUMN "state" SET COMPRESSION lz4;
  ALTER TABLE "attempt_turns" ALTER COLUMN "report" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'lz4 is not available here: the attempt columns keep pglz compression';
END
$$;
