"""Which encoding a file that is not UTF-8 was written in.

Files from old spreadsheets come in the code page of the machine that wrote them:
Windows-1252 in Western Europe and the Americas, Windows-1250 in Central Europe, Mac
Roman from older Macs. Every byte decodes in most of them, so a wrong guess does not
fail: it garbles names ("Jiøí Dvoøák" for "Jiří Dvořák"). The candidates come from
``charset-normalizer``; as its statistics are weak on a few hundred bytes of names, each
candidate's text is also scored word by word: a word is *coherent* when its accented
letters all belong to one language's alphabet and it holds no symbol or stray capital
between letters ("Ł" is Polish, but "£ukasz" and "MŸller" are nobody's). The candidate
with the most coherent and fewest incoherent words wins; ties go to the commoner code
page, in the order of :data:`PREFERRED`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

#: single-byte code pages spreadsheets write, commonest first (ties go to the first)
PREFERRED = ("cp1252", "cp1250", "mac_roman", "cp1257", "cp1251", "iso8859_15", "cp850")

#: the letters beyond a-z of the languages those code pages carry (lower case)
ALPHABETS = (
    "äöüß",  # German
    "àâæçéèêëîïôœùûüÿ",  # French
    "áéíñóúü",  # Spanish
    "áâãàçéêíóôõú",  # Portuguese
    "àèéìíîòóùú",  # Italian
    "àçèéíïòóúü·",  # Catalan
    "áéëïóöüèú",  # Dutch
    "æøåéó",  # Danish, Norwegian
    "åäöé",  # Swedish, Finnish
    "áéíóúýþæðö",  # Icelandic
    "çë",  # Albanian
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "ąćęłńóśźż",  # Polish
    "áéíóöőúüű",  # Hungarian
    "čćđšž",  # Slovene, Croatian, Bosnian
    "ăâîșțşţ",  # Romanian
    "ąčęėįšųūž",  # Lithuanian
    "āčēģīķļņšūž",  # Latvian
    "äõöüšž",  # Estonian
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяґєії",  # Cyrillic
)
_ALPHABETS = tuple(frozenset(a) for a in ALPHABETS)
_WORD = re.compile(r"[^\s\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")
#: typographic marks that may stand at either end of a word: quotes, dashes, €, £, °
_EDGE = "–—“”‘’„‚«»‹›…€£°§¿¡*"


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else the likeliest code page."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:4000]
    if len(head) >= 4 and head[1::2].count(0) > len(head) // 4 and not head[0::2].count(0):
        return "utf-16-le"  # without a byte-order mark: every second byte of ASCII is 0
    if len(head) >= 4 and head[0::2].count(0) > len(head) // 4 and not head[1::2].count(0):
        return "utf-16-be"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return _single_byte(data)
    return "utf-8"


def _single_byte(data: bytes) -> str:
    sample = data[:200_000]
    candidates = list(PREFERRED)
    for match in from_bytes(sample, cp_isolation=list(PREFERRED)):
        name = codecs.lookup(match.encoding).name
        known = [c for c in candidates if codecs.lookup(c).name == name]
        if not known:
            candidates.append(match.encoding)
    best: tuple[int, int] | None = None
    chosen = "latin-1"  # decodes any bytes: the last resort
    for name in candidates:
        try:
            text = data.decode(name)  # all of it must decode; the start is scored
        except UnicodeDecodeError:
            continue
        score = coherence(text[: len(sample)])
        if best is None or score > best:
            best, chosen = score, name
    return chosen


def coherence(text: str) -> tuple[int, int]:
    """(coherent words minus twice the incoherent ones, minus control characters)."""
    good = bad = 0
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n")
    for raw in _WORD.findall(text):
        word = raw.strip(_EDGE)
        if len(word) < 2 or word.isascii():  # a lone "Ä" may as well be a lone "€"
            continue
        if _plausible(word):
            good += 1
        else:
            bad += 1
    return good - 2 * bad, -controls


def _plausible(word: str) -> bool:
    """Letters of one alphabet, no symbol inside, no capital after a small letter."""
    extra: set[str] = set()
    has_lower = any(ch.islower() for ch in word)
    for i, ch in enumerate(word):
        if ch.isascii():
            continue
        if not ch.isalpha() and ch != "·":
            return False
        if ch.isupper() and i > 0 and has_lower:
            return False
        extra.add(ch.lower())
    return any(extra <= alphabet for alphabet in _ALPHABETS)
