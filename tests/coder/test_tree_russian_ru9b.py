"""The tree coder's Russian mechanisms of branch ru9b (recall by cause over the Russian development sets), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2024-05-10", lang: str = "ru") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_a_warning_to_no_one_named_is_an_untargeted_threat():
    got = dyads("В Кремле предупредили, что Москва ответит на удары по своей территории.")
    assert ("RUS", None, "THREATEN") in got
    assert ("RUS", "RUS", "THREATEN") not in got


def test_a_hostile_act_reported_after_it_by_its_victim_is_the_act():
    got = dyads("Иранские дроны атаковали американскую базу в Ираке, сообщил Пентагон.")
    assert ("IRN", "USA", "ASSAULT") in got
    assert ("USA", "IRN", "ACCUSE") not in got
    # (stated or claimed, in a content clause or after it, or aimed at no one the content names, it stays the
    # speaker's accusation)
    assert ("GEO", "RUS", "ACCUSE") in dyads("Российские войска обстреляли приграничные сёла, сообщили в Тбилиси.")
    assert ("RUS", "UKR", "ACCUSE") in dyads("Украинские войска обстреляли Белгород, заявили в Минобороны России.")
    assert ("SYR", "TUR", "ACCUSE") in dyads("Минобороны Сирии сообщило, что турецкие военные обстреляли "
                                              "позиции сирийской армии.")


def test_not_recognising_is_a_rejection_in_any_tense():
    got = dyads("Евросоюз не признал итоги выборов в Белоруссии.")
    assert ("EU", "BLR", "REJECT") in got
    assert ("EU", "BLR", "SUPPORT") not in got
    assert ("KGZ", "RUS", "REJECT") in dyads("Киргизия не признаёт итоги референдумов, проведённых Россией.")


def test_refusing_to_take_part_is_a_refusal_not_the_joint_act():
    got = dyads("Ереван не будет участвовать в учениях ОДКБ.")
    assert ("ARM", "CSTO", "REJECT") in got
    assert ("ARM", "CSTO", "COOPERATE") not in got
    got = dyads("Москва не будет участвовать в переговорах с Киевом.")
    assert ("RUS", "UKR", "REJECT") in got
    assert ("RUS", "UKR", "CONSULT") not in got and ("UKR", "RUS", "CONSULT") not in got
    # (taking part as such stays the joint act)
    assert ("ARM", "CSTO", "COOPERATE") in dyads("Ереван участвовал в учениях ОДКБ.")


def test_an_indeclinable_abbreviation_read_as_nominative_is_the_owner():
    # the parse gives «ВСУ» after a noun the nominative: it is the genitive owner of the drones
    assert ("UKR", "RUS", "ASSAULT") in dyads("Беспилотники ВСУ атаковали нефтебазу в Брянске.")


def test_a_veto_or_objection_withdrawn_is_a_concession():
    got = dyads("Анкара сняла возражения против вступления Финляндии в НАТО.")
    assert ("TUR", "FIN", "CONCEDE") in got
    assert not any(d[2] in ("RETREAT", "REJECT") for d in got)
    # (a claim given up stays a retreat)
    assert ("LTU", "BLR", "RETREAT") in dyads("Литва отказалась от претензий к белорусской стороне.")


def test_territory_handed_over_is_a_concession():
    assert ("ARM", "AZE", "CONCEDE") in dyads("Армения вернёт Азербайджану четыре села.")


def test_goods_sent_as_aid_are_aid():
    assert ("CHN", "SRB", "AID") in dyads("Китай поставит Сербии 10 тысяч тонн риса в качестве безвозмездной помощи.")


def test_an_agreement_broken_off_is_a_sanction_and_its_matter_no_act():
    got = dyads("Румыния разорвала соглашение о военном сотрудничестве с Россией.")
    assert ("ROU", "RUS", "SANCTION") in got
    assert not any(d[2] in ("COOPERATE", "AGREE") for d in got)
    got = dyads("Россия и Китай подписали соглашение о военном сотрудничестве.")
    assert ("RUS", "CHN", "AGREE") in got and ("CHN", "RUS", "AGREE") in got
    assert not any(d[2] == "COOPERATE" for d in got)


def test_transport_links_restored_are_cooperation_of_both():
    got = dyads("Грузия восстановила прямое авиасообщение с Россией.")
    assert ("GEO", "RUS", "COOPERATE") in got and ("RUS", "GEO", "COOPERATE") in got


def test_an_act_in_a_time_clause_of_an_answer_is_coded_and_the_answer_aimed_at_its_maker():
    got = dyads("Минск пригрозил ответными мерами после того, как Литва запретила транзит белорусских удобрений.")
    assert ("LTU", "BLR", "SANCTION") in got
    assert ("BLR", "LTU", "THREATEN") in got
    got = dyads("Минск осудил Вильнюс после того, как Вильнюс запретил транзит белорусских удобрений.")
    assert ("LTU", "BLR", "SANCTION") in got and ("BLR", "LTU", "ACCUSE") in got


def test_an_object_hung_on_the_verb_after_belongs_to_the_verb_before():
    # the parse hangs «посла Латвии» on «отзывает» and would make it its subject
    got = dyads("Белоруссия высылает из страны посла Латвии и отзывает своего посла из Риги.")
    assert ("BLR", "LVA", "SANCTION") in got
    assert ("LVA", "BLR", "SANCTION") not in got and ("LVA", "LVA", "SANCTION") not in got
    assert ("BLR", "LVA", "SANCTION") in dyads("Белоруссия отзывает своего посла из Риги.")


def test_a_stance_drawn_by_the_clause_before_a_pronoun_is_aimed_at_its_maker():
    got = dyads("Польша ввела пошлины на белорусские товары, что вызвало резкую критику Минска.")
    assert ("BLR", "POL", "ACCUSE") in got and ("POL", "BLR", "SANCTION") in got
    # (a protest an act drew from a state is its accusation, convention 6)
    assert ("BLR", "LTU", "ACCUSE") in dyads("Действия Литвы вызвали протест Минска.")


def test_a_characterisation_of_the_clause_before_is_aimed_at_its_maker():
    assert ("BLR", "LTU", "ACCUSE") in dyads("Литва закрыла границу, что Минск назвал провокацией.")
    got = dyads("Литва, Латвия и Польша ввели ограничения на въезд для белорусских граждан, что Минск назвал "
                "дискриминацией.")
    assert {("BLR", "LTU", "ACCUSE"), ("BLR", "LVA", "ACCUSE"), ("BLR", "POL", "ACCUSE")} <= got
    # (the content of a saying is no clause called so)
    assert not any(d[2] == "ACCUSE" for d in dyads("Минск заявил, что Вильнюс осудил."))


def test_a_reaction_by_criticism_is_the_criticism():
    assert ("RUS", "LTU", "ACCUSE") in dyads("Кремль отреагировал на решение Вильнюса резкой критикой.")


def test_an_accord_with_no_party_in_the_outcome_of_talks_or_a_visit_is_their_parties():
    got = dyads("По итогам переговоров Путина и Си Цзиньпина было подписано соглашение о сотрудничестве.")
    assert ("RUS", "CHN", "AGREE") in got and ("CHN", "RUS", "AGREE") in got
    got = dyads("Визит Лукашенко в Китай завершился подписанием 10 соглашений.")
    assert ("BLR", "CHN", "AGREE") in got and ("CHN", "BLR", "AGREE") in got
    got = dyads("В ходе визита Лукашенко в Пекин было подписано 10 соглашений.")
    assert ("BLR", "CHN", "AGREE") in got and ("CHN", "BLR", "AGREE") in got
    # (no talks named, no parties)
    assert not any(d[2] == "AGREE" for d in dyads("В Минске было подписано 10 соглашений."))


def test_a_participle_before_an_accord_between_parties_is_their_accord():
    got = dyads("Подписанный в Минске договор между Белоруссией и Казахстаном вступил в силу.")
    assert ("BLR", "KAZ", "AGREE") in got and ("KAZ", "BLR", "AGREE") in got
    assert not dyads("Подписанный документ вступил в силу.")


def test_blocking_a_decision_is_a_veto_and_blocking_goods_a_sanction():
    got = dyads("Венгрия заблокировала выделение Украине 50 млрд евро.")
    assert ("HUN", "UKR", "REJECT") in got and not any(d[2] == "COERCE" for d in got)
    got = dyads("Литва продолжает блокировать транзит белорусских удобрений.")
    assert ("LTU", "BLR", "SANCTION") in got and not any(d[2] == "COERCE" for d in got)


def test_a_note_of_protest_sent_to_a_party_accuses_it():
    assert ("BLR", "LTU", "ACCUSE") in dyads("Белоруссия направила в Литву ноту протеста.")
    assert ("POL", "BLR", "ACCUSE") in dyads("МИД Польши направил Минску ноту протеста.")


def test_a_verb_after_a_content_clause_in_the_form_of_the_saying_is_the_speakers_act():
    # «призвала» agrees with «заявила» (past, feminine), not with the content's «стягивает» (present)
    got = dyads("Литва заявила, что Белоруссия стягивает войска к границе, и призвала Минск отвести их.")
    assert ("LTU", "BLR", "REQUEST") in got and ("LTU", "BLR", "ACCUSE") in got
    # (a verb in the content's own form stays the content)
    got = dyads("Литва заявила, что Белоруссия закрыла границу, и выслала дипломатов.")
    assert not any(d[2] == "SANCTION" and d[0] == "LTU" for d in got)


def test_a_gerund_the_parse_made_the_head_of_the_finite_verb_has_its_subject():
    assert ("BLR", "LTU", "SANCTION") in dyads("Выслав литовского консула, Минск пригрозил новыми мерами.")


def test_a_violation_reported_as_a_noun_accuses_its_maker():
    got = dyads("Минобороны Литвы сообщило о нарушении воздушного пространства белорусским вертолетом.")
    assert ("LTU", "BLR", "ACCUSE") in got and not any(d[2] == "REJECT" for d in got)
    assert ("BLR", "POL", "ACCUSE") in dyads("Минск заявил о нарушении Польшей воздушного пространства.")
    # (no maker named, no one accused)
    assert not dyads("Литва сообщила о нарушении границы.")
