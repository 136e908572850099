from sqlalchemy import column, create_engine, select, table, text

from dyadwatch.store.statements import padded, padded_chunks


def test_padded_to_power_of_two_with_last_value():
    assert padded([]) == []
    assert padded(["a"]) == ["a"]
    assert padded(["a", "b", "c"]) == ["a", "b", "c", "c"]
    assert padded(list(range(5))) == [0, 1, 2, 3, 4, 4, 4, 4]
    assert padded(list(range(8))) == list(range(8))
    assert len(padded(list(range(500)))) == 512


def test_padded_chunks_cover_every_value_once_in_order():
    values = list(range(1100))
    chunks = list(padded_chunks(values, 512))
    assert [len(c) for c in chunks] == [512, 512, 128]
    assert [v for c in chunks for v in dict.fromkeys(c)] == values


def test_few_distinct_statements_for_many_lengths():
    """Every length from 1 to 300 gives at most 10 SQL texts, and the same rows as unpadded."""
    engine = create_engine("sqlite://")
    texts: set[str] = set()

    from sqlalchemy import event

    @event.listens_for(engine, "before_cursor_execute")
    def _seen(conn, cursor, statement, params, context, executemany):  # noqa: ARG001
        texts.add(statement)

    t = table("t", column("x"))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
        conn.execute(text("INSERT INTO t VALUES (:x)"), [{"x": i} for i in range(400)])
        texts.clear()
        for n in range(1, 301):
            wanted = list(range(0, 2 * n, 2))
            got = sorted(conn.execute(select(t.c.x).where(t.c.x.in_(padded(wanted)))).scalars())
            assert got == [w for w in wanted if w < 400]
    assert len(texts) <= 10
