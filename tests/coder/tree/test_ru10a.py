"""Russian recall in long analytical sentences (branch ru10a): parse repairs and the rules they feed; sentences
written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")

FIN_SG = {"VerbForm": "Fin", "Number": "Sing"}
FIN_PL = {"VerbForm": "Fin", "Number": "Plur"}
NOM = {"Case": "Nom", "Number": "Sing"}


def dyads(text: str, pub: str | None = "2024-05-15") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


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


def test_an_agreement_reported_in_a_long_chto_clause() -> None:
    text = ("Токаев сообщил, что Казахстан и Китай договорились создать совместную группу по торговле, сославшись на "
            "рост спроса со стороны промышленности, который, по его словам, обеспечивает Пекин при поддержке частных "
            "компаний.")
    assert {("KAZ", "CHN", "AGREE"), ("CHN", "KAZ", "AGREE")} <= dyads(text)


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


def test_a_decree_or_law_signed_on_sanctions_is_its_signers_sanction() -> None:
    assert ("UKR", "BLR", "SANCTION") in dyads("Зеленский подписал указ о санкциях против белорусских предприятий.")


@pytest.mark.parametrize("text, dyad", [
    ("МИД Эстонии пригласил в министерство временного поверенного России.", ("EST", "RUS", "ACCUSE")),
    ("Минобороны Литвы вызвало российского военного атташе.", ("LTU", "RUS", "ACCUSE")),
    ("МИД Польши передал российскому послу ноту протеста.", ("POL", "RUS", "ACCUSE")),
])
def test_an_envoy_summoned_or_handed_a_note_is_accused(text: str, dyad: tuple) -> None:
    got = dyads(text)
    assert dyad in got
    assert not any(d[2] == "AGREE" for d in got)  # (no invitation, no handover)


def test_a_state_declared_a_sponsor_of_terrorism_is_accused_not_recognised() -> None:
    got = dyads("Сейм Латвии признал Россию государством — спонсором терроризма.")
    assert ("LVA", "RUS", "ACCUSE") in got
    assert ("LVA", "RUS", "SUPPORT") not in got


def test_talks_intercepted_are_no_plane_forced_down() -> None:
    assert not dyads("Украинская разведка перехватила переговоры российских военных.")


def test_a_rally_dispersed_with_water_cannon_is_violence() -> None:
    got = {d[2] for d in dyads("Грузинская полиция разогнала водомётами и слезоточивым газом митинг оппозиции у парламента.")}
    assert got == {"ASSAULT"}


def test_arms_deliveries_promised_with_the_recipient_between() -> None:
    got = dyads("Москва пообещала ускорить поставки сирийской армии российских зенитных комплексов.")
    assert ("RUS", "SYR", "AID") in got
    assert ("RUS", "SYR", "AGREE") not in got


def test_symmetric_measures_promised_are_a_threat() -> None:
    assert ("BLR", "LTU", "THREATEN") in dyads("МИД Беларуси пообещал Литве симметричные меры.")


def test_a_measure_called_pressure_or_a_declaration_of_war_is_an_accusation() -> None:
    assert ("KAZ", "RUS", "ACCUSE") in dyads("Астана назвала решение Россельхознадзора политическим давлением.")
    # (a report called fake is denied, no accusation)
    assert not any(d[2] == "ACCUSE" for d in dyads("Минобороны Литвы назвало фейком сообщения о переброске войск."))


def test_a_bare_organisation_noun_is_the_organisation_named_before() -> None:
    got = dyads("Токаев, ранее раскритиковавший ОДКБ, проигнорировал заседание организации в Минске.")
    assert ("KAZ", "CSTO", "SANCTION") in got
    assert ("KAZ", "BLR", "SANCTION") not in got  # (the venue is no party)
    # organising is no organisation («в организации протестов»)
    assert dyads("Польша, член НАТО, обвинила Минск в организации протестов.") >= {("POL", "BLR", "ACCUSE")}
    assert not any("NATO" in d[:2] and d[2] == "ACCUSE" for d in dyads("Польша, член НАТО, обвинила Минск в организации протестов."))


@pytest.mark.parametrize("text", [
    "Отвечая на решение Вильнюса ввести санкции против Минска, Лукашенко пригрозил ответными мерами.",
    "После решения Вильнюса ввести санкции против Минска Лукашенко пригрозил ответными мерами.",
])
def test_a_decision_answered_or_after_which_another_acts_is_its_owners_act(text: str) -> None:
    got = dyads(text)
    assert ("LTU", "BLR", "SANCTION") in got
    assert ("BLR", "LTU", "THREATEN") in got or ("BLR", None, "THREATEN") in got


def test_a_decision_welcomed_names_no_act_of_its_own() -> None:
    assert ("SWE", "NATO", "AGREE") not in dyads("Вашингтон приветствовал решение Швеции подать заявку на вступление в НАТО.")


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


@pytest.mark.parametrize("text, code", [
    ("Тысячи человек вышли на марш протеста в Тбилиси.", "GEO"),
    ("Сотни жителей вышли на площадь в Ереване, требуя отставки премьера.", "ARM"),
])
def test_going_out_to_a_march_or_a_square_is_a_street_protest(text: str, code: str) -> None:
    assert (code, code, "PROTEST") in dyads(text)


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


def test_talks_that_ended_with_an_agreement_are_an_accord_of_their_parties() -> None:
    got = dyads("Переговоры Азербайджана и Армении в Алматы завершились договоренностью о демаркации границы.")
    assert {("AZE", "ARM", "AGREE"), ("ARM", "AZE", "AGREE"), ("AZE", "ARM", "CONSULT")} <= got
