#!/bin/sh
# Makes sure a Chromium for the explorer e2e test (test/e2e/explorer.test.ts) is present.
# Idempotent and quiet: does nothing when CHROMIUM_PATH or /usr/bin/chromium already exists;
# otherwise installs Debian's chromium package when running as root.
set -eu

target="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$target" ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-browser: no Chromium at $target and not root; install the chromium package or set CHROMIUM_PATH (the explorer e2e test is skipped meanwhile)" >&2
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: no Chromium at $target and no apt-get; install Chromium yourself and set CHROMIUM_PATH" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium >/dev/null

if [ ! -x /usr/bin/chromium ]; then
  echo "install-browser: apt-get installed chromium but /usr/bin/chromium is still missing" >&2
  exit 1
fi
if [ "$target" != /usr/bin/chromium ]; then
  echo "install-browser: installed /usr/bin/chromium; CHROMIUM_PATH ($target) still points elsewhere" >&2
fi
