-- Not pgTAP's: what its suite needs in a fresh database, loaded with
-- `psql -X -v ON_ERROR_STOP=1 -f setup.sql` before the files run (pg_prove expects pgTAP installed).
CREATE EXTENSION pgtap;
