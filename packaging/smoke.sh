#!/usr/bin/env bash
# Smoke test of the installed app, headless, the way a seller's first minutes use it:
#
#     packaging/smoke.sh DIST/jdid-setup-wizard        (Linux, Windows: the folder app)
#     packaging/smoke.sh "DIST/JD.ID Setup Wizard.app"  (macOS)
#
# 1. --export-guide in Indonesian and English; the PDFs are read back (every step heading,
#    every picture: without the bundled resources the guide silently has none).
# 2. --self-test: system libraries, translations, pictures, and QtWebEngine loading the
#    practice login page inside the bundle.
# 3. --sandbox: the window reaches the event loop (its first page painted, the practice
#    platform started) and the log has no warning or error but the known harmless ones.
#    Killed, its practice platform (the app as its own child) ends too.
# 4. The app started as step 16's master-list child reads and saves a list; started as the
#    practice platform it answers the practice console and writes its state file.
# 5. `import --sandbox` finishes with exit 0.
# Everything runs in a temp folder outside the source tree, with its own data folder.
# PYTHON (default: the project's .venv) reads the PDFs and the log back.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
app=${1:?usage: packaging/smoke.sh DIST/jdid-setup-wizard}
app=$(cd "$app" && pwd)
PYTHON=${PYTHON:-$root/.venv/bin/python}
[ -x "$PYTHON" ] || PYTHON=$root/.venv/Scripts/python.exe

case "$(uname -s)" in
  Darwin) gui="$app/Contents/MacOS/jdid-setup-wizard"; cli=$gui ;;
  MINGW* | MSYS* | CYGWIN*) gui="$app/jdid-setup-wizard.exe"; cli="$app/jdid-wizard-cli.exe" ;;
  *) gui="$app/jdid-setup-wizard"; cli=$gui ;;
esac
[ -x "$cli" ] || { echo "smoke: no program at $cli" >&2; exit 1; }

export QT_QPA_PLATFORM=offscreen
unset JDID_WIZARD_HOME
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"  # outside the source tree: the bundle must not find anything of ours there

failed=0
checks=0
problems=0
this_failed=0
step() { printf '\nsmoke: %s\n' "$*"; checks=$((checks + 1)); this_failed=0; }
fail() {
  echo "smoke: FAILED: $*"
  failed=1
  [ "$this_failed" = 1 ] || problems=$((problems + 1))
  this_failed=1
}

# run_for SECONDS CMD...: run CMD, stop it after SECONDS (macOS has no `timeout`).
run_for() {
  local limit=$1; shift
  "$@" &
  local pid=$! waited=0
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge "$limit" ]; then
      kill "$pid" 2>/dev/null || true
      echo "smoke: stopped after ${limit}s: $*"
      wait "$pid" 2>/dev/null || true
      return 124
    fi
    sleep 1; waited=$((waited + 1))
  done
  wait "$pid"
}

start=$(date +%s)
for lang in id en; do
  step "--export-guide guide-$lang.pdf --lang $lang"
  if run_for 120 "$cli" --data-dir "$work/home-guide" --export-guide "$work/guide-$lang.pdf" --lang "$lang"; then
    "$PYTHON" "$here/smoke_check.py" guide "$work/guide-$lang.pdf" "$lang" || fail "guide $lang"
  else
    fail "--export-guide --lang $lang exited $?"
  fi
done

step "--self-test"
out=$(run_for 180 "$cli" --data-dir "$work/home-selftest" --self-test 2>"$work/selftest.err") || fail "--self-test exited $?"
echo "$out"
"$PYTHON" "$here/smoke_check.py" stderr "$work/selftest.err" || fail "unexpected output of --self-test"
grep -q "self-test: ok: login page (QtWebEngine): form" <<<"$out" || fail "QtWebEngine did not load the login page"

step "--sandbox (the window, headless)"
log="$work/home-gui/logs/wizard.log"
"$gui" --data-dir "$work/home-gui" --sandbox --lang en >"$work/gui.out" 2>&1 &
gui_pid=$!
reached=0
for _ in $(seq 120); do
  if [ -f "$log" ] && grep -q "first page painted" "$log" && grep -q "practice sandbox running at" "$log"; then
    reached=1; break
  fi
  kill -0 "$gui_pid" 2>/dev/null || break
  sleep 1
done
sleep 2  # let the later pages build: errors there count too
if [ "$reached" = 1 ] && kill -0 "$gui_pid" 2>/dev/null; then
  echo "event loop reached: first page painted, practice platform running"
else
  fail "--sandbox did not reach the event loop"
  cat "$work/gui.out"
fi
# The window's practice platform is a child of its own (pgrep: not on Windows' shell).
practice_pid=
if command -v pgrep >/dev/null; then
  practice_pid=$(pgrep -P "$gui_pid" -f -- "--practice-worker" | head -n 1 || true)
  [ -n "$practice_pid" ] || fail "--sandbox: no practice platform child (--practice-worker)"
fi
kill "$gui_pid" 2>/dev/null || true
wait "$gui_pid" 2>/dev/null || true
# Running, not a zombie: an ended orphan may wait a while for the system to reap it.
alive() { local s; s=$(ps -o stat= -p "$1" 2>/dev/null) || return 1; [[ $s != Z* ]]; }
if [ -n "$practice_pid" ]; then
  for _ in $(seq 30); do alive "$practice_pid" || break; sleep 1; done
  if alive "$practice_pid"; then
    fail "--sandbox: the practice platform outlived the window"
    kill "$practice_pid" 2>/dev/null || true
  fi
fi
if [ -f "$log" ]; then
  "$PYTHON" "$here/smoke_check.py" log "$log" || fail "unexpected warnings or errors in the log"
fi
"$PYTHON" "$here/smoke_check.py" stderr "$work/gui.out" || fail "unexpected output of the window"

step "the master-list child (--masters-worker)"
"$PYTHON" "$here/smoke_check.py" masters "$cli" "$work/masters" || fail "the master-list child"

step "the import and push children (--import-worker, --push-worker)"
"$PYTHON" "$here/smoke_check.py" import "$cli" "$work/import-child" || fail "the import or push child"

step "the practice platform child (--practice-worker)"
"$PYTHON" "$here/smoke_check.py" practice "$cli" "$work/practice" || fail "the practice platform child"

step "import --sandbox"
set +e
run_for 300 "$cli" import --sandbox --data-dir "$work/home-import" >"$work/import.out" 2>"$work/import.err"
code=$?
set -e
tail -n 3 "$work/import.err" | tr '\r' '\n' | tail -n 1
grep -E "^(Import finished|  Imported:)" "$work/import.out" || true
[ "$code" = 0 ] || { fail "import --sandbox exited $code"; cat "$work/import.out" "$work/import.err" | tail -20; }

echo
echo "smoke: $app, $(( $(date +%s) - start ))s"
echo "smoke: $((checks - problems)) passed, $problems failed"
exit "$failed"
