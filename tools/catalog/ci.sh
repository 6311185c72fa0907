#!/bin/sh
# Build the catalog JSON from the authoring modules and check it; non-zero exit on any error.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 check.py > /tmp/catalog-check.txt || { grep -v "no items\|never used" /tmp/catalog-check.txt; exit 1; }
grep -v "no items\|never used" /tmp/catalog-check.txt
