"""Blind development set d76 for the PHI scanner: tests/data/phi_dev76.jsonl.

Organisation: Tahoma Ridge Children's & Family Hospital (phi_dev76_org.json), a fictional
children's and family hospital with its main campus in Tacoma (units named 3 Orca, 4 Salmon,
5/6 Heron, NICU pods), a Yakima Valley Clinic serving orchard-worker families and a Spokane
campus. Nine 555-01xx numbers (main line, NICU family line, referral fax, foundation, media,
Yakima, Spokane, Patient & Family Relations, nurse line), three addresses, three domains and
four handles; none of them is ever labelled.
Focus: Pacific Northwest families: Filipino, Samoan, Tongan, Marshallese, Ukrainian and
Russian, Yakama and Lummi; long Pacific names with matai-style names, ʻokina and hyphenated
double surnames; Slavic patronymics and diminutives (Sasha, Vova, Dasha, Olenka, Lyosha,
Shura, Kiryusha); names that are words or places (River, Sky, Cedar, Rain, Dakota, Tacoma,
Washington, Faith, Lose, Roma, Paloma, Huerta, Two Rivers); lower-case and ALL-CAPS chart
pastes and bed boards; wildfire-smoke and evacuation updates; Spanish posts from
orchard-worker families; NICU graduates with birth dates in many forms; grandparents and
great-grandparents over 90.
Hard cases: dates written as 2/29/24, 14.01.2025, 2024-12-03, 01-nov-2019, "the
twenty-first of November", "3rd March", "the 3rd", "día 9", and as the holidays the event
fell on (leap day, Old New Year, Orthodox/Russian Christmas, White Sunday, Rizal Day, Día de
Reyes, Día de la Candelaria, winter solstice); ages as 93Y, "92-year-old", "ninety-ninth",
"one hundred and two", "cien", "nonagenarian", "centenarian", "in his 90s" and an age
hashtag; nameless posts made patient-specific by one identifier (an age over 89, a home
town); relatives' ages; a staff nurse who is a patient's mother; a staff member who is a
former NICU patient; donors who are a patient's parents; a boy named Tacoma in a Tacoma
hospital; a patient named after Billy Frank Jr.; a baby named Guadalupe born on the Virgin of
Guadalupe's day; hashtags in Cyrillic, ALL CAPS and lower case; handles, portal user names,
tribal enrollment, visitor-pass, encounter and wristband numbers, IHS chart number, Apple
Health ids, a pump serial, a licence, plates, an IP, an SSN and an account number.
Hard negatives: staff, doctors, chaplain, interpreters, a recruiter and volunteers with
the same kinds of names (River, Rain, Dakota, Dasha, Sione, Malia) and their own birthdays,
ages over 89, families and home towns; donors and a foundation; public and historical
figures (Billy Frank Jr., Mother Joseph, José Rizal, Chief Kamiakin, Taras Shevchenko,
Queen Sālote, César Chávez, Dolores Huerta, Virginia Apgar); eponymous conditions
(Kawasaki, Hirschsprung, Down, Fallot, Osgood-Schlatter, Wilms, Ewing, Hodgkin, Duchenne,
Noonan, Reye); a therapy dog called Sasha; awareness days, event dates and holidays that are
nobody's event; statistics and population ages ("over 90", "55 to 95"); ages of 89 and "late
80s"; anonymous stories; campaign hashtags (#RainOrShineRide against #RainOrShine);
an empty form template; the hospital's own phones, fax, addresses, domains and handles; a
clinic's fax number; a truck model called Tacoma.
Language mix: 240 posts, 210 English and 30 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Kinship words and forms of address are outside NAME spans whether Filipino (Lola, Lolo,
  Nanay, Tatay, kuya), Ukrainian/Russian (baba, prababusya, mama, tato), Samoan (Afioga,
  Susuga), Spanish (Abuelo, don, doña) or English (Grandma, Papa); used alone they are not
  names. A quoted nickname that contains one ('Lolo Perto') stays inside the full-name span.
- Patronymics belong to the NAME span ("Nina Aleksandrovna", "Kirill Fedorovich Zaitsev").
  Every diminutive or nickname of a patient or relative is a NAME each time it occurs; a
  quoted or bracketed nickname written inside a full name is one span with it, like
  'Walter "Walt" Jensen' ("vova (volodymyr) hrytsenko", "Miroslava ('Mira') Shevchuk-Hall").
- A name span covers every name token as written, including Samoan matai-style names, the
  ʻokina, hyphenated double surnames and the abbreviation "Ma."; an initial keeps its own
  period ("ANNA I.", "J.T.", "Litia K."); the generational suffixes Jr. and Sr. are left out,
  as titles are.
- Names that are words, places or states (River, Sky, Cedar, Rain, Dakota, Tacoma,
  Washington, Faith, Lose, Roma, Paloma, Huerta) are labelled only where they name a patient
  or relative; the same string used as a word, the hospital's city, a state, a venue or a
  truck model is left unlabelled (declared with ok= when the case matches).
- Relatives' identifiers include their ages over 89 (great-grandparents of NICU babies).
  Friends are not relatives ("her bff dasha" is not labelled). A staff member shown as the
  parent of a patient, a staff member presented as a former patient, and donors introduced
  as a patient's parents are labelled as patient/relative.
- Employer: the patient's own employer is NAME (holdout decision); a parent's employer is
  not one of the patient's identifiers and is not labelled.
- AGE: "in his 90s" is AGE "90s"; a hashtag that states the patient's age over 89
  (#NinetyNineAndFine) is one AGE span; number words are labelled whole ("ninety-ninth",
  "one hundred and two", "cien"); "93Y" in a bed list is one token.
- DATE: a day of the month alone is labelled without its article ("3rd", "22nd", "día 9");
  a named day (holiday, feast, leap day, winter solstice, White Sunday) is DATE when the
  patient's event fell on it, beside the date itself; the patient's transfer, follow-up and
  treatment dates are person-tied; clock times are not labelled; a date that is only implied
  ("first baby of 2025") is not labelled.
- GEO: the town, street, ZIP, neighbourhood or reservation where the patient or a relative
  lives ("lummi reservation"), relatives' foreign towns, and the place of an injury (road,
  river, ski area, the uncle's ranch town); the town in a school team's name when it tells
  where the patient lives. A tribal nation named as an affiliation ("Lummi Nation canoe
  puller", "Lummi parents"), public shelters, event venues and the hospital's own sites
  (Tacoma, Yakima, Spokane when only the hospital is meant) are not GEO.
- Identifiers: tribal enrollment, visitor-pass, encounter, wristband and equipment-order
  numbers, portal user names and social handles are OTHER_ID (value only); isolette, hallway
  and bay spots are beds (OTHER_ID with the keyword: "iso 14", "HALL 3", "isolette 4");
  Apple Health / ProviderOne and plan member ids are HEALTH_PLAN, an insurance group number is
  not labelled; an IHS chart number is an MRN; a pump serial number is DEVICE. Phones and
  faxes of other clinics are not a family's and are not labelled.
- A pasted form template with empty fields identifies nobody and is not patient-specific.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev76.jsonl"), os.path.join(HERE, "phi_dev76_org.json"), "d76")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    'Talofa lava from 3 Orca! 🌺 Meet Iosefa Leaupepe Tuiasosopo — "Sefa" to his aiga. Sefa came to us from Federal Way on Jan. 22 with a heart that needed some rewiring, and his grandmother, Afioga Salote Tuiasosopo, sang hymns at his bedside every single night. Today he rang the bell. Fa\'afetai tele lava to the Tuiasosopo family for trusting us. #SefaStrong',
    [
        ("NAME", "Iosefa Leaupepe Tuiasosopo"),
        ("NAME", "Sefa", "*"),
        ("GEO", "Federal Way"),
        ("DATE", "Jan. 22"),
        ("NAME", "Salote Tuiasosopo"),
        ("NAME", "Tuiasosopo", "*"),
        ("NAME", "#SefaStrong"),
    ],
    note="Samoan patient: full name with matai-style name, quoted nickname, grandmother (honorific Afioga excluded), family surname, home city, admission date, name hashtag",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff spotlight 🌟 Respiratory therapist River Okonkwo has worked nights on our NICU for 11 years. River grew up fishing the Puyallup River with his dad, and says a good vent wean feels like landing a king salmon. Thank you, River! #RTWeek",
    "River is a staff member (a name that is also a word); the Puyallup River is his own childhood, not a patient's geography",
)

# 3
p(
    "en",
    "pasted_record",
    "ugh wrong window, pls ignore —> pt vova (volodymyr) hrytsenko, dob 11/02/2023, mrn 40177263, picu bed 6, mom oksana cell 253-555-0186, lives spokane valley",
    [
        ("NAME", "vova (volodymyr) hrytsenko"),
        ("DATE", "11/02/2023"),
        ("MRN", "40177263"),
        ("OTHER_ID", "bed 6"),
        ("NAME", "oksana"),
        ("PHONE", "253-555-0186"),
        ("GEO", "spokane valley"),
    ],
    note="lower-case chart paste: diminutive plus full name in one span, DOB, MRN, bed, mother's name and cell, home town",
)

# 4
n(
    "en",
    "health_tip",
    "🔥💨 Smoke is back in the Yakima Valley. If the AQI is over 150, keep kids indoors, run a HEPA filter (or a box fan with a MERV-13 filter taped on), and skip outdoor practice. Babies under 1 and kids with asthma are most at risk. Questions? Our 24/7 nurse line: (253) 555-0171. #SmokeReadyKids",
    "general wildfire-smoke advice; population ages only; the hospital's nurse line and a campaign hashtag",
)

# 5
p(
    "en",
    "milestone_birthday",
    "Happy 1st birthday to NICU grad Dasha! 🎈 Born at 25 weeks on 2/29/24 — a leap day baby, so technically she gets her first 'real' birthday in 2028 — at 1 lb 9 oz. Mama Yulia and papa Artem brought cupcakes for the whole pod. #LeapDayDasha",
    [
        ("NAME", "Dasha"),
        ("DATE", "2/29/24"),
        ("DATE", "leap day"),
        ("NAME", "Yulia"),
        ("NAME", "Artem"),
        ("NAME", "#LeapDayDasha"),
    ],
    note="diminutive first name, birth date written twice (2/29/24 and 'leap day'), parents, name hashtag; 2028 is a bare year",
)

# 6
n(
    "en",
    "milestone_birthday",
    "Our cuddler-in-chief June Pettibone turns 94 on Sunday and has logged more than 6,000 hours rocking NICU babies since 1998. June, you are the reason so many of our tiniest patients learned what a lullaby is. Cake in the Heron lounge at 2 p.m.! 🎂",
    "June Pettibone is a volunteer: her name and her age over 89 are not patient identifiers",
)

# 7
p(
    "en",
    "milestone_birthday",
    "Maligayang kaarawan, Lola! 🎂 Remedios Dacanay celebrated her 101st birthday on our Heron unit on 12/8 — the Feast of the Immaculate Conception, which she insists is no coincidence. Her great-grandson Paolo flew in from Daly City with a pan of bibingka, and the whole floor sang.",
    [
        ("NAME", "Remedios Dacanay"),
        ("AGE", "101st"),
        ("DATE", "12/8"),
        ("DATE", "Feast of the Immaculate Conception"),
        ("NAME", "Paolo"),
        ("GEO", "Daly City"),
    ],
    note="Filipino grandmother who is the patient; 'Lola' is a kinship word, not her name; birthday written as a date and as a feast day; great-grandson and his city",
)

# 8
n(
    "en",
    "eponymous_condition",
    "January 26 is Kawasaki Disease Awareness Day. Named for Dr. Tomisaku Kawasaki, who first described it in Tokyo in 1967, it's the leading cause of acquired heart disease in kids in the U.S. Fever 5+ days, red eyes, cracked lips, swollen hands? Call your pediatrician. #KDAwareness",
    "eponymous condition, the physician it is named for and an awareness day",
)

# 9
p(
    "en",
    "thank_you",
    'Reposting with permission 💙 "shoutout to the 4 Salmon crew who got my boy tevita thru 9 days of rsv 🙏 home in lakewood & finally sleeping. ofa atu kotoa!! — ana (tevita\'s mum)"',
    [
        ("NAME", "tevita", "*"),
        ("GEO", "lakewood"),
        ("NAME", "ana"),
    ],
    note="reposted parent comment in lower case: patient, home town, mother; permission does not remove the identifiers",
)

# 10
n(
    "en",
    "public_figure",
    "Today we honor Billy Frank Jr., the Nisqually treaty-rights leader born March 9, 1931. His fight for the rivers and salmon of the South Sound is painted on the mural outside our Salmon unit, made with Nisqually youth artists last spring. 🐟",
    "historical public figure and his birth date; youth artists are anonymous",
)

# 11
p(
    "en",
    "event",
    'This year\'s Teddy Bear Walk will be led by grand marshal Tacoma "Coma" Liufau, 7, a two-time heart warrior from Puyallup. Yes, his name really is Tacoma — his parents met at a concert at the Tacoma Dome. Walk starts 9 a.m. June 7 at Wright Park. #WalkWithTacoma',
    [
        ("NAME", 'Tacoma "Coma" Liufau'),
        ("NAME", "Tacoma", 2),
        ("GEO", "Puyallup"),
        ("NAME", "#WalkWithTacoma"),
    ],
    note="a boy named after a city: his name is labelled, the Tacoma Dome (a venue) is not; June 7 is the event's date, not his",
    ok=("Tacoma",),
)

# 12
n(
    "en",
    "hospital_contact",
    "Looking for us? 📍 Main campus: 1400 Tahoma Ridge Parkway, Tacoma, WA 98405 · Yakima Valley Clinic: 615 Orchard Bloom Road, Yakima, WA 98902 · Spokane: 3300 East Larkspur Drive, Spokane, WA 99217. Main line (253) 555-0100 · tahomaridgekids.org",
    "the hospital's own addresses, phone and domain",
)

# 13
p(
    "en",
    "hospital_contact",
    "@halyna_p Hi Halyna — so sorry for the mix-up! I found Maksym's discharge packet (MRN 00-731-584). I'll email it to halyna.petrenko77@gmail.com today and call you at (509) 555-0122 if anything's missing. — Oksana, Patient & Family Relations",
    [
        ("OTHER_ID", "@halyna_p"),
        ("NAME", "Halyna"),
        ("NAME", "Maksym"),
        ("MRN", "00-731-584"),
        ("EMAIL", "halyna.petrenko77@gmail.com"),
        ("PHONE", "(509) 555-0122"),
    ],
    note="reply to a mother's comment: her handle, name, e-mail and phone, the child's name and MRN; Oksana is staff",
)

# 14
p(
    "en",
    "discharge",
    "Born the twenty-first of November at 24 weeks and 1 lb 4 oz, Olenka Vasylenko left through our front doors yesterday — carried, not walking, but give her time — to meet big brothers Bohdan and Yurko at home in Cheney. 181 days. Olenka, we're going to miss those eyebrows. 🌻",
    [
        ("DATE", "twenty-first of November"),
        ("NAME", "Olenka Vasylenko"),
        ("NAME", "Olenka", "*"),
        ("NAME", "Bohdan"),
        ("NAME", "Yurko"),
        ("GEO", "Cheney"),
    ],
    note="birth date in words, diminutive first name, brothers, home town",
)

# 15
n(
    "en",
    "research",
    "New from our Yakima Valley team: in a study of 2,318 births between 2017 and 2023, weeks with heavy wildfire smoke were linked to a 9% rise in births before 37 weeks. Lead author Dr. Yelena Sorokina: 'Pregnant farmworkers can't always stay inside. We need N95s in every orchard.' Full paper: tahomaridgekids.org/research",
    "aggregate research result; the author is staff; the hospital's domain",
)

# 16
p(
    "en",
    "milestone_birthday",
    "Manuia lou aso fanau, Grandpa Fetu! 🎂 Fetuao Lealaiauloto spent his ninety-ninth birthday (April 30) on 5 Orca getting his new pacemaker checked and serenading every nurse who walked in. Granddaughter Mele brought the keke pua'a. #NinetyNineAndFine",
    [
        ("NAME", "Fetu"),
        ("NAME", "Fetuao Lealaiauloto"),
        ("AGE", "ninety-ninth"),
        ("DATE", "April 30"),
        ("NAME", "Mele"),
        ("AGE", "#NinetyNineAndFine"),
    ],
    note="Samoan grandfather who is the patient: short name and long name, age in words, birthday, granddaughter; a hashtag that states his age over 89 is AGE",
)

# 17
p(
    "es",
    "patient_story",
    "Gracias a todos los que preguntaron por Juanito 💚 Juan Carlos Ortiz Mendoza, de 6 años, se cayó de una escalera en la huerta de manzanas cerca de Wapato el 12 de septiembre. Después de tres semanas en el cuarto 418, ¡ya está en casa! Su mamá, Maricela, dice: gracias, gracias, gracias.",
    [
        ("NAME", "Juanito"),
        ("NAME", "Juan Carlos Ortiz Mendoza"),
        ("GEO", "Wapato"),
        ("DATE", "12 de septiembre"),
        ("OTHER_ID", "cuarto 418"),
        ("NAME", "Maricela"),
    ],
    note="orchard-ladder fall: nickname and full name, place of injury, injury date, room, mother",
)

# 18
n(
    "en",
    "campaign_hashtag",
    "Every mask counts. This week #TahomaStrong volunteers handed out 4,000 kid-size N95s at farmworker housing across the Yakima Valley. Share a pic of your crew masked up with #SmokeReadyKids and we'll donate another mask for each one. 💪",
    "campaign hashtags and aggregate numbers; the photos asked for are not of patients",
)

# 19
p(
    "en",
    "patient_story",
    "Some of you have asked how to send love to Koa Fonoti, the 9-year-old who was hit by a car on Portland Avenue on Oct. 5. His family is posting updates at caringbridge.org/visit/koafonoti and reading every card sent to koafonoti.cards@gmail.com. Please don't show up at the hospital — Koa needs rest! 💙",
    [
        ("NAME", "Koa Fonoti"),
        ("NAME", "Koa", "*"),
        ("GEO", "Portland Avenue"),
        ("DATE", "Oct. 5"),
        ("URL", "caringbridge.org/visit/koafonoti"),
        ("EMAIL", "koafonoti.cards@gmail.com"),
    ],
    note="road of the crash, injury date, the family's update page and e-mail",
)

# 20
n(
    "en",
    "anonymous_story",
    "Last night, as the smoke rolled in over Union Gap, a mom in labor arrived at our Yakima Valley Clinic in her husband's pickup. Twenty minutes later: a healthy baby girl. Our team didn't even get the delivery-room lights all the way on. Welcome to the world, little one. 🌄",
    "anonymous birth; 'last night' is relative; Union Gap is where the smoke was, not where the family lives",
)

# 21
p(
    "en",
    "pasted_record",
    "oops — 4 HERON census got pasted below, pls disregard: BED 1 TAUFA, SIONE 93Y CHF EXAC / BED 2 KUZNETSOVA, ANNA I. 91Y L HIP FX / BED 3 — empty / BED 4 MAGBANUA, ERLINDA 90Y PNA",
    [
        ("OTHER_ID", "BED 1"),
        ("NAME", "TAUFA, SIONE"),
        ("AGE", "93Y"),
        ("OTHER_ID", "BED 2"),
        ("NAME", "KUZNETSOVA, ANNA I."),
        ("AGE", "91Y"),
        ("OTHER_ID", "BED 4"),
        ("NAME", "MAGBANUA, ERLINDA"),
        ("AGE", "90Y"),
    ],
    note="ALL-CAPS bed list of grandparent-age patients: beds, names, ages written as one token with Y; the empty bed 3 is tied to nobody",
)

# 22
n(
    "en",
    "eponymous_condition",
    "Meet Hirschsprung disease: named for Danish pediatrician Harald Hirschsprung, it's when nerve cells are missing from part of the bowel. Our pediatric surgeons repaired 14 cases last year, most before the babies were 3 months old. #RareDiseaseDay is Feb. 28.",
    "eponymous condition, its namesake, aggregate numbers and an awareness day",
)

# 23
p(
    "en",
    "thank_you",
    "To Nanay Corazon and Tatay Rolando Villaruel: salamat po for the 40 lumpia you dropped off for night shift after Princess Joy went home on the 3rd. Princess Joy (yes, that's her real name, and yes, she owns it) is back in Spanaway and we hear she's already bossing her kuya around. 👑",
    [
        ("NAME", "Corazon"),
        ("NAME", "Rolando Villaruel"),
        ("NAME", "Princess Joy", "*"),
        ("DATE", "3rd"),
        ("GEO", "Spanaway"),
    ],
    note="Filipino parents (Nanay/Tatay are kinship words), a patient whose given name looks like a title, discharge day of the month, home town",
)

# 24
n(
    "en",
    "staff_spotlight",
    "Happy birthday to NICU charge nurse Malia Faleolo, a Fourth of July baby who has spent 14 of her last 20 birthdays on shift! 🎆 Malia, the fireworks are for you (we're pretty sure).",
    "a staff member's birthday is not a patient date",
)

# 25
p(
    "en",
    "crisis_update",
    "Many of you have asked about Rain Sampson-Yallup, the preemie we flew in from Toppenish when the Cowiche Creek fire closed Hwy 12 on Aug. 3. Rain is stable, breathing room air, and mom Winona says thank you for every prayer. Stay inside, friends — the smoke isn't done with us. #RainOrShine",
    [
        ("NAME", "Rain Sampson-Yallup"),
        ("NAME", "Rain", "*"),
        ("GEO", "Toppenish"),
        ("DATE", "Aug. 3"),
        ("NAME", "Winona"),
        ("NAME", "#RainOrShine"),
    ],
    note="Yakama baby whose name is a word; transfer date; the hashtag is built on her name; the highway closure is not her crash",
)

# 26
n(
    "en",
    "crisis_update",
    "SMOKE UPDATE, Thu 8/14: AQI in Yakima hit 312 overnight (hazardous). Our Yakima Valley Clinic at 615 Orchard Bloom Road is open 7 a.m.–9 p.m. as a clean-air space for families — filtered air, water, phone charging, and Spanish- and Sahaptin-speaking staff. Questions: (509) 555-0142.",
    "crisis update: the date is the update's, the address and phone are the hospital's",
)

# 27
p(
    "en",
    "discharge",
    "Iakwe!! 🎉 Jebro Lanki is GOING HOME after 83 days in our NICU. Our Halloween baby (born 10-31-24, 1 lb 14 oz) is headed to Spokane Valley with mom Neimina & 4 big sisters. Kommol tata, NICU team!",
    [
        ("NAME", "Jebro Lanki"),
        ("DATE", "Halloween"),
        ("DATE", "10-31-24"),
        ("GEO", "Spokane Valley"),
        ("NAME", "Neimina"),
    ],
    note="Marshallese NICU graduate: birth date as holiday and as numbers, home town, mother",
)

# 28
n(
    "en",
    "public_figure",
    "Happy Rizal Day to our Filipino families! 🇵🇭 José Rizal — national hero of the Philippines — was also a trained eye surgeon who operated on his own mother's cataracts. Rizal Day is Dec. 30; our Tacoma lobby will have a display all week.",
    "historical public figure and his mother; Dec. 30 is a national holiday, not a patient's date",
)

# 29
p(
    "en",
    "patient_story",
    "day 40 on the nicu for twins amihan & bayani 💛 born 2.14.25 (valentine's day!!) at 27 wks and now they're both over 3 lbs. their parents post updates @dalisay.twins 🥹",
    [
        ("NAME", "amihan"),
        ("NAME", "bayani"),
        ("DATE", "2.14.25"),
        ("DATE", "valentine's day"),
        ("OTHER_ID", "@dalisay.twins"),
    ],
    note="lower-case X post: twins whose names are Tagalog words, birth date twice, the family's handle",
)

# 30
n(
    "en",
    "recruitment",
    "We're hiring! Marshallese, Tongan and Samoan medical interpreters (full- and part-time) for our Tacoma and Spokane campuses. $2,000 signing bonus. Apply: careers.tahomaridgekids.org or call HR at (253) 555-0100 ext. 4. Kommol! Mālō! Fa'afetai!",
    "recruitment; the hospital's domain and main line",
)

# 31
p(
    "en",
    "memorial",
    "With broken hearts we say goodbye to Nadiya Savchuk, who died peacefully on the morning of 14.01.2025 — Old New Year, as her baba reminded us — in the arms of her parents, Taras and Iryna. Nadiya was four, loved sunflowers and the color yellow, and called every nurse 'sonechko.' Vichnaya pamyat. 🌻",
    [
        ("NAME", "Nadiya Savchuk"),
        ("NAME", "Nadiya", "*"),
        ("DATE", "14.01.2025"),
        ("DATE", "Old New Year"),
        ("NAME", "Taras"),
        ("NAME", "Iryna"),
    ],
    note="Ukrainian child's memorial: death date in day.month.year form and as the Old New Year holiday, parents; 'baba' is a kinship word",
)

# 32
n(
    "en",
    "memorial",
    "Our Spokane family lost a legend this week. Dr. Walter 'Walt' Kessling delivered more than 9,000 babies in 41 years, many of them grandchildren of babies he'd delivered. He was 92. Services will be held Friday at the Cathedral of St. John. Rest easy, Doc. 🕊️",
    "memorial for a doctor: staff name and staff age over 89 are never labelled",
)

# 33
p(
    "en",
    "pasted_record",
    "Can someone delete this from the drafts folder? It's the NICU follow-up callback list 😬 1) Liua, Talia — MRN 7730419 — mom's cell 253-555-0133 2) Moroz, Sofiia — MRN 7731886 — sofiia.moroz.mom@outlook.com 3) Kabua-Lang, Jimmy — MRN 7732051 — 509 555 0197",
    [
        ("NAME", "Liua, Talia"),
        ("MRN", "7730419"),
        ("PHONE", "253-555-0133"),
        ("NAME", "Moroz, Sofiia"),
        ("MRN", "7731886"),
        ("EMAIL", "sofiia.moroz.mom@outlook.com"),
        ("NAME", "Kabua-Lang, Jimmy"),
        ("MRN", "7732051"),
        ("PHONE", "509 555 0197"),
    ],
    note="callback list pasted by mistake: three patients with MRNs, a parent's cell, an e-mail and a space-separated phone",
)

# 34
n(
    "en",
    "event",
    "Join us for Pasifika Family Night, Fri Sept 19, 5–8 p.m. in the Cedar Atrium at our main campus — siva Samoa, Tongan tau'olunga, Marshallese stick dance, and free sunscreen & car seats. RSVP at tahomaridgekids.org/pasifika or call (253) 555-0168.",
    "event date and a hospital space named Cedar; the hospital's domain and phone",
)

# 35
p(
    "en",
    "patient_story",
    "River Washington is 13, a Lummi Nation canoe puller, and as of Sept. 2 the proud owner of a brand-new kidney — a gift from his auntie, Marcy Washington. 'I'm pulling in the canoe journey next summer,' River told us. We believe him. 🛶 (And yes, we've heard every joke: a kid named River Washington, born and raised in Washington state.)",
    [
        ("NAME", "River Washington", "*"),
        ("NAME", "River", "*"),
        ("DATE", "Sept. 2"),
        ("NAME", "Marcy Washington"),
    ],
    note="names that are a word and a state; the state itself and the tribal nation (an affiliation) are not labelled; transplant date; aunt (the donor) is a relative",
)

# 36
n(
    "en",
    "health_tip",
    "Fireworks season tip: every July our ER treats burns on little hands from sparklers, which burn at about 2,000°F. Give kids glow sticks instead. 🎆 If a child bites into a glow stick, call Poison Control at 1-800-222-1222 — it's usually mild.",
    "general safety tip; national Poison Control line",
)

# 37
p(
    "en",
    "patient_story",
    "Yevgeniya Pavlovna Orlova asked us to share this: at 96 she has outlived two countries, one husband and three cardiologists, and on March 8 — International Women's Day, her favorite holiday — she walked the whole length of 5 Heron without her walker. Her grandson Dima says the secret is borscht and spite. 💐",
    [
        ("NAME", "Yevgeniya Pavlovna Orlova"),
        ("AGE", "96"),
        ("DATE", "March 8"),
        ("DATE", "International Women's Day"),
        ("NAME", "Dima"),
    ],
    note="Russian patronymic in the name span, age over 89, the day of her milestone written twice, grandson's diminutive",
)

# 38
n(
    "en",
    "sponsor",
    "Huge thanks to Valley Gold Apple Growers for sponsoring 1,200 cooling vests for orchard workers' kids at summer day camps in Wapato, Granger and Sunnyside. Sponsors like you keep our #OrchardSafe program running. 🍎",
    "sponsor and the towns of a population program",
)

# 39
p(
    "en",
    "birth_announcement",
    "A miracle, twice over: Sviatoslav Bondar arrived on Jan 7, Orthodox Christmas, at 6:02 a.m. — exactly 33 years after his dad, Ostap, was born on the same day. Welcome, Slavko! 🎄 Khrystos Rodyvsya!",
    [
        ("NAME", "Sviatoslav Bondar"),
        ("DATE", "Jan 7"),
        ("DATE", "Orthodox Christmas"),
        ("NAME", "Ostap"),
        ("NAME", "Slavko"),
    ],
    note="birth date as date and as Orthodox Christmas, father, diminutive; the time of day is not labelled",
)

# 40
n(
    "en",
    "statistic",
    "By the numbers, 2024 at Tahoma Ridge 📊 • 3,947 babies born • 612 NICU admissions, 88 under 1,000 grams • 41 languages interpreted — top five: Spanish, Russian, Ukrainian, Marshallese, Samoan • 2 therapy dogs (Biscuit and Sasha), petted an estimated 1 million times.",
    "statistics; Sasha and Biscuit are therapy dogs (pets are never labelled)",
)

# 41
p(
    "en",
    "pasted_record",
    "pasted from epic by accident, deleting in 5: 'sasha kozak 4yo m, dob 06/19/2020, provider one id 200148273WA, allergic to pcn, dad pavlo 509-555-0161, lives on w. bridgeport ave, spokane'",
    [
        ("NAME", "sasha kozak"),
        ("DATE", "06/19/2020"),
        ("HEALTH_PLAN", "200148273WA"),
        ("NAME", "pavlo"),
        ("PHONE", "509-555-0161"),
        ("GEO", "w. bridgeport ave"),
        ("GEO", "spokane"),
    ],
    note="lower-case chart paste: name, DOB, Apple Health ProviderOne id (health plan), father and phone, street and city; age 4 is not labelled",
)

# 42
n(
    "en",
    "eponymous_condition",
    "March 21 is World Down Syndrome Day (3/21, for the three copies of chromosome 21). Rock your mismatched socks and tag us @TahomaRidgeKids! Our Down Syndrome Clinic sees 300+ kids from across Washington. 🧦🧦",
    "eponymous condition, an awareness day written twice, the hospital's handle",
)

# 43
p(
    "en",
    "discharge",
    "after 112 days, NICU grad Likiej Jorkan is headed home to Auburn 🏠 born 5/5/25 at 23 wks 4 days — our smallest Cinco de Mayo baby ever 🎉 kommol to mama Tina & grandma Lijon",
    [
        ("NAME", "Likiej Jorkan"),
        ("GEO", "Auburn"),
        ("DATE", "5/5/25"),
        ("DATE", "Cinco de Mayo"),
        ("NAME", "Tina"),
        ("NAME", "Lijon"),
    ],
    note="Marshallese NICU graduate: home town, birth date written as numbers and as a holiday, mother and grandmother",
)

# 44
n(
    "en",
    "anonymous_story",
    "A little girl from one of our Lummi families asked her nurse why the NICU windows don't open. When the nurse explained about germs, she drew a cedar tree on the glass with a dry-erase marker instead, 'so the baby can still see outside.' It's still there. 🌲",
    "anonymous; a tribal affiliation is not geography; 'cedar' is a tree here",
)

# 45
p(
    "en",
    "thank_you",
    "Drafting a reply to this comment: 'THANK YOU 4 SAVING MY GRANDSON MANASE!!! BORN SEPT 30 BLUE AND NOT BREATHING AND NOW HE IS 2 AND RUNS THE HOUSE 🙏 — GRANDMA LUPE FIFITA, KENT' → our reply: Mālō 'aupito, Lupe! Give Manase a big hug from all of us on 4 Salmon.",
    [
        ("NAME", "MANASE"),
        ("DATE", "SEPT 30"),
        ("NAME", "LUPE FIFITA"),
        ("GEO", "KENT"),
        ("NAME", "Lupe"),
        ("NAME", "Manase"),
    ],
    note="ALL-CAPS comment quoted in a reply draft: grandson, birth date, grandmother and her town, then the same names in normal case",
)

# 46
n(
    "en",
    "staff_spotlight",
    "Say hi to Dasha Melnychuk, our new NICU lactation consultant! Dasha moved here from Lviv in 2022, speaks Ukrainian, Russian, Polish and English, and makes the best varenyky on the Heron unit. Welcome, Dasha! 💛💙",
    "staff member with a diminutive first name; her own home city",
)

# 47
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to ʻAna Tupou Vea! 🎉 Born 17 March 1925 in Nukuʻalofa, she came to Tacoma in 1971, raised nine children, and is recovering with us on 5 Heron after a fall. Her son Sione and daughter Lose threw the loudest party our unit has ever had. 🇹🇴",
    [
        ("NAME", "ʻAna Tupou Vea"),
        ("AGE", "100th"),
        ("DATE", "17 March 1925"),
        ("GEO", "Nukuʻalofa"),
        ("GEO", "Tacoma"),
        ("NAME", "Sione"),
        ("NAME", "Lose"),
    ],
    note="Tongan centenarian patient: name with ʻokina, birth date with attached year, foreign birth city and home city, children (Lose is also an English word); 1971 is a bare year",
)

# 48
n(
    "en",
    "campaign_hashtag",
    "#NICUAwarenessMonth is September 💜 Share your NICU grad's photo with #TahomaRidgeGrads and we'll feature a few (with parents' permission!) all month long.",
    "campaign hashtags; no photo of a patient is attached",
)

# 49
p(
    "en",
    "patient_story",
    "Marisol Cárdenas, 16, was thinning pears for Naches Heights Fruit on the morning of June 18 when the smoke got so thick she collapsed with an asthma attack. She spent four nights in our PICU. Today she asked us to post this: 'Make the bosses give out masks.' We hear you, Marisol.",
    [
        ("NAME", "Marisol Cárdenas"),
        ("NAME", "Marisol", "*"),
        ("NAME", "Naches Heights Fruit"),
        ("DATE", "June 18"),
    ],
    note="teen farmworker: her employer is NAME (holdout decision), date of the attack",
)

# 50
n(
    "en",
    "crisis_update",
    "Heads up, Spokane: the windstorm knocked out power to our Larkspur campus around 3 a.m. Generators kicked on in 8 seconds, as designed, and every ventilator and isolette stayed powered. The main entrance on East Larkspur Drive is closed for downed lines — use the Ash Street entrance. Updates @TRCH_Spokane.",
    "operational crisis update; hospital streets, entrances and handle",
)

# 51
p(
    "en",
    "pasted_record",
    "triage note pasted by mistake — pls delete: 'cedar james-kinley 11 mo, lummi enrollment # 3340-0712, brought in by grandma bev from the lummi reservation, dob 10/9/24, sats 88% on RA, smoke exposure'",
    [
        ("NAME", "cedar james-kinley"),
        ("OTHER_ID", "3340-0712"),
        ("NAME", "bev"),
        ("GEO", "lummi reservation"),
        ("DATE", "10/9/24"),
    ],
    note="lower-case triage note: a name that is a tree, tribal enrollment number (OTHER_ID), grandmother, reservation of residence (GEO), DOB",
)

# 52
n(
    "en",
    "eponymous_condition",
    "Tetralogy of Fallot, named for French physician Étienne-Louis Arthur Fallot, is the most common cyanotic heart defect. Our Heart Center repaired 23 TOF hearts in 2024 — the youngest at 4 days old, the oldest at 41 years. ❤️ #CHDAwareness (Feb 7–14)",
    "eponymous condition; aggregate ages under 90; an awareness week",
)

# 53
p(
    "en",
    "thank_you",
    "Dear 3 Orca team, thank you from the Hrytsak family. Our Alyosha (Oleksii on paper, Lyosha to his brother, 'Tractor' to the nurses) came in blue on 27 December and went home on the 9th of January singing 'Shchedryk' with a cannula in. You gave us our New Year. Dyakuyemo! — Marta & Ihor Hrytsak, Spokane",
    [
        ("NAME", "Hrytsak", 1),
        ("NAME", "Alyosha"),
        ("NAME", "Oleksii"),
        ("NAME", "Lyosha"),
        ("NAME", "Tractor"),
        ("DATE", "27 December"),
        ("DATE", "9th of January"),
        ("NAME", "Marta"),
        ("NAME", "Ihor Hrytsak"),
        ("GEO", "Spokane"),
    ],
    note="family letter: four forms of the boy's name (two diminutives and a nickname), admission and discharge dates, parents, home city; the carol and the New Year are not his dates",
)

# 54
n(
    "en",
    "event",
    "Ukrainian Christmas carols in the main lobby! 🎄 Our Spokane Ukrainian choir will sing koliadky on Jan 7 (Orthodox Christmas) at 11 a.m. All families welcome; kutia and pampushky after, courtesy of St. Michael's parish.",
    "event on a holiday that is not any patient's event",
)

# 55
p(
    "en",
    "patient_story",
    "Our oldest patient of the year: a 104-year-old great-great-grandmother who came to our ER after the heat wave and charmed every single resident. She wants you to drink water. Now. 💧",
    [("AGE", "104-year-old")],
    note="unnamed patient, but an age over 89 is an identifier (holdout decision)",
)

# 56
n(
    "en",
    "statistic",
    "Washington's population over 90 has nearly doubled since 2000, and more of them are living with grandkids and great-grandkids. That's why our Family Medicine clinic in Yakima now offers multi-generation visits: one appointment, three (or four!) generations. Call (509) 555-0142.",
    "population age, not a person's; hospital phone",
)

# 57
p(
    "en",
    "discharge",
    "Paalam and congrats to Ma. Concepcion 'Connie' Dela Cruz-Ocampo, who went home to Lacey today after a 6-week fight with MIS-C! Connie turned 9 on the unit on Oct 12 and declared it the best birthday ever 'because of the jello.' #conniestrong #TahomaStrong",
    [
        ("NAME", "Ma. Concepcion 'Connie' Dela Cruz-Ocampo"),
        ("NAME", "Connie", "*"),
        ("GEO", "Lacey"),
        ("DATE", "Oct 12"),
        ("NAME", "#conniestrong"),
    ],
    note="long Filipino name with abbreviated Ma., quoted nickname and hyphenated double surname; birthday; lower-case name hashtag beside a campaign hashtag",
)

# 58
n(
    "en",
    "public_figure",
    "Mother Joseph of the Sacred Heart, the Sisters of Providence builder who opened the Northwest's first permanent hospital in 1858, was born April 16, 1823. Her statue stands in the U.S. Capitol representing Washington. We still build on her work.",
    "historical figure and her birth date",
)

# 59
p(
    "en",
    "hospital_contact",
    "Reply to DM (DRAFT, do not post): 'Hi! Our son's name is FAAMOE TAUILIILI and his MRN is TR-0089214. Can you send the billing statement to pulefaamoe@yahoo.com? His dad's ph is 253.555.0145. Thank u!!'",
    [
        ("NAME", "FAAMOE TAUILIILI"),
        ("MRN", "TR-0089214"),
        ("EMAIL", "pulefaamoe@yahoo.com"),
        ("PHONE", "253.555.0145"),
    ],
    note="a parent's DM pasted into a draft: ALL-CAPS name, MRN with prefix, e-mail, dotted phone",
)

# 60
n(
    "en",
    "health_tip",
    "RSV season is here. Babies born before 35 weeks, kids under 2 with heart or lung disease, and American Indian and Alaska Native infants are at higher risk. Ask about nirsevimab at your next visit — it's covered by Apple Health. 📞 (253) 555-0171",
    "population risk groups; hospital nurse line",
)

# 61
p(
    "en",
    "memorial",
    "We were honored to care for Bwirre Jelkan in her final days. Bwirre, 97, was a weaver, a preacher's wife and the matriarch of Spokane's Marshallese community; she passed on November 2 with 40+ family members singing in our Heron courtyard. Jouj eo mour eo. 🌺",
    [
        ("NAME", "Bwirre Jelkan"),
        ("NAME", "Bwirre", "*"),
        ("AGE", "97"),
        ("GEO", "Spokane"),
        ("DATE", "November 2"),
    ],
    note="Marshallese elder patient: age over 89, death date, the city of the community she lived in",
)

# 62
n(
    "en",
    "memorial",
    "Rest in peace, Harold 'Hal' Lindqvist (1931–2025), whose family's gift built our Lindqvist NICU in 1994. Hal used to visit on Christmas Eve with a sack of stuffed orcas. He was 93. Thank you, Hal.",
    "donor who names a building; a donor's age is not a patient's",
)

# 63
p(
    "en",
    "birth_announcement",
    "Twins! 👶👶 Sefo and Seini Moala arrived at 6:14 and 6:21 p.m. on the 1st of May — May Day babies! — weighing 5 lb 2 oz and 4 lb 15 oz. Mom Salome says they're named for their great-grandparents in Neiafu. 🌺",
    [
        ("NAME", "Sefo"),
        ("NAME", "Seini Moala"),
        ("DATE", "1st of May"),
        ("DATE", "May Day"),
        ("NAME", "Salome"),
        ("GEO", "Neiafu"),
    ],
    note="Tongan twins: birth date written twice, mother, the relatives' foreign town; birth times are not dates",
)

# 64
n(
    "en",
    "hospital_contact",
    "Media inquiries: media@tahomaridgekids.org or (253) 555-0139. Want to share your family's story? Write to stories@tahomaridgekids.org — our team will reach out, and nothing gets posted without your written OK. 💌",
    "the hospital's own e-mail addresses and media line",
)

# 65
p(
    "en",
    "patient_story",
    "if you were at the Yakima fairgrounds clean-air shelter last week you might've met Sky — 8 yrs old, evacuated from Naches w/ her grandpa when the fire jumped the ridge on 8/21. she drew 200+ pictures for our nurses. SKY WE LOVE YOU 💙 the sky is finally blue again too",
    [
        ("NAME", "Sky"),
        ("NAME", "SKY"),
        ("GEO", "Naches"),
        ("DATE", "8/21"),
    ],
    note="a name that is a word, in title case and in ALL CAPS; lower-case 'sky' is the word; home town and evacuation date; the public shelter is not her home",
)

# 66
n(
    "en",
    "staff_spotlight",
    "Congratulations to our pediatric hospitalist Dr. Leota Fa'alogo, who was bestowed the matai title Tuiatua by his village in Samoa this summer. Susuga Tuiatua, your patients on 3 Orca are very proud (and they still call you Dr. Lee). 🌺",
    "a staff doctor's chiefly title and his own village",
)

# 67
p(
    "en",
    "pasted_record",
    "pasted wrong cell lol: Koroiveta, Mereani; DOB 2024-12-03; adm 2025-01-15; rm 3112-B; MRN 3306618; guardian: Litia K. (aunt) litia.koroiveta@gmail.com",
    [
        ("NAME", "Koroiveta, Mereani"),
        ("DATE", "2024-12-03"),
        ("DATE", "2025-01-15"),
        ("OTHER_ID", "rm 3112-B"),
        ("MRN", "3306618"),
        ("NAME", "Litia K."),
        ("EMAIL", "litia.koroiveta@gmail.com"),
    ],
    note="spreadsheet row: ISO dates, room, MRN, aunt with initial and e-mail",
)

# 68
n(
    "en",
    "research",
    "Are you the parent of a baby born before 32 weeks? Our NICU follow-up study is enrolling families in Pierce, Yakima and Spokane counties to learn how wildfire smoke affects preemie lungs. $50 gift card per visit. Info: research@tahomaridgekids.org or (253) 555-0100, option 6.",
    "recruitment for a study; counties of the study population; hospital contacts",
)

# 69
p(
    "en",
    "crisis_update",
    "URGENT from our Spokane campus: if you are the family of Dmytro 'Dima' Levchenko, 15, who was brought in from the fire evacuation zone in Deer Park last night, please call our family liaison line right away at (509) 555-0153. Dima is safe and asking for his mom, Svitlana.",
    [
        ("NAME", "Dmytro 'Dima' Levchenko"),
        ("NAME", "Dima", "*"),
        ("GEO", "Deer Park"),
        ("NAME", "Svitlana"),
    ],
    note="family reunification notice: name and diminutive, home area, mother; the phone is the hospital's; 'last night' is relative",
)

# 70
n(
    "en",
    "crisis_update",
    "⚠️ RED FLAG WARNING for the Yakima Valley through Sunday. If you're evacuating with a child who uses home oxygen, a feeding pump or a ventilator, bring 72 hours of supplies and your chargers. Our clinic at 615 Orchard Bloom Road has backup power. Follow Yakima County Emergency Management for evacuation levels.",
    "crisis advice; the hospital's address",
)

# 71
p(
    "en",
    "milestone_birthday",
    "С днём рождения, Nina Aleksandrovna! 🎂 Our dialysis unit's favorite nonagenarian turned 95 on the 2nd of February and celebrated with honey cake from her great-granddaughter Vasilisa. Ms. Belova has been coming to us three times a week since 2019 and has never once been late.",
    [
        ("NAME", "Nina Aleksandrovna"),
        ("AGE", "nonagenarian"),
        ("AGE", "95"),
        ("DATE", "2nd of February"),
        ("NAME", "Vasilisa"),
        ("NAME", "Belova"),
    ],
    note="name with patronymic, 'nonagenarian' and the number, birthday, great-granddaughter, surname with honorific excluded",
)

# 72
n(
    "en",
    "eponymous_condition",
    "Dr. Virginia Apgar was born June 7, 1909. Her 10-point score — checked at 1 and 5 minutes after birth — is still given to every baby born at Tahoma Ridge. A score of 7 to 10 is normal. Happy birthday, Dr. Apgar! 👶",
    "the Apgar score and its namesake's birthday",
)

# 73
p(
    "en",
    "patient_story",
    "Dakota Spencer-Wahpat is 17, plays point guard for the White Swan Cougars, and on the night of Feb. 3 she collapsed on the court with a heart rhythm no one knew she had. An AED, a brave assistant coach and our Yakima team saved her. On March 15 she was back at the line for senior night. 🏀",
    [
        ("NAME", "Dakota Spencer-Wahpat"),
        ("GEO", "White Swan"),
        ("DATE", "Feb. 3"),
        ("DATE", "March 15"),
    ],
    note="a first name that is a state name; the school team's town tells where she lives (GEO); collapse and return dates",
)

# 74
n(
    "en",
    "anonymous_story",
    "A family drove 11 hours from North Dakota so their son could have heart surgery here. The night before, his big sister taped a note to the OR door: 'please be gentle with him.' We were. He's doing great. ❤️",
    "anonymous; a state is not GEO",
)

# 75
p(
    "en",
    "thank_you",
    "A different kind of thank-you: our own NICU nurse Teuila Sapolu spent 64 days on the other side of the isolette this year, as a mom. Her son Lemalu was born at 26 weeks on 9/9 and went home last week. 'Now I know what our parents feel,' Teuila said. Welcome home, Lemalu! 🍼",
    [
        ("NAME", "Teuila Sapolu"),
        ("NAME", "Teuila", "*"),
        ("NAME", "Lemalu", "*"),
        ("DATE", "9/9"),
    ],
    note="a staff nurse who is the mother of a patient is labelled as the patient's relative; the son's name and birth date",
)

# 76
n(
    "en",
    "staff_spotlight",
    "Our unit clerk Losaline Havea's grandmother turned 100 in Nukuʻalofa last week, and Losaline flew home to dance the tau'olunga at the party. Mālō 'aupito for sharing the photos with us, Losaline — your grandma has better moves than all of us. 🇹🇴",
    "a staff member's own grandmother (not a patient): her age and city are not labelled",
)

# 77
p(
    "en",
    "hospital_contact",
    "Draft reply to a complaint — check before sending: '@grisha_popov_jr we're so sorry, we've removed the reply that showed your dad's info (pt: grigoriy s. popov, 93 yo, rm 512, admitted 4/2).'",
    [
        ("OTHER_ID", "@grisha_popov_jr"),
        ("NAME", "grigoriy s. popov"),
        ("AGE", "93"),
        ("OTHER_ID", "rm 512"),
        ("DATE", "4/2"),
    ],
    note="an apology that repeats the leak: son's handle, patient name in lower case, age over 89, room, admission date",
)

# 78
n(
    "en",
    "sponsor",
    "Thank you, Cascade Tire & Brake of Yakima, for installing 300 free car seats at our Safe Ride Saturday! 🚗 Certified techs checked seats for families from Selah to Sunnyside. Next event: Oct 11, 10–2, Yakima Valley Clinic parking lot.",
    "sponsor, an event date and the hospital's parking lot",
)

# 79
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Guadalupe! 🌹 Nació el 12 de diciembre, Día de la Virgen de Guadalupe, a las 4:40 de la mañana en nuestra clínica de Yakima. Sus papás, Rosa Elvira y Fidencio Ramírez, vinieron desde Mattawa en plena temporada de poda. ¡Felicidades, familia Ramírez!",
    [
        ("NAME", "Guadalupe", 1),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Rosa Elvira"),
        ("NAME", "Fidencio Ramírez"),
        ("NAME", "Ramírez", "*"),
        ("GEO", "Mattawa"),
    ],
    note="baby named for the feast she was born on: both date forms labelled (the feast's name covers the second Guadalupe), parents, family surname, home town",
)

# 80
n(
    "es",
    "health_tip",
    "🔥 Humo de incendios: si el índice de calidad del aire (AQI) pasa de 150, los niños deben quedarse adentro. Trabajadores del campo: pidan mascarillas N95 a su mayordomo; es su derecho bajo la ley del estado de Washington. Línea de enfermería 24 horas: (253) 555-0171.",
    "consejo general; línea del hospital",
)

# 81
p(
    "en",
    "discharge",
    "Olive is going home! 🫒 Born 3rd March at 28+2 weeks, Olive Kowalchuk spent 74 days with us learning to breathe, eat and grow, and graduated today wearing the crocheted hat her prababusya Halya knitted and mailed from Kyiv. #OliveBranch",
    [
        ("NAME", "Olive Kowalchuk"),
        ("NAME", "Olive", "*"),
        ("DATE", "3rd March"),
        ("NAME", "Halya"),
        ("GEO", "Kyiv"),
        ("NAME", "#OliveBranch"),
    ],
    note="a name that is a word, birth date day-first, great-grandmother (kinship word excluded) and her foreign city, name hashtag; gestational age is not a date",
)

# 82
n(
    "en",
    "campaign_hashtag",
    "Rain or shine, we ride. ☔☀️ This fall our #RainOrShineRide cyclists raised $212,000 for the NICU. Next ride: Sept. 27 from Point Defiance. Sign up: tahomaridgefoundation.org/ride",
    "campaign hashtag built on ordinary words; event date; foundation domain",
)

# 83
p(
    "en",
    "patient_story",
    "The whole 2nd grade at Roosevelt Elementary in Pasco made cards for VOVA, and we taped every single one to the walls of room 3214. Volodymyr Tkachenko — Vova to everyone — had his 3rd chemo round on 7 Nov and says the cards 'work better than the medicine.' Go Vova! 💛💙",
    [
        ("GEO", "Pasco"),
        ("NAME", "VOVA"),
        ("OTHER_ID", "room 3214"),
        ("NAME", "Volodymyr Tkachenko"),
        ("NAME", "Vova", "*"),
        ("DATE", "7 Nov"),
    ],
    note="diminutive in ALL CAPS and title case, full name, room, treatment date; the school's town tells where he lives; '3rd' here is a count, not a date",
)

# 84
n(
    "en",
    "public_figure",
    "March 31 is César Chávez Day. Chávez organized farmworkers from California's fields to Washington's orchards and fought for clean water, rest breaks and protection from pesticides — work that still shapes how we care for farmworker families in the Yakima Valley. ✊",
    "public figure and a commemorative day",
)

# 85
p(
    "en",
    "pasted_record",
    "wrong paste!! billing note — acct# 88-20417-3, guarantor: Fale, Ioane (father), ssn 532-00-4471, statement returned from 1911 S. Yakima Ave, Tacoma WA 98408, pls update addr",
    [
        ("ACCOUNT", "88-20417-3"),
        ("NAME", "Fale, Ioane"),
        ("SSN", "532-00-4471"),
        ("GEO", "1911 S. Yakima Ave"),
        ("GEO", "Tacoma"),
        ("GEO", "98408"),
    ],
    note="billing note: account number, father's name and SSN, the family's street, city and ZIP",
)

# 86
n(
    "en",
    "hospital_contact",
    "Referring providers: fax NICU transfer packets to (253) 555-0119, or call our transfer center 24/7 at (253) 555-0100 and press 2. Please don't send records by Facebook message. 🙏",
    "the hospital's fax and main line",
)

# 87
p(
    "en",
    "patient_story",
    "Ichishkíin lesson from our favorite patient: 93-year-old Wilbur Kamiakin Eneas (no relation to the chief, he says, 'but maybe a little') taught our night nurses to say good morning while recovering from hip surgery on 6 Heron. He goes home to Wapato on Friday. #lessonsfromwilbur",
    [
        ("AGE", "93-year-old"),
        ("NAME", "Wilbur Kamiakin Eneas"),
        ("GEO", "Wapato"),
        ("NAME", "#lessonsfromwilbur"),
    ],
    note="Yakama elder: age over 89, a middle name shared with a historical chief, home town, lower-case name hashtag; Friday is a weekday",
)

# 88
n(
    "en",
    "event",
    "Treaty Day Health Fair 🌲 Jan 22 at the Lummi Nation gym — free sports physicals, car seats, dental checks and flu shots for kids 6 months and up, from our Tahoma Ridge mobile clinic. Hosted with the Lummi Tribal Health Center.",
    "event date and venue; population ages",
)

# 89
p(
    "en",
    "birth_announcement",
    "Pictured: 9 lb 11 oz of pure Tongan muscle 💪 Meet Viliami Taumoepeau Jr., born at 11:58 p.m. on New Year's Eve — two minutes shy of being our first baby of 2025. Dad Viliami Sr. has already bought him a rugby ball. #BigBabyVili",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Viliami Taumoepeau"),
        ("NAME", "Viliami", "*"),
        ("DATE", "New Year's Eve"),
        ("NAME", "#BigBabyVili"),
    ],
    note="photo cue for the baby, name without the Jr./Sr. suffixes, father with the same first name, birth on a holiday, name hashtag; 2025 is a bare year",
)

# 90
n(
    "en",
    "statistic",
    "Fun fact for #TwinsDay: 1 in every 31 births at our Tacoma campus last year was a multiple — 118 sets of twins and 3 sets of triplets. Our record: 4 sets of twins born on the same day in 2019. 👯",
    "aggregate statistics; an anonymous record with a bare year",
)

# 91
p(
    "en",
    "thank_you",
    "Shoutout to Orchard Ridge Packing, which held 17-year-old Yesenia Lucatero's summer job for her through all 21 days in our PICU after the crash on Lateral A Road on May 9 — and sent flowers every week. Employers like that change lives. 🍒",
    [
        ("NAME", "Orchard Ridge Packing"),
        ("NAME", "Yesenia Lucatero"),
        ("GEO", "Lateral A Road"),
        ("DATE", "May 9"),
    ],
    note="the patient's own employer (NAME), her name with possessive excluded, road and date of the crash",
)

# 92
n(
    "en",
    "recruitment",
    "NICU nurses wanted in Spokane 🍼 Nights, 3x12s, relocation help, and a unit where the average nurse has been here 9 years. Ask our recruiter Kateryna at jobs@tahomaridgekids.org or (509) 555-0153.",
    "recruitment; staff recruiter; hospital e-mail and phone",
)

# 93
p(
    "en",
    "pasted_record",
    "ignore this, copy/paste fail: 'd/c 3/28 — ilaisaane fusitu'a, 6 y/o, home w/ insulin pump sn TPX-4471-0932, f/u endo 4/11, parents: lesieli & tomasi, 360-555-0176'",
    [
        ("DATE", "3/28"),
        ("NAME", "ilaisaane fusitu'a"),
        ("DEVICE", "TPX-4471-0932"),
        ("DATE", "4/11"),
        ("NAME", "lesieli"),
        ("NAME", "tomasi"),
        ("PHONE", "360-555-0176"),
    ],
    note="lower-case discharge line: discharge and follow-up dates, Tongan name with apostrophe, pump serial number (DEVICE), parents, phone",
)

# 94
n(
    "en",
    "eponymous_condition",
    "Knee pain in your teen athlete? Osgood-Schlatter disease is common during growth spurts, especially in basketball and volleyball players. Sever's disease is the heel version. Ice, rest and stretching usually do the trick — our Sports Medicine clinic in Spokane can help: (509) 555-0153.",
    "eponymous conditions; hospital phone",
)

# 95
p(
    "en",
    "memorial",
    "Forever in our hearts: baby GABRIEL ANGELO MANALO, born sleeping 08/08/2024. Every August 8 his parents, Jomar and Liezl, bring blankets for the babies in our NICU in his name. This year they brought 88. 💙👼",
    [
        ("NAME", "GABRIEL ANGELO MANALO"),
        ("DATE", "08/08/2024"),
        ("DATE", "August 8"),
        ("NAME", "Jomar"),
        ("NAME", "Liezl"),
    ],
    note="stillbirth memorial: ALL-CAPS name, the date and its yearly anniversary, parents",
)

# 96
n(
    "en",
    "memorial",
    "This week we lit 214 candles in our chapel — one for every baby our NICU has lost since we opened. Parents who want to add a name to our Remembrance Wall can call our chaplain, Fr. Mykola Hnatiuk, at (253) 555-0168. 🕯️",
    "aggregate remembrance; chaplain is staff; hospital phone",
)

# 97
p(
    "en",
    "discharge",
    "90 yrs young & walking out the door on her own two feet 🚶‍♀️ Baba Hanna Zinchuk went home from 6 Heron this morning after hip surgery on the 4th. Her grandson Roma: 'she's already asking when she can garden.' go baba go!!",
    [
        ("AGE", "90"),
        ("NAME", "Hanna Zinchuk"),
        ("DATE", "4th"),
        ("NAME", "Roma"),
    ],
    note="Ukrainian grandmother who is the patient: age 90, surgery day of the month, grandson whose name is also a word; 'Baba'/'baba' are kinship words",
)

# 98
n(
    "en",
    "anonymous_story",
    "An 89-year-old grandpa came in with his great-grandson's RSV and left with a flu shot, a COVID booster and a new best friend in our triage nurse. It's never too late for vaccines. 💉",
    "age 89 is not over 89; both people are anonymous",
)

# 99
p(
    "en",
    "patient_story",
    "#JAJOSTRONG 💪 Jajo Lanwi Jibas, 11, has spent 200 days with us since his diagnosis on 3/17 — St. Patrick's Day, which he says makes him 'lucky, not sick.' His family moved from Ebeye to Spokane in 2019 so he could get care. Kommol to everyone who's sent cards to 3 Orca!",
    [
        ("NAME", "#JAJOSTRONG"),
        ("NAME", "Jajo Lanwi Jibas"),
        ("DATE", "3/17"),
        ("DATE", "St. Patrick's Day"),
        ("GEO", "Ebeye"),
        ("GEO", "Spokane"),
    ],
    note="ALL-CAPS name hashtag, Marshallese name, diagnosis date written twice, the family's former island town and present city",
)

# 100
n(
    "en",
    "sponsor",
    "Inland Empire Creamery hosted NICU Grad Night at their Spokane Valley shop — 1,500 families, free huckleberry cones, and the first scoop served by our longest-serving neonatologist, Dr. Harriet Osei. Thank you! 🍦",
    "sponsor event; staff doctor; families are a crowd",
)

# 101
p(
    "en",
    "patient_story",
    "A stranger stopped on I-82 near Zillah on the night of July 4 and held pressure on a 12-year-old's leg until the ambulance came. That girl, Itzel Bautista Reyes, walked into our rehab gym today and wants to say thank you. All she remembers: he drove a silver Toyota Tacoma and called her 'mija.' Help us find him! 🙏",
    [
        ("GEO", "I-82"),
        ("GEO", "Zillah"),
        ("DATE", "July 4"),
        ("NAME", "Itzel Bautista Reyes"),
    ],
    note="road and place of the crash, injury date, the girl's name; Tacoma here is a truck model and the stranger is not labelled",
)

# 102
n(
    "en",
    "crisis_update",
    "RSV + flu surge update: our Tacoma ER is seeing twice the usual number of kids under 2. Wait times are long. For mild symptoms, call our nurse line first: (253) 555-0171. If your child is struggling to breathe, turning blue, or under 3 months with a fever of 100.4+, come in. 🏥",
    "surge update; population ages; hospital line",
)

# 103
p(
    "en",
    "pasted_record",
    "DELETE — security log pasted: 'visitor pass #V-2231 issued to Semisi Latu (father of pt in rm 2208), WA DL LATUSS*412KP, vehicle: maroon Sienna, plate BXR4417, parked lot C'",
    [
        ("OTHER_ID", "V-2231"),
        ("NAME", "Semisi Latu"),
        ("OTHER_ID", "rm 2208"),
        ("LICENSE", "LATUSS*412KP"),
        ("VEHICLE", "BXR4417"),
    ],
    note="security log: father's visitor pass id, name, driver's licence and plate, the patient's room; lot C is the hospital's",
)

# 104
n(
    "en",
    "health_tip",
    "Car seat check: kids should ride rear-facing until at least age 2, then forward-facing with a harness until at least 4. Washington law requires a booster until 4'9\" tall. Free checks every first Saturday at our Yakima Valley Clinic. 🚗",
    "general tip",
)

# 105
p(
    "en",
    "milestone_birthday",
    "One year ago on September 11th, a 1 lb 3 oz fighter named Makoa Tuilagi-Pomale joined our NICU family. Today he's 19 pounds of pure sass. Happy birthday, Makoa! Love, the night shift on Pod C 🎂",
    [
        ("DATE", "September 11th"),
        ("NAME", "Makoa Tuilagi-Pomale"),
        ("NAME", "Makoa", "*"),
    ],
    note="birth date inside a relative phrase (the date is labelled, 'one year ago' is not), hyphenated Pacific surname",
)

# 106
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Andriy Mykolayovych Melnyk, our new pediatric cardiologist! Dr. Melnyk trained in Kharkiv and Boston, has two daughters (Sasha and Olenka, ages 7 and 4), and says the best part of Tacoma is the rain. Welcome! 💙💛",
    "staff doctor with patronymic; his own daughters are staff family, never labelled",
)

# 107
p(
    "en",
    "thank_you",
    "Fa'afetai tele lava from the Leiataua-Sopoaga aiga! Our daughter Faith Seiuli was admitted on White Sunday, October 13 — of all days — and you kept her safe through 19 days of sepsis. If any nurse from 4 Salmon wants the recipe for the sapasui we brought, email her dad at sopoaga.aiga@gmail.com. 🌺",
    [
        ("NAME", "Leiataua-Sopoaga"),
        ("NAME", "Faith Seiuli"),
        ("DATE", "White Sunday"),
        ("DATE", "October 13"),
        ("EMAIL", "sopoaga.aiga@gmail.com"),
    ],
    note="family surname, a first name that is a word, admission on a named Samoan holiday and its date, father's e-mail",
)

# 108
p(
    "en",
    "anonymous_story",
    "During last summer's smoke, one of our NICU moms couldn't get home to Goldendale for 11 days because Hwy 97 was closed, so our family lodging became her home. If you're a NICU family far from home, ask your social worker about lodging — it's free. 🏠",
    [("GEO", "Goldendale")],
    note="nameless story, but the family's home town is an identifier (dev decision); the highway closure is not a crash",
)

# 109
n(
    "en",
    "anonymous_story",
    "A 7-year-old patient asked our chaplain if heaven has Wi-Fi. He thought for a while and said, 'It has everything you love.' She said, 'Then it has my mom.' We're not crying, you're crying. 💙",
    "anonymous child; age under 90",
)

# 110
p(
    "en",
    "pasted_record",
    "IT ticket pasted into the wrong tab 🙈: 'MyTahoma portal lockout — user olya.b.2011, parent Ludmila Bondarenko, last login from 198.51.100.47, reset link sent to lbondarenko@comcast.net'",
    [
        ("OTHER_ID", "olya.b.2011"),
        ("NAME", "Ludmila Bondarenko"),
        ("IP", "198.51.100.47"),
        ("EMAIL", "lbondarenko@comcast.net"),
    ],
    note="portal user name (OTHER_ID), parent's name, IP address and e-mail",
)

# 111
n(
    "en",
    "hospital_contact",
    "Follow along! 📲 @TahomaRidgeKids for everything, @TahomaRidgeNICU for NICU grad news, @TRCH_Spokane for our eastside families. Se habla español: @TahomaRidgeYakima. Never DM us medical info — call (253) 555-0100 instead.",
    "the hospital's own handles and main line",
)

# 112
p(
    "en",
    "patient_story",
    "Cedar Jim is 6 and just finished his last round of chemo. When the Lummi canoe family sang for him on the 22nd, they brought a cedar bough for his door, and Cedar said it smelled like home. Hurry home to Bellingham, buddy. 🌲",
    [
        ("NAME", "Cedar Jim"),
        ("NAME", "Cedar", 2),
        ("DATE", "22nd"),
        ("GEO", "Bellingham"),
    ],
    note="a name that is a tree (lower-case 'cedar bough' is the tree), day of the month of his event, home town",
)

# 113
n(
    "en",
    "event",
    "Manuia le Aso Sā o Tamaiti! For White Sunday (Oct 12 this year), our Samoan child life team will host a lotu and toʻonaʻi for kids on 3 Orca and 4 Salmon. Families of all faiths welcome. 🤍",
    "White Sunday as an event date, not a patient's",
)

# 114
p(
    "en",
    "patient_story",
    "Bella 'Baby Bell' Fonua (15) has 40k followers and spent her whole rehab stay filming her physical therapy for them after the snowboarding crash at Mission Ridge on Jan 4th. Go give her some love at @bellfonua_rehab 💪 — she's home in Wenatchee now!",
    [
        ("NAME", "Bella 'Baby Bell' Fonua"),
        ("GEO", "Mission Ridge"),
        ("DATE", "Jan 4th"),
        ("OTHER_ID", "@bellfonua_rehab"),
        ("GEO", "Wenatchee"),
    ],
    note="name with quoted nickname, place and date of the injury, the patient's own handle, home town",
)

# 115
n(
    "en",
    "campaign_hashtag",
    "This Giving Tuesday, every $25 gives a NICU family a week of gas money to drive from Yakima to Tacoma. 🚗 #GiveNICU #TahomaStrong tahomaridgefoundation.org/give · (253) 555-0127",
    "campaign hashtags, foundation domain and phone",
)

# 116
p(
    "en",
    "crisis_update",
    "Reuniting families after the Bear Creek evac: Grandma Tamara Sidorenko, 91, is safe on our Heron unit and wants her grandkids to know. Kids, call her cell — 509-555-0117 — she's been waiting by it all day. She was picked up from her home on Old Naches Hwy on Aug. 19.",
    [
        ("NAME", "Tamara Sidorenko"),
        ("AGE", "91"),
        ("PHONE", "509-555-0117"),
        ("GEO", "Old Naches Hwy"),
        ("DATE", "Aug. 19"),
    ],
    note="evacuated grandmother who is the patient: age, her own cell, home road, admission date",
)

# 117
n(
    "en",
    "crisis_update",
    "The Bear Creek fire evacuation is down to Level 1 for Naches and Tieton. Families who sheltered with us: thank you for your patience. Lost-and-found from the shelter is at our Yakima Valley Clinic front desk (615 Orchard Bloom Road) through Friday.",
    "towns of an evacuation order, not of a patient; hospital address",
)

# 118
p(
    "en",
    "discharge",
    "replying to @jess_mom_of3: yes!! dakota went home sat 🙌 she was born 6/30 at 31 wks so she got to meet every single night nurse. give her a squeeze from all of us!",
    [
        ("OTHER_ID", "@jess_mom_of3"),
        ("NAME", "dakota"),
        ("DATE", "6/30"),
    ],
    note="mother's handle, lower-case name that is a state, birth date; 'sat' is a weekday",
)

# 119
n(
    "en",
    "research",
    "New data from our Family Medicine team: among 1,200 grandparents raising grandkids in the Yakima Valley, 1 in 5 is over 75 and 3% are over 90. Our KinCare program offers respite, rides and a free monthly support group. 💛",
    "population ages and aggregate data",
)

# 120
p(
    "es",
    "discharge",
    "¡Por fin a casa! 🏡 Después de 52 días en la UCIN, la pequeña Ximena Guadalupe Tapia se va a Sunnyside con sus papás. Nació el 2 de febrero — Día de la Candelaria, como dice su abuelita Chayo — con apenas 900 gramos. Su familia es de Cherán, Michoacán, y ya están preparando los tamales. 🫔",
    [
        ("NAME", "Ximena Guadalupe Tapia"),
        ("GEO", "Sunnyside"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
        ("NAME", "Chayo"),
        ("GEO", "Cherán"),
    ],
    note="'la pequeña' excluded; home town, birth date written twice, grandmother's nickname, family's home town in Mexico (the state is not GEO)",
)

# 121
p(
    "en",
    "patient_story",
    'The whole 3 Orca crew is cheering for "Boo" today! Our favorite 5-year-old finished radiation this morning and rang the bell so hard the clapper flew off. Room 3108 is officially a dance floor. 🔔',
    [
        ("NAME", "Boo"),
        ("OTHER_ID", "Room 3108"),
    ],
    note="a quoted nickname used as the child's name, and the room",
)

# 122
n(
    "en",
    "health_tip",
    "Rivers in the Northwest stay cold even in August — the Yakima River can be under 60°F. Cold-water shock can drown strong swimmers. Kids need a life jacket every time. Free loaner jackets at the Sportsman State Park boat launch! 🛟",
    "water-safety tip; rivers and a park, no person",
)

# 123
p(
    "en",
    "birth_announcement",
    "Our first baby born on Independence Day of Ukraine this year: Yaroslava Ivanivna Didenko arrived 24.08.2025 at 3.4 kg, to mama Ivanna and tato Ivan — who drove from Moses Lake in record time. Slava Ukraini, Yarka! 💙💛",
    [
        ("DATE", "Independence Day of Ukraine"),
        ("NAME", "Yaroslava Ivanivna Didenko"),
        ("DATE", "24.08.2025"),
        ("NAME", "Ivanna"),
        ("NAME", "Ivan"),
        ("GEO", "Moses Lake"),
        ("NAME", "Yarka"),
    ],
    note="birth date as a national holiday and as day.month.year, patronymic, parents (mama/tato excluded), home town, diminutive; 'Slava Ukraini' is a slogan, not a name",
)

# 124
n(
    "en",
    "public_figure",
    "March 9 is Taras Shevchenko's birthday, and our Ukrainian families taught us that his poem 'Zapovit' is recited at every important gathering. This year kids on 3 Orca drew sunflowers for his 211th birthday. 🌻",
    "a poet's birthday and age; the children are anonymous",
)

# 125
p(
    "en",
    "pasted_record",
    "pls remove — lab label text ended up in the caption: 'LOPEZ-TAUFA, MIGUELITO / 2Y M / MRN 5108872 / enc# E0042917733 / wristband 8841-0077 / coll 01/06/25 0714'",
    [
        ("NAME", "LOPEZ-TAUFA, MIGUELITO"),
        ("MRN", "5108872"),
        ("OTHER_ID", "E0042917733"),
        ("OTHER_ID", "8841-0077"),
        ("DATE", "01/06/25"),
    ],
    note="lab label: ALL-CAPS hyphenated name, MRN, encounter and wristband numbers (value only), collection date; the time is not labelled",
)

# 126
n(
    "en",
    "eponymous_condition",
    "September is Childhood Cancer Awareness Month. Some names you may hear on our oncology unit: Wilms tumor (kidney), Ewing sarcoma (bone), Hodgkin lymphoma. They're named for the doctors who described them — Max Wilms, James Ewing and Thomas Hodgkin — not for any of our kids. 🎗️",
    "eponymous conditions and their namesakes; an awareness month",
)

# 127
p(
    "en",
    "memorial",
    "fly high, sione. 🕊️ sione tuakoi fifita, 16, our fiercest tongan dancer, passed on feb 11 after 3 yrs of fighting leukemia. his mom ana says the family will hold a faiva at church every month this year in his memory. #fifitafamily #flyhighsione",
    [
        ("NAME", "sione tuakoi fifita"),
        ("NAME", "sione", "*"),
        ("DATE", "feb 11"),
        ("NAME", "ana"),
        ("NAME", "#fifitafamily"),
        ("NAME", "#flyhighsione"),
    ],
    note="all lower case: name, death date, mother, two name hashtags",
)

# 128
n(
    "en",
    "memorial",
    "On October 15, Pregnancy and Infant Loss Remembrance Day, our chapel will stay open until 9 p.m. At 7 p.m., join the International Wave of Light — light a candle for every baby gone too soon. 🕯️",
    "awareness day written twice; no person",
)

# 129
p(
    "en",
    "thank_you",
    "thnk u to evryone who brought food to the OKAFOR-LEMALU family while there baby was in the nicu 🙏 from the 4 Salmon team + the whole Tahoma Ridge fam",
    [("NAME", "OKAFOR-LEMALU")],
    note="only a family surname, ALL CAPS and hyphenated, in a typo-ridden post",
)

# 130
n(
    "en",
    "staff_spotlight",
    "Nurse Rain Dela Peña just hit 25 years on our NICU, which means she's cared for some of the moms now delivering babies here! Happy work anniversary, Rain ☔💚 #NurseLife",
    "Rain is a staff nurse; former patients are anonymous",
)

# 131
p(
    "en",
    "birth_announcement",
    "Four generations in one room 💛 Great-great-grandpa Ruperto 'Lolo Perto' Salonga, one hundred and two years old, met baby Amara on the 9th — the day she was born — and told her she has his ears. She does.",
    [
        ("NAME", "Ruperto 'Lolo Perto' Salonga"),
        ("AGE", "one hundred and two"),
        ("NAME", "Amara"),
        ("DATE", "9th"),
    ],
    note="great-great-grandfather (a relative) with a nickname containing a kinship word, his age over 89 in words, the baby and her birth day of the month",
)

# 132
n(
    "en",
    "statistic",
    "Our NICU grads are growing up: the oldest 'graduate' at our 40th reunion was 39, the youngest 11 days. 600+ families came. Fun fact: 14 grads are now nurses or doctors at Tahoma Ridge. 🎓",
    "anonymous ages under 90 and aggregates",
)

# 133
p(
    "en",
    "hospital_contact",
    "Replying to a comment: Hi Mrs. Aumua — we're so sorry your voicemail wasn't returned! Our Patient & Family Relations team will call you back today at the number you left, 206-555-0189, about Keoni's bill. If you'd rather, reach them at (253) 555-0168.",
    [
        ("NAME", "Aumua"),
        ("PHONE", "206-555-0189"),
        ("NAME", "Keoni"),
    ],
    note="mother's surname (honorific excluded) and phone, the child's name; the second number is the hospital's",
)

# 134
n(
    "en",
    "hospital_contact",
    "📍 Parking at our main campus: visitors use the Tahoma Ridge Parkway garage (first 2 hours free); NICU families get a free pass at the Heron desk. Valet opens at 6 a.m. at the main entrance, 1400 Tahoma Ridge Pkwy. Questions: (253) 555-0100.",
    "the hospital's own address, garage and phone",
)

# 135
p(
    "en",
    "patient_story",
    "Our Yakima Valley nurses can't stop talking about J.T., the 10-year-old who came in from Toppenish with a rattlesnake bite on June 2 and asked if he could keep the snake. (No.) J.T. goes home tomorrow with all 10 toes. 🐍",
    [
        ("NAME", "J.T.", "*"),
        ("GEO", "Toppenish"),
        ("DATE", "June 2"),
    ],
    note="initials as the name, home town, date of the bite",
)

# 136
n(
    "en",
    "recruitment",
    "Calling grandparents! 👵👴 Our NICU cuddler program needs volunteers 55 to 95 — no experience needed, just patience and a good rocking arm. Our oldest cuddler, June, is 94. Apply at tahomaridgekids.org/volunteer.",
    "population age range and a volunteer's age over 89, not a patient's",
)

# 137
p(
    "en",
    "patient_story",
    "olya (15) finished her last chemo 🎉🎉 diagnosed 03.11.2024 and today she's bald, brave & bossing the PT team around. her bff dasha shaved her head too in solidarity. #олянасила #olyastrong",
    [
        ("NAME", "olya"),
        ("DATE", "03.11.2024"),
        ("NAME", "#олянасила"),
        ("NAME", "#olyastrong"),
    ],
    note="lower-case diminutive, diagnosis date, Cyrillic and Latin name hashtags; her friend dasha is not a relative and is not labelled",
)

# 138
n(
    "en",
    "event",
    "Día de los Muertos ofrenda in our Yakima Valley Clinic lobby, Oct 28 – Nov 2. Families may bring photos of loved ones, marigolds and pan de muerto. The staff altar honors Dr. Ernesto Villalobos, our founding pediatrician (1941–2023). 🌼",
    "event dates; memorial of a staff doctor",
)

# 139
p(
    "en",
    "discharge",
    "Denali Wahsise went home to Harrah on the first snow day of the year — December 1 — after 30 days with us for a broken femur. His big brothers built him a snow fort with a 'wheelchair ramp.' 🏔️",
    [
        ("NAME", "Denali Wahsise"),
        ("GEO", "Harrah"),
        ("DATE", "December 1"),
    ],
    note="a first name that is a mountain, home town, discharge date",
)

# 140
n(
    "en",
    "crisis_update",
    "Heat advisory: 104°F expected in the Wenatchee Valley Wednesday. Orchard crews, take a shade break every hour, drink a cup of water every 15 minutes, and know the signs of heat stroke: confusion, hot dry skin, no sweat. Call 911. #OrchardSafe",
    "temperature, not an age; weather advisory",
)

# 141
p(
    "en",
    "pasted_record",
    "😬 pasted our pod C board by mistake: iso 14 — baby boy ioane (twin a) mrn 6620113 / iso 15 — baby girl ioane (twin b) mrn 6620114 / iso 16 — zhuravlev, born 1/3 — mom natalia",
    [
        ("OTHER_ID", "iso 14"),
        ("NAME", "ioane", "*"),
        ("MRN", "6620113"),
        ("OTHER_ID", "iso 15"),
        ("MRN", "6620114"),
        ("OTHER_ID", "iso 16"),
        ("NAME", "zhuravlev"),
        ("DATE", "1/3"),
        ("NAME", "natalia"),
    ],
    note="lower-case NICU board: isolette numbers are beds (keyword included), surnames, MRNs, birth date, mother",
)

# 142
n(
    "en",
    "thank_you",
    "Thank you, Birdie Lindqvist-Haugen, for 1,000 hand-knit hats for our NICU babies this year! Birdie knits while watching the Mariners and says every loss = 2 extra hats. At 91, she's our most prolific donor. 🧶",
    "a donor's name and age over 89 are not labelled",
)

# 143
p(
    "en",
    "thank_you",
    "message from a family, posting w/ permission: 'my grandfather joaquin dela rosa turned 96 in your hospital on jan 16 and the nurses sang to him in ilocano. call me if you need a testimonial: 253-555-0194 / joaquin.apo.96@gmail.com — his granddaughter, rica'",
    [
        ("NAME", "joaquin dela rosa"),
        ("AGE", "96"),
        ("DATE", "jan 16"),
        ("PHONE", "253-555-0194"),
        ("EMAIL", "joaquin.apo.96@gmail.com"),
        ("NAME", "rica"),
    ],
    note="lower case: patient, age over 89, birthday, granddaughter's phone and e-mail (the 96 inside the e-mail is covered by the EMAIL span)",
)

# 144
n(
    "en",
    "health_tip",
    "Kids and orchard ladders don't mix. Every harvest we see falls from picking ladders — most in children under 12 who 'were just helping.' Keep kids in the shade and off the ladders. 🍎 #OrchardSafe",
    "general tip; population ages",
)

# 145
p(
    "en",
    "patient_story",
    "Congratulations to Pita Tuala Mulitalo-Faleafa, 14, who walked his sister Lagi down the aisle of our chapel on the 19th — three weeks after his liver transplant. (He insisted. His surgeon insisted harder. They compromised on a wheelchair for the reception.) 💍",
    [
        ("NAME", "Pita Tuala Mulitalo-Faleafa"),
        ("NAME", "Lagi"),
        ("DATE", "19th"),
    ],
    note="long Samoan name, sister (Lagi means 'sky'), day of the month of his event",
)

# 146
n(
    "en",
    "event",
    "Cinco de Mayo family fun run 🏃‍♀️ Sunday, May 4, from our Yakima Valley Clinic — 5K or a 1-mile kids' loop, free helmets for the first 200 kids. Register: tahomaridgekids.org/run",
    "event and holiday, not any patient's",
)

# 147
p(
    "en",
    "birth_announcement",
    "meal train for the faleolo-ioane family is up!! twins born 11/28 (thanksgiving babies 🦃) & mom is still recovering. sign up or email their auntie at ioane.mealtrain@outlook.com 💕",
    [
        ("NAME", "faleolo-ioane"),
        ("DATE", "11/28"),
        ("DATE", "thanksgiving"),
        ("EMAIL", "ioane.mealtrain@outlook.com"),
    ],
    note="lower-case family surname, birth date as numbers and as a holiday, aunt's e-mail",
)

# 148
n(
    "en",
    "research",
    "Our Spokane team just joined a national multicenter study on donor milk for preemies. Principal investigator Dr. Chidi Okafor says 120 babies will be enrolled over 3 years. Questions? research@tahomaridgekids.org",
    "research news; the investigator is staff",
)

# 149
p(
    "en",
    "patient_story",
    "we'd love to reunite NICU grad Likinono Lojkar (born april 1 — our april fools baby, no joke 🤡) with the nurse who saved her! mom Emlain is looking for 'nurse K from the night shift in 2022'. if that's you, text Emlain at 253 555 0158 💕",
    [
        ("NAME", "Likinono Lojkar"),
        ("DATE", "april 1"),
        ("DATE", "april fools"),
        ("NAME", "Emlain", "*"),
        ("PHONE", "253 555 0158"),
    ],
    note="birth date twice in lower case, mother and her phone; 'nurse K' is staff",
)

# 150
n(
    "en",
    "anonymous_story",
    "a dad in the ER waiting room last night gave his only N95 to a stranger's toddler who was coughing. he didn't want credit, he didn't want his name used. so we're just saying: thank you, sir. 🧡",
    "anonymous; relative time only",
)

# 151
p(
    "en",
    "memorial",
    "Our hearts are with the Kravchenko family of Spokane Valley. Little Timofei 'Tima' Kravchenko, 3, went to be with the Lord on Sunday, the 16th of March. The family asks for prayers rather than flowers, and invites our NICU and PICU staff to the 40th-day memorial. 🕊️",
    [
        ("NAME", "Timofei 'Tima' Kravchenko"),
        ("NAME", "Kravchenko", "*"),
        ("GEO", "Spokane Valley"),
        ("DATE", "16th of March"),
    ],
    note="family surname and home town, name with diminutive, death date (the weekday is not labelled); the 40th-day memorial is relative",
)

# 152
n(
    "en",
    "eponymous_condition",
    "Duchenne muscular dystrophy is named for French neurologist Guillaume Duchenne (1806–1875). Our neuromuscular clinic in Spokane follows 46 boys with DMD from four states — and yes, every one of them has a favorite superhero. 💪 #DuchenneAwarenessDay is Sept 7.",
    "eponymous condition; aggregate; awareness day",
)

# 153
p(
    "en",
    "pasted_record",
    "Delete pls — a fax cover got scanned into the Canva folder: 'TO: Dr. Harriet Osei  FROM: Lummi Tribal Health Center  FAX: (360) 555-0129  RE: Jaxon Two Rivers, DOB 12/12/2019, IHS chart #47-2281'",
    [
        ("NAME", "Jaxon Two Rivers"),
        ("DATE", "12/12/2019"),
        ("MRN", "47-2281"),
    ],
    note="a surname made of ordinary words, DOB, IHS chart number (MRN); the fax number belongs to a clinic, not the family",
)

# 154
n(
    "en",
    "staff_spotlight",
    "Meet our Marshallese interpreter Atina Lakjohn, who grew up in Majuro, moved to Spokane in 2010 and has interpreted for more than 3,000 family meetings. 'I'm here so nobody has to hear bad news in a language they don't dream in.' Kommol, Atina. 💙",
    "staff member and her own cities",
)

# 155
p(
    "en",
    "discharge",
    "Mālō e lelei! Our 92-year-old friend Tevita ʻUhila Havili went home to Tacoma's Hilltop neighborhood today after heart surgery, and Room 5104 will be very quiet without his hymns. His daughter Siueni promised to bring him back for Christmas caroling. 🎶",
    [
        ("AGE", "92-year-old"),
        ("NAME", "Tevita ʻUhila Havili"),
        ("GEO", "Tacoma"),
        ("GEO", "Hilltop"),
        ("OTHER_ID", "Room 5104"),
        ("NAME", "Siueni"),
    ],
    note="Tongan elder: age, name with ʻokina, home city and neighbourhood, room, daughter; Christmas caroling is not his date",
)

# 156
n(
    "en",
    "public_figure",
    "Music therapy playlist of the week, picked by our Tacoma teens: Jimi Hendrix, Quincy Jones and Macklemore — all of whom grew up in the Seattle area. Next week: songs by Queen Sālote Tupou III, requested by our Tongan families. 🎧",
    "public figures; the teens are anonymous",
)

# 157
p(
    "en",
    "milestone_birthday",
    "Abuelo Chuy turned 90 in our ER on May 1st — International Workers' Day, fitting for a man who picked cherries in Orondo for 60 years. Jesús Maldonado Ortega, you are a legend. Feliz cumpleaños from your nurses in Yakima! 🍒",
    [
        ("NAME", "Chuy"),
        ("AGE", "90"),
        ("DATE", "May 1st"),
        ("DATE", "International Workers' Day"),
        ("GEO", "Orondo"),
        ("NAME", "Jesús Maldonado Ortega"),
    ],
    note="nickname and full name, age 90, birthday written twice, the town where he worked; 'Abuelo' is a kinship word; Yakima is where the nurses are",
)

# 158
n(
    "en",
    "hospital_contact",
    "Our new Spokane outpatient entrance is open! Enter from East Larkspur Drive and follow the blue cedar signs to the Children's Clinic on level 2. Check-in kiosks speak English, Spanish, Russian, Ukrainian and Marshallese. Questions: (509) 555-0153 · tahomaridgespokane.org",
    "hospital street, phone and domain",
)

# 159
p(
    "en",
    "birth_announcement",
    "Welcome, Wren Sky Sampson! 🐦 Born on the winter solstice (Dec. 21) to Lummi parents Tess and Darrell, who say she brought the light back. Her grandma Frances is already weaving her a Coast Salish blanket.",
    [
        ("NAME", "Wren Sky Sampson"),
        ("DATE", "winter solstice"),
        ("DATE", "Dec. 21"),
        ("NAME", "Tess"),
        ("NAME", "Darrell"),
        ("NAME", "Frances"),
    ],
    note="names that are a bird and a word, birth date as the solstice and as a date, parents and grandmother; Lummi is an affiliation",
)

# 160
n(
    "en",
    "campaign_hashtag",
    "#SashaTheTherapyDog turns 5 today! 🐾 Our golden retriever has visited 12,000+ kids on 3 Orca and 4 Salmon. Sasha's favorite treat: the peanut butter cookies our night shift sneaks her. Happy birthday, good girl.",
    "a therapy dog's name and birthday; pets are never labelled",
)

# 161
p(
    "en",
    "pasted_record",
    "wrong paste: 'home o2 referral — pt: rainier toala, 7mo, mrn 4490215, dob 7/4/24, addr 4418 e. 64th st, tacoma 98404, dme order # 55120-R, mom: faith, 253-555-0105, faith.toala@icloud.com'",
    [
        ("NAME", "rainier toala"),
        ("MRN", "4490215"),
        ("DATE", "7/4/24"),
        ("GEO", "4418 e. 64th st"),
        ("GEO", "tacoma"),
        ("GEO", "98404"),
        ("OTHER_ID", "55120-R"),
        ("NAME", "faith"),
        ("PHONE", "253-555-0105"),
        ("EMAIL", "faith.toala@icloud.com"),
    ],
    note="lower-case referral: a name that is a mountain, MRN, DOB, street, city and ZIP, equipment order number (OTHER_ID), mother whose name is a word, her phone and e-mail",
)

# 162
n(
    "en",
    "health_tip",
    "Масок не хватает? Free kid-size N95 masks at all three Tahoma Ridge locations — Tacoma, Yakima and Spokane. Ask at the front desk; no appointment or ID needed. Info in Russian, Ukrainian and Spanish: tahomaridgekids.org/smoke",
    "the hospital's own cities and domain",
)

# 163
p(
    "en",
    "birth_announcement",
    "A centenarian on the maternity floor? Yes! 100-year-old Fe Bautista Umali came to meet her first great-great-grandchild, Rizal, born here on Rizal Day (Dec. 30). Lola Fe says she's 'not a patient, just supervising.' 🇵🇭",
    [
        ("AGE", "centenarian"),
        ("AGE", "100-year-old"),
        ("NAME", "Fe Bautista Umali"),
        ("NAME", "Rizal", 1),
        ("DATE", "Rizal Day"),
        ("DATE", "Dec. 30"),
        ("NAME", "Fe", "*"),
    ],
    note="the newborn's great-great-grandmother is a relative: her name (two letters) and age over 89 twice; a baby named for a hero, born on the hero's day (the holiday covers the second 'Rizal')",
)

# 164
n(
    "en",
    "event",
    "Join our Spokane team at the Marshallese Constitution Day celebration, May 1 at Manito Park: free blood pressure checks, diabetes screening and kids' vision checks. Iakwe!",
    "event date and venue",
)

# 165
p(
    "en",
    "discharge",
    "YURI IS HOME 🏠🎉 after 47 days on 4 Salmon. from all of us: be good to your mom and stay off the trampoline, kiddo. (note to self: remove mrn 5520391 from the alt text before posting!!)",
    [
        ("NAME", "YURI"),
        ("MRN", "5520391"),
    ],
    note="ALL-CAPS first name and an MRN left in a note to self",
)

# 166
n(
    "en",
    "recruitment",
    "Dakota Reyes, RN, started as a CNA on our night shift in 2015 — now she's our newest NICU nurse manager. Ask her about our tuition program at our career fair, Oct 23, Spokane campus. #GrowWithUs",
    "staff member named Dakota; event date",
)

# 167
p(
    "en",
    "sponsor",
    "The Tapuai family gave $10,000 to our NICU this week in memory of their daughter, Lagimaina, who was born and died here on June 25, 2021. 'She lived 9 hours and changed our lives,' her dad Fetu told us. The new family sleep room will carry her name. 💙",
    [
        ("NAME", "Tapuai"),
        ("NAME", "Lagimaina"),
        ("DATE", "June 25, 2021"),
        ("NAME", "Fetu"),
    ],
    note="donors introduced as a patient's parents are relatives and are labelled; the baby's name and dates",
)

# 168
n(
    "en",
    "sponsor",
    "Thank you to the Yamamoto-Kessler Family Foundation for funding our new NICU transport isolette — the 'Kessler Kruiser,' as our team calls it. It made 140 trips last year, from Aberdeen to Ellensburg. 🚑",
    "foundation donors; towns of transports in aggregate",
)

# 169
p(
    "en",
    "pasted_record",
    "pasted from the ins. portal 🤦 — 'member: lupe a. fonoti · subscriber: tavita fonoti · plan: Molina Apple Health · member id 120884517 · group MHW-2023 · home ph 253-555-0109 · pcp: Dr. Kalani Mahoe'",
    [
        ("NAME", "lupe a. fonoti"),
        ("NAME", "tavita fonoti"),
        ("HEALTH_PLAN", "120884517"),
        ("PHONE", "253-555-0109"),
    ],
    note="insurance paste: member and subscriber (father), member id (HEALTH_PLAN), home phone; the group number is not unique to her and the PCP is staff",
)

# 170
n(
    "en",
    "eponymous_condition",
    "Never give aspirin to kids or teens with a fever, flu or chickenpox — it can cause Reye's syndrome, a rare but serious swelling of the liver and brain. Use acetaminophen or ibuprofen instead, dosed by weight. 📞 Questions: (253) 555-0171",
    "eponymous condition; hospital line",
)

# 171
p(
    "en",
    "patient_story",
    "🎓🎓 our girl Fiafia graduated from Lakes High yesterday, 4 yrs after her heart transplant on 5/17/21!! she was our patient from age 3 to 14 and we are SO proud. ps: lakewood, ur hometown hero is coming home 💪",
    [
        ("NAME", "Fiafia"),
        ("DATE", "5/17/21"),
        ("GEO", "lakewood"),
    ],
    note="first name, transplant date, lower-case home town; the school name is not an identifier",
)

# 172
p(
    "en",
    "statistic",
    "In 2024 our Spokane ER treated 11,402 kids, from newborns to 21-year-olds, and 6,218 adults — the oldest was 101. The busiest day? July 5. (You know why.) 🎆",
    [("AGE", "101")],
    note="a statistic that names one unnamed patient's age over 89; July 5 is not a patient's date",
)

# 173
p(
    "en",
    "memorial",
    "REST EASY, PAPA LEO 🕊️ LEOPOLDO MACARAEG, 98, GREAT-GRANDPA OF OUR NICU GRAD AYESHA, PASSED 2/2 AT HOME IN FIFE. HE SANG TO HER EVERY NIGHT OF HER 70 DAYS HERE. WE'LL MISS YOU, LOLO.",
    [
        ("NAME", "LEO"),
        ("NAME", "LEOPOLDO MACARAEG"),
        ("AGE", "98"),
        ("NAME", "AYESHA"),
        ("DATE", "2/2"),
        ("GEO", "FIFE"),
    ],
    note="ALL CAPS: a patient's great-grandfather (relative), his nickname, age and death date, home town; PAPA/LOLO are kinship words",
)

# 174
n(
    "en",
    "public_figure",
    "Remembering Chief Kamiakin of the Yakama, who died in 1877. Our Yakima Valley Clinic sits on the ceded lands of the Yakama Nation; this week our staff joined a land acknowledgment and a cedar-weaving workshop led by Yakama elders. 🌲",
    "historical figure; elders are anonymous teachers",
)

# 175
p(
    "en",
    "patient_story",
    "Aleksandra 'Sasha' Morozova, 12, is teaching our whole PICU Russian: 'spasibo' to the nurses, 'ne bolno' after every poke. Her grandma calls her Shura, her brother calls her Sanya, and since her surgery on Feb. 20 she has basically been running the place. 💪",
    [
        ("NAME", "Aleksandra 'Sasha' Morozova"),
        ("NAME", "Shura"),
        ("NAME", "Sanya"),
        ("DATE", "Feb. 20"),
    ],
    note="three Russian diminutives of one name, surgery date",
)

# 176
n(
    "en",
    "staff_spotlight",
    "Dr. Lorraine Pettersen, 96, retired pediatrician and our first female chief of staff, still reads to kids on 3 Orca every Thursday. Asked for her secret, she said: 'Stay curious and never retire from children.' 📚",
    "a retired doctor's age over 89 is not labelled",
)

# 177
p(
    "en",
    "birth_announcement",
    "It's a girl! 🎀 Miroslava ('Mira') Shevchuk-Hall arrived on Valentine's Day at 2:14 a.m. — yes, 2/14 at 2:14. Her great-grandmother Zinaida, 98, watched on video from Odesa. Send cards to mira.shevchukhall@proton.me 💌",
    [
        ("NAME", "Miroslava ('Mira') Shevchuk-Hall"),
        ("DATE", "Valentine's Day"),
        ("DATE", "2/14"),
        ("NAME", "Zinaida"),
        ("AGE", "98"),
        ("GEO", "Odesa"),
        ("EMAIL", "mira.shevchukhall@proton.me"),
    ],
    note="name with parenthesised diminutive, birth date twice (the time is not labelled), great-grandmother's name, age and foreign city, the family's card e-mail",
)

# 178
n(
    "en",
    "event",
    "Find our Wenatchee mobile clinic at the Apple Blossom Festival parade, May 3! Free bike helmets, sunscreen and lead screening for kids 1–5. Look for the big blue bus with the salmon on it. 🍏🚌",
    "event date and venue",
)

# 179
p(
    "en",
    "crisis_update",
    "Smoke transfer update (internal, DO NOT POST): 3 NICU babies moved from Yakima to Tacoma overnight 8/23 — TAPIA, baby girl (DOB 8/20, MRN 7740028); MORALES ROJAS, ISMAEL (DOB 8/11, MRN 7739561); and the SAVEA twins (DOB 8/18). All stable.",
    [
        ("DATE", "8/23"),
        ("NAME", "TAPIA"),
        ("DATE", "8/20"),
        ("MRN", "7740028"),
        ("NAME", "MORALES ROJAS, ISMAEL"),
        ("DATE", "8/11"),
        ("MRN", "7739561"),
        ("NAME", "SAVEA"),
        ("DATE", "8/18"),
    ],
    note="internal transfer list: the transfer date is the patients', ALL-CAPS names, DOBs and MRNs; Yakima and Tacoma are the hospital's sites",
)

# 180
n(
    "en",
    "crisis_update",
    "Overnight, Medic 12 and Medic 7 brought 9 smoke-related breathing emergencies to our Yakima ER, ages 4 months to 86 years. Units 4 North and 5 Heron are open for overflow. Please check on elderly neighbors. 🙏",
    "ambulance units, hospital units and an anonymous age range under 90",
)

# 181
p(
    "en",
    "patient_story",
    "Every morning in room 2204, 8-year-old ʻOfa Latu wakes up and asks the nurses, 'Where's my love?' — her name means love in Tongan, so the joke never gets old. ʻOfa goes home to Burien next week. We'll miss you, love. 💕",
    [
        ("OTHER_ID", "room 2204"),
        ("NAME", "ʻOfa Latu"),
        ("NAME", "ʻOfa", "*"),
        ("GEO", "Burien"),
    ],
    note="a name with ʻokina that means 'love' (the English word is not labelled), room, home town",
)

# 182
n(
    "en",
    "public_figure",
    "Tonight's lullaby on 4 Salmon came from a song by Queen Sālote Tupou III, who ruled Tonga from 1918 to 1965 and wrote dozens of songs and poems. Mālō to our interpreter Mele Vake for teaching it to the night shift! 🎶",
    "a historical queen and a staff interpreter",
)

# 183
p(
    "en",
    "hospital_contact",
    "@mama_of_lani — so sorry about the portal trouble! I've asked our MyTahoma team to reset Lani's account (username lani_k2019). They'll email you at kealohalani.mama@gmail.com or call 425-555-0112 within 1 business day. 💙",
    [
        ("OTHER_ID", "@mama_of_lani"),
        ("NAME", "Lani"),
        ("OTHER_ID", "lani_k2019"),
        ("EMAIL", "kealohalani.mama@gmail.com"),
        ("PHONE", "425-555-0112"),
    ],
    note="mother's handle, child's name, portal user name, mother's e-mail and phone",
)

# 184
n(
    "en",
    "eponymous_condition",
    "Meet our Noonan syndrome clinic! Named for Dr. Jacqueline Noonan, a pediatric cardiologist who described it in 1963, Noonan syndrome affects about 1 in 1,000–2,500 kids. Our team sees families from Pasco to Port Angeles. 💚",
    "eponymous condition; towns of a catchment area",
)

# 185
p(
    "en",
    "pasted_record",
    "Discharge note accidentally pasted in the caption: 'LANGRINE, TIMMY JOEL — MRN 6610248 — d/c home to Ellensburg 9/3 w/ mom Hirose, 509-555-0182, interpreter: Marshallese' — please fix before it posts!",
    [
        ("NAME", "LANGRINE, TIMMY JOEL"),
        ("MRN", "6610248"),
        ("GEO", "Ellensburg"),
        ("DATE", "9/3"),
        ("NAME", "Hirose"),
        ("PHONE", "509-555-0182"),
    ],
    note="ALL-CAPS name, MRN, home town, discharge date, mother with a Japanese-origin Marshallese name, her phone",
)

# 186
n(
    "en",
    "health_tip",
    "Iakwe! Type 2 diabetes is showing up younger and younger in Pacific Islander families. Screening for kids is free at all our clinics, and our Marshallese interpreters can join every visit. Catching it early changes everything. 🩺",
    "population health tip",
)

# 187
p(
    "en",
    "milestone_birthday",
    "Tres generaciones? Try five! 👶👵 Baby Paloma met her tatarabuela, Doña Eustolia Cervantes, 103, on the day she left our NICU — March 12. Doña Eustolia drove up from Grandview with 'only' 14 relatives.",
    [
        ("NAME", "Paloma"),
        ("NAME", "Eustolia Cervantes"),
        ("NAME", "Eustolia", "*"),
        ("AGE", "103"),
        ("DATE", "March 12"),
        ("GEO", "Grandview"),
    ],
    note="baby whose name is a word (dove), great-great-grandmother (Doña excluded) with age over 89 and town, discharge date",
)

# 188
n(
    "en",
    "staff_spotlight",
    "Fr. Mykola Hnatiuk has been our Ukrainian Catholic chaplain for 22 years. He blesses Easter baskets for every family who can't make it to church, and this year he blessed 63. Dyakuyu, otche Mykolo! 🥚",
    "staff chaplain, his name in the vocative",
)

# 189
p(
    "en",
    "thank_you",
    "to bubba's mom, if ur reading this: we found his stuffed turtle under the bed in room 4121 after discharge 🐢 call us at (253) 555-0168 & we'll mail it to u in Puyallup!",
    [
        ("NAME", "bubba"),
        ("OTHER_ID", "room 4121"),
        ("GEO", "Puyallup"),
    ],
    note="lower-case nickname, room and home town; the phone is the hospital's",
)

# 190
n(
    "en",
    "hospital_contact",
    "Records requests: fax (253) 555-0119 or mail Health Information Management, 1400 Tahoma Ridge Parkway, Tacoma, WA 98405. Please don't post your child's information in the comments — we'll DM you a secure link. 🔒",
    "the hospital's fax and address",
)

# 191
p(
    "en",
    "patient_story",
    "Kirill Fedorovich Zaitsev spent New Year's Eve in our PICU with DKA. By Jan 7 — Russian Christmas — he was giving himself his own insulin and teaching his little sister Alyona how to count carbs. We're so proud of you, Kiryusha. 🎄",
    [
        ("NAME", "Kirill Fedorovich Zaitsev"),
        ("DATE", "New Year's Eve"),
        ("DATE", "Jan 7"),
        ("DATE", "Russian Christmas"),
        ("NAME", "Alyona"),
        ("NAME", "Kiryusha"),
    ],
    note="patronymic, admission on a holiday, a milestone written as date and holiday, sister, diminutive",
)

# 192
n(
    "en",
    "anonymous_story",
    "Our NICU's smallest baby ever weighed 12.4 oz. Our oldest NICU grad is now a grandmother herself. Our longest stay was 289 days. Every one of them came to us as a stranger and left as family. 💛 #NICUAwarenessMonth",
    "anonymous records, no identifier",
)

# 193
p(
    "en",
    "hospital_contact",
    "To the family in the blue Chevy Tahoe with plate CKL9082 — your daughter Naomi's car seat is still in our ER ambulance bay! Call us at (509) 555-0142 or swing by before 9 tonight.",
    [
        ("VEHICLE", "CKL9082"),
        ("NAME", "Naomi"),
    ],
    note="family's licence plate and the child's name; the phone is the hospital's",
)

# 194
n(
    "en",
    "campaign_hashtag",
    "#BreatheEasyYakima is back! 💨 Post your family's smoke-ready plan (masks, filters, go-bag) and tag us @TahomaRidgeYakima. Every post = $5 for our clean-air shelters. #SmokeReadyKids #OrchardSafe",
    "campaign hashtags; hospital handle",
)

# 195
p(
    "en",
    "pasted_record",
    "🚨 caption field still has the ED board: 'HALL 3 — PAVLENKO, M. (94) — SOB — MRN 3318870 / HALL 4 — FAAITU, LUPE (90) — FALL / BAY 9 — AMOS, K. (4) — LAC'",
    [
        ("OTHER_ID", "HALL 3"),
        ("NAME", "PAVLENKO, M."),
        ("AGE", "94"),
        ("MRN", "3318870"),
        ("OTHER_ID", "HALL 4"),
        ("NAME", "FAAITU, LUPE"),
        ("AGE", "90"),
        ("OTHER_ID", "BAY 9"),
        ("NAME", "AMOS, K."),
    ],
    note="ED board: hallway and bay spots are beds (keyword kept), ALL-CAPS names with initials, ages over 89 in parentheses, an MRN; age 4 is not labelled",
)

# 196
n(
    "en",
    "sponsor",
    "Big thanks to the Pacific Northwest Orthodox parishes' Christmas toy drive: 900 toys delivered to our 3 Orca and 4 Salmon units on Jan 6. 🎁 Follow @TahomaRidgeKids for more.",
    "donation date, units and handle",
)

# 197
n(
    "en",
    "research",
    "Results from our Spokane RSV vaccine study: of 412 babies whose moms got the vaccine in pregnancy, 6 needed a hospital stay for RSV, vs. 19 of 409 in the comparison group. Thank you to every family who took part. 🔬",
    "aggregate results",
)

# 198
n(
    "en",
    "crisis_update",
    "Boil-water notice update: Tacoma Water has lifted the notice for our main campus neighborhood. Our NICU used only sterile water throughout — no baby was ever at risk. Thank you for your patience. 💧",
    "utility update; the hospital's neighbourhood",
)

# 199
p(
    "en",
    "research",
    "Thank you to Petelo and Lusia Auvaʻa, whose son Iosua became the first baby enrolled in our wildfire-smoke lung study on Oct. 2. Iosua, now 6 months old, has already done his first 'breathing test' (a nap in a special vest). Science is lucky to have you! 🔬",
    [
        ("NAME", "Petelo"),
        ("NAME", "Lusia Auvaʻa"),
        ("NAME", "Iosua", "*"),
        ("DATE", "Oct. 2"),
    ],
    note="a named research participant and his parents, enrolment date; age in months is not labelled",
)

# 200
p(
    "en",
    "public_figure",
    "Named for a legend: Billy Frank Tom, 10, got his name from Nisqually treaty-rights leader Billy Frank Jr. — and like his namesake, he doesn't quit. Three surgeries since his Aug. 28 fall from a fishing platform on the Nisqually River, and today he walked the length of 4 Salmon. Keep fishing, Billy! 🐟",
    [
        ("NAME", "Billy Frank Tom"),
        ("DATE", "Aug. 28"),
        ("GEO", "Nisqually River"),
        ("NAME", "Billy", 3),
    ],
    note="a patient named after a public figure: the boy is labelled, the namesake is not; date and place of the fall",
    ok=("Billy",),
)

# 201
p(
    "en",
    "eponymous_condition",
    "Kawasaki disease is rare, but for Junior Vaipulu it was real: five days of fever, red eyes and peeling fingers before his mom, Kalolaine, brought him to our Tacoma ER on 12/26. Two doses of IVIG later, his heart is fine. Named for Dr. Tomisaku Kawasaki — and now beaten by Junior. 💪",
    [
        ("NAME", "Junior Vaipulu"),
        ("NAME", "Junior", "*"),
        ("NAME", "Kalolaine"),
        ("DATE", "12/26"),
    ],
    note="an eponymous condition with a real patient: 'Junior' is his name here, mother, ER date; the namesake doctor is not labelled",
)

# 202
p(
    "en",
    "campaign_hashtag",
    "#TeamMalakai hit 10,000 posts this week! 💙 Thank you to everyone in Federal Way wearing blue for Malakai Taufa while he waits for a new heart. His mom Heilala asks just one thing: register as an organ donor today.",
    [
        ("NAME", "#TeamMalakai"),
        ("GEO", "Federal Way"),
        ("NAME", "Malakai Taufa"),
        ("NAME", "Heilala"),
    ],
    note="name hashtag, the home town rallying for him, mother",
)

# 203
p(
    "en",
    "recruitment",
    "Why work here? Ask nurse Grace Lemusu-Tavai. She was born in our NICU on August 30 at 1 lb 11 oz, spent 98 days in isolette 4, and now works nights on the very same unit. 'I'm here because someone was here for me.' Join her: tahomaridgekids.org/careers",
    [
        ("NAME", "Grace Lemusu-Tavai"),
        ("DATE", "August 30"),
        ("OTHER_ID", "isolette 4"),
    ],
    note="a staff member identified as a former patient is a patient here: her birth date and isolette are labelled",
)

# 204
p(
    "en",
    "staff_spotlight",
    "Staff spotlight: child life specialist Sione Havili has blown roughly 40,000 bubbles for nervous kids. His favorite memory? The day Kateryna Lysenko, 6, finished her last chemo on Dec. 18 and chased him down the 3 Orca hallway with a bubble gun. 🫧",
    [
        ("NAME", "Kateryna Lysenko"),
        ("DATE", "Dec. 18"),
    ],
    note="staff spotlight that names a patient and the date of her last chemo; Sione Havili is staff",
)

# 205
p(
    "en",
    "anonymous_story",
    "A gentleman in his 90s spent three nights in our ER hallway during the smoke surge last week and never once complained. When we finally got him a room, he asked us to give it to 'that young mother with the baby' instead. Sir, you are the best of us. 🙏",
    [("AGE", "90s")],
    note="nameless, but 'in his 90s' states an age over 89 of one patient",
)

# 206
n(
    "en",
    "anonymous_story",
    "A great-grandmother in her late 80s knitted 60 hats during her 10 days on 6 Heron and left them all for our NICU babies. She didn't want her name shared. We'll think of her every time we put one on a tiny head. 🧶",
    "anonymous; an age in the 80s is not over 89",
)

# 207
n(
    "en",
    "health_tip",
    "Sunny days are back in Spokane! ☀️ Sunscreen SPF 30+ every 2 hours, wide hats for babies under 6 months (shade instead of sunscreen for them), and extra water for everyone. #SunSmart",
    "general tip; 'Sunny' is a word here",
)

# 208
n(
    "en",
    "event",
    "Simbang Gabi in our Tacoma chapel 🌟 Our Filipino staff association invites families to nine nights of dawn Masses, Dec 16–24 at 5:30 a.m., with puto bumbong and salabat after. All are welcome.",
    "event dates; staff association",
)

# 209
n(
    "en",
    "staff_spotlight",
    "Everyone on 6 Heron calls our CNA Erlinda Pascual 'Lola' — she's 71, has worked here 38 years and has outlasted six managers. Happy retirement, Lola Erlinda! 🎉",
    "a staff member's name, nickname and age",
)

# 210
n(
    "en",
    "public_figure",
    "Our Tacoma teens' book club just finished a biography of Jim Whittaker, the Seattle-born climber who became the first American to summit Everest in 1963. Next month's pick: a book about Sacagawea. 📚",
    "public and historical figures",
)

# 211
n(
    "en",
    "pasted_record",
    "Oops — the caption picked up our blank form template: 'PATIENT NAME: __________  DOB: __/__/____  MRN: ________  ROOM: ____'. It's just the empty visitor form — nothing to see here! 📝",
    "an empty template: field labels without values identify nobody",
)

# 212
n(
    "en",
    "discharge",
    "Nothing makes our day like a discharge parade. 🎉 This morning 3 Orca lined the hallway with pom-poms for a brave 9-year-old going home after 5 months of treatment. We won't tell you her name, but we'll tell you this: she danced the whole way out.",
    "anonymous discharge; relative time and a duration only",
)

# 213
n(
    "en",
    "birth_announcement",
    "First baby of 2025 at our Yakima Valley Clinic arrived at 12:07 a.m.! 🎉 Mom, dad and baby girl are doing great. They asked us to keep their names private — so, welcome to the world, little one!",
    "anonymous; only a bare year and a time are written (no date element)",
)

# 214
n(
    "en",
    "milestone_birthday",
    "Happy 75th birthday to Tahoma Ridge! 🎂 We opened our doors on May 14, 1950 with 40 beds and 6 nurses. Today: 312 beds, 3 campuses and about 4,000 babies a year. Thank you, Tacoma!",
    "the hospital's own anniversary date",
)

# 215
p(
    "es",
    "pasted_record",
    "Perdón, se pegó la nota equivocada 🙈: 'pte. Brayan Alexis Cisneros Ruiz, 4 años, fecha de nac. 15/03/2021, expediente 8830174, mamá Yadira, cel. 509-555-0124, domicilio: calle Chestnut, Granger'",
    [
        ("NAME", "Brayan Alexis Cisneros Ruiz"),
        ("DATE", "15/03/2021"),
        ("MRN", "8830174"),
        ("NAME", "Yadira"),
        ("PHONE", "509-555-0124"),
        ("GEO", "calle Chestnut"),
        ("GEO", "Granger"),
    ],
    note="nota clínica pegada: nombre, fecha de nacimiento día/mes/año, expediente (MRN), madre, celular, calle y pueblo",
)

# 216
n(
    "es",
    "staff_spotlight",
    "Conozcan a Rosalba Quintero, intérprete médica en nuestra clínica de Yakima desde 2009. Rosalba creció en Wapato, trabajó en la cosecha de cereza con sus papás y hoy ayuda a cientos de familias a entender a sus doctores. ¡Gracias, Rosalba! 💚",
    "empleada del hospital; su pueblo y su familia no son de un paciente",
)

# 217
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a don Anselmo Quiroga Téllez, de 94 años, quien falleció el pasado 2 de noviembre, Día de Muertos, en nuestra unidad de cuidados paliativos. Trabajó cuarenta cosechas en los huertos de Tieton. Su nieta Araceli nos pidió compartir: 'Mi abuelo siempre decía que los árboles se cuidan como a los hijos.' 🕯️🌼",
    [
        ("NAME", "Anselmo Quiroga Téllez"),
        ("AGE", "94"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("GEO", "Tieton"),
        ("NAME", "Araceli"),
    ],
    note="'don' excluido; edad mayor de 89, fecha de muerte escrita dos veces (fecha y Día de Muertos), pueblo donde trabajó, nieta",
)

# 218
n(
    "es",
    "health_tip",
    "☀️ Calor extremo esta semana en el valle. Si trabaja en el campo: agua cada 15 minutos, descanso a la sombra y nunca deje a los niños en el carro, ni 'por un minutito'. Un carro cerrado llega a 130 °F en media hora.",
    "consejo general; temperaturas, no edades",
)

# 219
p(
    "es",
    "discharge",
    "¡¡Se va a casa!! 🎉 Iker, nuestro campeón de 8 años, salió hoy del cuarto 312 después de la cirugía del 22 de julio. Su papá Nicanor trabaja en la empacadora Valle Dorado y todos sus compañeros le mandaron globos. #FuerzaIker",
    [
        ("NAME", "Iker"),
        ("OTHER_ID", "cuarto 312"),
        ("DATE", "22 de julio"),
        ("NAME", "Nicanor"),
        ("NAME", "#FuerzaIker"),
    ],
    note="nombre, cuarto, fecha de cirugía, padre, hashtag con el nombre; la empacadora es el empleo del padre, no del paciente, y no se etiqueta",
)

# 220
n(
    "es",
    "event",
    "¡Celebra el Día del Niño con nosotros! 🎈 Miércoles 30 de abril, de 4 a 7 p.m., en la clínica del Valle de Yakima: piñatas, pintacaritas, vacunas y revisión de asientos de auto. Información: (509) 555-0142.",
    "fecha de un evento y un día festivo que no es de ningún paciente; teléfono del hospital",
)

# 221
p(
    "es",
    "birth_announcement",
    "¡Bienvenido, Santiago! 👑 Nació en la madrugada del Día de Reyes — 6 de enero — con 3.6 kilos. Sus papás, Lorena y Édgar Villaseñor, de Toppenish, dicen que fue el mejor regalo de los Reyes Magos, y su bisabuelo Tranquilino, de 92 años, ya le compró su primer sombrero.",
    [
        ("NAME", "Santiago"),
        ("DATE", "Día de Reyes"),
        ("DATE", "6 de enero"),
        ("NAME", "Lorena"),
        ("NAME", "Édgar Villaseñor"),
        ("GEO", "Toppenish"),
        ("NAME", "Tranquilino"),
        ("AGE", "92"),
    ],
    note="fecha de nacimiento como fiesta y como fecha, padres y su pueblo, bisabuelo con edad mayor de 89; los Reyes Magos no son fecha",
)

# 222
n(
    "es",
    "statistic",
    "En 2024 atendimos a 2,914 niños de familias agrícolas en nuestra clínica de Yakima. El 38% llegó por primera vez; el 12%, por lesiones en el campo. Detrás de cada número hay una familia. 🍎",
    "estadística agregada",
)

# 223
p(
    "es",
    "milestone_birthday",
    "¡Felices 100 años, doña Refugio! 🎂 Refugio Alcántar de Lemus cumplió cien años el 19 de marzo, día de San José, en nuestro piso 5 Garza. Llegó a Yakima en 1958 para la cosecha del lúpulo y hoy la visitaron 37 bisnietos.",
    [
        ("AGE", "100"),
        ("NAME", "Refugio", "*"),
        ("NAME", "Refugio Alcántar de Lemus"),
        ("AGE", "cien"),
        ("DATE", "19 de marzo"),
        ("DATE", "día de San José"),
        ("GEO", "Yakima"),
    ],
    note="centenaria: la edad en número y en palabra, nombre (sin 'doña'), cumpleaños como fecha y como santo, la ciudad donde vive; 1958 es un año suelto",
)

# 224
n(
    "es",
    "eponymous_condition",
    "El 21 de marzo es el Día Mundial del Síndrome de Down. ¿Sabía que lleva el nombre del médico inglés John Langdon Down? En nuestra clínica atendemos a más de 300 niños con síndrome de Down. ¡Usen calcetines diferentes! 🧦",
    "condición epónima y su médico; día de concientización",
)

# 225
p(
    "es",
    "crisis_update",
    "Aviso para la comunidad de Mattawa: la bebé Itzayana Huerta, trasladada anoche por el humo, está estable en nuestra UCIN de Tacoma. Su mamá, Griselda, pide que sus familiares la llamen al 509-555-0136. 🙏",
    [
        ("GEO", "Mattawa"),
        ("NAME", "Itzayana Huerta"),
        ("NAME", "Griselda"),
        ("PHONE", "509-555-0136"),
    ],
    note="la comunidad de la familia (GEO), apellido que también es palabra (huerta), madre y su teléfono; 'anoche' es relativo",
)

# 226
n(
    "es",
    "public_figure",
    "Hoy, 31 de marzo, recordamos a César Chávez, quien luchó por la dignidad y la salud de los trabajadores del campo. Y a Dolores Huerta, que con más de 90 años sigue diciendo: '¡Sí se puede!' ✊",
    "figuras públicas y la edad de una figura pública; fecha conmemorativa",
)

# 227
p(
    "es",
    "thank_you",
    "Queremos dar las gracias a todo el personal de la clínica de Yakima. Mi hijo Emiliano Bravo Sandoval nació el 30 de abril, Día del Niño, con solo 29 semanas, y gracias a ustedes hoy corre por toda la casa en Zillah. Dios los bendiga. — Karina Sandoval (publicado con permiso)",
    [
        ("NAME", "Emiliano Bravo Sandoval"),
        ("DATE", "30 de abril"),
        ("DATE", "Día del Niño"),
        ("GEO", "Zillah"),
        ("NAME", "Karina Sandoval"),
    ],
    note="carta de una madre: nombre del niño, nacimiento como fecha y como Día del Niño, pueblo, la madre",
)

# 228
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos asistentes médicos bilingües (español/inglés) y promotoras de salud para nuestra clínica del Valle de Yakima. Horario flexible durante la cosecha. Solicite en careers.tahomaridgekids.org o llame al (509) 555-0142.",
    "reclutamiento; dominio y teléfono del hospital",
)

# 229
p(
    "es",
    "pasted_record",
    "Borrar por favor — se pegó del portal: 'Paciente: Dulce María Zepeda · Nac.: 01-nov-2019 · Exp. 2209376 · Apple Health ProviderOne 208877120WA · tutor: Ramón Zepeda · correo: rzepeda.huerto@hotmail.com'",
    [
        ("NAME", "Dulce María Zepeda"),
        ("DATE", "01-nov-2019"),
        ("MRN", "2209376"),
        ("HEALTH_PLAN", "208877120WA"),
        ("NAME", "Ramón Zepeda"),
        ("EMAIL", "rzepeda.huerto@hotmail.com"),
    ],
    note="nombre con palabra común (Dulce), fecha con mes abreviado, expediente, número de Apple Health, padre y su correo",
)

# 230
n(
    "es",
    "crisis_update",
    "🔥 Actualización del humo, 15 de agosto: el aire en Yakima, Selah y Naches está en nivel 'muy insalubre'. Nuestra clínica (615 Orchard Bloom Road) es refugio de aire limpio de 7 a.m. a 9 p.m. Tenemos mascarillas N95 para niños y adultos. #SmokeReadyKids",
    "fecha de la actualización; dirección del hospital; pueblos afectados en general",
)

# 231
p(
    "es",
    "patient_story",
    "La bisabuela Cipriana, de 91 años, viajó desde Sunnyside para cantarle 'Las Mañanitas' a su bisnieta Valeria, quien cumplió 5 años el 14 de agosto en nuestro piso de oncología. ¡No hubo ojo seco en el piso! 🎶",
    [
        ("NAME", "Cipriana"),
        ("AGE", "91"),
        ("GEO", "Sunnyside"),
        ("NAME", "Valeria"),
        ("DATE", "14 de agosto"),
    ],
    note="bisabuela (pariente) con edad mayor de 89 y su pueblo; la paciente y su cumpleaños",
)

# 232
n(
    "es",
    "anonymous_story",
    "Anoche llegó a la clínica una abuelita con su nieto de 3 años, los dos con tos por el humo. Ella no hablaba inglés ni tenía seguro. Nuestra enfermera le dijo: 'Aquí primero la atendemos, después vemos los papeles.' Así somos. 💚",
    "historia anónima; 'anoche' es relativo",
)

# 233
p(
    "es",
    "hospital_contact",
    "@yesi.munoz88 Hola Yesenia, lamentamos la confusión. Ya enviamos el resumen de alta de su hijo Dylan (expediente 7719042) a yesi.munoz88@gmail.com. Si no lo recibe, llame a nuestra línea de familias: (253) 555-0168.",
    [
        ("OTHER_ID", "@yesi.munoz88"),
        ("NAME", "Yesenia"),
        ("NAME", "Dylan"),
        ("MRN", "7719042"),
        ("EMAIL", "yesi.munoz88@gmail.com"),
    ],
    note="respuesta: usuario y nombre de la madre, nombre y expediente del niño, correo; el teléfono es del hospital",
)

# 234
n(
    "es",
    "hospital_contact",
    "¿Necesita intérprete? Todos nuestros servicios de interpretación son gratuitos: español, ruso, ucraniano, marshalés, samoano y tongano. Pídalo al hacer su cita: (253) 555-0100, o escriba a familias@tahomaridgekids.org.",
    "contactos del hospital",
)

# 235
p(
    "es",
    "memorial",
    'Hoy recordamos a "Angelito" — así lo llamaban sus papás, Rubí y Abraham. Nació y voló al cielo el día 9 de este mes, en brazos de su familia. Su mamá pidió que cada enfermera de la UCIN encendiera una vela. 🕯️',
    [
        ("NAME", "Angelito"),
        ("DATE", "día 9"),
        ("NAME", "Rubí"),
        ("NAME", "Abraham"),
    ],
    note="apodo entre comillas usado como nombre, día del mes del nacimiento y la muerte (sin el artículo), padres",
)

# 236
n(
    "es",
    "campaign_hashtag",
    "#CosechaSegura 🍐 Esta temporada, comparte cómo tu cuadrilla se protege del calor y el humo. Por cada foto con #CosechaSegura y #OrchardSafe, la fundación dona una hielera a un campo de trabajo.",
    "hashtags de campaña",
)

# 237
p(
    "es",
    "patient_story",
    "ánimo, kevin!! 💪 a los 13 años se cayó del tractor en el rancho de su tío en prosser el 3 de oct y hoy ya dio sus primeros pasos en terapia. toda la clínica de yakima te echa porras #kevinfuerte",
    [
        ("NAME", "kevin"),
        ("GEO", "prosser"),
        ("DATE", "3 de oct"),
        ("NAME", "#kevinfuerte"),
    ],
    note="todo en minúsculas: nombre, lugar y fecha del accidente, hashtag con el nombre; yakima es la clínica",
)

# 238
n(
    "es",
    "sponsor",
    "Gracias a la Unión de Productores de Manzana del Valle por donar 500 chalecos refrigerantes para los hijos de los trabajadores en los campamentos de verano de Granger y Wapato. ¡Juntos cuidamos a nuestros niños! 🍎",
    "patrocinador y pueblos de un programa",
)

# 239
n(
    "es",
    "research",
    "Nuestro estudio sobre el humo y el embarazo en el Valle de Yakima busca mamás embarazadas que trabajen en el campo. Recibirá una tarjeta de $50 por cada visita y un purificador de aire. Más información: research@tahomaridgekids.org.",
    "reclutamiento para un estudio; correo del hospital",
)

# 240
n(
    "es",
    "memorial",
    "Con tristeza despedimos al Dr. Ernesto Villalobos, nuestro primer pediatra en Yakima, quien falleció a los 82 años. Atendió a tres generaciones de familias del campo. Descanse en paz, doctor. 🕊️",
    "memorial de un médico del hospital",
)

if __name__ == "__main__":
    S.main("phi_dev76_source")
