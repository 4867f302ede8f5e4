"""``python -m kg`` is the ``kg`` command: the same commands, exit codes and one-line errors, run
as a user runs it (a new interpreter, not CliRunner)."""

from __future__ import annotations

import subprocess
import sys

from kg import __version__


def _kg(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=120, cwd=cwd
    )


def test_python_m_kg_answers_version_and_help():
    version = _kg("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"kg, version {__version__}"
    helped = _kg("--help")
    assert helped.returncode == 0
    assert all(f"  {name} " in helped.stdout for name in ("build", "export", "stats", "path"))


def test_python_m_kg_errors_are_one_line_and_exit_non_zero(tmp_path):
    done = _kg("query", "claims", "--store", str(tmp_path / "nowhere"), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.strip().startswith("Error:") and len(done.stderr.strip().splitlines()) == 1
    assert "nowhere" in done.stderr and "Traceback" not in done.stderr
