#!/usr/bin/env bash
# Installs vanban and the restorer's model files under a prefix:
#   PREFIX/bin/vanban
#   PREFIX/share/vanban/Dictionaries/   (found by vanban, and by programs linking the library
#                                        whose executable sits in PREFIX/bin)
# Usage: Scripts/install.sh [PREFIX]     (default /usr/local)
# A program whose executable lives elsewhere sets VANBAN_DICTIONARIES=PREFIX/share/vanban/Dictionaries
# or loads DiacriticRestorer(modelDirectory:) itself.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-/usr/local}
swift build -c release --product vanban
bin=$(swift build -c release --show-bin-path)
install -d "$prefix/bin" "$prefix/share/vanban/Dictionaries"
install -m 755 "$bin/vanban" "$prefix/bin/vanban"
install -m 644 Dictionaries/* "$prefix/share/vanban/Dictionaries/"
echo "installed $prefix/bin/vanban and $prefix/share/vanban/Dictionaries"
