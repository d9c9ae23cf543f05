"""The trie-factored regex finds exactly what the plain longest-first alternation finds."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from orchestration.claims.trie_pattern import trie_regex

WORDS = st.lists(st.text(alphabet="贵阳高新区国家中关村ab", min_size=1, max_size=5), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(words=WORDS, text=st.text(alphabet="贵阳高新区国家中关村ab,。", max_size=40))
def test_trie_matches_longest_first_alternation(words, text):
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    trie = re.compile(trie_regex(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
