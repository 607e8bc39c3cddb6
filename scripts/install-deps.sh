#!/usr/bin/env bash
# Installs the Debian 12 packages Pipewright needs, only those that are missing,
# so a second run costs one dpkg-query. Used by run.sh and test.sh.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ pkg-config clang libclang-rt-14-dev
  # Qt 6 Widgets, SVG icons, Qt Test, Linguist tools, QScintilla
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libqscintilla2-qt6-dev libgl-dev libvulkan-dev
  # Qt's own translations (standard buttons and dialogs in de, fr, ja, zh_CN)
  qt6-translations-l10n
  # core libraries
  librdkafka-dev nlohmann-json3-dev libcurl4-openssl-dev libsimdjson-dev libcli11-dev
  # SHA-256 / MD5 (mask hashes, LLM response cache keys, SHA256()/MD5() in expressions) from libcrypto
  libssl-dev
  # the runner's /metrics, /health, /ready endpoint (run --http): cpp-httplib, a small
  # maintained header+shared library with its own thread pool, no framework to adopt
  libcpp-httplib-dev
  # Avro codec, PostgreSQL and SQLite clients, vector index, OS keychain
  libavro-dev libpq-dev libsqlite3-dev libhnswlib-dev qtkeychain-qt6-dev
  # a real PostgreSQL server for the database-sink tests (started per test)
  postgresql
  # MySQL/MariaDB sink: MariaDB Connector/C (mysql.h), and a real server for its tests
  libmariadb-dev mariadb-server mariadb-client
  # test tools: real Kafka client, jq, a real X server for screenshots, CJK fonts
  kcat jq xvfb xauth fonts-noto-cjk
  # /metrics is checked with Prometheus' own exposition-format parser
  python3-prometheus-client
  # the transaction shim (tests/support/txnshim) is checked against confluent-kafka
  python3-confluent-kafka
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
