"""The learned coder (learned/coder.py) with the model shipped in the package, on sentences
written for these tests: the rules code, the encoder gives each event a confidence and adds
what the rules miss where it is confident."""

from __future__ import annotations

import numpy as np
import pytest

from dyadwatch.coder import run
from dyadwatch.coder.run import code_text
from dyadwatch.learned.coder import ALONE, MODEL_DIR, LearnedCoder, _models, default_cameo
from dyadwatch.learned.encoder import EncodedSentence
from dyadwatch.learned.navec_encoder import NavecEncoder
from dyadwatch.learned.pairs import TYPES, PairModel, pairs_of


def events(text: str, lang: str = "en", pub: str | None = "2026-05-06") -> list:
    return code_text(text, pub, lang)


def dyads(text: str, lang: str = "en", pub: str | None = "2026-05-06") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in events(text, lang, pub)}


def test_the_learned_coder_is_the_default_and_ships_an_english_and_a_russian_model(use_coder) -> None:
    use_coder("learned")
    assert isinstance(run._coders("en", ()), LearnedCoder)
    folder = MODEL_DIR / "en"
    for name in ("encoder.onnx", "tokenizer.json", "pairs.npz", "pairs.json"):
        assert (folder / name).is_file()
    for name in ("encoder.onnx", "pairs.npz", "pairs.json"):
        assert (MODEL_DIR / "ru" / name).is_file()
    assert PairModel(folder).encoder == "minilm" and PairModel(MODEL_DIR / "ru").encoder == "navec-bigru"
    assert sum(f.stat().st_size for f in (MODEL_DIR / "ru").iterdir()) < 10 * 2**20
    total = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert total < 30 * 2**20  # the limit for a model inside the package
    model = PairModel(folder)
    assert 0.0 < model.threshold <= 1.0 and 0.5 < model.tree_precision <= 1.0
    assert model.types == list(TYPES)


def test_the_rules_events_are_kept_each_with_a_confidence(use_coder) -> None:
    text = "Poland expelled two Belarusian diplomats on Tuesday, the foreign ministry in Warsaw said."
    use_coder("tree")
    rules = [e.to_dict() for e in events(text)]
    use_coder("learned")
    learned = events(text)
    floor = PairModel(MODEL_DIR / "en").tree_precision
    assert [{**e.to_dict(), "confidence": None} for e in learned] == rules
    assert all(floor <= (e.confidence or 0) <= 1 for e in learned)


RU = "Министр иностранных дел Литвы осудил действия Минска."
BE = "22 лютага Аляксандр Лукашэнка сустрэўся з Пуціным у Сочы."


@pytest.mark.parametrize(("text", "lang"), [
    (RU, "ru"),
    ("Президенты Казахстана и Китая провели переговоры в Астане.", "ru"),
    (BE, "be"),
])
def test_russian_and_belarusian_rules_events_are_kept_each_with_a_confidence(use_coder, text: str, lang: str) -> None:
    use_coder("tree")
    rules = [e.to_dict() for e in events(text, lang)]
    use_coder("learned")
    learned = [e for e in events(text, lang) if e.mode != "learned"]
    floor = PairModel(MODEL_DIR / "ru").tree_precision
    assert rules and [{**e.to_dict(), "confidence": None} for e in learned] == rules
    assert all(floor <= (e.confidence or 0) <= 1 for e in learned)


def test_belarusian_is_read_by_the_russian_model_respelt_as_the_parser_reads_it() -> None:
    ru, be = LearnedCoder("ru"), LearnedCoder("be")
    assert be.models is ru.models and be.models is not None
    assert isinstance(be.models[0], NavecEncoder)
    # the encoder reads «Лукашенко»/«Путиным» (navec's words), at the Belarusian text's offsets
    spelt = be.tree.spelling(BE)
    assert len(spelt) == len(BE) and spelt != BE
    got = be._encode([BE])[0]
    assert got.offsets == ru._encode([spelt])[0].offsets and np.array_equal(got.states, ru._encode([spelt])[0].states)


def test_a_language_without_a_model_folder_is_coded_by_the_rules_alone(tmp_path) -> None:
    from dyadwatch.coder.base import DocState
    from dyadwatch.coder.run import _make_coder

    coder = LearnedCoder("ru", model_dir=tmp_path)
    assert coder.models is None
    tree = _make_coder("ru", (), False, kind="tree")
    got = coder.code_sentence(RU, DocState(pub_date="2026-05-06"))
    assert got and [e.to_dict() for e in got] == [e.to_dict() for e in tree.code_sentence(RU, DocState(pub_date="2026-05-06"))]


def test_russian_events_are_the_same_byte_for_byte_on_two_runs(use_coder) -> None:
    use_coder("learned")
    text = "Москва предложила Минску новый кредит в понедельник, сообщили в Кремле."
    first = [e.to_dict() for e in events(text, "ru")]
    run._CACHE.clear()
    _models.cache_clear()  # a fresh encoder session too
    assert first and [e.to_dict() for e in events(text, "ru")] == first


def test_a_russian_addition_takes_the_models_status_and_the_sentences_date(tmp_path) -> None:
    import json
    import shutil

    from dyadwatch.coder.base import DocState
    from dyadwatch.learned.pairs import STATUSES

    # the shipped threshold may add nothing: a copy of the model that adds nearly anything
    folder = tmp_path / "ru"
    shutil.copytree(MODEL_DIR / "ru", folder)
    meta = json.loads((folder / "pairs.json").read_text())
    (folder / "pairs.json").write_text(json.dumps({**meta, "threshold": 0.01}))
    coder = LearnedCoder("ru", model_dir=tmp_path)
    text = "В 2018 году Польша и Литва провели переговоры о границе."
    got = coder.code_sentence(text, DocState(pub_date="2026-05-06"))
    added = [e for e in got if e.mode == "learned"]
    assert added and all(e.status in STATUSES and 0.01 <= (e.confidence or 0) <= 1 for e in added)
    assert all(e.date == "2018" and e.date_granularity == "year" for e in added)
    assert all(e.trigger is None or text[e.start:e.end] == e.trigger for e in added)


def test_no_event_in_background(use_coder) -> None:
    use_coder("learned")
    assert dyads("Analysts say the weather in Minsk was mild last winter.") == set()


def test_same_input_same_events(use_coder) -> None:
    use_coder("learned")
    text = "Moscow offered Minsk a new loan on Monday, the Kremlin said."
    first = [e.to_dict() for e in events(text)]
    run._CACHE.clear()
    assert [e.to_dict() for e in events(text)] == first


def test_the_model_alone_codes_only_its_own_reading(use_coder) -> None:
    use_coder("model")
    text = "Kazakhstan and China signed a trade agreement in Astana on 4 May."
    got = events(text)
    assert all(e.mode == "learned" and e.confidence is not None for e in got)
    assert got and all(e.confidence >= ALONE for e in got)


def test_an_act_the_rules_coded_is_not_spread_to_the_other_actors(use_coder) -> None:
    # the rules read the parties of the agreement from the parse; Germany only hosts it
    use_coder("learned")
    got = dyads("Kazakhstan and China signed a trade agreement in Berlin, Germany, on 4 May.")
    assert {d for d in got if d[2] == "AGREE"} == {("KAZ", "CHN", "AGREE"), ("CHN", "KAZ", "AGREE")}


def test_every_ordered_pair_and_each_actor_alone() -> None:
    assert pairs_of(["RUS", "BLR"]) == [("RUS", "BLR"), ("RUS", None), ("BLR", "RUS"), ("BLR", None)]


def test_a_pair_reads_the_words_between_its_nearest_mentions() -> None:
    from dyadwatch.learned.pairs import between

    text = "Poland expelled two Belarusian diplomats on Tuesday, a spokesman in Warsaw said."
    w = text.index("Warsaw")
    pol, blr = [(0, 6), (w, w + 6)], [(20, 30)]  # of Poland's two mentions, the nearer is read
    assert [text[a:b] for a, b in between(pol, blr, len(text))] == [" expelled two "]
    assert [text[a:b] for a, b in between(blr, pol, len(text))] == [" expelled two "]
    assert [text[a:b] for a, b in between(pol, None, len(text))] == [text[6:]]  # no target: after the source
    assert between([(0, 6)], [(0, 6)], len(text)) == []  # mentions that touch: nothing between


def test_a_mention_is_pooled_over_its_tokens() -> None:
    states = np.arange(12, dtype=np.float32).reshape(4, 3)
    s = EncodedSentence(states, [(0, 0), (0, 6), (7, 13), (0, 0)])  # [CLS] Russia signed [SEP]
    assert s.pool([(0, 6)]).tolist() == [3.0, 4.0, 5.0]
    assert s.pool([(0, 6), (7, 13)]).tolist() == [4.5, 5.5, 6.5]
    assert s.pool([(20, 25)]).tolist() == [0.0, 0.0, 0.0]  # cut off by the length limit
    assert s.mean().tolist() == [4.5, 5.5, 6.5]


def test_a_batch_encodes_each_sentence_as_alone() -> None:
    models = _models(str(MODEL_DIR / "en"))
    assert models is not None
    encoder = models[0]
    a = "Russia signed an agreement with Belarus."
    b = "The Lithuanian foreign minister accused Minsk of orchestrating the crisis on the border."
    alone = encoder.encode([a])[0]
    batch = encoder.encode([b, a])
    assert batch[1].offsets == alone.offsets
    assert np.array_equal(batch[1].states, alone.states)  # the same states, byte for byte
    assert batch[0].states.shape[0] > alone.states.shape[0]
    padded = encoder.encode([b, a], batch_size=2)[1]  # the encoder reads the attention mask
    assert padded.states.shape == alone.states.shape and np.allclose(padded.states, alone.states, atol=0.5)


def test_an_added_event_without_a_trigger_takes_its_types_most_general_code() -> None:
    assert default_cameo("CONSULT")[0] == "04"
    assert default_cameo("ASSAULT")[0][:2] in ("18", "19", "20")


def test_the_model_adds_an_act_the_rules_miss_with_its_trigger_status_and_date(use_coder) -> None:
    # the rules find no party for an agreement told in the passive, after a verb of saying
    text = "An adviser to the Armenian president said the ceasefire was agreed with Azerbaijan at the highest levels."
    use_coder("tree")
    assert not [e for e in events(text) if e.type == "AGREE"]
    use_coder("learned")
    added = [e for e in events(text) if e.mode == "learned"]
    threshold = PairModel(MODEL_DIR / "en").threshold
    assert {(e.source, e.target, e.type) for e in added} >= {("ARM", "AZE", "AGREE")}
    agree = next(e for e in added if (e.source, e.target) == ("ARM", "AZE"))
    assert (agree.status, agree.date, agree.trigger) == ("occurred", "2026-05-06", "agreed")
    assert agree.cameo.startswith("0") and threshold <= (agree.confidence or 0) <= 1
    assert text[agree.start:agree.end] == "agreed"


def test_an_added_act_takes_the_one_date_its_sentence_names(use_coder) -> None:
    use_coder("learned")
    got = [e for e in events("Vietnam and Laos negotiated a border treaty in 2018 to end a long dispute.")]
    assert got and all(e.date == "2018" for e in got)


SENTENCE_CASES = ["The court sentenced the journalist to seven years in prison.",
                  "Insurgents ambushed a convoy near the border, leaving six soldiers dead.",
                  "The opposition leader said he hoped talks would resume soon.",
                  "Welcoming the visitors, the governor watched as troops opened fire on the crowd outside."]


def test_the_sentence_head_arbitrates_only_where_parties_may_be_unknown() -> None:
    """Asked for events whose parties may be unknown (a sentence's class, as pentacode scores
    it), the coder reconciles the rules' and pairs' events with the model's sentence class;
    otherwise it never does (an event needs its parties)."""
    from dyadwatch.learned.arbiter import arbitrate_by_margin

    model = PairModel(MODEL_DIR / "en")
    assert model.sentence_head is not None and model.sentence_margin is not None
    assert not LearnedCoder("en").arbitrates
    arbitrating = LearnedCoder("en", allow_unknown=True)
    plain = LearnedCoder("en", allow_unknown=True)
    assert arbitrating.arbitrates
    plain.arbitrates = False
    encoder = _models(str(MODEL_DIR / "en"))[0]  # type: ignore[index]
    for text in SENTENCE_CASES:
        classes = model.sentence_classes(encoder.encode([text])[0])
        assert classes is not None and abs(float(classes.sum()) - 1.0) < 1e-6
        ruled = plain.code_sentence(text, run.DocState(pub_date="2026-05-06"))
        got = arbitrating.code_sentence(text, run.DocState(pub_date="2026-05-06"))
        want = arbitrate_by_margin(ruled, classes, model.sentence_margin)
        assert [e.to_dict() for e in got] == [e.to_dict() for e in want]
    assert all(e.confidence is not None for e in got)
