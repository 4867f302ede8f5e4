#!/usr/bin/env bash
# A throw-away Virtuoso Open Source on 127.0.0.1 for dispute-kg's remote-store tests.
#
#   .ci/virtuoso.sh [DIR]    install (Debian virtuoso-opensource-7-bin) if missing, write DIR/virtuoso.ini
#                            with free loopback ports, start virtuoso-t, wait until /sparql answers,
#                            and print the environment the tests read (KG_VIRTUOSO_*).
#   .ci/virtuoso.sh stop DIR stop the server started in DIR.
#
# The database is new each time (DIR defaults to a fresh temp dir); dba's password is the
# default 'dba' (loopback only, deleted with DIR). Updates go through /sparql-auth (digest auth).
set -euo pipefail

if [ "${1:-}" = "stop" ]; then
  dir="${2:?usage: virtuoso.sh stop DIR}"
  if [ -f "$dir/virtuoso.pid" ]; then
    kill "$(cat "$dir/virtuoso.pid")" 2>/dev/null || true
  fi
  exit 0
fi

if ! command -v virtuoso-t >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin >/dev/null
fi

dir="${1:-$(mktemp -d /tmp/kg-virtuoso.XXXXXX)}"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
read -r sql_port http_port < <(python3 - <<'PY'
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))
PY
)

cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/virtuoso.db
ErrorLogFile = $dir/virtuoso.log
LockFile = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$sql_port
DisableUnixSocket = 1
DirsAllowed = ., $dir
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
CheckpointInterval = 60
CaseMode = 2

[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = $dir
ServerThreads = 10
EnabledDavVSP = 0

[SPARQL]
; the stock 10000-row cap would cut exports and big answers silently
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 0
INI

(cd "$dir" && virtuoso-t +configfile "$dir/virtuoso.ini" +wait) >/dev/null
pid="$(sed -n 's/.*(pid \([0-9]*\)).*/\1/p' "$dir/virtuoso.log" | tail -1)"
echo "$pid" > "$dir/virtuoso.pid"
endpoint="http://127.0.0.1:$http_port"
for _ in $(seq 1 60); do
  if python3 -c "import urllib.request,sys; urllib.request.urlopen('$endpoint/sparql?query=ASK%7B%7D', timeout=2)" 2>/dev/null; then
    echo "KG_VIRTUOSO_DIR=$dir"
    echo "KG_VIRTUOSO_PID=$pid"
    echo "KG_VIRTUOSO_SPARQL=$endpoint/sparql-auth"
    echo "KG_VIRTUOSO_GSP=$endpoint/sparql-graph-crud-auth"
    echo "KG_VIRTUOSO_USER=dba"
    echo "KG_VIRTUOSO_PASSWORD=dba"
    exit 0
  fi
  sleep 0.5
done
echo "virtuoso did not answer on $endpoint (log: $dir/virtuoso.log)" >&2
exit 1
