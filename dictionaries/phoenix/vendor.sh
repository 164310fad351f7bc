#!/bin/sh
# Vendors PETRARCH2's Phoenix dictionaries (MIT, Copyright (c) 2014 Open Event Data Alliance;
# openeventdata/petrarch2 at commit 676801c) into this folder, verbatim, as comity's built-in
# lexicon loads them (crates/comity-dict/src/builtin.rs). Usage, from the checkout:
#   sh dictionaries/phoenix/vendor.sh ../shared/petrarch/phoenix
# Lines the reader refuses (an actor without a code, a malformed date range) are listed by
# `comity dictionaries` under "built-in lines refused"; the rest loads.
set -eu
src=${1:?usage: vendor.sh PHOENIX_DIR}
dst=$(dirname "$0")
for f in CAMEO.2.0.txt Phoenix.Countries.actors.txt Phoenix.International.actors.txt \
    Phoenix.MilNonState.actors.txt Phoenix.agents.txt; do
    cp "$src/$f" "$dst/$f"
    chmod 644 "$dst/$f"
done
