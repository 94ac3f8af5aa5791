"""A question opening on another card's hidden answer is asked without it: an appositive
names what was hidden, a report is asked alone, a clause after a hidden opening phrase
stands alone; a "who" clause left as the whole question is asked of its person."""

from trainer.core.authoring.hidden_subjects import asked_of_relative, named_hidden_subject
from trainer.core.authoring.short_question import MARK


def test_an_appositive_names_the_hidden_subject() -> None:
    prompt = (
        f"{MARK}, the Danish maker of rye bread, biscuits and oat drinks, cut its "
        "full-year profit forecast on what date?"
    )
    assert named_hidden_subject(prompt) == (
        "The Danish maker of rye bread, biscuits and oat drinks cut its full-year profit "
        "forecast on what date?"
    )


def test_a_hidden_figure_inside_the_appositive_goes_with_it() -> None:
    prompt = f"{MARK}, a {MARK} former harbour master, had led the count in which month?"
    assert named_hidden_subject(prompt) == (
        "The former harbour master had led the count in which month?"
    )


def test_a_closing_appositive_that_measures_is_asked_of_its_kind() -> None:
    assert named_hidden_subject(f"{MARK}, a rocky moon about how many km wide?") == (
        "The rocky moon is about how many km wide?"
    )
    # "a town of ...": a kind with its own phrase is left, not garbled.
    prompt = f"{MARK}, a town of about how many people?"
    assert named_hidden_subject(prompt) == prompt


def test_a_hidden_speaker_leaves_the_report_alone() -> None:
    prompt = f"{MARK} told the board that a new scheme would plant how many trees by 2030?"
    assert named_hidden_subject(prompt) == "A new scheme would plant how many trees by 2030?"
    # Too little is reported to say what it is about: left as it is.
    short = f"{MARK} said it rose how much?"
    assert named_hidden_subject(short) == short


def test_a_clause_after_a_hidden_opening_phrase_stands_alone() -> None:
    prompt = f"{MARK}, regional councils committed how much to rural bus routes?"
    assert named_hidden_subject(prompt) == (
        "Regional councils committed how much to rural bus routes?"
    )
    # A relative clause after the hidden name is no clause of its own.
    relative = f"{MARK}, which opened how many branches?"
    assert named_hidden_subject(relative) == relative


def test_a_who_clause_alone_is_asked_of_its_person() -> None:
    assert asked_of_relative("Tom Reyes, 64, who has fished off Carrow how many days a year?") == (
        "Tom Reyes, 64, has fished off Carrow how many days a year?"
    )
    # With a main clause of its own, the relative clause stays.
    prompt = "Tom Reyes, who has fished there for years, said catches fell by how much?"
    assert asked_of_relative(prompt) == prompt
