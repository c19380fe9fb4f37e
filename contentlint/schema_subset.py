"""JSON Schema's everyday keywords as a plain Python predicate, so valid data needs no jsonschema.

``compile_schema`` turns a draft 2020-12 schema into ``is_valid(instance) -> bool`` that answers
exactly as jsonschema's validator for that schema would (True: jsonschema finds no error), or
returns None when the schema uses anything else. Then, and for every error message, jsonschema
stays the authority: the caller asks this predicate first and jsonschema only when it says no.

Every keyword value is held to at least what the 2020-12 metaschema demands (a ``minLength`` must
be a non-negative int, a ``pattern`` must compile, ``required`` must not repeat a name, ``$schema``
must be 2020-12's own address ...), so whatever compiles would pass jsonschema's
``check_schema``: a user's schema that compiles needs no metaschema check, and one that does not
is checked by jsonschema exactly as before. Stricter than the metaschema is safe (jsonschema then
decides); looser never is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

Predicate = Callable[[Any], bool]

DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
# An $id jsonschema's metaschema accepts whichever URI checker is installed: a plain absolute
# address of unreserved characters, no query, no fragment.
_PLAIN_URI = re.compile(r"[a-z][a-z0-9+.-]*://[A-Za-z0-9._~-]+(?:/[A-Za-z0-9._~-]*)*")
_TEXT_ANNOTATIONS = ("title", "description", "$comment")


class _Unsupported(Exception):
    """The schema uses a keyword, or a keyword value, that this module does not model."""


def compile_schema(schema: Any) -> Predicate | None:
    """The schema's ``is_valid``, or None when only jsonschema can decide."""
    if not isinstance(schema, dict):
        return None
    # Another draft gives some keywords another meaning (draft 4's exclusiveMinimum is a bool);
    # without $schema jsonschema takes the latest draft, 2020-12.
    if schema.get("$schema", DRAFT_2020_12) != DRAFT_2020_12:
        return None
    if "$id" in schema and not (isinstance(schema["$id"], str) and _PLAIN_URI.fullmatch(schema["$id"])):
        return None
    try:
        return _compile(schema, root=True)
    except _Unsupported:
        return None


def _always(instance: Any) -> bool:
    return True


def _never(instance: Any) -> bool:
    return False


# The draft 2020-12 meaning of each type name, as jsonschema's type checker has it: a bool is no
# number, and a float with no fractional part (1.0) is an integer.
def _is_integer(instance: Any) -> bool:
    if isinstance(instance, bool):
        return False
    return isinstance(instance, int) or (isinstance(instance, float) and instance.is_integer())


def _is_number(instance: Any) -> bool:
    if isinstance(instance, bool):
        return False
    if isinstance(instance, (int, float)):
        return True
    import numbers  # for Decimal, Fraction and their like, which YAML never makes

    return isinstance(instance, numbers.Number)


_TYPES: dict[str, Predicate] = {
    "array": lambda instance: isinstance(instance, list),
    "boolean": lambda instance: isinstance(instance, bool),
    "integer": _is_integer,
    "null": lambda instance: instance is None,
    "number": _is_number,
    "object": lambda instance: isinstance(instance, dict),
    "string": lambda instance: isinstance(instance, str),
}


def equal(one: Any, two: Any) -> bool:
    """Equality as jsonschema's enum and const see it: True is not 1, and that holds inside lists
    and mappings too; 1 and 1.0 are equal."""
    if one is two:
        return True
    if isinstance(one, str) or isinstance(two, str):
        return bool(one == two)
    if isinstance(one, Sequence) and isinstance(two, Sequence):
        return len(one) == len(two) and all(equal(a, b) for a, b in zip(one, two, strict=True))
    if isinstance(one, Mapping) and isinstance(two, Mapping):
        return len(one) == len(two) and all(key in two and equal(value, two[key]) for key, value in one.items())
    return bool(_unbool(one) == _unbool(two))


_TRUE, _FALSE = object(), object()


def _unbool(value: Any) -> Any:
    return _TRUE if value is True else _FALSE if value is False else value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _Unsupported
    return value


def _number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Unsupported
    return value


def _compile(node: Any, root: bool = False) -> Predicate:
    if node is True:
        return _always
    if node is False:
        return _never
    if not isinstance(node, dict):
        raise _Unsupported
    checks: list[Predicate] = []
    for keyword, value in node.items():
        if not isinstance(keyword, str):
            raise _Unsupported
        if keyword.startswith("x-") or keyword == "default":
            continue
        if keyword in _TEXT_ANNOTATIONS:
            if not isinstance(value, str):
                raise _Unsupported
        elif keyword == "examples":
            if not isinstance(value, list):
                raise _Unsupported
        elif keyword in ("$schema", "$id"):
            if not root:  # checked by compile_schema, at the root only
                raise _Unsupported
        else:
            checks.append(_keyword(keyword, value, node))
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]

    # Loops, not all() over a generator: a catalog of 10,000 choices asks these 100,000 times.
    def all_hold(instance: Any) -> bool:
        for check in checks:  # noqa: SIM110 (the loop is the point)
            if not check(instance):
                return False
        return True

    return all_hold


def _keyword(keyword: str, value: Any, node: dict[str, Any]) -> Predicate:
    if keyword == "type":
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not names or any(not isinstance(n, str) or n not in _TYPES for n in names) \
                or len(set(names)) != len(names):
            raise _Unsupported
        tests = [_TYPES[name] for name in names]
        if len(tests) == 1:
            return tests[0]

        def any_type(instance: Any) -> bool:
            for test in tests:  # noqa: SIM110 (as in all_hold)
                if test(instance):
                    return True
            return False

        return any_type
    if keyword == "properties":
        if not isinstance(value, dict):
            raise _Unsupported
        properties = [(name, _compile(sub)) for name, sub in value.items()]

        def properties_hold(instance: Any) -> bool:
            if isinstance(instance, dict):
                for name, sub in properties:
                    if name in instance and not sub(instance[name]):
                        return False
            return True

        return properties_hold
    if keyword == "required":
        if not isinstance(value, list) or any(not isinstance(n, str) for n in value) or len(set(value)) != len(value):
            raise _Unsupported
        names = list(value)

        def required_present(instance: Any) -> bool:
            if isinstance(instance, dict):
                for name in names:
                    if name not in instance:
                        return False
            return True

        return required_present
    if keyword == "additionalProperties":
        known = node.get("properties", {})
        extra = _compile(value)
        if extra is _always:
            return _always
        if extra is _never:

            def none_extra(instance: Any) -> bool:
                if isinstance(instance, dict):
                    for key in instance:
                        if key not in known:
                            return False
                return True

            return none_extra

        def extras_hold(instance: Any) -> bool:
            if isinstance(instance, dict):
                for key, item in instance.items():
                    if key not in known and not extra(item):
                        return False
            return True

        return extras_hold
    if keyword == "items":
        each = _compile(value)

        def items_hold(instance: Any) -> bool:
            if isinstance(instance, list):
                for item in instance:
                    if not each(item):
                        return False
            return True

        return items_hold
    if keyword == "pattern":
        if not isinstance(value, str):
            raise _Unsupported
        try:
            search = re.compile(value).search
        except re.error:
            raise _Unsupported from None
        return lambda instance: not isinstance(instance, str) or search(instance) is not None
    if keyword in ("minLength", "maxLength", "minItems", "maxItems"):
        limit = _count(value)
        kind = str if keyword.endswith("Length") else list
        if keyword.startswith("min"):
            return lambda instance: not isinstance(instance, kind) or len(instance) >= limit
        return lambda instance: not isinstance(instance, kind) or len(instance) <= limit
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        bound = _number(value)
        # The very comparison jsonschema makes, so NaN, infinities and huge ints agree too.
        if keyword == "minimum":
            return lambda instance: not _is_number(instance) or not instance < bound
        if keyword == "maximum":
            return lambda instance: not _is_number(instance) or not instance > bound
        if keyword == "exclusiveMinimum":
            return lambda instance: not _is_number(instance) or not instance <= bound
        return lambda instance: not _is_number(instance) or not instance >= bound
    if keyword == "enum":
        if not isinstance(value, list):
            raise _Unsupported
        choices = list(value)
        return lambda instance: any(equal(choice, instance) for choice in choices)
    if keyword == "const":
        return lambda instance: equal(instance, value)
    raise _Unsupported
