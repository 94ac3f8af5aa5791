"""More of the forms newsrooms and institutions give a named person a role in
(find_role_forms.py), each tried on several styles of writing, and the cards they draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.core.authoring.article import Article
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.find_people import find_people
from trainer.core.authoring.find_quotes import find_quotes
from trainer.core.authoring.find_role_appositives import find_role_appositives
from trainer.core.authoring.find_role_forms import find_role_forms
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck


def _article(text: str) -> Article:
    return Article(Path("story.txt"), text, tuple(text.splitlines()))


def _roles(text: str) -> dict[str, str]:
    return {found.name: found.role for found in find_role_forms(_article(text))}


def _who_cards(tmp_path: Path, text: str) -> dict[str, str]:
    article_path = tmp_path / "story.txt"
    article_path.write_text(text, encoding="utf-8")
    deck_path = tmp_path / "story.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "story", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    return {card.prompt: str(card.answer) for card in cards if card.prompt.startswith("Who ")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamilton Coun. Teresa Villeneuve, who voted in favour, said it was overdue.",
            {"Teresa Villeneuve": "Hamilton councillor"},
        ),
        (
            "Ward 2 Coun. Teresa Villeneuve, who voted in favour, said it was overdue.",
            {"Teresa Villeneuve": "Ward 2 councillor"},
        ),
        (
            "Democratic Sen. Maria Ortez said the bill would pass.",
            {"Maria Ortez": "Democratic senator"},
        ),
        (
            "Toronto Police Supt. Kevin Marsh told reporters the road was closed.",
            {"Kevin Marsh": "Toronto Police superintendent"},
        ),
        (
            "Sen. Ron Wyden, D-Ore., said the committee would investigate.",
            {"Ron Wyden": "Democratic senator from Oregon"},
        ),
        (
            "Rep. Maria Salazar (R-Fla.) called the cuts reckless.",
            {"Maria Salazar": "Republican representative from Florida"},
        ),
        # A bare abbreviated title is left to the title finders, which ask it by a deed.
        ("Coun. Rajesh Pillai led the opposition to the budget.", {}),
    ],
)
def test_an_abbreviated_title_is_the_office_it_stands_for(
    text: str, expected: dict[str, str]
) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ministry's Trade Remedies Unit, headed by Director Samuel Whitcombe, will "
            "hold hearings.",
            {"Samuel Whitcombe": "head of the Ministry's Trade Remedies Unit"},
        ),
        (
            "The inquiry, chaired by Dame Ruth Oduya, reports in May.",
            {"Ruth Oduya": "chair of the inquiry"},
        ),
        (
            "Harbour Logistics, run by Paul Anders, won the contract.",
            {"Paul Anders": "head of Harbour Logistics"},
        ),
    ],
)
def test_a_body_run_by_the_person(text: str, expected: dict[str, str]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Steppe Policy Institute is a research organisation in Almaty. Its executive "
            "director is Nurlan Dzhaksybekov.",
            {"Nurlan Dzhaksybekov": "Steppe Policy Institute’s executive director"},
        ),
        (
            "Marta Kowal is the bank's chief economist.",
            {"Marta Kowal": "the bank's chief economist"},
        ),
        (
            "Halden's head of research is Dr Ana Ruiz.",
            {"Ana Ruiz": "Halden's head of research"},
        ),
    ],
)
def test_a_role_said_with_is(text: str, expected: dict[str, str]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Principal investigator Professor Tobias Lindgren of the University of Tromsø said "
            "the data would help.",
            {"Tobias Lindgren": "principal investigator at the University of Tromsø"},
        ),
        (
            "Director General Erlend Mørk of the Section for the Americas took part.",
            {"Erlend Mørk": "Director General of the Section for the Americas"},
        ),
        (
            "Lead author Dr Sara Mensah of the Kumasi Institute said the model was cautious.",
            {"Sara Mensah": "lead author at the Kumasi Institute"},
        ),
        # A ward's number is no body: the title alone stays, asked by the title finders.
        ("Councillor Tom Reyes of Ward 3 said no.", {}),
    ],
)
def test_the_body_after_a_titled_name(text: str, expected: dict[str, str]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A spokesperson for the health board, Dr Rhiannon Pugh, its executive director of "
            "operations, said progress was being made.",
            {"Rhiannon Pugh": "the health board’s executive director of operations"},
        ),
        (
            "In a statement from Corvid Mining, Jan Vos, its chief financial officer, said "
            "costs had risen.",
            {"Jan Vos": "Corvid Mining’s chief financial officer"},
        ),
        (
            "For further information, please contact the Ministry's press service: "
            "spokesperson Magnus Tveit, tel. +47 23 95 00 00.",
            {"Magnus Tveit": "the Ministry's spokesperson"},
        ),
        (
            "The Department of Health and Social Affairs said it would reply. For media "
            "enquiries contact the Department's press office: press officer Lina Ek.",
            {"Lina Ek": "the Department of Health and Social Affairs’ press officer"},
        ),
    ],
)
def test_whose_role_its_is(text: str, expected: dict[str, str]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eirlys Vaughan, 67, from Mold, has been waiting 20 months for a knee replacement.",
            {"Eirlys Vaughan": "resident of Mold"},
        ),
        (
            "Tom Baxter, 42, of Lowestoft, lost his job when the plant closed.",
            {"Tom Baxter": "resident of Lowestoft"},
        ),
        (
            "Tom Baxter, 42, a father of three from Keswick, lost his business in the flood.",
            {"Tom Baxter": "father of three from Keswick"},
        ),
        (
            "Maria Lopez, a 34-year-old nurse from Carlisle, said she could not reach work.",
            {"Maria Lopez": "nurse from Carlisle"},
        ),
        # A thing introduced by its age is no person.
        ("The Sable Horizon, a 20-year-old vessel from Douala, was boarded on Friday.", {}),
        # An age with no part in the story (no verb after) is no example.
        ("The winners were Tom Baxter, 42, of Lowestoft, and Ann Lee, 30.", {}),
    ],
)
def test_a_person_introduced_by_age_and_home(text: str, expected: dict[str, str]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecuting, Sarah Lane KC told the jury the thefts ran for four years.",
            {"Sarah Lane": "prosecuting counsel"},
        ),
        (
            "David Okafor, defending, said his client was sorry.",
            {"David Okafor": "defence counsel"},
        ),
        (
            "Jo Bell, for the Crown, said the loss was deliberate.",
            {"Jo Bell": "prosecuting counsel"},
        ),
        (
            "Sentencing, Judge Paul Reid said the fraud was cynical.",
            {"Paul Reid": "sentencing judge"},
        ),
    ],
)
def test_counsel_and_judge_by_their_part_in_the_case(text: str, expected: dict[str, str]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The committee's chair, Labour MP Rosa Kent, said the report was damning.",
            {"Rosa Kent": "the committee's chair"},
        ),
        (
            "Dr Lena Fischer, chief scientist at the agency, said the data were preliminary.",
            {"Lena Fischer": "the agency’s chief scientist"},
        ),
        (
            "Mark Ellison, who led the review for the regulator, said the findings were clear.",
            {"Mark Ellison": "person who led the review for the regulator"},
        ),
        (
            "Ana Ruiz, who brokered the ceasefire, flew to Doha on Monday.",
            {"Ana Ruiz": "person who brokered the ceasefire"},
        ),
    ],
)
def test_roles_with_a_label_a_kind_or_a_deed(text: str, expected: dict[str, str]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The report was written by Dr Amal Haddad of the Brookings Institution.",
            {"Amal Haddad": "person who wrote the report"},
        ),
        (
            "The review was led by Dame Ruth Oduya, a former judge.",
            {"Ruth Oduya": "person who led the review"},
        ),
        ("The agreement was brokered by Qatar.", {}),
        ("Jane Roe, CEO of Acme Corp, said demand had weakened.", {}),
    ],
)
def test_a_deed_said_in_the_passive(text: str, expected: dict[str, str]) -> None:
    assert _roles(text) == expected


def test_a_company_officer_by_letters() -> None:
    text = "Jane Roe, CEO of Acme Corp, said demand had weakened. Acme's CFO, John Smith, agreed."
    roles = {p.name: p.role for p in find_role_appositives(_article(text))}
    assert roles == {"Jane Roe": "CEO of Acme Corp", "John Smith": "Acme's CFO"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister for Health, Stephen Donnelly TD, said the figures were encouraging.",
            {"Stephen Donnelly": "Minister for Health"},
        ),
        (
            "Dr Tedros Adhanom Ghebreyesus, WHO Director-General, said it was contained.",
            {"Tedros Adhanom Ghebreyesus": "WHO Director-General"},
        ),
        (
            "The mission is commanded by Rear Admiral Piet Visser of the Royal Navy.",
            {"Piet Visser": "commander of the mission"},
        ),
        # "The Minister for Defence, X TD," and "His spokeswoman, X," are other finders'.
        ("The Minister for Defence, Ciarán Moynihan TD, today signed a contract.", {}),
        ("His spokeswoman, Macarena Lyon, dismissed the claim.", {}),
    ],
)
def test_an_office_set_off_by_commas(text: str, expected: dict[str, str]) -> None:
    found = {(p.name, p.role) for p in find_role_forms(_article(text))}
    assert set(expected.items()) <= found
    assert {name for name, _ in found} == set(expected)


def test_an_office_for_a_field_before_the_name() -> None:
    text = "Commissioner for Trade Maros Sefcovic said talks would resume in June."
    assert [(p.name, p.role) for p in find_people(_article(text))] == [
        ("Maros Sefcovic", "Commissioner for Trade")
    ]


def test_a_deed_is_asked_as_one(tmp_path: Path) -> None:
    cards = _who_cards(
        tmp_path,
        "The regulator published its findings on 3 March 2026.\n\n"
        "Mark Ellison, who led the review for the regulator, said the findings were clear.\n",
    )
    assert cards.get("Who led the review for the regulator?") == "Mark Ellison"


def test_an_example_is_asked_by_what_they_do(tmp_path: Path) -> None:
    cards = _who_cards(
        tmp_path,
        "Flooding closed 40 roads across Cumbria on 5 December 2026.\n\n"
        "Tom Baxter, 42, a father of three from Keswick, lost his business when the river "
        "burst its banks.\n",
    )
    assert cards == {"Who lost his business when the river burst its banks?": "Tom Baxter"}


def test_an_office_set_off_after_a_name_is_no_person() -> None:
    text = "Dr Annelie Vos, EPOA Director of Earth Observation Programmes, spoke in Darmstadt."
    assert [found.name for found in find_people(_article(text))] == []


def test_the_cards_ask_the_role_with_whose_it_is(tmp_path: Path) -> None:
    cards = _who_cards(
        tmp_path,
        "Waiting lists at the Glyndŵr and Dee University Health Board reached 118,600 in "
        "October 2026.\n\n"
        "Eirlys Vaughan, 67, from Mold, has been waiting 20 months for a knee replacement.\n\n"
        "A spokesperson for the health board, Dr Rhiannon Pugh, its executive director of "
        "operations, said progress was being made.\n\n"
        "Principal investigator Professor Tobias Lindgren of the University of Tromsø said "
        '"For twenty years we have been guessing."\n',
    )
    assert cards["Who has been waiting for a knee replacement?"] == "Eirlys Vaughan"
    assert cards["Who is the health board’s executive director of operations?"] == "Rhiannon Pugh"
    assert cards["Who is the principal investigator at the University of Tromsø?"] == (
        "Tobias Lindgren"
    )
    # The body he is from is not who said it.
    assert "University of Tromsø" not in cards.values()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Both vessels are stable," Captain Ali Harun, director of search and rescue at '
            "the Maritime Directorate, told a news conference.",
            "Captain Ali Harun",
        ),
        (
            '"We will appeal this ruling in the higher court," Jane Roe, a lawyer for the '
            "families, said on Monday.",
            "Jane Roe",
        ),
        (
            "“The figures are stark,” Tom Bell, the council’s finance chief, told reporters.",
            "Tom Bell",
        ),
    ],
)
def test_a_quote_said_by_a_name_then_its_role(text: str, speaker: str) -> None:
    assert [quote.speaker for quote in find_quotes(_article(text))] == [speaker]
