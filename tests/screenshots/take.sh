#!/usr/bin/env bash
# Screenshots of the window on the demo data, for the README and for looking at: the
# overview, an area, a report card, the import preview, the preferences and the pack's
# dialog, at 1280x800, 1024x640 and 800x600 (where the sidebar folds away), light and dark
# (VS_SHOT_SIZES="1280x800" for one size).
#
# Usage: tests/screenshots/take.sh [BUILD_DIR] [VIEW_FILTER]
# Writes tests/screenshots/out/<view>-<width>x<height>-<scheme>.png (gitignored).
# Needs: xvfb, xauth, xdotool, imagemagick (import), dbus-daemon; all in the Makefile's lists.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
only=${2:-}
app="$build/app/vital-signs"
out="$here/out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -x "$app" ] || { echo "take.sh: no $app; build first (make build)" >&2; exit 1; }
mkdir -p "$out"

# A database of its own, filled with the demo data once; every shot reads the same one.
db="$work/demo.db"
export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR="$build/data"
export GSK_RENDERER=cairo
export NO_AT_BRIDGE=1
export ASAN_OPTIONS=detect_leaks=0

# A small monthly extract to preview: a corrected November, a new December and a measure
# the catalogue does not know yet, so the preview shows every kind of change.
extract="$work/Vital signs December 2017.csv"
cat >"$extract" <<'CSV'
Ref,Indicator,Bigger or Smaller is better,Nov 17,Dec 17,Target
6.14,Child Protection (CP) - % children seen,Bigger,58.3%,71.2%,100%
7.10p,LAC with up to date Health Assessment (HA),Bigger,78.0%,80.4%,100%
,Children seen by a social worker within 24 hours of referral,Bigger,91.0%,92.5%,90%
CSV

# Published statistics of every authority, Norfolk at home: the benchmarks views read these.
pubdb="$work/published.db"
"$app" --db "$pubdb" import --home 926 "$root/tests/data/public/bench_d3_cpp_subsequent_2019_to_2025.csv" \
  "$root/tests/data/public/bench_c1_referrals_2019_to_2025.csv" >/dev/null

views=(
  "welcome|overview|Vital Signs"
  "overview|overview|Vital Signs"
  "area|area:Child Protection|Vital Signs"
  "area-adoption|area:Adoption|Vital Signs"
  "exceptions|exceptions|Vital Signs"
  "report-card|indicator:6.14|Vital Signs"
  "import-preview|import:$extract|Import"
  "import-home|import:$root/tests/data/public/bench_d3_cpp_subsequent_2019_to_2025.csv|Import"
  "preferences|preferences|Preferences"
  "export-pack|overview|Export Committee Pack"
  "benchmarks|benchmarks|Vital Signs"
  "imports|imports|Vital Signs"
  "report-card-benchmarks|indicator:d3.subsequent_plan_percent|Vital Signs"
)
sizes=(${VS_SHOT_SIZES:-1280x800 1024x640 800x600})
schemes=(light dark)

shoot () {
  local name=$1 view=$2 dialog=$3 size=$4 scheme=$5
  local w=${size%x*} h=${size#*x}
  local png="$out/$name-$size-$scheme.png"
  local script="$work/shoot.sh"
  local dbfile="$db" demo="--demo"
  [[ "$name" == *benchmarks* ]] && dbfile="$pubdb"
  # The first start: a database of the officer's own, empty, on the welcome page.
  [[ "$name" == welcome ]] && dbfile="$work/empty-$size-$scheme.db" && demo=""

  cat >"$script" <<INNER
set -u
"$app" --db "$dbfile" $demo --view "$view" --color-scheme "$scheme" >"$work/app.log" 2>&1 &
pid=\$!
win=
for i in \$(seq 1 120); do
  # "Vital Signs", or a named file's "demo.db — Vital Signs" (the demo's "Demo Data — …")
  win=\$(xdotool search --onlyvisible --name 'Vital Signs\$' 2>/dev/null | head -n1)
  [ -n "\$win" ] && break
  sleep 0.25
done
[ -n "\$win" ] || { kill \$pid; exit 1; }
xdotool windowmove "\$win" 0 0 windowsize "\$win" $w $h
# The pack's dialog has no view of its own: its shortcut opens it, as the officer would.
if [ "$dialog" = "Export Committee Pack" ]; then
  sleep 1
  xdotool windowfocus --sync "\$win" key ctrl+e
fi
# With no window manager a dialog opens at the corner: centre it over the window.
if [ "$dialog" != "Vital Signs" ]; then
  for i in \$(seq 1 60); do
    d=\$(xdotool search --onlyvisible --name '^$dialog\$' 2>/dev/null | head -n1)
    [ -n "\$d" ] && break
    sleep 0.25
  done
  if [ -n "\$d" ]; then
    eval \$(xdotool getwindowgeometry --shell "\$d")
    dw=\$WIDTH; dh=\$HEIGHT
    [ \$dw -gt $((w - 40)) ] && dw=$((w - 40))
    [ \$dh -gt $((h - 40)) ] && dh=$((h - 40))
    xdotool windowsize "\$d" \$dw \$dh windowmove "\$d" \$(( ($w - dw) / 2 )) \$(( ($h - dh) / 2 )) windowraise "\$d"
  fi
fi
# Out of the way, so no tooltip or hover shows; then let charts arrive and settle.
xdotool mousemove $((w - 1)) $((h - 1))
sleep 4
import -window root "$png"
kill \$pid 2>/dev/null
wait \$pid 2>/dev/null
exit 0
INNER
  if dbus-run-session -- xvfb-run -a -s "-screen 0 ${size}x24" bash "$script"; then
    echo "take.sh: $png"
  else
    echo "take.sh: no window for $name at $size ($scheme); see $work/app.log" >&2
    cat "$work/app.log" >&2 || true
    return 1
  fi
}

for entry in "${views[@]}"; do
  IFS='|' read -r name view dialog <<<"$entry"
  [ -n "$only" ] && [[ "$name" != *"$only"* ]] && continue
  for size in "${sizes[@]}"; do
    for scheme in "${schemes[@]}"; do
      shoot "$name" "$view" "$dialog" "$size" "$scheme"
    done
  done
done
