"""`arahan ingest` from the command line: options, summary table, exit codes 0/1/2/130."""

from __future__ import annotations

import newsfixtures as site
from typer.testing import CliRunner

from arahan.cli import app
from arahan.store.database import Store

FAST = ["--allow-private", "--delay", "0", "--timeout", "0.5", "--retries", "0"]


def test_ingest_sitemap_then_rerun_changes_nothing(server, tmp_path):
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", "--sitemap", server.base + "/sitemap_index.xml", *FAST, "--db", db])
    assert first.exit_code == 0, first.output
    assert "extracted" in first.output and "duplicates" in first.output
    again = runner.invoke(app, ["ingest", "--sitemap", server.base + "/sitemap_index.xml", *FAST, "--db", db])
    assert again.exit_code == 0 and "extracted" not in again.output
    assert all(server.hits(p) == 1 for p in site.ARTICLES)
    with Store.open(db) as store:
        assert store.counts()["documents"] == 5


def test_ingest_with_failures_exits_1_and_lists_reasons(server, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# daftar\n{server.base}{site.NETRAL_PATH}\n{server.base}/tidak-ada\n{server.base}/kosong\n")
    result = CliRunner().invoke(app, ["ingest", "--urls", str(urls), *FAST, "--db", str(tmp_path / "b.db")])
    assert result.exit_code == 1, result.output
    assert "HTTP 404" in result.output and "empty page" in result.output


def test_ingest_without_sources_or_with_bad_dates_is_a_usage_error(tmp_path):
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--db", str(tmp_path / "c.db")]).exit_code == 2
    bad = runner.invoke(app, ["ingest", "https://x.example/a", "--since", "kemarin", "--db", str(tmp_path / "c.db")])
    assert bad.exit_code == 2 and "--since" in bad.output


def test_ctrl_c_exits_130_and_keeps_work(server, tmp_path, ctrl_c_at_write):
    ctrl_c_at_write(3)
    db = str(tmp_path / "d.db")
    urls = [server.base + p for p in site.ARTICLES]
    result = CliRunner().invoke(app, ["ingest", *urls, *FAST, "--threads", "1", "--db", db])
    assert result.exit_code == 130, result.output
    assert "Interrupted" in result.output
    with Store.open(db) as store:
        # every page fetched before Ctrl-C is stored (the batch of 4 under way), the fifth stays pending
        assert store.counts()["documents"] == 4 and store.runs(1)[0]["status"] == "interrupted"


def test_private_addresses_are_refused_without_the_flag(server, tmp_path):
    result = CliRunner().invoke(app, ["ingest", server.base + site.NETRAL_PATH, "--delay", "0",
                                      "--db", str(tmp_path / "e.db")])
    assert result.exit_code == 1 and "private/loopback" in result.output
    assert server.hits(site.NETRAL_PATH) == 0
