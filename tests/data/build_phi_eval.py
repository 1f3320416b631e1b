#!/usr/bin/env python3
"""Build tests/data/phi_eval.jsonl: a labelled evaluation set for the PHI scanner.

Plain Python, standard library only, deterministic. Every post below is written by
hand as literal data; the script only computes span offsets, verifies them and
writes one JSON object per line:

    {"id": "en-0001", "lang": "en"|"es", "text": ..., "patient_specific": bool,
     "spans": [{"type", "start", "end", "text"}], "category": ..., "note": ...}

Offsets are Python string indices into `text` (code points), end exclusive.
The posts are written for the fictional hospital in phi_eval_org.json
(Riverside Regional Medical Center, Millbrook, MN). Its phone numbers, addresses,
domains and handles are never PHI.

Run:  cd /work/main && python3 tests/data/build_phi_eval.py

LABELLING RULES
===============
What is labelled
  Only HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) of a PATIENT or of a
  patient's relatives / household members, and only in patient-specific posts.
  Identifiers of staff, doctors, volunteers, staff members' own families, donors,
  sponsors, public or historical figures, the hospital itself, and population
  groups are never labelled.

patient_specific
  true  <=> the post carries at least one labelled identifier of a patient or of a
           patient's relative (a story, a thank-you to a specific patient or
           family, a memorial, a pasted chart line, a bare MRN or room number...).
           A first name alone, a nickname or a name hashtag is enough.
  false <=> no such identifier. Anonymous / de-identified mentions ("a patient in
           his 60s", "one of our NICU grads", "last night a baby was born in our
           parking lot") are FALSE, as are tips, statistics, events, staff
           spotlights, recruitment, crisis updates and research news.
  The script asserts patient_specific == (len(spans) > 0).

Span extent
  NAME      the name tokens only: "Ava", "Rose Delgado", "JOHNSON, ROBERT J",
            'Walter "Walt" Jensen'. Honorifics/titles (Mr., Mrs., Ms., Sgt.,
            Coach, don, doña, Sr., Sra.) and descriptive words (little, baby,
            la pequeña, el pequeño) are NOT part of the span. Possessive 's is
            excluded ("Ava's" -> "Ava"). Family surnames ("the Nguyen family" ->
            "Nguyen"). Lower-case and ALL-CAPS names are labelled as written.
            Initials used for a patient ("Mr. C") are NAME. A quoted nickname
            used as the patient's name ('"Peanut"') is NAME (without quotes).
            HASHTAGS: a hashtag that contains a patient's name is labelled as ONE
            NAME span covering the whole token including '#': "#TeamJayden",
            "#AvaStrong", "#FuerzaSofia", "#LilysLegacy". Campaign hashtags
            (#RiversideStrong, #HopeForHearts, #JoyToTheWards) are not names.
            Pets' names, the names of staff, doctors, public figures, eponymous
            conditions (Parkinson's, Crohn's, Down syndrome, Wilms tumor, Apgar
            score...) and people/families that name buildings or foundations
            are NOT labelled - unless the donor is introduced as the relative of
            a patient (then they are a patient's relative and ARE labelled).
  DATE      any date element other than a bare year, tied to the patient: birth,
            admission, surgery, discharge, death, injury, release-signing dates.
            The span is the whole date expression as written, including an
            attached year: "March 3", "June 9, 1922", "June 12th", "10/2",
            "04/17/1951", "5 de mayo" (without the article "el"),
            "12 de junio de 1935". A month alone tied to the patient is a date
            element ("in March"). A named holiday is DATE when the patient's event
            happened on it ("born on Valentine's Day", "Nochebuena",
            "Christmas morning" -> "Christmas"); when the text names the same day
            twice ("8 de marzo, Día de la Mujer") both expressions are labelled.
            A bare year is never labelled (the set avoids birth years that would
            reveal an age over 89). Weekdays and relative expressions (Saturday,
            last night, one year ago today, after 43 days) are NOT labelled.
            Dates of hospital events, awareness days, hours, holidays that are
            not the patient's event, and dates of public figures are NOT labelled.
  AGE       a patient's age over 89 (90+). Span = the age token as written: the
            number, with a suffix only when it is part of the same token
            ("97", "100th", "101ST", "102-year-old", "one hundred"); separate
            unit words are not included ("100 years" -> "100", "97 años" ->
            "97"). The words "centenarian" / "nonagenarian" / "centenaria",
            which state an age over 89, are AGE too. Ages <= 89 are never labelled. Population ages ("adults over 90",
            "mayores de 90 años") and ages of staff, volunteers or public figures
            are not labelled.
  GEO       geography smaller than a state tied to the patient or family: street
            (with house number/apt when given), road of the patient's crash,
            neighbourhood, city, county, ZIP, foreign city. The span is the place
            name only ("Maple Grove", "Elm Street", "calle Elm", "55369"). States
            and countries are not GEO. The hospital's own addresses, entrances,
            clinics, parking lots and event venues are not GEO.
  PHONE/FAX/EMAIL/URL/IP
            the patient's or family's: span = the number / address / URL as
            written. Hospital numbers and domains (phi_eval_org.json) and national
            lines (911, 988, 1-800-QUIT-NOW, Poison Control) are not labelled.
            A family's social-media handle ("@jaydens_journey") and a patient
            portal user name are OTHER_ID.
  MRN SSN HEALTH_PLAN ACCOUNT LICENSE VEHICLE DEVICE
            span = the identifier value only, without its label or punctuation
            ("MRN 00482913" -> "00482913", "plate 842 KTR" -> "842 KTR").
  OTHER_ID  room / bed numbers tied to a patient INCLUDE the keyword, because the
            number alone is not an identifier: "room 412", "Rm 412-B", "bed 12",
            "Cama 7", "habitación 305". Other ids (wristband, encounter, case,
            portal user name, social handle) = value only. Conference rooms,
            ambulance units and hospital units (4 North, 5 West) are not labelled.
  PHOTO     kept rare. Only when the text says that the attached photo/video shows
            the patient. Span = the cue word or phrase only ("Pictured", "photo",
            "pic", "video", "Foto", "En la foto"); the names in the caption get
            their own NAME spans. Photos of staff or of objects are not PHOTO.

Every span's text must equal text[start:end]; spans never overlap; when a NAME
(or any labelled string) occurs several times in a post, every occurrence is
labelled (the script checks this; the few intended exceptions, e.g. "Sunny days
ahead for Sunny", are declared with unlabelled_ok).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from phi_labels import LabelledSet  # noqa: E402

SET = LabelledSet(os.path.join(HERE, "phi_eval.jsonl"), os.path.join(HERE, "phi_eval_org.json"))
P = SET.P
T, F = True, False

# ---------------------------------------------------------------------------
# English, patient-specific
# ---------------------------------------------------------------------------

P(
    "en",
    "discharge",
    T,
    "little ava went home today after 43 days in our NICU 💙 her mom says she's already bossing everyone around. we'll miss you, ava! #NICUGrad #RiversideStrong",
    [("NAME", "ava", "*")],
    "lower-case first name only; '43 days' is a relative duration, not a DATE; #RiversideStrong is a campaign tag",
)

P(
    "en",
    "birth_announcement",
    T,
    "Welcome to the world, Mateo! 👶 Born March 3 at 7 lbs 2 oz, he's the very first baby delivered in our new Family Birth Center. Congrats to mom Jessica and dad Luis! 🎉",
    [("NAME", "Mateo"), ("DATE", "March 3"), ("NAME", "Jessica"), ("NAME", "Luis")],
    "first name only with a birth cue; birth date without year; parents' first names",
)

P(
    "en",
    "discharge",
    T,
    "Hope is home! 🏠 After 112 days in our NICU, Hope (born at just 1 lb 4 oz) left with her parents this morning. We hope to see her at the NICU reunion next fall 💕",
    [("NAME", "Hope", "*")],
    "the name is a common word; the lower-case verb 'hope' is not labelled",
)

P(
    "en",
    "patient_story",
    T,
    "Grace was 6 when she was diagnosed with leukemia. Today she rang the bell! 🔔\n\nGrace, your whole team at the Riverside Cancer Center is cheering for you. #GoldSeptember #ChildhoodCancerAwareness",
    [("NAME", "Grace", "*")],
    "common-word name at sentence start; age 6 is not labelled; awareness hashtags",
)

P(
    "en",
    "patient_story",
    T,
    "Meet Will. Three months ago he couldn't stand after his stroke. This week Will walked the full length of our rehab gym (200 feet!) with his wife Barb right beside him. Will, you inspire us 💪 #StrokeRecovery",
    [("NAME", "Will", "*"), ("NAME", "Barb")],
    "'Will' looks like the modal verb; 'Meet X' is also how staff spotlights start; wife labelled",
)

P(
    "en",
    "patient_story",
    T,
    "#TeamJayden 💙💛 Jayden's family asked us to share: he finished his LAST round of chemo today!! Drop some love in the comments 👇 #ChildhoodCancerAwareness",
    [("NAME", "#TeamJayden"), ("NAME", "Jayden")],
    "patient name inside a hashtag (whole token) and as a possessive",
)

P(
    "en",
    "discharge",
    T,
    "The 4 North crew threw a surprise send-off for Mr. Ruiz in room 412 before he went home after 6 weeks with us 🎈\n\nPictured: Mr. Ruiz with nurses Tasha and Kevin.",
    [("NAME", "Ruiz", "*"), ("OTHER_ID", "room 412"), ("PHOTO", "Pictured")],
    "surname after honorific; room number tied to the patient; nurses' names are not labelled; photo caption",
)

P(
    "en",
    "patient_story",
    T,
    "Faith, you did it!! 🎓 Two years after the crash that brought her to our Trauma ICU, Faith graduated from Elk River High this weekend. Her dad Mark sent us this photo and we're all crying 😭💙",
    [("NAME", "Faith", "*"), ("GEO", "Elk River"), ("NAME", "Mark"), ("PHOTO", "photo")],
    "common-word name; home town hidden in a school name; father; the attached photo shows the patient",
)

P(
    "en",
    "discharge",
    T,
    "Sunny days ahead for Sunny! ☀️ Our 8-year-old heart transplant patient went home today with a brand-new heart and the biggest smile on 6 West.",
    [("NAME", "Sunny", 2)],
    "first 'Sunny' is an adjective, the second is the patient's name",
    unlabelled_ok=("Sunny",),
)

P(
    "en",
    "patient_story",
    T,
    "From Maple Grove to the finish line 🏃‍♀️ One year after her double lung transplant, Rose Delgado ran the Twin Cities 10K. Rose, we are SO proud of you! Read more about our transplant program: riversidehealth.org/transplant",
    [("GEO", "Maple Grove"), ("NAME", "Rose Delgado"), ("NAME", "Rose", 2)],
    "home town, full name, first name; race name and hospital URL are not PHI",
)

P(
    "en",
    "discharge",
    T,
    "Big news from 5 West: Mr. Henderson, 97, just walked out of here after hip surgery and told us he's driving himself to bingo on Friday 😂 Don't tell his daughter Carol! 👴🎲",
    [("NAME", "Henderson"), ("AGE", "97"), ("NAME", "Carol")],
    "bare age over 89 after the name; weekday not a DATE; '5 West' is a unit",
)

P(
    "en",
    "patient_story",
    T,
    "Our oldest patient this year? 104 years young and still beating the whole Geri unit at cribbage 🃏 We'll miss our card games when you go home, friend!",
    [("AGE", "104")],
    "no name at all: the age over 89 of a specific patient is itself an identifier",
)

P(
    "en",
    "patient_story",
    T,
    "Please keep the Nguyen family in your thoughts 🙏 Their son Bao, 14, is fighting hard in our PICU after Saturday's crash on County Road 10 near Anoka. Meal train for the family: mealtrain.com/trains/nguyen-bao",
    [
        ("NAME", "Nguyen"),
        ("NAME", "Bao"),
        ("GEO", "County Road 10"),
        ("GEO", "Anoka"),
        ("URL", "mealtrain.com/trains/nguyen-bao"),
    ],
    "family surname; crash road and town tied to the patient; personal fundraising URL",
)

P(
    "en",
    "patient_story",
    T,
    "URGENT: blood donors needed 🩸 Eli Thompson (6) from Coon Rapids needs O-negative platelets every week. If you can help, call his mom Tara at 612-555-0199 or email thompsonfam@gmail.com. Thank you!!",
    [
        ("NAME", "Eli Thompson"),
        ("GEO", "Coon Rapids"),
        ("NAME", "Tara"),
        ("PHONE", "612-555-0199"),
        ("EMAIL", "thompsonfam@gmail.com"),
    ],
    "looks like a blood-drive appeal; family phone and e-mail",
)

P(
    "en",
    "patient_story",
    T,
    "happy gotcha day to bill!! 🎂 one year ago today our water rescue team pulled bill out of the river after his snowmobile went through the ice. he came back to say thanks in person 🥹 #IceSafety",
    [("NAME", "bill", "*")],
    "lower-case name that is also a common noun; 'one year ago today' is relative, not a DATE",
)

P(
    "en",
    "birth_announcement",
    T,
    "Joy arrived 3 weeks early and decided to make her entrance on Valentine's Day ❤️ Welcome, baby Joy! Mom Ashley says she's already her favorite valentine.",
    [("NAME", "Joy", "*"), ("DATE", "Valentine's Day"), ("NAME", "Ashley")],
    "holiday that is the birth date; common-word name",
)

P(
    "en",
    "discharge",
    T,
    "Summer spent her whole summer with us 😅☀️ but today she's heading home after spinal fusion surgery. Go get 'em, Summer! #PedsOrtho",
    [("NAME", "Summer", "*")],
    "name vs season: capitalised 'Summer' is the patient, 'summer' the season (not a date)",
)

P(
    "en",
    "patient_story",
    T,
    "Our NICU nurses made a Halloween costume for baby Theo (born 10/2 at 2 lbs 3 oz) and he is officially the tiniest pumpkin in the patch 🎃🧡",
    [("NAME", "Theo"), ("DATE", "10/2")],
    "numeric month/day birth date; Halloween is not the patient's date",
)

P(
    "en",
    "thank_you",
    T,
    "Thank you to Jerome and Patrice Washington for baking 300 cookies for our ER staff in memory of their daughter Kayla, whom we cared for in 2019 💐",
    [("NAME", "Jerome"), ("NAME", "Patrice Washington"), ("NAME", "Kayla")],
    "parents of a former patient; surname is also a state; a bare year is not a DATE",
)

P(
    "en",
    "milestone_birthday",
    T,
    "🎉 Happy 100th birthday, Dolores! Our Transitional Care Unit celebrated with cake, mariachi and four generations of family. Dolores says the secret is tortillas and never arguing with her daughters.",
    [("AGE", "100th"), ("NAME", "Dolores", "*")],
    "ordinal age over 89; Spanish word-name in an English post",
)

P(
    "en",
    "milestone_birthday",
    T,
    "HAPPY 101ST BIRTHDAY GRACE!!! 🎂🎈 the 3 West crew loves you!!",
    [("AGE", "101ST"), ("NAME", "GRACE")],
    "ALL CAPS name and ordinal age",
)

P(
    "en",
    "birth_announcement",
    T,
    "Born on the Fourth of July 🇺🇸🎆 Welcome baby Liberty, our first firework of the day! Congrats to the Okafor family.",
    [("DATE", "Fourth of July"), ("NAME", "Liberty"), ("NAME", "Okafor")],
    "holiday birth date (also a film title); name that is a common noun",
)

P(
    "en",
    "pasted_record",
    T,
    'Great quote from rounds today ✨ "Recovery is a team sport." – Dr. Alvarez\n\nPt: JOHNSON, ROBERT J | DOB 04/17/1951 | MRN 00482913 | Rm 412-B | Admit 06/02',
    [
        ("NAME", "JOHNSON, ROBERT J"),
        ("DATE", "04/17/1951"),
        ("MRN", "00482913"),
        ("OTHER_ID", "Rm 412-B"),
        ("DATE", "06/02"),
    ],
    "chart header pasted under a staff quote; the doctor's name is not labelled",
)

P(
    "en",
    "pasted_record",
    T,
    "MRN 5520917 – pls confirm the release is on file before we post the video",
    [("MRN", "5520917")],
    "internal note with a bare MRN, no name",
)

P(
    "en",
    "pasted_record",
    T,
    "Draft ⬇️ ICU team celebrating a big win today! 🙌 (photo is from bed 12, need to check w/ compliance if the family signed)",
    [("OTHER_ID", "bed 12"), ("PHOTO", "photo")],
    "bed number of the patient shown in the photo; reads like a staff post",
)

P(
    "en",
    "memorial",
    T,
    'With heavy hearts we share that Walter "Walt" Jensen, 94, passed away peacefully in our hospice unit on Christmas morning, surrounded by family. Walt volunteered at our front desk for 31 years and greeted everyone by name. Rest easy, Walt 💙',
    [("NAME", 'Walter "Walt" Jensen'), ("AGE", "94"), ("DATE", "Christmas"), ("NAME", "Walt", "*")],
    "a volunteer who died as a patient: the hospice stay makes him a patient; holiday = date of death",
)

P(
    "en",
    "memorial",
    T,
    "Rest in peace, Coach Dan Miller 💙 Dan coached Little League in Buffalo for 40 years and spent his final weeks with our palliative care team, who he called 'my new starting lineup.' Our love to his wife Linda and the whole Miller crew.",
    [
        ("NAME", "Dan Miller"),
        ("NAME", "Dan", "*"),
        ("GEO", "Buffalo"),
        ("NAME", "Linda"),
        ("NAME", "Miller", "*"),
    ],
    "town named like an animal; title 'Coach' excluded; 'Little League' is not a name",
)

P(
    "en",
    "milestone_birthday",
    T,
    "Not every day you get to sing Happy Birthday to a 102-year-old! 🎶 Eleanor Voss celebrated on our cardiac unit today with her 3 grandkids and her favorite lemon cake. Born June 9, 1922, she's seen it all 🍋",
    [("AGE", "102-year-old"), ("NAME", "Eleanor Voss"), ("DATE", "June 9, 1922")],
    "hyphenated age; full birth date with year",
)

P(
    "en",
    "milestone_birthday",
    T,
    "Our longtime dialysis patient Mr. Abernathy turned 95 on Sunday and brought donuts for EVERYONE in the unit 🍩 That's the spirit!",
    [("NAME", "Abernathy"), ("AGE", "95")],
    "'turned 95'; weekday not a DATE",
)

P(
    "en",
    "milestone_birthday",
    T,
    "Three cheers for our centenarian Rosalind, who celebrated her birthday on 2 South today with a kazoo band 🎉🎺",
    [("AGE", "centenarian"), ("NAME", "Rosalind")],
    "'centenarian' states an age over 89 without a number",
)

P(
    "en",
    "milestone_birthday",
    T,
    "Today is June 12th, which means it's Mr. Pham's 90th birthday!! 🎂 He's been on 7 East all week, so the nurses brought the party to him.",
    [("DATE", "June 12th"), ("NAME", "Pham"), ("AGE", "90th")],
    "the day's date is the patient's birthday; age exactly 90 (first labelled age)",
)

P(
    "en",
    "milestone_birthday",
    T,
    "Happy 89th birthday to our friend Gus from the whole cardiac rehab crew! 🥳 Gus has done 212 sessions with us and never once skipped leg day.",
    [("NAME", "Gus", "*")],
    "age 89 is NOT labelled (only 90+); the post is still patient-specific because of the name",
)

P(
    "en",
    "birth_announcement",
    T,
    "Happy New Year from the Family Birth Center! 🎆 Our first baby of 2025, Aria Lopez, arrived at 12:07 a.m. on New Year's Day weighing 6 lbs 11 oz.",
    [("NAME", "Aria Lopez"), ("DATE", "New Year's Day")],
    "holiday birth date; time of birth is not labelled; year alone not labelled",
)

P(
    "en",
    "birth_announcement",
    T,
    "Double the love 💕💕 Twins Noah and Nora arrived Tuesday morning, 4 minutes apart. Big sister Ellie has already picked out matching onesies.",
    [("NAME", "Noah"), ("NAME", "Nora"), ("NAME", "Ellie")],
    "twins' first names and a sibling; weekday not a DATE",
)

P(
    "en",
    "birth_announcement",
    T,
    "A leap day baby! 🐸 Welcome, Finn, born February 29. He'll only get a 'real' birthday every four years, so we threw him a party today.",
    [("NAME", "Finn"), ("DATE", "February 29")],
    "leap-day birth date",
)

P(
    "en",
    "birth_announcement",
    T,
    'Baby "Peanut" hit 4 lbs today!!! 🥜🎉 Her NICU nurses made her a tiny crown. Keep growing, Peanut!',
    [("NAME", "Peanut", "*")],
    "nickname used as the baby's name",
)

P(
    "en",
    "birth_announcement",
    T,
    "Baby Maya couldn't wait 🚑 She was born in the back of Medic 7 just outside Rogers at 3:40 this morning! Mom and Maya are resting comfortably in our Family Birth Center.",
    [("NAME", "Maya", "*"), ("GEO", "Rogers")],
    "town that is also a surname (Mister Rogers); ambulance unit 'Medic 7' is not an id",
)

P(
    "en",
    "birth_announcement",
    T,
    "Welcome, Brooklyn! 💗 Born 4/4 at 4:44 pm (seriously!) to proud parents Dana and Chris of Brooklyn Park.",
    [
        ("NAME", "Brooklyn", 1),
        ("GEO", "Brooklyn Park"),
        ("DATE", "4/4"),
        ("NAME", "Dana"),
        ("NAME", "Chris"),
    ],
    "the baby's name is also a place and part of the family's city",
)

P(
    "en",
    "birth_announcement",
    T,
    "Rainbow baby 🌈 After years of trying, Kelsey and Ryan Becker welcomed River James on 9/12 at 8 lbs even. We cried with you, Kelsey!",
    [("NAME", "Kelsey", "*"), ("NAME", "Ryan Becker"), ("NAME", "River James"), ("DATE", "9/12")],
    "baby name that is a common noun; parents",
)

P(
    "en",
    "birth_announcement",
    T,
    "Our 10,000th baby in the new birth center: welcome, Isaiah! 🎊 Born 11/30 to the Carter family of St. Michael.",
    [("NAME", "Isaiah"), ("DATE", "11/30"), ("NAME", "Carter"), ("GEO", "St. Michael")],
    "'10,000th' is a count, not an age; city named after a saint",
)

P(
    "en",
    "birth_announcement",
    T,
    "Twin girls on Christmas Eve 🎄🎄 Meet Holly & Ivy! Their parents say the names were 'obvious.'",
    [("DATE", "Christmas Eve"), ("NAME", "Holly"), ("NAME", "Ivy")],
    "holiday birth date; plant names",
)

P(
    "en",
    "staff_spotlight",
    T,
    "Congrats to our own NICU nurse Brianna and her husband Devon on the birth of their son Jack, born right here in our Family Birth Center on 8/19! 💙 We can't wait to meet him, Brianna!",
    [("NAME", "Brianna", "*"), ("NAME", "Devon"), ("NAME", "Jack"), ("DATE", "8/19")],
    "staff spotlight that is really a birth here: the staff member is the patient's mother (and a patient herself)",
)

P(
    "en",
    "discharge",
    T,
    "After 58 days, 3 surgeries and countless popsicles, Marcus is going HOME! 🏡 The 6 West team lined the hallway to clap him out. #ClapOut",
    [("NAME", "Marcus")],
    "first name only with discharge cue",
)

P(
    "en",
    "discharge",
    T,
    "Clap-out for our COVID long-hauler Mr. Dembélé, who spent 4 months in the MICU 👏 His wife Aminata says this is the best Christmas gift she's ever gotten.",
    [("NAME", "Dembélé"), ("NAME", "Aminata")],
    "accented surname; 'Christmas gift' is not a date",
)

P(
    "en",
    "discharge",
    T,
    "Discharged 6/14 after ten long weeks — welcome home, Tyler!! the whole 5 East team is so proud of u",
    [("DATE", "6/14"), ("NAME", "Tyler")],
    "discharge date; informal spelling",
)

P(
    "en",
    "discharge",
    T,
    "Graduation day from the burn unit 🎓 for firefighter Mike O'Brien, who was hurt in the Elm Street warehouse fire in January. Mike, your crew (and ours) is so proud of you.",
    [("NAME", "Mike O'Brien"), ("NAME", "Mike", "*"), ("GEO", "Elm Street"), ("DATE", "January")],
    "apostrophe in surname; place and month of the injury are tied to the patient",
)

P(
    "en",
    "discharge",
    T,
    "Today we said goodbye to our longest-staying patient ever: 214 days. Angel, we'll miss your 3 a.m. jokes 😇",
    [("NAME", "Angel")],
    "common-word name; '214 days' is a duration",
)

P(
    "en",
    "discharge",
    T,
    "Will and Grace (yes, really!) 😂 our twin preemies went home together today 💙💗",
    [("NAME", "Will"), ("NAME", "Grace")],
    "names that are also a TV show title and common words",
)

P(
    "en",
    "discharge",
    T,
    "Mr. and Mrs. Kowalski went home together after BOTH getting new knees the same week 😂 Married 62 years and they do everything together!",
    [("NAME", "Kowalski")],
    "a couple, both patients",
)

P(
    "en",
    "discharge",
    T,
    "The Bed 7 legend finally went home today 🥳 Mr. C, you kept 3 East laughing for a whole month.",
    [("OTHER_ID", "Bed 7"), ("NAME", "C")],
    "bed number and a single initial standing for the patient's name",
)

P(
    "en",
    "discharge",
    T,
    "A wheelchair parade for Ms. Ida Mae Turner, 91, leaving 4 North after beating COVID for the second time! 🎉🦠",
    [("NAME", "Ida Mae Turner"), ("AGE", "91")],
    "three-part name; age over 89",
)

P(
    "en",
    "discharge",
    T,
    "Jordan went home today!! And Dr. Jordan (no relation 😂) says he's never had a patient with the same name before.",
    [("NAME", "Jordan", 1)],
    "the patient shares a name with the doctor; only the patient occurrence is labelled",
    unlabelled_ok=("Jordan",),
)

P(
    "en",
    "discharge",
    T,
    "Room 5122 is EMPTY and we couldn't be happier 🎈 Our friend went home today after 96 days in the CVICU.",
    [("OTHER_ID", "Room 5122")],
    "room number is the only identifier",
)

P(
    "en",
    "discharge",
    T,
    "kenji is out of the ICU and onto the floor!!! 🎸 his bandmates from Andover High came by to play for him this afternoon",
    [("NAME", "kenji"), ("GEO", "Andover")],
    "lower-case name; town in a school name",
)

P(
    "en",
    "discharge",
    T,
    "Ms. Patty is going home! 🌷 Three weeks, two surgeries, and one very spoiled hospital cat plushie later. We'll miss you, Ms. Patty.",
    [("NAME", "Patty", "*")],
    "first name with honorific",
)

P(
    "en",
    "discharge",
    T,
    "Home for the holidays 🎄 Discharge day 12/23 for our friend in room 3B — the nurses sent him off with a Santa hat.",
    [("DATE", "12/23"), ("OTHER_ID", "room 3B")],
    "no name: discharge date plus room number",
)

P(
    "en",
    "thank_you",
    T,
    "A huge thank you to the Alvarez family for the taco lunch they brought our PICU team today 🌮 Diego, we're so glad you're feeling better!",
    [("NAME", "Alvarez"), ("NAME", "Diego")],
    "thank-you to a family; the patient is named only by first name",
)

P(
    "en",
    "thank_you",
    T,
    "This card from 7-year-old Maddie made our whole week 😭 'Thank you for fixing my arm.' You're so welcome, Maddie!",
    [("NAME", "Maddie", "*")],
    "age under 90 not labelled; first name only",
)

P(
    "en",
    "sponsor",
    T,
    "Thank you, Bill Okonkwo, for the handmade wooden toys you've donated to our pediatric floor every December since your granddaughter's stay with us in 2015 🎄🪀",
    [("NAME", "Bill Okonkwo")],
    "looks like a donor thank-you, but he is introduced as a patient's grandfather",
)

P(
    "en",
    "thank_you",
    T,
    "Shoutout to Kim's husband Tony, who brought pizza for the night shift 🍕 Kim, get well soon from all of us on 6 East!",
    [("NAME", "Kim", "*"), ("NAME", "Tony")],
    "'Kim' is a patient here (elsewhere 'Nurse Kim' is staff)",
)

P(
    "en",
    "thank_you",
    T,
    "To the family in room 318: thank you for the flowers, they brighten up the whole unit 🌷",
    [("OTHER_ID", "room 318")],
    "room number as the only identifier of the patient's family",
)

P(
    "en",
    "thank_you",
    T,
    "Thank you @thebeckerfamily for letting us share Ella's story 💕 Her new heart is 1 year old this week!",
    [("OTHER_ID", "@thebeckerfamily"), ("NAME", "Ella")],
    "family social handle; transplant anniversary is relative",
)

P(
    "en",
    "thank_you",
    T,
    "The Patel family (no, not our Dr. Patel 😉) dropped off 200 samosas for the ED team who saved their dad's life in March 🙏",
    [("NAME", "Patel", 1), ("DATE", "March")],
    "patient's family shares a surname with a doctor; month of the admission is a date element",
    unlabelled_ok=("Patel",),
)

P(
    "en",
    "thank_you",
    T,
    "thank u to grandma rose for the 40 hats she knitted while her grandson was in our NICU!! 🧶💙",
    [("NAME", "rose")],
    "lower-case grandmother's name that is a flower",
)

P(
    "en",
    "thank_you",
    T,
    "We got a thank-you video from Hunter, who was our patient after the Labor Day boating accident 🚤 Hunter: the ED misses you (but please wear a life jacket 😅)",
    [("NAME", "Hunter", "*"), ("DATE", "Labor Day"), ("PHOTO", "video")],
    "holiday = date of injury; video of the patient",
)

P(
    "en",
    "memorial",
    T,
    "Fly high, Lily 🦋 Our hearts are broken. Lily fought Wilms tumor with more courage than any of us. Her family asks that instead of flowers you support #LilysLegacy.",
    [("NAME", "Lily", "*"), ("NAME", "#LilysLegacy")],
    "eponymous tumor (Wilms) is not a name; name hashtag with possessive",
)

P(
    "en",
    "memorial",
    T,
    "Today we lowered the flag for Sgt. Marcus Webb, an Army veteran who spent his last days in our hospice unit. Sgt. Webb was 92 and never missed a Veterans Day parade. 🇺🇸",
    [("NAME", "Marcus Webb"), ("NAME", "Webb", "*"), ("AGE", "92")],
    "rank excluded from span; Veterans Day is not his date",
)

P(
    "en",
    "memorial",
    T,
    "In loving memory of baby Noah Reyes, born sleeping on May 2 👣 Our bereavement team walks alongside every family who faces this loss.",
    [("NAME", "Noah Reyes"), ("DATE", "May 2")],
    "stillbirth date; month name that is also a verb",
)

P(
    "en",
    "memorial",
    T,
    "We remember Ms. Gloria, our dialysis family for 11 years, who passed on April 22nd. She brought us lemon bars every Tuesday 🍋💙",
    [("NAME", "Gloria"), ("DATE", "April 22nd")],
    "date of death with ordinal",
)

P(
    "en",
    "memorial",
    T,
    "RIP Big Tony 🕊️ the best storyteller 3 West ever had. we're keeping a chair for you at the nurses' station",
    [("NAME", "Tony")],
    "nickname; adjective 'Big' not in span",
)

P(
    "en",
    "pasted_record",
    T,
    "Copying this from the intake form so we can thank them properly:\nGutierrez, Maria E.\n1422 Elm Street, Apt 3\nMaple Grove MN 55369\nhome (763) 555-0174",
    [
        ("NAME", "Gutierrez, Maria E."),
        ("GEO", "1422 Elm Street, Apt 3"),
        ("GEO", "Maple Grove"),
        ("GEO", "55369"),
        ("PHONE", "(763) 555-0174"),
    ],
    "pasted address block; the family's number has the hospital's area code and prefix but is not a hospital number",
)

P(
    "en",
    "pasted_record",
    T,
    "@Kate can you blur the whiteboard in pic 3? it shows MR# 4471920 and the pt's DOB 2/8/1939",
    [("MRN", "4471920"), ("DATE", "2/8/1939")],
    "staff @mention is not labelled; the picture is of a whiteboard, not the patient, so no PHOTO",
)

P(
    "en",
    "pasted_record",
    T,
    "For the ride-share reimbursement story — Mr. Lindqvist's insurance: BlueCross MN, Member ID XGH448812901. Do we need this in the caption?",
    [("NAME", "Lindqvist"), ("HEALTH_PLAN", "XGH448812901")],
    "member id; the insurer's name is not an identifier",
)

P(
    "en",
    "pasted_record",
    T,
    "SSN 521-44-0918 is visible on the form in the background of the video!! pull it before it goes live",
    [("SSN", "521-44-0918")],
    "SSN only",
)

P(
    "en",
    "pasted_record",
    T,
    "Billing acct 4400-118-92 — the family wants their GoFundMe in the post: gofundme.com/f/help-the-larsons 💙",
    [("ACCOUNT", "4400-118-92"), ("URL", "gofundme.com/f/help-the-larsons")],
    "account number and the family's fundraiser URL (surname only inside the URL)",
)

P(
    "en",
    "pasted_record",
    T,
    "Device check before the photo shoot: pacemaker SN PJN204517R, pt is in 5 East bed 3. OK to film Tues per Dr. Greene.",
    [("DEVICE", "PJN204517R"), ("OTHER_ID", "bed 3")],
    "device serial and bed; a planned shoot is not an attached photo",
)

P(
    "en",
    "pasted_record",
    T,
    "Wristband 0047781 / Encounter 7731102 / Attending: Dr. Greene — this is the patient from the 'miracle on 4 North' draft",
    [("OTHER_ID", "0047781"), ("OTHER_ID", "7731102")],
    "wristband and encounter numbers; attending's name not labelled",
)

P(
    "en",
    "pasted_record",
    T,
    "Story notes: Medicare # 1EG4-TE5-MK72, lives alone on Birch Ln in Anoka, daughter Sue 763-555-0126 (fax 763-555-0127). Loves the Twins.",
    [
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
        ("GEO", "Birch Ln"),
        ("GEO", "Anoka"),
        ("NAME", "Sue"),
        ("PHONE", "763-555-0126"),
        ("FAX", "763-555-0127"),
    ],
    "Medicare beneficiary id, street and town, daughter's phone and fax; 'Twins' is a baseball team",
)

P(
    "en",
    "pasted_record",
    T,
    "crash story — police case #24-118830, and his truck (plate 842 KTR) is in the shot, crop it before posting",
    [("OTHER_ID", "24-118830"), ("VEHICLE", "842 KTR")],
    "case number and licence plate; the picture shows the truck, not the patient",
)

P(
    "en",
    "pasted_record",
    T,
    "DL D512-7741-0932 is readable on the ID card in the corner of the pic from Mrs. Albrecht's room — blur please",
    [("LICENSE", "D512-7741-0932"), ("NAME", "Albrecht")],
    "driver's licence number",
)

P(
    "en",
    "pasted_record",
    T,
    "Caregiver portal log for the FAQ screenshot: user ava.thompson.mom, last login 73.42.118.9 on 03/14 09:12",
    [("OTHER_ID", "ava.thompson.mom"), ("IP", "73.42.118.9"), ("DATE", "03/14")],
    "portal user name, IP and login date in a 'how-to' screenshot",
)

P(
    "en",
    "pasted_record",
    T,
    "Maya's insulin pump (serial NG1234567H) started beeping halfway through the interview lol so we'll reshoot Thursday",
    [("NAME", "Maya"), ("DEVICE", "NG1234567H")],
    "device serial of a named patient",
)

P(
    "en",
    "pasted_record",
    T,
    "VIN 1FTFW1ET5DFC10312 — the family asked us not to show the truck in the crash-recovery video",
    [("VEHICLE", "1FTFW1ET5DFC10312")],
    "VIN only",
)

P(
    "en",
    "pasted_record",
    T,
    "FIN 55120331 | Unit 6W | Bed 22 | Isolation: contact — (sorry, wrong clipboard 🙈 caption coming)",
    [("ACCOUNT", "55120331"), ("OTHER_ID", "Bed 22")],
    "financial number and bed from a chart banner; the unit is not an identifier",
)

P(
    "en",
    "pasted_record",
    T,
    "Cochlear implant activation day! 🦻💙 [internal: device ID CI-4471-AB09, release signed 5/2 — remove before posting]",
    [("DEVICE", "CI-4471-AB09"), ("DATE", "5/2")],
    "device id; release-signing date tied to the patient",
)

P(
    "en",
    "pasted_record",
    T,
    "Case# RRMC-2024-00918 (Olsen) – please fax the consent form to the family at 952-555-0164 before Friday",
    [("OTHER_ID", "RRMC-2024-00918"), ("NAME", "Olsen"), ("FAX", "952-555-0164")],
    "case number carries the hospital's prefix but identifies the patient; family fax",
)

P(
    "en",
    "pasted_record",
    T,
    "Pt: Hernandez, Luz  |  DOB 11/02/1987  |  MRN: 0093318842  |  Ins: Medica 7720031190",
    [
        ("NAME", "Hernandez, Luz"),
        ("DATE", "11/02/1987"),
        ("MRN", "0093318842"),
        ("HEALTH_PLAN", "7720031190"),
    ],
    "EHR banner; first name is a common Spanish word",
)

P(
    "en",
    "pasted_record",
    T,
    "reminder: the family wants copies of the video, send to r.kowalski1958@yahoo.com (NOT the main inbox)",
    [("EMAIL", "r.kowalski1958@yahoo.com")],
    "family e-mail address only",
)

P(
    "en",
    "pasted_record",
    T,
    "Follow Jayden's journey on IG: @jaydens_journey 💪 (his mom asked us to tag it)",
    [("NAME", "Jayden"), ("OTHER_ID", "@jaydens_journey")],
    "family social handle containing the name (whole handle is OTHER_ID)",
)

P(
    "en",
    "pasted_record",
    T,
    "Ava's updates are on her CaringBridge page: caringbridge.org/visit/avathompson ❤️ Her family reads every comment.",
    [("NAME", "Ava"), ("URL", "caringbridge.org/visit/avathompson")],
    "personal CaringBridge URL",
)

# identifiers hiding inside posts that look like other categories
P(
    "en",
    "staff_spotlight",
    T,
    "Meet Nurse Jasmine, 20 years in our NICU 💙 Her favorite memory? Rocking baby Elijah through his first night back in 2009. Today Elijah volunteers on our unit every Saturday!",
    [("NAME", "Elijah", "*")],
    "a staff spotlight that names a former NICU patient; the nurse is not labelled",
)

P(
    "en",
    "recruitment",
    T,
    "Aaliyah was born at 26 weeks in our NICU. 22 years later, she's joining that same NICU as a nurse! 💙 Want to work alongside her? rrmc.org/careers",
    [("NAME", "Aaliyah")],
    "recruitment post that discloses an employee's own patient history",
)

P(
    "en",
    "event",
    T,
    "This year's Heart Walk honoree is 12-year-old Caleb Ortiz, who had open-heart surgery here at 3 days old. Join Team Caleb on Sept 21 at 9 am! 🫀 riversidehealth.org/heartwalk",
    [("NAME", "Caleb Ortiz"), ("NAME", "Caleb", "*")],
    "event date and time are not labelled; patient named inside a team name",
)

P(
    "en",
    "event",
    T,
    "Meet stroke survivor Tom Becker at our Stroke Awareness Fair: May 14, 10am–2pm, Millbrook Community Center. Tom will share how his wife spotted the signs in time.",
    [("NAME", "Tom Becker"), ("NAME", "Tom", "*")],
    "former patient as event speaker; event date/place not labelled",
)

P(
    "en",
    "crisis_update",
    T,
    "ICE STORM UPDATE 3:15 pm: all patients are safe. The patient in room 4B who was moved during the power outage is stable and the family has been notified.",
    [("OTHER_ID", "room 4B")],
    "crisis update that points at one patient's room",
)

P(
    "en",
    "crisis_update",
    T,
    "Update on the I-94 bus crash: we received 11 patients. At the family's request we can share that Coach Randy Fields is in stable condition and thanks everyone for their prayers.",
    [("NAME", "Randy Fields")],
    "crisis update naming one patient with family permission",
)

P(
    "en",
    "health_tip",
    T,
    "Wear your helmet! 🚲 Just ask Leo, 10, who's recovering on our peds floor after a bike crash on Cedar Lane. His mom wants every kid in Millbrook to hear this.",
    [("NAME", "Leo"), ("GEO", "Cedar Lane")],
    "a safety tip built on a named patient; Cedar Lane (crash site) vs the hospital's Cedar Avenue; 'Millbrook' is the audience, not the patient's address",
)

P(
    "en",
    "research",
    T,
    "Meet Dorothy Klein, 93, the oldest participant in our heart failure trial 👵💓 'If it helps the next person, sign me up,' she told Dr. Nguyen.",
    [("NAME", "Dorothy Klein"), ("AGE", "93")],
    "research news with a named participant over 89",
)

P(
    "en",
    "public_figure",
    T,
    "Thank you to Minnesota Lynx guard Jada Brooks for visiting our peds floor today! 🏀 7-year-old Emma in room 6104 got her cast signed and hasn't stopped smiling.",
    [("NAME", "Emma"), ("OTHER_ID", "room 6104")],
    "athlete (public figure) not labelled; the patient and her room are",
)

P(
    "en",
    "eponymous_condition",
    T,
    "Living with Parkinson's didn't stop Frank Delgado, 91, from finishing our Rock Steady Boxing class 🥊 Frank, you're our champ!",
    [("NAME", "Frank Delgado"), ("AGE", "91"), ("NAME", "Frank", "*")],
    "eponymous disease next to a real patient name and age",
)

P(
    "en",
    "eponymous_condition",
    T,
    "Ty was diagnosed with Crohn's at 12. Now 17, he's teaching other teens in our IBD clinic how to handle flare-ups at school 💪",
    [("NAME", "Ty")],
    "two-letter first name next to an eponymous disease",
)

P(
    "en",
    "eponymous_condition",
    T,
    "Hannah has Down syndrome and a laugh that fills the whole clinic 💛 She turns 8 on March 21, which also happens to be World Down Syndrome Day! 🧦🧦",
    [("NAME", "Hannah"), ("DATE", "March 21")],
    "the awareness day is also the patient's birthday, so it is labelled",
)

P(
    "en",
    "statistic",
    T,
    "1 in 10 babies is born premature. Our friend Miles was one of them, born at 25 weeks on 1/9 📊💙 #WorldPrematurityDay",
    [("NAME", "Miles"), ("DATE", "1/9")],
    "statistic followed by a named patient; name that is a unit of distance",
)

P(
    "en",
    "hospital_contact",
    T,
    "Want to send Mr. Friedman a card for his 100th? 💌 Mail it to 2500 Riverside Parkway, Millbrook, MN 55391, Attn: 4 North",
    [("NAME", "Friedman"), ("AGE", "100th")],
    "the hospital's own address is NOT GEO; the patient's name and age are",
)

P(
    "en",
    "campaign_hashtag",
    T,
    "#RiversideStrong looks like this: Officer Dana Price, injured in the line of duty in April, walked out of our trauma unit today 💙🚓",
    [("NAME", "Dana Price"), ("DATE", "April")],
    "campaign hashtag is not a name; month of injury is a date element",
)

P(
    "en",
    "campaign_hashtag",
    T,
    "#AvaStrong 💜 The whole hospital wore purple today for our girl. Keep fighting!",
    [("NAME", "#AvaStrong")],
    "the only identifier is a name hashtag",
)

P(
    "en",
    "patient_story",
    T,
    "Congrats on your very last PT session, Devon! 🎉 From wheelchair to walker to WALKING in 9 weeks.",
    [("NAME", "Devon")],
    "first name only with a recovery cue",
)

P(
    "en",
    "patient_story",
    T,
    "We see you, Marisol 👀💪 10 laps of the unit today, 2 days after open-heart surgery. #PTGoals",
    [("NAME", "Marisol")],
    "first name only; relative timing",
)

P(
    "en",
    "patient_story",
    T,
    "A 93-year-old walked out of our cardiac unit today after a valve replacement — and asked the nurses for their cookie recipe on the way out 🍪",
    [("AGE", "93-year-old")],
    "anonymous except for an age over 89, which is itself an identifier",
)

P(
    "en",
    "patient_story",
    T,
    "Our nonagenarian cyclist is back on his bike 🚴 Three weeks after his hip replacement, Mr. Lund rode to his follow-up appointment. (Please, everyone else: drive.)",
    [("AGE", "nonagenarian"), ("NAME", "Lund")],
    "'nonagenarian' states an age over 89",
)

P(
    "en",
    "patient_story",
    T,
    "When the tornado hit Elk River, 8-year-old Carter and his dog rode it out in the bathtub. Carter's broken arm is healing and the dog is just fine 🐕",
    [("GEO", "Elk River"), ("NAME", "Carter", "*")],
    "a patient story told as a weather story; first name also a surname",
)

P(
    "en",
    "patient_story",
    T,
    "Mia’s first steps happened in our rehab gym 👣 after 5 months of therapy following her spinal cord injury. Mia, you showed us what grit looks like!",
    [("NAME", "Mia", "*")],
    "curly-apostrophe possessive",
)

P(
    "en",
    "patient_story",
    T,
    "From our Facebook inbox: 'My husband Gary was in ICU bed 9 for a month last spring and your nurses never let him feel alone.' 😭 Thank you for sharing, Linda.",
    [("NAME", "Gary"), ("OTHER_ID", "bed 9"), ("NAME", "Linda")],
    "a quoted review with the patient's bed number; 'last spring' is not a DATE",
)

P(
    "en",
    "patient_story",
    T,
    "Juan Carlos drove 3 hours from Duluth every week for chemo. This week he got to drive home for the last time 🎗️ ¡Felicidades, Juan Carlos!",
    [("NAME", "Juan Carlos", "*"), ("GEO", "Duluth")],
    "compound first name; home city; Spanish exclamation in an English post",
)

P(
    "en",
    "patient_story",
    T,
    "Remember baby Ezra, our 'tiny but mighty' NICU grad from 2021? He came back for a visit in a Superman cape 🦸 His mom Priya says he's now the boss of their house in Plymouth.",
    [("NAME", "Ezra"), ("NAME", "Priya"), ("GEO", "Plymouth")],
    "mother's name is also a common doctor's first name; city named like a historic town / car",
)

P(
    "en",
    "patient_story",
    T,
    "💙 Faith over fear. Faith Anderson was 19 when her kidneys failed. Today, thanks to her brother Josh, she has a new one. #DonateLife",
    [("NAME", "Faith Anderson"), ("NAME", "Josh")],
    "'Faith over fear' slogan vs the patient's name; living donor brother",
    unlabelled_ok=("Faith",),
)

P(
    "en",
    "patient_story",
    T,
    "joy & bill celebrated their 70th wedding anniversary in our cardiac unit yesterday 💍🎂 bill is 94 and says joy is still the boss.",
    [("NAME", "joy", "*"), ("NAME", "bill", "*"), ("AGE", "94")],
    "lower-case common-word names; '70th' is an anniversary, not an age",
)

P(
    "en",
    "patient_story",
    T,
    "Big day for Xavier: he said his first word since the accident this morning. It was 'pizza.' 🍕 His sister Leah brought him a slice.",
    [("NAME", "Xavier"), ("NAME", "Leah")],
    "first names only",
)

P(
    "en",
    "patient_story",
    T,
    "Three generations of Hendersons have been born at Riverside, and on Friday little Charlotte Henderson made it four! 👶",
    [("NAME", "Hendersons"), ("NAME", "Charlotte Henderson")],
    "plural family surname; birth with a weekday only",
)

P(
    "en",
    "patient_story",
    T,
    "This is Rocky. Rocky is 11, loves dinosaurs, and just got his feeding tube out after 2 years 🦖🎉 Go Rocky go!",
    [("NAME", "Rocky", "*")],
    "name shared with the hospital's mascot (see Rocky the River Otter posts)",
)

P(
    "en",
    "patient_story",
    T,
    "Meet Destiny! She came to our ER after a fall at her home on Oak Street, and 3 weeks later she's back to gardening 🌻",
    [("NAME", "Destiny"), ("GEO", "Oak Street")],
    "'Meet X!' opening like a staff spotlight; home street (the hospital also has an 'Oak Street clinic' in other posts)",
)

P(
    "en",
    "patient_story",
    T,
    "Prayers for the Larsen family of Wayzata 🙏 Their daughter Abby is in our PICU after the boating accident on Lake Minnetonka Saturday. Donations: gofundme.com/f/abby-larsen-recovery",
    [
        ("NAME", "Larsen"),
        ("GEO", "Wayzata"),
        ("NAME", "Abby"),
        ("GEO", "Lake Minnetonka"),
        ("URL", "gofundme.com/f/abby-larsen-recovery"),
    ],
    "lake where the injury happened is geography tied to the patient",
)

P(
    "en",
    "patient_story",
    T,
    "Sweet Lucy, 4, is home after her liver transplant 💚 Her donor was a 2-year-old boy from Iowa. We are forever grateful to his family.",
    [("NAME", "Lucy")],
    "the donor is described only by age ≤89 and a state, which are not identifiers",
)

P(
    "en",
    "patient_story",
    T,
    "Ollie the Brave 🦁 5 surgeries before his 5th birthday, and today he got to ring our bell. Ollie, you're our hero.",
    [("NAME", "Ollie", "*")],
    "'5th birthday' is an age ≤89, not labelled",
)

P(
    "en",
    "patient_story",
    T,
    "Grandpa Sal is 96 and just beat pneumonia for the 3rd time 💪🍝 His granddaughter Gina made the whole unit meatballs to celebrate.",
    [("NAME", "Sal"), ("AGE", "96"), ("NAME", "Gina")],
    "'Grandpa' as a title; bare age over 89",
)

P(
    "en",
    "patient_story",
    T,
    "Shout out to Bubba (his real name is Robert but nobody calls him that 😂) for walking 2 miles in our cardiac rehab gym today!",
    [("NAME", "Bubba"), ("NAME", "Robert")],
    "nickname and legal first name",
)

P(
    "en",
    "patient_story",
    T,
    "One year ago today, Aiden was airlifted to our trauma center from the I-35 pileup near Forest Lake. Today he walked into our ED to say thank you 🚁💙",
    [("NAME", "Aiden"), ("GEO", "Forest Lake")],
    "'one year ago today' relative; town of the crash tied to the patient",
)

P(
    "en",
    "patient_story",
    T,
    "Happy 1st birthday to our littlest heart warrior, Nova! ❤️ Born 5/30 with half a heart, now running the show at home with brothers Eli & Sam.",
    [("NAME", "Nova"), ("DATE", "5/30"), ("NAME", "Eli"), ("NAME", "Sam")],
    "birthday post for a 1-year-old: age not labelled, birth date is",
)

P(
    "en",
    "milestone_birthday",
    T,
    "Our Geri-Psych unit celebrated Mrs. Florence Whitaker's 99th birthday with a tea party 🫖 She insists she is 'only 29.'",
    [("NAME", "Florence Whitaker"), ("AGE", "99th")],
    "first name shared with Florence Nightingale; joke age 29 not labelled",
)

P(
    "en",
    "milestone_birthday",
    T,
    "It's a birthday on 3 South 🎂 Ruth turns 103 today — born on Halloween, so she's the only patient allowed to wear a costume 🎃",
    [("NAME", "Ruth"), ("AGE", "103"), ("DATE", "Halloween")],
    "'born on Halloween' makes the holiday a birth date",
)

P(
    "en",
    "milestone_birthday",
    T,
    "Mr. Otto Schumann celebrated 100 years on Tuesday with his 5 kids, 14 grandkids, and 9 great-grandkids in our rehab dining room 🎈🎉",
    [("NAME", "Otto Schumann"), ("AGE", "100")],
    "'celebrated 100 years' phrasing",
)

P(
    "en",
    "milestone_birthday",
    T,
    "🎂 Happy Birthday to our favorite dialysis patient, Harold! 92 years young and still flirting with every nurse on the unit 😂",
    [("NAME", "Harold"), ("AGE", "92")],
    "'92 years young'",
)

P(
    "en",
    "milestone_birthday",
    T,
    "WWII veteran Earl Simmons turned one hundred today in our TCU 🇺🇸 Thank you for your service, Earl!",
    [("NAME", "Earl Simmons"), ("AGE", "one hundred"), ("NAME", "Earl", "*")],
    "age over 89 written in words",
)

P(
    "en",
    "discharge",
    T,
    "Welcom home jayden!!!! 🏠💙 53 days in the PICU and u never stopped smiling #TeamJayden",
    [("NAME", "jayden"), ("NAME", "#TeamJayden")],
    "typos, lower-case name and a name hashtag",
)

P(
    "en",
    "birth_announcement",
    T,
    "Congradulations to Mr and Mrs Nakamura on there new baby girl Hana, born 7/7 at 7:07 am 🍀",
    [("NAME", "Nakamura"), ("NAME", "Hana"), ("DATE", "7/7")],
    "misspellings; honorifics without periods",
)

P(
    "en",
    "memorial",
    T,
    "Our NICU family is grieving baby Isla, who passed away on the morning of Nov. 3 in her mother's arms. 🕊️ Fly high, sweet Isla.",
    [("NAME", "Isla", "*"), ("DATE", "Nov. 3")],
    "abbreviated month with a period",
)

P(
    "en",
    "memorial",
    T,
    "In memory of Patrick 'Paddy' Flynn, 90, who spent 40 Christmases as our volunteer Santa and his final days in our care 🎅💚",
    [("NAME", "Patrick 'Paddy' Flynn"), ("AGE", "90")],
    "volunteer who died as a patient; nickname inside the name",
)

P(
    "en",
    "memorial",
    T,
    "Please help the family of little Josiah Grant with funeral costs 💔 gofundme.com/f/josiah-grant-memorial",
    [("NAME", "Josiah Grant"), ("URL", "gofundme.com/f/josiah-grant-memorial")],
    "memorial fundraiser URL; surname is a common word",
)

P(
    "en",
    "thank_you",
    T,
    "Thank you to the Vang family of St. Paul for the 100 egg rolls!! 🥢 Mr. Vang, we're so glad your new hip is treating you well.",
    [("NAME", "Vang", "*"), ("GEO", "St. Paul")],
    "'100' is a count, not an age; city with abbreviation 'St.'",
)

P(
    "en",
    "discharge",
    T,
    "Faith, Hope and Charity? Nope: Faith, Hope and Charlie, our NICU triplets, going home together today 💙💗💚",
    [("NAME", "Faith", 2), ("NAME", "Hope", 2), ("NAME", "Charlie")],
    "the first 'Faith, Hope' is the virtue phrase, the second is the triplets' names",
    unlabelled_ok=("Faith", "Hope"),
)

P(
    "en",
    "thank_you",
    T,
    "To whoever left the note for Mrs. Dubois in room 221: she read it 10 times and cried. Thank you 💌",
    [("NAME", "Dubois"), ("OTHER_ID", "room 221")],
    "room number and surname",
)

P(
    "en",
    "discharge",
    T,
    "After 9 weeks on ECMO and 4 months inside our walls, Deshawn walks out into the sunshine today ☀️ Deshawn: go hug that baby girl of yours!",
    [("NAME", "Deshawn", "*")],
    "first name only",
)

P(
    "en",
    "patient_story",
    T,
    "Jackson from Blaine just finished his last radiation treatment 🎉🔔 Ring it loud, buddy!",
    [("NAME", "Jackson"), ("GEO", "Blaine")],
    "first name that is also a city/president; home city",
)

P(
    "en",
    "patient_story",
    T,
    "Met a superhero today: Amara, 5, taught our whole peds floor the Heimlich maneuver on her teddy bear 🧸🦸",
    [("NAME", "Amara")],
    "eponymous manoeuvre next to a patient name",
)

P(
    "en",
    "pasted_record",
    T,
    "MR#: 3391027 / DOB: 09-09-1960 — oops wrong tab 🙃 caption is: 'Happy Heart Month from 5 East!'",
    [("MRN", "3391027"), ("DATE", "09-09-1960")],
    "dash-separated DOB",
)

P(
    "en",
    "pasted_record",
    T,
    "room 7 bed 2 - pt's daughter ok'd the photo, still waiting on the signed release before we post",
    [("OTHER_ID", "room 7"), ("OTHER_ID", "bed 2"), ("PHOTO", "photo")],
    "room and bed as separate ids; photo of the patient",
)

P(
    "en",
    "patient_story",
    T,
    "Caption draft: 'Ernie (88) and Mae (91) have been married 68 years and shared a room on our TCU this week 💕'",
    [("NAME", "Ernie"), ("NAME", "Mae"), ("AGE", "91")],
    "88 is not labelled, 91 is; 'Mae' looks like the month",
)

P(
    "en",
    "discharge",
    T,
    "May is home! 🌸 And yes, May went home in May.",
    [("NAME", "May", 1), ("NAME", "May", 2), ("DATE", "May", 3)],
    "the same word is the patient's name twice and the month of discharge once",
)

P(
    "en",
    "birth_announcement",
    T,
    "Baby April arrived in June 😂 Welcome to the world, April! Born 6/2 to proud parents Tasha and Marcus.",
    [
        ("NAME", "April", "*"),
        ("DATE", "June"),
        ("DATE", "6/2"),
        ("NAME", "Tasha"),
        ("NAME", "Marcus"),
    ],
    "name that is a month; birth month and birth date; parents share names with staff in other posts",
)

P(
    "en",
    "patient_story",
    T,
    "Happy Father's Day to every dad in our NICU, especially Carlos, who hasn't missed a single kangaroo-care session with his twins in 61 days 💙",
    [("NAME", "Carlos")],
    "Father's Day is not his date; father of patients",
)

P(
    "en",
    "discharge",
    T,
    "Welcome home, Sergeant First Class Alicia Ramos! 🇺🇸 After 3 weeks in our trauma unit following the training accident at Camp Ripley, SFC Ramos is heading home to Little Falls.",
    [
        ("NAME", "Alicia Ramos"),
        ("NAME", "Ramos", "*"),
        ("GEO", "Camp Ripley"),
        ("GEO", "Little Falls"),
    ],
    "military rank excluded; base where the injury happened and home town",
)

P(
    "en",
    "pasted_record",
    T,
    "Plate 'GRNDMA1' — Dorothy's vanity plate is in the parking-lot shot, please crop it 🚗",
    [("VEHICLE", "GRNDMA1"), ("NAME", "Dorothy")],
    "vanity plate",
)

P(
    "en",
    "patient_story",
    T,
    "Pictured: Liam and his care team on his last day of chemo 🎉🎗️",
    [("PHOTO", "Pictured"), ("NAME", "Liam")],
    "photo caption naming the patient",
)

P(
    "en",
    "discharge",
    T,
    "Photo: Mrs. Chen and her granddaughter Lily on discharge day, shared with permission 💛",
    [("PHOTO", "Photo"), ("NAME", "Chen"), ("NAME", "Lily")],
    "photo caption; 'shared with permission' does not make it non-PHI",
)

P(
    "en",
    "patient_story",
    T,
    "Ana sent us this pic of baby Lucas at his 1st birthday party 🎂 Remember when he was 2 lbs??",
    [("NAME", "Ana"), ("PHOTO", "pic"), ("NAME", "Lucas")],
    "informal 'pic'; '1st birthday' is an age ≤89",
)

P(
    "en",
    "birth_announcement",
    T,
    "JUST IN: our NICU's 'Micro-Preemie of the Year' is Zoe Kaplan, born at 22 weeks on Sept. 8. Zoe goes home tomorrow! 🥹",
    [("NAME", "Zoe Kaplan"), ("DATE", "Sept. 8"), ("NAME", "Zoe", "*")],
    "abbreviated month",
)

P(
    "en",
    "birth_announcement",
    T,
    "Sunday, 2:47 a.m.: a baby boy named Ezekiel made his dramatic entrance in our ER triage bay 🚨👶",
    [("NAME", "Ezekiel")],
    "weekday and time are not labelled",
)

P(
    "en",
    "patient_story",
    T,
    "Paging Mr. Sunday! 😂 Our patient Tom Sunday wants everyone to know his last name is NOT a day of the week. Get well soon, Tom!",
    [("NAME", "Sunday", 1), ("NAME", "Tom Sunday"), ("NAME", "Tom", "*")],
    "surname that is a weekday",
)

P(
    "en",
    "thank_you",
    T,
    "The Kim family of Eden Prairie thanks our stroke team for saving grandpa's life on Thanksgiving morning 🦃🙏",
    [("NAME", "Kim"), ("GEO", "Eden Prairie"), ("DATE", "Thanksgiving")],
    "holiday = date of the stroke; 'Kim' is a family name here",
)

P(
    "en",
    "patient_story",
    T,
    "when ur patient (hi Mrs. Park!! 👋) beats you at Wordle from her hospital bed 😤 #NurseLife",
    [("NAME", "Park")],
    "surname that is a common word; written from a nurse's perspective",
)

P(
    "en",
    "patient_story",
    T,
    "Ms. Rivers, 90, swam laps every day until her stroke. Today she swam again in our aquatic therapy pool 🏊‍♀️",
    [("NAME", "Rivers"), ("AGE", "90")],
    "surname that is a common noun; age exactly 90",
)

P(
    "en",
    "patient_story",
    T,
    "Every Wednesday, Mr. Golden brings his parrot Kiwi to visit his wife Evelyn in our memory-care unit 🦜💕",
    [("NAME", "Golden"), ("NAME", "Evelyn")],
    "husband (relative) and patient; pet name not labelled",
)

P(
    "en",
    "patient_story",
    T,
    "Congrats to Chloé, one of our youngest-ever kidney recipients, on her high school graduation! 🎓 Chloé, we knew you when you were 2!",
    [("NAME", "Chloé", "*")],
    "accented name",
)

P(
    "en",
    "patient_story",
    T,
    "Your prayers worked 🙏 Pastor James Okoye, who collapsed during Sunday service at New Hope Church in Robbinsdale, is awake and talking this morning.",
    [("NAME", "James Okoye"), ("GEO", "Robbinsdale")],
    "place of the collapse; 'New Hope' church name is not a person",
)

P(
    "en",
    "patient_story",
    T,
    "ICYMI: 17-yo Marcus Lee from Champlin donated his hair to kids in our cancer unit after finishing his own leukemia treatment here 💇‍♂️",
    [("NAME", "Marcus Lee"), ("GEO", "Champlin")],
    "home city; abbreviation '17-yo' is under 90",
)

P(
    "en",
    "discharge",
    T,
    "Roses are red, violets are blue, Violet went home today and so did her twin Hugh 💜💙",
    [("NAME", "Violet"), ("NAME", "Hugh")],
    "poem: 'Roses'/'violets' are words, 'Violet' is the patient",
)

P(
    "en",
    "thank_you",
    T,
    "THANK YOU DR. SHAH AND THE WHOLE 5 WEST TEAM FOR SAVING MY MOM ROSA ❤️ (shared with permission from the Medina family)",
    [("NAME", "ROSA"), ("NAME", "Medina")],
    "ALL CAPS; doctor's name not labelled; surname that is also a city",
)

P(
    "en",
    "event",
    T,
    "A very special guest at our ribbon cutting: Ben Larkin, the first baby ever born at Riverside back in 1962 — now 62 and a grandpa! 🎀",
    [("NAME", "Ben Larkin")],
    "being born here makes him a former patient; year and age ≤89 not labelled",
)

P(
    "en",
    "patient_story",
    T,
    "Two weeks ago she couldn't breathe on her own. Today Imani sang 'Happy Birthday' to her nurse 🎶",
    [("NAME", "Imani")],
    "the birthday is the nurse's, not the patient's",
)

P(
    "en",
    "patient_story",
    T,
    "Kindness is contagious: 9-year-old Parker (a former patient!) raised $4,000 with a lemonade stand in Lino Lakes for our Child Life program 🍋",
    [("NAME", "Parker"), ("GEO", "Lino Lakes")],
    "former patient as fundraiser",
)

P(
    "en",
    "sponsor",
    T,
    "Thank you to the Gonzalez-Whitfield family for donating new NICU rocking chairs in honor of their twins, Eva and Max, who spent 90 days here 🪑💙",
    [("NAME", "Gonzalez-Whitfield"), ("NAME", "Eva"), ("NAME", "Max")],
    "donor family = patients' parents; '90 days' is a duration, not an age",
)

P(
    "en",
    "memorial",
    T,
    "Sweet dreams, little warrior. Our hearts are with the family of 3-year-old Lane Pruitt, who passed away Monday. Services will be held Saturday at St. Mark's in Hastings.",
    [("NAME", "Lane Pruitt"), ("GEO", "Hastings")],
    "funeral town tied to the family; 'St. Mark's' is a church",
)

P(
    "en",
    "patient_story",
    T,
    "From our CEO: 'Last week I met Abdi Hassan, who drove a cab in Minneapolis for 30 years and just got his new kidney here. He told me the ride home was the first one he didn't have to drive.'",
    [("NAME", "Abdi Hassan"), ("GEO", "Minneapolis")],
    "CEO quote; patient's work city",
)


# ---------------------------------------------------------------------------
# English, not patient-specific (hard negatives first)
# ---------------------------------------------------------------------------

# staff, volunteers, therapy dogs -------------------------------------------
P(
    "en",
    "staff_spotlight",
    F,
    "Meet Nurse Jasmine! 💙 20 years in our NICU, 3 marathons, and the best lullaby voice on the unit. Thank you for everything you do, Jasmine! #NurseAppreciation",
    [],
    "staff name in a story-shaped post ('Meet X', years, thank-you)",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Please welcome Dr. Priya Patel, our new Chief of Cardiology! Dr. Patel joins us from Mayo Clinic and is passionate about women's heart health ❤️",
    [],
    "doctor's full name; 'Mayo Clinic' is an institution named after people",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Our chaplain Maria Lopez RN has been sitting with families for 15 years. 'I'm there for the 3 a.m. conversations,' she says 🕊️",
    [],
    "staff full name with credential; 'families' generic",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Happy retirement, Carol Jean! 42 years in Labor & Delivery and more than 8,000 babies caught 👶 Carol, the Family Birth Center won't be the same without you.",
    [],
    "staff retirement; babies only as a count",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Nurse Kim and her daughter Lily ran the Millbrook 5K together this weekend 🏃‍♀️🏃‍♀️ Lily is 9 and already wants to be a nurse like mom!",
    [],
    "a STAFF member's child is not a patient's relative",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Employee of the Month 🏆 Marcus Webb from Environmental Services, who has kept our ED spotless for 18 years. Congrats, Marcus!",
    [],
    "same name as a patient in another post; here an employee",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Meet Hope, our newest therapy dog! 🐶 Hope is a 3-year-old golden retriever who visits 4 North every Tuesday. Pets and belly rubs welcome.",
    [],
    "'Meet Hope' + age: a dog, not a patient",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Sunny, our facility dog, officially retired today after 9 years of cuddles 🐕💛 Thank you, Sunny, for every wag.",
    [],
    "therapy dog named like a patient in another post",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Dr. Grace Okafor was named one of Minnesota's Top Doctors for 2025! 🩺 Congratulations, Dr. Okafor.",
    [],
    "doctor named Grace; surname used for a patient family elsewhere",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Pictured: our NICU night shift celebrating 1 year without a single central-line infection 🎉",
    [],
    "photo caption of STAFF, not of a patient",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Respiratory therapist Will Chen just won the state RT Award! Will has been with us since 2008 and still brings donuts every Friday 🍩",
    [],
    "staff named Will",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Congrats to 3 West nurses Faith, Joy and Destiny on passing their CCRN exams!! 📚🎉",
    [],
    "staff first names that are common words",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Our interpreter team (Rosa, Luz and Javier) helped more than 14,000 patients and families last year 🗣️ Gracias, equipo!",
    [],
    "staff first names; patients only as a count",
)

P(
    "en",
    "staff_spotlight",
    F,
    "10 questions with trauma surgeon Dr. Samuel Adeyemi 🩺 Born in Lagos, trained in Chicago, now home in Millbrook. Best advice? 'Wear your seatbelt.'",
    [],
    "a doctor's birthplace and home city are not patient GEO",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Volunteer spotlight 🧶 Ruth, 92, has knitted more than 1,200 baby hats for our NICU since 1998. Thank you, Ruth!",
    [],
    "age over 89 of a VOLUNTEER, not a patient",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Our founder, Dr. Eliza Harmon, opened Riverside's first 12-bed ward on May 1, 1912. We're still building on her vision 🏥",
    [],
    "historical founder and a historical date; '12-bed' is not a bed id",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Shoutout to Jayden from Food & Nutrition, who makes the best pancakes in the building 🥞 #TeamRiverside",
    [],
    "employee named like a patient in other posts",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Nurses Week, day 3: today we celebrate Ava Thompson, RN, night charge nurse on 5 East 💙 'I love the quiet hours with my patients.'",
    [],
    "nurse shares a full name with a patient elsewhere; 'my patients' generic",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Security officer Tony has walked more than 10,000 patients and visitors to their cars after dark 🚶‍♂️ Thank you for keeping us safe, Tony.",
    [],
    "staff; patients only as a count",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Lab tech Hannah Reyes just celebrated 25 years with us, and her mom Dolores worked here for 30! 💜 A true Riverside family.",
    [],
    "staff member's mother who was also staff: not a patient's relative",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Meet Rocky the River Otter 🦦, our pediatric mascot! Rocky visits the children's clinic every Friday at 10. High fives guaranteed.",
    [],
    "mascot name that is also a patient's name elsewhere",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Say hi to Baby Riley, the newest member of our simulation lab 👶 Riley is a high-tech manikin who helps our NICU nurses practice neonatal resuscitation.",
    [],
    "'Baby Riley' is a training manikin",
)

P(
    "en",
    "staff_spotlight",
    F,
    "Dr. Alvarez, Dr. Greene and Dr. Nguyen performed Millbrook's first robotic heart-valve repair this week 🤖❤️ So proud of this team.",
    [],
    "doctors' names; an unnamed first patient without identifiers",
)

P(
    "en",
    "staff_spotlight",
    F,
    "In memory of our beloved nurse Carol Diaz, who cared for Riverside patients for 35 years. The 4 North family will miss her laugh. 🕊️",
    [],
    "memorial for a STAFF member",
)

# health tips ---------------------------------------------------------------
P(
    "en",
    "health_tip",
    F,
    "Headaches that won't quit? 🤕 See a doctor for sudden, severe pain, vision changes, or weakness on one side. Call 911 for stroke symptoms. #BEFAST",
    [],
    "national emergency number",
)

P(
    "en",
    "health_tip",
    F,
    "Flu season is here! 💉 Walk-in flu shots at our Cedar Avenue clinic, Mon–Fri 8 am–6 pm. Questions? (763) 555-0142",
    [],
    "hospital clinic street and appointments number",
)

P(
    "en",
    "health_tip",
    F,
    "Summer safety ☀️ Hydrate, wear SPF 30+, and never leave kids or pets in a hot car, not even for a minute. #SummerSafety",
    [],
    "'Summer' capitalised at sentence start is the season",
)

P(
    "en",
    "health_tip",
    F,
    "Grace under pressure? Not when it comes to BLOOD pressure 😉 Know your numbers: below 120/80 is normal. #HeartMonth",
    [],
    "'Grace' is a word; 120/80 looks like a date but is a blood pressure",
)

P(
    "en",
    "health_tip",
    F,
    "Feeling down? You are not alone. Call or text 988 any time, day or night 💚",
    [],
    "national crisis line",
)

P(
    "en",
    "health_tip",
    F,
    "Ready to quit? Call 1-800-QUIT-NOW or visit riversidehealth.org/quit 🚭 Your heart rate drops within 20 minutes of your last cigarette.",
    [],
    "national quit line and hospital URL",
)

P(
    "en",
    "health_tip",
    F,
    "Save this number: Poison Control 1-800-222-1222 ☎️ And keep medicines up and away, out of kids' reach.",
    [],
    "national poison control number",
)

P(
    "en",
    "health_tip",
    F,
    "Adults over 90 are at the highest risk of serious falls 👵 Remove throw rugs, add grab bars, and keep a nightlight on in the hallway.",
    [],
    "population age over 89 is not a patient's age",
)

P(
    "en",
    "health_tip",
    F,
    "Hope for your heart ❤️ Small changes add up: walk 30 minutes a day, cut the salt, and sleep 7–9 hours.",
    [],
    "'Hope' is a word",
)

P(
    "en",
    "health_tip",
    F,
    "Will you get screened this year? 🎗️ Colon cancer screening now starts at 45. Talk to your doctor.",
    [],
    "'Will' is the modal verb; 45 is a screening age",
)

P(
    "en",
    "health_tip",
    F,
    "Joy is good medicine 😄 Laughter lowers stress hormones and can even help your immune system.",
    [],
    "'Joy' is a word",
)

P(
    "en",
    "health_tip",
    F,
    "Baby on the way? 🤰 Sign up for our free childbirth class at rrmc.org/classes or call 763.555.0142.",
    [],
    "hospital number written with dots",
)

P(
    "en",
    "health_tip",
    F,
    "Ticks are out 🕷️ Lyme disease cases are rising in Minnesota. Check yourself, your kids and your dog after every hike.",
    [],
    "eponymous (place-named) disease; state name is not GEO",
)

P(
    "en",
    "health_tip",
    F,
    "Bill paying stress is real, and it affects your health too 💸 Our financial counselors can help: riversidehealth.org/billing",
    [],
    "'Bill' capitalised at sentence start is a noun",
)

P(
    "en",
    "health_tip",
    F,
    "Rose, ragweed and grass pollen are all peaking this week 🌹🤧 Keep windows closed and shower after yard work.",
    [],
    "'Rose' is a plant",
)

P(
    "en",
    "health_tip",
    F,
    "Mercy, it's cold! 🥶 Frostbite can start in 30 minutes at -20°F. Cover your ears, nose, fingers and toes.",
    [],
    "'Mercy' as an exclamation",
)

P(
    "en",
    "health_tip",
    F,
    "Wash your hands for 20 seconds, or two rounds of Happy Birthday 🎂🧼",
    [],
    "birthday with no person",
)

P(
    "en",
    "health_tip",
    F,
    "Car seat check! 🚗 Our certified techs check car seats for free every 2nd Saturday, 9 to noon, at the Millbrook Fire Station.",
    [],
    "vehicle-related but no vehicle id; event venue",
)

P(
    "en",
    "health_tip",
    F,
    "Using an insulin pump or CGM? Change your infusion site every 2–3 days and keep a backup pen handy 💉",
    [],
    "device types without any serial",
)

P(
    "en",
    "health_tip",
    F,
    "Dizzy when you roll over in bed? It may be BPPV. Our physical therapists can treat it with the Epley maneuver in one visit.",
    [],
    "eponymous manoeuvre",
)

P(
    "en",
    "health_tip",
    F,
    "When was your last Pap smear? Cervical cancer screening saves lives. Book at riversidehealth.org/womens or (763) 555-0142 💜",
    [],
    "eponym (Papanicolaou) and hospital contact details",
)

P(
    "en",
    "health_tip",
    F,
    "Heat advisory for Hennepin County through Thursday 🌡️ Check on older neighbors, drink water, and find a cooling center near you.",
    [],
    "county name not tied to a patient",
)

P(
    "en",
    "health_tip",
    F,
    "Kids and sleep 😴 Ages 6–12 need 9 to 12 hours a night, teens 8 to 10. Screens off an hour before bed!",
    [],
    "age ranges",
)

P(
    "en",
    "health_tip",
    F,
    "Sunny skies + 2 pm sun = 🔥 Seek shade between 10 am and 4 pm and reapply sunscreen every 2 hours.",
    [],
    "'Sunny' is the weather",
)

P(
    "en",
    "health_tip",
    F,
    "Our patients often ask: do I need a flu shot every year? YES. The virus changes every season 💉",
    [],
    "'our patients' in general",
)

# events --------------------------------------------------------------------
P(
    "en",
    "event",
    F,
    "Join us June 12th at 6 pm for a FREE Heart Health Night at 2500 Riverside Parkway! 🫀 RSVP: riversidehealth.org/events",
    [],
    "event date in the same format as a patient's birthday elsewhere; hospital address",
)

P(
    "en",
    "event",
    F,
    "NICU Reunion 🎈 Saturday, Sept 14, 11am–2pm at the Riverside Park pavilion. All our NICU grads and their families are invited!",
    [],
    "NICU grads as a group; event date",
)

P(
    "en",
    "event",
    F,
    "Blood drive Monday 10/7, 7am–3pm, Conference Room 4B 🩸 Walk-ins welcome!",
    [],
    "'Room 4B' is a conference room; numeric event date",
)

P(
    "en",
    "event",
    F,
    "Run for Hope 5K 🏃 May 18, 8 am, Millbrook Lake Trail. All proceeds support patients at the Riverside Cancer Center.",
    [],
    "'Hope' in an event name; event date",
)

P(
    "en",
    "event",
    F,
    "Grand opening of the Smith Family Cancer Pavilion: Thursday, Nov 7, 10 am 🎗️ Thank you to the Smith Family Foundation for making it possible!",
    [],
    "building named after donors",
)

P(
    "en",
    "event",
    F,
    "Teddy Bear Clinic 🧸 at the Millbrook Public Library, July 20! Kids bring a stuffed friend for a checkup with our peds team.",
    [],
    "event date and venue",
)

P(
    "en",
    "event",
    F,
    "Memorial Day hours: the main entrance stays open 24/7; outpatient clinics are closed Monday 5/27.",
    [],
    "holiday and date of hospital hours",
)

P(
    "en",
    "event",
    F,
    "Drive-through flu clinic Saturday 10/19, 9–1, Lot C off Cedar Avenue South. Bring your insurance card! 💉",
    [],
    "parking lot and street of the hospital",
)

P(
    "en",
    "event",
    F,
    "Breastfeeding support group meets every 1st & 3rd Tuesday at 10 am, Room 2201. Lactation consultants Kelly and Ana will be there 🍼",
    [],
    "room number of a meeting room; staff names",
)

P(
    "en",
    "event",
    F,
    "Nurses Week kicks off May 6! 🎉 Free coffee in the cafeteria all week for our amazing nurses.",
    [],
    "event date",
)

P(
    "en",
    "event",
    F,
    "Walk with a Doc 👟 Saturday 9/28 at 8:30 am with Dr. Okafor. Meet at the Riverside Parkway entrance.",
    [],
    "doctor name, event date",
)

P(
    "en",
    "event",
    F,
    "March 30 is National Doctors' Day 🩺 Thank a doctor who made a difference for you!",
    [],
    "awareness day date",
)

P(
    "en",
    "event",
    F,
    "Daylight saving time ends Sunday, Nov 3 ⏰ Good time to change your smoke detector batteries!",
    [],
    "calendar date not tied to anyone",
)

P(
    "en",
    "event",
    F,
    "Alzheimer's caregiver support group 💜 2nd Wednesday of every month, 6 pm, at the Riverside Women's Center, 88 Lake Street.",
    [],
    "eponymous disease; hospital's third address",
)

P(
    "en",
    "event",
    F,
    "Cinco de Mayo health fair! 🇲🇽 Free blood pressure checks on May 5, 11 to 3, in our main lobby. ¡Los esperamos!",
    [],
    "May 5 is the event's date here (a birth date in a Spanish positive)",
)

P(
    "en",
    "event",
    F,
    "Trunk-or-treat in Lot B on Oct 31, 5–7 pm 🎃 Costumes encouraged, and siblings of our pediatric patients are welcome too!",
    [],
    "Halloween event; patients generic",
)

P(
    "en",
    "event",
    F,
    "Our #RiversideRemembers team raised $18,400 for the Walk to End Alzheimer's 💜 See you on the trail Sept 21!",
    [],
    "campaign hashtag, eponymous disease, event date",
)

P(
    "en",
    "event",
    F,
    "Free hands-only CPR class: Wednesday 8/21 at 6:00 pm, Education Center Room 110. Register at rrmc.org/cpr ❤️",
    [],
    "room of a classroom; event date",
)

P(
    "en",
    "event",
    F,
    "Christmas Eve services in the chapel at 4 pm and 10 pm 🎄 All patients, families and staff are welcome.",
    [],
    "'Christmas Eve' is the service date, not a patient's",
)

P(
    "en",
    "event",
    F,
    "Celebrating Black History Month with a talk by Dr. Angela Brooks on the legacy of Dr. Charles Drew, pioneer of blood banking. Feb 20, noon, Auditorium A.",
    [],
    "staff speaker and a historical figure; event date",
)

P(
    "en",
    "event",
    F,
    "The Riverside Foundation Gala is Saturday, April 26 at the Millbrook Grand Hotel 🎉 Tickets: riversidehealth.org/gala or @RiversideFoundation",
    [],
    "foundation handle and event venue",
)

P(
    "en",
    "event",
    F,
    "Mark your calendar: our NICU family reunion photo booth is back! 📸 Sept 14, bring the whole crew.",
    [],
    "photo booth is not a photo of a patient",
)

# statistics ----------------------------------------------------------------
P(
    "en",
    "statistic",
    F,
    "1 in 3 adults has high blood pressure, and many don't know it 📊 #KnowYourNumbers",
    [],
    "population statistic",
)

P(
    "en",
    "statistic",
    F,
    "In 2024 we welcomed 3,412 babies, including 58 sets of twins and 2 sets of triplets! 👶👶",
    [],
    "birth counts",
)

P(
    "en",
    "statistic",
    F,
    "Americans aged 100 and older now number more than 100,000 🎂 Healthy aging starts today.",
    [],
    "population age 100 is not a patient's age",
)

P(
    "en",
    "statistic",
    F,
    "Our stroke team's median door-to-needle time last year: 32 minutes, 28 minutes faster than the national goal ⏱️",
    [],
    "metrics",
)

P(
    "en",
    "statistic",
    F,
    "Last year our geriatric unit cared for 312 patients over 90 🧓 Aging well takes a village.",
    [],
    "aggregate of patients over 90: no individual",
)

P(
    "en",
    "statistic",
    F,
    "Every 40 seconds, someone in the US has a heart attack 💔 Know the signs: chest pain, shortness of breath, cold sweat.",
    [],
    "national statistic",
)

P(
    "en",
    "statistic",
    F,
    "Falls are the #1 cause of injury for adults 65+, and 1 in 4 older adults falls every year.",
    [],
    "population ages",
)

P(
    "en",
    "statistic",
    F,
    "Our NICU survival rate for babies born at 24 weeks is 78%, well above the national average 💙",
    [],
    "rate",
)

P(
    "en",
    "statistic",
    F,
    "95% of our patients would recommend us to a friend ⭐ Thank you for trusting us with your care!",
    [],
    "'95' is a percentage, not an age",
)

P(
    "en",
    "statistic",
    F,
    "Since 1962, more than 150,000 babies have been born at Riverside 👣",
    [],
    "historical count and year",
)

P(
    "en",
    "statistic",
    F,
    "Our ED saw 212 patients on July 4th alone 🎆 Please be careful with fireworks this year.",
    [],
    "a date with an aggregate of patients: no individual",
)

P(
    "en",
    "statistic",
    F,
    "Adults 90 and older are the fastest-growing age group in Minnesota. Our geriatrics program is growing with them 📈",
    [],
    "population age over 89",
)

P(
    "en",
    "statistic",
    F,
    "Only 1 in 4 US adults gets enough exercise 🏃 Start with a 10-minute walk after dinner. #MoveMore",
    [],
    "statistic",
)

P(
    "en",
    "statistic",
    F,
    "12 babies were born on 12/12 in our Family Birth Center, a new record for one day! 🎉",
    [],
    "a date tied to a group of 12 unnamed babies, no individual identifiable",
)

# recruitment ---------------------------------------------------------------
P(
    "en",
    "recruitment",
    F,
    "We're hiring! 💼 NICU RNs, night shift, $10K sign-on bonus. Apply today: rrmc.org/careers",
    [],
    "recruitment",
)

P(
    "en",
    "recruitment",
    F,
    "Join Maria, Kevin and Tasha on our ICU team! 🩺 Open house this Thursday, 5–7 pm, Building C.",
    [],
    "employees' first names",
)

P(
    "en",
    "recruitment",
    F,
    '"I came for a job and found a family." — Andre, Patient Care Tech since 2019. Come work with us: riversidehealth.org/jobs',
    [],
    "employee quote, year",
)

P(
    "en",
    "recruitment",
    F,
    "Now hiring bilingual patient navigators 🗣️ Spanish, Somali and Hmong speakers encouraged to apply. Email careers@rrmc.org",
    [],
    "hospital email",
)

P(
    "en",
    "recruitment",
    F,
    "Hiring event! Saturday 3/15, 9–noon, 2500 Riverside Pkwy, Building C. On-the-spot interviews for CNAs and unit clerks.",
    [],
    "abbreviated hospital address, event date",
)

P(
    "en",
    "recruitment",
    F,
    "Meet our 2025 nurse residents! 🎓 42 new grads started on 7/8 and we couldn't be more excited.",
    [],
    "start date of a cohort of staff",
)

P(
    "en",
    "recruitment",
    F,
    "Grace, Faith and Hope aren't just names on our unit, they're how we practice 😉 Join our Palliative Care team: rrmc.org/careers",
    [],
    "common-word names used as values",
)

P(
    "en",
    "recruitment",
    F,
    "Travel nurses: 13-week contracts in our Cardiac ICU. Questions? Call (763) 555-0100 ext. 4410 and ask for recruiting.",
    [],
    "hospital main line with extension",
)

P(
    "en",
    "recruitment",
    F,
    "Summer student internships: applications open Jan 15 and close Mar 1 ☀️ Work alongside our nurses, techs and therapists.",
    [],
    "'Summer' and application dates",
)

P(
    "en",
    "recruitment",
    F,
    "Our internal medicine residency accepts 8 residents a year. Program director Dr. Bill Harmon answers your questions live on Oct 1 at noon!",
    [],
    "doctor named Bill; event date",
)

P(
    "en",
    "recruitment",
    F,
    "Pharmacy techs wanted 💊 Must hold an active Minnesota registration. Apply by 11/15: riversidehealth.org/jobs",
    [],
    "licence mentioned without a number; deadline date",
)

# crisis and operations -----------------------------------------------------
P(
    "en",
    "crisis_update",
    F,
    "⚠️ Due to ice, the Elm Street entrance is closed. Please use the main entrance off Riverside Parkway.",
    [],
    "street name tied to the hospital (a patient's street elsewhere)",
)

P(
    "en",
    "crisis_update",
    F,
    "ER UPDATE: our Emergency Department is on diversion until 6 pm. Patients with life-threatening emergencies should still call 911.",
    [],
    "operational update",
)

P(
    "en",
    "crisis_update",
    F,
    "Highway 169 is closed near our campus due to flooding 🌊 Allow extra time or call (763) 555-0142 to reschedule your appointment.",
    [],
    "road closure; hospital number",
)

P(
    "en",
    "crisis_update",
    F,
    "Power outage update: all patients are safe and our generators are running. Visitors, please avoid County Road 81 near the ER entrance.",
    [],
    "county road tied to the hospital (a crash road is GEO elsewhere)",
)

P(
    "en",
    "crisis_update",
    F,
    "We are at capacity today. For non-urgent needs, please use our Cedar Avenue urgent care or a video visit at riversidehealth.org/virtual.",
    [],
    "hospital clinic and URL",
)

P(
    "en",
    "crisis_update",
    F,
    "TORNADO WARNING for Hennepin and Wright counties. Patients and visitors are sheltering in place. Next update at 4:30 pm.",
    [],
    "counties not tied to a patient",
)

P(
    "en",
    "crisis_update",
    F,
    "Visitor restrictions start Monday 1/13: two visitors per patient, no visitors under 12, due to high flu activity 🦠",
    [],
    "policy date",
)

P(
    "en",
    "crisis_update",
    F,
    "I-94 bus crash: we have received 11 patients. Families looking for loved ones, please call our family line at (763) 555-0100. We cannot share names.",
    [],
    "mass-casualty update without any identifier",
)

P(
    "en",
    "crisis_update",
    F,
    "A water main break on Oak Street has closed our Oak Street clinic today. Patients will be contacted to reschedule.",
    [],
    "street of a hospital clinic",
)

P(
    "en",
    "crisis_update",
    F,
    "The boil-water advisory for Millbrook was lifted as of 10 am. All hospital water systems are back to normal.",
    [],
    "city notice",
)

P(
    "en",
    "crisis_update",
    F,
    "MyChart is down 😬 For appointment questions, call 763-555-0142. For urgent medical needs, call 911.",
    [],
    "hospital number with dashes",
)

P(
    "en",
    "crisis_update",
    F,
    "Air quality alert for the Twin Cities through Friday 🌫️ People with asthma or COPD should limit time outdoors.",
    [],
    "region",
)

P(
    "en",
    "crisis_update",
    F,
    "Lockdown lifted. Police confirm the situation near Maple Grove Parkway is resolved, and all patients and staff are safe.",
    [],
    "road named after a city, not tied to a patient",
)

P(
    "en",
    "crisis_update",
    F,
    "Snow emergency 🌨️ The shuttle from Lot C is running every 10 minutes. Please drive slowly on Riverside Parkway!",
    [],
    "hospital road",
)

P(
    "en",
    "crisis_update",
    F,
    "Bed availability right now: ICU 2 beds, Med-Surg 14 beds, Peds 5 beds. We'll update at noon.",
    [],
    "bed counts, not bed ids",
)

# research ------------------------------------------------------------------
P(
    "en",
    "research",
    F,
    "New from our cardiology team: patients over 90 who had TAVR did as well as patients in their 70s 📄 #Research",
    [],
    "population age over 89",
)

P(
    "en",
    "research",
    F,
    "Dr. Nguyen's team has enrolled 1,200 people in the STRIDE trial for Parkinson's disease 🧠",
    [],
    "doctor name, eponymous disease",
)

P(
    "en",
    "research",
    F,
    "Our researchers found that reading aloud to NICU babies steadied their heart rates 📚👶 Published this week in Pediatrics.",
    [],
    "research",
)

P(
    "en",
    "research",
    F,
    "Now recruiting adults 18–65 with Crohn's disease for a clinical trial. Learn more: riversidehealth.org/research",
    [],
    "eligibility ages; eponymous disease",
)

P(
    "en",
    "research",
    F,
    "$2.1 million from the NIH to study Alzheimer's prevention in rural Minnesota 🎉 Congrats, Dr. Lin and team!",
    [],
    "grant news",
)

P(
    "en",
    "research",
    F,
    "Phase 2 results for our Hodgkin lymphoma trial show 92% of patients in remission at two years 🎗️",
    [],
    "'92%' is not an age; eponymous disease",
)

P(
    "en",
    "research",
    F,
    "Our team published a case report on a rare Guillain-Barré variant this week. Case reports help doctors everywhere recognize what they've never seen.",
    [],
    "de-identified case report without identifiers",
)

P(
    "en",
    "research",
    F,
    "Our biobank reached 10,000 samples! 🧬 Thank you to every patient who said yes to research.",
    [],
    "patients only in general",
)

P(
    "en",
    "research",
    F,
    "Healthy volunteers aged 90+ wanted for our longevity study 🧓 Call (763) 555-0100, ext. 2210.",
    [],
    "eligibility age over 89 is not a patient's age",
)

P(
    "en",
    "research",
    F,
    "Kids who wear helmets have 85% fewer serious head injuries, according to five years of data from our trauma center 🚲",
    [],
    "statistic from research",
)

# public and historical figures -------------------------------------------
P(
    "en",
    "public_figure",
    F,
    "Happy birthday, Florence Nightingale! Born May 12, 1820, she is the reason we celebrate Nurses Week 🕯️",
    [],
    "historical figure's birth date",
)

P(
    "en",
    "public_figure",
    F,
    "\"Life's most persistent and urgent question is, 'What are you doing for others?'\" – Martin Luther King Jr. Our clinics are closed Monday 1/20.",
    [],
    "public figure quote; closure date",
)

P(
    "en",
    "public_figure",
    F,
    "Taylor Swift fans 🎤 headed to the show this weekend? Pack earplugs! Hearing loss from loud music is permanent.",
    [],
    "public figure",
)

P(
    "en",
    "public_figure",
    F,
    "Serena Williams has spoken about the blood clots she had after giving birth. Know the warning signs of postpartum complications ❤️",
    [],
    "public figure's health story",
)

P(
    "en",
    "public_figure",
    F,
    "Michael J. Fox has lived with Parkinson's since 1991, and his foundation has changed research for millions. #ParkinsonsAwareness",
    [],
    "public figure with an eponymous disease",
)

P(
    "en",
    "public_figure",
    F,
    "Lou Gehrig called himself 'the luckiest man on the face of the earth.' Today we honor everyone living with ALS 💙",
    [],
    "public figure whose name is also a disease name",
)

P(
    "en",
    "public_figure",
    F,
    "President Jimmy Carter turned 100 while receiving hospice care at home, a powerful reminder of what good palliative care can mean 🕊️",
    [],
    "public figure aged 100: not a patient of ours",
)

P(
    "en",
    "public_figure",
    F,
    '"Look for the helpers." — Mister Rogers 💙 Thank you to every helper at Riverside today.',
    [],
    "'Rogers' is a public figure here (a town elsewhere)",
)

P(
    "en",
    "public_figure",
    F,
    "Simone Biles reminded the world that mental health IS health 🤸 Talk to someone. Call or text 988.",
    [],
    "public figure, national line",
)

P(
    "en",
    "public_figure",
    F,
    "Dr. Virginia Apgar created the Apgar score in 1952. Every baby born here gets one at 1 and 5 minutes of life 👶",
    [],
    "historical doctor and the eponymous score",
)

P(
    "en",
    "public_figure",
    F,
    "Read Across America Day 📚 Our peds team is reading Dr. Seuss books to patients all week!",
    [],
    "'Dr. Seuss' is an author, not staff or patient",
)

P(
    "en",
    "public_figure",
    F,
    "Clara Barton founded the American Red Cross in 1881. Honor her this month by giving blood 🩸",
    [],
    "historical figure",
)

P(
    "en",
    "public_figure",
    F,
    "Angelina Jolie's BRCA story inspired thousands of women to ask about genetic testing. Our genetic counselors can help 🧬",
    [],
    "public figure's medical story",
)

P(
    "en",
    "public_figure",
    F,
    "Magic Johnson shared his HIV diagnosis in 1991. Today HIV testing is free at our Cedar Avenue clinic, no appointment needed.",
    [],
    "public figure; hospital clinic",
)

P(
    "en",
    "public_figure",
    F,
    "Jonas Salk refused to patent the polio vaccine. 'Could you patent the sun?' 🌞 Vaccines save lives.",
    [],
    "historical figure",
)

# eponymous conditions ------------------------------------------------------
P(
    "en",
    "eponymous_condition",
    F,
    "April is Parkinson's Awareness Month 💙 Our Rock Steady Boxing class meets Tuesdays at 10 at the Riverside Wellness Center.",
    [],
    "eponymous disease; awareness month",
)

P(
    "en",
    "eponymous_condition",
    F,
    "Living with Crohn's or colitis? Our IBD support group meets the last Thursday of each month. All are welcome.",
    [],
    "eponymous disease",
)

P(
    "en",
    "eponymous_condition",
    F,
    "World Down Syndrome Day is March 21! 🧦🧦 Wear mismatched socks and share a pic with #RockYourSocks",
    [],
    "awareness date (a birthday in a positive post)",
)

P(
    "en",
    "eponymous_condition",
    F,
    "Hodgkin lymphoma is one of the most curable cancers. Swollen lymph nodes, fevers or night sweats? Get checked.",
    [],
    "eponymous disease",
)

P(
    "en",
    "eponymous_condition",
    F,
    "Alzheimer's vs. dementia: what's the difference? 🧠 Our neurologists explain in 60 seconds. Watch now ⬇️",
    [],
    "eponymous disease",
)

P(
    "en",
    "eponymous_condition",
    F,
    "Tourette syndrome affects about 1 in 160 kids. Tics are not a choice 💙 #TouretteAwareness",
    [],
    "eponymous disease",
)

P(
    "en",
    "eponymous_condition",
    F,
    "Bell's palsy can look like a stroke. If one side of the face droops, call 911 first. Don't guess.",
    [],
    "eponymous condition with possessive",
)

P(
    "en",
    "eponymous_condition",
    F,
    "Hashimoto's? Graves' disease? The thyroid is tricky. Join Dr. Lin's free webinar Thursday at 7 pm 🦋",
    [],
    "eponymous diseases with apostrophes",
)

P(
    "en",
    "eponymous_condition",
    F,
    "Kawasaki disease is a leading cause of acquired heart disease in children. Fever for 5+ days with a rash? Call your pediatrician.",
    [],
    "eponymous disease",
)

P(
    "en",
    "eponymous_condition",
    F,
    "Raynaud's flaring up in the cold? 🧤 Keep your core warm and your fingers and toes covered.",
    [],
    "eponymous condition",
)

P(
    "en",
    "eponymous_condition",
    F,
    "Huntington's disease affects about 41,000 Americans. Our genetic counselors help families decide about testing.",
    [],
    "eponymous disease",
)

P(
    "en",
    "eponymous_condition",
    F,
    "Our new Guillain-Barré and MS clinic opens Monday on the 3rd floor of the Cushing Building.",
    [],
    "eponymous disease; building named after a person (Cushing)",
)

P(
    "en",
    "eponymous_condition",
    F,
    "Asperger's is no longer a separate diagnosis; it's part of autism spectrum disorder. Learn more from our developmental pediatrics team 💙",
    [],
    "eponymous term",
)

P(
    "en",
    "eponymous_condition",
    F,
    "Heimlich maneuver 101 🙌 Stand behind, make a fist above the navel, and give quick upward thrusts. Learn it at our free class!",
    [],
    "eponymous manoeuvre",
)

P(
    "en",
    "eponymous_condition",
    F,
    "Ewing sarcoma and Wilms tumor are rare childhood cancers. Our pediatric oncology team treats both, close to home.",
    [],
    "eponymous tumours",
)

P(
    "en",
    "eponymous_condition",
    F,
    "Lou Gehrig's disease, Addison's disease and Cushing's syndrome: three conditions named after people, and what they do to the body 🧵",
    [],
    "several eponyms in one post",
)

# sponsors and donors -------------------------------------------------------
P(
    "en",
    "sponsor",
    F,
    "Thank you to the Smith Family Foundation for its $1M gift to build the Smith Family Cancer Pavilion 🎗️",
    [],
    "donor family naming a building",
)

P(
    "en",
    "sponsor",
    F,
    "The Hendricks Children's Garden is in full bloom 🌸 Thank you to the Hendricks family for making this peaceful space possible.",
    [],
    "donor family; no patient connection stated",
)

P(
    "en",
    "sponsor",
    F,
    "Huge thanks to Millbrook Toyota for sponsoring our car seat safety day 🚗💙",
    [],
    "business sponsor",
)

P(
    "en",
    "sponsor",
    F,
    "The Dolores and Frank Reyes Heart Institute turns 10 this year 💓 Thank you to the Reyes family for a decade of support.",
    [],
    "institute named after donors (Dolores = a patient's name elsewhere)",
)

P(
    "en",
    "sponsor",
    F,
    "Thank you, Target, for 500 backpacks for our pediatric patients heading back to school 🎒",
    [],
    "corporate sponsor",
)

P(
    "en",
    "sponsor",
    F,
    "Our Rose Garden was planted by the Millbrook Garden Club in 1985 and is still cared for by their volunteers every Saturday 🌹",
    [],
    "'Rose Garden' and a club",
)

P(
    "en",
    "sponsor",
    F,
    "Our new MRI was made possible by the Anderson Family Foundation and 1,200 community donors 💙 Thank you!",
    [],
    "donor foundation",
)

P(
    "en",
    "sponsor",
    F,
    "Shoutout to Kowalski's Markets for donating 300 Thanksgiving meals to our night shift 🦃",
    [],
    "business name that is a patient's surname elsewhere; holiday",
)

P(
    "en",
    "sponsor",
    F,
    "Thank you to the Minnesota Twins Community Fund for the new playground at our Children's Clinic ⚾",
    [],
    "sports team fund",
)

P(
    "en",
    "sponsor",
    F,
    "The Bill & Melinda Gates Foundation grant will fund our malaria research partnership in Uganda 🌍",
    [],
    "public figures in a foundation's name",
)

P(
    "en",
    "sponsor",
    F,
    "The Walter and Grace Lindqvist Endowed Chair in Geriatrics was awarded to Dr. Helen Park this week 🎓",
    [],
    "donors' names in an endowed chair",
)

# hospital contact ----------------------------------------------------------
P(
    "en",
    "hospital_contact",
    F,
    "Questions about your bill? Call our billing office at (763) 555-0100, option 3, Mon–Fri 8 to 5.",
    [],
    "hospital main line",
)

P(
    "en",
    "hospital_contact",
    F,
    "Providers: fax referrals to (763) 555-0188 and include the patient's insurance information and reason for referral.",
    [],
    "hospital fax; 'the patient's' is generic",
)

P(
    "en",
    "hospital_contact",
    F,
    "New address, same great care! Riverside Children's Clinic is now at 410 Cedar Avenue South, Millbrook, MN 55391 🏥",
    [],
    "full hospital address with ZIP",
)

P(
    "en",
    "hospital_contact",
    F,
    "Follow us! @RiversideRMC on X, @riversidehealth on Instagram, and @RRMCKids for pediatric news 📱",
    [],
    "hospital handles",
)

P(
    "en",
    "hospital_contact",
    F,
    "Appointments: 763-555-0142, or book online any time at riversidehealth.org/appointments",
    [],
    "hospital appointments line",
)

P(
    "en",
    "hospital_contact",
    F,
    "Media inquiries: press@riversidehealth.org or 763.555.0100 📰",
    [],
    "hospital email and number",
)

P(
    "en",
    "hospital_contact",
    F,
    "Our app update (v4.12.0.7) fixes the login bug. Download it at rrmc.org/app 📲",
    [],
    "version number shaped like an IP address",
)

P(
    "en",
    "hospital_contact",
    F,
    "Give online at riversidehealth.org/give, or mail a check to Riverside Foundation, 2500 Riverside Pkwy, Millbrook MN 55391. EIN 41-1298765.",
    [],
    "hospital address (abbreviated) and the foundation's tax id",
)

P(
    "en",
    "hospital_contact",
    F,
    "Lost something? Lost and found is in Room B-120 next to the cafeteria, or call ext. 4400.",
    [],
    "room of an office",
)

P(
    "en",
    "hospital_contact",
    F,
    "Patient portal help: support@rrmc.org or 1-877-555-0190, 24/7.",
    [],
    "hospital support line not in the org list, but a hospital number",
)

P(
    "en",
    "hospital_contact",
    F,
    "Parking for the Heart Center: Ramp A off Riverside Parkway, Level 2. Need a shuttle? Call (763) 555-0100.",
    [],
    "hospital road and number",
)

P(
    "en",
    "hospital_contact",
    F,
    "Medical records requests: fax (763) 555-0188 or email records@riversidehealth.org. Please allow up to 30 days.",
    [],
    "hospital fax and email",
)

P(
    "en",
    "hospital_contact",
    F,
    "Riverside Women's Center, 88 Lake Street: mammograms now available Saturdays 8–noon. Call (763) 555-0142 to book 💗",
    [],
    "hospital's third address",
)

# campaign hashtags ---------------------------------------------------------
P(
    "en",
    "campaign_hashtag",
    F,
    "#RiversideStrong 💙 Thank you to every nurse, tech and doc who worked through the storm this week.",
    [],
    "campaign hashtag",
)

P(
    "en",
    "campaign_hashtag",
    F,
    "#FluFighters unite! 🦸 2,400 employees vaccinated so far. Have you gotten yours?",
    [],
    "campaign hashtag",
)

P(
    "en",
    "campaign_hashtag",
    F,
    "#TeamRiverside is heading to the Heart Walk! Join us: riversidehealth.org/heartwalk ❤️",
    [],
    "'Team' + name-like word is the hospital",
)

P(
    "en",
    "campaign_hashtag",
    F,
    "#HopeForHearts 💓 Every dollar raised this month goes to our pediatric cardiology unit.",
    [],
    "'Hope' inside a campaign hashtag",
)

P(
    "en",
    "campaign_hashtag",
    F,
    "#NurseStrong #NICUNurses #TeamRiverside Happy Nurses Week to the best team in Minnesota!",
    [],
    "hashtags only",
)

P(
    "en",
    "campaign_hashtag",
    F,
    "#GraceUnderFire: how our ER stayed open through the blizzard 🌨️ A thread 🧵",
    [],
    "'Grace' inside a campaign hashtag",
)

P(
    "en",
    "campaign_hashtag",
    F,
    "#MillbrookMoves challenge: 10,000 steps a day through October 👟 Who's in?",
    [],
    "city inside a campaign hashtag",
)

P(
    "en",
    "campaign_hashtag",
    F,
    "#WearRedDay ❤️ Friday, Feb 7. Show us your red!",
    [],
    "awareness day",
)

P(
    "en",
    "campaign_hashtag",
    F,
    "#JoyToTheWards 🎄 Our holiday toy drive starts now: drop new, unwrapped toys at any main entrance.",
    [],
    "'Joy' inside a campaign hashtag",
)

P(
    "en",
    "campaign_hashtag",
    F,
    "#WillPowerWednesday 💪 Our cardiac rehab grads logged 500 miles this month!",
    [],
    "'Will' inside a campaign hashtag; patients as a group",
)

P(
    "en",
    "campaign_hashtag",
    F,
    "#BeTheMatch 🧬 Join the bone marrow registry at our drive this Saturday, 10 to 2, main lobby.",
    [],
    "national campaign hashtag",
)

# anonymous / de-identified stories ------------------------------------------
P(
    "en",
    "anonymous_story",
    F,
    "A patient in his 60s came to our ER with chest pain and walked out 3 days later with a new stent. Don't ignore the signs ❤️",
    [],
    "anonymous patient; age ≤89; no identifier",
)

P(
    "en",
    "anonymous_story",
    F,
    "One of our NICU grads came back to visit this week: 5 years old and already taller than some of us 😂",
    [],
    "specific but unidentified patient",
)

P(
    "en",
    "anonymous_story",
    F,
    "Last night our ED team delivered a baby in the parking lot! 🚗👶 Mom and baby are doing great.",
    [],
    "specific event, no identifier; 'last night' is relative",
)

P(
    "en",
    "anonymous_story",
    F,
    "A grandmother of 12 told our stroke team: 'I knew the signs because of your Facebook post.' 🙏 Share this one.",
    [],
    "anonymous patient; '12' is a count",
)

P(
    "en",
    "anonymous_story",
    F,
    "“You gave me my life back.” — a grateful heart transplant recipient 💙",
    [],
    "anonymous quote",
)

P(
    "en",
    "anonymous_story",
    F,
    "Meet 'Sarah' (not her real name): at 34, she ignored chest pain for weeks. Her story is why we talk about women and heart attacks.",
    [],
    "an explicit pseudonym is not the patient's name; no other identifier",
)

P(
    "en",
    "anonymous_story",
    F,
    "This week our ER treated a teenager for a severe vaping-related lung injury. Parents, please talk to your kids.",
    [],
    "anonymous patient",
)

P(
    "en",
    "anonymous_story",
    F,
    "Our oldest heart surgery patient last year was in her late 80s, proof that age is just a number 💪",
    [],
    "age ≤89 of an unnamed patient",
)

P(
    "en",
    "anonymous_story",
    F,
    "A dad in our waiting room wrote this on our whiteboard: 'Thank you for saving my son.' 💙 We read it every shift.",
    [],
    "anonymous family",
)

P(
    "en",
    "anonymous_story",
    F,
    "Twins, triplets and one set of quadruplets: our NICU has seen it all this year 👶👶👶👶",
    [],
    "aggregate",
)

P(
    "en",
    "anonymous_story",
    F,
    "He came in not breathing. He left on his own two feet. That's what your ER team does every single day 🚑",
    [],
    "anonymous, story-shaped",
)

P(
    "en",
    "anonymous_story",
    F,
    "A little girl on our peds floor asked her nurse if the hospital had a pet. By the afternoon, Sunny the facility dog had come to visit 🐶",
    [],
    "anonymous child; 'Sunny' is the dog",
)


# ---------------------------------------------------------------------------
# Spanish (and mixed Spanish/English), patient-specific
# ---------------------------------------------------------------------------

P(
    "es",
    "discharge",
    T,
    "La pequeña Valentina salió hoy de la UCI neonatal después de 43 días 💕 ¡Felicidades a sus papás, Andrea y José! #FuerzaValentina",
    [("NAME", "Valentina"), ("NAME", "Andrea"), ("NAME", "José"), ("NAME", "#FuerzaValentina")],
    "'la pequeña' not in the span; 43 días is a duration; name hashtag",
)

P(
    "es",
    "milestone_birthday",
    T,
    "¡Feliz cumpleaños número 100, doña Consuelo! 🎂🎉 Todo el equipo del 3 Oeste le cantó las mañanitas. Doña Consuelo dice que su secreto es el café con canela.",
    [("AGE", "100"), ("NAME", "Consuelo", "*")],
    "'doña' not in the span; name that is a common noun (consuelo = comfort)",
)

P(
    "es",
    "discharge",
    T,
    "Don Ramiro, de 97 años, salió caminando de rehabilitación esta mañana 👏 Su hija Lupita no lo podía creer.",
    [("NAME", "Ramiro"), ("AGE", "97"), ("NAME", "Lupita")],
    "'de 97 años': span is the number; daughter labelled",
)

P(
    "es",
    "patient_story",
    T,
    "#FuerzaSofia 💪 Sofía, de 9 años, terminó hoy su última quimioterapia. ¡Toca esa campana, campeona! 🔔",
    [("NAME", "#FuerzaSofia"), ("NAME", "Sofía")],
    "name hashtag without the accent; age 9 not labelled",
)

P(
    "es",
    "birth_announcement",
    T,
    "Paz nació el 5 de mayo a las 3:12 a.m. 🕊️ ¡Bienvenida al mundo, Paz! Felicidades a la familia Morales.",
    [("NAME", "Paz", "*"), ("DATE", "5 de mayo"), ("NAME", "Morales")],
    "name = 'peace'; 5 de mayo is the birth date (Cinco de Mayo is a holiday elsewhere)",
)

P(
    "es",
    "discharge",
    T,
    "Luz llegó a nuestra UCI pediátrica hace dos semanas y hoy ya se va a casa ☀️ ¡Gracias por llenar de luz el piso 6!",
    [("NAME", "Luz")],
    "name = 'light'; lower-case 'luz' later is the noun",
)

P(
    "es",
    "patient_story",
    T,
    "Milagros pesó solo 1 libra al nacer. Hoy nuestro pequeño milagro cumple 1 año y vino a visitar a sus enfermeras 💖",
    [("NAME", "Milagros")],
    "name = 'miracles'; 'milagro' lower-case is a noun",
)

P(
    "es",
    "milestone_birthday",
    T,
    "Doña Esperanza cumplió 99 años en nuestra unidad de cuidados transicionales 🎂 ¡Que Dios le dé muchos años más!",
    [("NAME", "Esperanza"), ("AGE", "99")],
    "name = 'hope'; 'cumplió 99 años'",
)

P(
    "es",
    "pasted_record",
    T,
    "Cama 7: la familia pidió que no publiquemos fotos hasta que firmen la autorización.",
    [("OTHER_ID", "Cama 7")],
    "bed number only",
)

P(
    "es",
    "pasted_record",
    T,
    "Expediente 556677 — revisar antes de publicar el video del paciente.",
    [("MRN", "556677")],
    "Spanish word for the medical record",
)

P(
    "es",
    "patient_story",
    T,
    "Nuestra paciente más longeva, de 103 años, nos enseñó a bailar danzón 💃 ¡Qué energía!",
    [("AGE", "103")],
    "no name; age over 89 is the identifier",
)

P(
    "es",
    "birth_announcement",
    T,
    "¡Llegó el primer bebé del 2025! 🎆 Bienvenido, Emiliano: nació el 1 de enero a las 12:03 a.m. y pesó 3.2 kilos.",
    [("NAME", "Emiliano"), ("DATE", "1 de enero")],
    "year alone is not labelled; '3.2 kilos' is a weight",
)

P(
    "es",
    "memorial",
    T,
    "Con mucho dolor despedimos a don Aurelio Sánchez, de 91 años, quien falleció el 2 de noviembre, Día de Muertos, rodeado de su familia 🕯️",
    [
        ("NAME", "Aurelio Sánchez"),
        ("AGE", "91"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
    ],
    "date of death written twice (date and holiday); 'dolor' is a word",
)

P(
    "es",
    "patient_story",
    T,
    "Para ayudar a la familia de Mateo: gofundme.com/f/ayuda-para-mateo 🙏 Su mamá, Rocío, agradece cada oración.",
    [("NAME", "Mateo"), ("URL", "gofundme.com/f/ayuda-para-mateo"), ("NAME", "Rocío")],
    "fundraising URL; name = 'dew'",
)

P(
    "es",
    "patient_story",
    T,
    "Si quieren mandarle tarjetas a Camila, su abuela Dolores nos dio su número: 612-555-0133 📞",
    [("NAME", "Camila"), ("NAME", "Dolores"), ("PHONE", "612-555-0133")],
    "grandmother's name = 'pains'; family phone",
)

P(
    "es",
    "thank_you",
    T,
    "Gracias a la familia Ramírez de Brooklyn Park por los tamales para el turno de noche 🫔 ¡Qué bueno que don Chuy ya está en casa!",
    [("NAME", "Ramírez"), ("GEO", "Brooklyn Park"), ("NAME", "Chuy")],
    "nickname (Chuy = Jesús); city",
)

P(
    "es",
    "milestone_birthday",
    T,
    "Socorro, nuestra paciente de la habitación 305, cumplió 100 años hoy 🎉🎂",
    [("NAME", "Socorro"), ("OTHER_ID", "habitación 305"), ("AGE", "100")],
    "name = 'help!'; room",
)

P(
    "es",
    "patient_story",
    T,
    "Rosario y su esposo Manuel celebraron 60 años de casados en el piso de cardiología 💍 ¡Felicidades!",
    [("NAME", "Rosario"), ("NAME", "Manuel")],
    "'60 años de casados' is not an age",
)

P(
    "es",
    "birth_announcement",
    T,
    "Santiago nació en Nochebuena 🎄 y es el regalo más bonito para sus papás, Karla y Óscar.",
    [("NAME", "Santiago"), ("DATE", "Nochebuena"), ("NAME", "Karla"), ("NAME", "Óscar")],
    "holiday = birth date; name that is also a city (Santiago)",
)

P(
    "es",
    "discharge",
    T,
    "el pequeño jesús (sí, como el del nacimiento 😄) salió hoy de la UCIN después de 2 meses",
    [("NAME", "jesús")],
    "lower-case name shared with a religious figure",
)

P(
    "es",
    "patient_story",
    T,
    "Ángel, de 6 años, regresó a darles las gracias a los bomberos y al equipo de trauma que le salvaron la vida tras el accidente en la calle Elm 🚒",
    [("NAME", "Ángel"), ("GEO", "calle Elm")],
    "street of the accident (the hospital's Elm Street entrance elsewhere)",
)

P(
    "es",
    "pasted_record",
    T,
    "Datos para la historia: Hernández López, María Guadalupe — fecha de nacimiento 14/03/1938 — póliza 88213-A — cuenta 7783221",
    [
        ("NAME", "Hernández López, María Guadalupe"),
        ("DATE", "14/03/1938"),
        ("HEALTH_PLAN", "88213-A"),
        ("ACCOUNT", "7783221"),
    ],
    "day/month/year date; policy and account numbers",
)

P(
    "es",
    "discharge",
    T,
    "¡Alta! 🎉 Después de 6 semanas, el señor Ruiz se va a casa a Coon Rapids, donde lo espera su perrito Canelo 🐶",
    [("NAME", "Ruiz"), ("GEO", "Coon Rapids")],
    "the dog's name is not labelled",
)

P(
    "es",
    "birth_announcement",
    T,
    "Consuelo, Paz y Luz: así llamaron a sus trillizas los papás Pérez 💗💗💗 Nacieron el 8 de marzo, Día de la Mujer.",
    [
        ("NAME", "Consuelo"),
        ("NAME", "Paz"),
        ("NAME", "Luz"),
        ("NAME", "Pérez"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
    ],
    "three common-word names; birth date written twice",
)

P(
    "es",
    "patient_story",
    T,
    "#JuntosPorMateo 💙 Mateo sigue en la UCI y su familia agradece sus oraciones. Para dejarles un mensaje: caringbridge.org/visit/mateogarcia",
    [("NAME", "#JuntosPorMateo"), ("NAME", "Mateo"), ("URL", "caringbridge.org/visit/mateogarcia")],
    "name hashtag, CaringBridge URL",
)

P(
    "es",
    "patient_story",
    T,
    "Rocío, de Guadalajara, vino a Minnesota para el trasplante de riñón de su hermano Beto. ¡Hoy los dos están en casa! 💚",
    [("NAME", "Rocío"), ("GEO", "Guadalajara"), ("NAME", "Beto")],
    "foreign city is GEO; US state is not",
)

P(
    "es",
    "milestone_birthday",
    T,
    "Nuestra querida Dolores cumplió 95 años y lo celebró con mariachi en el lobby 🎺",
    [("NAME", "Dolores"), ("AGE", "95")],
    "name = 'pains'",
)

P(
    "es",
    "discharge",
    T,
    "Foto: don Ernesto con sus enfermeras el día de su alta 📸",
    [("PHOTO", "Foto"), ("NAME", "Ernesto")],
    "photo caption",
)

P(
    "es",
    "discharge",
    T,
    "En la foto: la bebé Ximena con sus papás el día que salió de la UCIN 💕",
    [("PHOTO", "En la foto"), ("NAME", "Ximena")],
    "photo caption phrase",
)

P(
    "es",
    "discharge",
    T,
    "Después de 3 meses en el hospital, Pilar regresó a su casa de Lake Street 🏡 Sus vecinos la recibieron con globos.",
    [("NAME", "Pilar"), ("GEO", "Lake Street")],
    "the patient's street has the same name as the street of the hospital's Women's Center (88 Lake Street)",
)

P(
    "es",
    "birth_announcement",
    T,
    "¡Bienvenido al mundo, Thiago! / Welcome to the world, Thiago! 👶 Born 2/14, nació el Día de San Valentín 💘",
    [("NAME", "Thiago", "*"), ("DATE", "2/14"), ("DATE", "Día de San Valentín")],
    "mixed Spanish/English; numeric date and holiday for the same birth",
)

P(
    "es",
    "milestone_birthday",
    T,
    "Doña Amparo, 102 años y todavía hace tortillas a mano 🌮 ¡Feliz cumpleaños desde el piso 5!",
    [("NAME", "Amparo"), ("AGE", "102")],
    "name = 'shelter'; 'piso 5' is a floor",
)

P(
    "es",
    "pasted_record",
    T,
    "Número de seguro social 521-33-7719 en el formulario que sale en la foto — ¡tápenlo antes de publicar!",
    [("SSN", "521-33-7719")],
    "SSN in Spanish wording; the photo shows a form, not the patient",
)

P(
    "es",
    "patient_story",
    T,
    "El marcapasos de don Felipe (serie PJN887310K) funciona perfecto 💓 ¡Ya volvió a bailar cumbia!",
    [("NAME", "Felipe"), ("DEVICE", "PJN887310K")],
    "device serial",
)

P(
    "es",
    "pasted_record",
    T,
    "Las placas del carro de la familia (ABC-1234) se ven en el video del estacionamiento, hay que difuminarlas.",
    [("VEHICLE", "ABC-1234")],
    "plate of the family's car",
)

P(
    "es",
    "pasted_record",
    T,
    "La licencia de conducir de la paciente (R445-2291-0034) aparece en la esquina de la foto 😬",
    [("LICENSE", "R445-2291-0034")],
    "driver's licence number",
)

P(
    "es",
    "thank_you",
    T,
    "Gracias a Mercedes y a su hija Soledad por el pastel 🎂 ¡Nos alegra mucho que Mercedes ya esté mejor!",
    [("NAME", "Mercedes", "*"), ("NAME", "Soledad")],
    "name = car brand; daughter's name = 'loneliness'",
)

P(
    "es",
    "birth_announcement",
    T,
    "#MilagroDeMila 💖 Mila nació a las 24 semanas el 3 de julio y hoy ya pesa 5 libras.",
    [("NAME", "#MilagroDeMila"), ("NAME", "Mila"), ("DATE", "3 de julio")],
    "name hashtag; birth date",
)

P(
    "es",
    "pasted_record",
    T,
    "El MR# 4471921 de la Sra. Ortega quedó en la captura de pantalla, ¡bórrenlo!",
    [("MRN", "4471921"), ("NAME", "Ortega")],
    "MRN and surname",
)

P(
    "es",
    "patient_story",
    T,
    "Nuestro paciente de 100 años, don Cruz, votó desde su cama del hospital 🗳️",
    [("AGE", "100"), ("NAME", "Cruz")],
    "name = 'cross'; 'su cama' without a number is not an id",
)

P(
    "es",
    "patient_story",
    T,
    "Felicidades a Alegría, que hoy cumple un año libre de cáncer 🎗️ Su mamá dice que su nombre lo dice todo.",
    [("NAME", "Alegría")],
    "name = 'joy'",
)

P(
    "es",
    "patient_story",
    T,
    "La familia de Tomás nos pidió compartir su correo para mensajes de apoyo: familiarojas@hotmail.com 💌",
    [("NAME", "Tomás"), ("EMAIL", "familiarojas@hotmail.com")],
    "family e-mail",
)

P(
    "es",
    "milestone_birthday",
    T,
    "¡90 años para don Lalo! 🎉 Nació el 12 de junio de 1935 en Jalisco y hoy lo celebramos en el 4 Norte.",
    [("AGE", "90"), ("NAME", "Lalo"), ("DATE", "12 de junio de 1935")],
    "full birth date; Mexican state is not GEO",
)

P(
    "es",
    "thank_you",
    T,
    "Gracias, Dr. Morales, por cuidar a mi papá Rogelio 🙏 — mensaje de la familia Treviño",
    [("NAME", "Rogelio"), ("NAME", "Treviño")],
    "doctor's surname is a patient's surname elsewhere; patient and family",
)

P(
    "es",
    "birth_announcement",
    T,
    "Bienvenida, Guadalupe 💗 Nació el 12 de diciembre, Día de la Virgen de Guadalupe. ¡Felicidades a sus papás!",
    [
        ("NAME", "Guadalupe", 1),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
    ],
    "the baby is named after the feast on which she was born; the second 'Guadalupe' is inside the DATE",
)

P(
    "es",
    "patient_story",
    T,
    "Leo cumplió 5 años hoy y lo celebró con sus terapeutas en el piso 6 🦁",
    [("NAME", "Leo")],
    "name = a verb form ('I read'); age ≤89",
)

P(
    "es",
    "memorial",
    T,
    "Descansa en paz, Rosita 🕊️ Fuiste la alegría de la unidad de diálisis durante 8 años.",
    [("NAME", "Rosita")],
    "lower-case 'paz' and 'alegría' are words, not names",
)

P(
    "es",
    "patient_story",
    T,
    "Our friend don Toño is going home today! 🏠 Gracias por su paciencia, don Toño: el 4 Norte lo va a extrañar.",
    [("NAME", "Toño", "*")],
    "mixed English/Spanish; nickname with 'don'",
)

P(
    "es",
    "discharge",
    T,
    "¡Ya se va a casa nuestra campeona Daniela! 💪 Después de 3 cirugías, regresa a Shakopee con su mamá Yesenia.",
    [("NAME", "Daniela"), ("GEO", "Shakopee"), ("NAME", "Yesenia")],
    "home city",
)

P(
    "es",
    "pasted_record",
    T,
    "paciente de la cama 12 — su hija llamó para decir que sí firma el permiso para la foto. Su cel: 952-555-0181",
    [("OTHER_ID", "cama 12"), ("PHONE", "952-555-0181")],
    "lower-case bed id and relative's mobile number",
)

P(
    "es",
    "milestone_birthday",
    T,
    "¡Nuestra centenaria favorita! Doña Refugio celebró su cumpleaños con sus 8 nietos en el piso de rehabilitación 🎂",
    [("AGE", "centenaria"), ("NAME", "Refugio")],
    "'centenaria' states an age over 89; name = 'refuge'",
)

P(
    "es",
    "patient_story",
    T,
    "Hace un año, Brayan llegó en helicóptero desde Willmar después del accidente. Hoy regresó caminando para dar las gracias 🚁💙",
    [("NAME", "Brayan"), ("GEO", "Willmar")],
    "phonetic spelling of a name; town",
)

P(
    "es",
    "thank_you",
    T,
    "Nos llegó esta carta de la familia Domínguez: 'Gracias por cuidar a nuestra mamá Pilar en la habitación 214 como si fuera suya.' 💌",
    [("NAME", "Domínguez"), ("NAME", "Pilar"), ("OTHER_ID", "habitación 214")],
    "quoted letter with a room number",
)

# ---------------------------------------------------------------------------
# Spanish, not patient-specific
# ---------------------------------------------------------------------------

P(
    "es",
    "staff_spotlight",
    F,
    "Conoce a la enfermera Lupita: 25 años en nuestra UCI neonatal y la mejor voz para las canciones de cuna 💙 ¡Gracias, Lupita!",
    [],
    "staff spotlight shaped like a story",
)

P(
    "es",
    "staff_spotlight",
    F,
    "Nuestra intérprete Luz Martínez ayudó a más de 3,000 familias este año 🗣️ ¡Gracias, Luz!",
    [],
    "staff named Luz; families as a count",
)

P(
    "es",
    "staff_spotlight",
    F,
    "La Dra. Paz Hernández se une a nuestro equipo de cardiología pediátrica ❤️ ¡Bienvenida, doctora!",
    [],
    "doctor named Paz",
)

P(
    "es",
    "staff_spotlight",
    F,
    "Felicidades a nuestra enfermera Consuelo por sus 30 años de servicio en el piso de maternidad 🎉",
    [],
    "staff named Consuelo; '30 años' of service",
)

P(
    "es",
    "staff_spotlight",
    F,
    "Conoce a Esperanza, nuestra perrita de terapia 🐶 Visita el piso de pediatría todos los jueves.",
    [],
    "therapy dog named Esperanza",
)

P(
    "es",
    "staff_spotlight",
    F,
    "Nuestro capellán, el padre Miguel Ángel, visita a los pacientes y sus familias todos los domingos ✝️",
    [],
    "chaplain; patients in general",
)

P(
    "es",
    "staff_spotlight",
    F,
    "Voluntaria del mes: doña Chelo, de 91 años, lleva 20 años tejiendo gorritos para los bebés de la UCIN 🧶",
    [],
    "age over 89 of a VOLUNTEER, not a patient",
)

P(
    "es",
    "health_tip",
    F,
    "¿Dolores de cabeza frecuentes? 🤕 Consulta a tu médico si son intensos o repentinos. Ante síntomas de derrame cerebral, llama al 911.",
    [],
    "'Dolores' capitalised at the start is a noun (pains)",
)

P(
    "es",
    "health_tip",
    F,
    "Los dolores de espalda son muy comunes. Haz ejercicio, cuida tu postura y levanta objetos con las piernas 💪",
    [],
    "'dolores' is a noun",
)

P(
    "es",
    "health_tip",
    F,
    "Vacúnate contra la gripe 💉 Clínica sin cita en la avenida Cedar, de lunes a viernes, de 8 a 6. Informes: (763) 555-0142",
    [],
    "hospital clinic and number",
)

P(
    "es",
    "health_tip",
    F,
    "¿Te sientes sin consuelo? No estás solo. Llama o envía un mensaje de texto al 988 💚",
    [],
    "'consuelo' is a noun; national line",
)

P(
    "es",
    "health_tip",
    F,
    "La luz del sol ayuda a producir vitamina D ☀️ pero usa protector solar FPS 30 o más.",
    [],
    "'luz' is a noun",
)

P(
    "es",
    "health_tip",
    F,
    "La paz mental también es salud 🧘 Duerme de 7 a 9 horas y date tiempo para ti.",
    [],
    "'paz' is a noun",
)

P(
    "es",
    "health_tip",
    F,
    "Personas mayores de 90 años: cuidado con las caídas en invierno ❄️ Usen zapatos antiderrapantes y pidan ayuda para salir.",
    [],
    "population age over 89",
)

P(
    "es",
    "health_tip",
    F,
    "¿Quieres dejar de fumar? Llama al 1-855-DÉJELO-YA, es gratis y en español 🚭",
    [],
    "national quit line in Spanish",
)

P(
    "es",
    "health_tip",
    F,
    "Los milagros existen, pero la prevención es mejor 😉 Hazte tu mamografía a partir de los 40.",
    [],
    "'milagros' is a noun",
)

P(
    "es",
    "health_tip",
    F,
    "Socorro: si alguien se está ahogando con comida, haz la maniobra de Heimlich. Aprende cómo en nuestra clase gratuita.",
    [],
    "'Socorro' as a word (help) at the start; eponymous manoeuvre",
)

P(
    "es",
    "health_tip",
    F,
    "Esperanza de vida: los latinos en EE. UU. viven en promedio 81 años. ¡Cuidemos la salud para vivir más y mejor!",
    [],
    "'Esperanza' capitalised at the start is a noun (life expectancy)",
)

P(
    "es",
    "event",
    F,
    "Feria de salud el sábado 12 de junio, de 9 a 1, en 2500 Riverside Parkway 🩺 ¡Presión arterial y glucosa gratis!",
    [],
    "event date; hospital address",
)

P(
    "es",
    "event",
    F,
    "Día de las Madres 🌷 El 10 de mayo regalaremos flores a todas las mamás en nuestro piso de maternidad.",
    [],
    "holiday and event date; mothers as a group",
)

P(
    "es",
    "event",
    F,
    "¡Feliz Cinco de Mayo! 🇲🇽 Celebra con moderación y cuida tu presión.",
    [],
    "holiday",
)

P(
    "es",
    "event",
    F,
    "Altar de Día de Muertos en el lobby principal del 28 de octubre al 2 de noviembre 🕯️ Traigan fotos de sus seres queridos.",
    [],
    "holiday dates of an event (a date of death in a positive post)",
)

P(
    "es",
    "event",
    F,
    "Clase de parto en español: martes 3 de septiembre, 6 p.m., Salón 4B. Regístrate en riversidehealth.org/clases",
    [],
    "classroom, event date",
)

P(
    "es",
    "event",
    F,
    "Posada navideña para los pacientes de pediatría y sus familias: 18 de diciembre, 4 p.m., en la cafetería 🎄",
    [],
    "event date; patients as a group",
)

P(
    "es",
    "event",
    F,
    "Caminata contra el Alzheimer el 21 de septiembre 💜 Únete al equipo #FuerzaRiverside.",
    [],
    "eponymous disease, event date, campaign hashtag",
)

P(
    "es",
    "statistic",
    F,
    "1 de cada 3 adultos latinos tiene presión alta 📊 Conoce tus números.",
    [],
    "statistic",
)

P(
    "es",
    "statistic",
    F,
    "En 2024 nacieron 3,412 bebés en nuestro hospital, ¡incluyendo 58 pares de gemelos! 👶👶",
    [],
    "counts",
)

P(
    "es",
    "statistic",
    F,
    "Más de 100,000 personas en EE. UU. tienen 100 años o más 👵 ¡Envejecer con salud empieza hoy!",
    [],
    "population age 100",
)

P(
    "es",
    "statistic",
    F,
    "La diabetes afecta a 1 de cada 5 hispanos mayores de 60 años.",
    [],
    "population statistic",
)

P(
    "es",
    "recruitment",
    F,
    "¡Estamos contratando! Enfermeras bilingües para la UCI 💼 Escríbenos a empleos@rrmc.org",
    [],
    "hospital e-mail",
)

P(
    "es",
    "recruitment",
    F,
    "Únete a Rosa, Javier y Milagros en nuestro equipo de intérpretes 🗣️ rrmc.org/careers",
    [],
    "staff first names including Milagros",
)

P(
    "es",
    "crisis_update",
    F,
    "⚠️ Por el hielo, la entrada de la calle Elm está cerrada. Usen la entrada principal de Riverside Parkway.",
    [],
    "hospital entrance on calle Elm (a patient's street in a positive post)",
)

P(
    "es",
    "crisis_update",
    F,
    "Nuestra sala de emergencias está llena. Si no es una emergencia, acude a la clínica de urgencias de la avenida Cedar.",
    [],
    "hospital clinic",
)

P(
    "es",
    "crisis_update",
    F,
    "Alerta de tornado en los condados de Hennepin y Wright. Pacientes, visitantes y personal están a salvo.",
    [],
    "counties",
)

P(
    "es",
    "crisis_update",
    F,
    "Aviso: a partir del lunes 13 de enero, solo 2 visitantes por paciente por la temporada de gripe 🦠",
    [],
    "policy date",
)

P(
    "es",
    "research",
    F,
    "Nuevo estudio: los pacientes mayores de 90 años se recuperan bien de la cirugía de cadera 📄",
    [],
    "population age",
)

P(
    "es",
    "research",
    F,
    "Buscamos voluntarios con enfermedad de Crohn para un estudio clínico. Informes: riversidehealth.org/investigacion",
    [],
    "eponymous disease",
)

P(
    "es",
    "public_figure",
    F,
    "Frida Kahlo tuvo polio a los 6 años y convirtió su dolor en arte 🎨 Vacuna a tus hijos.",
    [],
    "historical figure's illness and age",
)

P(
    "es",
    "public_figure",
    F,
    "Sonia Sotomayor, jueza de la Corte Suprema, vive con diabetes tipo 1 desde niña 💙 La diabetes no te define.",
    [],
    "public figure",
)

P(
    "es",
    "public_figure",
    F,
    "Celia Cruz decía '¡Azúcar!', pero tu páncreas no opina lo mismo 😅 Cuida tu consumo de azúcar.",
    [],
    "public figure named Cruz (a patient elsewhere)",
)

P(
    "es",
    "public_figure",
    F,
    "'Sí se puede.' Feliz Día de César Chávez, 31 de marzo ✊",
    [],
    "public figure's commemorative date",
)

P(
    "es",
    "public_figure",
    F,
    "Selena Gomez ha hablado abiertamente de su lupus y su trasplante de riñón. El lupus afecta más a las mujeres latinas 💜",
    [],
    "public figure's medical history",
)

P(
    "es",
    "eponymous_condition",
    F,
    "21 de marzo: Día Mundial del Síndrome de Down 🧦🧦 ¡Usa calcetines diferentes!",
    [],
    "awareness date, eponymous syndrome",
)

P(
    "es",
    "eponymous_condition",
    F,
    "La enfermedad de Parkinson no es solo temblor: también afecta el sueño, el ánimo y la voz.",
    [],
    "eponymous disease",
)

P(
    "es",
    "eponymous_condition",
    F,
    "Grupo de apoyo para familias que viven con Alzheimer: segundo miércoles de cada mes en 88 Lake Street.",
    [],
    "eponymous disease; hospital address",
)

P(
    "es",
    "eponymous_condition",
    F,
    "Linfoma de Hodgkin: síntomas que no debes ignorar. Ganglios inflamados, fiebre, sudores nocturnos.",
    [],
    "eponymous disease",
)

P(
    "es",
    "sponsor",
    F,
    "Gracias a la Fundación Familia Reyes por donar la nueva sala de juegos pediátrica 🎠",
    [],
    "donor family foundation",
)

P(
    "es",
    "sponsor",
    F,
    "La capilla Nuestra Señora de la Paz fue donada por la parroquia de San Marcos en 1990 ⛪",
    [],
    "religious names; 'Paz' inside a chapel name",
)

P(
    "es",
    "hospital_contact",
    F,
    "¿Necesitas un intérprete? Llama al (763) 555-0100 y pide español 🗣️ Síguenos en @riversidehealth",
    [],
    "hospital number and handle",
)

P(
    "es",
    "hospital_contact",
    F,
    "Envía tus referencias por fax al (763) 555-0188. Incluye el seguro del paciente.",
    [],
    "hospital fax",
)

P(
    "es",
    "campaign_hashtag",
    F,
    "#FuerzaRiverside 💪 Gracias a todo el personal que trabajó durante la tormenta.",
    [],
    "'Fuerza' + hospital name looks like a name hashtag (#FuerzaSofia)",
)

P(
    "es",
    "campaign_hashtag",
    F,
    "#SaludParaTodos: vacunas gratis para niños este sábado en la Clínica Infantil, 410 Cedar Avenue South.",
    [],
    "campaign hashtag; hospital address",
)

P(
    "es",
    "anonymous_story",
    F,
    "Una paciente de 60 años nos dijo: 'Reconocí los síntomas gracias a su publicación' 🙏",
    [],
    "anonymous patient, age ≤89",
)

P(
    "es",
    "anonymous_story",
    F,
    "Anoche nació un bebé en el estacionamiento de la sala de emergencias 🚗👶 ¡Mamá y bebé están muy bien!",
    [],
    "specific event, no identifier",
)

P(
    "es",
    "anonymous_story",
    F,
    "Un abuelito nos dejó esta nota: 'Gracias por cuidarme como familia.' 💙",
    [],
    "anonymous patient",
)

P(
    "es",
    "anonymous_story",
    F,
    "Our NICU nurses say it best: cada bebé es un milagro 💙 Every baby is a miracle.",
    [],
    "mixed English/Spanish; 'milagro' is a noun",
)


# ---------------------------------------------------------------------------
# More contact details and ids in many shapes (both classes, both languages)
# ---------------------------------------------------------------------------

P(
    "en",
    "patient_story",
    T,
    "Ava's grandpa asked us to share: cards can go to the family at 4417 Maple Ave, Coon Rapids, MN 55433 💌 She reads every one!",
    [("NAME", "Ava"), ("GEO", "4417 Maple Ave"), ("GEO", "Coon Rapids"), ("GEO", "55433")],
    "home address with ZIP in a card drive (the state is not GEO)",
)

P(
    "en",
    "patient_story",
    T,
    "Text the Johnson family your well-wishes: +1 (612) 555-0147 📱 They're reading them to Grandpa every morning.",
    [("NAME", "Johnson"), ("PHONE", "+1 (612) 555-0147")],
    "international prefix on a family number",
)

P(
    "en",
    "patient_story",
    T,
    "Mrs. Yang's son asked us to post his number for her church friends who want to visit: 651.555.0109 🙏",
    [("NAME", "Yang"), ("PHONE", "651.555.0109")],
    "dotted number of a relative (hospital numbers are dotted too in other posts)",
)

P(
    "en",
    "patient_story",
    T,
    "Leave a message for Trevor's parents at trevor.updates@outlook.com or follow along at instagram.com/trevorstrong 💙",
    [
        ("NAME", "Trevor"),
        ("EMAIL", "trevor.updates@outlook.com"),
        ("URL", "instagram.com/trevorstrong"),
    ],
    "family e-mail and Instagram URL; the name inside them is part of those spans",
)

P(
    "en",
    "pasted_record",
    T,
    "Video-visit log for the 'tech connects families' post: Hmong interpreter joined 10:02, family connected from 98.213.44.120. Screenshot attached, pls blur.",
    [("IP", "98.213.44.120")],
    "family IP address in a pasted log; time not labelled",
)

P(
    "en",
    "patient_story",
    T,
    "Josie's TikTok is blowing up 😂 tiktok.com/@josie.does.dialysis (she asked us to share, and yes, she's 16 and funnier than all of us)",
    [("NAME", "Josie"), ("URL", "tiktok.com/@josie.does.dialysis")],
    "patient's social URL containing '@'",
)

P(
    "en",
    "pasted_record",
    T,
    "Please crop the denial letter in the photo: it shows Luca's member ID (MCX881200437) and claim number 2024-77-1193.",
    [("NAME", "Luca"), ("HEALTH_PLAN", "MCX881200437"), ("OTHER_ID", "2024-77-1193")],
    "the photo shows a letter, not the patient, so no PHOTO",
)

P(
    "en",
    "pasted_record",
    T,
    "Heads up before posting the screenshot 🙈 10.14.22.7 is our network, but 24.118.60.201 is Mr. Brandt's home connection.",
    [("IP", "24.118.60.201"), ("NAME", "Brandt")],
    "the hospital's own IP is not labelled, the patient's is",
)

P(
    "en",
    "patient_story",
    T,
    "Luis Alberto's LifeVest (serial LV-2209-8841) shocked his heart back into rhythm twice this month ⚡ Today he came in to thank the team that fitted it.",
    [("NAME", "Luis Alberto"), ("DEVICE", "LV-2209-8841")],
    "wearable defibrillator serial",
)

P(
    "en",
    "patient_story",
    T,
    "Sending love to Kenzie and her family 💗 Police say the driver who hit her on Hwy 36 in Maplewood last week has been found.",
    [("NAME", "Kenzie"), ("GEO", "Hwy 36"), ("GEO", "Maplewood")],
    "crash road and city tied to the patient",
)

P(
    "en",
    "hospital_contact",
    T,
    "Our Wi-Fi password for families is on the whiteboard in room 12... wait, that's Mrs. Olsen's room. Taking the photo down 😬",
    [("OTHER_ID", "room 12"), ("NAME", "Olsen")],
    "a hospital-information post that exposes a patient's room and name",
)

P(
    "es",
    "patient_story",
    T,
    "Para mandarle tarjetas a don Beto: 1830 Oak Ridge Dr, Apt 204, Burnsville 55337 💌 ¡Le encanta recibir correo!",
    [
        ("NAME", "Beto"),
        ("GEO", "1830 Oak Ridge Dr, Apt 204"),
        ("GEO", "Burnsville"),
        ("GEO", "55337"),
    ],
    "home address in an English format inside a Spanish post",
)

P(
    "es",
    "patient_story",
    T,
    "La mamá de Dylan pidió que le escriban a su WhatsApp: +52 33 1234 5678 💬 ¡Gracias por tanto cariño!",
    [("NAME", "Dylan"), ("PHONE", "+52 33 1234 5678")],
    "Mexican mobile number of a relative",
)

P(
    "es",
    "patient_story",
    T,
    "Si quieren escribirle a la familia de Itzel, su correo es itzel.y.familia@gmail.com 📧 Ella ya está en el piso 4 y mejorando.",
    [("NAME", "Itzel"), ("EMAIL", "itzel.y.familia@gmail.com")],
    "family e-mail; 'piso 4' is a floor, not an id",
)

P(
    "en",
    "sponsor",
    F,
    "Our friends at Lakeside Pediatric Dentistry (952-555-0160) are offering free checkups to all NICU grads this month 🦷",
    [],
    "a business's phone number; NICU grads as a group",
)

P(
    "en",
    "research",
    F,
    "Questions about the sleep study? Email Dr. Lin's lab at linlab@umn.edu or call 612-555-0175 💤",
    [],
    "a partner lab's e-mail and phone, not a patient's",
)

P(
    "en",
    "hospital_contact",
    F,
    "Patient portal won't load? Our server address changed to 203.0.113.45 this weekend. Clear your browser cache and try again.",
    [],
    "the hospital's own IP address",
)

P(
    "en",
    "sponsor",
    F,
    "Support our NICU family fund on GiveSendGo: givesendgo.com/riverside-nicu-fund 💙 Every gift helps families with meals and parking.",
    [],
    "the hospital's own fundraiser on a third-party site (no patient)",
)

P(
    "en",
    "crisis_update",
    F,
    "Road closure on Riverside Parkway tonight. For non-emergency police help, call the Millbrook Police line at 763-555-0111.",
    [],
    "a city agency's number",
)

P(
    "en",
    "health_tip",
    F,
    "Recall alert ⚠️ Some insulin pumps, model MX-4402, may stop delivering insulin. Check your pump's serial number on the FDA website.",
    [],
    "device model, no serial",
)


if __name__ == "__main__":
    SET.main("phi_eval")
