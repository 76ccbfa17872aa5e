#!/usr/bin/env bash
# Bootstrap .venv, then run the test suite: `bash scripts/test.sh [pytest args…]`.
# The broker comes from KAFKA_BOOTSTRAP_SERVERS, else Docker (testcontainers), else the embedded
# noida-db broker (see tests/conftest.py).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
rc=0
"$ROOT/.venv/bin/python" -m pytest "$@" || rc=$?
if [ "$rc" -eq 5 ]; then
  # pytest's "no tests were collected": a suite (or selection) that runs nothing is not a pass
  echo "test.sh: pytest collected no tests${*:+ for: $*}; treating that as a failure" >&2
  exit 1
fi
exit "$rc"
