"""A regex for a large word list, factored as a trie: 贵阳高新区|贵阳国家高新区 → 贵阳(?:高新区|国家高新区).

Python's `re` tries every alternative at every position; with hundreds of aliases that dominates
extraction time. Factoring common prefixes lets a failed first character reject all of them at once.
Longest match is kept: at each node longer continuations are tried before ending the word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_regex(words: Iterable[str]) -> str:
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    return _node_regex(trie)


def _node_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _node_regex(child) for char, child in sorted(node.items()) if char != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # A word ends here, but a longer one may continue: try the continuation first.
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body
