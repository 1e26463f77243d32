#!/bin/sh
# claimcheck's report formats end to end on the bundled corpus.
#   sh tests/cli/cli_test.sh build/cli/claimcheck
set -u
bin=$1
failed=0
fail() { echo "FAIL: $*"; failed=1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin" check --format sarif > "$tmp/out.sarif" || fail "check --format sarif exited $?"
grep -q '"version": "2.1.0"' "$tmp/out.sarif" || fail "SARIF: no version 2.1.0"
grep -q '"name": "claimcheck"' "$tmp/out.sarif" || fail "SARIF: no tool name"
grep -q '"startLine":' "$tmp/out.sarif" || fail "SARIF: no region"

"$bin" check --format html > "$tmp/out.html" || fail "check --format html exited $?"
head -n 1 "$tmp/out.html" | grep -q '^<!DOCTYPE html>$' || fail "HTML: no doctype"
grep -q '<h2>Warnings</h2>' "$tmp/out.html" || fail "HTML: no warnings section"
grep -q '<mark>' "$tmp/out.html" || fail "HTML: no highlighted figure"
tail -n 1 "$tmp/out.html" | grep -q '^</html>$' || fail "HTML: not closed"

# --fail-on applies whatever the format.
"$bin" check --format sarif --fail-on warning > /dev/null
[ $? -eq 1 ] || fail "check --format sarif --fail-on warning should exit 1"

"$bin" extract --format html > /dev/null 2>&1
[ $? -eq 2 ] || fail "extract --format html should be a usage error (exit 2)"

"$bin" --help > "$tmp/help.txt"
grep -q -- '--format html' "$tmp/help.txt" || fail "--help: no html example"
grep -q -- '--format sarif' "$tmp/help.txt" || fail "--help: no sarif example"

# Two given files with one id: one line naming both, exit 2.
printf -- '---\nid: same\ndate: 2018\n---\nIn 2015, 45%% of children in care were boys.\n' > "$tmp/a.txt"
cp "$tmp/a.txt" "$tmp/b.txt"
"$bin" check "$tmp/a.txt" "$tmp/b.txt" --no-corpus > /dev/null 2> "$tmp/err.txt"
[ $? -eq 2 ] || fail "two files with one id should exit 2"
grep -q "a.txt.*b.txt.*'same'" "$tmp/err.txt" || fail "duplicate id: message should name both files"
[ "$(wc -l < "$tmp/err.txt")" -eq 1 ] || fail "duplicate id: one line"

# A given file with a corpus document's id replaces it: one copy, the new text.
id=$("$bin" check --format json | grep -o '"doc": "[a-z0-9-]*"' | head -n 1 | cut -d'"' -f4)
printf -- '---\nid: %s\ndate: 2018\n---\nIn 2015, 45%% of children in care were boys.\n' "$id" > "$tmp/new.txt"
"$bin" check "$tmp/new.txt" --format json > "$tmp/new.json" || true
[ "$(grep -c "\"id\": \"$id\"," "$tmp/new.json")" -le 1 ] || fail "a given file should replace the corpus copy"

# A comment whose parent is missing: one warning line.
printf -- '---\nid: c1\nkind: comment\nparent: nowhere\n---\nThere are 90,000 children in care.\n' > "$tmp/c.txt"
"$bin" check "$tmp/c.txt" --no-corpus > /dev/null 2> "$tmp/err.txt"
[ "$(grep -c "missing_parent" "$tmp/err.txt")" -eq 1 ] || fail "orphan comment: one warning line"

# --only comments: findings remain, and each quotes a reader comment (the
# text report names each quoted sentence's document in brackets).
"$bin" check --only comments > "$tmp/comments.txt" || fail "--only comments exited $?"
awk '/^\[(error|warning|info)\]/ { if (open && !seen) bad = 1; open = 1; seen = 0; n++ }
     /^  - .*\(.*comment.*\)$/ { seen = 1 }
     /^$/ { if (open && !seen) bad = 1; open = 0 }
     END { if (open && !seen) bad = 1; exit (bad || n == 0) }' "$tmp/comments.txt" ||
  fail "--only comments: a finding that quotes no comment, or none at all"
"$bin" check --only quotes > /dev/null 2>&1
[ $? -eq 2 ] || fail "--only takes comments alone (exit 2 otherwise)"

[ $failed -eq 0 ] && echo "cli formats: ok"
exit $failed
