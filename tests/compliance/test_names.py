"""Names found in posts are matched to releases despite case, accents and nicknames."""

import pytest

from compliance.names import matches

RELEASE = ["Sofía Martínez", "Sofi", "#FuerzaSofia"]


@pytest.mark.parametrize(
    "found",
    ["Sofia", "SOFÍA", "sofia", "#FuerzaSofia", "#TeamSofia", "Martinez", "Sofi"],
)
def test_it_matches_a_release_name(found):
    assert matches(found, RELEASE)


@pytest.mark.parametrize("found", ["Sonia", "#TeamMateo", "Team", "#Strong"])
def test_it_does_not_match_other_names(found):
    assert not matches(found, RELEASE)


@pytest.mark.parametrize(
    ("found", "name"),
    [("Bill", "William Hart"), ("Pepe", "José Luis Ramos"), ("Lupita", "Guadalupe Cruz")],
)
def test_it_matches_common_nicknames(found, name):
    assert matches(found, [name])
