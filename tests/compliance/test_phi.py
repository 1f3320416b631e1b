"""The PHI scanner: patient stories and their identifiers on one side; staff, the
hospital's own details, public figures, conditions, events and statistics on the other."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest

from compliance.phi import (
    TYPES,
    Finding,
    OrgContext,
    ScanResult,
    default_context,
    rule_findings,
    scan,
)
from socialcare.models import Organisation

HOSPITAL = OrgContext(
    name="Riverside Children's Hospital",
    phone_numbers=("(555) 010-2000", "555-010-2099"),
    addresses=("100 Main Street, Springfield, IL 62701",),
    domains=("riversidechildrens.org",),
    handles=("RiversideKids",),
)


def _scan(text: str) -> ScanResult:
    return scan(text, context=HOSPITAL)


def _found(text: str, kind: str | None = None) -> list[str]:
    return [f.text for f in _scan(text).findings if kind is None or f.type == kind]


# --- Patient stories ------------------------------------------------------------------------


def test_it_finds_a_patients_name_after_a_story_cue():
    result = _scan("Little Ava went home today after 43 days in our NICU")

    assert result.patient_specific
    assert [(f.type, f.text) for f in result.findings] == [("NAME", "Ava")]
    assert "Little" in result.findings[0].reason


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Welcome to the world, Mateo!", "Mateo"),
        ("Grace, 4, rang the bell this morning!", "Grace"),
        ("Hope went home today after 3 weeks in the PICU.", "Hope"),
        ("Will is finally cancer-free!", "Will"),
        ("Our patient Jayden Martinez is heading home!", "Jayden Martinez"),
        ("Happy 1st birthday to our NICU grad, Isabella!", "Isabella"),
        ("Meet 8-year-old Sophia, who just rang the bell!", "Sophia"),
        ("Mrs. Evelyn Carter thanked our nurses with cookies.", "Evelyn Carter"),
    ],
)
def test_it_finds_patient_names_in_many_shapes(text, name):
    result = _scan(text)

    assert result.patient_specific
    assert name in [f.text for f in result.findings if f.type == "NAME"]


def test_it_finds_a_patients_relatives():
    result = _scan("Maria's husband Tom brought cupcakes for the whole unit.")

    assert result.patient_specific
    assert _found("Maria's husband Tom brought cupcakes.", "NAME") == ["Maria", "Tom"]
    assert "relative" in result.findings[1].reason


@pytest.mark.parametrize(
    "text", ["Cheering on #TeamJayden today! 💙", "#AvaStrong", "Fuerza! #FuerzaSofia", "#teamliam"]
)
def test_it_reports_the_whole_hashtag_that_carries_a_patients_name(text):
    result = _scan(text)

    assert result.patient_specific
    [finding] = result.findings
    assert finding.type == "NAME"
    assert finding.text.startswith("#")
    assert text[finding.start : finding.end] == finding.text


@pytest.mark.parametrize("text", ["#FluFighters #HandWashing", "Go #TeamRiverside!", "#NursesWeek"])
def test_it_leaves_campaign_hashtags_alone(text):
    assert _scan(text) == ScanResult(patient_specific=False, findings=[])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("little ava went home today!! so proud of her", "ava"),
        ("so happy for lucas!!! he finally got to go home after 6 weeks", "lucas"),
        ("welcome to the world baby mila!! born at 3lbs 4oz", "mila"),
    ],
)
def test_it_catches_lower_case_names_when_the_story_says_so(text, name):
    assert name in _found(text, "NAME")


def test_it_reads_spanish_patient_stories():
    result = _scan("La pequeña Valentina salió hoy de la UCI neonatal.")
    assert result.patient_specific
    assert _found("La pequeña Valentina salió hoy de la UCI neonatal.", "NAME") == ["Valentina"]

    story = "Nuestra paciente Guadalupe, de 92 años, nació el 3 de junio de 1932."
    assert _found(story, "NAME") == ["Guadalupe"]
    assert _found(story, "AGE") == ["92 años"]
    assert _found(story, "DATE") == ["3 de junio de 1932"]


def test_it_does_not_flag_a_nameless_story_without_identifiers():
    # No Safe Harbor identifier, so nobody is identified (tests/data/build_phi_dev.py, rule a).
    result = _scan("Our youngest patient went home today after 120 days in the NICU 💙")

    assert not result.patient_specific
    assert result.findings == []


def test_it_flags_a_nameless_story_once_it_carries_an_identifier():
    assert _found("Our oldest patient of the year was 107. Her secret? Greens.", "AGE") == ["107"]
    assert _found("The little guy in Rm 4B-12 went home today!", "OTHER_ID") == ["4B-12"]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The oldest patient we saw for a hip fracture this winter was 98. She walked out.", "98"),
        ("Ice storm update: we treated 14 people for falls overnight, the oldest 94.", "94"),
        ("Five of our dialysis patients have reached 100, the oldest to 103!", "103"),
    ],
)
def test_the_age_of_the_oldest_of_a_group_identifies_someone(text, age):
    result = _scan(text)

    assert result.patient_specific
    assert age in [f.text for f in result.findings if f.type == "AGE"]


def test_the_oldest_things_are_not_ages():
    assert _found("We planted the oldest 100 trees in the county with our volunteers.") == []


def test_it_reads_shouted_posts():
    assert _found("WELCOME TO THE WORLD, MATEO!", "NAME") == ["MATEO"]


# --- Names that are also words ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hope is on the way: our new cancer center opens soon.",
        "Grace under pressure: our ER team handled 300 patients on Saturday.",
        "Will you join us for the Heart Walk on Saturday?",
        "Bring joy to a child this holiday season: donate a toy.",
        "Summer safety tips: wear sunscreen and stay hydrated.",
        "Registration for Camp Hope closes soon.",
        "Paz y salud para todos en este año nuevo.",
        "Luz verde para nuestra nueva clínica en el centro.",
        "Rose Bowl parade float features our NICU nurses!",
        "Patients in our care get a warm welcome home kit.",
        "Little League players visited our patients today.",
        "Faith, family and community: that is what we are about.",
    ],
)
def test_it_does_not_read_common_words_as_names(text):
    assert _scan(text) == ScanResult(patient_specific=False, findings=[])


def test_a_known_false_alarm_of_the_verdict_shows_only_what_the_tagger_read():
    # The rules find nothing; the verdicts trained on 52 and 59 sets ask about it (0.21
    # and 0.22) and show the word the tagger took for a name (docs/compliance.md, "Fifty-nine
    # sets"). The models trained on 45 sets and fewer cleared it. "Faith, family and
    # community" was asked about in the same way by the 52-set models; the 59-set ones
    # clear it (`test_it_does_not_read_common_words_as_names`).
    text = "Thank you to the Lindqvist family for a decade of support!"
    assert rule_findings(text, HOSPITAL) == []

    assert _found(text) == ["Lindqvist"]


# --- Staff, public figures, conditions, donors ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Join Dr. Patel for a free heart health talk on Thursday.",
        "Nurse Kim has been with our NICU for 20 years. Thank you, Kim!",
        "Maria Lopez, RN, was named our DAISY Award winner this month.",
        "Our chaplain is available for patients and families day and night.",
        "Meet our new CEO, Jennifer Adams, who joins us from Boston.",
        "Meet Jennifer, our NICU nurse manager. She has worked here for 15 years.",
        "Congratulations to Maria on 25 years of service!",
        "Welcome Dr. Sofia Ramirez, our new pediatric cardiologist!",
        "Our volunteer Rose knits hats for every baby in the NICU.",
        "Kudos to Brian, our security officer, for helping a lost visitor.",
        "Meet Bella, our therapy dog, every Tuesday in the lobby.",
        "Congratulations to our nursing graduates: Ashley, Brandon and Maria!",
        "La Dra. Martínez habla sobre la diabetes este jueves.",
        "Nuestra enfermera Luz lleva 20 años cuidando a los pacientes.",
        "Nuestro capellán, el padre Miguel, ofrece misa los domingos.",
    ],
)
def test_it_does_not_report_staff(text):
    assert _scan(text) == ScanResult(patient_specific=False, findings=[])


def test_it_tells_a_patient_from_a_staff_member_after_meet():
    assert _scan("Meet Ava! She spent 43 days in our NICU and is now thriving.").patient_specific
    assert not _scan("Meet Dr. Smith! He has been a surgeon here since 2005.").patient_specific


def test_it_reports_the_patient_but_not_the_nurse_in_one_sentence():
    text = "Thank you Nurse Jessica for taking such good care of our daughter Maya!"

    assert _found(text, "NAME") == ["Maya"]


@pytest.mark.parametrize(
    "text",
    [
        "Florence Nightingale changed nursing forever. Happy Nurses Week!",
        "Today we honor Dr. Martin Luther King Jr. and his dream. #MLKDay",
        "LeBron James visited the kids at our hospital today!",
        "President Lincoln signed the act in 1862.",
        "Dolores Huerta visited our clinic to talk about farmworker health.",
        "Happy Valentine's Day and Happy St. Patrick's Day from all of us!",
        "Happy Birthday to Dr. Seuss! Celebrate Read Across America with us.",
        "Hurricane Milton update: all clinics open normal hours.",
    ],
)
def test_it_does_not_report_public_figures_or_holidays(text):
    assert _scan(text) == ScanResult(patient_specific=False, findings=[])


@pytest.mark.parametrize(
    "text",
    [
        "Living with Parkinson's? Join our support group every Tuesday.",
        "Crohn's and colitis awareness week starts Monday.",
        "World Down Syndrome Day: rock your socks!",
        "Hodgkin lymphoma is one of the most curable cancers.",
        "Learn the early signs of Alzheimer's disease.",
        "Tourette's, Asperger's, Graves' disease and Hashimoto's thyroiditis: know the facts.",
        "Lou Gehrig's disease (ALS) affects thousands of Americans.",
        "Addison's disease and Cushing's syndrome both involve the adrenal glands.",
        "La enfermedad de Parkinson afecta el movimiento.",
    ],
)
def test_it_does_not_report_eponymous_conditions(text):
    assert _scan(text) == ScanResult(patient_specific=False, findings=[])


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the generosity of John and Mary Smith, the Smith Family Pavilion is open.",
        "Ronald McDonald House is a home away from home for families.",
        "Our Cancer Center was named after Dorothy and Sam Weiss, longtime donors.",
        "Grab a coffee at the Jackson Cafe in the main lobby.",
        "The Parker Family Foundation donated 200 car seats.",
    ],
)
def test_it_does_not_report_donors_or_buildings_named_after_people(text):
    assert _scan(text) == ScanResult(patient_specific=False, findings=[])


# --- Dates and ages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ava was born on June 3 at just 24 weeks.", "June 3"),
        ("He was admitted on March 3 and went home two weeks later.", "March 3"),
        ("Patient: Rosa M., DOB 3/4/1931.", "3/4/1931"),
        ("Baby Nevaeh arrived 10 weeks early on 2/14.", "2/14"),
        ("La bebé Luna nació el 2 de febrero.", "2 de febrero"),
        ("Ava was born on June third and went home in July.", "June third"),
    ],
)
def test_it_reports_dates_tied_to_a_patient(text, date):
    assert date in _found(text, "DATE")


@pytest.mark.parametrize(
    "text",
    [
        "Join us for a free heart health talk on June 3 at 6 p.m.",
        "Flu shots available Tuesday, Oct. 15 from 9 a.m. to noon.",
        "October is Breast Cancer Awareness Month. Schedule your mammogram today.",
        "June 5 is National Cancer Survivors Day. We celebrate every survivor.",
        "Clinic hours: Mon-Fri 8-5, Sat 9-12. Closed July 4.",
        "Únete a nuestra feria de salud el 5 de mayo en el parque.",
        "Our hospital opened on June 1, 1925.",
    ],
)
def test_it_does_not_report_event_dates(text):
    assert _found(text, "DATE") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Happy birthday to our 102-year-old patient!", "102-year-old"),
        ("Our patient Dorothy turned 95 last week.", "95"),
        ("Doña Dolores cumplió 97 años en nuestra unidad.", "97 años"),
        ("Mr. Johnson, aged 93, walked out on his own.", "93"),
        ("Grandpa Joe celebrated his 99th birthday on 4 North!", "99th birthday"),
    ],
)
def test_it_reports_ages_over_89(text, age):
    result = _scan(text)

    assert result.patient_specific
    assert age in [f.text for f in result.findings if f.type == "AGE"]


@pytest.mark.parametrize(
    "text",
    [
        "1 in 3 adults over 65 will fall this year. Learn how to prevent falls.",
        "People aged 90 and older are the fastest growing age group.",
        "Our 89-year-old patient loves crosswords.",
        "Our hospital turns 100 this year! Celebrating 100 years of care.",
        "Adults 90+ are at higher risk of falls.",
    ],
)
def test_it_does_not_report_ages_of_89_or_statistics(text):
    assert _found(text, "AGE") == []


# --- Structured identifiers ------------------------------------------------------------------


def test_it_finds_a_pasted_record_and_room_number():
    result = _scan("Patient MRN 00482913 in room 4B needs a release form")

    assert result.patient_specific
    assert [(f.type, f.text) for f in result.findings] == [("MRN", "00482913"), ("OTHER_ID", "4B")]
    assert _found("Paciente en cama 7, expediente 00112233.") == ["7", "00112233"]


def test_it_does_not_report_conference_rooms():
    assert _found("Blood drive Friday in Conference Room 2B. Sign up today!") == []


def test_it_reports_phone_numbers_that_are_not_the_hospitals():
    text = "Text Ava's dad at 617-555-0134 to help with meals."

    assert _found(text, "PHONE") == ["617-555-0134"]


def test_it_reports_fax_numbers():
    assert _found("Fax her records to 617-555-0188.", "FAX") == ["617-555-0188"]


@pytest.mark.parametrize(
    "text",
    [
        "In a crisis, call or text 988. For emergencies, dial 911.",
        "Questions? Call 1-800-555-0199 any time.",
        "Call us at (555) 010-2000 or fax 555-010-2099.",
        "Llame al (555) 010-2000 para hacer una cita.",
    ],
)
def test_it_does_not_report_national_lines_or_the_hospitals_numbers(text):
    assert _scan(text) == ScanResult(patient_specific=False, findings=[])


def test_it_reports_personal_email_but_not_the_hospitals_or_a_role_mailbox():
    text = "Email ava.smith@gmail.com, news@riversidechildrens.org or press@otherhealth.org"

    assert _found(text) == ["ava.smith@gmail.com"]


def test_it_reports_an_e_mail_address_written_to_dodge_robots():
    assert _found("Email her mom at jess.m [at] gmail [dot] com", "EMAIL") == [
        "jess.m [at] gmail [dot] com"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Our Chandler campus is now open.",
        "Charlotte, Raleigh and Durham families: new urgent care hours start today.",
        "Our hospital serves patients from Fresno, Clovis and Madera.",
    ],
)
def test_it_reads_place_names_that_are_also_first_names_as_places(text):
    assert _found(text, "NAME") == []


def test_it_reports_personal_pages_but_not_other_links():
    text = (
        "Updates at caringbridge.org/visit/avasjourney and https://gofundme.com/f/ava-strong; "
        "flu facts at cdc.gov/flu and https://www.riversidechildrens.org/flu"
    )

    assert _found(text, "URL") == [
        "caringbridge.org/visit/avasjourney",
        "https://gofundme.com/f/ava-strong",
    ]


def test_it_reports_ip_addresses_but_not_version_numbers():
    assert _found("The portal logged 10.0.0.45 and 2001:db8::ff00:42:8329.", "IP") == [
        "10.0.0.45",
        "2001:db8::ff00:42:8329",
    ]
    assert _found("Version 10.2.1.4 of our app is now available.") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("SSN 123-45-6789 was on the form.", "SSN", "123-45-6789"),
        ("Member ID XJH123456789 was on the card.", "HEALTH_PLAN", "XJH123456789"),
        ("Her Medicaid ID is 99812234A.", "HEALTH_PLAN", "99812234A"),
        ("Número de póliza 88812345.", "HEALTH_PLAN", "88812345"),
        ("Patient account # 7781-2231-09 has a balance.", "ACCOUNT", "7781-2231-09"),
        ("Driver's license D1234567 was found in the lobby.", "LICENSE", "D1234567"),
        ("Her plate number 7ABC123 was noted by security.", "VEHICLE", "7ABC123"),
        ("VIN 1HGCM82633A004352 on the crashed car.", "VEHICLE", "1HGCM82633A004352"),
        ("Serial number of his pacemaker: 4X-77821-Q9", "DEVICE", "4X-77821-Q9"),
        ("Case number 2024-88123 is closed.", "OTHER_ID", "2024-88123"),
    ],
)
def test_it_reports_structured_identifiers(text, kind, value):
    result = _scan(text)

    assert result.patient_specific
    assert (kind, value) in [(f.type, f.text) for f in result.findings]


def test_it_reports_small_geography_of_a_patient():
    text = "He lives at 42 Oak Street, Apt 3, Springfield, IL 62704."
    assert _found(text, "GEO") == ["42 Oak Street, Apt 3", "62704"]

    story = "Ava Martinez, 6, from Fresno, beat leukemia."
    assert _found(story, "GEO") == ["Fresno"]


def test_it_leaves_the_hospitals_own_details_alone():
    text = (
        "Find us at 100 Main Street, Springfield, IL 62701; the front desk is (555) 010-2000, "
        "e-mail ava.r@riversidechildrens.org or follow @RiversideKids."
    )

    assert _scan(text) == ScanResult(patient_specific=False, findings=[])
    # Without the hospital's details, the same post is full of identifiers.
    others = [f.type for f in scan(text, context=OrgContext()).findings]
    assert others == ["GEO", "GEO", "PHONE", "EMAIL"]


def test_it_takes_a_call_to_action_number_for_the_hospitals_line():
    text = "Call (617) 555-0134 to book your mammogram."

    assert _scan(text).findings == []
    assert _found("Call Ava's mom at (617) 555-0134.", "PHONE") == ["(617) 555-0134"]


def test_it_leaves_allowed_names_alone():
    context = OrgContext(name="Riverside", allowed_names=("Rocky",))

    assert scan("Go Rocky! Our mascot cheered on the walkers.", context=context).findings == []


def test_it_mentions_a_photo_in_a_patient_story():
    text = "Little Ava (pictured with her mom) went home today."

    assert ("PHOTO", "pictured with") in [(f.type, f.text) for f in _scan(text).findings]
    assert _found("Pictured: our new da Vinci surgical robot.") == []


# --- Health tips and the shape of the result ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wash your hands for 20 seconds. #FluSeason #HealthTips",
        "Did you know? Patients who walk after surgery recover faster.",
        "Our maternity unit delivered 3,000 babies last year!",
        "Kids ages 6 months and older should get a flu shot.",
        "Octubre es el mes de concientización sobre el cáncer de mama.",
        "",
        "   ",
    ],
)
def test_it_finds_nothing_in_health_tips(text):
    assert _scan(text) == ScanResult(patient_specific=False, findings=[])


MIXED = (
    "🎉 Welcome to the world, Sofía! Born 4/2 to proud mom Ana (ana.r@gmail.com, 617-555-0134). "
    "#TeamSofia Room 4B, MRN 00482913. Great-grandma Rosa, 101, met her today. "
    "Thank you Dr. Patel and Nurse Kim! Call (555) 010-2000 with questions."
)


def test_it_gives_exact_offsets():
    findings = _scan(MIXED).findings

    assert len(findings) >= 9
    for f in findings:
        assert MIXED[f.start : f.end] == f.text
        assert f.type in TYPES


def test_it_returns_findings_sorted_and_without_overlaps():
    findings = _scan(MIXED).findings

    assert findings == sorted(findings, key=lambda f: f.start)
    for before, after in itertools.pairwise(findings):
        assert before.end <= after.start


def test_it_explains_each_finding_in_one_plain_sentence():
    jargon = ("phi", "hipaa", "safe harbor", "regex", "token", "span", "ner", "164.514", "match")
    for f in _scan(MIXED).findings:
        words = set(f.reason.lower().replace(".", " ").replace(",", " ").split())
        assert f.reason[0].isupper() and f.reason.endswith(".")
        assert f.reason.count(". ") == 0
        assert not words & set(jargon), f.reason


def test_it_returns_frozen_results():
    finding = _scan("Welcome to the world, Mateo!").findings[0]

    assert isinstance(finding, Finding)
    with pytest.raises(AttributeError):
        finding.text = "x"  # type: ignore[misc]


# --- The organisation's details and speed ---------------------------------------------------


@pytest.mark.django_db
def test_it_reads_the_organisations_details_from_the_database():
    Organisation.objects.update_or_create(
        pk=1, defaults={"name": "Grace Regional Hospital", "x_handle": "GraceRegional"}
    )
    organisation = Organisation.objects.get(pk=1)
    for field, value in {"phone_numbers": "(555) 010-2000", "domains": "grace.example"}.items():
        if hasattr(organisation, field):
            setattr(organisation, field, value)
    organisation.save()

    context = default_context()

    assert context.name == "Grace Regional Hospital"
    assert "graceregional" in context.handle_names
    assert scan("We love Grace! Follow @GraceRegional").findings == []


def test_it_falls_back_to_an_empty_context_without_a_database():
    # No django_db mark: pytest-django refuses database access here.
    assert default_context() == OrgContext()


def test_it_reads_an_organisation_with_or_without_contact_fields():
    class Old:
        name = "General Hospital"
        x_handle = "GeneralHospital"

    class New(Old):
        phone_numbers = "(555) 010-2000\n555 010 2001"
        addresses = "1 Care Way, Springfield, IL 62701"
        domains = "https://www.general.example/\n"
        handles = "@GeneralKids"

    assert OrgContext.from_organisation(Old()).handle_names == {"generalhospital"}
    context = OrgContext.from_organisation(New())
    assert context.phone_digits == {"5550102000", "5550102001"}
    assert context.domain_names == {"general.example"}
    assert context.handle_names == {"generalhospital", "generalkids"}


def test_it_loads_nothing_heavy_at_import():
    code = (
        "import sys; import compliance.phi as phi; "
        "assert phi._first_names.cache_info().currsize == 0; "
        "assert 'phonenumbers' not in sys.modules; print('ok')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)

    assert done.stdout.strip() == "ok", done.stderr


# --- The same person throughout a post --------------------------------------------------------


def test_it_reports_every_mention_of_a_patients_name():
    text = "Grace was 6 when she was diagnosed. Today she rang the bell! Grace, we are so proud."

    assert _found(text, "NAME") == ["Grace", "Grace"]


def test_it_carries_a_name_from_a_hashtag_to_the_text_and_back():
    assert _found("Welcom home jayden!!! 53 days in the PICU #TeamJayden", "NAME") == [
        "jayden",
        "#TeamJayden",
    ]
    text = "Fly high, Lily. Her family asks that you support #LilysLegacy."
    assert _found(text, "NAME") == ["Lily", "#LilysLegacy"]


def test_the_first_explained_mention_decides_who_a_name_belongs_to():
    spotlight = "Conoce a la enfermera Lupita: 25 años en nuestra UCI. ¡Gracias, Lupita!"
    assert _scan(spotlight).findings == []
    staff_family = "Nurse Kim and her daughter Lily ran the 5K together. Lily is 9!"
    assert _scan(staff_family).findings == []
    assert _found("Our patient Tom is home. Thanks, Tom!", "NAME") == ["Tom", "Tom"]


def test_a_name_listed_with_a_patients_name_is_a_name_too():
    assert _found("Hope and Liam, our twin preemies, went home today.", "NAME") == ["Hope", "Liam"]


def test_an_unknown_word_after_a_greeting_counts_once_the_post_names_a_patient():
    text = "Shout out to Boomer for walking 2 miles in cardiac rehab! His wife Linda cheered."

    assert _found(text, "NAME") == ["Boomer", "Linda"]
    assert _found("Shout out to Boomer for the great coffee!", "NAME") == []


# --- More shapes of patients' names ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("when ur patient (hi Mrs. Park!!) beats you at Wordle", "Park"),
        ("Paging Mr. Sunday! He wants his pudding.", "Sunday"),
        ('Baby "Peanut" hit 4 lbs today!', "Peanut"),
        ("RIP Big Tony, the best storyteller 3 West ever had.", "Tony"),
        ("Coach Randy Fields is in stable condition tonight.", "Randy Fields"),
        ("Rosario y su esposo Manuel celebraron 60 años de casados.", "Rosario"),
        ("Thank you to Tyler and his mom for the card!", "Tyler"),
        ("Happy birthday to Madison! Cancer-free at 5.", "Madison"),
        ("Milagros, nuestra milagrito, ya está en casa.", "Milagros"),
        ("D'Andre scored his first goal since his knee surgery.", "D'Andre"),
        ("Baby Boy G is home and so loved.", "G"),
        ("kenji is out of the ICU and onto the floor!!!", "kenji"),
        ("el pequeño jesús (sí, como el del nacimiento) salió hoy de la UCIN", "jesús"),
        ("Thank you for letting us share Ella's story.", "Ella"),
        ("JAYLEN IS GOING HOME!!!!!", "JAYLEN"),
        ("Thank you, Maria, for the cookies for our night shift nurses!", "Maria"),
    ],
)
def test_it_finds_names_in_more_shapes(text, name):
    assert name in _found(text, "NAME")


def test_it_finds_a_familys_surname():
    text = "Prayers for the Larsen family tonight. Their daughter Abby is in our PICU."

    assert _found(text, "NAME") == ["Larsen", "Abby"]
    assert _found("Gracias a la familia Ramírez de Brooklyn Park por los tamales.", "NAME") == [
        "Ramírez"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pt: HERNANDEZ, MARIA L  DOB 04/12/1958  Rm 418", "HERNANDEZ, MARIA L"),
        ("Census: 4102 - Garcia, M (CHF); 4104 - Nguyen, T (PNA)", "Garcia, M"),
        ("Case# RRMC-2024-00918 (Olsen): consent form pending", "Olsen"),
        # one bed or a patient label, the surname first, in any case
        ("pasted by mistake: 'bed 6 - kowalczyk, d. - 93 M - post-op day 1'", "kowalczyk, d"),
        ("pte: villanueva r., 91 a, cama 4, hija en la sala", "villanueva r"),
        ("draft note: pt okafor, c. 94F, bed 2, c/o dizziness", "okafor, c"),
        ("bed 9 - delacroix, marie-therese - mrn 00-4471-2 - NPO", "delacroix, marie-therese"),
        (
            "Help desk: Patient DOLORES AMBRIZ called from home to reset her portal password.",
            "DOLORES AMBRIZ",
        ),
    ],
)
def test_it_finds_names_written_as_in_a_chart(text, name):
    assert name in _found(text, "NAME")


@pytest.mark.parametrize(
    "text",
    [
        "PT education, i.e. how to use a walker, is on Tuesdays in the rehab gym.",
        "Patient EXPERIENCE WEEK starts Monday: thank a nurse!",
    ],
)
def test_chart_labels_alone_name_nobody(text):
    assert _found(text, "NAME") == []


def test_an_ip_address_at_the_end_of_a_sentence_is_an_ip_address_not_a_phone():
    text = "Portal log: account locked after 5 tries from IP 73.202.18.44. Patient called back."

    assert _found(text, "IP") == ["73.202.18.44"]
    assert _found(text, "PHONE") == []


@pytest.mark.parametrize(
    "text",
    [
        "Volunteer spotlight: Ruth, 92, has knitted 1,200 baby hats for our NICU.",
        "Conoce a Esperanza, nuestra perrita de terapia.",
        "Gracias a la Fundación Familia Reyes por la nueva sala de juegos.",
        "Alzheimer's caregiver support group meets every second Wednesday.",
        "'Sí se puede.' ¡Qué bueno verlos a todos en la feria de salud!",
        "Ella salió del hospital ayer con su mamá.",
        "Our Astronaut Club meets on Tuesdays.",
        "Congrats to Keisha on passing her CCRN exam!",
        "Kudos to Tom in Biomed for fixing the infusion pumps.",
        "This is Marisol. She's been cooking in our cafeteria since 1995.",
        "Thanks to Jim Peterson for organizing the toy drive.",
        "Thank you Kevin for your hard work this weekend!",
        "Twins catcher Ryan Jeffers visited the kids on 6 South today.",
        "Happy birthday to Clara Barton, founder of the American Red Cross!",
        "Selena Quintanilla would have turned 53 today.",
        "Clinic hours: Mon - Fri, 8 - 5.",
        "Respiratory therapist Will Chen won the RT Award! Will has been with us since 2008.",
        "Support #HopeForHearts this February.",
    ],
)
def test_it_leaves_pseudonyms_staff_donors_and_public_figures_alone(text):
    assert _scan(text) == ScanResult(patient_specific=False, findings=[])


def test_a_pseudonym_is_never_highlighted():
    # The verdict model reads a patient's story and asks about it, with nothing highlighted
    # (a false alarm by the labelling rules; docs/compliance.md).
    result = _scan("Meet 'Sarah' (not her real name): at 34, she ignored chest pain for weeks.")

    assert result.findings == []


def test_a_spanish_volunteer_spotlight_is_cleared():
    # The rules know doña Chelo as a volunteer and find nothing. The tagger reads "Chelo"
    # as a name and her age; the verdict models have gone back and forth on her (those
    # trained on 24 and 31 sets asked for a check, 38 sets cleared her, 45 and 52 sets
    # asked again, 59 sets clear her at 0.01; docs/compliance.md).
    text = "Voluntaria del mes: doña Chelo, de 91 años, teje gorritos para la UCIN."
    assert rule_findings(text, HOSPITAL) == []

    assert _scan(text) == ScanResult(patient_specific=False, findings=[])


def test_a_staff_shout_out_may_be_asked_about_but_staff_is_never_highlighted():
    # In the labelled sets most shout-outs are about patients, so the verdict model asks
    # for a check on this one (a false alarm, counted in the published precision); the
    # rules know Jayden is staff, so nothing is shown as a patient's name.
    result = _scan("Shoutout to Jayden from Food & Nutrition for the best pancakes!")

    assert result.findings == []


# --- More dates and ages -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Joy decided to arrive on Valentine's Day!", "Valentine's Day"),
        ("Walt passed away peacefully on Christmas morning.", "Christmas"),
        ("Nacieron el 8 de marzo, Día de la Mujer.", "8 de marzo"),
        ("Nacieron el 8 de marzo, Día de la Mujer.", "Día de la Mujer"),
        ("Discharge day 12/23 for our friend in room 3B!", "12/23"),
        ("Mike was hurt in the warehouse fire in January.", "January"),
        ("Hannah turns 8 on March 21, which is also World Down Syndrome Day!", "March 21"),
        ("Ava came into the world on 3/14 at 2 lbs 1 oz.", "3/14"),
    ],
)
def test_it_reports_more_dates_tied_to_a_patient(text, date):
    assert date in _found(text, "DATE")


@pytest.mark.parametrize(
    "text",
    [
        "12 babies were born on 12/12 in our birth center, a new record!",
        "Aviso: a partir del lunes 13 de enero, solo 2 visitantes por paciente.",
        "Happy Fourth of July from all of us!",
        "In January, our clinic opened a new wing.",
    ],
)
def test_it_does_not_report_dates_of_counts_rules_and_holidays(text):
    assert _found(text, "DATE") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Want to send Mr. Friedman a card for his 100th?", "100th"),
        ("¡Feliz cumpleaños número 100, doña Consuelo!", "100"),
        ("Doña Amparo, 102 años y todavía hace tortillas.", "102"),
        ("Mr. Olsen is 97 and still does crosswords in pen.", "97"),
        ("Frances, now 91, says hello!", "91"),
        ("101 candles for Mr. Lee today!", "101"),
        ("Mr. Patel, who is in his late 90s, beat COVID.", "90s"),
    ],
)
def test_it_reports_more_ages_over_89(text, age):
    assert age in _found(text, "AGE")


@pytest.mark.parametrize(
    "text",
    [
        "Her oxygen was 92 on room air.",
        "The clinic is 90 miles away.",
        "Ava is 95% of the way to her goal.",
    ],
)
def test_it_does_not_read_other_numbers_as_ages(text):
    assert _found(text, "AGE") == []


# --- More identifiers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("it shows MR# 4471920 on the whiteboard", "MRN", "4471920"),
        ("FIN 55120331 | Unit 6W | Bed 22", "ACCOUNT", "55120331"),
        ("La licencia de conducir de la paciente (R445-2291-0034) aparece.", "LICENSE",
         "R445-2291-0034"),
        ("Plate 'GRNDMA1' is in the parking-lot shot.", "VEHICLE", "GRNDMA1"),
        ("Please fax the consent form to the family at 952-555-0164 today", "FAX",
         "952-555-0164"),
        ("Thank you @thebeckerfamily for sharing!", "OTHER_ID", "@thebeckerfamily"),
        ("Follow his journey on Instagram @brave.little.beau", "OTHER_ID", "@brave.little.beau"),
    ],
)  # fmt: skip
def test_it_reports_more_identifiers(text, kind, value):
    assert (kind, value) in [(f.type, f.text) for f in _scan(text).findings]


def test_it_leaves_other_businesses_and_the_hospitals_machines_alone():
    assert _scan(
        "Our friends at Lakeside Pediatric Dentistry (952-555-0160) offer free checkups."
    ) == (ScanResult(patient_specific=False, findings=[]))
    text = "10.14.22.7 is our network, but 24.118.60.201 is Mr. Brandt's home connection."
    assert _found(text, "IP") == ["24.118.60.201"]
    assert _found(text, "PHONE") == _found(text, "DATE") == []


# --- Names that are also public figures, places or Spanish words ------------------------------


def test_a_one_word_public_figure_is_a_patient_only_with_a_patient_cue():
    assert _found("Baby Elsa went home today after 40 days in the NICU!", "NAME") == ["Elsa"]
    assert _found("Ariel, 6, finished her last round of chemo today.", "NAME") == ["Ariel"]
    for text in ("Santa visited the kids on 6 South today!", "Happy birthday, Elvis! 🎸"):
        assert _scan(text) == ScanResult(patient_specific=False, findings=[])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thanks to the family of Austin for the cookies!", "Austin"),
        ("Para ayudar a la familia de Mateo: gofundme.com/f/ayuda-para-mateo", "Mateo"),
        ("Rocío les trajo pan dulce a las enfermeras del 4 Norte.", "Rocío"),
        ("Andrea quiere agradecer a los doctores de urgencias.", "Andrea"),
        ("Big day for Abdirahman: his first steps after spinal surgery!", "Abdirahman"),
        ("nuestro campeón dieguito ya está en casa", "dieguito"),
        ("miss you already, mr. b", "b"),
        ("congrats maddie on ringing that bell", "maddie"),
        (
            "Officer Dave Kline, who was shot Tuesday, is recovering in our trauma ICU.",
            "Dave Kline",
        ),
        ("Congrats to nurse Brianna and her husband Devon on the birth of their son!", "Devon"),
    ],
)
def test_it_finds_names_by_what_is_said_of_them(text, name):
    assert name in _found(text, "NAME")


@pytest.mark.parametrize(
    "text",
    [
        "Un abuelito nos dejó esta nota: 'Gracias por cuidarme como familia.'",
        "Nurse Kim brought cookies for the nurses on 4 West.",
        "so happy for you, mr. president",
        "Meet Jen, our new RN!",
    ],
)
def test_it_does_not_read_these_as_patients(text):
    assert _found(text, "NAME") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sending love to the family of the Coon Rapids toddler hurt in the fire.", "Coon Rapids"),
        ("A baby boy from Fridley was delivered in a car this morning!", "Fridley"),
        ("The 8-year-old from Elk River High who was bitten by a dog is recovering.", "Elk River"),
        ("Update: the Maple Grove man rescued from the ice is awake.", "Maple Grove"),
        ("Eli Thompson (6) from Coon Rapids needs platelets every week.", "Coon Rapids"),
    ],
)
def test_it_reports_the_town_a_patient_comes_from(text, place):
    result = _scan(text)

    assert result.patient_specific
    assert place in [f.text for f in result.findings if f.type == "GEO"]


@pytest.mark.parametrize(
    "text",
    [
        "Families from Anoka County can get free car seats this month.",
        "Residents of Blaine can get flu shots Saturday.",
        "The NICU family celebrated 20 years.",
    ],
)
def test_it_does_not_report_places_of_groups(text):
    assert _scan(text) == ScanResult(patient_specific=False, findings=[])


# --- More dates and identifiers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("A baby girl arrived at 11:59 pm on Dec 31, our last baby of the year!", "Dec 31"),
        ("Nació el 1º de enero a las 12:01, ¡el primer bebé del año!", "1º de enero"),
        ("Happy first birthday to Emma, our NICU grad born 3-14-2023!", "3-14-2023"),
    ],
)
def test_it_reads_birth_times_ordinals_and_dashed_dates(text, date):
    result = _scan(text)

    assert date in [f.text for f in result.findings if f.type == "DATE"]
    assert not [f for f in result.findings if f.type == "PHONE"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her portal username is ava.k2019, please blur it.", "ava.k2019"),
        ("Patient wristband reads 0042-8812-3 in the corner of the photo.", "0042-8812-3"),
    ],
)
def test_it_reports_user_names_and_wristband_numbers(text, value):
    assert ("OTHER_ID", value) in [(f.type, f.text) for f in _scan(text).findings]


@pytest.mark.parametrize(
    "text",
    [
        "Today we honor Florence Nightingale, born May 12, 1820.",
        "The Jackson Heart Study has followed 5,000 participants since 2000.",
    ],
)
def test_it_leaves_historical_dates_and_named_studies_alone(text):
    assert _scan(text) == ScanResult(patient_specific=False, findings=[])


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Photo: Mrs. Chen and her granddaughter Lily on discharge day", "Photo"),
        ("Foto: don Ernesto con sus enfermeras el día de su alta", "Foto"),
        ("Her dad Mark sent us this photo and we're all crying", "photo"),
    ],
)
def test_it_reports_the_word_that_says_a_photo_shows_the_patient(text, cue):
    assert _found(text, "PHOTO") == [cue]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Kelsey and Ryan Becker welcomed River James on 9/12 at 8 lbs even.", "9/12"),
        ("Little Ava went home today, and we will never forget 3/14 either.", "3/14"),
    ],
)
def test_it_reports_day_and_month_dates_in_a_patient_story(text, date):
    assert date in _found(text, "DATE")


def test_it_leaves_day_and_month_dates_of_counts_alone():
    assert _found("12 babies were born on 12/12 in our birth center!", "DATE") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Maria was discharged on the 14th.", "14th"),
        ("Grandpa Joe's heart surgery was on 3-14.", "3-14"),
        ("Ingresó en urgencias el 15/08.", "15/08"),
        ("Fue dada de alta el día 14.", "14"),
        ("The ED team saved their dad's life in March.", "March"),
        ("Pt: JOHNSON, ROBERT | Admit 06/02", "06/02"),
    ],
)
def test_it_reports_partial_dates_after_a_patient_cue(text, date):
    assert date in _found(text, "DATE")


@pytest.mark.parametrize(
    "text",
    ["We offer 24/7 care for kids ages 3-12.", "Visit us on the 3rd floor, open 8-5."],
)
def test_it_leaves_ranges_and_round_the_clock_alone(text):
    assert _found(text, "DATE") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Patel family dropped off samosas for the team who saved their dad's life.", "Patel"),
        ("Felicidades a la familia Morales por su nueva bebé.", "Morales"),
        ("Así llamaron a sus trillizas los papás Pérez.", "Pérez"),
    ],
)
def test_it_reports_family_names_when_a_relative_is_in_the_post(text, name):
    assert name in _found(text, "NAME")


def test_it_leaves_benefactor_family_names_alone():
    text = "The Reyes Heart Institute turns 10. Thank you to the Reyes family for their support."
    assert _found(text, "NAME") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Just ask Leo, 10, who's recovering on our peds floor after a bike crash.", "Leo"),
        ("17-yo Marcus Lee donated his hair after finishing his own treatment here.", "Marcus Lee"),
    ],
)
def test_it_reports_names_given_with_a_young_age(text, name):
    assert name in _found(text, "NAME")


def test_it_leaves_staff_given_with_years_of_service_alone():
    assert _found("Meet Nurse Jasmine, 20 years in our NICU!", "NAME") == []


def test_it_reports_a_name_the_post_speaks_to_in_a_patient_story():
    text = (
        "Today we said goodbye to our longest-staying patient ever: 214 days. "
        "Angel, we'll miss your 3 a.m. jokes"
    )
    assert _found(text, "NAME") == ["Angel"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Pt: DOB 19510417, bed 4", "19510417"),
        ("Fecha de ingreso: 12-ene-2024", "12-ene-2024"),
        ("DOB 17-Apr-1951", "17-Apr-1951"),
        ("Paciente: RUIZ, TOMÁS — Ingreso: 14-feb — Alta: 2-mar", "14-feb"),
        ("Dx 3/2023, now in remission", "3/2023"),
    ],
)
def test_it_reads_chart_style_dates(text, date):
    assert date in _found(text, "DATE")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Nació el Día de San Valentín.", "Día de San Valentín"),
        ("Twin girls on Christmas Eve! Meet Holly & Ivy!", "Christmas Eve"),
    ],
)
def test_it_reports_holidays_a_birth_fell_on(text, date):
    assert date in _found(text, "DATE")


def test_it_reports_the_employer_of_a_patient():
    text = "María trabaja en Taller Ramírez desde 2010 y hoy salió del hospital."
    assert "Taller Ramírez" in _found(text, "NAME")


def test_it_leaves_a_staff_members_employer_alone():
    assert _found("Nurse Kim worked at Mayo Clinic for 10 years.", "NAME") == []


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Grandpa Earl spent 35 years underground for Black Fork Mining and went home today.",
         "Black Fork Mining"),
        ("Doña Refugio trabajó 25 años en la tortillería La Esperanza; hoy salió del hospital.",
         "La Esperanza"),
        ("Don Cirilo trabajó 30 años en la fábrica de Goya y hoy cumple 95.", "Goya"),
        ("Thanks to the crew at Ridgeline Auto Body, who visited Tom every day in our ICU.",
         "Ridgeline Auto Body"),
        ("El agente Rubén Ochoa, de la Patrulla Fronteriza, salió hoy de nuestra UCI.",
         "Patrulla Fronteriza"),
        ("Gracias a los compañeros de Panadería San Juan, que visitaron a Lupe cada día "
         "hasta que salió del hospital.", "Panadería San Juan"),
    ],
)  # fmt: skip
def test_it_reports_an_employer_named_with_years_of_work_a_workplace_or_coworkers(text, employer):
    assert employer in _found(text, "NAME")


def test_a_shift_somewhere_is_no_employer():
    text = "Efrén spent 3 days in our ICU after a 10-hour shift on a roof in Horizon City."
    assert "Horizon City" not in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "age"),
    [("Our oldest patient was 104.", "104"), ("She's 97 and still sharp as a tack.", "97")],
)
def test_it_reports_ages_over_89_after_patient_words_and_contractions(text, age):
    assert _found(text, "AGE") == [age]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Su cuñado Efraín donó un riñón.", "Efraín"),
        ("Su madrina Lourdes la acompañó.", "Lourdes"),
        ("Her mother-in-law Dolores brought tamales for the nurses.", "Dolores"),
    ],
)
def test_it_reports_in_laws_and_godparents_as_relatives(text, name):
    assert name in _found(text, "NAME")


def test_a_number_that_shares_only_the_last_seven_digits_with_the_hospitals_is_reported():
    assert _found("Call Maria's mom at 787-010-2000 with updates.", "PHONE") == ["787-010-2000"]
    assert _found("Call Maria's mom at (555) 010-2000 with updates.", "PHONE") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Since October, Marta has been waiting for a new heart.", "October"),
        ("Leo was diagnosed this past January.", "January"),
    ],
)
def test_it_reports_a_month_in_the_sentence_that_names_the_patient(text, date):
    assert date in _found(text, "DATE")


def test_it_leaves_months_of_events_alone_even_near_a_name():
    assert _found("Join us in March for the walk with Nurse Kim!", "DATE") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our hearts are with Beto tonight.", "Beto"),
        ("Lo recordaremos siempre, Chuy.", "Chuy"),
        ("Sending love to Sione and family.", "Sione"),
    ],
)
def test_it_reports_names_after_words_of_support_and_remembrance(text, name):
    assert name in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The family drove up from Harlingen for his surgery.", "Harlingen"),
        ("A seasonal worker from Pharr is recovering after heat stroke.", "Pharr"),
    ],
)
def test_it_reports_the_town_a_patient_or_family_travelled_from(text, place):
    assert place in _found(text, "GEO")


def test_a_patient_cue_before_a_lay_title_makes_a_patients_name():
    assert "Dan Miller" in _found("Rest in peace, Coach Dan Miller.", "NAME")
    assert _found("Congrats to Coach Dan Miller on 20 years!", "NAME") == []


# --- Behaviours found with the development set (tests/data/phi_dev.jsonl) -----------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "Grandma Ines is in her nineties and just walked 40 feet after her hip surgery.",
            "nineties",
        ),
        ("La señora Hortensia anda en sus noventa y todavía nos corrige.", "noventa"),
        ("Happy 90th to our patient Mr. Gustavo Arce!", "90th"),
        ("A shout-out to Ms. Lottie, who at 101 asked us to teach her TikTok.", "101"),
        ("98 and still sharp as a tack: that's Mrs. Tillie Goldberg!", "98"),
        ("Mr. Abernathy left on his own two feet. Not bad for 96!", "96"),
    ],
)
def test_it_reads_ages_over_89_in_more_forms(text, age):
    assert age in " ".join(_found(text, "AGE"))


@pytest.mark.parametrize(
    "text",
    [
        "Seniors in their 90s who stay active have fewer falls.",
        "Our oldest hospital building turns 100 this year!",
        "Happy 100th anniversary to our Birth Center!",
        "On days over 90 degrees, check on older neighbors twice a day.",
    ],
)
def test_it_leaves_ages_of_groups_and_buildings_alone(text):
    assert _found(text, "AGE") == []


def test_it_finds_record_numbers_written_in_groups_of_digits():
    assert _found("Check on pt in Rm 4B-12? MRN 004 829 13, family asking.", "MRN") == [
        "004 829 13"
    ]
    assert _found("Paciente en cama 14, expediente 00 384 112.", "MRN") == ["00 384 112"]


def test_it_finds_lower_case_names_that_start_a_patients_event():
    text = "after 51 days on 5 West, rose is finally home 🌹 rose, we miss your puns."
    assert _found(text, "NAME") == ["rose", "rose"]
    assert _found("joy & bill celebrated their 70th anniversary in our cardiac unit.", "NAME") == [
        "joy",
        "bill",
    ]
    assert _found("the rose garden is in bloom and grace is a virtue.") == []


def test_it_finds_a_relatives_name_even_when_it_is_also_a_word():
    assert "Deja" in _found("Imani-Rose rang the bell! Her mom Deja is filming.", "NAME")


def test_it_finds_double_surnames_of_patients_families():
    text = "The Nakamura-Lindqvist family drove 4 hours every weekend. Their son Kenji goes home!"
    assert _found(text, "NAME") == ["Nakamura-Lindqvist", "Kenji"]


def test_it_reads_a_first_name_that_is_a_word_with_a_surname_as_a_name():
    text = "Back behind the counter: Ray Dunlap, six weeks after his heart attack."
    assert "Ray Dunlap" in _found(text, "NAME")


def test_it_reads_a_name_after_a_month_as_a_name():
    text = "Since March, Teodoro has come to cardiac rehab three times a week."
    assert _found(text) == ["March", "Teodoro"]


def test_it_finds_a_patients_employer_named_with_the_job():
    text = "Okonkwo Nnamdi, a truck driver for Schwan's, was hurt in a crash in December."
    assert "Schwan's" in _found(text, "NAME")
    officer = (
        "Prayers for Deputy Carla Whitmore of the Hennepin County Sheriff's Office,"
        " who is in serious condition."
    )
    assert "Carla Whitmore" in _found(officer, "NAME")


def test_it_finds_an_officer_who_is_the_patient():
    text = "We lowered the flag for Sgt. Marcus Webb, a veteran who spent his last days in hospice."
    assert _found(text, "NAME") == ["Marcus Webb"]


def test_it_labels_a_date_repeated_as_a_named_day():
    assert _found("One year ago on Valentine's Day, Lila got her new heart.", "DATE") == [
        "Valentine's Day"
    ]
    assert "Pi Day" in _found("Born 3/14 at 3:14 p.m. Welcome, Pi, our Pi Day baby!", "DATE")


@pytest.mark.parametrize(
    "text",
    [
        "Meet Jordan Pike, our new child life specialist! Jordan loves Legos and glitter.",
        "Happy work anniversary to Mercedes Ibarra in Patient Access: 30 years of smiles!",
        "Our Diabetes Prevention Program starts Tuesday, Jan. 6. Call (555) 010-2000.",
        "Babies born before 37 weeks are premature. #WorldPrematurityDay is November 17.",
        "Gracias a la familia Garza, dueños de Panadería La Flor, por donar pan dulce.",
        "Nuestra voluntaria del mes es doña Chelo, de 90 años, que reparte café.",
        "¡Gracias a la cantante Luz María Briseño por visitar a los niños de pediatría!",
        "Thank you to the Millbrook Fire Department for the pizza party with our ED staff!",
    ],
)
def test_it_leaves_staff_donors_events_and_organisations_alone(text):
    assert _found(text) == []


# --- Staff who become patients, families' notes, dates said as days -----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our night nurse Priya Shah was admitted to our ICU last month.", "Priya Shah"),
        ("Dr. Omar Haddad saved lives for 30 years. In May he became our patient.", "Omar Haddad"),
        ("Our volunteer Edna Price, 91, is now on the receiving end after a fall.", "Edna Price"),
        ("Nuestra enfermera Lucía Campos fue paciente en la UCI en marzo.", "Lucía Campos"),
    ],
)
def test_it_finds_staff_who_became_patients(text, name):
    assert name in _found(text, "NAME")


def test_it_keeps_staff_as_staff_when_someone_else_is_the_patient():
    text = "Our nurse Priya Shah sat with Tom every night while Tom was recovering from surgery."

    assert "Priya Shah" not in _found(text, "NAME")


def test_it_reads_a_full_name_as_a_patients_when_its_first_name_is_one():
    text = (
        "Gloria Reyes has been coming to dialysis for 10 years! "
        "Gloria, a retired bus dispatcher from Oakdale, says our techs are family."
    )

    assert {"Gloria Reyes", "Gloria"} <= set(_found(text, "NAME"))


def test_it_finds_a_name_listed_with_a_patients_name():
    text = "Bert and Ivy Long danced in the lobby with our nurses. Bert, 81, goes home Friday."

    assert "Ivy Long" in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Mr. Edgar "Buddy" Wills went home today.', 'Edgar "Buddy" Wills'),
        ("Rest in peace, Alma 'Sunny' Ortiz.", "Alma 'Sunny' Ortiz"),
    ],
)
def test_it_keeps_a_quoted_nickname_inside_a_full_name(text, name):
    assert name in _found(text, "NAME")


def test_it_finds_relatives_named_in_the_plural():
    assert {"Ruth", "Esther"} <= set(
        _found("Lou passed away surrounded by his daughters Ruth and Esther.", "NAME")
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "To the 4 West nurses: you made my husband's last week peaceful. "
            "Forever grateful, Nell Parsons",
            "Nell Parsons",
        ),
        ("Hi Dana! We passed your note to your mom's nurse on 6 East.", "Dana"),
    ],
)
def test_it_finds_relatives_who_write_or_are_spoken_to(text, name):
    assert name in _found(text, "NAME")


def test_a_relative_signing_a_thank_you_is_found():
    # The rules read Kemi as a patient's relative signing a note. The verdict has gone back
    # and forth on the post (the models trained on 31, 38 and 52 sets cleared it, those on
    # 45 and 59 sets keep it: 0.37 now; docs/compliance.md).
    text = "'Thank you for holding our mother's hand every night. — Kemi'"

    assert "Kemi" in [f.text for f in rule_findings(text, HOSPITAL)]
    assert _found(text, "NAME") == ["Kemi"]


def test_it_leaves_a_staff_signature_on_a_note_alone():
    text = "Hi Sam! Thanks for asking about your dad's visit hours. Love, Nurse Kim"

    assert "Kim" not in _found(text, "NAME")


def test_it_finds_a_family_phone_number_after_call_me():
    text = "If any of you want to come to the service for our dad, call me at (312) 555-0148."

    assert _found(text, "PHONE") == ["(312) 555-0148"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Mateo went home from our NICU on Friday!", "Friday"),
        ("Sophia turned 7 yesterday on 5 South.", "yesterday"),
        ("Welcome, Amara! Born at 12:04 a.m. on our unit.", "12:04 a.m"),
        ("Ximena se fue a casa el viernes con sus papás.", "el viernes"),
    ],
)
def test_it_finds_weekdays_and_relative_days_of_a_named_patients_event(text, date):
    assert date in _found(text, "DATE")


@pytest.mark.parametrize(
    "text",
    [
        "Join us Saturday for the NICU reunion picnic!",
        "A baby was born in our parking lot yesterday. Mom and baby are doing great.",
        "Flu shots every Tuesday at 4:30 p.m. in the lobby.",
    ],
)
def test_it_leaves_weekdays_alone_without_a_named_patient(text):
    result = _scan(text)

    assert not result.patient_specific
    assert _found(text, "DATE") == []


def test_it_reads_a_long_life_span_as_an_age_over_89():
    assert _found("Rest easy, Walter Kowalczyk (1931-2025).", "DATE") == ["1931-2025"]
    assert _found("Rest easy, Walter Kowalczyk (1951-2025).", "DATE") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Ninety-nine candles! Happy birthday to Mr. Rosario Esposito.", "Ninety-nine"),
        ("Mama Rose celebrated 90 years with music and cake.", "90"),
    ],
)
def test_it_reads_candles_and_celebrated_years_as_ages(text, age):
    assert age in _found(text, "AGE")


def test_it_leaves_years_of_an_organisations_life_alone():
    assert _found("We celebrated 100 years with our community this spring.", "AGE") == []
    text = "Happy birthday to our hospital! Riverside turns 125 today. Born in 1900, still growing."
    assert not _scan(text).patient_specific


def test_it_finds_a_record_number_after_its_abbreviation_in_brackets():
    text = "Paciente MARTINEZ, JOSE — expediente (MRN) 7734-221-09 — hab. 412"

    assert _found(text, "MRN") == ["7734-221-09"]


@pytest.mark.parametrize(
    "text",
    [
        "After 33 years, our beloved cafeteria cook Ms. Pearl is hanging up her apron.",
        "Everyone knows Mrs. K — our unit secretary, who has answered a million call lights.",
        "Meet our newest volunteer, 15-year-old Aiden, who plays piano in the lobby.",
        "#TeamRosa is a thing now. Our charge nurse Rosa Jimenez ran her 10th half-marathon.",
        "#AskDrSam: is it a cold or allergies? Our pediatrician explains.",
        "Tommy John surgery isn't just for pitchers: our sports medicine team explains.",
        "Wishing a speedy recovery to Senator Tom Hale, who had knee surgery in Washington.",
        "Receta saludable: caldo de pollo. Por nuestra nutrióloga Lucía.",
        "Octubre es el mes del cáncer de mama. Agende su mamografía hoy.",
    ],
)
def test_it_leaves_staff_public_people_and_campaigns_alone_in_more_shapes(text):
    assert not _scan(text).patient_specific


# --- Ages under 90 and the days of a patient's events, in a post already about a patient ---


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Little Nora, 7, rang the bell on 5 West!", "7"),
        ("Welcome home, Theo! This 12-year-old beat leukemia.", "12-year-old"),
        ("Meet baby Iris: 12 weeks old and home at last.", "12 weeks old"),
        ("Big brother Omar (age 6) met his sister Lina today.", "age 6"),
        ("El pequeño Thiago, de 8 años, ya está en casa.", "8 años"),
        ("Our patient Marcus turns 40 tomorrow and wanted cake on 4 North.", "40"),
        ("Say hi to Jonah! He turned one yesterday in our NICU.", "one"),
    ],
)
def test_it_reports_a_patients_age_under_90_in_a_patient_story(text, age):
    result = _scan(text)

    assert result.patient_specific
    ages = [f for f in result.findings if f.type == "AGE"]
    assert age in [f.text for f in ages]
    assert "helps identify" in ages[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Kids ages 5 to 11 can now get the flu shot at any of our clinics.",
        "Adults over 65 should get screened every year.",
        "Our 10-year-old program has trained 300 nurses.",
    ],
)
def test_it_does_not_make_a_post_patient_specific_by_an_age_under_90(text):
    result = _scan(text)

    assert not result.patient_specific
    assert result.findings == []


def test_an_age_under_90_in_an_anonymous_incident_is_never_highlighted():
    # The verdict model reads a story in it and asks for a check with nothing highlighted
    # (a false alarm by the labelling rules, counted in the published precision).
    result = _scan("A 45-year-old runner collapsed at mile 22. Bystander CPR saved him.")

    assert result.findings == []


@pytest.mark.parametrize(
    "text",
    [
        "Little Ava went home today. Children under 5 need car seats, so do kids ages 5 to 8.",
        "Little Ava went home today, cheered on by nurse Kim Lee, 34, and her team.",
        "Little Ava went home today with her 12-year-old beagle waiting in the car.",
    ],
)
def test_it_leaves_ages_of_groups_staff_and_pets_alone_in_a_patient_story(text):
    assert _found(text, "AGE") == []


def test_it_dates_the_patients_own_days_in_a_patient_story():
    text = "Little Ava was hurt in a crash. Yesterday she walked out on her own."

    assert "Yesterday" in _found(text, "DATE")


def test_it_leaves_a_recurring_day_alone():
    text = "Little Ava went home today. She visited us every Tuesday."

    assert "Tuesday" not in " ".join(_found(text, "DATE"))


# --- Identifier types as a comms officer reads them -----------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Pt ID 44821-093 for Jose", "44821-093"),
        ("Record 448-2193: Ava", "448-2193"),
        ("ID de paciente 4482193, Ana", "4482193"),
        ("mrn4482193 Ava", "4482193"),
        ("M.R.N. 4482193 Ava", "4482193"),
        ("Nº de historia 4482193 de Ana", "4482193"),
        ("Pt: LOPEZ, ANA  4482193", "4482193"),
    ],
)
def test_it_types_a_number_after_a_record_cue_as_an_mrn(text, number):
    assert _found(text, "MRN") == [number]


def test_it_leaves_a_record_count_alone():
    assert not _scan("We set a record: 4,200 meals served to families this year").findings


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("mobile 07700 900123 - Ava's dad", "07700 900123"),
        ("Cel. 33 1234 5678, mamá de Ana", "33 1234 5678"),
        ("Call Ava's mom at 5550142", "5550142"),
    ],
)
def test_it_types_a_number_after_a_phone_cue_as_a_phone(text, number):
    assert _found(text, "PHONE") == [number]


def test_it_does_not_report_a_toll_free_line_after_a_phone_cue():
    assert _found("Questions? Tel 1-800-555-0100, any time.", "PHONE") == []


def test_it_dates_a_day_told_right_after_the_named_patient():
    text = (
        "Patient Ibrahim Diallo hadn't seen his cat Minou in 6 weeks. "
        "On Sunday, our pet-visit volunteers made it happen."
    )
    assert "Sunday" in _found(text, "DATE")


def test_it_leaves_an_invitation_date_alone_in_a_patient_story():
    text = "Ava went home today! Join us for our family walk on May 3, register now."
    assert _found(text, "DATE") == []


@pytest.mark.parametrize(
    "text",
    [
        "Our miracle: Zuri made it home after 80 days.",
        "Home sweet home for Kenji after his liver transplant.",
        "Omar is walking again, three months after the crash. Ver a Omar hoy es un milagro.",
    ],
)
def test_broader_story_cues_make_a_name_a_patients(text):
    assert _scan(text).patient_specific


def test_a_nicu_staff_milestone_is_not_a_patient_story():
    text = "Our NICU night shift celebrated 1 year without a central-line infection! Great job."
    assert not _scan(text).patient_specific


# --- Found on the blind development sets dev3 to dev5 ------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "to the gentleman in room 418 who whistles every morning: the nurses thank you",
            "OTHER_ID",
            "418",
        ),
        ("Psst: the patient in 3-12 is 101 today!! Stop by and say happy birthday", "AGE", "101"),
        (
            "Ms. Ortega agreed to the feature. MRN for the consent form: 00733104.",
            "MRN",
            "00733104",
        ),
        ("La Sra. Paredes (exp. 5521-09) firmó la autorización.", "MRN", "5521-09"),
        (
            "Thank you, Abernathy-Osei family, for the tacos! Your dad's nurses are grateful.",
            "NAME",
            "Abernathy-Osei",
        ),
        (
            "Liam is off the vent after five weeks of ECMO. Proud of you, kid! #TeamLB",
            "NAME",
            "#TeamLB",
        ),
        (
            "To the family of Opal Strand: thank you for the quilt you gave in her memory.",
            "NAME",
            "Opal Strand",
        ),
        (
            "Our longtime unit clerk, Bev Lindqvist, is now a hospice patient herself.",
            "NAME",
            "Bev Lindqvist",
        ),
        (
            "Our cafeteria cook, Marla Jensen, who had her appendix out here, is back!",
            "NAME",
            "Marla Jensen",
        ),
    ],
)
def test_patient_details_the_blind_sets_showed_missing(text, kind, value):
    result = _scan(text)
    assert result.patient_specific
    assert value in [f.text for f in result.findings if f.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Hoy nuestro equipo bailó para celebrar el #DíaDelCorazón 💜",
        "Más de 300 personas caminaron con nosotros. ¡Gracias! #DonaVida",
        "Thank you to the EMS crews of Franklin Township and Mifflin Township!",
        "Trauma director Dr. Helen Castellanos and CEO Patricia Whitcombe-Hale cut the ribbon.",
        "Our clinic opens at 8:30 de la mañana, de lunes a viernes.",
    ],
)
def test_campaigns_places_and_titled_staff_are_not_patients(text):
    assert not _scan(text).patient_specific


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Happy 3rd birthday to our NICU grad Nevaeh! She was born at 23 weeks.", "3rd"),
        ("Nuestro pequeño Gael, de 3 meses, ya se fue a casa con su mamá Luz.", "3 meses"),
        (
            "El pequeño Tadeo nos dejó. Tenía apenas 3 años. Su mamá Fernanda lo recuerda.",
            "3 años",
        ),
        ("Sweet 16 on 7 South! Happy birthday Luz Marina, we love you!", "16"),
    ],
)
def test_a_flagged_post_reports_birthday_ordinals_and_spanish_ages(text, age):
    result = _scan(text)
    assert result.patient_specific
    assert age in [f.text for f in result.findings if f.type == "AGE"]


def test_spanish_clock_times_of_a_birth_are_dates():
    text = "Los gemelos Ángel y Santiago nacieron a las 4:15 y 4:22 de la tarde. ¡Felicidades!"
    assert "4:15 y 4:22 de la tarde" in _found(text, "DATE")


# --- The hospital's own town and name, patients' accounts and nicknames --------------------

SYCAMORE = OrgContext(
    name="Sycamore Valley Hospital (Sycamore Valley Health), Harlan Grove, IL",
    phone_numbers=("(630) 555-0100",),
    addresses=(
        "2200 Sycamore Valley Parkway, Harlan Grove, IL 60587",
        "88 Depot Street, Marion, IL 62959",
    ),
    domains=("sycamorevalley.org",),
    handles=("@SycamoreValleyHospital",),
)


@pytest.mark.parametrize(
    "text",
    [
        "Hey Harlan Grove! 👋 Our new parking garage opens Monday. Free for patients.",
        "Little Miss Harlan Grove contestants visited our pediatric floor today 👑",
        "In 2023 our ED cared for 71,412 patients. Thank you, team! #SycamoreStrong",
        "Helmets, people!! We treated 41 scooter injuries since June. #HeadsUpHarlanGrove",
        "Marion turned out in force for our hospital 5K on Saturday. Thank you!",
    ],
)
def test_the_hospitals_own_towns_and_name_are_never_a_patients_name(text):
    assert not scan(text, context=SYCAMORE).patient_specific


def test_a_patient_from_the_hospitals_town_is_still_found():
    result = scan("Welcome home, Marisol! Harlan Grove is cheering for you 💙", context=SYCAMORE)
    assert "Marisol" in [f.text for f in result.findings if f.type == "NAME"]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a contact line in the sentence after the relative's name is theirs, not ours
        ("Family contact: Maria Lopez. Tel: 210 555 7711.", "PHONE", "210 555 7711"),
        ("Paciente: ZAVALA, JOSÉ / Exp: 00-77-3152 / Cuarto: 221-B", "MRN", "00-77-3152"),
        ("Paciente: ZAVALA, JOSÉ / Exp: 00-77-3152 / Cuarto: 221-B", "OTHER_ID", "221-B"),
        ("La mamá del bebé Mateo Arellano (UCIN, cuna 21) llamó.", "OTHER_ID", "21"),
    ],
)
def test_contact_lines_and_record_cues_with_a_colon(text, kind, value):
    assert value in _found(text, kind)


def test_a_call_to_action_without_a_patient_keeps_the_number_unreported():
    assert not _scan("Meet Dr. Ana Ruiz, our new cardiologist. Call 612-555-7788 to book.").findings


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        (
            "One year after her liver transplant, @RunLikeRosalinda finished the half marathon!",
            "@RunLikeRosalinda",
        ),
        (
            "Follow along with @brave_little_bea as she finishes her last round of chemo 💛",
            "@brave_little_bea",
        ),
        ("look who's going home 👀 @baby_gia_grows! 117 days in our NICU", "@baby_gia_grows"),
        ("Síganla en @princesa.xime.lucha para sus actualizaciones 💕", "@princesa.xime.lucha"),
    ],
)
def test_a_patients_own_account_in_a_story_is_an_identifier(text, handle):
    result = _scan(text)
    assert result.patient_specific
    assert handle in [f.text for f in result.findings if f.type == "OTHER_ID"]


def test_a_stations_account_in_a_story_is_not_a_patients():
    text = "Thanks to @KSAT12 for covering our NICU graduation, where 30 families came home."
    assert not _scan(text).patient_specific


def test_a_nickname_in_a_patients_hashtag_and_on_its_own_is_a_name():
    text = "Peanut update 🥜: off the vent and tolerating feeds. Keep praying! #PrayersForPeanut"
    names = _found(text, "NAME")
    assert "Peanut" in names
    assert "#PrayersForPeanut" in names


def test_a_word_that_only_opens_a_sentence_is_not_made_a_name_by_a_team_tag():
    text = "Work hard, rest well: our nurses went home today after a long week. #TeamWork"
    assert not _scan(text).patient_specific


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "A 45-year-old runner collapsed at mile 22 of Sunday's marathon. Bystander CPR "
            "and our cath lab: he's walking out today.",
            "45-year-old",
        ),
        (
            "Update for media: the 17-year-old driver injured in Sunday's crash on I-71 "
            "remains in critical condition.",
            "17-year-old",
        ),
        (
            "LifeFlight landed on our helipad at 3:52 this morning with a 24-year-old "
            "motorcyclist. He's out of surgery and stable.",
            "24-year-old",
        ),
        ("Un motociclista de 24 años llegó en helicóptero esta mañana tras un choque.", "24 años"),
    ],
)
def test_the_age_of_one_person_in_an_incident_on_a_given_day_identifies_them(text, age):
    result = _scan(text)
    assert result.patient_specific
    assert age in [f.text for f in result.findings if f.type == "AGE"]


@pytest.mark.parametrize(
    "text",
    [
        "We are caring for several patients from this morning's crash on I-94. "
        "We cannot share details.",
        "A 6-year-old asked our surgeon if his heart would still love his mom. It does.",
        "A 45-year-old who exercises can still have a heart attack: know the signs.",
    ],
)
def test_an_anonymous_age_without_a_dated_incident_stays_a_health_story(text):
    assert not _scan(text).patient_specific


def test_a_region_after_a_geographic_word_is_not_a_name():
    text = (
        "We honor the nurses and midwives of coastal Georgia who cared for mothers and "
        "babies after surgery."
    )
    assert not _scan(text).patient_specific


# --- Once a post is about a patient: the other names, holidays and bare ages --------------


def test_in_a_patient_post_a_name_after_a_title_from_outside_the_hospital_is_shown():
    text = (
        "Officer Tom Garrity was admitted to our ICU after being injured during an arrest "
        "on the 2nd. His wife Amanda says he smiled today. Heal up, Officer Garrity!"
    )

    names = _found(text, "NAME")

    assert "Amanda" in names
    assert "Garrity" in names
    assert any("outside the hospital" in f.reason for f in _scan(text).findings)


def test_in_a_patient_post_every_other_mention_of_a_name_found_is_shown():
    text = (
        "On June 12th, Engineer Luke Brandvold went into cardiac arrest during a hose drill. "
        "His crew started CPR within seconds. Luke came back this week to thank our team."
    )

    names = [(f.start, f.text) for f in _scan(text).findings if f.type == "NAME"]

    assert any(name.startswith("Luke") for _, name in names[:1])
    assert (text.index("Luke came"), "Luke") in names


def test_staff_named_with_their_role_stay_unflagged_in_a_patient_post():
    text = (
        "Ava went home today after 43 days in our NICU! Thank you to her nurse Jess, "
        "Dr. Priya Patel and respiratory therapist Marcus Lee. Ava, we will miss you."
    )

    names = _found(text, "NAME")

    assert "Ava" in names
    assert not any(staff in name for name in names for staff in ("Jess", "Patel", "Marcus"))


def test_a_name_the_tagger_is_unsure_of_is_shown_only_in_a_post_already_about_a_patient():
    from compliance.phi import _Post
    from compliance.phi_model import LearnedSpan

    text = "Ava went home today after 43 days in our NICU. Her big brother Kofi, Dr. Patel too."
    kofi = text.index("Kofi")
    patel = text.index("Patel")
    unsure = [
        LearnedSpan("NAME", kofi, kofi + 4, 0.6),
        LearnedSpan("NAME", patel, patel + 5, 0.6),
        LearnedSpan("NAME", 0, 3, 0.3),
    ]
    post = _Post(text, HOSPITAL)
    found = post.findings()

    shown = [f.text for f in post.other_names(found, unsure) if f.type == "NAME"]

    assert "Kofi" in shown
    assert "Patel" not in shown  # staff with a title stays staff


@pytest.mark.parametrize(
    ("text", "holiday"),
    [
        (
            "Bienvenida, Guadalupe. Nació el 12 de diciembre, Día de la Virgen de Guadalupe. "
            "¡Felicidades a sus papás!",
            "Día de la Virgen de Guadalupe",
        ),
        (
            "Doña Petra nació un 29 de junio, día de San Pedro y San Pablo. ¡Feliz cumpleaños "
            "a nuestra paciente más sabia, doña Petra Villaseñor!",
            "día de San Pedro y San Pablo",
        ),
        (
            "Meet baby Kai! Born 6/21, the first day of summer, at 8 lbs even. Congrats to his "
            "parents Dana and Luis!",
            "first day of summer",
        ),
    ],
)
def test_a_holiday_that_names_a_patients_date_again_is_a_date_not_a_name(text, holiday):
    result = _scan(text)

    assert holiday in [f.text for f in result.findings if f.type == "DATE"]
    names = [f.text for f in result.findings if f.type == "NAME"]
    assert not any("San" in name or "Virgen" in name for name in names)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "Miss Odessa Pruitt has lived at our care center since spring, and at 98 she is "
            "the undisputed queen of Thursday bingo.",
            "98",
        ),
        ("¡101 años! Doña Refugio Elizondo festejó su cumpleaños en el piso 5.", "101"),
        (
            "Ninety-nine and still the best-dressed man in the infusion suite. Happy birthday, "
            "Mr. Leland Pruett!",
            "Ninety-nine",
        ),
        ("Hasta siempre, Doña Fina. 91 años de risas, rezos y buñuelos en nuestro 4 Norte.", "91"),
    ],
)
def test_in_a_patient_post_an_age_over_89_given_bare_is_an_age(text, age):
    assert age in _found(text, "AGE")


def test_a_bare_number_that_is_not_a_persons_age_stays_unflagged_in_a_patient_post():
    text = (
        "Our hospital is 100 years old and still growing. Ava went home today after 43 days "
        "in our NICU; it was 95 degrees at 2 p.m. when she left."
    )

    assert _scan(text).patient_specific
    assert _found(text, "AGE") == []


def test_a_word_the_post_speaks_to_and_names_again_is_a_name():
    text = (
        "Meet Pickle. She is 7, loves dinosaurs, and came back to our trauma team to pick "
        "up a free helmet. Wear it on every ride, Pickle!"
    )

    result = _scan(text)

    assert result.patient_specific
    assert _found(text, "NAME") == ["Pickle", "Pickle"]


def test_a_group_the_post_speaks_to_is_not_a_name():
    text = "Our Heroes worked through the storm. Thank you, Heroes! Stay Safe, Friends."

    assert not _scan(text).patient_specific


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        (
            "J.D. was our very first patient in the new pediatric wing, and today he came back "
            "to cut the ribbon on his 10th birthday.",
            "J.D",
        ),
        (
            "Gracias a J.M.R. y a su familia por dejarnos compartir su historia: 3 paros "
            "cardiacos, 2 cirugías y hoy, una sonrisa enorme al salir por la puerta.",
            "J.M.R",
        ),
    ],
)
def test_initials_standing_for_a_patient_in_a_story_are_a_name(text, initials):
    result = _scan(text)

    assert result.patient_specific
    assert initials in [f.text for f in result.findings if f.type == "NAME"]


def test_abbreviations_written_like_initials_are_not_a_name():
    text = (
        "After surgery, questions? Our U.S. board-certified team answers from 10 A.M. to "
        "2 P.M., and the E.R. is open 24/7. Dr. A.J. Kim leads our recovery clinic."
    )

    assert not _scan(text).patient_specific


def test_a_personal_account_in_a_post_about_care_is_the_familys():
    text = (
        "Follow along with @littlemissblessing_ as she tackles her first bottle feeds "
        "after six weeks of oxygen! We are so proud of this 2 lb powerhouse."
    )

    assert "@littlemissblessing_" in _found(text, "OTHER_ID")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("happy gotcha day to bill!! one year ago our rescue team pulled him out of the icy "
         "river. he came back to say thanks in person", "bill"),
        ("congrats to our little nicu grad hunter 💙 4 lbs 2 oz to 7 lbs even! go home and "
         "grow, buddy", "hunter"),
    ],
)  # fmt: skip
def test_in_a_post_written_in_lower_case_a_name_that_ends_a_greeting_is_a_name(text, name):
    result = _scan(text)

    assert result.patient_specific
    assert name in [f.text for f in result.findings if f.type == "NAME"]


def test_a_lower_case_greeting_to_a_group_is_not_a_name():
    text = "happy friday to all our nurses!! thanks for everything you do. go home and rest"

    assert not _scan(text).patient_specific


@pytest.mark.parametrize(
    "text",
    [
        "Our resident Arvid Solberg, a Korean War vet, is booked on the Sept. 20 Honor "
        "Flight, but his son can't make it. Could you be his guardian?",
        "Hoy despedimos a don Cipriano Salas, nuestro residente más querido, que partió el "
        "12 de diciembre, como él quería.",
    ],
)
def test_a_resident_of_the_care_home_is_a_patient(text):
    assert _scan(text).patient_specific


@pytest.mark.parametrize(
    "text",
    [
        "Say hello to Dr. Priya Nair, our new chief resident in internal medicine!",
        "Brooke, Hunter and Summer, our three new pharmacy residents, start Monday!",
        "Congratulations to our residents Maya Chen and Luis Ortiz on finishing residency!",
    ],
)
def test_a_resident_doctor_stays_staff(text):
    assert not _scan(text).patient_specific


def test_a_zip_code_after_idahos_abbreviation_is_a_place_not_an_identifier():
    text = "We welcomed Ava from Boise, ID 83702 last week, and today she went home."

    result = _scan(text)

    assert "83702" in [f.text for f in result.findings if f.type == "GEO"]
    assert "83702" not in [f.text for f in result.findings if f.type == "OTHER_ID"]


def test_a_name_before_an_id_is_not_a_town_in_idaho():
    text = "Please remove before posting: Ava Smith, ID 4471029, went home today."

    assert "Smith" not in _found(text, "GEO")
    assert "Ava Smith" in _found(text, "NAME")


@pytest.mark.parametrize(
    "text", ["Draft note: Ava Smith (#4471029) went home today.", "SMITH, AVA 4471029 rm 412"]
)
def test_a_long_number_right_after_a_patients_full_name_is_a_record_number(text):
    assert "4471029" in _found(text, "MRN")


def test_in_a_patient_post_a_family_named_by_its_surname_is_shown():
    text = (
        "Ava went home today after 43 days in our NICU! To the Gallaghers: we are so "
        "proud. Hugs to the whole Delacroix crew too. (She already loves the Spurs.)"
    )

    names = _found(text, "NAME")

    assert "Gallaghers" in names
    assert "Delacroix" in names
    assert "Spurs" not in names  # a team, not a family


def test_a_family_foundation_stays_a_foundation():
    text = (
        "Ava went home today after 43 days in our NICU, thanks to the Hargrove Family Foundation."
    )

    assert "Hargrove" not in _found(text, "NAME")


def test_in_a_patient_post_the_names_spoken_to_and_signing_are_shown():
    text = (
        "Nunca olvidaremos a la enfermera Rosa ni al Dr. Ibáñez, que cuidaron a don Aurelio "
        "en sus últimos días. ¡Gracias, Maribel!\nCon cariño, Lety, Memo y Araceli"
    )

    names = _found(text, "NAME")

    assert {"Maribel", "Lety", "Memo", "Araceli"} <= set(names)
    assert "Rosa" not in names  # the nurse stays staff


def test_a_title_from_outside_the_hospital_reaches_only_the_name_right_after_it():
    text = (
        "Ava went home today after 43 days in our NICU! Thanks to Officer Jones and nurse "
        "Kelly Marsh for the escort. Captain Holloway drove the truck."
    )

    findings = [f for f in _scan(text).findings if f.type == "NAME"]

    assert "Kelly Marsh" not in [f.text for f in findings]  # the nurse stays staff
    holloway = next(f for f in findings if f.text == "Holloway")
    assert "('Captain')" in holloway.reason


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Ray Okafor has placed thousands of pacemakers. Last spring he needed one himself. "
        "He's back in clinic this week.",
        "Many of you know our night clerk Bev Haskins from the front desk. This fall Bev became "
        "one of our patients, and she says hello from 5 North.",
        "Get well soon! Our retired midwife Dr. Ana Ruelas (who caught half the babies in this "
        "town), is recovering on 4 East after a fall.",
    ],
)
def test_staff_who_became_patients_are_shown(text):
    assert _scan(text).patient_specific


def test_staff_with_no_word_of_becoming_patients_stay_staff():
    text = "Dr. Ray Okafor has placed thousands of pacemakers. He trains every new fellow himself."

    assert not _scan(text).patient_specific


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Keke, Dre and Tante Lou — y'all sat with your daddy every night for 3 weeks and "
            "never once forgot the night shift's coffee. We'll miss you on 4 West.",
            {"Keke", "Dre", "Lou"},
        ),
        (
            "Gracias, Yamilé, Osmany y Dayron, por colgar la foto de la boda junto a la cama de "
            "su mamá en la UCI.",
            {"Yamilé", "Osmany", "Dayron"},
        ),
    ],
)
def test_people_spoken_to_about_their_relative_in_our_care_are_a_patients_family(text, names):
    result = _scan(text)

    assert result.patient_specific
    assert names <= {f.text for f in result.findings if f.type == "NAME"}


def test_staff_thanked_by_a_family_are_not_relatives():
    text = "Dr. Lee and Nurse Ray, thank you for your care of my mom in the ICU."

    assert not _scan(text).patient_specific


@pytest.mark.parametrize(
    "text",
    [
        "Today we pinned Sgt. Walter Brandt, U.S. Army, Vietnam 1968. He saluted from his bed.",
        "Ninety-four years, two wars and zero patience for cold coffee. Godspeed, Sgt. Walt Marsh.",
    ],
)
def test_a_veteran_pinned_or_bid_farewell_is_a_patient(text):
    assert _scan(text).patient_specific


@pytest.mark.parametrize(
    "text",
    [
        "One of our patients turned 103 on Sunday and asked for a root beer float.",
        "Our year in numbers: 1,842 knee replacements, 611 hips. Oldest patient: 103.",
        "Nuestra paciente de mayor edad: 101 años. ¡Qué ejemplo!",
    ],
)
def test_one_patients_age_over_89_is_found_in_a_post_of_figures(text):
    assert "AGE" in {f.type for f in _scan(text).findings}


@pytest.mark.parametrize(
    "text",
    [
        "94 patients over age 90 had a joint replaced this year.",
        "En 2024 atendimos 4.812 pacientes de trauma. El 9% tenía más de 90 años.",
    ],
)
def test_ages_of_groups_are_not_a_patients(text):
    assert "AGE" not in {f.type for f in _scan(text).findings}


def test_a_patient_named_in_lower_case_after_the_word_patient_is_found():
    text = "last week our patient gloria asked for one more slice of pie. gloria ate two."

    assert "gloria" in _found(text, "NAME")


def test_a_relative_after_a_cajun_kinship_word_is_found():
    text = "big day for nonc pete 80 years old first time ever in a hospital bed lol get home soon"

    assert "pete" in _found(text, "NAME")


@pytest.mark.parametrize(
    "text",
    [
        "On March 3, around 4 am, a man walked into our ER carrying his wife, who was in labor. "
        "The baby arrived 11 minutes later.",
        "El 15 de septiembre, una niña de 5 años llegó a nuestra sala de emergencias después de "
        "morder un cable. Hoy está bien.",
    ],
)
def test_the_exact_date_of_an_unnamed_patients_event_is_found(text):
    result = _scan(text)

    assert result.patient_specific
    assert "DATE" in {f.type for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        "Okay, we'll spare you the joke. Get your cholesterol checked.",
        "Hurricane Milton update: our ER is open and generators are running. #HurricaneMilton",
        "Shoutout to athletic trainer Maddox Reilly, who did CPR on a spectator Friday night.",
        "Thank you, Sheriff Romero, for challenging the whole department to give blood!",
    ],
)
def test_words_storms_and_officials_are_not_patients(text):
    assert not _scan(text).patient_specific


def test_a_building_word_is_not_a_name_said_again():
    text = (
        "Ava went home today after 43 days in our NICU. Her family gave the NICU family lounge "
        "a new couch: the Milagros Lounge opens Monday."
    )

    assert "lounge" not in _found(text, "NAME")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Tiny is home!! After 97 days in our NICU, our littlest fighter rode out in style.",
            "Tiny",
        ),
        (
            "Shout-out to Sky, our favorite frequent flyer in the infusion suite, who finished "
            "her last round today!",
            "Sky",
        ),
        (
            "Remember 'Moose'? The lineman who came in with a fractured spine last fall is now "
            "committed to Ohio State.",
            "Moose",
        ),
    ],
)
def test_a_word_with_a_patients_own_event_said_of_it_is_a_name(text, name):
    assert name in _found(text, "NAME")


@pytest.mark.parametrize(
    "text",
    [
        "Everyone is home for the holidays! Our NICU families had a great year.",
        "Remember Hurricane Ida? Our generators ran for 9 days after the storm injured dozens.",
    ],
)
def test_words_at_the_start_of_a_sentence_are_not_names(text):
    assert not _scan(text).patient_specific


@pytest.mark.parametrize(
    "text",
    [
        "'Hope is being able to see that there is light despite all of the darkness.' — "
        "Desmond Tutu 🕊️",
        "Abril es el Mes de Concientización sobre el Autismo. Evaluamos a todas las edades.",
        "Our mobile clinic saw 4,310 kids in colonias across Hidalgo and Cameron counties.",
        "Looking for Meadowlark Manor visiting hours? Every day, 9 am to 8 pm.",
    ],
)
def test_quoted_authors_months_counties_and_manors_are_not_patients(text):
    assert not _scan(text).patient_specific


def test_a_patient_named_like_a_month_is_still_a_patient():
    assert "Abril" in _found("Abril went home today after 43 days in our NICU!", "NAME")


def test_a_patient_named_like_a_public_figure_after_little_is_a_patient():
    assert "Selena" in _found("Welcome little Selena to the 4 West family!", "NAME")


# --- Room lists and ages the tagger reads -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "day shift board: Rm 210 Fischer (pneumonia, 2L) / Rm 211 empty / "
            "Rm 212 OKAFOR J. (post-op, fall risk)",
            ["Fischer", "OKAFOR J"],
        ),
        (
            "5N huddle: bed 4 Lindqvist R NPO after MN; bed 7 Haddad, M wound care 1400",
            ["Lindqvist R", "Haddad, M"],
        ),
        (
            "PICU board 0700: Bed 2 - GALLEGOS-ORTIZ, MATEO A (RSV) / Bed 3 - empty",
            ["GALLEGOS-ORTIZ, MATEO A"],
        ),
        ("fyi Brzezinski in bed 12 keeps asking for his daughter, pls call her", ["Brzezinski"]),
    ],
)
def test_names_in_a_pasted_room_list_are_found(text, names):
    result = _scan(text)

    assert result.patient_specific
    assert set(names) <= {f.text for f in result.findings if f.type == "NAME"}


@pytest.mark.parametrize(
    "text",
    [
        "Rooms 204 and 205 are closed for cleaning today; Room 206 Conference is open.",
        "Dr. Patel in room 4 and Dr. Osei in room 6 will run the flu shot clinic.",
        "Best duet of the day: 'Wagon Wheel' in room 512 and 'Jolene' in room 514.",
    ],
)
def test_rooms_of_meetings_staff_and_songs_name_no_patient(text):
    assert "room or bed list" not in " ".join(f.reason for f in _scan(text).findings)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("¡Que cumpla los 100, don Aurelio! Gracias por las historias, vuelva pronto.", "100"),
        ("¡Felices 90, doña Chayo! 🎂 Gracias por visitarnos en la clínica.", "90"),
    ],
)
def test_an_age_over_89_the_tagger_reads_is_shown_in_a_patients_post(text, age):
    result = _scan(text)

    assert result.patient_specific
    assert age in [f.text for f in result.findings if f.type == "AGE"]


@pytest.mark.parametrize(
    "text",
    [
        "Welcome home, Marisol! Our Transplant Institute did 212 kidneys and 104 livers "
        "this year, and yours was one of them. 💙",
        "Thank you, Engine 106! You carried Kasia out of the fire, and today she walked "
        "back in to say hi.",
    ],
)
def test_a_count_or_an_engine_number_is_not_an_age(text):
    assert not [f for f in _scan(text).findings if f.type == "AGE"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Plot twist: our own night charge nurse Dakota Redhouse spent last week on the "
            "other side of the bed after his gallbladder gave out. Welcome back, Dakota!",
            "Dakota Redhouse",
        ),
        (
            "Dr. Harriet Okafor spent 25 years caring for our patients, and this month we got "
            "to care for her in room 512. Home you go, Dr. O!",
            "Harriet Okafor",
        ),
        (
            "Our own lab courier, Ezra Goldfarb, spent 30 years rushing samples to the ED. "
            "Last week it was his turn. Welcome back, Ezra!",
            "Ezra Goldfarb",
        ),
        (
            "Nuestra compañera Maribel Ocasio, enfermera de la UCI por 15 años, esta vez fue "
            "la paciente: hoy terminó su radioterapia. ¡Te queremos, Mari!",
            "Maribel Ocasio",
        ),
        (
            "Channel 9 weather anchor Lorna Pike slipped on her icy driveway and was treated "
            "in our ED. Get well, Lorna!",
            "Lorna Pike",
        ),
        (
            "Former Twins pitcher Gus Halvorsen stopped by 4 West to thank the team that "
            "placed his stent in March.",
            "Gus Halvorsen",
        ),
        (
            "So proud of Officer Dana Whitlock of Lakeview PD, discharged today after a crash "
            "on Route 9 two weeks ago. Welcome home, Officer Whitlock!",
            "Dana Whitlock",
        ),
        (
            "After 28 years of answering our phones, switchboard operator Marge Kowalczyk got "
            "to be on the other end this month: four days on 3 North with pneumonia.",
            "Marge Kowalczyk",
        ),
        (
            "Our athletic trainer Cody Marsh usually tapes other people's ankles. This week he "
            "was the one on the table.",
            "Cody Marsh",
        ),
        (
            "Our own respiratory therapist Kenji Sato finally practiced what he preaches and "
            "got his flu shot after a rough winter.",
            "Kenji Sato",
        ),
        (
            "Our night charge nurse Lwazi Dube is usually the one at the bedside. This week "
            "he's in bed 6 on our cardiac unit.",
            "Lwazi Dube",
        ),
        (
            "Our dietitian Ines Varga spent two nights in our ICU after tearing her aorta on a "
            "hike. She says hi to everyone.",
            "Ines Varga",
        ),
        (
            "Parish President Odile Thibodeaux asked us to share this: she was the one on the "
            "stretcher six weeks ago.",
            "Odile Thibodeaux",
        ),
        (
            "Former Kotzebue mayor Richard Ahyakak thanks our cardiac team for his triple "
            "bypass on Sept. 3.",
            "Richard Ahyakak",
        ),
    ],
)
def test_staff_and_public_people_who_became_patients_are_found(text, name):
    result = _scan(text)

    assert result.patient_specific
    assert name in [f.text for f in result.findings if f.type == "NAME"]


@pytest.mark.parametrize(
    ("text", "staff", "relative"),
    [
        (
            "Our ER nurse Shannon Kiley has splinted a thousand wrists, but on Saturday it was "
            "her own daughter, Maeve, on the stretcher after a soccer tackle. Maeve is fine, and "
            "Shannon has a new respect for shin guards.",
            "Shannon Kiley",
            "Maeve",
        ),
        (
            "Our radiology tech Marcus Bell never expected to see his own mother, Gloria, come "
            "in by ambulance. Two stents later, Gloria is home and Marcus is back on shift.",
            "Marcus Bell",
            "Gloria",
        ),
    ],
)
def test_staff_whose_relative_is_the_patient_are_shown_with_their_role(text, staff, relative):
    # A patient's relatives are identifiers too, whatever their job: the rules read the
    # role as staff, the tagger reads the story.
    result = _scan(text)
    names = {f.text: f.reason for f in result.findings if f.type == "NAME"}

    assert result.patient_specific
    assert relative in names
    # the staff member, in full or by the first name alone, with the reason why
    shown = [n for n, reason in names.items() if "role at the hospital" in reason]
    assert shown and all(n in staff for n in shown)


@pytest.mark.parametrize(
    ("text", "staff"),
    [
        (
            "Thanks to nurse Jenna Walsh, who held Theo's hand through every dressing change. "
            "Theo went home today!",
            "Jenna",
        ),
        (
            "Dr. Priya Raman repaired Lucia's heart valve on June 3, and Lucia went home "
            "yesterday.",
            "Priya",
        ),
    ],
)
def test_staff_caring_for_a_patient_are_not_shown(text, staff):
    result = _scan(text)

    assert result.patient_specific
    assert staff not in " ".join(f.text for f in result.findings)


def test_the_days_of_a_patient_only_the_tagger_names_are_found_too():
    # The rules find nothing here; once the tagger names the patient, the days of his
    # events are read as his, as the rules read them next to a name they found.
    text = (
        "Walt 'Bear' Kaminski came in on the 4th with chest pain. By the 6th he had two stents "
        "and a favorite nurse. By the 10th he was home yelling at the football game on TV."
    )
    result = _scan(text)

    assert rule_findings(text, HOSPITAL) == []
    assert result.patient_specific
    assert "Walt 'Bear' Kaminski" in [f.text for f in result.findings if f.type == "NAME"]
    assert [f.text for f in result.findings if f.type == "DATE"] == ["4th", "6th", "10th"]


@pytest.mark.parametrize(
    ("text", "staff"),
    [
        (
            "Our joint surgeon Dr. Ana Ruiz replaced her 1,000th hip this year. "
            "Congratulations, Dr. Ruiz!",
            "Ana Ruiz",
        ),
        ("Dr. Wen Li visited the patient after her surgery to explain the plan.", "Wen Li"),
        ("Nurse Amy Cole was a patient advocate for 20 years before she retired.", "Amy Cole"),
    ],
)
def test_the_rules_do_not_take_staff_giving_care_or_advocating_for_patients(text, staff):
    assert staff not in " ".join(f.text for f in rule_findings(text, HOSPITAL))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "We asked Mrs. Odette Marchand how it feels to be one hundred and three. She winked.",
            "one hundred and three",
        ),
        (
            "¡NOVENTA Y SEIS! Doña Herminia celebró hoy en rehabilitación con flan.",
            "NOVENTA Y SEIS",
        ),
        ("Ciento dos añitos cumple hoy don Anselmo, paciente de nuestra clínica.", "Ciento dos"),
        (
            "101 winters! Grandpa Wendell Tso celebrated his birthday in our dialysis unit today.",
            "101",
        ),
        ("night board: bed 4 - PRUETT, L. (94 M) syncope, daughter at bedside", "94"),
        ("¡Don Eusebio cumple hoy 98 abriles! Felicidades desde el 3 Norte.", "98"),
        (
            "Thank you, Mr. Amos Whitley (93!), for the birdhouses you built while you were "
            "our patient on 4 North.",
            "93",
        ),
        (
            "Our patient Rosalind celebrated her ninetieth birthday on the cardiac unit with "
            "cake from her grandkids!",
            "ninetieth",
        ),
    ],
)
def test_ages_over_89_spelled_out_or_charted_are_found(text, age):
    result = _scan(text)

    assert result.patient_specific
    assert age in [f.text for f in result.findings if f.type == "AGE"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Baby Idris arrived at 5:40 on Eid morning, the first baby of the holiday on our unit!",
            "Eid",
        ),
        (
            "We will miss Mrs. Han. She passed on Chuseok with her grandchildren beside her.",
            "Chuseok",
        ),
        (
            "Mazel tov to the Weiss family! Their son, born here on 12 Kislev, was named "
            "Avrohom today.",
            "12 Kislev",
        ),
        ("Our first twins of the year, Miri and Dovi, were born on Purim to Leah Stern.", "Purim"),
        (
            "Born on Three Kings Day: meet Gaspar! Congratulations to the Villanueva family.",
            "Three Kings Day",
        ),
    ],
)
def test_a_patients_event_on_a_named_day_of_any_calendar_is_a_date(text, date):
    result = _scan(text)

    assert result.patient_specific
    assert date in [f.text for f in result.findings if f.type == "DATE"]


@pytest.mark.parametrize(
    "text",
    [
        "Eid Mubarak from all of us at the hospital! Our clinics close at noon on Friday.",
        "Join our Purim carnival for patients' families in the lobby on Sunday at 2 pm.",
    ],
)
def test_a_named_day_in_a_greeting_or_an_event_is_no_patients_date(text):
    assert not _scan(text).patient_specific


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Pacientes de diálisis, turno 1 (Dra. Soto de guardia): Medina, Araceli / "
            "Colón Vega, Ernesto / Rivas, Marta",
            ["Medina, Araceli", "Colón Vega, Ernesto", "Rivas, Marta"],
        ),
        (
            "Hab. 307-A — SANTANA BÁEZ, LUIS M. — NPO desde medianoche",
            ["SANTANA BÁEZ, LUIS M"],
        ),
        (
            "pls send records for TSOSIE, HAROLD B (DOB 11/02/1968) to the pt's home fax",
            ["TSOSIE, HAROLD B"],
        ),
        (
            "Billing hold / Pt: JOHNSON, PATIENCE / Svc date 03/14 / Balance $880.15",
            ["JOHNSON, PATIENCE"],
        ),
        ("Room 418 - pt Galarza, DOB 02/03/1931, son at bedside.", ["Galarza"]),
        # the particles of a Spanish surname in capitals, after "Pte:"
        (
            "Pte: MARTÍNEZ DE LA ROSA, ANA DEL PILAR; F. nac. 07/07/1950; Medicaid pendiente",
            ["MARTÍNEZ DE LA ROSA, ANA DEL PILAR"],
        ),
        # "PA" here is a given name, not a physician assistant nor Pennsylvania
        ("XIONG, PA NYIA  DOB 05/02/1961  MRN 0077-1123", ["XIONG, PA NYIA"]),
        # in lower case, with a chart's field right after the name
        ("moore, jean b  dob 4/2/52  rm 318  npo", ["moore, jean b"]),
        ("rm 210: adeyemi, grace (adm 2025-03-02) | rm 211: empty", ["adeyemi, grace"]),
        ("ojo: salinas, rosa maria, cama 4, ingreso 05/11", ["salinas, rosa maria"]),
        # a nickname in quotes after the chart's name
        ('Pte. Medina Soto, Rigoberto ("Rigo"), marcapasos revisado', ["Rigo"]),
    ],
)
def test_names_written_surname_first_as_in_a_chart_are_found(text, names):
    result = _scan(text)

    assert result.patient_specific
    assert set(names) <= {f.text for f in result.findings if f.type == "NAME"}


def test_a_lower_case_list_of_words_before_a_chart_field_is_no_name():
    assert _found("reminder: water, ice chips, rm 4 supplies restocked", "NAME") == []


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Sus compañeros de la mina lo llamaban 'Tito' y hoy lo despedimos en la UCI.", "Tito"),
        ("Our patient Harold Jenkins, 'Hank' to everyone on 3 West, went home today.", "Hank"),
        # a Spanish nickname no list of given names holds
        ("Toño y Memo, dos hermanos de Pharr, salieron hoy del hospital.", "Toño"),
    ],
)
def test_a_patients_nickname_is_a_name(text, nickname):
    assert nickname in _found(text, "NAME")


def test_a_staff_members_nickname_is_left_alone():
    text = "Our charge nurse Barbara 'Babs' Jones, RN, retires after 30 years of service."

    assert _found(text, "NAME") == []


def test_a_relative_named_after_the_years_of_a_marriage_is_found():
    text = "Walter passed away on our hospice unit, with his wife of 61 years, Dorothy, beside him."

    assert "Dorothy" in _found(text, "NAME")


def test_a_family_email_holding_the_hospitals_town_is_still_personal():
    text = "Cards for Mr. Odom can go to his daughter at odomfamily.riverside@gmail.com."

    assert _found(text, "EMAIL") == ["odomfamily.riverside@gmail.com"]


def test_a_date_a_time_and_an_age_in_a_note_are_not_a_phone_number():
    text = "ADMIT NOTE 10/07 2215 — 96yo F, fall at home, found by neighbor."

    assert _found(text, "PHONE") == []
    assert "96yo" in _found(text, "AGE")


@pytest.mark.parametrize(
    ("text", "mrn"),
    [
        ("Pendientes: hab. 6-07, pte. R.M.G., exp. #0048-8812, caída en casa", "0048-8812"),
        ("Paciente ROSA MÉNDEZ — HC 00-51-72-34 — cama 2", "00-51-72-34"),
    ],
)
def test_record_numbers_after_spanish_labels_are_found(text, mrn):
    assert mrn in _found(text, "MRN")


def test_staff_credentials_after_a_comma_are_not_a_chart_name():
    text = (
        "Nurses Week shout-outs!\n— Kwabena Asare, RN, Trauma ICU\n"
        "— Hye-jin Park, MSN, CCRN, 5 North"
    )

    assert not _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Amina Warsame wrote to thank Dr. Lund and the 5 West nurses who cared for her "
            "mother after her stroke in May.",
            ["Amina Warsame"],
        ),
        (
            "Maria and Jose Delgado stopped by with pan dulce for the nurses who cared for "
            "their grandma last month.",
            ["Maria", "Jose Delgado"],
        ),
    ],
)
def test_relatives_thanking_the_carers_of_a_patient_are_found(text, names):
    result = _scan(text)

    assert result.patient_specific
    assert set(names) <= {f.text for f in result.findings if f.type == "NAME"}


def test_a_word_opening_a_sentence_about_a_relatives_care_is_no_name():
    text = "Billing question from a dad about his daughter's stay last week: please DM us."

    assert "Billing" not in [f.text for f in rule_findings(text, HOSPITAL)]


def test_relatives_spoken_to_together_in_a_patients_post_are_all_found():
    text = (
        "A big thank you to the Adeyemi family, who brought jollof rice for our ICU nurses "
        "after their mother's stay. Tunde, Bisi and Kemi — you made our whole night shift!"
    )

    assert {"Tunde", "Bisi", "Kemi"} <= set(_found(text, "NAME"))


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "Msg from Peds re: Mila Ortega, DOB 2018-04-11, MRN 00733125. Her hearing aid "
            "claim was denied. Pls call 907.555.0147 or email the family.",
            "907.555.0147",
        ),
        (
            "Device note: Pt Ramon Ybarra, MRN 00418822, pacemaker serial PJX771203S, remote "
            "monitor paired to home phone (575) 555-0163.",
            "(575) 555-0163",
        ),
    ],
)
def test_a_phone_number_in_a_pasted_record_is_the_patients(text, phone):
    assert phone in _found(text, "PHONE")


def test_a_call_to_action_number_in_a_post_with_no_record_is_not_a_patients():
    text = "Questions about flu shots? Call our nurse line at (404) 555-0199 any time."

    assert _found(text, "PHONE") == []


@pytest.mark.parametrize(
    ("text", "mrn"),
    [
        (
            "Foto de la pulsera: RUIZ, ANSELMO | F. Nac 03/05/1932 | Exp 00871234 | Cuarto 412",
            "00871234",
        ),
        ("from the family chat: 'dad is in room 5-118, his MRN if u call is 30718842'", "30718842"),
    ],
)
def test_a_record_number_after_its_cue_a_few_words_back_is_an_mrn(text, mrn):
    assert mrn in _found(text, "MRN")


def test_her_sister_is_not_a_nun():
    text = (
        "Soy la hermana de Yadira Olivas, la muchacha que trajeron después del choque. "
        "¡Ya despertó!"
    )

    assert "Yadira Olivas" in _found(text, "NAME")


def test_names_in_a_clinic_schedule_after_clock_times_are_found():
    text = (
        "Agenda 10/09: 08:00 Prieto Loya, Jesús A. (INR) · 08:20 Baca, Efrén (posop) · "
        "08:40 Carrillo, Dolores (DM)"
    )

    assert {"Prieto Loya, Jesús A", "Baca, Efrén", "Carrillo, Dolores"} <= set(_found(text, "NAME"))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Welcome, baby Selam! Born on Enkutatash, Ethiopian New Year, to Hiwot and Dawit.",
            "Enkutatash",
        ),
        (
            "Twins on MLK Day! Welcome Jordan and Jalen, born at 4:04 and 4:11 a.m. to Kiara.",
            "MLK Day",
        ),
        ("Our first Tết baby: Nguyễn Bảo An arrived at 12:10 a.m. on Tết to Linh and Khoa.", "Tết"),
    ],
)
def test_more_named_days_of_a_patients_birth_are_dates(text, date):
    assert date in _found(text, "DATE")


def test_families_named_together_in_a_patients_post_are_all_found():
    text = (
        "The Tsosie and Begaye families thank our hospice team for caring for Ella Tsosie, "
        "who walked on peacefully on Feb. 3 at age 94."
    )

    assert {"Tsosie", "Begaye"} <= set(_found(text, "NAME"))


def test_a_hashtag_made_of_the_patients_name_is_found():
    text = (
        "BIG NEWS: baby Gus Lemieux went home to Brockton on 4/26 after 158 days in the "
        "NICU! Follow along at #gusgoeshome"
    )

    assert "#gusgoeshome" in _found(text, "NAME")


def test_the_organisations_own_campaign_tag_is_not_a_patients_name():
    text = "Welcome home, Riley Vance! 62 days in our NICU and out the door. #RiversideStrong"

    assert "#RiversideStrong" not in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "Re: my mother, Loretta Vance (MRN 00481122), 96, fell at home 3/2 and nobody "
            "called us back.",
            "96",
        ),
        (
            "Thanks to Ms. Geneva Pruitt in Room 318, 94, who led the hallway in hymns during "
            "the outage.",
            "94",
        ),
        ("Hab. 12 \u2013 Sra. Petra Olmos, 97 \u2013 Exp. 00412233.", "97"),
        ("Cama 3: LUGO, Fermina - 93 - neumonía. Cama 4: libre.", "93"),
        ("TRACKER Rm 2 OKAFOR, JOY 94F chest pain | Rm 4 LUND, ERIK 7M rash", "94"),
        ("Mr. Pruett, 91M, CHF, family wants to talk about DNR.", "91"),
        ("Cama 9 - Sra. Lemus Arriaga, Dora, 95a, ingreso 03/11", "95"),
        ("Nota 12/03 \u2014 Pte. RUIZ PEÑA, T. (Exp. 00851234), 92 a., cuarto 310.", "92"),
        (
            "Happy birthday to Mr. Walt Brennan, ninety-eight today, who came in for a new hip.",
            "ninety-eight",
        ),
        ("Gus Petrakis turns 9-0 today (Mar. 9!) and asked for baklava.", "9-0"),
        ("Our patient Mr. Dodd just told us 97 looks good on him.", "97"),
        ("Welcome to the 100 club, Bernice Oduya! Cake on 4 West at 3.", "100"),
        ("¡Feliz cumpleaños 100, doña Amparo Quiroz! Gracias por tu alegría.", "100"),
    ],
)
def test_a_patients_age_over_89_in_a_record_line_or_a_greeting_is_an_age(text, age):
    assert age in _found(text, "AGE")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Our patient Lyle Sparks ran a fever of 102F on Monday; today he is home in Dover.",
            "102",
        ),
        ("Our patient Mr. Hal Price, 71, ran the 100M dash at the senior games in June.", "100"),
        (
            "Volunteer spotlight: Mrs. Aghajanian, 94, has pushed our mail cart since 1998. "
            "Thank you, Mrs. A!",
            "94",
        ),
    ],
)
def test_a_fever_a_race_or_a_volunteers_age_is_not_a_patients_age_over_89(text, number):
    assert not [age for age in _found(text, "AGE") if age.startswith(number)]


def test_a_hashtag_made_of_a_patients_initials_is_found():
    text = (
        "Tonight's first pitch goes to JJ Whitaker! JJ spent his 11th birthday in our day "
        "hospital. #JJsFirstPitch #GoBraves"
    )

    found = _found(text, "NAME")

    assert "#JJsFirstPitch" in found
    assert "#GoBraves" not in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "welcome baby hodan 🌸 born at 9:02pm, 8lb 1oz, to proud parents amina and yusuf "
            "of burnsville.",
            {"hodan", "amina", "yusuf"},
        ),
        (
            "gracias por cuidar a mi niña ana sofía en el 4to piso 💕 ustedes la salvaron del "
            "dengue.",
            {"ana", "sofía"},
        ),
        (
            "she's 97 and still fussin at everybody lol. 6th floor nurses yall are angels. "
            "— her grandbaby keisha in decatur",
            {"keisha"},
        ),
    ],
)
def test_lower_case_names_of_a_patient_and_relatives_named_together_are_found(text, names):
    result = _scan(text)

    assert result.patient_specific
    assert names <= {f.text for f in result.findings if f.type == "NAME"}


def test_a_doctor_thanking_a_team_for_work_on_her_transplant_is_not_a_patient():
    text = "Dr. Helen Marsh thanks the OR nurses for their hard work on her 500th transplant."

    assert not _scan(text).patient_specific


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "Family OK'd it: pt Arlo Sits Down, DOB 4/2/1961, HRN 40219, thrown from his horse.",
            "MRN",
            "40219",
        ),
        ("Pte. HERRERA DÍAZ, JUANA (HC 40288173) necesita ambulette el jueves.", "MRN", "40288173"),
        ("ADT^A01 | PID|||66310427^^^GLHH||BAZZI^HASSAN^M||19560419|M", "MRN", "66310427"),
        ("ADT^A01 | PID|||66310427^^^GLHH||BAZZI^HASSAN^M||19560419|M", "NAME", "BAZZI^HASSAN^M"),
        ("ADT^A01 | PID|||66310427^^^GLHH||BAZZI^HASSAN^M||19560419|M", "DATE", "19560419"),
        (
            "This one is for Abuela Tata (Hortensia Lugo, 95) who rode out the storm at home.",
            "AGE",
            "95",
        ),
        (
            "Evacuados: Ovidio Lafortune 104 \u2013 hab. 212; Amparo Jiménez 'la Nena' 96 \u2013 "
            "hab. 215.",
            "AGE",
            "96",
        ),
        (
            "Our Kupuna Clinic threw a party for Lucia Pacheco's ninety-ninth! Lucia still "
            "makes her own poi.",
            "AGE",
            "ninety-ninth",
        ),
        ("¡Feliz centésimo cumpleaños a doña Paulina Vargas! 🎂", "AGE", "centésimo"),
        (
            "It's a boy on Boys' Day! Little Kenji Oshiro arrived on May 5 \u2014 Kodomo no Hi.",
            "DATE",
            "Kodomo no Hi",
        ),
        (
            "Yeison Amparo, de 29 años, perdió la pierna derecha el 12 de octubre, Día de la Raza.",
            "DATE",
            "Día de la Raza",
        ),
    ],
)
def test_more_record_numbers_ages_and_named_days_of_a_patient(text, kind, value):
    assert value in _found(text, kind)


def test_a_chart_abbreviation_without_a_number_after_it_is_not_a_record_number():
    text = "Our HC 2 team won the chili cook-off! Thanks to everyone who tasted."

    assert not _scan(text).patient_specific


def test_names_written_initial_first_in_a_bed_list_are_found():
    text = "census 6E 0700: bed 1 d. kaplan - tele; bed 2 e. moskowitz - CIWA q4; bed 3 open"

    assert {"d. kaplan", "e. moskowitz"} <= set(_found(text, "NAME"))
    assert "open" not in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our bravest patient in cardiology, Ava Reyes, went home today.", "Ava Reyes"),
        (
            "Nuestra paciente más alegre de Cardiología, Esperancita Llanes, se operó del "
            "corazón el 21 de marzo.",
            "Esperancita Llanes",
        ),
    ],
)
def test_a_patient_described_then_named_after_a_comma_is_found(text, name):
    assert name in _found(text, "NAME")


def test_a_patient_department_head_named_after_a_comma_is_staff():
    assert _found("Our patient experience director, Maria Lopez, will speak at the gala.") == []


def test_don_and_dona_before_a_name_are_titles_not_names():
    text = "Nuestro paciente de 100 años, don Cruz, votó desde su cama. ¡Gracias, doña Lupe!"

    names = _found(text, "NAME")
    assert "Cruz" in names
    assert "don" not in names and "doña" not in names


# --- Readings added from the dev65 to dev71 round -------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Cirugía de Anselmo Pérez Ruiz: 14/IX. Favor de mandar la incapacidad.", "14/IX"),
        ("Sra. Walburga Friesen de Penner, cama 6. Nació 3-XI-1958. Solo habla alemán.",
         "3-XI-1958"),
        ("Ingreso de Tomasa Yax López: 08.IV.25, hab. 12.", "08.IV.25"),
    ],
)  # fmt: skip
def test_a_date_with_its_month_in_roman_numerals_is_found(text, date):
    assert date in _found(text, "DATE")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Doña Remedios Lucero estuvo con nosotros del 4 al 22 de junio. ¡Gracias!", "4"),
        ("Ingresó el 11 y hoy sale: Wilmer Josué Castellanos ya está en su casa en Dalton.",
         "11"),
        ("Su nieta Brisa la visitó el domingo 18, el día que Chabela salió de terapia.", "18"),
        ("Noemí Tzul llegó en ambulancia el día 9 y hoy ya camina sola.", "9"),
        ("Welcome, Liberty Okafor! She arrived at 11:58 p.m. on the Fourth.", "Fourth"),
    ],
)  # fmt: skip
def test_a_day_of_the_month_alone_in_a_named_patients_post_is_a_date(text, day):
    assert any(day in found for found in _found(text, "DATE"))


def test_a_day_of_the_month_in_a_sentence_about_an_event_is_left_alone():
    text = "Del 4 al 22 de junio, la feria de salud estará en el parque. ¡Los esperamos!"
    assert "4" not in _found(text, "DATE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("oops wrong chat - pt in 5S-08 is castillo, irma (mrn 0-0432-1190), son at the desk",
         "castillo, irma"),
        ("tablero de la UCI: cama 2 - rojas, fermin / cama 3 - vacante", "rojas, fermin"),
        ("ALTA ✅ salazar, elena — ingresó abril 2, sale hoy.", "salazar, elena"),
        ("mrn 00812277 / tran, thi hoa / dob 03-14-1940 / rm 3110", "tran, thi hoa"),
        ("pegado por error: 'medina soto, ana de la luz \u2013 77 a \u2013 f. nac. 2/5/1948'",
         "medina soto, ana de la luz"),
    ],
)  # fmt: skip
def test_a_lower_case_chart_name_between_chart_fields_is_found(text, name):
    assert name in _found(text, "NAME")


def test_a_lower_case_list_of_words_between_chart_fields_is_no_name():
    assert _found("supply list: water, ice chips / rm 4 needs more", "NAME") == []


def test_a_lower_case_name_after_a_courtesy_title_is_found():
    text = "la sra. graciela gonzalez, hab 210, sale mañana; su hija pide que le llamen."
    assert any("graciela gonzalez" in found for found in _found(text, "NAME"))


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("rang the bell today!! so proud of u yuleisy 💛 #yuleisystrong", "#yuleisystrong"),
        ("Hoy despedimos a nuestro guerrero, Toñito. #ToñitoVive", "#ToñitoVive"),
        ("Gracias a la planta por el permiso de don Lencho Ávila. #fuerzadonlencho",
         "#fuerzadonlencho"),
        ("K.J. is 7 and just finished chemo on 3 West! #KJStrong", "#KJStrong"),
        ("Su mamá Yesenia pide oraciones mientras Sokha está aislado. #prayforsokha",
         "#prayforsokha"),
    ],
)  # fmt: skip
def test_a_patients_hashtag_with_a_name_the_post_says_on_its_own_is_found(text, tag):
    assert tag in _found(text, "NAME")


@pytest.mark.parametrize(
    "text",
    [
        "#BVHStrong #ValleyStrong: one region, one message. Thank you for every donation.",
        "we see u #noodlenate 🍜 thanks for teaching 5 south to roll dumplings from your bed. "
        "#dumplingsquad",
    ],
)
def test_an_organisations_initials_or_a_word_in_a_tag_are_no_name(text):
    names = _found(text, "NAME")
    assert "#BVHStrong" not in names and "#dumplingsquad" not in names and "dumplings" not in names


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Thirty-four years at the Whirlpool plant, and Odessa Banks never missed a day. "
         "She went home from our rehab unit today.", "Whirlpool"),
        ("Happy 93rd to Mr. Vernon Pike, who spent 38 years at Alcoa.", "Alcoa"),
        ("Hernán Yupanqui, claim BK-55120, injury date 3/3, employer Ridge Valley Orchards.",
         "Ridge Valley Orchards"),
        ("Carta para su patrono, Almacenes La Norteña: Rubén Tello estuvo internado una semana.",
         "Almacenes La Norteña"),
        ("Raymond Okoro drives for SEPTA and went home from our ICU today.", "SEPTA"),
    ],
)  # fmt: skip
def test_an_employer_after_years_of_work_a_label_or_a_job_is_found(text, employer):
    assert employer in _found(text, "NAME")


def test_a_town_someone_works_in_is_no_employer():
    text = "Rosa Delgado went home today after her surgery. She works in Houston as a teacher."
    assert "Houston" not in _found(text, "NAME")


def test_years_at_a_school_are_no_employer():
    text = "Jaylen Brooks spent 4 years at Lincoln Elementary before his accident."
    assert "Lincoln" not in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Dwayne Pruitt, hurt in a fall at Gulfport Shipyard in March, walked out today.",
         "Gulfport Shipyard"),
        ("Después de 2 semanas por quemaduras en la bodega de Frío del Norte, Efraín Solís ya "
         "está en casa.", "Frío del Norte"),
        ("Wanda Greer, who drives the MCTS 14 bus past our campus, went home from 5 West today.",
         "MCTS"),
        ("Curtis Vang was pulled from a fire at his job at Lakeshore Chemical and is home today.",
         "Lakeshore Chemical"),
    ],
)  # fmt: skip
def test_a_workplace_named_by_its_kind_of_business_is_an_employer(text, employer):
    assert employer in _found(text, "NAME")


def test_a_business_in_a_sponsors_sentence_is_no_employer():
    assert _found("Thank you to Gulfport Shipyard for donating 40 coats to our NICU!") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thank you to 3 West for caring for my pap Herschel after his fall.", "Herschel"),
        ("her prababusya Halya knitted the hat she wore home from our NICU today.", "Halya"),
        ("Gracias a las enfermeras que cuidaron a nuestro Buelo Nacho en el cuarto 318.", "Nacho"),
        ("His tonton Wesner flew in from Cap-Haïtien to see him ring the bell.", "Wesner"),
    ],
)  # fmt: skip
def test_a_relative_called_by_a_kinship_word_of_the_familys_language_is_found(text, name):
    assert name in _found(text, "NAME")


def test_a_modal_verb_after_a_relative_is_no_name():
    text = "Her daughter will be home soon, and Mémère and Pépère will thank you."
    assert "will" not in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Bobby Mullins went home today: 38 years underground at Pond Creek Energy left him "
         "with black lung.", "Pond Creek Energy"),
        ("Lucas Mateo, de 48 años, trabaja en el turno de noche de Cumberland Poultry y salió "
         "hoy de cirugía.", "Cumberland Poultry"),
        ("Jahangir Alam, 34, was delivering for Golden Wok when he collapsed on July 17.",
         "Golden Wok"),
        ("Aminata Diop, who braids hair at Fatou's African Braiding, came in on 7/7.",
         "Fatou's African Braiding"),
        ("In loving memory of Walt Wiśniewski, 97, retired Edgar Thomson millwright.",
         "Edgar Thomson"),
    ],
)  # fmt: skip
def test_an_employer_after_a_trade_or_before_a_former_job_is_found(text, employer):
    assert employer in _found(text, "NAME")


def test_a_team_a_player_was_on_is_no_employer():
    text = "Isaiah Spotted Wolf, 17, played guard for the Morning Stars. We lost him on 8/19."
    assert "Morning Stars" not in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pasted by accident, deleting: 'sasha kozak 4yo m, dob 06/19/2020, allergies nka'",
         "sasha kozak"),
        ("from the portal 🤦 — 'member: lupe a. fonoti · plan: Molina · member id 120884517'",
         "lupe a. fonoti"),
        ("not again 🙈 'peds 6: ruiz, tony 12M fx radius, mom 347-555-0110'", "ruiz, tony"),
    ],
)  # fmt: skip
def test_a_chart_name_in_lower_case_given_name_first_or_with_an_age_in_capitals_is_found(
    text, name
):
    assert name in _found(text, "NAME")


def test_words_before_a_chart_age_are_no_name():
    text = "Our patient Wade (he'd want us to say 'retired lineman, 38 yrs') caught three trout."
    assert "retired lineman" not in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Chester, born on St. Patrick's Day, rang the bell with his nurses today.",
         "St. Patrick's Day"),
        ("Helen Chudik, 94, came to us by ambulance on the Feast of the Assumption.",
         "Feast of the Assumption"),
        ("Welcome, Wren Sampson! Born on the winter solstice to parents Tess and Darrell.",
         "winter solstice"),
        ("Marta Kowal fell asleep in the Lord on Theophany, 70 years after her wedding.",
         "Theophany"),
    ],
)  # fmt: skip
def test_a_feast_or_national_day_a_patients_event_fell_on_is_a_date(text, day):
    assert day in _found(text, "DATE")


def test_a_holiday_greeting_is_no_date():
    assert _found("Happy St. Patrick's Day from the 4 West team! 🍀") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Twelve years ago today, on 1.27, we lost Ka Bao Yang on our oncology floor.", "1.27"),
        ("Milagros nació con 25 semanas el 31-12 y hoy cumple 100 días.", "31-12"),
        ("Pac. Xiomara Tum Pérez, 27 a, G2P1, FUM 15-04, esposo Juan Carlos", "15-04"),
        ("querido paciente Bienvenido Almonte (12·III·1942 - 3·IX·2023), sus hijas", "12·III·1942"),
    ],
)  # fmt: skip
def test_a_day_and_month_with_a_dot_or_a_dash_after_a_cue_is_a_date(text, day):
    assert day in _found(text, "DATE")


def test_a_decimal_after_on_is_no_date():
    text = "Ana Ruiz went home today on 2.5 liters of oxygen and 4 units of insulin."
    assert "2.5" not in _found(text, "DATE")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("TRANSPORT LIST (do not post): 1) Pérez, Graciela 96y 2W-210 → dialysis 0800", "96"),
        ("borrador, NO publicar: C1 Ramírez Soto, Herlinda 97a MRN 2210933", "97"),
        ("census pasted below: BED 1 TAUFA, SIONE 93Y CHF EXAC", "93"),
    ],
)  # fmt: skip
def test_an_age_over_89_as_a_chart_writes_it_is_found(text, age):
    assert age in _found(text, "AGE")


def test_a_numbered_room_or_bus_is_no_age():
    assert _found("Take bus 95A to reach room 96F of our tower.", "AGE") == []


def test_a_full_name_in_lower_case_in_a_patients_story_is_found():
    text = (
        "rip big mike 💔 our favorite dialysis regular, miguel ángel sosa, passed on "
        "halloween night (10/31) still wearing his spider-man scrubs."
    )
    assert "miguel ángel sosa" in _found(text, "NAME")


def test_spanish_words_in_lower_case_are_no_full_name():
    text = "Doña Marta salió hoy de alta y le trajo una corona de flores a las enfermeras."
    names = _found(text, "NAME")
    assert "una corona" not in names and "corona de flores" not in names


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("hoy todos de azul por #yosoyelian 💙 elian tiene 7 años y espera un corazón.",
         "#yosoyelian"),
        ("We lost Jayden on 2.19. His teammates wore #JaydenForever at the final.",
         "#JaydenForever"),
        ("Abuela Rosa went home from 4 West today! #MamaRosa", "#MamaRosa"),
    ],
)  # fmt: skip
def test_a_name_tag_with_more_prefixes_and_suffixes_is_found(text, tag):
    assert tag in _found(text, "NAME")


def test_a_name_after_a_patient_label_and_before_an_age_is_found():
    text = "pegada por error → 'Pac. Eduviges Tovar, 91 a., ingresó 23/11 con neumonía'"
    assert "Eduviges Tovar" in _found(text, "NAME")


def test_words_after_a_patient_label_are_no_name():
    assert "Chest Pain" not in _found("Triage note: Pt. Chest Pain, 91 y/o M, bed 4", "NAME")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our own ED charge nurse Brenda Penner-Voth finished her last round of radiation on "
         "Halloween.", "Brenda Penner-Voth"),
        ("Some patients are family. ICU nurse Jenna Koehn cared for her own dad, Harlan Koehn, "
         "during his COVID fight.", "Jenna Koehn"),
        ("Nuestra enfermera Yaritza Peña cuidó de su propia abuela, doña Chucha Valdez, de 98 "
         "años.", "Yaritza Peña"),
    ],
)  # fmt: skip
def test_staff_treated_here_or_caring_for_their_own_relative_here_is_named(text, name):
    assert name in _found(text, "NAME")


def test_staff_helping_patients_finish_treatment_stay_staff():
    text = "Our oncology nurse Tamika Reed helps patients finish their last round of chemo."
    assert _found(text, "NAME") == []


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Thank you to Wheatland Co-op for covering every shift while Gerald Unruh recovered.",
         "Wheatland Co-op"),
        ("Gracias a Sunrise Hop Ranch por darle a don Chuy Rangel tres meses de permiso.",
         "Sunrise Hop Ranch"),
        ("A 103-year-old retired Goodyear tire builder asked the ICU nurses for a score.",
         "Goodyear"),
        ("Mae Riggs came to Akron to build tires at General Tire. She died here on 5/5.",
         "General Tire"),
    ],
)  # fmt: skip
def test_an_employer_that_held_a_job_or_of_a_former_trade_is_found(text, employer):
    assert employer in _found(text, "NAME")


def test_a_person_named_like_the_hospitals_town_is_found():
    context = OrgContext(
        name="Merrimack Health", addresses=("310 Pawtucket Boulevard, Lowell, MA 01854",)
    )
    text = "Lowell Fitzgerald, 90, has lived in Lowell his whole life and went home today."
    names = [f.text for f in scan(text, context=context).findings if f.type == "NAME"]
    assert "Lowell Fitzgerald" in names
    assert not scan("Our Lowell campus opens a new clinic today!", context=context).findings


def test_a_first_name_after_his_or_her_in_a_patients_story_is_found():
    text = "Happy 95th birthday, Mr. Delbert! He spent 70 years married to his Nell."
    assert "Nell" in _found(text, "NAME")


def test_a_month_or_a_word_after_our_is_no_name():
    text = "Mr. Delbert went home today with his Bible. Our June gala is next week."
    names = _found(text, "NAME")
    assert "Bible" not in names and "June" not in names


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("meal train for the faleolo-ioane family is up!! twins born 11/28 & mom is doing great",
         "faleolo-ioane"),
        ("Fa'afetai tele lava from the Leiataua-Sopoaga aiga! Our daughter Faith was admitted "
         "on White Sunday.", "Leiataua-Sopoaga"),
        ("Gracias a la familia de la Cruz por los pasteles que trajeron tras el alta de su "
         "abuelo.", "Cruz"),
    ],
)  # fmt: skip
def test_a_double_surname_or_a_particle_surname_of_a_family_is_found(text, family):
    assert family in _found(text, "NAME")


def test_a_crew_of_words_or_a_title_after_la_familia_de_is_no_name():
    text = (
        "Mr. Bobby turned 100 in room 6214, surrounded by the gift-shop crew. La familia de "
        "la Sra. Ofelia Cárdenas nos autorizó a informar que ella está estable."
    )
    names = _found(text, "NAME")
    assert "gift-shop" not in names and "Sra" not in names


def test_a_name_before_a_fall_or_crash_in_a_post_that_thanks_nurses_is_a_patients():
    text = (
        "Construction worker Luis Alberto Tineo fell 3 stories at a job site on Aug 6. "
        "Today he gave his nurses a hard hat signed by his crew."
    )
    assert "Luis Alberto Tineo" in _found(text, "NAME")
    assert "Aug 6" in _found(text, "DATE")


def test_a_pap_test_is_no_grandfather():
    text = "Elena Ruiz went home today. Ladies, schedule your Pap Test or Pap Smear at 4 West."
    names = _found(text, "NAME")
    assert "Test" not in names and "Pap Smear" not in names


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Our first harvest baby of the year arrived on the 28th — a 9 lb 4 oz boy. Congrats!",
         "28th"),
        ("update from halima: baby ikram is 3 weeks today, born the 9th, & finally off oxygen",
         "9th"),
    ],
)  # fmt: skip
def test_a_day_of_the_month_right_after_a_birth_is_a_date(text, day):
    assert day in _found(text, "DATE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pte. de la habitación 305, VALDEZ, ALTAGRACIA DEL CARMEN, brazalete 0091130544, se "
         "levantó sin andador.", "VALDEZ, ALTAGRACIA DEL CARMEN"),
        ("usuario 'chinitabella58' (DE JESÚS, LUZ MARÍA, HC 50312284) entró desde 98.116.7.43",
         "DE JESÚS, LUZ MARÍA"),
    ],
)  # fmt: skip
def test_a_chart_name_before_a_wristband_or_a_spanish_record_number_is_found(text, name):
    assert name in _found(text, "NAME")


def test_heroes_named_surname_first_before_a_holiday_are_no_chart_name():
    text = (
        "Toussaint Louverture, Jean-Jacques Dessalines y Catherine Flon: hoy, Día de la "
        "Bandera Haitiana, celebramos a los héroes de Haití con música konpa."
    )
    assert _found(text, "NAME") == []


def test_a_surname_that_is_a_word_in_a_capitals_chart_line_is_found():
    text = "B2 EMPTY / B3 HER, CHUE — 67 — CHF — MRN 55019347 / B4 open"
    assert "HER, CHUE" in _found(text, "NAME")


def test_words_in_capitals_before_a_chart_field_are_no_name():
    text = "PLEASE PRAY FOR MIN-SEO AND HER PARENTS. 6 YEARS OLD, ALL HEART, IN PICU ROOM 12."
    assert "YEARS OLD, ALL HEART" not in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Emir Hadžić arrived at 3:40 a.m. on the first morning of Kurban Bajram, 6 lb 1 oz.",
         "Kurban Bajram"),
        ("Rosa Medeiros was born on the Feast of St. Anne and turned 95 with us today.",
         "Feast of St. Anne"),
        ("Baby Leila Karimi, our Nowruz baby, went home with her parents today.", "Nowruz"),
        ("Deolinda Sousa spent her birthday, June 13 (santo antónio's day), on 4 North.",
         "santo antónio"),
        ("Ravi Thapa had his knee replaced in our Columbus OR on Buddha Jayanti.",
         "Buddha Jayanti"),
    ],
)  # fmt: skip
def test_a_holiday_of_another_tradition_a_patients_event_fell_on_is_a_date(text, day):
    assert day in _found(text, "DATE")


def test_a_holiday_right_before_a_patients_date_is_the_same_day():
    text = "Our patient Iker Zabala was born on São João, June 24, at 26 weeks."
    assert {"São João", "June 24"} <= set(_found(text, "DATE"))


def test_a_holiday_wish_to_a_patient_is_no_date():
    text = "Joaquim Branco walked out of our ICU today after 10 days. Boa Páscoa, Joaquim!"
    assert "Páscoa" not in _found(text, "DATE")


def test_a_hashtag_made_of_a_patients_name_the_rules_read_in_part_is_found():
    text = "Gurleen Kaur Sidhu, 16, walked out of our rehab gym on June 2. #GurleenGetsUp"
    assert "#GurleenGetsUp" in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Ray Dunn spent 30 years on the docks for Bayside Stevedoring before his stroke.",
         "Bayside Stevedoring"),
        ("Lupe Chávez, cajera de la Pizzería La Estrella, regresó hoy a casa tras 9 días.",
         "La Estrella"),
        ("Después de su cirugía, don Tito Reyes volvió a su trabajo en Trattoria Da Enzo.",
         "Trattoria Da Enzo"),
    ],
)  # fmt: skip
def test_more_kinds_of_business_employing_a_patient_are_found(text, employer):
    assert any(employer in found for found in _found(text, "NAME"))


def test_a_town_after_a_job_and_de_is_no_employer():
    text = "Chepe Maradiaga, albañil de Tegucigalpa, se cayó de un andamio el 22 de julio."
    assert "Tegucigalpa" not in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please remove this photo of an insurance card: MEMBER: ARRUDA COSTA, HELENA  ID: "
         "XKB 551 203 887", "ARRUDA COSTA, HELENA"),
        ("Your visit is ready. Patient: Oaklee Jensen-Hatch. Join with the link we sent.",
         "Oaklee Jensen-Hatch"),
        ("Intake pasted by mistake: Employee Marvin T. Okafor, employer Delta Tire, injury 3/4",
         "Marvin T. Okafor"),
    ],
)  # fmt: skip
def test_a_name_in_a_forms_field_for_the_patient_or_insured_is_found(text, name):
    assert name in _found(text, "NAME")


def test_words_in_a_patient_field_are_no_name():
    text = "Patient: Chest Pain Clinic, walk-ins welcome 8 to 5. Member: Blue Cross, Aetna."
    assert _found(text, "NAME") == []


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Despedimos a Wilmer Josué Pineda Cruz, 'El Gordo', quien falleció el 3 de mayo.",
         "Gordo"),
        ("Marisol Vega was born at 25 weeks. Her nurses nicknamed her \"Little Firecracker.\"",
         "Little Firecracker"),
        ("Doña Altagracia Peña cumplió 97 años y toda la familia le dice 'la Reina'.", "Reina"),
    ],
)  # fmt: skip
def test_a_nickname_with_an_article_or_of_two_words_is_found(text, nickname):
    assert nickname in _found(text, "NAME")


def test_a_lower_case_full_name_with_a_surname_that_is_a_word_before_the_story_is_found():
    text = "throwback to the day tyrell woods walked out of our burn unit after 40 days 🔥"
    assert "tyrell woods" in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Our hospice family mourns Hajja Amina Farah, ninety-four, who passed away Sunday.",
         "ninety-four"),
        ("Mr. Tek Bahadur Rai blew out his candles on 4 West today! #100yearsyoung",
         "#100yearsyoung"),
        ("Dona Lurdes Pacheco celebrou com a família no nosso lar. #101AnosDeVida",
         "#101AnosDeVida"),
    ],
)  # fmt: skip
def test_an_age_over_89_in_words_after_a_name_or_in_a_hashtag_is_found(text, age):
    assert age in _found(text, "AGE")


def test_a_full_date_in_a_pasted_record_with_a_record_number_is_found():
    text = "export row (oops): 2025-03-02,VANG,TOU,M,1958-07-19,MRN 00671234,fall at home"
    assert {"2025-03-02", "1958-07-19"} <= set(_found(text, "DATE"))


def test_a_day_first_dotted_birth_day_is_found():
    text = 'From the Melnyk family: "Our daughter Oksana was born 24.08 with a hole in her heart."'
    assert "24.08" in _found(text, "DATE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("wrong chat 🙈 'Hi it's Renata (Joey's sister)!! can u send me his discharge papers'",
         "Renata"),
        ("Portal message: my dad's follow-up is Tuesday, can we move it? Thank you. - Maiv\"",
         "Maiv"),
        ("Forever grateful for the NICU team who saved our son. Love, Marisol & Eddie Ocampo.",
         "Marisol & Eddie Ocampo"),
    ],
)  # fmt: skip
def test_a_relative_introducing_or_signing_a_message_is_named(text, name):
    assert name in _found(text, "NAME")


def test_a_big_nickname_and_a_prayer_hashtag_in_a_patients_post_are_names():
    text = (
        "Prayers up for Big J 🙏 The Delta pitmaster collapsed Saturday and is in our ICU. "
        "#PrayForBigJ"
    )
    assert {"Big J", "#PrayForBigJ"} <= set(_found(text, "NAME"))
    text = (
        "#PrayForPickles 🥒 Our favorite 5-year-old has a long road ahead after last night's "
        "surgery."
    )
    assert "#PrayForPickles" in _found(text, "NAME")


def test_a_big_game_or_a_prayer_for_a_town_is_no_name():
    text = "Big Game day! Wear orange and stop by our Knoxville booth. #PrayForKnoxville"
    assert _found(text, "NAME") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Pte: Ortiz Vega, Luis / Exp. #: 006-41-88 / Hab. 412 / no publicar", "006-41-88"),
        ("Nombre: Ana Ruiz Soto | HC: 00-61-7730 | Seguro: Molina", "00-61-7730"),
        ("Discharge checklist for Mr. Okan Demir — MRN: KS/01-44/2219 — all done", "KS/01-44/2219"),
        ("Lab callback (do not post): Med Rec No. CRH*00718  HALE, ROY  K+ 6.0", "CRH*00718"),
        ("exp 73310 / cama 9 / hijo: Ramiro Quiroga", "73310"),
    ],
)  # fmt: skip
def test_a_record_number_in_more_forms_is_an_mrn(text, number):
    assert number in _found(text, "MRN")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("ED board in the photo 😬 'HALL 2 — KOWALCZYK, T. (96) — SOB — MRN 4410087'", "96"),
        ("From: Charge RN 4W Pt: Delbert Ray Sizemore, 93 y/o M Adm: 10/02 via ED", "93"),
        ("happy bday to our fave frequent flyer grandpa Chuy, 97 today and still flirting 🎂",
         "97"),
        ("Mrs. Opal Greer blew out the candles on 3 North today! #99AndFabulous", "#99AndFabulous"),
    ],
)  # fmt: skip
def test_an_age_over_89_right_after_a_chart_name_or_in_a_fabulous_hashtag_is_found(text, age):
    assert age in _found(text, "AGE")


def test_a_number_to_call_a_relative_back_on_is_a_phone():
    text = (
        "Is that Mr. Otis Greer in the photo? Your daughter called. Call her back at 216-555-0391."
    )
    assert "216-555-0391" in _found(text, "PHONE")


def test_a_phone_in_a_form_with_a_named_field_is_found():
    text = "Formulario (publicado por error): Nombre: Rosaura Peña Ureña | Tel. 978-555-0417"
    assert "978-555-0417" in _found(text, "PHONE")


def test_a_business_with_a_one_letter_word_employing_a_patient_is_found():
    text = "Don Chuy Ramírez, ordeñador en Triple K Dairy de Jerome, regresó a casa hoy. 🐄"
    assert "Triple K Dairy" in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mother Odessa Pruitt, the 101-year-old church mother of Mount Zion, went home to glory.",
         "101-year-old"),
        ("Mr. Amos Tillery says he's '102 and counting,' and our ED nurses agree.", "102"),
        ("Rest easy, Mr. Earl Banks. He came to our ER twice in his 97 years and charmed us both "
         "times.", "97"),
        ("caption ideas: 1) Mr. Dale Ruffin (hip, 2/4) 2) Miss Vie Thompson (100th bday 4/22!!)",
         "100th"),
        ("6W board: 612A YODER, RUTH A F 93 hip fx POD1 | 614 clean", "93"),
        ("STAT BMP for KOWALSKI, Irena, 95 y/o, rm 418, collected 0815.", "95"),
    ],
)  # fmt: skip
def test_more_ages_over_89_of_a_patient_are_found(text, age):
    assert age in _found(text, "AGE")


def test_a_place_named_centenario_is_no_age():
    text = (
        "Ese día Yolanda Pacheco salió de su casa en Otay Centenario y no llegó al trabajo: un "
        "conductor la arrolló."
    )
    assert _found(text, "AGE") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("From #comms-approvals: 'Is 00731156 the one whose family signed the release?'",
         "00731156"),
        ("Label printer test?? PID|1||00558291^^^RCH^MR||NOVAK^ADAM^^||19880412|M", "00558291"),
        ("Crop the photo: the board behind us shows 'Hall 3 — WALSH, J — 40133481'.", "40133481"),
    ],
)  # fmt: skip
def test_a_padded_number_an_hl7_patient_id_and_a_board_number_are_mrns(text, number):
    assert number in _found(text, "MRN")


def test_the_familys_number_a_nurse_will_call_is_a_phone():
    text = (
        "Hola Lupita, lamentamos lo de tu papá, el Sr. Ramón Ortega. Una enfermera de la Línea "
        "(555) 010-2000 te llamará hoy al 664 555 0119."
    )
    assert "664 555 0119" in _found(text, "PHONE")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("So happy Bà Lan is home in Upper Darby after her hip surgery on the Mid-Autumn "
         "Festival.", "Mid-Autumn Festival"),
        ("Born on Juneteenth! Welcome, Zion Amari Jackson, to mom Destiny. #JuneteenthBaby",
         "#JuneteenthBaby"),
        ("¡Bienvenido, Mateo Tiul! Nació el 16 de septiembre - ¡Día de la Independencia! - en "
         "nuestra sala de partos.", "Día de la Independencia"),
        ("[ticket text] Springfield campus · 03/09 · Owner: Okonjo, Blessing · DL 112-45-8830",
         "03/09"),
        ("@kim.seabrook Hi Kimberly, we're sorry your dad's bill from his June stay isn't "
         "resolved yet.", "June"),
        ("Ese día 14 Yolanda Pacheco salió de su casa para ir a trabajar y no llegó.", "día 14"),
    ],
)  # fmt: skip
def test_more_dates_of_a_patients_events_are_found(text, date):
    assert date in _found(text, "DATE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pasted from a social work note: Pt Hnin Wai, DOB 04/14/1988. Husband Kyaw Zin, cell "
         "317-555-0158.", "Kyaw Zin"),
        ("Nursing note: 'Pt is alert. Daughter Biola requests a call before any procedure.'",
         "Biola"),
        ("A note from Sean and Bridget Doyle of Hamburg, whose son Liam was airlifted here.",
         "Sean"),
        ("It's a girl for the Pinckneys of Legare Street! Grace Pinckney was born Tuesday.",
         "Pinckneys"),
        ("Snowblower, meet Tom Murphy's hand. Tom, a Springfield Public Schools custodian, reached "
         "in on Feb. 15.", "Springfield Public Schools"),
        ("Our hearts are with the family of Reggie Boone, the SEPTA trolley operator who died "
         "here Sunday.", "SEPTA"),
        ("Please blur!! Wristband: PALMER, JUNIOR A · MRN 6602813 · Rm 4411", "PALMER, JUNIOR A"),
        ("CHP report attached to chart: Driver PEREZ LOZANO, HECTOR, CA DL B7734219, struck at "
         "0540.", "PEREZ LOZANO, HECTOR"),
    ],
)  # fmt: skip
def test_more_names_of_patients_relatives_and_employers_are_found(text, name):
    assert name in _found(text, "NAME")


def test_a_state_before_a_drivers_licence_is_no_town():
    text = "CHP report attached to chart: Driver PEREZ LOZANO, HECTOR, CA DL B7734219."
    assert "HECTOR" not in _found(text, "GEO")


@pytest.mark.parametrize(
    "text",
    [
        "Last night a baby boy was born in the back of a plow truck in our ambulance bay. Shout "
        "out to the Springfield Public Works driver who flashed his lights the whole way!",
        "Gracias a Auto Partes Hermanos Gallegos por patrocinar nuestra colecta de sangre.",
        "Nasra Ali, RN, earned her certification! Nasra started at Twin Rivers as a CNA in 2015.",
        "Que sean muy felices estas fiestas, les desea todo el equipo del hospital.",
    ],
)  # fmt: skip
def test_a_rescuers_employer_a_sponsor_and_a_verb_are_no_names(text):
    assert not _scan(text).patient_specific


def test_years_of_service_are_no_employer():
    text = (
        "Our patient Ron Diaz, a night-shift clerk for 25 years, went home today after his bypass."
    )
    names = [f.text for f in rule_findings(text, HOSPITAL) if f.type == "NAME"]
    assert "Ron Diaz" in names
    assert "25" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pre-op list 12/19 (pls delete): CIPRIANI, VINCENT (Vinny) MRN 40147720 — R knee",
         "Vinny"),
        ("[iMessage] Lottie: can y'all post a pic of my dad Jonas Reed with the nurses? He goes "
         "home from 4 West tomorrow!", "Lottie"),
        ("Pasted from the chart: Pt Wendell Tackett, MRN 00481122, dtr at bedside. Call Tammy at "
         "501-555-0187 with changes.", "Tammy"),
        ("To the nurses who cared for my husband Curtis Hollins in 4 West: thank you for the ice "
         "cream. God bless. Ro", "Ro"),
    ],
)  # fmt: skip
def test_a_nickname_a_writer_a_person_to_call_and_a_signature_are_names(text, name):
    assert name in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Please attach to the chart of Mrs. Rosa Tiul: employee ID 884213 (Ozark Valley "
         "Poultry, Rogers plant), WC claim # AR-25-0047719", "Ozark Valley Poultry"),
        ("Paciente: Rosa Tiul Pop. Tel. del trabajo: Ozark Valley Poultry, 479-555-0199.",
         "Ozark Valley Poultry"),
        ("Pt Sami Haddad intubated post cardiac arrest, collapsed at work (Shoreline Fitness, "
         "Broadway).", "Shoreline Fitness"),
        ("Gail Thibodeau wrote in: I'm an actuary at Nutmeg State Assurance and I was your "
         "patient for my appendix.", "Nutmeg State Assurance"),
        ("After 38 years building Chinooks at Boeing, Jim Gallagher went home from our cardiac "
         "unit with a new valve.", "Boeing"),
        ("When Reynaldo Dizon came off the USS Makin Island with chest pain on March 14, nobody "
         "expected a heart attack.", "USS Makin Island"),
        ("Daddy watched from the USS Abraham Lincoln! Elijah Soriano was born on the 4th of July.",
         "USS Abraham Lincoln"),
    ],
)  # fmt: skip
def test_more_employers_of_patients_are_found(text, employer):
    assert employer in _found(text, "NAME")


@pytest.mark.parametrize("museum", ["USS Midway Museum", "USS Midway museum"])
def test_a_ships_museum_is_no_employer(museum):
    # a post the rules flag, so that the employer rules read it
    text = (
        "Jim Ortiz went home today after his heart surgery. His family will celebrate aboard "
        f"the {museum} on Sunday."
    )
    names = [f.text for f in rule_findings(text, HOSPITAL) if f.type == "NAME"]
    assert names == ["Jim Ortiz"]


def test_the_names_in_a_list_of_the_children_a_unit_lost_are_found():
    text = (
        "Our ofrenda is up. With their families' blessing we are honoring the children we lost "
        "this year: Santiago 'Santi' Reyes Villa, who loved the Xolos; Amira Toma, who drew us "
        "a butterfly every Tuesday."
    )
    result = _scan(text)
    assert result.patient_specific
    assert "Santiago 'Santi' Reyes Villa" in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("One of our spine patients turned 100 this week and still does his morning stretches.",
         "100"),
        ("Mr. K.M., 96, walked 3 laps of 6 West today with his walker and a grin.", "96"),
        ("What do you get Mr. Amos Cline, who's seen 101 Kentucky winters? A cake shaped like a "
         "coal car!", "101"),
        ("Mrs. Lesieli Fifita blew out the candles with her granddaughter Mele. "
         "#NinetyNineAndFine", "#NinetyNineAndFine"),
        ("Doña Carmen Rosario, a Bronx girl since 1949, celebrated her centennial on 5 West.",
         "centennial"),
        ("Our patient Ed Yoder is in his 90s and went home today after his hip surgery.", "90s"),
    ],
)  # fmt: skip
def test_ages_over_89_in_more_forms_are_found(text, age):
    assert age in _found(text, "AGE")


def test_a_birth_date_and_an_age_on_a_wristband_are_no_phone():
    text = "wristband test, pls ignore: O'SULLIVAN, KATHLEEN A / DOB 04-02-1931 / 94 F / Rm 7N-12"
    assert _found(text, "PHONE") == []
    assert "94" in _found(text, "AGE")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("on the 14th our trauma team got a 16 y/o with a gunshot wound. today he walked out. "
         "his mom wanted everyone to know his name: jermaine.", "14th"),
        ("Dwayne Pritchett, 58, spent 31 hours in his car on Genesee Street during the December "
         "blizzard. He went home today.", "December"),
        ("Clint Ngo, hurt in a January fall at Baytown Shipyard, roped a practice steer today.",
         "January"),
    ],
)  # fmt: skip
def test_a_day_of_the_month_and_the_month_of_a_storm_in_a_patients_story_are_dates(text, date):
    assert date in _found(text, "DATE")


def test_a_day_of_the_month_in_an_invitation_is_no_date():
    text = "Ava Lopez went home today! Join us on the 14th for the first Ava's Army 5K."
    assert "14th" not in _found(text, "DATE")


def test_a_public_person_with_a_nickname_who_is_the_patient_is_named():
    text = (
        "Happy 92nd to Oilers legend Curtis 'Big Train' Wilkerson, who's celebrating on our "
        "cardiac floor this week! He asked us to post this so his old teammates can send cards."
    )
    assert "Curtis 'Big Train' Wilkerson" in _found(text, "NAME")


def test_a_nurse_with_a_nickname_in_a_post_about_a_patient_is_not_highlighted():
    text = (
        "Felicidades a la enfermera Rosario 'Chayo' Banegas, nombrada Enfermera del Año, y a "
        "nuestro paciente Juan Pérez, que se fue a casa hoy."
    )
    assert "Rosario 'Chayo' Banegas" not in _found(text, "NAME")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Former Vikings lineman Curtis Bjorklund thanked the cardiac team that placed his stent "
         "on Dec 12.", "Vikings"),
        ("Tribal President Harvey Whitecrane thanks our clinic team after his gallbladder surgery "
         "on 9/3. “Back at work Monday,” he says.", "Monday"),
        ("From: Keshia Brown RN <kbrown@riversidechildrens.org> Our patient Mr. Isaiah Frazier "
         "(MRN 00919377) wants to thank the crew who pulled him out of the creek on 7/26.",
         "Keshia Brown RN"),
        ("Rest peacefully, Niam Tais Yer Xiong. At 97, she was the oldest patient to get a "
         "pacemaker at Twin Rivers (in 2019, at 92!).", "Rivers"),
        ('Registration screen: "Guarantor: FARAH, AMINA  Relation: Mother  Pt: FARAH, YUSUF  '
         'DOB 05/05/2016"', "Pt"),
    ],
)  # fmt: skip
def test_a_team_a_weekday_a_nurse_a_place_and_a_label_are_no_names(text, word):
    assert word not in _found(text, "NAME")
