"""The benchmark tree of batch-throughput.sh and fleet-throughput.sh: every fixture scan but the
text-layer PDFs under ROOT/copy0/<set>/, each JPEG again under ROOT/copy1/<set>/ one byte longer
(another content, the same pages). Prints the number of pages.

Usage: python3 Scripts/benchmark/fixture_tree.py ROOT   (run from the checkout)
"""
import json, os, shutil, sys

root = sys.argv[1]
pages = 0
for f in json.load(open("Fixtures/scans/manifest.json")):
    if f["set"] == "textlayer":
        continue
    source = "Fixtures/" + f["file"]
    for copy in (0, 1):
        if copy and f["format"] != "jpeg":
            continue
        target = os.path.join(root, f"copy{copy}", f["set"], os.path.basename(source))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(source, target)
        if copy:
            with open(target, "ab") as out:
                out.write(b"\n")
        pages += len(f["pages"])
print(pages)
