#!/usr/bin/env bash
# Fresh machine to a running demo: bootstrap .venv, then `python -m streams demo` (arguments are
# passed on). Without KAFKA_BOOTSTRAP_SERVERS the demo starts the embedded broker itself.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
exec "$ROOT/.venv/bin/python" -m streams demo "$@"
