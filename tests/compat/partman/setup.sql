-- Not pg_partman's: what its suite needs in a fresh database, loaded with
-- `psql -X -v ON_ERROR_STOP=1 -f setup.sql` before the files run. test/README_test.md:
-- "Tests assume that the required extensions have been installed in the following schemas:
-- pg_partman: partman, pgTAP: public". pg_partman 4.7.2 is Debian's postgresql-15-partman.
CREATE SCHEMA partman;
CREATE EXTENSION pg_partman SCHEMA partman;
CREATE EXTENSION pgtap;
