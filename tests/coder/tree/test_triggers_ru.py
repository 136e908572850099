"""Russian trigger candidates read against the parse (coder/tree/triggers.py)."""

from __future__ import annotations

import pytest

from tests.coder.tree.helpers import dyads

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


def test_lifting_with_a_word_between_is_still_a_concession() -> None:
    assert ("RUS", "BLR", "CONCEDE") in dyads("Россия объявила о снятии всех ограничений на ввоз белорусского молока.",
                                              lang="ru")


def test_an_agreement_broken_off_is_a_sanction_and_its_matter_no_act():
    got = dyads("Румыния разорвала соглашение о военном сотрудничестве с Россией.", lang="ru")
    assert ("ROU", "RUS", "SANCTION") in got
    assert not any(d[2] in ("COOPERATE", "AGREE") for d in got)
    got = dyads("Россия и Китай подписали соглашение о военном сотрудничестве.", lang="ru")
    assert ("RUS", "CHN", "AGREE") in got and ("CHN", "RUS", "AGREE") in got
    assert not any(d[2] == "COOPERATE" for d in got)


def test_a_topic_of_discussion_is_no_act() -> None:
    assert not dyads("Вопрос о вводе российских войск в Таджикистан обсуждался на форуме экспертов.", lang="ru")
    assert ("RUS", "TJK", "MOBILIZE") in dyads("Россия ввела войска в Таджикистан.", lang="ru")  # (control)


# ------------------------------------------------------------------ aid in its wordings
@pytest.mark.parametrize(("text", "expected"), [
    # arms supplied, named as a noun: military aid, not trade
    ("Разведка США сообщила о поставках северокорейских снарядов российской армии.", ("PRK", "RUS", "AID")),
    ("Сеул обсуждает поставки гаубиц Польше.", ("KOR", "POL", "AID")),
    # goods given free
    ("Китай безвозмездно передаст Камбодже партию риса.", ("CHN", "KHM", "AID")),
    # another country's soldiers trained
    ("Инструкторы Франции подготовят молдавских военнослужащих.", ("FRA", "MDA", "AID")),
])
def test_aid_wordings(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(text, lang="ru")


def test_purchases_as_a_topic_are_no_act_of_the_talkers() -> None:
    got = dyads("Беседа Алиева с Эрдоганом касалась закупок турецкого оружия.", lang="ru")
    assert {("AZE", "TUR", "CONSULT"), ("TUR", "AZE", "CONSULT")} <= got
    assert ("AZE", "TUR", "COOPERATE") not in got
