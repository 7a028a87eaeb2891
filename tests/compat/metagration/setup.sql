-- Not metagration's: what its suite needs in a fresh database, loaded with
-- `psql -X -v ON_ERROR_STOP=1 -f setup.sql` from this folder before test/test.sql runs.
-- Upstream installs sql/metagration.sql as an extension through pg_tle (not packaged for
-- Debian); loaded as a plain script it also records one migration script (revision 1),
-- which the suite's core.sql deletes, but the revision sequence has moved on and every
-- revision the suite expects would be one off. Restarting the sequence leaves the database
-- as CREATE EXTENSION would. pgTAP is not installed here: test/test.sql creates it.
\ir sql/metagration.sql
ALTER SEQUENCE metagration.script_revision_seq RESTART;
