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
