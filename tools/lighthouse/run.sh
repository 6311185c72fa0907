#!/usr/bin/env bash
# Lighthouse accessibility on every main page, desktop and mobile, signed in as the role that uses it.
# Usage: start the app (README), then: CASE=<an open civil-affairs case number> tools/lighthouse/run.sh
# Needs Node 20 (Lighthouse 12.2.3; 13 wants Node 22) and Chromium at /usr/bin/chromium. Reports in artifacts/lighthouse.
set -u
BASE=${BASE:-http://localhost:5000}
OUT=${OUT:-artifacts/lighthouse}; mkdir -p $OUT
login() { # $1 user -> cookie header
  local jar=$OUT/jar-$1; rm -f $jar
  local token=$(curl -s -c $jar $BASE/login | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b $jar -c $jar -o /dev/null --data-urlencode "userName=$1" --data-urlencode "password=Demo!2026" --data-urlencode "__RequestVerificationToken=$token" $BASE/account/login
  awk '!/^#/ || /^#HttpOnly_/ {sub(/^#HttpOnly_/,""); if (NF>=7) printf "%s=%s; ", $6, $7}' $jar
}
pages=(${CASE:+"reviewer.mz /backoffice/case/$CASE"} "clerk2 /intake" "clerk2 /counter" "reviewer.mz /backoffice" "supervisor /supervisor" "supervisor /supervisor/statistics" "trainer /training" "admin /admin" "admin /admin/calendar" "- /login" "- /track")
for entry in "${pages[@]:0:${LIMIT:-99}}"; do
  set -- $entry; user=$1; path=$2
  cookie=""; [ "$user" != "-" ] && cookie=$(login $user)
  for mode in desktop mobile; do
    preset=""; [ $mode = desktop ] && preset="--preset=desktop"
    name=$(echo "$path" | tr '/' '_')-$mode
    ${LIGHTHOUSE:-npx --yes lighthouse@12.2.3} "$BASE$path" $preset --only-categories=accessibility --quiet \
      --chrome-path=/usr/bin/chromium --chrome-flags="--headless=new --no-sandbox" \
      --extra-headers="{\"Cookie\": \"$cookie\"}" --output=json --output-path=$OUT/$name.json >/dev/null 2>&1
    score=$(python3 -c "import json,sys; d=json.load(open('$OUT/$name.json')); a=d['categories']['accessibility']; print(round(a['score']*100), d['finalDisplayedUrl'], [k for k,v in d['audits'].items() if v.get('score') is not None and v['score']<1 and v.get('scoreDisplayMode') in ('binary','numeric')])" 2>&1)
    echo "$path $mode: $score"
  done
done
