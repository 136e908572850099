from __future__ import annotations

from pathlib import Path

from dyadwatch.outputs.brief import render_brief
from dyadwatch.store import open_store
from tests.analysis.corpus import Ev, S, add_doc, worse_week


def test_brief_shows_verdict_reasons_and_chart_and_reproduces(sqlite_url: str, tmp_path: Path) -> None:
    engine = open_store(sqlite_url)
    sentences = worse_week(engine)
    add_doc(engine, "Visit planned", "2017-10-06", [
        S("Lukashenka will visit Moscow on 20 October.",
          [Ev("BLR", "RUS", "042", "visit", status="planned", date="2017-10-20")])])
    runs = []
    for i in range(2):
        out = tmp_path / f"run{i}"
        md = render_brief(engine, "BLR-RUS", "2017-W40", "md", chart_dir=out)
        html = render_brief(engine, "BLR-RUS", "2017-W40", "html", chart_dir=out)
        runs.append((md, html, (out / "index-BLR-RUS-2017-W40.svg").read_bytes()))
        # the chart is SVG only unless PNG is asked for
        assert not (out / "index-BLR-RUS-2017-W40.png").exists()
    assert runs[0] == runs[1]
    md, html, svg = runs[0]
    assert "**Verdict: worse (large).**" in md
    assert all(s in md and s in html for s in sentences)
    assert "## Coming up" in md and "Lukashenka will visit Moscow on 20 October." in md
    assert "(index-BLR-RUS-2017-W40.svg)" in md and ".png" not in md
    assert svg.startswith(b"<svg") and b'data-period="2017-W40"' in svg
    assert '<section class="verdict worse"' in html and "<svg" in html
    assert "## Figures" not in md and "What analysts expect" not in md
    # the inline chart is the same SVG as the file
    assert svg.decode() in html


def test_brief_writes_png_only_when_asked(sqlite_url: str, tmp_path: Path) -> None:
    engine = open_store(sqlite_url)
    worse_week(engine)
    md = render_brief(engine, "BLR-RUS", "2017-W40", "md", chart_dir=tmp_path, png=True)
    png = (tmp_path / "index-BLR-RUS-2017-W40.png").read_bytes()
    assert png.startswith(b"\x89PNG") and "(index-BLR-RUS-2017-W40.png)" in md
    assert (tmp_path / "index-BLR-RUS-2017-W40.svg").exists()


def test_brief_escapes_document_text_and_refuses_script_links(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    add_doc(engine, "<script>alert(1)</script>", "2017-10-03", [
        S("Russia accused Belarus of <b>smuggling</b> [link](javascript:x).",
          [Ev("RUS", "BLR", "112", "accused")])], url="javascript:alert(1)")
    html = render_brief(engine, "BLR-RUS", "2017-W40", "html")
    md = render_brief(engine, "BLR-RUS", "2017-W40", "md")
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert 'href="javascript:' not in html and "<b>smuggling" not in html
    assert "[link](javascript:" not in md and "\\[link\\](javascript:x)" in md  # inert text
    assert "(javascript:alert(1))" not in md and "\\<b\\>smuggling" in md


def test_brief_has_figures_and_expectations_when_present(sqlite_url: str) -> None:
    from dyadwatch.model import CleanDocument, CodedDocument, Event, Sentence, Span
    from dyadwatch.store.documents import save_coded_document

    engine = open_store(sqlite_url)
    text = "Russia granted Belarus a loan of 700 million dollars. Relations will likely improve."
    s1, s2 = text.split(". ")
    s1 += "."
    doc = CleanDocument(location="mem://loan", text=text, title="Loan", url="https://ex.org/loan",
                        pub_date="2017-10-04", pub_date_granularity="day", paragraphs=[Span(0, len(text))])
    sents = [Sentence(0, 0, len(s1), s1), Sentence(1, len(s1) + 1, len(text), s2)]
    ev = Event(source="RUS", target="BLR", type="AID", cameo="071", goldstein=7.4, quad=2,
               trigger="granted", start=7, end=14)
    extras = {
        "figures": [{"id": "f1", "sentence_idx": 0, "kind": "money", "value": 700e6, "unit": "USD",
                     "qualifier": "exact", "measure": "loan", "source": "RUS", "target": "BLR",
                     "text": "700 million dollars", "start": 33, "end": 52}],
        "judgments": [{"id": "j1", "sentence_idx": 1, "source": "BLR", "target": "RUS",
                       "direction": "better", "hedge": "likely", "text": s2, "start": 0, "end": len(s2)}],
    }
    save_coded_document(engine, CodedDocument(doc, sents, [(0, ev)], extras))
    md = render_brief(engine, "BLR-RUS", "2017-W40", "md")
    html = render_brief(engine, "BLR-RUS", "2017-W40", "html")
    assert "## Figures" in md and "700 million dollars" in md and "loan" in md
    assert "## What analysts expect" in md and "Relations will likely improve" in md
    assert 'id="figures"' in html and 'id="expectations"' in html


def _loan_doc(location: str, title: str | None, site: str | None, url: str | None,
              dateline: str) -> object:
    """A document stating one loan amount, with the figure the extractor would store."""
    from dyadwatch.model import CleanDocument, CodedDocument, Event, Sentence, Span

    loan = "Russia granted Belarus a loan of 700 million dollars."
    text = f"{dateline} {loan}"
    doc = CleanDocument(location=location, text=text, title=title, url=url, site=site,
                        pub_date="2017-10-04", pub_date_granularity="day",
                        paragraphs=[Span(0, len(text))])
    ev = Event(source="RUS", target="BLR", type="AID", cameo="071", goldstein=7.4, quad=2,
               trigger="granted", start=7, end=14)
    extras = {"figures": [{"id": f"f-{location[-1]}", "sentence_idx": 1, "kind": "money", "value": 700e6,
                           "unit": "USD", "qualifier": "exact", "measure": "loan", "source": "RUS",
                           "target": "BLR", "text": "700 million dollars", "start": 33, "end": 52}],
              "judgments": []}
    at = len(dateline) + 1
    sents = [Sentence(0, 0, len(dateline), dateline), Sentence(1, at, at + len(loan), loan)]
    return CodedDocument(doc, sents, [(1, ev)], extras)


def test_brief_figures_show_the_sentence_once_with_a_named_source(sqlite_url: str) -> None:
    from dyadwatch.store.documents import save_coded_document

    engine = open_store(sqlite_url)
    # the same article twice (republished elsewhere), the second without title or site
    save_coded_document(engine, _loan_doc("mem://a", "Loan granted", "news.example.org",
                                          "https://news.example.org/loan", "Minsk, 4 October."))
    save_coded_document(engine, _loan_doc("mem://b", None, None, None, "Moscow, 4 October."))
    md = render_brief(engine, "BLR-RUS", "2017-W40", "md")
    html = render_brief(engine, "BLR-RUS", "2017-W40", "html")
    table = md.split("## Figures")[1].split("##")[0]
    rows = [r for r in table.splitlines() if r.startswith("| $")]
    assert rows == ["| $700 million | loan | Russia granted Belarus a loan of 700 million "
                    "dollars. | Loan granted |"]
    figures_html = html.split('id="figures"')[1].split("</section>")[0]
    assert figures_html.count("<tr>") == 2  # the header and one row
    assert "Russia granted Belarus a loan of 700 million dollars." in figures_html
    from dyadwatch.store import schema as t

    with engine.connect() as conn:
        doc_ids = [r[0] for r in conn.execute(t.documents.select().with_only_columns(t.documents.c.id))]
    assert doc_ids and not any(d in md or d in html for d in doc_ids)  # never a document id
    assert "untitled document" in md  # the source without title or site


def test_brief_counts_agree_and_coming_up_is_after_the_week(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    worse_week(engine)
    add_doc(engine, "Plans and denials", "2017-10-04", [
        S("Russia will cut oil deliveries to Belarus on Friday.",
          [Ev("RUS", "BLR", "163", "cut", status="planned", date="2017-10-06")]),
        S("Lukashenka will visit Moscow on 20 October.",
          [Ev("BLR", "RUS", "042", "visit", status="planned", date="2017-10-20")]),
        S("Moscow denied that it had threatened Minsk.",
          [Ev("RUS", "BLR", "130", "threatened", status="denied")]),
    ])
    from dyadwatch.analysis.verdict import weekly_verdict

    v = weekly_verdict(engine, "BLR-RUS", "2017-W40")
    md = render_brief(engine, "BLR-RUS", "2017-W40", "md", link_base="https://dw.example.org")
    html = render_brief(engine, "BLR-RUS", "2017-W40", "html", link_base="")
    # the verdict's count of distinct events is the index table's and the key events list's
    current = next(r for r in md.splitlines() if r.startswith("| 2017-W40 |"))
    assert current.split("|")[2].strip() == str(v.events)
    assert current.split("|")[3].strip() == str(v.reported - v.events) == "1"
    assert f"{v.events} distinct events counted this week" in md
    key = md.split("## Key events")[1].split("###")[0]
    assert sum(1 for r in key.splitlines() if r.startswith("| 2017-")) == v.events
    coming = md.split("## Coming up")[1].split("##")[0]
    assert "visit Moscow on 20 October" in coming and "oil deliveries" not in coming
    # each event links to its page on the dashboard
    assert "](https://dw.example.org/event/" in key
    assert html.count('class="event-page" href="/event/') >= v.events


def test_brief_names_one_outlet_once(sqlite_url: str) -> None:
    """Pages name the outlet, feed items give its host: the brief shows one name."""
    engine = open_store(sqlite_url)
    worse_week(engine)
    add_doc(engine, "Dairy ban widens", "2017-10-04", [
        S("Rosselkhoznadzor banned Belarusian cheese.", [Ev("RUS", "BLR", "163", "banned")])],
        site="Belta Wire", url="https://belta-wire.example/a")
    add_doc(engine, "Milk ban", "2017-10-05", [
        S("Russia banned Belarusian milk powder.", [Ev("RUS", "BLR", "163", "banned")])],
        site="belta-wire.example", url="https://belta-wire.example/b")
    md = render_brief(engine, "BLR-RUS", "2017-W40", "md")
    assert "Belta Wire" in md and "belta-wire.example]" not in md and ", belta-wire.example" not in md


def test_brief_from_the_stored_index_equals_the_brief_from_events(sqlite_url: str) -> None:
    """The brief reads the stored index for its chart and counts and only the verdict's and
    the coming weeks' events; with settings the stored index does not hold (an extra status
    weight that changes nothing) everything comes from the events: the same brief."""
    from dyadwatch.analysis.index import busiest_week, compute_index
    from dyadwatch.outputs.brief import brief_context
    from dyadwatch.pipeline import PipelineOptions
    from dyadwatch.runner import ingest_run
    from tests.conftest import EXAMPLES

    engine = open_store(sqlite_url)
    ingest_run([str(EXAMPLES)], engine, PipelineOptions(), progress=False)
    other = {"status_weights": {"no-such-status": 0.0}}
    weeks = [busiest_week(engine, "BLR-RUS")] + [
        r["period"] for r in compute_index(engine, "BLR-RUS", "week") if r["clusters"]][:3]
    for week in weeks:
        for rule in ("trendfinder", "zscore"):
            fast = brief_context(engine, "BLR-RUS", week, rule=rule, link_base="")
            slow = brief_context(engine, "BLR-RUS", week, rule=rule, link_base="", settings=other)
            fast.pop("settings"), slow.pop("settings")
            assert fast["index_rows"] and fast["events"]
            assert fast == slow, (week, rule)


def test_brief_extras_read_from_the_week_equal_a_scan(sqlite_url: str) -> None:
    """Figures and judgments of a brief, found from the week's documents and the dyad's dated
    extracts, are those a scan of the dyad's figures and judgments finds."""
    from datetime import timedelta

    from sqlalchemy import and_, or_, select

    from dyadwatch.analysis.index import compute_index, period_bounds
    from dyadwatch.outputs.brief import _extras, _pair_cond
    from dyadwatch.pipeline import PipelineOptions
    from dyadwatch.runner import ingest_run
    from dyadwatch.store import schema as t
    from tests.conftest import EXAMPLES

    engine = open_store(sqlite_url)
    ingest_run([str(EXAMPLES)], engine, PipelineOptions(), progress=False)
    d, f, j = t.documents.c, t.figures.c, t.judgments.c
    seen = 0
    for r in compute_index(engine, "BLR-RUS", "week"):
        start, end = period_bounds(r["period"], "week")
        lo, hi = start.isoformat(), end.isoformat()
        in_week = and_(d.pub_date >= lo, d.pub_date <= hi)
        with engine.connect() as conn:
            doc_ids = sorted(conn.execute(select(t.events.c.document_id).where(
                t.events.c.event_date >= lo, t.events.c.event_date <= hi)).scalars())[:3]
            figs = list(conn.execute(
                select(f.id).join(t.documents, d.id == f.document_id)
                .where(or_(f.document_id.in_(doc_ids) if doc_ids else False,
                           and_(_pair_cond(t.figures, "BLR", "RUS"), in_week)))
                .where(or_(f.source.is_(None), f.source.in_(["BLR", "RUS"])))
                .order_by(d.pub_date, f.document_id, f.start, f.id)).scalars())
            judgments = list(conn.execute(
                select(j.id).join(t.documents, d.id == j.document_id)
                .where(_pair_cond(t.judgments, "BLR", "RUS"))
                .where(or_(in_week, and_(j.date >= lo, j.date <= hi)))
                .order_by(d.pub_date, j.document_id, j.start, j.id)).scalars())
        (got_f, more_f), (got_j, more_j) = _extras(engine, "BLR", "RUS", start,
                                                   end + timedelta(days=0), doc_ids, 100)
        assert [x["id"] for x in got_f] == figs and [x["id"] for x in got_j] == judgments
        assert more_f == more_j == 0
        # with a limit: the first ones in the same order, and how many more
        (few_f, more_f), (few_j, more_j) = _extras(engine, "BLR", "RUS", start, end, doc_ids, 1)
        assert [x["id"] for x in few_f] == figs[:1] and more_f == max(0, len(figs) - 1)
        assert [x["id"] for x in few_j] == judgments[:1] and more_j == max(0, len(judgments) - 1)
        seen += len(figs) + len(judgments)
    assert seen > 5


def test_brief_from_the_stored_index_equals_the_brief_from_the_events(store_url: str) -> None:
    """The brief's fast path (the stored index's weeks and verdict, the week's own clusters)
    gives the same brief as computing everything from the events (the stored index made
    unusable), on a corpus with every status, non-state parties and month-only dates."""
    from sqlalchemy import update

    from dyadwatch.analysis.clusters import cluster_new
    from dyadwatch.analysis.materialised import stale_reason
    from dyadwatch.outputs.brief import brief_context
    from dyadwatch.store import schema as t
    from tests.analysis.corpus import add_doc as add
    from tests.analysis.test_materialised import _corpus

    engine = open_store(store_url)
    for title, day, sentences, extra in _corpus(120, seed=5):
        add(engine, title, day, sentences, **extra)
    cluster_new(engine)
    weeks = ("2017-W35", "2017-W37", "2017-W39", "2017-W41", "2017-W42")
    fast = {(d, w, r): brief_context(engine, d, w, rule=r, link_base="")
            for d in ("BLR-RUS", "BLR-UKR") for w in weeks for r in ("trendfinder", "zscore")}
    with engine.begin() as conn:
        conn.execute(update(t.store_meta).where(t.store_meta.c.key == "index_settings")
                     .values(value="other-settings"))
    assert stale_reason(engine)
    assert sum(bool(ctx["events"]) for ctx in fast.values()) >= 8
    for (d, w, r), ctx in fast.items():
        assert brief_context(engine, d, w, rule=r, link_base="") == ctx, (d, w, r)


def test_a_brief_lists_the_strongest_events_and_counts_the_rest(store_url: str) -> None:
    """With `brief.events` = 2 a brief lists the week's two strongest counted events (those a
    brief without the limit ranks first by contribution), says how many more there are, and
    names at most `brief.other_sources` further sources under each; the fast path (reading
    only the listed clusters' mentions) gives what the events give."""
    from sqlalchemy import update

    from dyadwatch.analysis.clusters import cluster_new
    from dyadwatch.outputs.brief import brief_context
    from dyadwatch.store import schema as t
    from tests.analysis.corpus import add_doc as add
    from tests.analysis.test_materialised import _corpus

    engine = open_store(store_url)
    for title, day, sentences, extra in _corpus(120, seed=5):
        add(engine, title, day, sentences, **extra)
    cluster_new(engine)
    small = {"brief": {"events": 2, "other_sources": 1}}
    weeks = ("2017-W35", "2017-W37", "2017-W39", "2017-W41", "2017-W42")
    full = {w: brief_context(engine, "BLR-RUS", w, link_base="") for w in weeks}
    short = {w: brief_context(engine, "BLR-RUS", w, link_base="", settings=small) for w in weeks}
    cut = more_sources = 0
    for w in weeks:
        every, listed = full[w]["events"], short[w]["events"]
        strongest = sorted(every, key=lambda e: (-abs(e["contribution"]), e["date"], e["cluster_id"]))
        assert {e["cluster_id"] for e in listed} == {e["cluster_id"] for e in strongest[:2]}
        assert [e["date"] for e in listed] == sorted(e["date"] for e in listed)
        assert short[w]["more"]["events"] == len(every) - len(listed)
        assert full[w]["more"]["events"] == 0
        assert all(len(e["other_sources"]) <= 1 for e in listed)
        assert all(e["more_sources"] == len(f["other_sources"]) - len(e["other_sources"])
                   for e in listed for f in every if f["cluster_id"] == e["cluster_id"])
        cut += short[w]["more"]["events"] > 0
        # the Sources list: the documents the listed lines cite, the others counted
        ctx = brief_context(engine, "BLR-RUS", w, link_base="",
                            settings={"brief": {"events": 2, "other_sources": 0}})
        cited = {d["document_id"] for e in (*ctx["events"], *ctx["uncounted"])
                 for d in (e, *e["other_sources"])}
        assert [s["document_id"] for s in ctx["sources"]] and {
            s["document_id"] for s in ctx["sources"]} == cited
        reporting = max((e["documents"] for e in (*ctx["events"], *ctx["uncounted"])), default=0)
        assert len(cited) + ctx["more"]["sources"] >= reporting
        more_sources += ctx["more"]["sources"]
    assert cut >= 2  # the limit did cut some weeks
    assert more_sources > 0  # and some reports went uncited
    with engine.begin() as conn:  # the stored index unusable: everything from the events
        conn.execute(update(t.store_meta).where(t.store_meta.c.key == "index_settings")
                     .values(value="other-settings"))
    for w in weeks:
        slow = brief_context(engine, "BLR-RUS", w, link_base="", settings=small)
        assert slow == short[w], w
    md = render_brief(engine, "BLR-RUS", weeks[2], "md", settings=small, link_base="http://dw.example")
    n = short[weeks[2]]["more"]["events"]
    if n:
        assert f"…and {n} more distinct event" in md
        assert "http://dw.example/dyad/BLR-RUS?freq=week&from=" in md


def test_a_brief_counts_the_planned_events_it_does_not_read(store_url: str) -> None:
    """Sixteen planned meetings known in a week, `brief.events` = 2: the brief reads the
    mentions of one page of their clusters, lists two and says "14 more", as the path that
    reads every event does."""
    from datetime import date, timedelta

    from sqlalchemy import update

    from dyadwatch.analysis.clusters import cluster_new
    from dyadwatch.outputs.brief import brief_context
    from dyadwatch.store import schema as t
    from tests.analysis.corpus import Ev, S
    from tests.analysis.corpus import add_doc as add

    engine = open_store(store_url)
    add(engine, "Talks in Minsk", "2017-09-05", [
        S("Belarusian and Russian ministers met in Minsk.", [Ev("BLR", "RUS", "040", "met")])])
    for i in range(16):  # a week apart and of two kinds: sixteen distinct events
        day = (date(2017, 9, 13) + timedelta(days=7 * (i // 2))).isoformat()
        cameo, word = ("040", "meet") if i % 2 else ("061", "cooperate")
        add(engine, f"Plans number {i}", "2017-09-06", [
            S(f"Belarus and Russia will {word} on {day}, plan {i}.",
              [Ev("BLR", "RUS", cameo, word, status="planned", date=day)])])
    cluster_new(engine)
    small = {"brief": {"events": 2}}
    fast = brief_context(engine, "BLR-RUS", "2017-W36", link_base="", settings=small)
    assert len(fast["ahead"]) == 2
    assert fast["more"]["ahead"] == 14
    with engine.begin() as conn:  # the stored index unusable: everything from the events
        conn.execute(update(t.store_meta).where(t.store_meta.c.key == "index_settings")
                     .values(value="other-settings"))
    assert brief_context(engine, "BLR-RUS", "2017-W36", link_base="", settings=small) == fast


def test_a_brief_is_the_same_from_the_template_cache_and_without_one(
        sqlite_url: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Compiled templates are kept between runs in a private temporary folder; the brief is the
    same compiled afresh, read back from that cache, and where no cache can be made."""
    import tempfile

    engine = open_store(sqlite_url)
    worse_week(engine)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    first = {fmt: render_brief(engine, "BLR-RUS", "2017-W39", fmt) for fmt in ("md", "html")}
    cached = sorted(p.name for p in tmp_path.glob("_jinja2-cache-*/*.cache"))
    assert len(cached) == 2 and all(n.startswith("__dyadwatch_brief_") for n in cached)
    assert {fmt: render_brief(engine, "BLR-RUS", "2017-W39", fmt) for fmt in ("md", "html")} == first
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")  # no cache folder can be made in it (also as root)
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    assert render_brief(engine, "BLR-RUS", "2017-W39", "html") == first["html"]
