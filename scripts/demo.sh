#!/usr/bin/env bash
# The main job on the bundled sample corpus: ingest (clean + code), index, verdict, brief, feed.
set -euo pipefail
DW=$1; OUT=$2; DB=$3
mkdir -p "$OUT"
export DYADWATCH_DB="$DB"
"$DW" ingest examples/corpus
"$DW" documents --format table
"$DW" events --dyad BLR-RUS --format csv > "$OUT/events-BLR-RUS.csv"
if "$DW" index --help >/dev/null 2>&1; then
  "$DW" index --dyad BLR-RUS --freq week --format csv > "$OUT/index-BLR-RUS-week.csv"
  WEEK=$("$DW" index --dyad BLR-RUS --freq week --busiest)
  "$DW" verdict --dyad BLR-RUS --week "$WEEK"
  "$DW" brief --dyad BLR-RUS --week "$WEEK" --format html -o "$OUT/brief-BLR-RUS-$WEEK.html"
  "$DW" brief --dyad BLR-RUS --week "$WEEK" --format md -o "$OUT/brief-BLR-RUS-$WEEK.md"
  "$DW" feed --dyad BLR-RUS -o "$OUT/feed-BLR-RUS.atom"
fi
echo
echo "Outputs:"
echo "  store:   $DB"
ls -1 "$OUT" | sed "s#^#  $OUT/#"
