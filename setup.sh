#!/usr/bin/env bash
# Set up sco-kg on a fresh machine with Python 3.11: a virtual environment (.venv) with the package and,
# where Node.js is installed, the query page's editor and graph picture (server/web, pinned npm packages).
# With --test, also the test extras, the JavaScript SPARQL client the end-to-end tests drive (tests/js) and,
# where apt-get can install it, Debian's Chromium with its driver for the browser tests.
set -euo pipefail
cd "$(dirname "$0")"
testing=false
[ "${1:-}" = "--test" ] && testing=true
python3 -m venv .venv
if $testing; then .venv/bin/pip install -q -e '.[test]'; else .venv/bin/pip install -q -e .; fi
if command -v npm >/dev/null; then
  npm ci --prefix server/web --no-audit --no-fund -s
  npm run --prefix server/web -s build
  if $testing; then npm ci --prefix tests/js --no-audit --no-fund -s; fi
else
  echo "setup: Node.js is not installed: the query page uses a plain text editor, without a graph picture" >&2
fi
if $testing && ! { command -v chromium && command -v chromedriver; } >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1 \
      || { apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; }
  else
    echo "setup: Chromium is not installed and cannot be installed here: the browser tests are skipped" \
         "(install Debian's chromium and chromium-driver)" >&2
  fi
fi
