"""How deep a YAML text nests, measured without parsing it: the guard run before libyaml sees it.

libyaml composes recursively in C: tens of thousands of nested `[`/`{`, or of `- `/`? ` on one
line, crash the interpreter. Counting bracket characters is not enough: a `[` in quoted text, a
comment or a block scalar nests nothing (a note may hold many), and a `]` there closes nothing
(taking it for a close let real nesting after it through). So this scan follows libyaml's own
scanner (scanner.c, 0.2.x) as far as it decides what is structure: the flow level, the block
indentation and simple keys, plain, quoted and block scalars, comments, anchors and tags. Where the
text leaves that path (a directive, a tab where indentation is expected, whatever libyaml rejects),
the scan stops telling text from structure: from there every `[`/`{` counts and no close does, which
is never less than the depth libyaml would reach.

One pass, linear: token by token where the state needs it, and at once over what cannot change
it — the inside of scalars and comments, runs of tokens within a flow collection, usual
`key: value` lines (tests/test_yamldepth.py checks the result against libyaml's own scanner).
"""

from __future__ import annotations

import re
from functools import lru_cache

class _Lazy:
    """A pattern compiled on first use: the two long ones below take ~3 ms to compile, which every
    start of ntm would pay although few files ever need this scan."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags, self.compiled = pattern, flags, None

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        if self.compiled is None:
            self.compiled = re.compile(self.pattern, self.flags)
        return self.compiled.match(text, pos)


_BREAK_CHARS = "\r\n\x85\u2028\u2029"  # libyaml's line breaks; "\r\n" is one
_BLANK_OR_BREAK = frozenset(" \t" + _BREAK_CHARS)
_NEXT_BREAK = re.compile(f"[{_BREAK_CHARS}]")
_SPACES = re.compile(" *")
_SPACES_AND_TABS = re.compile("[ \t]*")
_OPENING = re.compile(r"[\[{]")
_DOUBLE_QUOTED_STOP = re.compile(r'[\\"]')
# The non-blank run of a plain scalar: in the block context it stops at ": "; in the flow context
# also at , [ ] { } and at ":" before one of them.
_PLAIN_BLOCK = re.compile(f"(?:[^ \t{_BREAK_CHARS}:]|:(?=[^ \t{_BREAK_CHARS}]))*")
_PLAIN_FLOW = re.compile(f"(?:[^ \t{_BREAK_CHARS}:,\\[\\]{{}}]|:(?=[^ \t{_BREAK_CHARS},?\\[\\]{{}}]))*")
_ANCHOR_NAME = re.compile(r"[0-9A-Za-z_-]*")
_TAG_URI = re.compile(r"[0-9A-Za-z_\-;/?:@&=+$.%!~*'()]*")
_VERBATIM_TAG = re.compile(r"<[0-9A-Za-z_\-;/?:@&=+$.%!~*'(),\[\]]+>")
_TAG_HANDLE_ONLY = re.compile(r"[0-9A-Za-z_-]*!")
_BLOCK_HEADER = re.compile(f"(?:[+-]([0-9])?|([0-9])[+-]?)?[ \t]*(?:#[^{_BREAK_CHARS}]*)?")
_NOT_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`")
_AFTER_ANCHOR = frozenset("?:,]}%@`")
_SIMPLE_KEY_LENGTH = 1024  # libyaml forgets a possible simple key this many characters on

# Inside flow collections only the flow level matters (no indentation, no simple keys to place), so
# a run of tokens that opens and closes nothing — blanks, comments, `,` `:` `?` `- `, quoted and
# plain scalars — is passed over at once. A plain scalar is taken whole, over its lines; between
# tokens a line break is taken only when the next line cannot start with what column 0 decides
# (`---`, `...`, `%`, a BOM). Whatever stops the run is a token for the scan.
_B = _BREAK_CHARS
_FLOW_PLAIN_CHAR = rf"(?:[^ \t{_B}:,\[\]{{}}]|:(?=[^ \t{_B},?\[\]{{}}]))"
_FLOW_BREAK = rf"(?:\r\n|[{_B}])(?![-.%\ufeff])"
_PLAIN_BREAK = rf"(?:\r\n|[{_B}])(?!(?:---|\.\.\.)(?:[ \t{_B}]|\Z))"  # a plain scalar stops only at ---, ...
_FLOW_RUN = _Lazy(
    rf"""(?:[ \t]+|{_FLOW_BREAK}|\#[^{_B}]*|[,:?]|-(?=[ \t{_B}]|\Z)
    |"(?:[^"\\]|\\[\s\S])*"|'(?:[^']|'')*'
    |(?:[^ \t{_B}\-?:,\[\]{{}}\#&*!|>'"%@`]|-(?=[^ \t{_B}])){_FLOW_PLAIN_CHAR}*+
     (?:(?:[ \t]|{_PLAIN_BREAK})++(?!\#){_FLOW_PLAIN_CHAR}++)*+
    )*+""", re.VERBOSE)

# The usual block-context line — `- ` entries, a `key:`, a value on the line, a comment — is taken
# at once, up to a flow collection it opens: no anchor, tag, block scalar, `? `, escape or tab on it.
_PLAIN_FIRST = rf"(?:[^ \t{_B}\-?:,\[\]{{}}\#&*!|>'\"%@`]|[-?:](?=[^ \t{_B}]))"
_PLAIN_REST = rf"(?:[^ \t{_B}:]|:(?=[^ \t{_B}])|[ ]+(?=[^ \t{_B}\#:]|:[^ \t{_B}]))*+"
_ONE_LINE_SCALAR = rf"""(?:{_PLAIN_FIRST}{_PLAIN_REST}|"[^"\\{_B}]*"|'[^'{_B}]*')"""
_LINE_END = rf"(?=[{_B}]|\Z)"
_SIMPLE_LINE = _Lazy(
    rf"""(?P<dashes>(?:-(?:[ ]+|{_LINE_END}))*+)
    (?:(?P<key>{_ONE_LINE_SCALAR})[ ]*:(?:[ ]+|{_LINE_END}))?
    (?:(?P<value>{_ONE_LINE_SCALAR})?[ ]*(?:\#[^{_B}]*)?{_LINE_END}|(?=[\[{{]))""", re.VERBOSE)
_NEXT_LINES = re.compile(rf"(?:(?:\r\n|[{_B}])([ ]*))*")


@lru_cache(maxsize=4)
def indicator_run(limit: int) -> re.Pattern[str]:
    """More than `limit` block indicators (`- `, `? `) in a row: each opens a level on one line."""
    return re.compile(rf"[-?][ \t]+(?:[-?][ \t]+){{{limit}}}")


class _Lost(Exception):
    """The text left the part of libyaml's scanner this scan follows."""


class _Scan:
    """libyaml's scanner state, as far as structure depends on it."""

    def __init__(self, text: str, limit: int, run_limit: int) -> None:
        self.text, self.limit, self.run_limit, self.end = text, limit, run_limit, len(text)
        self.i = self.line = int(text.startswith("\ufeff"))  # libyaml's reader drops a first BOM
        self.flow = 0                 # flow level: open [ and {
        self.indent, self.indents = -1, []  # block indentation column and the enclosing ones
        self.allowed = True           # may a simple key start here (libyaml's simple_key_allowed)
        self.key: tuple[int, int, int] | None = None  # possible block-context key: offset, line, column
        self.run = 0                  # block indicators in a row on this line

    def deepest(self) -> int | None:
        """The offset where nesting first goes deeper than the limit, or None."""
        while True:
            try:
                found = self._flow_run() if self.flow else None
                if found is not None:
                    return found
                self._to_next_token()
                if self.i >= self.end:
                    return None
                found = None if self._simple_line() else self._token()
            except _Lost:
                return self._counting_blindly()
            if found is not None:
                return found

    # --- between tokens ------------------------------------------------------------------------

    def _flow_run(self) -> int | None:
        """Within flow collections, up to the first token that is more than a bracket or a run:
        inside them a bracket changes the flow level and nothing else the scan follows."""
        text, start, i, flow = self.text, self.i, self.i, self.flow
        while flow:
            i = _FLOW_RUN.match(text, i).end()
            if i >= self.end or text[i] not in "[]{}":
                break
            flow += 1 if text[i] in "[{" else -1
            self.allowed = text[i] in "[{"
            if flow > self.limit:
                return i
            i += 1
        if flow == 0:
            self.run = 0
        self._lines_within(start, i)
        self.flow, self.i = flow, i
        return None

    def _to_next_token(self) -> None:
        """Spaces, comments and line breaks (tabs only where libyaml takes them for blanks)."""
        text, i = self.text, self.i
        while i < self.end:
            if i == self.line and text[i] == "\ufeff":
                i += 1
            blanks = _SPACES_AND_TABS if self.flow or not self.allowed else _SPACES
            i = blanks.match(text, i).end()
            if i < self.end and text[i] == "#":
                i = self._line_end(i)
            if i >= self.end or text[i] not in _BREAK_CHARS:
                break
            i = self._new_line(i)
            if not self.flow:
                self.allowed = True
        self.i = i

    def _line_end(self, i: int) -> int:
        found = _NEXT_BREAK.search(self.text, i)
        return self.end if found is None else found.start()

    def _new_line(self, i: int) -> int:
        """Past the line break at `i`."""
        i += 2 if self.text.startswith("\r\n", i) else 1
        self.line, self.run = i, 0
        return i

    def _lines_within(self, start: int, stop: int) -> None:
        last = max(self.text.rfind(c, start, stop) for c in _BREAK_CHARS)
        if last >= 0:
            self.line = last + 1

    def _blank_or_end(self, i: int) -> bool:
        return i >= self.end or self.text[i] in _BLANK_OR_BREAK

    # --- tokens --------------------------------------------------------------------------------

    def _token(self) -> int | None:
        text, i = self.text, self.i
        column = i - self.line
        if self.key is not None and (self.key[1] != self.line or self.key[0] + _SIMPLE_KEY_LENGTH < i):
            self.key = None  # a simple key is one line and shorter than 1024 characters
        self._unroll(column)
        char = text[i]
        if column == 0 and char == "%":
            raise _Lost  # a directive
        if char in "-?" and (self._blank_or_end(i + 1) or (char == "?" and self.flow)):
            return self._block_indicator(i, column)
        self.run = 0
        if column == 0 and text.startswith(("---", "..."), i) and self._blank_or_end(i + 3):
            self._unroll(-1)  # a document marker ends every block
            self._forget_key()
            self.allowed, self.i = False, i + 3
        elif char in "[{":
            return self._flow_start(i)
        elif char in "]},":
            self._forget_key()
            if char != "," and self.flow:
                self.flow -= 1
            self.allowed, self.i = char == ",", i + 1
        elif char == ":" and (self.flow or self._blank_or_end(i + 1)):
            self._value(column)
        elif char in "|>" and not self.flow:
            self._forget_key()
            self.allowed = True
            self._block_scalar(i)
        else:
            self._node(char, i)
        return None

    def _simple_line(self) -> bool:
        """The rest of a usual block-context line at once, as the tokens on it would leave the
        state; False (nothing done) where the line is not of that shape."""
        text, i = self.text, self.i
        column = i - self.line
        if self.flow or not self.allowed or (column == 0 and text.startswith(("---", "..."), i)):
            return False
        line = _SIMPLE_LINE.match(text, i)
        if line is None or line.end() == i:
            return False
        entries = line.group("dashes").count("-")
        key, value = line.start("key"), line.start("value")
        if self.run + entries > self.run_limit or line.end("key") - key > 1000:
            return False  # said at the entry by the scan; a key libyaml may find too long
        self._unroll(column)
        for dash in range(i, i + len(line.group("dashes"))):
            if text[dash] == "-":
                self._roll(dash - self.line)
        self.run += entries
        if key >= 0:
            self._roll(key - self.line)
        if key >= 0 or value >= 0:
            self.allowed, self.run = False, 0
        self.key = None  # any key saved on the line is stale on the next
        if value >= 0 and text[value] not in "'\"" and self._plain_goes_on(line.end()):
            self.i = value  # a plain value continued on the next line: the scan reads it
        else:
            self.i = line.end()
        return True

    def _plain_goes_on(self, end: int) -> bool:
        """Whether a plain scalar ending a line continues on the next (or may: a tab)."""
        lines = _NEXT_LINES.match(self.text, end)
        j = lines.end()
        if j >= self.end or self.text[j] == "#":
            return False
        return self.text[j] == "\t" or len(lines.group(1) or "") >= self.indent + 1

    def _flow_start(self, i: int) -> int | None:
        self._save_key(i)
        self.flow += 1
        self.allowed, self.i = True, i + 1
        return i if self.flow > self.limit else None

    def _block_indicator(self, i: int, column: int) -> int | None:
        """`- ` (entry) or `? ` (key): in the block context each opens a level at its column."""
        if self.flow:
            self.run = 0  # an error in libyaml's parser, no level
        else:
            if not self.allowed:
                raise _Lost
            self._roll(column)
            self.run += 1
        self._forget_key()
        self.allowed, self.i = self.text[i] == "-" or not self.flow, i + 1
        if self.run > self.run_limit and self.text.startswith((" ", "\t"), i + 1):
            return _SPACES_AND_TABS.match(self.text, i + 1).end() - 1  # its last blank, as ever
        return None

    def _value(self, column: int) -> None:
        """`: `: a simple key before it opens a mapping at the key's column."""
        if self.flow:
            self.allowed = False
        elif self.key is not None:
            self._roll(self.key[2])
            self.key, self.allowed = None, False
        elif not self.allowed:
            raise _Lost
        else:
            self._roll(column)
        self.i += 1

    def _node(self, char: str, i: int) -> None:
        """A scalar, anchor, alias or tag: each may be a simple key, none may be followed by one."""
        self._save_key(i)
        self.allowed = False
        if char in "'\"":
            self._quoted(i, char)
        elif char in "&*":
            self._anchor(i)
        elif char == "!":
            self._tag(i)
        elif self._plain_starts(char, i):
            self._plain(i)
        else:
            raise _Lost  # a character that cannot start a token

    def _plain_starts(self, char: str, i: int) -> bool:
        if char in _BLANK_OR_BREAK:
            return False
        if char not in _NOT_PLAIN_START:
            return True
        after = self.text[i + 1] if i + 1 < self.end else ""
        if char == "-":
            return after not in ("", " ", "\t")
        return char in "?:" and not self.flow and not self._blank_or_end(i + 1)

    # --- indentation and simple keys -------------------------------------------------------------

    def _roll(self, column: int) -> None:
        if not self.flow and self.indent < column:
            self.indents.append(self.indent)
            self.indent = column

    def _unroll(self, column: int) -> None:
        while not self.flow and self.indent > column:
            self.indent = self.indents.pop()

    def _save_key(self, i: int) -> None:
        # Only block-context keys matter here: they decide at which column a mapping opens.
        if self.allowed and not self.flow:
            self.key = (i, self.line, i - self.line)

    def _forget_key(self) -> None:
        if not self.flow:
            self.key = None

    # --- scalars, anchors, tags --------------------------------------------------------------------

    def _quoted(self, i: int, quote: str) -> None:
        text, j = self.text, i + 1
        while True:
            if quote == "'":
                j = text.find("'", j)
            else:
                found = _DOUBLE_QUOTED_STOP.search(text, j)
                j = -1 if found is None else found.start()
            if j < 0:
                raise _Lost  # never closed
            if text.startswith("''" if quote == "'" else "\\", j):
                j += 2  # '' in single quotes, \x in double quotes: an escape, not the end
                continue
            break
        self._lines_within(i, j)
        self.i = j + 1

    def _plain(self, i: int) -> None:
        text, j = self.text, i
        least = self.indent + 1  # a continuation line of a block-context scalar is indented more
        run = _PLAIN_FLOW if self.flow else _PLAIN_BLOCK
        broken = False
        while True:
            if j == self.line and text.startswith(("---", "..."), j) and self._blank_or_end(j + 3):
                break
            if j < self.end and text[j] == "#":
                break
            j = run.match(text, j).end()
            if self.flow and text.startswith(":", j) and j + 1 < self.end and text[j + 1] in ",?[]{}":
                raise _Lost  # libyaml: "found unexpected ':'"
            if j >= self.end or text[j] not in _BLANK_OR_BREAK:
                break
            while j < self.end and text[j] in _BLANK_OR_BREAK:
                if text[j] in _BREAK_CHARS:
                    j, broken = self._new_line(j), True
                    continue
                if broken and text[j] == "\t" and j - self.line < least:
                    raise _Lost  # a tab in the indentation
                j += 1
            if not self.flow and j - self.line < least:
                break
        if broken:
            self.allowed = True
        self.i = j

    def _block_scalar(self, i: int) -> None:
        """`|` or `>`: the lines indented at least as much as its first line are its text."""
        header = _BLOCK_HEADER.match(self.text, i + 1)
        digit = header.group(1) or header.group(2)
        j = header.end()
        if digit == "0" or (j < self.end and self.text[j] not in _BREAK_CHARS):
            raise _Lost
        if j < self.end:
            j = self._new_line(j)
        indent = (self.indent + int(digit) if self.indent >= 0 else int(digit)) if digit else 0
        j, indent = self._empty_lines(j, indent)
        while j < self.end and j - self.line == indent:
            j = self._line_end(j)
            if j < self.end:
                j = self._new_line(j)
            j, indent = self._empty_lines(j, indent)
        self.i = j

    def _empty_lines(self, j: int, indent: int) -> tuple[int, int]:
        """Past the indentation and empty lines; the block's indentation, if not known yet, is
        that of its first non-empty line (or more), at least one more than the enclosing block."""
        widest = 0
        while True:
            stop = self.line + indent if indent else self.end
            j = _SPACES.match(self.text, j, max(j, min(stop, self.end))).end()
            widest = max(widest, j - self.line)
            if j < self.end and self.text[j] == "\t" and (not indent or j - self.line < indent):
                raise _Lost  # a tab where indentation is expected
            if j >= self.end or self.text[j] not in _BREAK_CHARS:
                break
            j = self._new_line(j)
        return j, indent or max(widest, self.indent + 1, 1)

    def _anchor(self, i: int) -> None:
        j = _ANCHOR_NAME.match(self.text, i + 1).end()
        if j == i + 1 or not (self._blank_or_end(j) or self.text[j] in _AFTER_ANCHOR):
            raise _Lost
        self.i = j

    def _tag(self, i: int) -> None:
        text = self.text
        verbatim = _VERBATIM_TAG.match(text, i + 1)
        if verbatim is not None:
            j = verbatim.end()
        elif text.startswith("<", i + 1):
            raise _Lost
        else:
            j = _TAG_URI.match(text, i + 1).end()
            handle_only = _TAG_HANDLE_ONLY.fullmatch(text, i + 1, j)
            if handle_only is not None or "%" in text[i:j]:
                raise _Lost  # `!x!` without a suffix; %-escapes libyaml decodes and may reject
        if not (self._blank_or_end(j) or (self.flow and text[j] == ",")):
            raise _Lost
        self.i = j

    # --- off the path ----------------------------------------------------------------------------

    def _counting_blindly(self) -> int | None:
        """From the token libyaml's path was lost at: every `[`/`{` one level more, nothing closes;
        and a long run of block indicators anywhere."""
        found: list[int] = []
        room = self.limit - self.flow
        for count, opening in enumerate(_OPENING.finditer(self.text, self.i), start=1):
            if count > room:
                found.append(opening.start())
                break
        run = indicator_run(self.run_limit).search(self.text, self.i)
        if run is not None:
            found.append(run.end() - 1)
        return min(found, default=None)


def too_deep(text: str, limit: int, run_limit: int | None = None) -> int | None:
    """The offset in `text` where YAML nesting first goes deeper than `limit`: a `[`/`{` at flow
    level limit+1, or the blank after the (run_limit+1)-th `- `/`? ` in a row (run_limit defaults
    to limit); None if none does."""
    return _Scan(text, limit, limit if run_limit is None else run_limit).deepest()
