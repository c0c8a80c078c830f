#!/bin/sh
# Makes sure a Python with networkx is present for the export round-trip tests
# (test/unit/export/usualReaders.test.ts reads GraphML and GEXF exports with networkx).
# Idempotent and quiet: does nothing when python3 (or Debian's /usr/bin/python3) already imports
# networkx; otherwise installs Debian's python3-networkx when running as root. Without it those
# tests are skipped with a message.
set -eu

for python in python3 /usr/bin/python3; do
  if command -v "$python" >/dev/null 2>&1 && "$python" -c 'import networkx' >/dev/null 2>&1; then
    exit 0
  fi
done

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-networkx: no python3 with networkx and no way to install it (needs root and apt-get); the networkx round-trip tests are skipped" >&2
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends python3-networkx >/dev/null

if ! /usr/bin/python3 -c 'import networkx' >/dev/null 2>&1; then
  echo "install-networkx: apt-get installed python3-networkx but /usr/bin/python3 cannot import networkx" >&2
  exit 1
fi
