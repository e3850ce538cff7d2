#!/usr/bin/env bash
# Builds the DocC documentation of every library a user imports, with warnings as errors: a
# symbol link that resolves to nothing, a parameter left out of a documented parameter list or
# documented under a name the function does not have, or a Topics entry that names no symbol
# fails the build. The archives go to .build/plugins/Swift-DocC/outputs/<Module>.doccarchive.
#
# One plugin call with a --target per module: the plugin extracts and converts the modules in
# parallel. On the shared 2-core machine, with the modules already built (as after `swift test`,
# which leaves nothing to recompile): 30–92 s depending on load, against 51–125 s for one call per
# module in the same conditions; building the plugin's own tools on a fresh checkout adds about
# half a minute.
#
# DocC resolves links to the module's own symbols only: name another module's symbol in code
# voice (`PageImagingError`), and an extension member of a standard type with its module
# (``Swift/String/vietnameseFolded``).
#
# Usage: Scripts/docs.sh [MODULE...]      (default: all eight library modules)
set -euo pipefail
cd "$(dirname "$0")/.."

modules=("$@")
if [ ${#modules[@]} -eq 0 ]; then
  modules=(PageImaging TesseractOCR DispatchOCR VietnameseText DiacriticRestorer DispatchParser
    SearchablePDF VanBan)
fi
targets=()
for module in "${modules[@]}"; do targets+=(--target "$module"); done

swift package --disable-sandbox generate-documentation "${targets[@]}" --warnings-as-errors
