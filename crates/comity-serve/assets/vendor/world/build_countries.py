#!/usr/bin/env python3
"""Builds countries-110m.json, the world map the dashboard draws, from Natural Earth.

Input: the TopoJSON `countries-110m.json` of the npm package world-atlas 2.0.2 (Natural Earth
1:110m admin-0 countries, version 4.1.0, public domain; the package is ISC-licensed), whose
features carry the ISO 3166-1 numeric code as `id`, and the ISO 3166-1 table of Debian's
iso-codes package (`/usr/share/iso-codes/json/iso_3166-1.json`) to turn that number into the
alpha-3 code, which is also comity's (CAMEO) country code.

Output: the same topology with only the `countries` object, each feature's `id` its alpha-3
code (Kosovo, which has no ISO number, is XKX as in comity's dictionaries; N. Cyprus and
Somaliland keep no code) and `name` its Natural Earth name.

    npm install --prefix /tmp/wa world-atlas@2.0.2
    python3 build_countries.py /tmp/wa/node_modules/world-atlas/countries-110m.json \\
        /usr/share/iso-codes/json/iso_3166-1.json > countries-110m.json
"""

import json
import sys

# Features without an ISO 3166-1 number, by their Natural Earth name.
NO_NUMBER = {"Kosovo": "XKX"}


def main(atlas_path, iso_path):
    with open(atlas_path, encoding="utf-8") as f:
        topo = json.load(f)
    with open(iso_path, encoding="utf-8") as f:
        alpha3 = {c["numeric"]: c["alpha_3"] for c in json.load(f)["3166-1"]}
    countries = topo["objects"]["countries"]
    for g in countries["geometries"]:
        name = g.get("properties", {}).get("name", "")
        code = alpha3.get(g.get("id")) or NO_NUMBER.get(name)
        g["properties"] = {"name": name}
        if code:
            g["id"] = code
        else:
            g.pop("id", None)
    # Arcs used only by the land object are kept: the topology stays valid as it was built.
    out = {
        "type": "Topology",
        "bbox": topo.get("bbox"),
        "transform": topo["transform"],
        "objects": {"countries": countries},
        "arcs": topo["arcs"],
    }
    if out["bbox"] is None:
        del out["bbox"]
    json.dump(out, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: build_countries.py COUNTRIES_110M_JSON ISO_3166_1_JSON")
    main(sys.argv[1], sys.argv[2])
