# SPDX-License-Identifier: GPL-3.0-or-later
"""Fictional people and places of the demo region, "la Lisière".

Every name here is invented. Surnames were checked against the seeds so that no real
person quoted there reappears (``tests/services/test_demo.py`` keeps that true). All
e-mail domains are reserved for documentation (RFC 2606: ``example.org``, ``.example``)
and phone numbers are in the ranges ARCEP keeps for fiction (01 99 00, 06 39 98).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from talagov.core.text import fold

SURNAMES: tuple[str, ...] = (
    "Œuvray", "Bérard", "Lécuyer", "Dufresnoy", "Carpentier", "Vasseur", "Delattre",
    "Hennebelle", "Dujardin", "Caron", "Duhamel", "Fontaine", "Guéry", "Hérouard",
    "Lenglet", "Dhénin", "Ségard", "Wacquet", "Bécu", "Pruvost", "Théry", "Desprez",
    "Coquelle", "Delécluse", "Ramette", "Delbecq", "Haudiquet", "Cœuret", "Flament",
    "Lagache", "Ducrocq", "Vandamme", "Decœur", "Leclercq", "Poulain", "Ringot",
    "Sénéchal", "Tison", "Verhaeghe", "Wattebled", "Baudelot", "Crépin", "Dambrine",
    "Évrard", "Facon", "Gosselin", "Hallé", "Jacquart", "Kieken", "Lebœuf", "Masquelier",
    "Noé", "Outters", "Pétillon", "Quénu", "Régnier", "Saudemont", "Taffin", "Vérité",
    "Wibaux", "Yvart", "Zégers", "Amiot", "Brébion", "Cordonnier", "Elleboode",
    "Fauquembergue", "Garçon", "Hochart", "Lhermitte", "Nivelle", "Obert", "Parmentier",
    "Quéval", "Rouzé", "Sockeel", "Tétart", "Vanhove", "Wallart", "Benali", "Diallo",
    "Nguyen", "Haddad", "Ferreira", "Kowalczyk", "Traoré", "Ben Saïd", "Da Silva",
    "Mercier", "Moreau", "Perrin", "Chevalier", "Besnard", "Aubry", "Lesage", "Marécaux",
    "Dutilleul", "Fléchelle", "Ghesquière", "Honoré",
)
FEMALE: tuple[str, ...] = (
    "Hélène", "Élodie", "Chloé", "Maëlle", "Anaïs", "Cécile", "Noémie", "Léa", "Inès",
    "Zoé", "Amélie", "Bérénice", "Clémence", "Gaëlle", "Héloïse", "Joëlle", "Mélanie",
    "Océane", "Séverine", "Thérèse", "Valérie", "Agnès", "Aurélie", "Françoise",
    "Mathilde", "Camille", "Sarah", "Fatou", "Yasmina", "Linh", "Nadia", "Solène",
    "Émilie", "Estelle", "Raphaëlle", "Maïté", "Margaux", "Josiane", "Lucie", "Ophélie",
)
MALE: tuple[str, ...] = (
    "François", "Jérôme", "Benoît", "Clément", "Loïc", "Mickaël", "Raphaël", "Théo",
    "Gaëtan", "Joël", "Stéphane", "Sébastien", "Grégoire", "Rémi", "Aurélien", "Cédric",
    "Étienne", "Jérémy", "Léon", "Maël", "Anatole", "Yannick", "Karim", "Mamadou",
    "Thierry", "Didier", "Fabrice", "Xavier", "Bastien", "Quentin", "Adrien", "Ahmed",
    "Minh", "Hugues", "Lucien", "Noah", "Mathéo", "Antoine", "Ludovic", "Oscar",
)
TOWNS: tuple[tuple[str, str], ...] = (
    ("Lisière", "59900"), ("Marcq-en-Lisière", "59910"), ("Saint-Aubin-des-Prés", "59920"),
    ("Haubourg-la-Rivière", "59930"), ("Vallon-sur-Aune", "59940"),
    ("Bréval-les-Étangs", "59950"), ("Coudray-Saint-Léger", "59960"),
    ("Œillet-la-Forêt", "59970"), ("Fresnoy-le-Moulin", "59980"),
    ("Sainte-Cécile-du-Canal", "59990"),
)
STREETS: tuple[str, ...] = (
    "rue Victor-Hugo", "rue des Tisserands", "avenue de la Gare", "rue Pasteur",
    "chemin du Halage", "rue de l'Égalité", "place du Marché", "rue Jean-Jaurès",
    "rue des Écoles", "boulevard de la Liberté", "allée des Peupliers", "rue du Moulin",
    "impasse des Forgerons", "rue de la Fonderie", "rue Émile-Zola", "rue des Canonniers",
    "quai de l'Aune", "rue Pierre-et-Marie-Curie", "rue du Béguinage", "rue de la Coopération",
    "rue des Hortillonnages", "place de l'Hôtel-de-Ville", "rue du Four-à-Chaux",
)
_MAIL_DOMAINS = ("example.org", "example.net", "example.com")


@lru_cache(maxsize=4096)  # a few hundred distinct names, slugged 50,000 times
def slug(text: str) -> str:
    """ASCII, lower-case, hyphenated: ``"Œillet-la-Forêt"`` → ``"oeillet-la-foret"``."""
    folded = fold(text).replace("'", "-").replace(" ", "-")
    kept = "".join(ch for ch in folded if ch.isalnum() or ch == "-")
    return "-".join(part for part in kept.split("-") if part)


@dataclass(frozen=True)
class Person:
    """A fictional natural person, not yet a member."""

    name: str
    first_name: str
    female: bool
    email: str
    phone: str
    address: str
    birth_date: date


class PeopleFactory:
    """Draws people and addresses from one seeded random generator.

    Args:
        rng: the only source of randomness (same seed, same people).
        today: the reference date ages are computed from.
    """

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self._emails: set[str] = set()  # membership tests only: never iterated

    def address(self, town: tuple[str, str] | None = None) -> str:
        """A postal address in the region, e.g. ``"12 rue Pasteur, 59940 Vallon-sur-Aune"``."""
        rng = self.rng
        city, code = town or rng.choice(TOWNS)
        number = rng.randint(1, 180)
        suffix = " bis" if rng.random() < 0.04 else ""
        return f"{number}{suffix} {rng.choice(STREETS)}, {code} {city}"

    def phone(self, mobile: bool = True) -> str:
        """A number in a range reserved for fiction."""
        tail = self.rng.randrange(10_000)
        head = "06 39 98" if mobile else "01 99 00"
        return f"{head} {tail // 100:02d} {tail % 100:02d}"

    def email(self, first_name: str, name: str) -> str:
        """A unique address ``prenom.nom@example.org`` (a number is added for homonyms)."""
        base = f"{slug(first_name)}.{slug(name)}".replace("-.", ".")
        domain = self.rng.choice(_MAIL_DOMAINS)
        candidate, n = f"{base}@{domain}", 1
        while candidate in self._emails:
            n += 1
            candidate = f"{base}{n}@{domain}"
        self._emails.add(candidate)
        return candidate

    def organisation_email(self, label: str) -> str:
        """``contact@<slug>.example`` for a legal entity."""
        words = slug(label).split("-")
        while len(words) > 2 and len("-".join(words)) > 28:  # a short, readable domain
            words.pop()
        candidate = f"contact@{'-'.join(words)}.example"
        self._emails.add(candidate)
        return candidate

    def person(self, *, min_age: int = 19, max_age: int = 82, surname: str = "") -> Person:
        """A person with a birth date between ``min_age`` and ``max_age`` years ago."""
        rng = self.rng
        female = rng.random() < 0.5
        first = rng.choice(FEMALE if female else MALE)
        name = surname or rng.choice(SURNAMES)
        days = rng.randint(min_age * 365 + 30, max_age * 365 + 300)
        return Person(
            name=name,
            first_name=first,
            female=female,
            email=self.email(first, name),
            phone=self.phone(mobile=rng.random() < 0.85),
            address=self.address(),
            birth_date=self.today - timedelta(days=days),
        )

    @staticmethod
    def gendered(function: str, female: bool) -> str:
        """``"Directeur/Directrice"`` → the form that matches the person."""
        masculine, _, feminine = function.partition("/")
        return feminine if female and feminine else masculine

    def day_between(self, start: date, end: date) -> date:
        """A uniformly drawn day in ``[start, end]`` (``start`` if the range is empty)."""
        span = (end - start).days
        return start + timedelta(days=self.rng.randint(0, span)) if span > 0 else start
