"""English wordings and the PLOVER type they are coded as (coder/lang/en/patterns.yaml, read by coder/tree/triggers.py): sentences that check a word or phrase, not a stage."""

from __future__ import annotations

import pytest

from dyadwatch.coder import run
from dyadwatch.coder.base import DocState
from dyadwatch.coder.lang.en import inflect
from dyadwatch.coder.run import code_text
from dyadwatch.coder.tree import TreeCoder
from dyadwatch.model import PLOVER_TYPES
from tests.coder.tree.helpers import (
    _coded_20261120,
    _pairs,
    dyads_en_20210304_b,
    dyads_en_20220506,
    pairs_en_20240110,
    pairs_en_20240110_b,
    uses,
)
from tests.coder.tree.helpers import (
    _coded_status_20261120 as _coded,
)
from tests.coder.tree.helpers import (
    coded_en_status_date_20210304 as coded,
)
from tests.coder.tree.helpers import (
    dyads_en_20210304 as dyads,
)
from tests.coder.tree.helpers import (
    events_en_20240315 as events,
)
from tests.coder.tree.helpers import (
    pairs_20240510 as pairs,
)
from tests.coder.tree.helpers import (
    triples_ru_20211015 as triples,
)

pytestmark = pytest.mark.coder("tree")

# ------------------------------------------------------------------ every PLOVER type
TYPE_CASES = [
    ("AGREE", "Минск и Москва подписали соглашение о взаимном признании виз.", ("BLR", "RUS")),
    ("CONSULT", "Лукашенко провёл переговоры с Путиным в Кремле.", ("BLR", "RUS")),
    ("CONSULT", "Президент Беларуси посетил Москву с рабочим визитом.", ("BLR", "RUS")),
    ("SUPPORT", "Путин поблагодарил Лукашенко за гостеприимство.", ("RUS", "BLR")),
    ("CONCEDE", "Евросоюз отменил визовые ограничения для граждан Беларуси.", ("EU", "BLR")),
    ("COOPERATE", "Армии Беларуси и России начали совместные учения.", ("BLR", "RUS")),
    ("AID", "Россия выделила Беларуси кредит в размере 600 млн долларов.", ("RUS", "BLR")),
    ("RETREAT", "Россия вывела войска из Беларуси после учений.", ("RUS", "BLR")),
    ("REQUEST", "Литва призвала Минск остановить строительство АЭС.", ("LTU", "BLR")),
    ("ACCUSE", "МИД Беларуси обвинил Польшу во вмешательстве во внутренние дела.", ("BLR", "POL")),
    ("REJECT", "Беларусь отвергла требования Евросоюза.", ("BLR", "EU")),
    ("THREATEN", "Лукашенко пригрозил Литве ответными мерами.", ("BLR", "LTU")),
    ("PROTEST", "Тысячи белорусов вышли на акцию протеста в Минске.", ("BLR", "BLR")),
    ("SANCTION", "Украина запретила ввоз белорусских товаров.", ("UKR", "BLR")),
    ("SANCTION", "Польша закрыла границу с Беларусью.", ("POL", "BLR")),
    ("MOBILIZE", "Россия разместила в Беларуси дополнительные войска.", ("RUS", "BLR")),
    ("COERCE", "Белорусские власти задержали гражданина Польши.", ("BLR", "POL")),
    ("ASSAULT", "Российская армия обстреляла украинские города.", ("RUS", "UKR")),
]


def test_the_tree_coder_is_chosen():
    assert isinstance(run._coders("en", ()), TreeCoder)


def test_1_only_what_the_text_states():
    assert dyads("Relations between Belarus and Russia have been close for decades.") == set()


def test_deterministic():
    text = "Russia and Belarus held joint military exercises near the Polish border in September."
    assert code_text(text, "2021-10-01") == code_text(text, "2021-10-01")
    assert DocState().coded == set()


def test_a_news_dateline_is_not_part_of_the_sentence():
    got = code_text("MINSK, May 3 (Agency) - Lithuania expelled two Belarusian diplomats.", "2021-05-03")
    assert [(e.source, e.target, e.type) for e in got] == [("LTU", "BLR", "SANCTION")]
    assert "expelled" in "MINSK, May 3 (Agency) - Lithuania expelled two"[got[0].start:got[0].end + 10]
    got = dyads("МИНСК, 3 мая. /Агентство/. Путин встретился с Лукашенко в Москве.", "2021-05-03", "ru")
    assert {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")} <= got


def test_a_phone_conversation_and_taking_part_in_a_forum_are_consultations():
    assert {("BLR", "RUS", "CONSULT"), ("RUS", "BLR", "CONSULT")} <= dyads("Lukashenko spoke to Putin by telephone on Friday.")
    got = coded("The leaders of Ukraine and Belarus will take part in the forum in Zhytomyr.")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("UKR", "BLR", "CONSULT", "planned"),
                                                            ("BLR", "UKR", "CONSULT", "planned")}


@uses(dyads=dyads_en_20210304_b)
@pytest.mark.coder("learned")  # no coder marker in its old file: the default coder
def test_an_instruction_to_one_s_own_ministry_is_internal():
    # convention 10: an internal directive, whatever other party its content names
    assert dyads("The Kremlin has instructed the Finance Ministry to sign a protocol to provide Serbia with a loan.") == set()
    assert ("RUS", "BLR", "REQUEST") in dyads("Putin asked the Belarusian Finance Ministry to pay the debt.")


# ------------------------------------------------------------------ a flow's figures (syntax.yaml statistics)
@uses(dyads=dyads_en_20220506)
def test_exports_rising_are_statistics():
    assert dyads("Georgian wine exports to China rose by a fifth last year.") == set()
    assert dyads("Moldova's exports to Russia have fallen by half since January.") == set()


@uses(dyads=dyads_en_20220506)
def test_exports_stopped_stay_an_act():
    got = dyads("Russia halted imports of Georgian wine on Monday.")
    assert ("RUS", "GEO", "SANCTION") in got


# ------------------------------------------------------------------ a verb pattern read as an adjective
def test_close_ties_are_no_closure():
    got = dyads("Serbia and Hungary have long enjoyed close ties.")
    assert not any(ty == "SANCTION" for _, _, ty in got)


def test_artillery_moved_is_no_shelling():
    got = dyads("Kyrgyzstan moved artillery to the border with Tajikistan.")
    assert not any(ty == "ASSAULT" for _, _, ty in got)


@uses(pairs=pairs_en_20240110)
def test_a_generic_body_after_another_country_s_name_is_that_country_s():
    # mentions.yaml `generic_bodies`: "Congress" alone is the US one; "Peru's Congress" is Peru's
    assert ("PER", "CHL", "REJECT") in pairs("The Peruvian Congress rejected the treaty with Chile.")
    got = pairs("Guatemala's Congress rejected the loan from Taiwan on Monday.")
    assert ("GTM", "TWN", "REJECT") in got and not any(s == "USA" for s, _, _ in got)
    assert ("USA", "RUS", "SANCTION") in pairs("Congress approved new sanctions on Russia.")


@uses(pairs=pairs_en_20240110)
@pytest.mark.coder("learned")  # no coder marker in its old file: the default coder
def test_telling_the_one_addressed_by_phone_is_a_phone_call():
    got = pairs("The Moldovan president told her Romanian counterpart by telephone that Chisinau would hold firm.")
    assert {("MDA", "ROU", "CONSULT"), ("ROU", "MDA", "CONSULT")} <= got
    assert not pairs("The Moldovan president told journalists by telephone that she would hold firm.")


@uses(pairs=pairs_en_20240110_b)
def test_envoys_ordered_to_leave_are_expelled_in_the_plural_too():
    got = pairs("Nicaragua ordered the Spanish and Dutch ambassadors to leave on Monday.")
    assert {("NIC", "ESP", "SANCTION"), ("NIC", "NLD", "SANCTION")} <= got


@uses(pairs=pairs_en_20240110_b)
def test_tariffs_paused_or_postponed_are_a_concession():
    assert ("EU", "CHN", "CONCEDE") in pairs("Brussels postponed the tariffs on Chinese electric cars on Friday.")
    assert ("USA", "CAN", "CONCEDE") in pairs("Washington will pause the planned tariffs on Canadian steel for a month.")


def test_an_organisation_admitting_countries_agrees_with_each():
    found = _coded("The alliance said NATO, which admitted Sweden and Finland two years ago, would grow no further.")
    assert ("NATO", "SWE", "AGREE", "occurred") in found and ("NATO", "FIN", "AGREE", "occurred") in found


def test_an_organisation_accepting_a_member_agrees_but_a_country_admitting_a_fact_does_not():
    assert ("CSTO", "UZB", "AGREE", "occurred") in _coded("The CSTO accepted Uzbekistan as a full member on Monday.")
    assert not _pairs("Russia admitted Ukraine had suffered losses.", "AGREE")


def test_ambassadors_pulled_out_are_recalled_not_a_retreat():
    found = _coded("Riga pulled its ambassador out of Minsk after the incident.")
    assert ("LVA", "BLR", "SANCTION", "occurred") in found
    assert not any(e[2] == "RETREAT" for e in found)


def test_an_envoy_called_in_is_summoned():
    found = _coded("The Lithuanian foreign ministry called in the Belarusian charge d'affaires over the balloons.")
    assert ("LTU", "BLR", "ACCUSE", "occurred") in found


def test_a_pardon_frees_a_convict():
    found = _coded("Lukashenka pardoned a Polish citizen jailed for spying.")
    assert ("BLR", "POL", "CONCEDE", "occurred") in found
    assert not any(e[2] == "SUPPORT" for e in found)


def test_fighting_between_two_armies_is_an_assault_both_ways():
    found = _pairs("Renewed fighting between Tajikistan and Kyrgyzstan killed dozens of villagers.", "ASSAULT")
    assert {("TJK", "KGZ"), ("KGZ", "TJK")} <= found
    found = _pairs("Heavy clashes between Eritrean and Ethiopian troops were reported at dawn.", "ASSAULT")
    assert {("ERI", "ETH"), ("ETH", "ERI")} <= found


def test_aircraft_in_an_air_defence_zone_are_a_mobilisation_not_an_attack():
    text = "Forty Chinese warplanes entered the air defence identification zone of Taiwan on Sunday."
    assert ("CHN", "TWN") in _pairs(text, "MOBILIZE")
    assert not _pairs(text, "ASSAULT")


def test_drones_launched_at_a_country_are_an_assault():
    assert ("RUS", "UKR") in _pairs("Russia launched nearly 200 attack drones at Ukraine overnight.", "ASSAULT")


@uses(_coded=_coded_20261120)
def test_tear_gas_used_to_disperse_is_the_coercion_alone():
    got = _coded("Serbian riot police fired tear gas to disperse demonstrators outside parliament in Belgrade.")
    assert ("SRB", "SRB", "COERCE") in got and ("SRB", "SRB", "ASSAULT") not in got


def test_an_invasion_is_an_attack_not_an_occupation():
    got = dyads("Armenia invaded Azerbaijan in the spring.")
    assert ("ARM", "AZE", "ASSAULT") in got and ("ARM", "AZE", "COERCE") not in got
    assert ("TUR", "CYP", "COERCE") in dyads("Turkey annexed the northern part of Cyprus.")


def test_a_state_recognised_by_name_is_support():
    assert ("DEU", "HRV", "SUPPORT") in dyads("Germany formally recognised Croatia on Monday.")
    assert ("DEU", "HRV", "SUPPORT") in dyads("Germany granted diplomatic recognition to Croatia.")
    # (a thing recognised is no party recognised)
    assert not any(e[2] == "SUPPORT" for e in dyads("Poland recognised the importance of its trade with Ukraine."))


def test_an_act_one_comes_under_or_faces_is_the_other_s_act_on_one():
    assert ("RUS", "GEO", "ASSAULT") in dyads("Georgian villages came under attack from Russian forces.")
    assert ("RUS", "GEO", "ASSAULT") in dyads("Georgian positions came under artillery fire from Russian troops.")
    assert ("EGY", "ISR", "ACCUSE") in dyads("Israel faced criticism from Egypt over the raid.")
    assert ("RUS", "GEO", "COERCE") in dyads("Georgia suffered a cyber attack from Russia.")


def test_an_invitation_to_act_is_an_appeal_an_invitation_to_meet_an_offer():
    got = dyads("Armenia invited Russia to send more border guards.")
    assert ("ARM", "RUS", "REQUEST") in got
    assert ("RUS", "BLR", "AGREE") in dyads("Putin invited Lukashenka to visit Moscow.")


def test_a_counterpart_called_is_a_phone_call_not_a_call_on_one():
    got = events("The Indian foreign minister called his Japanese counterpart on Sunday to discuss shipping.")
    assert {("IND", "JPN", "CONSULT"), ("JPN", "IND", "CONSULT")} <= got
    got = events("The Indian foreign minister called on his Japanese counterpart to lift the ban.")
    assert ("IND", "JPN", "REQUEST") in got
    assert not any(t == "CONSULT" for _, _, t in got)


def test_a_state_recognised_by_name_is_still_recognition():
    found = _coded("Serbia recognised Kosovo as an independent state.")
    assert not any(e[2] == "ACCUSE" for e in found)


def test_a_vote_regarded_as_valid_is_endorsed_but_not_one_not_so_regarded():
    found = _coded("Beijing regards the Venezuelan election as legitimate.")
    assert ("CHN", "VEN", "SUPPORT", "occurred") in found
    assert not any(e[2] == "SUPPORT" for e in _coded("Warsaw does not regard the Belarusian vote as legitimate."))


def test_an_opposition_in_exile_is_not_exiled():
    assert not any(e[2] == "COERCE" for e in _coded("The Belarusian opposition in exile urged Vilnius to keep the border open."))


def test_carriers_kept_out_of_ones_skies_are_barred():
    found = _coded("Brussels decided to keep Russian airlines out of European skies for another year.")
    assert any(e[:3] == ("EU", "RUS", "SANCTION") for e in found)
    assert not _coded("Lukashenka has tried to keep his army out of the war in Ukraine.")


def test_migrants_crossing_are_still_no_incursion() -> None:
    assert not any(t == "ASSAULT" for _, _, t in pairs("Poland said its migrants had crossed into Germany."))


def test_a_group_of_countries_named_at_once_is_each_member() -> None:
    got = pairs("The Baltic states expelled Russian diplomats on Monday.")
    assert {("EST", "RUS", "SANCTION"), ("LVA", "RUS", "SANCTION"), ("LTU", "RUS", "SANCTION")} <= got
    got = pairs("NATO will send four battalions to Poland and the Baltic states next year.")
    assert {("NATO", c, "MOBILIZE") for c in ("POL", "EST", "LVA", "LTU")} <= got


def test_a_region_is_no_group_of_countries() -> None:
    assert not any(b in ("EST", "LVA", "LTU") for _, b, _ in pairs("Russia sent warships to the Baltic Sea."))


def test_access_granted_is_a_concession() -> None:
    assert ("AZE", "UN", "CONCEDE") in pairs("Azerbaijan granted the UN team access to Karabakh.")


def test_speaking_to_reporters_is_no_consultation() -> None:
    assert not pairs("Lukashenko spoke to reporters in Minsk.")


def test_an_act_decided_is_the_act_not_an_intention():
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Japan decided on Thursday to ease sanctions on North Korea.", "2021-03-04", "en")}
    assert got == {("JPN", "PRK", "CONCEDE", "occurred")}


def test_an_organisations_members_adopting_a_text_agree_among_themselves():
    got = dyads("The EAEU heads of state will adopt a declaration on labour migration.")
    assert ("EAEU", None, "AGREE") in got
    assert ("CSTO", None, "AGREE") in dyads("The CSTO leaders signed a treaty on joint air defence.")


def test_stressed_final_syllables_and_irregular_verbs_are_inflected():
    assert {"transferred", "transferring"} <= set(inflect("transfer"))
    assert {"threw", "thrown"} <= set(inflect("throw")) and "throwed" not in inflect("throw")
    assert {"kept", "began", "beginning"} <= set(inflect("keep")) | set(inflect("begin"))
    # a noun's plural after a consonant and y
    assert inflect("ally", "noun") == ["ally", "allies"] and inflect("day", "noun") == ["day", "days"]
    assert ("USA", "UKR", "AID") in dyads("Washington transferred $300 million in military aid to Ukraine.")


def test_resumed_imports_ease_restrictions():
    assert ("CHN", "AUS", "CONCEDE") in dyads("China resumed coal imports from Australia in January.")
    assert not {d for d in dyads("Russia and Turkey resumed talks in Ankara.") if d[2] == "CONCEDE"}


@pytest.mark.parametrize(("typ", "text", "pair"), TYPE_CASES)
def test_each_type(typ: str, text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], pair[1], typ) in triples(text)


def test_every_type_is_covered_by_patterns() -> None:
    assert {t for t, _, _ in TYPE_CASES} == set(PLOVER_TYPES)
