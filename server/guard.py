"""Check a query's text before the engine sees it: form, nesting, size, SERVICE and FROM targets."""

# A lexical scan, not a parse: it must stay cheap and never recurse, because its job is to keep
# inputs that would exhaust the parser's stack, or reach outside the process, away from the engine.

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

from server.errors import QueryError

_ESCAPE = r"\\[_~.\-!$&'()*+,;=/?#@%]"
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\r\n]|\\.)*'|"(?:[^"\\\r\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7-\uffff]+)
  | (?P<bnode>_:[\w.\-\u00b7-\uffff]*[\w\-\u00b7-\uffff])
  | (?P<pname>(?:[^\W\d_][\w.\-\u00b7-\uffff]*)?:(?:(?:[\w:%\u00b7-\uffff]|ESC)(?:[\w.\-:%\u00b7-\uffff]|ESC)*)?)
  | (?P<number>\d*\.?\d+(?:[eE][+-]?\d+)?)
  | (?P<word>[^\W\d]\w*)
  | (?P<op>&&|\|\||!=|<=|>=|[!=<>+\-*/|^])
  | (?P<open>[{(\[])
  | (?P<close>[})\]])
  | (?P<other>.)
    """.replace("ESC", _ESCAPE),
    re.VERBOSE | re.DOTALL,
)
_OPERAND_KINDS = {"string", "iri", "var", "bnode", "pname", "number"}
_CHAIN_KEYWORDS = {"UNION", "OPTIONAL", "MINUS"}
_QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


@dataclass(frozen=True)
class Policy:
    """What a query may do: limits, the default prefixes and the hosts SERVICE may call."""

    max_nesting: int
    max_operators: int
    prefixes: dict[str, str]
    allowed_service_hosts: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CheckedQuery:
    """What the scan learnt: the query form (None if unrecognised), FROM / FROM NAMED and SERVICE IRIs."""

    form: str | None
    from_graphs: tuple[str, ...] = ()
    from_named_graphs: tuple[str, ...] = ()
    services: tuple[str, ...] = ()

    @property
    def has_dataset_clause(self) -> bool:
        return bool(self.from_graphs or self.from_named_graphs)


class _Token(NamedTuple):
    kind: str
    text: str
    offset: int


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def offset_of(text: str, line: int, column: int) -> int:
    """The character offset of a 1-based line and column (the end of the text if past it)."""
    starts = [0] + [match.end() for match in re.finditer(r"\n", text)]
    return min(len(text), starts[min(line, len(starts)) - 1] + column - 1)


def error_start(text: str, line: int, column: int) -> tuple[int, int]:
    """Where a parse error is, from where the parser stopped (the end of what it read, often past the
    spaces and line end that follow): the start of the token at, or else just before, that place."""
    offset = offset_of(text, line, column)
    while offset > 0 and (offset == len(text) or text[offset].isspace()) and text[offset - 1].isspace():
        offset -= 1
    if offset == len(text) or text[offset].isspace():
        offset -= 1  # just after a token: point at it
    token_start = at = 0
    while at <= offset and (match := _TOKEN.match(text, at)) is not None and match.end() > at:
        token_start, at = match.start(), match.end()
    return position(text, max(0, token_start))


def _refuse(text: str, offset: int, status: int, kind: str, message: str) -> QueryError:
    line, column = position(text, offset)
    context = text.splitlines()[line - 1][:200] if text.strip() else ""
    return QueryError(status, kind, message, line, column, context)


def _tokens(text: str, policy: Policy) -> list[_Token]:
    """Tokens that matter (no spaces or comments), checking nesting and operator counts on the way.

    '<' after an operand is the less-than operator inside an expression (the grammar allows no IRI
    there), and an IRI elsewhere (triple patterns, collections, ORDER BY): the parser's reading."""
    tokens: list[_Token] = []
    contexts: list[str] = []  # "pattern" per open brace, "expression" or "collection" per parenthesis
    deepest = operators = 0
    after_operand = in_select = False
    at = 0
    while at < len(text):
        match = _TOKEN.match(text, at)
        kind, value, offset = match.lastgroup, match.group(), match.start()
        if kind == "iri" and after_operand and contexts and contexts[-1] == "expression":
            kind, value = "op", "<=" if text.startswith("<=", offset) else "<"
        at = offset + len(value)
        if kind in ("space", "comment"):
            continue
        if kind == "word" and value.upper() in ("SELECT", "WHERE"):
            in_select = value.upper() == "SELECT"
        if kind == "open":
            contexts.append(_context_of(value, contexts, tokens, in_select))
            in_select = in_select and value != "{"
            operators += 1
        elif kind == "close":
            if contexts:
                contexts.pop()
        elif kind == "op" or (kind == "word" and value.upper() in _CHAIN_KEYWORDS):
            operators += 1
        if len(contexts) > deepest:
            deepest = len(contexts)
            if deepest > policy.max_nesting:
                raise _refuse(text, offset, 400, "too_deep",
                              f"query nesting is deeper than the limit of {policy.max_nesting}")
        if operators > policy.max_operators:
            raise _refuse(text, offset, 400, "too_complex",
                          f"query has more than {policy.max_operators} operators, keywords and brackets")
        tokens.append(_Token(kind, value, offset))
        after_operand = kind in _OPERAND_KINDS or value == ")" or value.lower() in ("true", "false")
    return tokens


def _context_of(bracket: str, contexts: list[str], tokens: list[_Token], in_select: bool) -> str:
    """What an opening bracket starts: a group of patterns, an expression or a collection (RDF list,
    VALUES row, blank node). A parenthesis in a pattern opens an expression only after a keyword
    (FILTER, BIND, a function name, not 'a') or in a SELECT clause; outside any brace always."""
    if bracket == "{":
        return "pattern"
    if bracket == "[":
        return "expression" if contexts and contexts[-1] == "expression" else "collection"
    if not contexts or contexts[-1] == "expression" or in_select:
        return "expression"
    return "expression" if tokens and tokens[-1].kind == "word" and tokens[-1].text != "a" else "collection"


def _prologue(tokens: list[_Token], prefixes: dict[str, str]) -> tuple[int, str | None, dict[str, str]]:
    """Index of the first token after BASE / PREFIX declarations, the base IRI and all prefixes."""
    base, declared, index = None, dict(prefixes), 0
    while index < len(tokens) and tokens[index].kind == "word":
        keyword = tokens[index].text.upper()
        following = tokens[index + 1: index + 3]
        if keyword == "BASE" and following and following[0].kind == "iri":
            base, index = following[0].text[1:-1], index + 2
        elif keyword == "PREFIX" and len(following) == 2 and following[0].kind == "pname" \
                and following[1].kind == "iri":
            declared[following[0].text[:-1]] = following[1].text[1:-1]
            index += 3
        else:
            break
    return index, base, declared


def _resolve(token: _Token, base: str | None, prefixes: dict[str, str]) -> str | None:
    """The absolute IRI an IRI or prefixed-name token stands for, or None if it cannot tell."""
    if token.kind == "iri":
        iri = token.text[1:-1]
        return urljoin(base, iri) if base else iri
    if token.kind == "pname" and "\\" not in token.text:
        prefix, _, local = token.text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local
    return None


def iri_uses(text: str, policy: Policy) -> list[tuple[int, int, str, str | None, str | None]]:
    """Each IRI or prefixed name of a query's body as (start, end, IRI, the IRI before it, the IRI after it),
    the neighbours resolved where they are IRIs too (None otherwise); for rewriting constants."""
    tokens = _tokens(text, policy)
    start, base, prefixes = _prologue(tokens, policy.prefixes)
    body = tokens[start:]
    resolved = [_resolve(token, base, prefixes) if token.kind in ("iri", "pname") else None for token in body]
    return [(token.offset, token.offset + len(token.text), iri, resolved[i - 1] if i else None,
             resolved[i + 1] if i + 1 < len(body) else None)
            for i, (token, iri) in enumerate(zip(body, resolved)) if iri is not None]


def _check_service(text: str, tokens: list[_Token], index: int, base, prefixes, policy: Policy) -> str:
    target = tokens[index + 1] if index + 1 < len(tokens) else None
    if target and target.kind == "word" and target.text.upper() == "SILENT":
        target = tokens[index + 2] if index + 2 < len(tokens) else None
    iri = _resolve(target, base, prefixes) if target else None
    host = urlsplit(iri).hostname if iri and urlsplit(iri).scheme in ("http", "https") else None
    if host is None or host.lower() not in policy.allowed_service_hosts:
        allowed = ", ".join(sorted(policy.allowed_service_hosts)) or "none"
        shown = iri or (target.text if target else "nothing")
        raise _refuse(text, tokens[index].offset, 403, "service",
                      f"SERVICE {shown} is refused: this endpoint calls no other service "
                      f"except on allowed hosts ({allowed})")
    return iri


def check_query(text: str, policy: Policy) -> CheckedQuery:
    """Scan a query's text; raise QueryError for updates, excess nesting and forbidden SERVICE calls."""
    tokens = _tokens(text, policy)
    index, base, prefixes = _prologue(tokens, policy.prefixes)
    form = tokens[index].text.upper() if index < len(tokens) and tokens[index].kind == "word" else None
    if form in _UPDATE_FORMS:
        raise _refuse(text, tokens[index].offset, 403, "read_only",
                      f"{form} is SPARQL Update; this endpoint is read-only")
    graphs: dict[bool, list[str]] = {False: [], True: []}
    services = []
    for at, token in enumerate(tokens):
        if token.kind == "pname" and at >= index and (prefix := token.text.partition(":")[0]) not in prefixes:
            raise _refuse(text, token.offset, 400, "prefix", f"prefix {prefix}: is not declared; "
                          f"add PREFIX {prefix}: <...> before the query")
        if token.kind != "word":
            continue
        keyword = token.text.upper()
        if keyword == "SERVICE":
            services.append(_check_service(text, tokens, at, base, prefixes, policy))
        elif keyword == "FROM":
            following = tokens[at + 1: at + 3]
            named = bool(following) and following[0].kind == "word" and following[0].text.upper() == "NAMED"
            target = following[1] if named and len(following) > 1 else (following[0] if following else None)
            iri = _resolve(target, base, prefixes) if target else None
            if iri is None:
                raise _refuse(text, token.offset, 400, "dataset", "FROM needs an IRI of a graph of this dataset")
            graphs[named].append(iri)
    return CheckedQuery(form if form in _QUERY_FORMS else None, tuple(graphs[False]), tuple(graphs[True]),
                        tuple(services))
