#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kindred contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A throw-away PostgreSQL server for the tests.
#
#   pgserver.sh start DIR   initdb (trust, UTF8, locale C) in a new folder under /tmp,
#                           start it on a free local port with its Unix socket there,
#                           write the connection URL to DIR/url (and DIR/url-tcp)
#   pgserver.sh stop DIR    stop it and remove its data
#
# DIR/root records the server's folder, so that a server left running by an
# aborted run is stopped by the next start. The server itself lives under /tmp
# because, when run as root, it runs as the postgres user, who may not reach
# the build tree, and because a Unix socket path must stay short.
#
# Exit codes of start: 0 started; 77 no server (PostgreSQL not installed or it
# could not start; the reason is printed and written to DIR/skipped), which
# CTest reports as skipped. KINDRED_REQUIRE_POSTGRES=1 turns 77 into 1.
# KINDRED_PG_BIN names the folder of initdb and pg_ctl when they are elsewhere.
set -uo pipefail

readonly skipCode=77

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}
[[ $# -eq 2 && ($1 == start || $1 == stop) ]] || usage
command=$1
dir=$(mkdir -p "$2" && cd "$2" && pwd) || exit 1

skip() {
    echo "$1: PostgreSQL tests skipped" | tee "$dir/skipped" >&2
    [[ ${KINDRED_REQUIRE_POSTGRES:-} == 1 ]] && exit 1
    exit $skipCode
}

# Debian keeps the server binaries out of PATH: take KINDRED_PG_BIN, else the
# newest /usr/lib/postgresql/<version>/bin.
bin=""
for candidate in ${KINDRED_PG_BIN:-$(printf "%s\n" /usr/lib/postgresql/*/bin | sort -V)}; do
    [[ -x $candidate/initdb && -x $candidate/pg_ctl ]] && bin=$candidate
done

# initdb and postgres refuse to run as root.
asServer() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stopServer() {
    [[ -f $dir/root ]] || return 0
    local root
    root=$(cat "$dir/root")
    local data=$root/data
    if [[ -f $data/postmaster.pid ]]; then
        if [[ -z $bin ]] || ! asServer "$bin/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1; then
            # pg_ctl is gone or failed: end the postmaster ourselves, if it is still ours.
            local pid
            pid=$(head -n 1 "$data/postmaster.pid")
            if [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$data"; then
                kill -KILL "$pid"
            fi
        fi
    fi
    # Only ever remove a folder this script made.
    [[ $root == /tmp/kindred-pg.* ]] && rm -rf "$root"
    rm -f "$dir/root" "$dir/url" "$dir/url-tcp"
}

if [[ $command == stop ]]; then
    stopServer
    exit 0
fi

rm -f "$dir/skipped"
stopServer
[[ -n $bin ]] || skip "PostgreSQL not installed (no initdb in ${KINDRED_PG_BIN:-/usr/lib/postgresql/*/bin})"
if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || skip "No postgres system user to run the server as"
    command -v runuser >/dev/null || skip "runuser not found"
fi

root=$(mktemp -d /tmp/kindred-pg.XXXXXX) || skip "Cannot make a folder under /tmp"
echo "$root" >"$dir/root"
chmod 755 "$root"
[[ $(id -u) -eq 0 ]] && chown postgres: "$root"

if ! asServer "$bin/initdb" -D "$root/data" -U kindred --auth=trust -E UTF8 --locale=C --no-sync \
    >"$root/initdb.log" 2>&1; then
    cat "$root/initdb.log" >&2
    skip "initdb failed"
fi
# Settings for a server that only ever holds test data.
cat >>"$root/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$root'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
EOF

# A port nothing listens on; another start may take it first, hence the retries.
started=""
for _ in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 40000))
    (: </dev/tcp/127.0.0.1/$port) 2>/dev/null && continue
    if asServer "$bin/pg_ctl" -D "$root/data" -o "-p $port" -l "$root/server.log" -w -t 60 start >/dev/null 2>&1; then
        started=yes
        break
    fi
    grep -q "could not bind\|Address already in use" "$root/server.log" 2>/dev/null || break
done
if [[ -z $started ]]; then
    tail -n 20 "$root/server.log" >&2 2>/dev/null
    skip "The PostgreSQL server did not start"
fi

echo "postgresql://kindred@/postgres?host=$root&port=$port" >"$dir/url"
echo "postgresql://kindred@127.0.0.1:$port/postgres" >"$dir/url-tcp"
echo "PostgreSQL $(basename "$(dirname "$bin")") test server: $(cat "$dir/url")"
