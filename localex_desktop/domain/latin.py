"""Names in plain ASCII letters for files that allow no others (Beancount account names,
file names): transliterated, never cut.

Unicode's decomposition takes the accents off most letters (é → e, ñ → n), but not
letters that are letters of their own: a plain ``encode("ascii", "ignore")`` turned
"Łukasz" into "ukasz" and "Ørsted" into "rsted", and dropped Cyrillic and Greek names
whole. Those letters are written out here as the usual romanisations do.
"""

from __future__ import annotations

import unicodedata

#: letters NFKD leaves alone, written in Latin letters
_OWN_LETTERS = {
    "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d",
    "Þ": "Th", "þ": "th", "ß": "ss", "ẞ": "SS", "Æ": "AE", "æ": "ae", "Œ": "OE",
    "œ": "oe", "ı": "i", "Ħ": "H", "ħ": "h", "Ŧ": "T", "ŧ": "t", "Ŀ": "L", "ŀ": "l",
    "ƒ": "f", "ĸ": "k", "Ŋ": "N", "ŋ": "n",
}  # fmt: skip


def _table(letters: str, latin: str) -> dict[str, str]:
    """Each of ``letters`` to its word of ``latin`` (words apart by spaces; _ = nothing)."""
    return dict(zip(letters, latin.split(), strict=True))


_CYRILLIC = _table(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґў",
    "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya ye i yi g u",
)
_GREEK = _table(
    "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
    "a v g d e z i th i k l m n x o p r s s t y f ch ps o a e i i o y o i y i y",
)


def _letter(ch: str) -> str:
    if ch in _OWN_LETTERS:
        return _OWN_LETTERS[ch]
    low = ch.lower()
    for table in (_CYRILLIC, _GREEK):
        if low in table:
            out = "" if table[low] == "_" else table[low]
            return out.capitalize() if ch != low else out
    return ch


def to_ascii(text: str) -> str:
    """``text`` in ASCII: accents off, other letters written out, the rest dropped."""
    for pair, latin in (("ου", "ou"), ("Ου", "Ou"), ("ΟΥ", "OU"), ("ού", "ou"), ("Ού", "Ou")):
        text = text.replace(pair, latin)  # Greek's one common digraph
    spelt = "".join(_letter(ch) for ch in text)
    return unicodedata.normalize("NFKD", spelt).encode("ascii", "ignore").decode()
