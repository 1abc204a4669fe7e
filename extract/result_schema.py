"""The result schema: what one line of `arahan extract --output` contains, as JSON Schema (Draft 2020-12).

extract/result.schema.json is the code's contract for a result (build_result, the letter
findings, the notes and the pages a store adds); ../shared/eval/SCHEMA.md stays the gold format.
`validate_result(obj)` raises ResultSchemaError with one line per problem, each naming where
in the result it is ("directives[0].type: 'order' is not one of [...]"); `result_problems(obj)`
returns those lines. Users of --output can validate with any JSON Schema tool against the
file that `schema_path()` names.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

SCHEMA_FILE = "result.schema.json"


class ResultSchemaError(ValueError):
    """A result that does not follow extract/result.schema.json; `problems` lists every one."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"result does not follow {SCHEMA_FILE}: {problems[0]}{more}")


def schema_path() -> Path:
    """Where the installed schema file is (inside the arahan.extract package)."""
    return Path(str(resources.files("arahan.extract") / SCHEMA_FILE))


@lru_cache(maxsize=1)
def load_schema() -> dict:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)  # a broken schema file fails loudly, not as "every result is bad"
    return schema


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(load_schema())


def _where(error: ValidationError) -> str:
    path = ""
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(result)"


def _message(error: ValidationError) -> str:
    # oneOf/anyOf: the branch that failed deepest says more than "is not valid under any of the given schemas"
    if error.context:
        error = max(error.context, key=lambda e: len(e.absolute_path))
    return f"{_where(error)}: {error.message}"


def result_problems(result) -> list[str]:
    """Every way `result` departs from the schema, one line each, in document order; [] when it follows it."""
    errors = sorted(_validator().iter_errors(result), key=lambda e: [str(p) for p in e.absolute_path])
    return [_message(e) for e in errors]


def validate_result(result) -> None:
    """Raise ResultSchemaError when `result` does not follow extract/result.schema.json."""
    problems = result_problems(result)
    if problems:
        raise ResultSchemaError(problems)
