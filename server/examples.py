"""Read the example queries, queries/*.rq, and the `# key: value` header each one starts with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_HEADER_LINE = re.compile(r"^#\s*(?P<key>[A-Za-z_-]+)\s*:\s*(?P<value>.*?)\s*$")
_REQUIRED = ("title", "description")


class ExampleError(ValueError):
    """An example query file whose header is incomplete."""


@dataclass(frozen=True)
class Example:
    """One example query: name is the file stem (and URL slug), text the SPARQL after the header."""

    name: str
    title: str
    description: str
    tags: tuple[str, ...]
    expect: str | None
    text: str
    services: tuple[str, ...] = ()  # hosts its SERVICE calls need allowed (--allow-service)

    def summary(self) -> dict:
        """The JSON description /queries lists."""
        return {"name": self.name, "title": self.title, "description": self.description,
                "tags": list(self.tags), "expect": self.expect, "services": list(self.services), "query": self.text}


def read_example(path: Path) -> Example:
    """Parse one .rq file: header comment lines up to the first line that is not a comment."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header: dict[str, str] = {}
    body_start = len(lines)
    for number, line in enumerate(lines):
        if not line.startswith("#"):
            body_start = number
            break
        match = _HEADER_LINE.match(line)
        if match:
            header[match["key"].lower()] = match["value"]
    missing = [key for key in _REQUIRED if not header.get(key)]
    if missing:
        raise ExampleError(f"{path}: the header has no {' and no '.join(missing)} "
                           "(add lines such as '# title: ...' at the top)")
    def listed(key: str) -> tuple[str, ...]:
        return tuple(item.strip() for item in header.get(key, "").split(",") if item.strip())

    return Example(name=path.stem, title=header["title"], description=header["description"], tags=listed("tags"),
                   expect=header.get("expect") or None, text="\n".join(lines[body_start:]).strip() + "\n",
                   services=listed("service"))


def load_examples(queries_dir: Path) -> list[Example]:
    """Every example of queries_dir, sorted by name; an empty list if the folder does not exist."""
    return [read_example(path) for path in sorted(Path(queries_dir).glob("*.rq"))]
