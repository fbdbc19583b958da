#!/usr/bin/env bash
# Rebuild the front-end assets into api/service/static/ from web/src with the exact npm versions of
# package-lock.json. Needs node and npm (only to build; running the service needs neither).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
node build.mjs
