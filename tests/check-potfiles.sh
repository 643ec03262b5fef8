#!/usr/bin/env bash
# Every source file with a translatable string must be listed in po/POTFILES.in, and every
# listed file must exist: otherwise translators never see the string.
set -eu
top=${1:-$(dirname "$0")/..}
cd "$top"
status=0
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
for f in $listed; do
  [ -e "$f" ] || { echo "po/POTFILES.in lists $f, which does not exist"; status=1; }
done
for f in $(grep -lE '\b(_|N_|C_|NC_|g_dngettext|ngettext)\s*\(' app/*/*.c app/core/*/*.c 2>/dev/null | sort); do
  echo "$listed" | grep -qx "$f" || { echo "$f has translatable strings but is not in po/POTFILES.in"; status=1; }
done
for f in $(grep -l 'translatable="yes"' resources/ui/*.ui resources/gtk/*.ui 2>/dev/null | sort); do
  echo "$listed" | grep -qx "$f" || { echo "$f has translatable strings but is not in po/POTFILES.in"; status=1; }
done
if [ $status = 0 ]; then echo "1..1"; echo "ok 1 po/POTFILES.in lists every file with translatable strings"; else echo "1..1"; echo "not ok 1 po/POTFILES.in is out of date"; fi
exit $status
