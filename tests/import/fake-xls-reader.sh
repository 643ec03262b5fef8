#!/bin/sh
# fake-xls-reader.sh: stands in for vs-xls-reader (VS_XLS_READER) to end as a damaged file
# or a hostile one could make the real one end; VS_FAKE_XLS_MODE says how.
#
# Copyright 2026 The Vital Signs authors
# SPDX-License-Identifier: GPL-3.0-or-later
magic='VSXLS\001\r\n'
case "$VS_FAKE_XLS_MODE" in
  segv)      printf "$magic"; kill -SEGV $$ ;;
  sleep)     exec sleep 60 ;;
  spin)      while :; do :; done ;;
  garbage)   printf 'not the protocol at all' ;;
  truncated) printf "${magic}S\005\000\000\000Sh" ;;
  # a whole, good stream, and then a failure
  status)    printf "${magic}S\001\000\000\000AE"; exit 3 ;;
  # a cell claiming 2 MB of text, then text without end: the parent stops reading
  flood)     printf "${magic}S\001\000\000\000AT\000\000\000\000\000\000\000\000\040\000"
             exec cat /dev/zero ;;
  *)         echo "fake-xls-reader.sh: VS_FAKE_XLS_MODE?" >&2; exit 2 ;;
esac
