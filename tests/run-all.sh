#!/usr/bin/env bash
# Runs every test: unit, integration (real PostgreSQL and PGlite) and end-to-end (Chromium).
# Installs what the tests need and the machine lacks: Debian's chromium, and a PostgreSQL
# server when none answers on 127.0.0.1:5432 (the tests then start a private cluster).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "Thiếu gói $* và không có quyền root để cài: hãy chạy 'sudo apt-get install -y $*'." >&2
    exit 1
  fi
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "==> Cài Chromium (Debian) cho Playwright"
  apt_install chromium
fi
if ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null && ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "==> Cài PostgreSQL (Debian) cho kiểm thử tích hợp"
  apt_install postgresql
fi

echo "==> Lint (oxlint: the import directions of the style guide, and correctness rules)"
npm run -s lint

echo "==> Formatting (Prettier: npm run format rewrites, this only checks)"
npm run -s format:check

echo "==> Prisma client"
npm run -s db:generate >/dev/null

echo "==> Production build (the API and end-to-end tests run against it)"
npx next build

echo "==> Unit, integration (PostgreSQL, PGlite) and REST API tests (Vitest)"
npx vitest run

echo "==> End-to-end tests (Playwright, Chromium)"
npx playwright test
