"""Every article of the FA-KES bench corpus passes through the extractor without an error."""
import json
from pathlib import Path

import pytest

from schemas.models import Article
from streams.core.extract import extract_events

CORPUS = Path("/work/shared/bench/fakes-syria.jsonl")


@pytest.mark.skipif(not CORPUS.exists(), reason="bench corpus not present")
def test_bench_corpus_extracts_without_errors():
    n = events = 0
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        article = Article.model_validate(json.loads(line))
        out = extract_events(article, "2017-01-01T00:00:00")
        assert all(e.article_id == article.id for e in out)
        n += 1
        events += len(out)
    assert n == 794 and events > 0
