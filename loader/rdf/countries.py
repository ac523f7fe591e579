"""ISO 3166-1 codes of states, from pycountry (the ISO 3166 tables packaged from Debian's iso-codes)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import pycountry

from loader.rdf.namespaces import WDT


@lru_cache(maxsize=1024)
def _lookup(name: str):
    try:
        return pycountry.countries.lookup(name)
    except LookupError:
        pass
    # "Palestine" is "Palestine, State of" in ISO 3166: a name that starts the ISO name, if only one does
    found = [c for c in pycountry.countries if c.name.startswith(name + ",")]
    return found[0] if len(found) == 1 else None


def iso_codes(names: Iterable[str]) -> tuple[str, str] | None:
    """The alpha-2 and alpha-3 codes of the state with one of these names (label first), or None."""
    for name in names:
        if country := _lookup(name):
            return country.alpha_2, country.alpha_3
    return None


# The properties the graph states them with: Wikidata's own (ISO 3166-1 alpha-2 code, alpha-3 code)
ALPHA_2, ALPHA_3 = WDT.P297, WDT.P298
