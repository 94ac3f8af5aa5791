"""Grading accuracy and speed on the labelled set, next to three plain baselines.

Prints one JSON object. Accuracy: for the grader and, measured in the same run on the same
cases, exact match, rapidfuzz WRatio >= 85 and rapidfuzz ratio >= 80 (both with
rapidfuzz's default_process): the share of responses accepted or refused as labelled, and
the false accepts (a wrong response accepted) and false rejects; the grader also by its
three verdicts. Speed: median and p99 microseconds per grade over the set, a near miss in a
10,000-card deck, and milliseconds for 10,000-character and 1 MB responses. Long answers:
the labelled answers to cards with points (tests/data/points_cases.yaml), the share given
exactly the marker's verdict, answers that contradict their card yet were accepted, and
microseconds per grade of such answers.
Usage: python benchmarks/grading.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import yaml
from rapidfuzz import fuzz, utils

from trainer import grade, load_deck
from trainer.core.deck import Card

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
DECK_FILE = DATA / "grading_deck.yaml"
CASES_FILE = DATA / "grading_cases.yaml"
POINTS_DECK_FILE = DATA / "points_deck.yaml"
POINTS_CASES_FILE = DATA / "points_cases.yaml"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "001_7ef7ea6c6ed4c750.txt"

Case = tuple[Card, str, str]  # card, response, labelled verdict
Accepts = Callable[[Card, str], bool]


def load_cases() -> list[Case]:
    """The labelled set: every (card, response, verdict) in tests/data."""
    deck = load_deck(DECK_FILE)
    raw = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    return [
        (deck.card(card_id), str(response), verdict)
        for card_id, by_verdict in raw.items()
        for verdict, responses in by_verdict.items()
        for response in responses
    ]


def right_forms(card: Card) -> list[str]:
    """What a baseline compares with: the answer as one line, and each accept entry."""
    return [card.answer_text, *card.accept]


def exact_match(card: Card, response: str) -> bool:
    folded = response.strip().casefold()
    return any(folded == form.casefold() for form in right_forms(card))


def wratio_85(card: Card, response: str) -> bool:
    return any(
        fuzz.WRatio(response, form, processor=utils.default_process) >= 85
        for form in right_forms(card)
    )


def ratio_80(card: Card, response: str) -> bool:
    return any(
        fuzz.ratio(response, form, processor=utils.default_process) >= 80
        for form in right_forms(card)
    )


def the_grader(card: Card, response: str) -> bool:
    return grade(card, response).verdict != "wrong"


def accuracy(cases: list[Case], accepts: Accepts) -> dict[str, float | int]:
    """How often a method accepts exactly the responses labelled correct or close."""
    false_accepts = false_rejects = 0
    for card, response, label in cases:
        accepted = accepts(card, response)
        if accepted and label == "wrong":
            false_accepts += 1
        elif not accepted and label != "wrong":
            false_rejects += 1
    right = len(cases) - false_accepts - false_rejects
    return {
        "accuracy": round(right / len(cases), 4),
        "false_accepts": false_accepts,
        "false_rejects": false_rejects,
    }


def verdict_accuracy(cases: list[Case]) -> float:
    """The share of responses given exactly their labelled verdict."""
    right = sum(grade(card, response).verdict == label for card, response, label in cases)
    return round(right / len(cases), 4)


def per_grade_latency(cases: list[Case], repeat: int) -> dict[str, float]:
    """Median and p99 microseconds per grade, over ``repeat`` passes of the set."""
    for card, response, _ in cases:  # a first pass fills the per-card caches
        grade(card, response)
    timings: list[int] = []
    clock = time.perf_counter_ns
    for _ in range(repeat):
        for card, response, _ in cases:
            start = clock()
            grade(card, response)
            timings.append(clock() - start)
    timings.sort()
    return {
        "grades_timed": len(timings),
        "median_us": round(statistics.median(timings) / 1000, 2),
        "p99_us": round(timings[int(len(timings) * 0.99)] / 1000, 2),
        "max_us": round(timings[-1] / 1000, 2),
    }


def best_ms(card: Card, response: str, repeat: int = 5) -> float:
    """The fastest of a few grades of one response, in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        grade(card, response)
        best = min(best, time.perf_counter() - start)
    return round(best * 1000, 3)


def long_responses(cases: list[Case]) -> dict[str, float]:
    """Milliseconds for 10,000-character and 1 MB responses, the slowest card of each kind."""
    article = SEED.read_text(encoding="utf-8")
    ten_thousand = (article * 3)[:10_000]
    megabyte = (article * 200)[:1_000_000]
    cards = {card.id: card for card, _, _ in cases}.values()
    # A card whose answer is a whole paragraph reads a 10,000-character response in full.
    paragraph = article[:1300]
    long_text = Card(id="paragraph", kind="text", prompt="?", answer=paragraph)
    long_list = Card(
        id="paragraphs",
        kind="list",
        prompt="?",
        answer=tuple(article[start : start + 300] for start in range(0, 1500, 300)),
    )
    return {
        "10k_chars_ms_max_over_cards": max(best_ms(card, ten_thousand) for card in cards),
        "10k_chars_read_in_full_text_ms": best_ms(long_text, ten_thousand),
        "10k_chars_read_in_full_list_ms": best_ms(long_list, ten_thousand),
        "1mb_ms_max_over_cards": max(best_ms(card, megabyte) for card in cards),
    }


def big_deck_near_miss(repeat: int) -> dict[str, float | str]:
    """Microseconds to grade in a 10,000-card deck: an exact answer, and a typo (near miss)."""
    answers = frozenset(f"Special Investment Council {index}" for index in range(10_000))
    answer = "Special Investment Council 42"
    card = Card(id="c", kind="text", prompt="?", answer=answer, deck_answers=answers)
    grade(card, "warm up")
    results: dict[str, float | str] = {}
    for label, response in (
        ("exact", "special investment council 42"),
        ("near_miss", "Special Investmant Council 42"),
    ):
        timings = []
        for _ in range(repeat * 20):
            start = time.perf_counter_ns()
            grade(card, response)
            timings.append(time.perf_counter_ns() - start)
        results[f"{label}_median_us"] = round(statistics.median(timings) / 1000, 2)
    other = replace(card, answer="Special Investment Council 4200")
    results["other_cards_answer_refused"] = grade(other, "Special Investment Council 42").verdict
    return results


@dataclass(frozen=True)
class PointsCase:
    """One labelled long answer of tests/data/points_cases.yaml."""

    card: Card
    response: str
    marker: str  # the careful human marker's verdict
    contract: str  # the verdict of the rule as written: the marker's unless the file says
    contradicts: bool  # says the opposite of the card: the grader must never accept it


def load_points_cases() -> list[PointsCase]:
    """The labelled long answers: each with its card, the marker's verdict and, where the
    rule as written gives another, the contract's."""
    deck = load_deck(POINTS_DECK_FILE)
    raw = yaml.safe_load(POINTS_CASES_FILE.read_text(encoding="utf-8"))
    return [
        PointsCase(
            card=deck.card(entry["card"]),
            response=str(entry["response"]),
            marker=entry["marker"],
            contract=entry.get("contract", entry["marker"]),
            contradicts=bool(entry.get("contradicts")),
        )
        for entry in raw
    ]


def best_of_runs(cases: list[Case], runs: int = 5) -> dict[str, float]:
    """Each answer's fastest of a few grades, in microseconds: the grader's own cost, without
    the stalls a machine shared with other busy processes adds to single timings."""
    clock = time.perf_counter_ns
    bests = []
    for card, response, _ in cases:
        best = None
        for _ in range(runs):
            start = clock()
            grade(card, response)
            elapsed = clock() - start
            best = elapsed if best is None else min(best, elapsed)
        bests.append(best or 0)
    bests.sort()
    return {
        "median_us": round(statistics.median(bests) / 1000, 2),
        "p99_us": round(bests[int(len(bests) * 0.99)] / 1000, 2),
        "max_us": round(bests[-1] / 1000, 2),
    }


def long_answers(cases: list[PointsCase], repeat: int) -> dict[str, object]:
    """Agreement with the marker on cards with points, contradictions accepted, speed."""
    verdicts = [grade(case.card, case.response).verdict for case in cases]
    agree = sum(verdict == case.marker for verdict, case in zip(verdicts, cases, strict=True))
    contract = sum(verdict == case.contract for verdict, case in zip(verdicts, cases, strict=True))
    accepted_contradictions = [
        case.response
        for verdict, case in zip(verdicts, cases, strict=True)
        if case.contradicts and verdict != "wrong"
    ]
    false_accepts = sum(
        verdict != "wrong" and case.marker == "wrong"
        for verdict, case in zip(verdicts, cases, strict=True)
    )
    false_rejects = sum(
        verdict == "wrong" and case.marker != "wrong"
        for verdict, case in zip(verdicts, cases, strict=True)
    )
    timed = [(case.card, case.response, case.marker) for case in cases]
    # A paragraph-long answer: a card's responses run together, as a rambling analyst types,
    # cut below the shortest length the grader refuses unread (256 characters).
    by_card: dict[str, list[str]] = {}
    for case in cases:
        by_card.setdefault(case.card.id, []).append(case.response)
    cards = {case.card.id: case.card for case in cases}
    paragraphs = [
        (cards[card_id], "; ".join(responses)[:250], "") for card_id, responses in by_card.items()
    ]
    return {
        "cases": len(cases),
        "cards": len(cards),
        "labels": {
            verdict: sum(case.marker == verdict for case in cases)
            for verdict in ("correct", "close", "wrong")
        },
        "verdict_agreement_with_marker": round(agree / len(cases), 4),
        "verdict_agreement_with_contract": round(contract / len(cases), 4),
        "false_accepts": false_accepts,
        "false_rejects": false_rejects,
        "contradictions": sum(case.contradicts for case in cases),
        "contradictions_accepted": accepted_contradictions,
        "latency": per_grade_latency(timed, repeat),
        "best_of_5_per_answer": best_of_runs(timed),
        "paragraph_latency": per_grade_latency(paragraphs, repeat * 5),
        "goals": {
            "verdict_agreement_with_marker": 0.9,
            "contradictions_accepted": 0,
            "p99_us": 1000,
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="passes over the set for timing")
    args = parser.parse_args(argv)
    cases = load_cases()
    labels = {
        verdict: sum(label == verdict for *_, label in cases)
        for verdict in ("correct", "close", "wrong")
    }
    report = {
        "cases": len(cases),
        "labels": labels,
        "grader": {**accuracy(cases, the_grader), "verdict_accuracy": verdict_accuracy(cases)},
        "exact_match": accuracy(cases, exact_match),
        "wratio_85": accuracy(cases, wratio_85),
        "ratio_80": accuracy(cases, ratio_80),
        "latency": per_grade_latency(cases, args.repeat),
        "long_responses": long_responses(cases),
        "deck_of_10000_cards": big_deck_near_miss(args.repeat),
        "long_answers_with_points": long_answers(load_points_cases(), args.repeat),
        "goals": {"median_us": 50, "p99_us": 1000, "10k_chars_ms": 5},
    }
    json.dump(report, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
