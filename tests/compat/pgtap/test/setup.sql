\i test/psql.sql

BEGIN;
