"""Russian dependency parses (slovnet, offline) as spaCy Docs."""

from __future__ import annotations

import pytest

from dyadwatch.nlp.lang.ru.syntax import lemma, parse, tree

SENTENCES = [
    "Польша выслала двух белорусских дипломатов.",
    "В понедельник Лукашенко встретился с Путиным в Сочи.",
    "Москва предоставит Минску кредит в размере одного миллиарда долларов.",
]

FIN_PL = {"VerbForm": "Fin", "Number": "Plur"}
FIN_SG = {"VerbForm": "Fin", "Number": "Sing"}
NOM = {"Case": "Nom", "Number": "Sing"}


def _reaches_root(doc) -> bool:  # type: ignore[no-untyped-def]
    for tok in doc:
        seen = set()
        while tok.dep_ != "ROOT":
            if tok.i in seen:
                return False
            seen.add(tok.i)
            tok = tok.head
    return True


def test_docs_keep_the_text_order_and_a_single_rooted_tree() -> None:
    docs = parse(SENTENCES)
    assert [d.text for d in docs] == SENTENCES
    for doc in docs:
        assert sum(1 for t in doc if t.dep_ == "ROOT") == 1
        assert _reaches_root(doc)


def test_roles_cases_and_lemmas() -> None:
    doc = parse([SENTENCES[0]])[0]
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.lemma_ == "выслать" and root.pos_ == "VERB"
    subject = next(t for t in root.children if t.dep_ == "nsubj")
    assert subject.text == "Польша" and subject.morph.get("Case") == ["Nom"]
    obj = next(t for t in root.children if t.dep_ == "obj")
    assert obj.lemma_ == "дипломат"


def test_prepositional_partner_is_an_oblique_with_its_case_marker() -> None:
    doc = parse([SENTENCES[1]])[0]
    putin = next(t for t in doc if t.text == "Путиным")
    assert putin.head.lemma_ == "встретиться"
    assert putin.morph.get("Case") == ["Ins"]
    assert any(c.dep_ == "case" and c.lower_ == "с" for c in putin.children)


def test_parsing_is_deterministic_and_independent_of_the_batch() -> None:
    alone = [parse([s])[0] for s in SENTENCES]
    together = parse(SENTENCES + SENTENCES)
    for a, b in zip(alone + alone, together, strict=True):
        assert [(t.dep_, t.head.i, t.lemma_, str(t.morph)) for t in a] == \
               [(t.dep_, t.head.i, t.lemma_, str(t.morph)) for t in b]


def test_empty_and_whitespace_texts_give_docs_without_words() -> None:
    docs = parse(["", "   ", SENTENCES[0]])
    assert [d.text for d in docs] == ["", "   ", SENTENCES[0]]
    assert len(docs[0]) == 0 and all(t.is_space for t in docs[1]) and len(docs[2]) > 0


@pytest.mark.parametrize(("heads", "rels"), [
    ([0, 0, 1], ["appos", "root", "obj"]),           # a token heading itself
    ([1, 2, 1, 1], ["nsubj", "root", "obj", "obl"]),  # a cycle 1 -> 2 -> 1
    ([1, -1, 1, 1], ["nsubj", "root", "root", "obj"]),  # two roots
    ([5, 0, 1], ["nsubj", "obj", "obl"]),             # a head outside the sentence
])
def test_tree_repairs_what_the_parser_gets_wrong(heads: list[int], rels: list[str]) -> None:
    fixed_heads, fixed_rels = tree(heads, rels)
    assert fixed_rels.count("ROOT") == 1
    root = fixed_rels.index("ROOT")
    assert fixed_heads[root] == root
    for i in range(len(heads)):
        j, steps = i, 0
        while j != root:
            j = fixed_heads[j]
            steps += 1
            assert steps <= len(heads)


def test_lemma_follows_the_part_of_speech() -> None:
    assert lemma("стали", "VERB") == "стать"
    assert lemma("стали", "NOUN") == "сталь"


@pytest.mark.parametrize("text", [
    "   Путин встретился с Лукашенко.",
    "Путин  встретился\\nс Лукашенко.  ",
    "Путин встретился с Лукашенко.\\t",
])
def test_offsets_are_the_texts_whatever_the_whitespace(text: str) -> None:
    doc = parse([text])[0]
    assert doc.text == text
    putin = next(t for t in doc if t.text == "Путин")
    assert text[putin.idx:putin.idx + len(putin)] == "Путин"
    assert putin.dep_ == "nsubj" and putin.head.lemma_ == "встретиться"
    assert all(t.is_space for t in doc if not t.text.strip())


def test_a_conjunct_after_i_joins_the_noun_right_before_it_in_its_case() -> None:
    from dyadwatch.nlp.lang.ru.syntax import adjacent_conjuncts

    # «в Ново-Огарево Токаев и Лукашенко обсудили»: «Лукашенко» hung on the place, not on the subject «Токаев»
    words = ["в", "Ново-Огарево", "Токаев", "и", "Лукашенко", "обсудили"]
    heads = [1, 5, 5, 4, 1, 5]
    rels = ["case", "obl", "nsubj", "cc", "conj", "ROOT"]
    pos = ["ADP", "PROPN", "PROPN", "CCONJ", "PROPN", "VERB"]
    feats = [{}, {"Case": "Loc"}, NOM, {}, NOM, FIN_PL]
    h, _ = adjacent_conjuncts(heads, rels, words, pos, feats)
    assert h[4] == 2
    # a list whose first member is the head stays («Литва, Латвия и Эстония»: the same case throughout)
    h2, _ = adjacent_conjuncts([0, 2, 0, 4, 0], ["nsubj", "punct", "conj", "cc", "conj"],
                               ["Литва", ",", "Латвия", "и", "Эстония"], ["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN"],
                               [NOM, {}, NOM, {}, NOM])
    assert h2[4] == 0


def test_a_prepositional_phrase_after_a_noun_is_not_hung_on_a_noun_of_a_later_clause() -> None:
    from dyadwatch.nlp.lang.ru.syntax import forward_modifiers

    # «закрыла границу с Россией после того, как залетели беспилотники»: «с Россией» hung on «беспилотники»
    words = ["закрыла", "границу", "с", "Россией", "после", "того", ",", "как", "залетели", "беспилотники"]
    heads = [0, 0, 3, 9, 5, 0, 8, 8, 5, 8]
    rels = ["ROOT", "obj", "case", "nmod", "case", "obl", "punct", "mark", "acl", "nsubj"]
    pos = ["VERB", "NOUN", "ADP", "PROPN", "ADP", "PRON", "PUNCT", "SCONJ", "VERB", "NOUN"]
    h, _ = forward_modifiers(heads, rels, words, pos)
    assert h[3] == 1
    # no comma between: a phrase before its noun stays («с Россией граница»)
    h2, _ = forward_modifiers([3, 2, 3, 3], ["case", "case", "nmod", "ROOT"], ["с", "с", "Россией", "граница"],
                              ["ADP", "ADP", "PROPN", "NOUN"])
    assert h2[2] == 3


def test_the_subject_of_a_chto_clause_taken_for_the_speakers_object() -> None:
    from dyadwatch.nlp.lang.ru.syntax import content_subjects

    # «Токаев сообщил, что Казахстан и Китай договорились ...»: «Казахстан» the object of «сообщил»
    words = ["Токаев", "сообщил", ",", "что", "Казахстан", "и", "Китай", "договорились"]
    heads = [1, 1, 7, 1, 1, 6, 4, 1]
    rels = ["nsubj", "ROOT", "punct", "mark", "obj", "cc", "conj", "ccomp"]
    pos = ["PROPN", "VERB", "PUNCT", "SCONJ", "PROPN", "CCONJ", "PROPN", "VERB"]
    feats = [NOM, FIN_SG, {}, {}, NOM, {}, NOM, FIN_PL]
    h, r = content_subjects(heads, rels, words, pos, feats)
    assert (h[4], r[4], h[3]) == (7, "nsubj", 7)
    # a singular subject does not take a plural verb
    feats[7] = {"VerbForm": "Fin", "Number": "Sing"}
    h2, _ = content_subjects(heads, rels, words, pos, feats)
    assert h2[4] == 1


def test_a_subject_right_before_its_verb_is_not_given_to_a_verb_inside_its_clauses() -> None:
    from dyadwatch.nlp.lang.ru.syntax import subjects_before_their_verb

    # «..., а премьер Каллас обвинила Москву ..., заявив, что режим использует ...»: «премьер» on «использует»
    words = ["а", "премьер", "Каллас", "обвинила", "Москву", ",", "заявив", ",", "что", "режим", "использует"]
    heads = [3, 10, 1, 3, 3, 6, 3, 10, 10, 10, 6]
    rels = ["cc", "nsubj", "appos", "ROOT", "obj", "punct", "advcl", "punct", "mark", "nsubj", "ccomp"]
    pos = ["CCONJ", "NOUN", "PROPN", "VERB", "PROPN", "PUNCT", "VERB", "PUNCT", "SCONJ", "NOUN", "VERB"]
    feats = [{}, NOM, NOM, FIN_SG, {}, {}, {"VerbForm": "Conv"}, {}, {}, NOM, FIN_SG]
    h, _ = subjects_before_their_verb(heads, rels, words, pos, feats)
    assert h[1] == 3
    # the verb that has a subject of its own keeps it and the other stays
    heads2 = list(heads)
    rels2 = list(rels)
    heads2[2], rels2[2] = 3, "nsubj"
    h2, _ = subjects_before_their_verb(heads2, rels2, words, pos, feats)
    assert h2[1] == 10


def test_the_object_of_an_opening_gerund_is_not_the_main_verbs() -> None:
    from dyadwatch.nlp.lang.ru.syntax import gerund_objects

    # «Подписав 15 соглашений, Си и Токаев открыли этап»: «соглашений» the object of «открыли»
    words = ["Подписав", "15", "соглашений", ",", "Си", "и", "Токаев", "открыли", "этап"]
    heads = [7, 2, 7, 0, 7, 6, 4, 7, 7]
    rels = ["advcl", "nummod", "obj", "punct", "nsubj", "cc", "conj", "ROOT", "obj"]
    feats = [{"VerbForm": "Conv"}, {}, {}, {}, {}, {}, {}, FIN_PL, {}]
    h, _ = gerund_objects(heads, rels, words, feats)
    assert h[2] == 0
    # with no gerund before it the object stays
    feats[0] = FIN_SG
    h2, _ = gerund_objects(heads, rels, words, feats)
    assert h2[2] == 7


def test_an_oblique_after_a_verb_is_not_hung_on_the_verb_of_a_later_clause() -> None:
    from dyadwatch.nlp.lang.ru.syntax import forward_modifiers

    # «отозвала посла из Москвы после того, как власти потребовали ...»: «из Москвы» hung on «потребовали»
    words = ["отозвала", "посла", "из", "Москвы", "после", "того", ",", "как", "власти", "потребовали"]
    heads = [0, 0, 3, 9, 5, 0, 9, 9, 9, 5]
    rels = ["ROOT", "obj", "case", "obl", "case", "obl", "punct", "mark", "nsubj", "acl"]
    pos = ["VERB", "NOUN", "ADP", "PROPN", "ADP", "PRON", "PUNCT", "SCONJ", "NOUN", "VERB"]
    h, _ = forward_modifiers(heads, rels, words, pos)
    assert h[3] == 0


def test_a_subject_after_a_comma_belongs_to_the_subjectless_verb_right_after_it() -> None:
    from dyadwatch.nlp.lang.ru.syntax import subjects_before_their_verb

    # «Астана не продлила контракт, и с мая российские компании прекратили поставки»: «компании» on «продлила»
    words = ["Астана", "не", "продлила", "контракт", ",", "и", "компании", "прекратили", "поставки"]
    heads = [2, 2, 2, 2, 7, 7, 2, 2, 7]
    rels = ["nsubj", "advmod", "ROOT", "obj", "punct", "cc", "nsubj", "dep", "obj"]
    pos = ["PROPN", "PART", "VERB", "NOUN", "PUNCT", "CCONJ", "NOUN", "VERB", "NOUN"]
    feats = [NOM, {}, FIN_SG, {}, {}, {}, {"Case": "Nom", "Number": "Plur"}, FIN_PL, {}]
    h, _ = subjects_before_their_verb(heads, rels, words, pos, feats)
    assert h[6] == 7
    # a subject after its own verb with no comma between stays («заявил министр, ...»)
    h2, _ = subjects_before_their_verb([1, 1, 1, 3], ["advmod", "ROOT", "nsubj", "dep"], ["вчера", "заявил", "министр",
                                       "подчеркнул"], ["ADV", "VERB", "NOUN", "VERB"], [{}, FIN_SG, NOM, FIN_SG])
    assert h2[2] == 1


def test_a_parenthetical_inside_a_participle_phrase_is_no_view_on_the_main_act() -> None:
    from dyadwatch.nlp.lang.ru.syntax import inner_parentheticals

    # «закроет переход, объяснив это попытками, организованных, как считают в Риге, спецслужбами»
    words = ["закроет", "переход", ",", "объяснив", "это", "попытками", ",", "организованных", ",", "как", "считают",
             "в", "Риге", ",", "спецслужбами"]
    heads = [0, 0, 3, 0, 3, 3, 7, 5, 10, 10, 0, 12, 10, 10, 7]
    rels = ["ROOT", "obj", "punct", "advcl", "obj", "obl", "punct", "acl", "punct", "mark", "parataxis", "case", "obl",
            "punct", "obl"]
    pos = ["VERB", "NOUN", "PUNCT", "VERB", "PRON", "NOUN", "PUNCT", "VERB", "PUNCT", "SCONJ", "VERB", "ADP", "PROPN",
           "PUNCT", "NOUN"]
    h, _ = inner_parentheticals(heads, rels, words, pos)
    assert h[10] == 7
    # one that closes the sentence's phrase stays on the main verb («Москва, как считают в Минске, отменит ...»)
    h2, _ = inner_parentheticals([4, 3, 3, 4, 4], ["nsubj", "punct", "mark", "parataxis", "ROOT"],
                                 ["Москва", ",", "как", "считают", "отменит"], ["PROPN", "PUNCT", "SCONJ", "VERB", "VERB"])
    assert h2[3] == 4


def test_a_subject_before_a_gerund_clause_is_not_the_gerunds_object() -> None:
    from dyadwatch.nlp.lang.ru.syntax import subjects_before_gerunds

    # «и МИД, вызвав посла, выразил протест»: «МИД» the object of «вызвав»
    words = ["и", "МИД", ",", "вызвав", "посла", ",", "выразил", "протест"]
    heads = [6, 3, 3, 6, 3, 3, 6, 6]
    rels = ["cc", "obj", "punct", "advcl", "obj", "punct", "ROOT", "obj"]
    pos = ["CCONJ", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT", "VERB", "NOUN"]
    feats = [{}, NOM, {}, {"VerbForm": "Conv"}, {}, {}, FIN_SG, {}]
    h, r = subjects_before_gerunds(heads, rels, words, pos, feats)
    assert (h[1], r[1]) == (6, "nsubj")


def test_a_main_clause_before_i_is_no_content_of_the_next_verb() -> None:
    from dyadwatch.nlp.lang.ru.syntax import clauses_before_conjunctions

    # «Литва продлила запрет, и МИД выразил протест и заявил ...»: «продлила» a ccomp of «выразил»
    words = ["Литва", "продлила", "запрет", ",", "и", "МИД", "выразил", "протест", "и", "заявил"]
    heads = [1, 6, 1, 6, 6, 6, 6, 6, 9, 1]
    rels = ["nsubj", "ccomp", "obj", "punct", "cc", "nsubj", "ROOT", "obj", "cc", "conj"]
    pos = ["PROPN", "VERB", "NOUN", "PUNCT", "CCONJ", "PROPN", "VERB", "NOUN", "CCONJ", "VERB"]
    feats = [NOM, FIN_SG, {}, {}, {}, NOM, FIN_SG, {}, {}, FIN_SG]
    h, r = clauses_before_conjunctions(heads, rels, words, pos, feats)
    assert (h[1], r[1]) == (1, "ROOT")
    assert (h[6], r[6]) == (1, "conj")
    assert h[9] == 6  # «заявил» goes with «выразил», not with the first clause


def test_a_subject_after_i_opens_a_clause_of_its_own() -> None:
    from dyadwatch.nlp.lang.ru.syntax import subjects_after_conjunctions

    # «Казахстан стал членом ШОС, и Си поздравил Токаева»: «Си» a conjunct of «членом»
    words = ["Казахстан", "стал", "членом", "ШОС", ",", "и", "Си", "поздравил", "Токаева"]
    heads = [1, 1, 1, 2, 2, 7, 2, 1, 7]
    rels = ["nsubj", "ROOT", "xcomp", "nmod", "punct", "cc", "conj", "dep", "obj"]
    pos = ["PROPN", "VERB", "NOUN", "PROPN", "PUNCT", "CCONJ", "PROPN", "VERB", "PROPN"]
    feats = [NOM, FIN_SG, {"Case": "Ins"}, {}, {}, {}, NOM, FIN_SG, {}]
    h, r = subjects_after_conjunctions(heads, rels, words, pos, feats)
    assert (h[6], r[6]) == (7, "nsubj")



def _hung(text: str, word: str) -> tuple[str, str]:
    """(relation, head's text) of `word` in the parse of `text`."""
    tok = next(t for t in parse([text])[0] if t.text == word)
    return tok.dep_, tok.head.text


# ------------------------------------------------------------------ the repairs in the parse of a whole sentence
def test_a_verb_joined_by_i_is_the_conjunct_of_the_nearest_verb_before_it() -> None:
    # `nearest_conjuncts`: slovnet joins «призвал» to the first clause's «начала», across «а Вильнюс обвинил»
    text = ("Белоруссия начала в понедельник масштабные учения у границы, а Вильнюс обвинил Минск в провокации и"
            " призвал союзников по НАТО усилить восточный фланг.")
    assert _hung(text, "призвал") == ("conj", "обвинил")


def test_an_adjunct_before_a_verb_of_saying_is_that_verbs_not_the_content_clauses() -> None:
    # `adjuncts_across_heads`: slovnet hangs «на встрече» on «готовы», inside the content clause after «заявил»
    text = ("Касым-Жомарт Токаев на встрече с Си Цзиньпином в среду в Астане заявил, что казахстанские компании"
            " готовы к новым проектам.")
    assert _hung(text, "встрече") == ("obl", "заявил")


def test_subjects_crossed_between_two_clauses_go_back_to_their_own_verbs() -> None:
    # `crossed_subjects`: slovnet gives «Переговоры» to «приостановлены» and «поставки» to «закончились»
    text = ("Переговоры в марте так ничем и не закончились, поставки армянского коньяка в Грузию фактически "
            "приостановлены, и аналитики ожидают роста цен.")
    assert _hung(text, "Переговоры") == ("nsubj", "закончились")
    assert _hung(text, "поставки") == ("nsubj:pass", "приостановлены")


def test_a_relative_clause_left_on_the_main_verb_hangs_on_the_name_before_its_kotoryj() -> None:
    # `loose_relatives`: slovnet hangs «провёл» as a `dep` of «ценит»
    text = ("Армения высоко ценит последовательную позицию грузинских друзей по ключевым региональным вопросам, "
            "заявил Никол Пашинян, который в минувший четверг провёл в Ереване переговоры с президентом Грузии.")
    assert _hung(text, "провёл") == ("acl:relcl", "Никол")


def test_a_second_name_in_the_first_names_case_after_i_is_its_conjunct() -> None:
    # `split_names`: slovnet hangs «Пашиняном» on «декларации» as a modifier
    assert _hung("Подписание Алиевым и Пашиняном декларации состоялось в понедельник.", "Пашиняном") \
        == ("conj", "Алиевым")


def test_a_list_of_subjects_hung_on_a_noun_before_goes_to_its_verb() -> None:
    # `stray_subject_lists`: slovnet makes «Китай и Индия» conjuncts of «Грузию» in the clause before
    text = ("Россия заблокировала в Совбезе ООН проект резолюции, осуждающей ее вторжение в Грузию, "
            "Китай и Индия воздержались.")
    assert _hung(text, "Китай") == ("nsubj", "воздержались")
    assert _hung(text, "Индия") == ("conj", "Китай")


def test_a_speaker_after_a_verb_of_saying_is_its_subject() -> None:
    # `speakers_after`: slovnet makes the speaker the subject of «снизит», the verb of what is said
    text = ("Турция предоставит Азербайджану беспилотники и снизит цену на газ, заявил после встречи с Ильхамом "
            "Алиевым Реджеп Тайип Эрдоган.")
    assert _hung(text, "Реджеп") == ("nsubj", "заявил")


def test_the_last_of_coordinated_objects_hung_as_a_modifier_is_an_object_of_the_verb() -> None:
    # `verb_conjunct_objects`: slovnet hangs «помощь» on «пообещала» as an `nmod`
    text = "Германия пообещала Молдавии, Грузии и Армении финансовую помощь и льготные кредиты на общую сумму 3 млрд евро."
    assert _hung(text, "помощь") == ("obj", "пообещала")


def test_stray_conjuncts_move_only_a_conjunct_of_a_subordinate_clause() -> None:
    from dyadwatch.nlp.lang.ru.syntax import stray_conjuncts

    words = ["Если", "Россия", "нападёт", "на", "Украину", ",", "Евросоюз", "введёт", "санкции"]
    pos = ["SCONJ", "PROPN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "NOUN"]
    feats = [{}, {"Case": "Nom"}, {"VerbForm": "Fin", "Number": "Sing"}, {}, {"Case": "Acc"}, {},
             {"Case": "Nom", "Number": "Sing"}, {"VerbForm": "Fin", "Number": "Sing"}, {"Case": "Acc"}]
    heads = [2, 2, 7, 4, 2, 6, 4, 7, 7]
    rels = ["mark", "nsubj", "advcl", "case", "obl", "punct", "conj", "root", "obj"]
    h, r = stray_conjuncts(heads, rels, words, pos, feats)
    assert (h[6], r[6]) == (7, "nsubj")
    # the same words with no subordinating conjunction: a list of names, left as parsed
    h, r = stray_conjuncts(heads, ["dep", *rels[1:]], words, pos, feats)
    assert (h[6], r[6]) == (4, "conj")


def test_the_company_of_a_subject_before_its_verb_becomes_its_conjunct() -> None:
    from dyadwatch.nlp.lang.ru.syntax import accompanied_subjects

    words = ["Эстония", "вместе", "с", "Латвией", "осудила", "решение"]
    heads = [4, 4, 3, 1, 4, 4]
    rels = ["nsubj", "advmod", "case", "obl", "ROOT", "obj"]
    feats = [{"Case": "Nom"}, {}, {}, {"Case": "Ins"}, {}, {"Case": "Acc"}]
    h, r = accompanied_subjects(heads, rels, words, feats)
    assert (h[3], r[3]) == (0, "conj") and (h[1], r[1]) == (3, "cc")
    # after the verb the company is a partner: left as parsed
    words2 = ["Эстония", "осудила", "вместе", "с", "Латвией"]
    h2, r2 = accompanied_subjects([1, 1, 1, 4, 2], ["nsubj", "ROOT", "advmod", "case", "obl"], words2,
                                  [{"Case": "Nom"}, {}, {}, {}, {"Case": "Ins"}])
    assert r2[4] == "obl"


def test_an_oblique_across_a_clause_of_its_verb_belongs_to_that_clause() -> None:
    from dyadwatch.nlp.lang.ru.syntax import crossing_obliques

    # «Литва ответит, если ЕС введёт против Литвы санкции»: «Литвы» hung on «ответит» across «введёт»
    heads = [1, 1, 1, 5, 5, 1, 7, 1, 5]
    rels = ["nsubj", "ROOT", "punct", "mark", "nsubj", "advcl", "case", "obl", "obj"]
    pos = ["PROPN", "VERB", "PUNCT", "SCONJ", "PROPN", "VERB", "ADP", "PROPN", "NOUN"]
    h, _ = crossing_obliques(heads, rels, pos)
    assert h[7] == 5
    # an oblique after the clause has ended stays on the main verb
    h2, _ = crossing_obliques([1, 1, 3, 1, 3, 6, 1], ["nsubj", "ROOT", "mark", "advcl", "obj", "case", "obl"],
                              ["PROPN", "VERB", "SCONJ", "VERB", "NOUN", "ADP", "PROPN"])
    assert h2[6] == 1


def test_a_noun_made_the_root_becomes_the_subject_of_its_verb() -> None:
    from dyadwatch.nlp.lang.ru.syntax import noun_roots

    # «Литва не будет закрывать границу, заявил министр»: «закрывать» a ccomp of «Литва»
    words = ["Литва", "не", "будет", "закрывать", "границу", ",", "заявил", "министр"]
    pos = ["PROPN", "PART", "AUX", "VERB", "NOUN", "PUNCT", "VERB", "NOUN"]
    feats = [{"Case": "Nom", "Number": "Sing"}, {}, {"VerbForm": "Fin", "Number": "Sing"}, {"VerbForm": "Inf"},
             {"Case": "Acc"}, {}, {"VerbForm": "Fin", "Number": "Sing"}, {"Case": "Nom", "Number": "Sing"}]
    heads = [0, 3, 3, 0, 3, 6, 0, 6]
    rels = ["ROOT", "advmod", "aux", "ccomp", "obj", "punct", "parataxis", "nsubj"]
    h, r = noun_roots(heads, rels, pos, feats)
    assert (h[3], r[3]) == (3, "ROOT") and (h[0], r[0]) == (3, "nsubj") and h[6] == 3
    assert len(words) == len(h)
    # a verb that does not agree with the noun is left as parsed
    feats2 = [*feats[:2], {"VerbForm": "Fin", "Number": "Plur"}, *feats[3:]]
    assert noun_roots(heads, rels, pos, feats2) == (heads, rels)


def test_a_subordinate_clause_s_subject_on_the_main_verb_goes_to_its_own_verb() -> None:
    from dyadwatch.nlp.lang.ru.syntax import marked_subjects

    # «Латвия закрыла границу , после того как Литва ввела запрет»: «как», «Литва» hung on «закрыла»
    pos = ["PROPN", "VERB", "NOUN", "PUNCT", "ADP", "PRON", "SCONJ", "PROPN", "VERB", "NOUN"]
    feats = [{"Number": "Sing"}, {"VerbForm": "Fin", "Number": "Sing"}, {}, {}, {}, {}, {}, {"Number": "Sing"},
             {"VerbForm": "Fin", "Number": "Sing"}, {}]
    heads = [1, 1, 1, 1, 5, 1, 1, 1, 5, 8]
    rels = ["nsubj", "ROOT", "obj", "punct", "case", "obl", "mark", "nsubj", "acl", "obj"]
    h, _ = marked_subjects(heads, rels, pos, feats)
    assert h[7] == 8 and h[6] == 8 and h[0] == 1


def test_a_clause_flattened_onto_the_verb_before_it_takes_its_own_words_back() -> None:
    from dyadwatch.nlp.lang.ru.syntax import flattened_clauses

    # «Пожар привёл к эвакуации , в Риге возложили вину на Минск .»: «в Риге», «вину», «на Минск» on «привёл»,
    # «Пожар» made the subject of «возложили»
    words = ["Пожар", "привёл", "к", "эвакуации", ",", "в", "Риге", "возложили", "вину", "на", "Минск", "."]
    pos = ["NOUN", "VERB", "ADP", "NOUN", "PUNCT", "ADP", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    feats = [{}, {"VerbForm": "Fin"}, {}, {}, {}, {}, {}, {"VerbForm": "Fin"}, {}, {}, {}, {}]
    heads = [7, 1, 3, 1, 1, 6, 1, 1, 1, 10, 1, 1]
    rels = ["nsubj", "ROOT", "case", "obl", "punct", "case", "obl", "dep", "obj", "case", "obl", "punct"]
    h, _ = flattened_clauses(heads, rels, words, pos, feats)
    assert (h[6], h[8], h[10]) == (7, 7, 7) and h[3] == 1 and h[0] == 1


def test_a_second_clause_s_subject_made_a_conjunct_of_a_noun_before_it_is_its_verb_s() -> None:
    from dyadwatch.nlp.lang.ru.syntax import stray_clause_subjects

    # «Литва обвинила Минск в провокации , Белоруссия возложила вину на Вильнюс»: «Белоруссия» a conjunct of «провокации»
    words = ["Литва", "обвинила", "Минск", "в", "провокации", ",", "Белоруссия", "возложила", "вину", "на", "Вильнюс"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "NOUN", "PUNCT", "PROPN", "VERB", "NOUN", "ADP", "PROPN"]
    feats = [{"Case": "Nom"}, {"VerbForm": "Fin", "Number": "Sing", "Gender": "Fem"}, {"Case": "Acc"}, {},
             {"Case": "Loc"}, {}, {"Case": "Nom", "Number": "Sing", "Gender": "Fem"},
             {"VerbForm": "Fin", "Number": "Sing", "Gender": "Fem"}, {"Case": "Acc"}, {}, {"Case": "Acc"}]
    heads = [1, 1, 1, 4, 1, 6, 4, 1, 7, 10, 8]
    rels = ["nsubj", "ROOT", "obj", "case", "obl", "punct", "conj", "dep", "obj", "case", "nmod"]
    h, r = stray_clause_subjects(heads, rels, words, pos, feats)
    assert (h[6], r[6], r[7]) == (7, "nsubj", "conj")
    # a verb that does not agree (masculine) is left as parsed
    feats2 = [*feats[:7], {"VerbForm": "Fin", "Number": "Sing", "Gender": "Masc"}, *feats[8:]]
    assert stray_clause_subjects(heads, rels, words, pos, feats2)[0][6] == 4


def test_the_first_of_two_subjects_far_from_their_verb_is_the_object_of_the_verb_before_it() -> None:
    from dyadwatch.nlp.lang.ru.syntax import doubled_subjects

    # «Латвия решила закрыть два пункта , заявил премьер , когда дроны залетели в страну»: «пункта» and «дроны» on
    # «залетели»
    pos = ["PROPN", "VERB", "VERB", "NUM", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT", "SCONJ", "NOUN", "VERB", "ADP",
           "NOUN"]
    heads = [1, 1, 1, 4, 11, 6, 1, 6, 11, 11, 11, 1, 13, 11]
    rels = ["nsubj", "ROOT", "xcomp", "nummod", "nsubj", "punct", "parataxis", "nsubj", "punct", "mark", "nsubj",
            "advcl", "case", "obl"]
    h, r = doubled_subjects(heads, rels, pos)
    assert (h[4], r[4]) == (2, "obj") and (h[10], r[10]) == (11, "nsubj")
    # two subjects with no verb between them (one clause) are left as parsed
    assert doubled_subjects([2, 2, 2], ["nsubj", "nsubj", "ROOT"], ["PROPN", "PROPN", "VERB"])[0] == [2, 2, 2]


def test_a_gerund_after_a_reporting_clause_with_a_seat_whose_preposition_stands_before_adjectives() -> None:
    from dyadwatch.nlp.lang.ru.syntax import stranded_gerunds

    # «Литва закрыла границу, заявили в пограничной службе Польши, призвав Вильнюс ...»: «призвав» hung on
    # «закрыла»; the seat's «в» stands before its adjective, not right before «службе»
    words = ["Литва", "закрыла", "границу", ",", "заявили", "в", "пограничной", "службе", "Польши", ",", "призвав",
             "Вильнюс"]
    heads = [1, 1, 1, 4, 1, 7, 7, 4, 7, 10, 1, 10]
    rels = ["nsubj", "ROOT", "obj", "punct", "parataxis", "case", "amod", "obl", "nmod", "punct", "advcl", "obj"]
    pos = ["PROPN", "VERB", "NOUN", "PUNCT", "VERB", "ADP", "ADJ", "NOUN", "PROPN", "PUNCT", "VERB", "PROPN"]
    feats = [{}, {"VerbForm": "Fin", "Number": "Sing"}, {}, {}, {"VerbForm": "Fin", "Number": "Plur"}, {}, {}, {}, {},
             {}, {"VerbForm": "Conv"}, {}]
    h, _ = stranded_gerunds(heads, rels, words, pos, feats)
    assert h[10] == 4


def test_a_genitive_hung_across_a_later_clauses_verb_belongs_to_a_noun_of_that_clause() -> None:
    from dyadwatch.nlp.lang.ru.syntax import crossing_genitives

    # «Литва провела учения, за что подверглась критике со стороны Минска»: «Минска» hung on «учения»
    heads = [1, 1, 1, 6, 5, 6, 1, 6, 10, 8, 2]
    rels = ["nsubj", "ROOT", "obj", "punct", "case", "obl", "parataxis", "iobj", "case", "fixed", "nmod"]
    pos = ["PROPN", "VERB", "NOUN", "PUNCT", "ADP", "PRON", "VERB", "NOUN", "ADP", "NOUN", "PROPN"]
    fin = {"VerbForm": "Fin"}
    feats = [{}, fin, {}, {}, {}, {}, fin, {}, {}, {}, {}]
    h, _ = crossing_genitives(heads, rels, pos, feats)
    assert h[10] == 7
    # a genitive inside its verb's own clause stays («... учения, которые осудили власти Минска»: no noun between)
    h2, _ = crossing_genitives([1, 1, 1, 4, 1, 4, 5], ["nsubj", "ROOT", "obj", "punct", "parataxis", "nsubj", "nmod"],
                               ["PROPN", "VERB", "NOUN", "PUNCT", "VERB", "NOUN", "PROPN"], [{}, fin, {}, {}, fin, {}, {}])
    assert h2[6] == 5


def test_a_subjectless_clause_opened_by_a_prepositional_chto_is_a_conjunct_of_the_clause_before() -> None:
    from dyadwatch.nlp.lang.ru.syntax import sentential_relatives

    # «Литва закрыла границу, за что подверглась критике»: «подверглась» a parataxis of «закрыла»
    words = ["Литва", "закрыла", "границу", ",", "за", "что", "подверглась", "критике"]
    heads = [1, 1, 1, 6, 5, 6, 1, 6]
    rels = ["nsubj", "ROOT", "obj", "punct", "case", "obl", "parataxis", "iobj"]
    pos = ["PROPN", "VERB", "NOUN", "PUNCT", "ADP", "PRON", "VERB", "NOUN"]
    fin = {"VerbForm": "Fin", "Number": "Sing"}
    feats = [{}, fin, {}, {}, {}, {}, fin, {}]
    h, r = sentential_relatives(heads, rels, words, pos, feats)
    assert (h[6], r[6]) == (1, "conj")
    # a clause with a subject of its own stays («..., после чего Минск выслал посла»)
    h2, r2 = sentential_relatives([1, 1, 1, 6, 5, 6, 1, 6, 6], [*rels[:7], "nsubj", "obj"],
                                  [*words[:7], "Минск", "посла"], [*pos[:7], "PROPN", "NOUN"], [*feats[:7], {}, {}])
    assert r2[6] == "parataxis"
def test_a_bare_animate_oblique_after_an_active_verb_with_no_object_is_its_object() -> None:
    from dyadwatch.nlp.lang.ru.syntax import bare_animate_objects

    # «Токаев принял в Астане посланника Евросоюза»: «посланника» a bare genitive oblique in the parse
    pos = ["PROPN", "VERB", "ADP", "PROPN", "NOUN", "PROPN"]
    heads = [1, 1, 3, 1, 1, 4]
    rels = ["nsubj", "ROOT", "case", "obl", "obl", "nmod"]
    act = {"VerbForm": "Fin", "Voice": "Act"}
    feats = [{"Case": "Nom"}, act, {}, {"Case": "Loc", "Animacy": "Inan"},
             {"Case": "Gen", "Animacy": "Anim"}, {"Case": "Gen"}]
    assert bare_animate_objects(heads, rels, pos, feats)[1][4] == "obj"
    # a verb with an object already, a passive verb, an inanimate noun: left as parsed
    assert bare_animate_objects(heads, [*rels[:3], "obj", *rels[4:]], pos, feats)[1][4] == "obl"
    assert bare_animate_objects(heads, rels, pos, [*feats[:1], {"Voice": "Pass"}, *feats[2:]])[1][4] == "obl"
    inanimate = [*feats[:4], {"Case": "Gen", "Animacy": "Inan"}, feats[5]]
    assert bare_animate_objects(heads, rels, pos, inanimate)[1][4] == "obl"


def test_a_second_subject_with_a_preposition_is_an_oblique() -> None:
    from dyadwatch.nlp.lang.ru.syntax import prepositional_subjects

    # «Компании прекратили поставки на местные заводы»: «заводы» an `nsubj` beside «компании» in the parse
    words = ["Компании", "прекратили", "поставки", "на", "местные", "заводы"]
    pos = ["NOUN", "VERB", "NOUN", "ADP", "ADJ", "NOUN"]
    heads = [1, 1, 1, 5, 5, 1]
    rels = ["nsubj", "ROOT", "obj", "case", "amod", "nsubj"]
    assert prepositional_subjects(heads, rels, words, pos)[1][5] == "obl"
    # the only subject, or one of an amount («около тысячи человек»), stays
    assert prepositional_subjects(heads, ["obj", *rels[1:]], words, pos)[1][5] == "nsubj"
    assert prepositional_subjects(heads, rels, [*words[:3], "около", *words[4:]], pos)[1][5] == "nsubj"


def test_a_gerund_hung_across_the_next_clause_coordinator_goes_to_the_verb_before() -> None:
    from dyadwatch.nlp.lang.ru.syntax import gerunds_before_conjuncts

    # «Люди вышли на площадь, требуя отставки, а полиция задержала ...»: «требуя» on «задержала» in the parse
    heads = [1, 1, 1, 5, 5, 7, 7, 1]   # Люди вышли , требуя , а полиция задержала
    rels = ["nsubj", "ROOT", "punct", "advcl", "punct", "cc", "nsubj", "conj"]
    heads[3] = 7
    conv, fin = {"VerbForm": "Conv"}, {"VerbForm": "Fin"}
    feats = [{}, fin, {}, conv, {}, {}, {}, fin]
    assert gerunds_before_conjuncts(heads, rels, feats)[0][3] == 1
    # with no subject of its own the next verb may be the gerund's: left as parsed
    assert gerunds_before_conjuncts(heads, [*rels[:6], "obj", rels[7]], feats)[0][3] == 7


def test_a_preposition_hung_on_a_later_noun_with_its_own_goes_to_the_next_noun() -> None:
    from dyadwatch.nlp.lang.ru.syntax import doubled_cases

    # «собрались у посольства в Вильнюсе против сделки с Китаем»: «в» on «Китаем» beside «с» in the parse
    words = ["собрались", "у", "посольства", "в", "Вильнюсе", "против", "сделки", "с", "Китаем"]
    pos = ["VERB", "ADP", "NOUN", "ADP", "PROPN", "ADP", "NOUN", "ADP", "PROPN"]
    heads = [0, 2, 0, 8, 2, 6, 0, 8, 6]
    rels = ["ROOT", "case", "obl", "case", "nmod", "case", "obl", "case", "nmod"]
    assert doubled_cases(heads, rels, pos)[0][3] == 4
    # a next noun with a preposition of its own, or a later noun with only this one: left as parsed
    assert doubled_cases(heads, [*rels[:7], "amod", rels[8]], pos)[0][3] == 8
    assert len(words) == len(heads)


def test_words_of_an_opening_gerunds_stretch_hung_past_its_comma_go_to_the_gerund() -> None:
    from dyadwatch.nlp.lang.ru.syntax import gerund_stretches

    # «Подписав вместе с Ереваном меморандум, Баку заявил, что граница будет открыта»: «вместе» and «меморандум»
    # (a second passive subject) hung on «открыта» in the parse
    words = ["Подписав", "вместе", "с", "Ереваном", "меморандум", ",", "Баку", "заявил", ",", "что", "граница",
             "будет", "открыта"]
    heads = [7, 12, 3, 1, 12, 7, 7, 7, 12, 12, 12, 12, 7]
    rels = ["advcl", "advmod", "case", "obl", "nsubj:pass", "punct", "nsubj", "ROOT", "punct", "mark", "nsubj:pass",
            "aux:pass", "ccomp"]
    feats = [{"VerbForm": "Conv"}, *({} for _ in range(12))]
    h, r = gerund_stretches(heads, rels, words, feats)
    assert (h[1], h[4], r[4]) == (0, 0, "obj")
    assert (h[10], r[10]) == (12, "nsubj:pass")  # (the clause's own subject stays)
    # a lone subject of the far verb stays where it is
    alone = [*rels[:10], "det", *rels[11:]]
    h2, r2 = gerund_stretches(heads, alone, words, feats)
    assert (h2[4], r2[4]) == (12, "nsubj:pass")
