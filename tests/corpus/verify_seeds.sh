#!/usr/bin/env bash
# Proves that the bundled documents carry the seed texts byte-for-byte: each
# body (everything after the closing `---` of the front matter) equals its seed
# file, and for seed 004 the article body followed by the comment bodies, in
# order, equals the seed. Needs shared/seeds, so it is a maintainer's check;
# corpus_test (BundledCorpus.*) checks the same against stored SHA-256 sums.
#   usage: tests/corpus/verify_seeds.sh [SEEDS_DIR]   (default: ../shared/seeds)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
docs="$here/../../corpus/data/documents"
seeds="${1:-$here/../../../shared/seeds}"

# Prints the body of a document: the bytes after the second `---` line.
body() {
  local closing
  closing=$(grep -n -m 2 -x -e '---' "$1" | sed -n 2p | cut -d: -f1)
  [[ -n "$closing" ]] || { echo "no front matter in $1" >&2; exit 1; }
  tail -n +"$((closing + 1))" "$1"
}

failed=0
check() {  # check NAME SEED_FILE DOCUMENT...
  local name=$1 seed=$2
  shift 2
  if cmp -s <(for doc in "$@"; do body "$doc"; done) "$seed"; then
    echo "ok   $name"
  else
    echo "FAIL $name" >&2
    failed=1
  fi
}

check ofsted-2016-blog "$seeds"/000_*.txt "$docs/ofsted-2016-blog.txt"
check belfast-telegraph-ofsted-2015 "$seeds"/001_*.txt "$docs/belfast-telegraph-ofsted-2015.txt"
check cypnow-no-good-options-2017-03-28 "$seeds"/002_*.txt \
  "$docs/cypnow-no-good-options-2017-03-28.txt"
check ofsted-weak-leadership-2016-06-29 "$seeds"/003_*.txt \
  "$docs/ofsted-weak-leadership-2016-06-29.txt"
check "care-review-investigations-2021 + comments" "$seeds"/004_*.txt \
  "$docs/care-review-investigations-2021.txt" \
  "$docs"/care-review-investigations-2021-comment-[0-9][0-9].txt
exit "$failed"
