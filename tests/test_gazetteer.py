"""The gazetteer: world knowledge as data, loaded fast, every cross-reference resolving."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg import gazetteer
from kg.gazetteer import TERRITORY_KINDS, load
from kg.gazetteer_check import check
from kg.iris import entity_key
from kg.paths import ARTICLES_DIR

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def gz():
    return load()


def _key(kind: str, name: str) -> str:
    return entity_key(kind, name)


def test_loads_every_state_once_a_process():
    """Read once and kept: every article of a build asks for it (its load time is a benchmark's
    business, benchmarks/, not a test's)."""
    load.cache_clear()
    gz = load()
    assert load() is gz
    assert len([e for e in gz.entities.values() if e.kind == "State"]) >= 195


def test_every_name_resolves(gz):
    """holder, claimants, part_of, successor_of, places; every row of the four BorderLines CSVs."""
    assert check(gz) == []


def test_check_reports_a_dangling_name(tmp_path):
    (tmp_path / "states.yaml").write_text("- {name: Japan}\n")
    (tmp_path / "territories.yaml").write_text(
        "- {name: Atlantis, holder: Lemuria, part_of: [Mu], kind: Continent}\n"
    )
    problems = check(load(str(tmp_path)), tables=())
    assert any("state 'Lemuria' is not defined" in p for p in problems)
    assert any("territory 'Mu' is not defined" in p for p in problems)
    assert any("kind 'Continent'" in p for p in problems)


def test_check_command():
    out = subprocess.run(
        [sys.executable, "-m", "kg.gazetteer", "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("ok: ")


def test_capital_and_demonym(gz):
    assert gz.capitals[_key("City", "Tokyo")] == _key("State", "Japan")
    assert gz.state_by_name("Japanese").key == "state/japan"
    assert gz.demonyms["japanese"] == "state/japan"
    assert gz.state_by_name("Argentinian").key == "state/argentina"
    assert gz.state_by_name("Filipino").key == "state/philippines"
    assert gz.capitals[gz.lookup("Kiev")[0].entity.key] == "state/ukraine"  # capital_aliases


def test_state_aliases_from_news_and_table(gz):
    for alias, name in [
        ("U.S.", "United States"),
        ("Britain", "United Kingdom"),
        ("PRC", "China"),
        ("People's Republic of China", "China"),
        ("Republic of China", "Taiwan"),
        ("DPRK", "North Korea"),
        ("Russian Federation", "Russia"),
        ("USSR", "Soviet Union"),
        ("Republic of Kosovo", "Kosovo"),
        ("Islamic Emirate of Afghanistan", "Afghanistan"),
        ("Donetsk People's Republic", "Donetsk People's Republic"),
        ("TRNC", "Turkish Republic of Northern Cyprus"),
    ]:
        assert gz.state_by_name(alias).label == name, alias


def test_territory_names(gz):
    assert gz.territory_by_name("Northern Territories").label == "Southern Kuril Islands"
    assert gz.territory_by_name("Malvinas").label == "Falkland Islands"
    assert gz.territory_by_name("Diaoyu Islands").label == "Senkaku Islands"
    assert gz.territory_by_name("Takeshima").label == "Liancourt Rocks"
    assert gz.territory_by_name("Ayungin Shoal").label == "Second Thomas Shoal"
    # a slashed table name resolves as a whole, or by any of its parts
    assert gz.territory_by_name("South Kuril/Chishima Islands").label == "Southern Kuril Islands"
    assert gz.territory_by_name("Isla Suárez/Ilha de Guajará-mirim").label == "Isla Suárez"
    assert gz.territory_by_name("Atlantis") is None
    assert gz.get("territory/shikotan").kind == "Island"
    assert gz.get("territory/habomai").kind == "IslandGroup"


def test_structure_and_holders(gz):
    south = "territory/southern-kuril-islands"
    assert set(gz.parts["territory/kuril-islands"]) >= {south, "territory/lesser-kuril-chain"}
    assert "territory/shikotan" in gz.parts[south]
    assert set(gz.part_of("territory/shikotan")) == {south, "territory/lesser-kuril-chain"}
    assert gz.holder[south] == "state/russia"
    assert gz.claimants[south] == ("state/japan",)
    assert gz.holder["territory/falkland-islands"] == "state/united-kingdom"
    assert gz.claimants["territory/falkland-islands"] == ("state/argentina",)


def test_successors(gz):
    assert "state/soviet-union" in gz.successor_of["state/russia"]
    assert gz.predecessors("state/russia") == ("state/soviet-union", "state/russian-empire")
    assert "state/soviet-union" in gz.former and "state/russia" not in gz.former
    assert gz.state_by_name("Soviet").key == "state/soviet-union"


def test_offices(gz):
    assert gz.office("top diplomat") == "foreign minister"
    assert gz.office("Minister of Foreign Affairs") == "foreign minister"
    assert gz.office("vice foreign minister") == "deputy foreign minister"
    assert gz.office("secretary of state") == "secretary of state"
    assert gz.office("spokeswoman") == "spokesperson"
    assert gz.office("dogcatcher") is None


def test_documents_and_organizations(gz):
    decl = gz.lookup("1956 Joint Declaration")[0].entity
    assert (decl.kind, decl.subtype, decl.date) == ("Document", "JointDeclaration", "1956-10-19")
    assert gz.lookup("UNCLOS")[0].entity.label == "United Nations Convention on the Law of the Sea"
    assert gz.lookup("ICJ")[0].entity.kind == "Organization"
    assert gz.lookup("Association of Southeast Asian Nations")[0].entity.label == "ASEAN"


def test_places_take_no_side_in_disputed_territories(gz):
    assert gz.state_of_city["city/vladivostok"] == "state/russia"
    assert "city/simferopol" not in gz.state_of_city
    assert gz.territory_of_place["city/simferopol"] == "territory/crimea"


def test_no_surface_names_two_entities_of_one_kind(gz):
    """'Georgia' may be a state and nothing else of kind State; a name is never two states
    except where states.yaml says several share it ("Korea": test below)."""
    for text, refs in gz.surfaces.items():
        by_kind: dict[str, set[str]] = {}
        for r in refs:
            if r.how.startswith("shared"):
                continue
            kind = "Territory" if r.entity.kind in TERRITORY_KINDS else r.entity.kind
            by_kind.setdefault(kind, set()).add(r.entity.key)
        assert all(len(keys) == 1 for keys in by_kind.values()), (text, by_kind)


def test_shared_names_are_no_one_states(gz):
    """ "Korea" and "Korean" are North and South Korea's alike: kept as shared, for the article
    to settle (kg/ingest/nlp/shared_names.py)."""
    both = {"state/north-korea", "state/south-korea"}
    for name in ("Korea", "Korean"):
        assert set(gz.shared[name.lower()]) == both
        assert {r.how for r in gz.lookup(name)} <= {"shared", "shared-demonym"}


def test_borderlines_copy_is_unchanged_and_credited():
    data = ROOT / "data" / "borderlines"
    assert (data / "NOTICE.md").exists() and "CC BY-SA" in (data / "LICENSE.md").read_text()
    shared = ROOT.parent / "shared" / "data" / "borderlines"
    if shared.exists():
        for f in shared.glob("*.csv"):  # the tables are copied unchanged (the NOTICE gains a note)
            assert (data / f.name).read_bytes() == f.read_bytes(), f.name


def test_module_has_no_world_facts_in_code():
    src = Path(gazetteer.__file__).read_text()
    assert "Japan" not in src and "Kuril" not in src


def test_pruned_name_lookup_finds_what_trying_every_length_finds(gz):
    """The lookup stops growing a phrase once no name starts with it; a capital sigma (whose
    lowercase depends on context) turns that pruning off, so the same text with one appended must
    give the same mentions."""
    from kg.ingest.nlp.mentions import gazetteer_mentions

    folders = [Path(__file__).parent / "data" / "articles", ARTICLES_DIR]
    texts = [p.read_text(encoding="utf-8") for f in folders for p in sorted(f.glob("*.txt"))]
    texts.append("The South Kuril Islands, the Kurils, Port Stanley and the Falkland Islands.")
    found = 0
    for text in texts:
        pruned = gazetteer_mentions(gz, text, 0, len(text))
        unpruned = gazetteer_mentions(gz, text + " Σ", 0, len(text) + 2)
        assert [(m.start, m.end, m.tag, m.entity) for m in pruned] == [
            (m.start, m.end, m.tag, m.entity) for m in unpruned
        ]
        found += len(pruned)
    assert found > 100  # the texts do name many places, states and people
