"""Corroboration counts independent reports (issue 13, point 3): syndicated or re-headlined copies
of one text are found at build time (MinHash/LSH), recorded as dkg:nearDuplicateOf, listed by
kg sources and counted once; who disagrees is a state some source sets against the fact; disputes
agree with claims and roll a part up to its whole."""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from _copies import ARTICLE, TITLE, copies
from click.testing import CliRunner
from conftest import require_shared

from kg import duplicates, queries, sources
from kg.cli import main
from kg.engines import local
from kg.model import Source
from kg.stores.embedded import Store
from kg.vocab import DKG


def cli(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result


def reheadlined(articles: Path, folder: Path, n: int) -> Path:
    """Each article of ``articles`` and ``n`` copies of it under a new first line (the headline)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(articles.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        shutil.copy(path, folder / path.name)
        lines = text.split("\n")
        first = next(
            i for i, line in enumerate(lines) if line.strip() and line.strip() != "All news"
        )
        for k in range(n):
            copy = lines[:first] + [f"UPDATED {k + 1}: {lines[first]}"] + lines[first + 1 :]
            (folder / f"{path.stem}-copy{k + 1}.txt").write_text("\n".join(copy), encoding="utf-8")
    return folder


def counts(store: Store) -> dict[str, int]:
    """fact -> its independent sources, as corroboration says."""
    rows = queries.answer(store, queries.get("corroboration"), {}).records()
    return {r["fact"].value: int(r["sources"].value) for r in rows}


def nquads(store: Store) -> set[str]:
    return {str(q) for q in store.quads()}


@pytest.fixture(scope="module")
def dev() -> Path:
    return require_shared("eval", "dev", "articles")


@pytest.fixture(scope="module")
def dev_store(dev, tmp_path_factory) -> Store:
    store = Store(tmp_path_factory.mktemp("dev") / "kg")
    local.build([dev], store)
    return store


# -- finding copies ----------------------------------------------------------------------------


def test_a_reheadlined_copy_is_one_report(tmp_path):
    folder = copies(tmp_path / "news", 3)
    (folder / "original.txt").write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    store_dir = str(tmp_path / "s")
    out = cli("build", "--store", store_dir, str(folder))
    assert "3 a near-duplicate of an earlier source" in out.output
    rows = json.loads(cli("sources", "-f", "json", "--store", store_dir).output)
    first = rows[0]["key"]  # the first written, in sorted order: copy-000
    assert rows[0]["title"] == f"Copy 0: {TITLE}" and rows[0]["duplicate_of"] is None
    assert [r["duplicate_of"] for r in rows[1:]] == [first] * 3
    assert "near-duplicate of" in cli("sources", "--store", store_dir).output
    claims = [n for f, n in counts(Store(store_dir, read_only=True)).items() if "/claims/" in f]
    assert claims and set(claims) == {1}  # four copies of one TASS report: one source


def test_distinct_articles_are_not_copies(dev_store):
    assert not any(duplicates_of(dev_store).values())


def duplicates_of(store: Store) -> dict[str, str | None]:
    return {s.key: s.duplicate_of for s in sources.list_sources(store)}


def test_a_signature_is_kept_with_its_source_and_read_back_the_same(tmp_path):
    store = Store(tmp_path / "s")
    local.build([ARTICLE], store)
    (sig,) = [q.object.value for q in store.quads() if q.predicate == DKG.minHash]
    again = duplicates.decode(sig)
    assert duplicates.encode(again) == sig
    assert duplicates.decode("legacy:64:1:AAAA") is None  # another scheme: not compared


def _variants(text: str, seed: int) -> list[str]:
    """``text`` and copies of it with a share of its words dropped: some near, some far."""
    rng = random.Random(seed)
    return [text] + [
        "\n".join(
            " ".join(w for w in line.split() if rng.random() > q) for line in text.split("\n")
        )
        for q in (0.02, 0.1, 0.3, 0.6)
    ]


def test_signatures_and_candidates_are_datasketchs(tmp_path):
    """The signatures are datasketch 2's "affine32" values, computed here without it (stored
    signatures carry that scheme's name): the same values, the same LSH bands and candidates,
    the same resemblance, for copies near and far."""
    datasketch = pytest.importorskip("datasketch")
    theirs = datasketch.MinHashLSH(threshold=duplicates.THRESHOLD, num_perm=128)
    assert (theirs.b, theirs.r) == (duplicates._BANDS, duplicates._ROWS)
    ours = duplicates.Index(Store(tmp_path / "s"))
    mine_by_key: dict[str, duplicates.MinHash] = {}
    signed: dict[str, object] = {}
    texts = [ARTICLE.read_text(encoding="utf-8"), *(p.read_text() for p in _more_articles())]
    for i, text in enumerate(texts):
        for j, variant in enumerate(_variants(text, i)):
            key = f"http://example.org/s{i}-{j}"
            source = Source(key=key, kind="Article", title=variant.split("\n")[0], text=variant)
            mine = duplicates.signature(source)
            if mine is None:
                continue
            body = variant.replace(source.title, " ", 1)
            words = re.findall(r"\w+", body.lower())
            theirs_mh = datasketch.MinHash(num_perm=128, seed=1, scheme="affine32")
            theirs_mh.update_batch(
                [" ".join(words[k : k + 5]).encode() for k in range(len(words) - 4)]
            )
            assert mine.hashvalues.tolist() == theirs_mh.hashvalues.tolist()
            assert duplicates.encode(duplicates.decode(duplicates.encode(mine))) == (
                duplicates.encode(mine)
            )
            found = set(theirs.query(theirs_mh))
            assert ours.candidates(mine) == found
            for other in found:
                assert mine.jaccard(mine_by_key[other]) == theirs_mh.jaccard(signed[other])
            theirs.insert(key, theirs_mh)
            ours.record(ox.NamedNode(key), mine, None)
            mine_by_key[key], signed[key] = mine, theirs_mh
    assert len(signed) > 20


def _more_articles() -> list[Path]:
    folder = Path(__file__).parent / "data" / "heldout" / "articles"
    return [p for n in ("h01", "h02", "h03", "h32", "h33") for p in sorted(folder.glob(f"{n}-*"))]


def test_copies_found_in_a_later_build_point_to_the_source_already_there(tmp_path):
    folder = copies(tmp_path / "news", 3)
    store = Store(tmp_path / "s")
    local.build([folder / "copy-002.txt"], store)
    report = local.build([folder], store)
    assert report.near_duplicates == 2  # copy-002 is itself; the others copy it
    found = duplicates_of(store)
    original = next(k for k, v in found.items() if v is None)
    assert "copy-2" in original
    assert sorted(found.values(), key=lambda v: v or "") == [None, original, original]
    again = local.build([folder], store)
    assert again.unchanged == 3 and again.quads == 0  # the same input: the same graph


def test_a_parallel_build_records_the_same_copies_as_a_serial_one(tmp_path):
    folder = copies(tmp_path / "news", 6)
    serial = Store(tmp_path / "a")
    local.build([folder], serial)
    cli("build", "--workers", "2", "--store", str(tmp_path / "b"), str(folder))
    parallel = Store(tmp_path / "b", read_only=True)
    assert nquads(serial) == nquads(parallel)
    assert sum(q.predicate == DKG.nearDuplicateOf for q in serial.quads()) == 5


# -- corroboration over a corpus of copies -------------------------------------------------------


def test_reheadlined_copies_of_the_dev_articles_add_no_corroboration(dev, dev_store, tmp_path):
    corpus = reheadlined(dev, tmp_path / "corpus", 3)
    store_dir = tmp_path / "copies"
    cli("build", "--workers", "2", "--store", str(store_dir), str(corpus))
    store = Store(store_dir, read_only=True)
    found = duplicates_of(store)
    assert len(found) == 4 * len(duplicates_of(dev_store))
    assert sum(v is not None for v in found.values()) == 3 * len(duplicates_of(dev_store))
    expected = counts(dev_store)
    got = counts(store)
    # a copy's headline may add a fact of its own; every fact of the originals counts as before
    assert {f: got[f] for f in expected} == expected
    top = max(expected, key=expected.get)  # Lavrov, Russia's foreign minister: five reports
    texts = queries.answer(store, queries.get("evidence"), {"entity": f"<{top}>"}).records()
    assert len({r["source"] for r in texts}) == 4 * expected[top] and got[top] == expected[top]


def test_one_publisher_counts_once(tmp_path):
    """Two different TASS texts stating the same fact: one publisher, one report."""
    text = ARTICLE.read_text(encoding="utf-8")
    other = text.replace(TITLE, "Lavrov and Kono meet in Moscow")
    paragraphs = other.split("\n\n")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(text, encoding="utf-8")
    # the second keeps less than half of the first's paragraphs: not a copy, the same publisher
    (tmp_path / "news" / "b.txt").write_text(
        "\n\n".join(paragraphs[: len(paragraphs) * 2 // 5]), encoding="utf-8"
    )
    store = Store(tmp_path / "s")
    report = local.build([tmp_path / "news"], store)
    assert report.near_duplicates == 0 and report.sources == 2
    assert {s.publisher for s in sources.list_sources(store)} == {"TASS"}
    assert set(counts(store).values()) == {1}


# -- who disagrees, and disputes --------------------------------------------------------------------


def _disagreement(store: Store) -> dict[str, str]:
    rows = queries.answer(store, queries.get("corroboration"), {}).records()
    return {
        r["fact"].value.split("/id/")[1].rsplit("-", 1)[0]: r["disagreement"].value for r in rows
    }


def test_who_disagrees_is_a_state_set_against_the_fact(dev_store):
    found = _disagreement(dev_store)
    # a rejection names the claimant it rejects, never the rejecting state
    rejections = [v for k, v in found.items() if k.startswith("rejects-claim/china--united-states")]
    assert rejections and all(v == "contested by China" for v in rejections), rejections
    # rejecting China's claims in the South China Sea is not contesting its control of Sandy Cay
    assert found["controls/china--sandy-cay"] == ""
    # Russia succeeds the Soviet Union: one side, not rivals
    assert found["controls/soviet-union--southern-kuril-islands"] == "contested by Japan"
    assert found["claims/japan--southern-kuril-islands"] == "contested by Russia, Soviet Union"
    assert found["claims/china--senkaku-islands"] == "contested by Japan, Taiwan"
    holders = dev_store.query("""
        SELECT ?fact ?label WHERE {
          { ?fact a dkg:ClaimRejection ; dkg:state ?holder }
          UNION { ?fact a dkg:Claim ; dkg:claimant ?holder }
          UNION { ?fact a dkg:ControlAssertion ; dkg:state ?holder }
          UNION { ?fact a dkg:SovereigntyAssertion ; dkg:state ?holder }
          ?holder rdfs:label ?label
        } ORDER BY ?fact""")
    for row in holders:  # never the fact's own state
        fact = row["fact"].value.split("/id/")[1].rsplit("-", 1)[0]
        assert row["label"].value not in found[fact].removeprefix("contested by ").split(", ")


def test_disputes_agree_with_claims_and_roll_a_part_up(dev_store):
    rows = queries.answer(dev_store, queries.get("disputes"), {}).records()
    parties = {r["territoryLabel"].value: r["parties"].value for r in rows}
    claims = queries.answer(dev_store, queries.get("claims"), {}).records()
    for claim in claims:
        if claim["relation"].value == "claims" and claim["territoryLabel"].value in parties:
            assert claim["stateLabel"].value in parties[claim["territoryLabel"].value]
    assert parties["Senkaku Islands"] == "China, Japan, Taiwan"
    assert "Southern Kuril Islands" not in parties  # a part: under its whole
    parts = {(r["territoryLabel"].value, r["part"].value) for r in rows}
    assert ("Kuril Islands", "Southern Kuril Islands") in parts
    assert ("Kuril Islands", "") in parts


def test_the_territory_parameter_asks_for_the_whole(dev_store):
    rows = queries.answer(
        dev_store, queries.get("disputes"), {"territory": "Kuril Islands"}
    ).records()
    assert {r["part"].value for r in rows} == {"", "Southern Kuril Islands"}
    assert all(
        r["territory"] == ox.NamedNode("https://w3id.org/dispute-kg/id/territory/kuril-islands")
        for r in rows
    )
