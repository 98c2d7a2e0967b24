#!/usr/bin/env bash
# Run a command (the test suite) with a throw-away PostgreSQL cluster, so the storage and
# service tests also run against a real server. Usage: .ci/with-postgres.sh CMD ARGS...
#
# Installs Debian's `postgresql` package when it is missing and we are root; creates a
# cluster in a temporary folder (as the `postgres` user when run as root: PostgreSQL
# refuses to run as root), listening only on a Unix socket in that folder; exports
# RECTIFY_TEST_PG_URL for the command; stops and deletes the cluster afterwards.
# When any step fails it says so loudly and runs the command without PostgreSQL (the
# PostgreSQL variants of the tests are then reported as skipped), never silently.
# RECTIFY_TEST_PG_URL already set: use that server. RECTIFY_NO_PG=1: do without.
set -u

PYTHON_BIN="${RECTIFY_PYTHON:-python3}"
dir=""
as=()

say() { echo "==> PostgreSQL: $*" >&2; }

cleanup() {
  if [ -n "$dir" ] && [ -d "$dir" ]; then
    if [ -f "$dir/data/postmaster.pid" ]; then
      "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
    fi
    rm -rf "$dir"
  fi
}

run_without() {
  {
    echo
    echo "!!! PostgreSQL is not available: $*"
    echo "!!! The PostgreSQL variants of the storage and service tests will be SKIPPED."
    echo
  } >&2
  cleanup
  exec "${cmd[@]}"
}

cmd=("$@")
if [ ${#cmd[@]} -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi
if [ -n "${RECTIFY_TEST_PG_URL:-}" ]; then
  say "using the server in RECTIFY_TEST_PG_URL"
  exec "${cmd[@]}"
fi
if [ "${RECTIFY_NO_PG:-}" = 1 ]; then
  run_without "RECTIFY_NO_PG=1"
fi

find_bindir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}
bindir="$(find_bindir)"
if [ -z "$bindir" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's ${RECTIFY_PG_PACKAGES:-postgresql} package"
    if ! { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive \
           apt-get install -y -q --no-install-recommends ${RECTIFY_PG_PACKAGES:-postgresql} \
           >/dev/null; }; then
      run_without "apt-get install ${RECTIFY_PG_PACKAGES:-postgresql} failed"
    fi
    bindir="$(find_bindir)"
  fi
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  run_without "no initdb found (install it with: sudo apt-get install postgresql)"
fi
if ! "$PYTHON_BIN" -c "import psycopg" >/dev/null 2>&1; then
  run_without "the psycopg driver is not installed in $PYTHON_BIN (pip install 'psycopg[binary]')"
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/rectify-pg.XXXXXX")" || run_without "cannot make a temporary folder"
chmod 755 "$dir"
if [ "$(id -u)" = 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    run_without "no 'postgres' user to run the server as (PostgreSQL refuses to run as root)"
  fi
  chown postgres: "$dir"
  as=(runuser -u postgres --)
fi
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! "${as[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale \
     >"$dir/initdb.log" 2>&1; then
  cat "$dir/initdb.log" >&2
  run_without "initdb failed"
fi
# Throw-away data: no fsync. A Unix socket in our own folder only, so the port cannot
# clash with anything else on the machine.
if ! "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
     -o "-k $dir -h '' -p 5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
     start >/dev/null; then
  cat "$dir/server.log" >&2
  run_without "the server did not start"
fi
export RECTIFY_TEST_PG_URL="postgresql+psycopg://postgres@/postgres?host=$dir&port=5432"
say "throw-away cluster $("$bindir/postgres" --version | awk '{print $3}') on $dir"
"${cmd[@]}"
status=$?
exit $status
