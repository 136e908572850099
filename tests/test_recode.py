"""`dyadwatch recode`: stored documents coded again give what a coding ingest gives."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import text

from dyadwatch.cli import cli
from dyadwatch.model import RawInput
from dyadwatch.pipeline import PipelineOptions
from dyadwatch.runner import ingest_run, recode_run
from dyadwatch.store import open_store
from tests.conftest import EXAMPLES
from tests.rows import store_rows

NEWS = ("On 3 March 2021 Zorbanian President Ulvar Kestrin met Alyaksandr Lukashenka in Minsk. "
        "Kestrin also signed a trade agreement with Belarus.")


def test_recode_of_an_uncoded_ingest_equals_a_coding_ingest(tmp_path: Path) -> None:
    coded = f"sqlite:///{tmp_path / 'coded.db'}"
    later = f"sqlite:///{tmp_path / 'later.db'}"
    ingest_run([str(EXAMPLES)], open_store(coded), PipelineOptions(), progress=False)
    engine = open_store(later)
    ingest_run([str(EXAMPLES)], engine, PipelineOptions(code_events=False, extras=False),
               progress=False)
    first = recode_run(engine, PipelineOptions(), progress=False)
    assert first.events_before == 0 and first.events_after > 100 and not first.errors
    again = recode_run(engine, PipelineOptions(), progress=False)  # re-running changes nothing
    assert again.changed == 0 and again.events_after == first.events_after

    def without_times(url: str) -> dict:
        rows = store_rows(url)
        return {k: v for k, v in rows.items() if k not in ("documents",)}

    assert without_times(later) == without_times(coded)


def test_a_user_dictionary_takes_effect_on_recode(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'dw.db'}"
    engine = open_store(url)
    raw = RawInput(location="news.txt", data=NEWS.encode(), kind="text")
    from dyadwatch.pipeline import process
    from dyadwatch.store.documents import save_coded_document

    save_coded_document(engine, process(raw, PipelineOptions()))

    def partners() -> set[tuple[str, str, str]]:
        with engine.connect() as conn:
            return {tuple(r) for r in conn.execute(text(
                "select source, target, type from events where source = 'ZRB' or target = 'ZRB'"))}

    assert partners() == set()  # nobody has heard of Zorbania
    extra = tmp_path / "mine"
    (extra / "data").mkdir(parents=True)
    (extra / "lang" / "en").mkdir(parents=True)
    (extra / "data" / "actors.yaml").write_text(
        "countries:\n  ZRB: {}\npersons:\n  KESTRIN:\n    country: ZRB\n    sector: GOV\n")
    (extra / "lang" / "en" / "actors.yaml").write_text(
        "countries:\n  ZRB: [Zorbania, Zorbanian]\npersons:\n  KESTRIN: [Ulvar Kestrin, Kestrin]\n")
    result = CliRunner().invoke(cli, ["recode", "--db", url, "--no-progress", "--dictionary", str(extra)])
    assert result.exit_code == 0, result.output
    assert "1 changed" in result.output
    assert ("ZRB", "BLR", "CONSULT") in partners() or ("BLR", "ZRB", "CONSULT") in partners()


def test_unknown_document_is_one_line_and_exit_1(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'dw.db'}"
    open_store(url)
    result = CliRunner().invoke(cli, ["recode", "nosuchid", "--db", url, "--no-progress"])
    assert result.exit_code == 1
    assert "nosuchid: no such document" in result.output
    assert "Traceback" not in result.output


def test_recoding_documents_regroups_their_clusters_as_a_rebuild_does(tmp_path: Path) -> None:
    from sqlalchemy import select

    from dyadwatch.analysis.clusters import build_clusters
    from dyadwatch.store import schema as t
    from dyadwatch.store.documents import document_ids

    engine = open_store(f"sqlite:///{tmp_path / 'dw.db'}")
    ingest_run([str(EXAMPLES)], engine, PipelineOptions(), progress=False)

    def state() -> tuple[list, list]:  # type: ignore[type-arg]
        with engine.connect() as conn:
            return (sorted(tuple(r) for r in conn.execute(select(t.clusters))),
                    sorted(tuple(r) for r in conn.execute(select(t.index_periods))))

    before = state()
    assert before[0] and before[1]
    ids = document_ids(engine)[:3]
    # their clusters are taken apart and regrouped with the other documents' mentions
    done = recode_run(engine, PipelineOptions(), ids=ids, progress=False)
    assert done.documents == 3 and not done.errors
    assert state() == before
    build_clusters(engine)
    assert state() == before
