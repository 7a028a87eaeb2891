-- 006_iu_piece_collection.sql
-- Adds:     iu_piece_collection (an ordered document composed of units, collection_key
--           unique) and iu_piece_membership (collection ↔ unit with role, ordinal and an
--           active flag; one active piece per ordinal). Written by the composer (008).
-- Requires: 003 (information_unit).
-- Rollback: refuses while either table holds rows, unless
--           SET iu_core.force_rollback_006 = true.
-- Delta:    table +2, view 0, function 0, trigger 0, config 0, event_type 0, route 0

CREATE TABLE iu_piece_collection (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collection_key  text NOT NULL UNIQUE
                  CHECK (collection_key ~ '^[^[:space:]]+$' AND length(collection_key) <= 256),
  kind            text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_]*$' AND length(kind) <= 64),
  title           text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 1000),
  description     text,
  -- The piece graph's digest (007), written by the composer when the pieces are attached.
  manifest_digest text NOT NULL CHECK (manifest_digest ~ '^[0-9a-f]{16}$'),
  created_at      timestamptz NOT NULL DEFAULT now(),
  created_by      text NOT NULL CHECK (btrim(created_by) <> ''),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  updated_by      text NOT NULL CHECK (btrim(updated_by) <> '')
);

COMMENT ON TABLE iu_piece_collection IS
  'Piece collections: ordered documents composed of information units. manifest_digest is keyed on the piece graph (ordered active role/unit pairs), not on text.';

CREATE TABLE iu_piece_membership (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- A collection's pieces go with it; a unit in use is never deleted from under one.
  collection_id uuid NOT NULL REFERENCES iu_piece_collection (id) ON DELETE CASCADE,
  iu_id         uuid NOT NULL REFERENCES information_unit (id),
  role          text NOT NULL CHECK (role ~ '^[a-z][a-z0-9_]*$' AND length(role) <= 64),
  -- A collection holds at most 1000 pieces.
  -- squawk-ignore prefer-bigint-over-int
  ordinal       integer NOT NULL CHECK (ordinal > 0),
  active        boolean NOT NULL DEFAULT true,
  -- true where this composition minted the unit: compensation may remove only those.
  minted_here   boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  created_by    text NOT NULL CHECK (btrim(created_by) <> '')
);

-- One active piece per ordinal; also the lookup "active pieces of X in ordinal order", which
-- the orchestrator runs once per instance (100,000 times in one transaction at scale): the
-- predicate matches the lookup's `AND active`, the key order is the ORDER BY, and the
-- INCLUDE columns let it be answered from the index alone. 007's fn_iu_collection_active_pieces
-- makes sure a plan cached while the table was small still uses an index.
CREATE UNIQUE INDEX iu_piece_membership_active_ordinal_key
  ON iu_piece_membership (collection_id, ordinal) INCLUDE (role, iu_id) WHERE active;

-- Every piece of X, active or not, in ordinal order: the ON DELETE CASCADE from
-- iu_piece_collection, the compensation's count and the actor rollback's delete, which the
-- partial index above cannot serve (it leaves inactive pieces out). Keyed on ordinal too,
-- so that when the planner prefers it for the active lookup (it may, on a small table) it
-- still returns the pieces in order, without a sort.
CREATE INDEX iu_piece_membership_collection_ordinal_idx ON iu_piece_membership (collection_id, ordinal);

-- "Is this unit used anywhere else?" (compensation) and the FK check on unit deletion.
CREATE INDEX iu_piece_membership_iu_id_idx ON iu_piece_membership (iu_id);

COMMENT ON TABLE iu_piece_membership IS
  'Which units a collection is made of: role, ordinal (1-based position) and active flag. At most one active piece per (collection, ordinal).';
