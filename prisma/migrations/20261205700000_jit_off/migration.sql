-- No JIT compilation for this database's sessions. Public search over a common word is estimated
-- above jit_above_cost, and compiling its expressions cost more than it saved (measured: 714 ms of
-- JIT in a 2,037 ms run at 100,000 claims, the plan in bench/RESULTS.md); the app's statements are
-- short, so JIT does not pay here. Where the migrating role may not alter the database (some
-- managed services), the setting is skipped rather than failing the migration.
DO $$
BEGIN
  PERFORM set_config('jit', 'off', false);
  EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'jit left as configured: %', SQLERRM;
END $$;
