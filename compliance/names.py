"""Matching names found in a post with the names on patient releases.

Case, accents and common nicknames are ignored ("SOFÍA" = "Sofia", "Bill" = "William",
"Pepe" = "José"); hashtags are split into words ("#TeamJayden" → team, jayden), and the
words campaigns wrap around names (team, strong, fuerza…) are not names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Common diminutives, both ways. A release's own aliases cover the rest.
NICKNAMES: dict[str, set[str]] = {
    "william": {"bill", "billy", "will", "willie", "liam"},
    "robert": {"bob", "bobby", "rob", "robbie", "bert"},
    "richard": {"rick", "ricky", "dick", "rich"},
    "james": {"jim", "jimmy", "jamie"},
    "john": {"johnny", "jack"},
    "jonathan": {"jon", "jonny"},
    "joseph": {"joe", "joey"},
    "michael": {"mike", "mikey", "mick"},
    "thomas": {"tom", "tommy"},
    "christopher": {"chris", "topher"},
    "daniel": {"dan", "danny"},
    "matthew": {"matt", "matty"},
    "anthony": {"tony"},
    "nicholas": {"nick", "nicky"},
    "alexander": {"alex", "xander", "sasha"},
    "benjamin": {"ben", "benny"},
    "samuel": {"sam", "sammy"},
    "edward": {"ed", "eddie", "ted", "teddy"},
    "charles": {"charlie", "chuck"},
    "elizabeth": {"liz", "lizzie", "beth", "betty", "eliza", "libby"},
    "margaret": {"maggie", "meg", "peggy", "marge"},
    "katherine": {"kate", "katie", "kathy", "kat"},
    "catherine": {"cathy", "cat", "kate"},
    "jennifer": {"jen", "jenny"},
    "rebecca": {"becky", "becca"},
    "abigail": {"abby", "gail"},
    "isabella": {"bella", "izzy", "isa"},
    "olivia": {"liv", "livvy"},
    "victoria": {"vicky", "tori"},
    "patricia": {"patty", "trish", "pat"},
    "susan": {"sue", "susie"},
    "deborah": {"deb", "debbie"},
    "dorothy": {"dot", "dottie"},
    "theodore": {"theo", "ted", "teddy"},
    "josé": {"pepe", "chepe"},
    "francisco": {"paco", "pancho", "frank"},
    "guadalupe": {"lupe", "lupita"},
    "dolores": {"lola", "lolita"},
    "concepción": {"concha", "conchita"},
    "ignacio": {"nacho"},
    "enrique": {"quique"},
    "manuel": {"manolo", "manny"},
    "jesús": {"chuy", "chucho"},
    "alejandro": {"alex", "ale"},
    "alejandra": {"ale", "alex"},
    "guillermo": {"memo", "guille"},
    "roberto": {"beto"},
    "alberto": {"beto"},
    "eduardo": {"lalo"},
    "rosario": {"charo", "chayo"},
    "mercedes": {"meche"},
    "graciela": {"chela"},
    "valentina": {"vale"},
    "santiago": {"santi"},
    "sofía": {"sofi"},
}

# Words that campaigns put around a name in hashtags and that are not names themselves.
HASHTAG_WORDS = {
    "team", "strong", "fuerza", "for", "pray", "prayers", "love", "army", "warrior", "fight",
    "brave", "ora", "por", "con", "la", "el", "de", "the", "go", "we", "stand", "with",
}  # fmt: skip


def fold(text: str) -> str:
    """Lowercase without accents: 'Sofía' -> 'sofia'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_NICKNAME_GROUPS: dict[str, set[str]] = {}
for _full, _short in NICKNAMES.items():
    group = {fold(_full), *(fold(s) for s in _short)}
    for _name in group:
        _NICKNAME_GROUPS.setdefault(_name, set()).update(group)


def words(text: str) -> list[str]:
    """Name words of `text`, folded; hashtags split at case changes and digits."""
    parts: list[str] = []
    for token in re.findall(r"#?[^\W\d_]+(?:['’-][^\W\d_]+)*", text):  # noqa: RUF001 - typographic apostrophe
        if token.startswith("#"):
            pieces = re.findall(r"[A-ZÁÉÍÓÚÑÜ]?[a-záéíóúñü]+|[A-ZÁÉÍÓÚÑÜ]+(?![a-z])", token[1:])
            parts.extend(p for p in pieces if fold(p) not in HASHTAG_WORDS)
        else:
            parts.append(token)
    return [fold(p) for p in parts if len(p) > 1]


def name_keys(names: Iterable[str]) -> set[str]:
    """Every folded word of `names`, with the nicknames of each."""
    keys: set[str] = set()
    for name in names:
        for word in words(name):
            keys.add(word)
            keys |= _NICKNAME_GROUPS.get(word, set())
    return keys


def matches(found: str, release_names: Iterable[str]) -> bool:
    """Does a name found in a post match one of a release's names or aliases?"""
    return bool(name_keys([found]) & name_keys(release_names))
