"""A person named in full who acts, with no card yet, is asked 'Who <verb phrase>?'."""

from trainer.core.authoring.unasked_actors import unasked_actor_facts


def _asked(sentence: str, in_full: list[str] | None = None) -> list[tuple[str, str | None]]:
    return [(fact.answer, fact.prompt) for fact in unasked_actor_facts(sentence, in_full or [])]


def test_relative_clause_asks_what_the_person_did() -> None:
    assert _asked("She succeeds Pavel Brindley, who retired in May after a long illness.") == [
        ("Pavel Brindley", "Who retired in May?")
    ]


def test_appositive_between_person_and_verb_is_left_out() -> None:
    assert _asked("Nadia Orme, the former hurdler who fronted the bid, will chair the board.") == [
        ("Nadia Orme", "Who will chair the board?")
    ]
    assert _asked("HOST: Your predecessor, Colm Tarrant, quit in June.") == [
        ("Colm Tarrant", "Who quit in June?")
    ]


def test_person_named_as_the_one_described() -> None:
    assert _asked("Police named the woman who died near Elmford as Greta Sallow, 81.") == [
        ("Greta Sallow", "Who was the woman who died near Elmford?")
    ]


def test_a_name_the_article_repeats_acts_in_any_clause() -> None:
    sentence = "Ashby led when winger Tomas Ferrell headed a corner into the net."
    assert _asked(sentence, ["Tomas Ferrell"]) == [
        ("Tomas Ferrell", "Who headed a corner into the net?")
    ]


def test_no_card_that_says_too_little_or_names_a_team() -> None:
    assert _asked("Dale Vickers, 40, said he was sorry.") == []
    assert _asked("Harlow Rovers, who won the cup, were relegated.") == []
    assert _asked("Rhona Pike, 52, has lived there.") == []


def test_a_judge_is_named_by_title_and_surname() -> None:
    assert _asked("Lady Justice Arbery-Clyde, who gave the lead judgment, upheld the fine.") == [
        ("Lady Justice Arbery-Clyde", "Who gave the lead judgment?")
    ]
    assert _asked("Judge Penhallow, the senior judge at Truro, adjourned the trial to May.") == [
        ("Judge Penhallow", "Who adjourned the trial to May?")
    ]
    # A body named for justice is no judge.
    assert _asked("Justice Department officials, who met on Monday, declined to comment.") == []


def test_letters_after_a_name_stand_between_it_and_the_verb() -> None:
    assert _asked("Ravi Menon-Castell KC, for Dunmore Water, argued the rules had changed.") == [
        ("Ravi Menon-Castell", "Who spoke for Dunmore Water?")
    ]
    asked = _asked("Olwen Tredegar MP, who chairs the committee, called the delay unacceptable.")
    assert ("Olwen Tredegar", "Who chairs the committee?") in asked
