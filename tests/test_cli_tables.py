"""``kg table-diff`` on the real BorderLines snapshots."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main
from kg.paths import BORDERLINES_DIR


def test_table_diff_shows_what_changed_between_snapshots():
    old = BORDERLINES_DIR / "disputed_territories_2021-08.csv"
    new = BORDERLINES_DIR / "disputed_territories_2023-05.csv"
    result = CliRunner().invoke(main, ["table-diff", str(old), str(new)])
    assert result.exit_code == 0, result.output
    assert "Crimea: controller unknown -> Russia" in result.output
    assert result.output.rstrip().endswith(
        "territories changed between disputed_territories_2021-08.csv "
        "and disputed_territories_2023-05.csv"
    )


def test_table_diff_names_a_missing_file():
    result = CliRunner().invoke(main, ["table-diff", "nowhere.csv", "nowhere-either.csv"])
    assert result.exit_code == 1
    assert "nowhere.csv" in result.output and "Traceback" not in result.output
