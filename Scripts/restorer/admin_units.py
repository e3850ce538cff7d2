#!/usr/bin/env python3
"""Writes Vietnamese administrative unit names as extra language-model text.

The legal corpus rarely names wards ("phường Lê Chân"), so the restorer would not know
which reading of "Phuong Le Chan" is a place. This lists every ward with its district
and province, before and after the 1 July 2025 reorganisation, from the PyPI package
vietnamadminunits 1.0.4 (MIT, (c) 2025 Tran Ngoc Minh Hieu):

    pip download vietnamadminunits==1.0.4 --no-deps -d /tmp/vau
    unzip -o /tmp/vau/vietnamadminunits-1.0.4-py3-none-any.whl -d /tmp/vau
    python3 Scripts/restorer/admin_units.py /tmp/vau/vietnamadminunits/data/dataset.db

It writes Scripts/restorer/data/admin-units.txt.xz, which `vanban model build` reads
after the corpus (the same held-out rule applies to its lines).
"""

import lzma
import os
import sqlite3
import sys


def main():
    db = sqlite3.connect(sys.argv[1])
    lines = set()
    for province, ward in db.execute("select province, ward from admin_units"):
        lines.add(f"{ward}, {province}")
    for province, district, ward in db.execute("select province, district, ward from admin_units_legacy"):
        lines.add(f"{ward}, {district}, {province}")
    out = os.path.join(os.path.dirname(__file__), "data", "admin-units.txt.xz")
    with lzma.open(out, "wt", encoding="utf-8", preset=9) as f:
        f.write("\n".join(sorted(lines)) + "\n")
    print(f"{len(lines)} lines -> {out}")


if __name__ == "__main__":
    main()
