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

[ $failed -eq 0 ] && echo "cli formats: ok"
exit $failed
