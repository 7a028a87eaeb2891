#!/usr/bin/env bash
# The operating-system packages the real-server tests need, installed with apt when missing:
# a PostgreSQL server, pgTAP and pg_prove, plpgsql_check, pg_partman and pg-semver (vendored pgTAP
# suites need them), and Chromium for the evidence page.
set -euo pipefail

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
  bindir=$(pg_config --bindir)
else
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -rn); do
    if [ -x "$d/initdb" ]; then bindir=$d; break; fi
  done
fi
major=15
if [ -n "$bindir" ]; then
  major=$("$bindir/postgres" --version | sed -E 's/[^0-9]*([0-9]+).*/\1/')
fi

wanted=(
  "postgresql-$major"
  "postgresql-$major-pgtap"
  "libtap-parser-sourcehandler-pgtap-perl"
  "postgresql-$major-plpgsql-check"
  "postgresql-$major-partman"
  "postgresql-$major-semver"
  "chromium"
)
missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all test packages present (PostgreSQL $major, pgTAP, pg_prove, plpgsql_check, pg_partman, semver, chromium)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: missing ${missing[*]} and no apt-get here; install them with your package manager" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup: missing ${missing[*]}; run this as root or install sudo" >&2
    exit 1
  fi
fi
echo "setup: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: installed ${missing[*]}"
