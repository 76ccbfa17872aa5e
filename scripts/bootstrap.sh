#!/usr/bin/env bash
# Make .venv ready for Frontwatch: create it if missing or stale, and `pip install -e ".[test]"`
# when pyproject.toml changed since the last install. Idempotent; well under a second when the
# venv is already up to date. Used by scripts/run.sh and scripts/test.sh.
#
#   PYTHON=python3.12 bash scripts/bootstrap.sh      # another interpreter (>= 3.10)
#   FRONTWATCH_FORCE_INSTALL=1 bash scripts/bootstrap.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.frontwatch-installed"
PYTHON="${PYTHON:-python3}"

log() { printf 'bootstrap: %s\n' "$*" >&2; }

# one bootstrap at a time per checkout (CI and a developer, or run.sh and test.sh side by side)
if command -v flock >/dev/null 2>&1; then
  LOCK="${TMPDIR:-/tmp}/frontwatch-bootstrap-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1).lock"
  exec 9>"$LOCK"
  flock 9
fi

venv_ok() {
  [ -x "$VENV/bin/python" ] &&
    "$VENV/bin/python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' 2>/dev/null &&
    "$VENV/bin/python" -m pip --version >/dev/null 2>&1
}

if ! venv_ok; then
  command -v "$PYTHON" >/dev/null 2>&1 || { log "no $PYTHON on PATH (need Python >= 3.10)"; exit 1; }
  "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' ||
    { log "$PYTHON is $("$PYTHON" -V 2>&1); Frontwatch needs Python >= 3.10"; exit 1; }
  if [ -e "$VENV" ]; then
    log "$VENV is stale (broken or made by another Python); recreating it"
    rm -rf "$VENV"
  fi
  log "creating $VENV with $("$PYTHON" -V 2>&1)"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
fi

if [ -z "${FRONTWATCH_FORCE_INSTALL:-}" ] && [ -f "$STAMP" ] && [ "$STAMP" -nt "$ROOT/pyproject.toml" ] &&
   "$VENV/bin/python" -c 'import importlib.metadata as m; m.version("frontwatch"); m.version("pytest")' 2>/dev/null; then
  exit 0  # up to date
fi

log "installing the project and its test extras into $VENV (pip install -e .[test])"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT[test]"
touch "$STAMP"
log "done"
