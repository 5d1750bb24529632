#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Regenerate the Excel-shaped corpus: tests/excel/corpus/* from
# tests/excel/src/*.fods, with LibreOffice Calc headless.
#
#   apt-get install -y libreoffice-calc-nogui    # once
#   tests/excel/make-corpus.sh
#
# 1. sources.py writes src/*.fods and MANIFEST.tsv from its tables.
# 2. For each MANIFEST.tsv row, soffice exports the source with the CSV
#    filter (token 1 separator 44/59/9, token 2 text delimiter 34, token 3
#    character set 76 UTF-8 / 1 Windows-1252 / 65535 UTF-16 "Unicode",
#    token 4 1, token 5 empty, token 6 0, token 7 false = quote only
#    cells that need it, as Excel does).
# 3. Shapes LibreOffice 7.4 on Linux cannot write are post-processed, each
#    step named in the how_made column:
#      - CRLF or CR record ends: LibreOffice writes LF; eol.py rewrites the
#        record ends (an LF inside a quoted cell stays, as Excel writes it);
#      - UTF-8 with BOM: 7.4 has no BOM option; printf puts EF BB BF before;
#      - UTF-16 big-endian: "Unicode" (65535) is little-endian with FF FE on
#        x86; iconv turns it big-endian and printf puts FE FF before.
# 4. verify.py checks every file's bytes against its manifest row.
#
# A private LibreOffice profile, made afresh in a temporary directory, keeps
# runs independent of any user's settings; the output is byte-identical run
# to run (run it twice and `git diff` is empty).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
command -v soffice >/dev/null || { echo "make-corpus.sh: soffice not found (apt-get install libreoffice-calc-nogui)" >&2; exit 1; }
export LC_ALL=C.UTF-8 TZ=UTC

python3 sources.py

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
profile="file://$tmp/profile"
mkdir -p corpus
rm -f corpus/*

tab=$(printf '\t')
tail -n +2 MANIFEST.tsv | while IFS="$tab" read -r file source encoding delimiter line_end how_made members expect; do
  case $delimiter in comma) sep=44 ;; semicolon) sep=59 ;; tab) sep=9 ;; *) echo "bad delimiter $delimiter" >&2; exit 1 ;; esac
  case $encoding in
    utf-8 | utf-8-bom) cs=76 ;;           # RTL_TEXTENCODING_UTF8
    windows-1252) cs=1 ;;                 # RTL_TEXTENCODING_MS_1252
    utf-16le | utf-16be) cs=65535 ;;      # RTL_TEXTENCODING_UNICODE
    *) echo "bad encoding $encoding" >&2; exit 1 ;;
  esac
  filter="Text - txt - csv (StarCalc):$sep,34,$cs,1,,0,false"
  made="soffice --convert-to 'csv:$filter'"

  rm -rf "$tmp/out"
  soffice "-env:UserInstallation=$profile" --headless --convert-to "csv:$filter" --outdir "$tmp/out" "$source" >"$tmp/log" 2>&1 ||
    { cat "$tmp/log" >&2; exit 1; }
  base=$(basename "$source" .fods)
  f="$tmp/out/$base.csv"
  [ -s "$f" ] || { echo "make-corpus.sh: soffice wrote no $f" >&2; cat "$tmp/log" >&2; exit 1; }

  if [ "$line_end" != lf ]; then
    u=""
    case $encoding in utf-16*) u=" --utf16" ;; esac
    # shellcheck disable=SC2086
    python3 eol.py "$line_end" $u <"$f" >"$f.eol"
    mv "$f.eol" "$f"
    made="$made; eol.py $line_end$u"
  fi
  if [ "$encoding" = utf-8-bom ]; then
    { printf '\357\273\277'; cat "$f"; } >"$f.bom"
    mv "$f.bom" "$f"
    made="$made; printf EF BB BF before"
  fi
  if [ "$encoding" = utf-16be ]; then
    { printf '\376\377'; iconv -f UTF-16 -t UTF-16BE "$f"; } >"$f.be"
    mv "$f.be" "$f"
    made="$made; iconv -f UTF-16 -t UTF-16BE, printf FE FF before"
  fi
  if [ "$made" != "$how_made" ]; then
    echo "make-corpus.sh: $file: made by \"$made\" but MANIFEST.tsv says \"$how_made\"" >&2
    exit 1
  fi
  mv "$f" "corpus/$file"
  echo "$file"
done

python3 verify.py
