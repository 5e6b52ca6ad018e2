#!/usr/bin/env bash
# Runs the whole test suite: build, unit and protocol tests, end-to-end tests of the published executable.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build DossierLsp.sln -c Release --nologo -v quiet
dotnet test DossierLsp.sln -c Release --no-build --nologo --logger "console;verbosity=minimal" 2>&1 | tee .artifacts-test.log
passed=$(grep -Eo 'Passed: +[0-9]+' .artifacts-test.log | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' .artifacts-test.log | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' .artifacts-test.log | awk '{s+=$2} END {print s+0}')
rm -f .artifacts-test.log
echo "dotnet: ${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ]
