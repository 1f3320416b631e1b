"""Blind development set d49 for the PHI scanner: tests/data/phi_dev49.jsonl.

Organisation: Delta Bluff Regional Hospital (phi_dev49_org.json): Memphis main campus
(1200 Riverside Boulevard), Sickle Cell Center and infusion (2300 Lamar Avenue, Memphis),
Clarksdale, Mississippi campus (455 Sunflower Avenue); six 555-01xx phone lines (Memphis
switchboard, Sickle Cell Center, Foundation, media relations, Clarksdale main, Spanish
line); domains deltabluff.org and dbrhfoundation.org; handles @DeltaBluffHealth,
@DBRH_Clarksdale, @DBRHSickleCell, @DeltaBluffSalud.
Focus: Black church families (church titles, choirs, church mothers and deacons), blues
and gospel musicians (some patients, some performers), the sickle cell clinic, Grizzlies
players (visitors and one patient), catfish farms and river barges, Juneteenth and
homecoming, Mexican and Honduran families in the Delta.
Hard cases: names that are ordinary words or places (Precious, Memphis, Catfish, river,
Peaches, Ward, Strong, Minor, hurt, Reina, Flores, Lagos, Addison next to Addison's
disease, Hodge next to Hodgkin), lower-case, ALL-CAPS and chart-style names, initials,
quoted nicknames, names only in hashtags (#TeamDemetrius, #RiverRatsForRiley,
#LilJoJo), relatives in passing, patients who are staff, volunteers, a senator, a
Grizzlies guard, a radio host and a gospel singer; towns that are words (Money, Marks,
Lula) and the hospital's own towns as home towns; dates as numbers, ordinals, days of
the month alone, Spanish dates, holidays and feast days that are the patient's day,
the same day written twice; ages over 89 in digits, words (English and Spanish),
ordinals, "92yo", "94 a.", "102-year-old"; family phones, faxes, emails, URLs and
handles next to the hospital's own; MRN, account, encounter, Medicaid, Ambetter, SSN,
licence, plate, pacemaker serial and IP values. Hard negatives: staff spotlights with
names, titles, ages over 89 and families; volunteers over 90; donors naming buildings
and foundations; sponsors; visiting players and officials; historical figures (B.B.
King, Bessie Smith, Dr. King, Fannie Lou Hamer, Elvis, Henrietta Lacks) with their
dates and towns; eponymous conditions; awareness days and event dates (Juneteenth
fair, 12 de diciembre mass, Leap Day party); statistics with "90"; decade ranges;
campaign hashtags; a training wristband; a scammer's phone number; a declared pseudonym.
Language mix: 240 posts, 190 English and 50 Spanish; 120 patient-specific, 120 not
(English 95/95, Spanish 25/25).
Labelling decisions taken in this set (where the rules leave room):
- Employers are NOT labelled (strict reading requested for this set, unlike the holdout
  set): a patient's workplace, employer or own business (barge yard, barber shop on
  Lamar, "Lil Mike's" tire shop, a coach's school) is left unlabelled, and a workplace
  town is not GEO unless the text says the patient lives there.
- A staff member, volunteer or public figure is labelled only when the post presents
  them as the patient or as a patient's relative (e.g. an HR director cheering on her
  mother in rehab); otherwise never, whatever their age.
- Church titles (Deacon, Mother, Elder, Sister, Brother, Pastor), kinship words (Granny,
  abuelita) and don/doña are not part of NAME spans; a quoted nickname that looks like
  a title ('deacon') inside a name is part of it. Church, choir, school and college
  names are not identifiers.
- Infusion chair and bay numbers tied to a patient are OTHER_ID with the keyword
  ("chair 6", "bay C"), like bed numbers; "cuarto 7" and "cama B" are separate spans.
- Memphis and Clarksdale (the hospital's towns) are GEO only when the text says the
  patient or family lives there or is from there ("the Hollowell family of Clarksdale",
  "the Clarksdale bluesman"); "our Clarksdale campus" and "came to Memphis" for care are
  not.
- Places where the identified patient's injury or incident happened (the town near
  the river accident, Highway 49, I-55) and where a missing patient was last seen (Tom
  Lee Park) are GEO; the river itself, regions (the Delta), states, Mexican states,
  Honduran departments and countries are not. The place of a mass-casualty incident
  reported without any identified patient is news, not GEO.
- Decade ranges ("in her late 90s", "90+", "adults 90 and older", "patients over 90")
  are not AGE; an exact age over 89 of an unnamed patient ("a 97-year-old", "A
  102-year-old") is AGE and makes the post patient-specific. Hypothetical ages ("19 or
  99"), distances, counts and a radio frequency are not ages.
- When the patient's day is written twice (a numeric date and a holiday or feast, or a
  holiday greeting on a birth day such as "Happy Juneteenth" for a Juneteenth baby),
  both are DATE. A holiday that only names an event (the Juneteenth cookout, the Easter
  revival, MLK Day of Service) is not. An awareness month that shares the month of a
  labelled date ("October is ... Awareness Month") is not.
- A month alone tied to the patient's admission or treatment ("since March", "in May")
  is DATE; so is a future appointment date ("su cita del 14/05"). A holiday with its
  attached year ("Mother's Day 2019") is one span.
- A name that is explicitly declared a pseudonym ("not her real name") and training
  placeholders (DOE, JANE, MRN 000000) are not identifiers.
- An insurance group number is shared by a group and is not labelled; the member ID is
  HEALTH_PLAN. An encounter number is OTHER_ID (value only); a family's Instagram or X
  handle is OTHER_ID; a family fundraiser or CaringBridge address is URL.
- Named businesses, clubs, juke joints and event venues are not GEO.
- An ordinary word spelled like the patient's name and used as a word ("Precious is the
  only word", "Flores, mariachi y pastel", "eres una reina") is not labelled; an eponym
  spelled like the patient's name ("Addison's disease") is left unlabelled and declared
  with ok=(...).
- Historical figures who were patients elsewhere (Bessie Smith, Henrietta Lacks) are
  public figures and are never labelled.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev49.jsonl"), os.path.join(HERE, "phi_dev49_org.json"), "d49")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- patient stories

# 1
p(
    "en",
    "patient_story",
    "Meet Deacon Earl Tate 🎸 — 91 and still laying down the bass line at his church in Friars Point every first Sunday. Earl came to our Clarksdale campus after a fall and told PT he had a gig to get back to. He made it. #DeltaBluffStrong",
    [
        ("NAME", "Earl Tate"),
        ("AGE", "91"),
        ("GEO", "Friars Point"),
        ("NAME", "Earl", "*"),
    ],
    note="Patient named with a church title (Deacon not in span); age over 89; home-church town is where he lives (GEO). Clarksdale campus is the hospital's own site, not GEO.",
)

# 2
p(
    "en",
    "patient_story",
    "shoutout to our sickle cell warriors!! special one to kiara b., who turned her 40th infusion into a dance party in chair 6 today 💃🏾 #SickleCellAwareness #KiaraKicksIt",
    [
        ("NAME", "kiara b."),
        ("OTHER_ID", "chair 6"),
        ("NAME", "#KiaraKicksIt"),
    ],
    note="Lower-case first name + initial; infusion chair number tied to her is treated like a bed number (OTHER_ID, keyword included); name hashtag. '40th' is an infusion count, not an age.",
)

# 3
p(
    "en",
    "patient_story",
    "Twenty-two days after a harvest winch crushed his hand on the family ponds outside Belzoni, Ruben Castillo is back at the catfish farm. Slow, careful, grinning. His wife Marisol says hand therapy 'gave him his hands back.' Thank you Ruben for letting us share. 🐟",
    [
        ("GEO", "Belzoni"),
        ("NAME", "Ruben Castillo"),
        ("NAME", "Marisol"),
        ("NAME", "Ruben", "*"),
    ],
    note="Patient and his wife named; the farm town is the family's home (GEO). The duration is not a date.",
)

# 4
p(
    "en",
    "patient_story",
    'A towboat deckhand, a 3 a.m. helicopter ride, and a crew that never let go. Tyrell "Tug" Ambrose went into the river near Helena on the night of March 14 and spent 19 days in our trauma ICU. Tug, the whole 6th floor is cheering for you. ⚓',
    [
        ("NAME", 'Tyrell "Tug" Ambrose'),
        ("GEO", "Helena"),
        ("DATE", "March 14"),
        ("NAME", "Tug", "*"),
    ],
    note="Name with quoted nickname is one span, nickname reused alone; place and date of the injury. The river itself is not GEO; '6th floor' is a hospital unit.",
)

# 5
p(
    "en",
    "patient_story",
    "Precious is the only word for this one. Precious Odom, 8, got through her third pain crisis of the year without an ER visit because she knew her home plan by heart. Her grandmother Velma taught her every step. So proud of you both 🩸❤️",
    [
        ("NAME", "Precious Odom"),
        ("NAME", "Velma"),
    ],
    note="'Precious' at the start is the adjective, not the name; only the full name and the grandmother are labelled. Age 8 is not labelled.",
)

# 6
p(
    "en",
    "patient_story",
    "update from 5 north: mr. hollis in rm 508 finally ate a whole plate of greens and asked for cornbread. the little wins count 🙌",
    [
        ("NAME", "hollis"),
        ("OTHER_ID", "rm 508"),
    ],
    note="Lower-case surname with lower-case honorific; room number with keyword. '5 north' is a unit.",
)

# 7
p(
    "en",
    "patient_story",
    "Nine months of dialysis. One new kidney. Zero quit. Drop a 💙 for our guy #TeamDemetrius #TransplantTuesday #DeltaBluffStrong",
    [
        ("NAME", "#TeamDemetrius"),
    ],
    note="The patient is named only in a hashtag; #TransplantTuesday and #DeltaBluffStrong are campaign tags.",
)

# 8
p(
    "en",
    "patient_story",
    "When the Pilgrim Rest choir heard their alto was in the hospital, half of them piled into the church van to sing in our chapel. Sister Loretta Gaines listened from her wheelchair, her son Marcus holding the hymnal. Amazing grace, y'all.",
    [
        ("NAME", "Loretta Gaines"),
        ("NAME", "Marcus"),
    ],
    note="Church title 'Sister' not in the span; son named in passing. The church and choir name is not an identifier (like a school name).",
)

# 9
p(
    "en",
    "patient_story",
    "Mr. J.W. from Money, MS wants everyone to know he beat his own hernia-surgery record: two laps of the hallway on day one! (He asked us not to use his full name, so J.W. it is.)",
    [
        ("NAME", "J.W.", "*"),
        ("GEO", "Money"),
    ],
    note="Initials used as the patient's name, twice; his home town is the ordinary word 'Money'.",
)

# 10
p(
    "en",
    "patient_story",
    "Nine-year-old Elvin came up from San Pedro Sula with a heart that needed fixing. Today that heart beats on its own, and his mom Dunia finally slept through the night. Welcome to Tennessee, champ 🇭🇳🇺🇸",
    [
        ("NAME", "Elvin"),
        ("GEO", "San Pedro Sula"),
        ("NAME", "Dunia"),
    ],
    note="Child and mother named; foreign home city is GEO; country and state are not.",
)

# 11
p(
    "en",
    "patient_story",
    "BIG MAMA IS BACK ON THE PORCH!!! After six weeks with us, Odessa 'Big Mama' Pruitt went home to Orange Mound on the 9th and the whole block came out. Her grandbaby Shay sent us this note: 'yall took care of our heart.' 🏠💛",
    [
        ("NAME", "BIG MAMA"),
        ("NAME", "Odessa 'Big Mama' Pruitt"),
        ("GEO", "Orange Mound"),
        ("DATE", "9th"),
        ("NAME", "Shay"),
    ],
    note="ALL-CAPS nickname used as her name; full name with quoted nickname; Memphis neighbourhood; a day of the month alone for her discharge; grandchild named.",
)

# 12
p(
    "en",
    "patient_story",
    'From the juke joints to our rehab gym: bluesman Lucius "Slim" Barnett, 93, is relearning to hold a slide after his stroke. His therapist rigged a bottleneck to a foam grip. First twelve bars came out Tuesday. Slim says tell Red\'s to save him a stool. 🎶',
    [
        ("NAME", 'Lucius "Slim" Barnett'),
        ("AGE", "93"),
        ("NAME", "Slim", "*"),
    ],
    note="Musician who is the patient; age over 89. Red's (a juke joint) is a business, not his address; Tuesday is a weekday.",
)

# 13
p(
    "en",
    "patient_story",
    "He told us his name was Catfish and that's all we needed to know. 😂 Catfish runs 40 acres of ponds near Indianola and came in after a cottonmouth bite on the Fourth of July. Antivenom, 3 nights, and a LOT of stories later he's headed home. Stay out the tall grass, Catfish!",
    [
        ("NAME", "Catfish", "*"),
        ("GEO", "Indianola"),
        ("DATE", "Fourth of July"),
    ],
    note="Nickname that is an ordinary word, three times; farm town; the holiday is the day of his injury, so it is a DATE.",
)

# 14
p(
    "en",
    "patient_story",
    'sweet moment on 4W tonight: hospice patient Mrs. Beatrice Lyle (she\'s 97!) got to hear her great-grandson Jalen play "Precious Lord" on the keyboard we wheeled in. not a dry eye on the floor.',
    [
        ("NAME", "Beatrice Lyle"),
        ("AGE", "97"),
        ("NAME", "Jalen"),
    ],
    note="Patient, age over 89, relative named. 'Precious Lord' is a hymn title; 4W a unit.",
)

# 15
p(
    "en",
    "patient_story",
    "Memphis is 11 months old, has sickle cell, and has never once let it slow her down. Her mama named her after the city where she was born and now the city is rooting for her. 💜 #MemphisMade #SickleCellWarrior",
    [
        ("NAME", "Memphis"),
    ],
    note="A baby named Memphis (a place name used as a first name). #MemphisMade is a city/campaign tag, not her name, and 'the city' is not a place name.",
)

# 16
p(
    "en",
    "patient_story",
    "Hard-hat to hospital gown and back again: Hector Villeda-Ramos, a welder at the Greenville barge yard, lost two fingers in a winch accident and is now back on light duty. His daughter Yesenia translated every appointment for him. Gracias, familia.",
    [
        ("NAME", "Hector Villeda-Ramos"),
        ("NAME", "Yesenia"),
    ],
    note="Hyphenated surname; daughter named. His employer/workplace (the Greenville barge yard) is not labelled under this set's decision on employers.",
)

# ---------------------------------------------------------------- anonymous / non-specific stories

# 17
n(
    "en",
    "anonymous_story",
    "A woman in her late 80s came into our Clarksdale ER last week holding the hand of her husband of 64 years. She wasn't the patient; he was. She just didn't want him walking in alone. Love like that is the whole reason we do this. ❤️",
    "No name, no date, ages stated only as 'late 80s' (under 90); 64 years of marriage is a duration. The Clarksdale ER is the hospital's own site.",
)

# 18
n(
    "en",
    "anonymous_story",
    "One of our sickle cell teens asked a nurse why her pain never shows up on a scan. The nurse pulled up a chair and spent twenty minutes drawing red blood cells on a napkin. Some days that's the treatment. #SickleCellAwareness",
    "An unnamed teenager; no identifier of any kind.",
)

# 19
n(
    "en",
    "anonymous_story",
    "3am in the ER: a barge crew drops off a shaking deckhand, soaked head to toe, and refuses to leave until he's warm. They stood in the waiting room dripping river water for four hours. Brotherhood. 🚢",
    "Anonymous deckhand and crew; times and durations are not identifiers.",
)

# 20
n(
    "en",
    "anonymous_story",
    "Last night a grandmother in her 80s told our night nurse she'd sung backup for some of the biggest names on Beale Street. Then she sang a verse of 'Stand By Me' from her bed. Whole hallway went quiet. We'll never know if she was famous, but we believe her 🎤",
    "Unnamed patient, age under 90; Beale Street is a music district mentioned as history, not her address.",
)

# 21
n(
    "en",
    "anonymous_story",
    "A dad from one of the farms down in the Delta drove 90 miles with his toddler strapped in the truck because the little one swallowed a battery. The X-ray found it, GI got it out, and they were back on the road before dawn. Button batteries are no joke, y'all. 🔋",
    "The '90' is a distance in miles, not an age; 'the Delta' is a region; no identifiers.",
)

# 22
n(
    "en",
    "anonymous_story",
    "She's 89, she's stubborn, and she walked out of cardiac rehab today on her own two feet. Our physical therapists call her 'the boss' and honestly? Accurate. 💪",
    "An age of 89 is not over 89 and is not labelled; 'the boss' is a description, not a name; no other identifiers.",
)

# 23
n(
    "en",
    "anonymous_story",
    "One of our nonagenarian volunteers at the Clarksdale gift shop knitted 200 preemie caps this winter. Every baby in our NICU goes home in one. 🧶",
    "'Nonagenarian' here describes an unnamed volunteer, not a patient, and a volunteer's age is never labelled.",
)

# ---------------------------------------------------------------- births

# 24
p(
    "en",
    "birth_announcement",
    "Happy Juneteenth from Labor & Delivery! 🎉 Our first freedom baby of the day, Zion Amari Whitlock, arrived at 12:41 a.m. to proud parents Keisha and Andre. The nursery team sang him 'Lift Every Voice' and he slept right through it.",
    [
        ("DATE", "Juneteenth"),
        ("NAME", "Zion Amari Whitlock"),
        ("NAME", "Keisha"),
        ("NAME", "Andre"),
    ],
    note="The holiday is the baby's birth day, so 'Juneteenth' is his birth DATE even inside the greeting; parents named. The clock time is not a date element.",
)

# 25
p(
    "en",
    "birth_announcement",
    "Born 11/24 at 7 lbs 2 oz, on the same Thanksgiving her great-granddaddy turned 95: little Harmony Sykes, welcome to the family table 🦃🍼",
    [
        ("DATE", "11/24"),
        ("DATE", "Thanksgiving"),
        ("NAME", "Harmony Sykes"),
        ("AGE", "95"),
    ],
    note="Birth date written numerically and again as the holiday (both labelled); the great-grandfather is a relative and his age is over 89. 'little' is not in the span.",
)

# 26
n(
    "en",
    "birth_announcement",
    "Baby boom alert 👶👶👶 Our Memphis Labor & Delivery team welcomed 41 babies over the holiday week, including two sets of twins and one very impatient little guy born in the elevator. Congrats to every new family!",
    "Counts of births and an anonymous elevator birth; no names, dates or other identifiers.",
)

# 27
p(
    "en",
    "birth_announcement",
    "TWINS!! 👯 Welcome Journee and Jordan, born New Year's Eve at our Clarksdale campus, 4 minutes apart and already arguing. Mom Tasha says they get that from their daddy. Family is from Lula and the whole town's been calling.",
    [
        ("NAME", "Journee"),
        ("NAME", "Jordan"),
        ("DATE", "New Year's Eve"),
        ("NAME", "Tasha"),
        ("GEO", "Lula"),
    ],
    note="Twins and mother named; holiday is the birth day; the family's home town. Clarksdale campus is the hospital's own site.",
)

# 28
p(
    "en",
    "birth_announcement",
    "first baby born during the Riverfest fireworks 🎆 baby girl river born 5/3 @ 9:58pm, 6lb 15oz. mama crystal said she heard the boom and pushed lol. congrats to the hayes family!!",
    [
        ("NAME", "river"),
        ("DATE", "5/3"),
        ("NAME", "crystal"),
        ("NAME", "hayes"),
    ],
    note="Lower-case names, including a baby named 'river' (an ordinary word); birth date numeric. The festival is an event, not her date element beyond the labelled numeric date.",
)

# 29
n(
    "en",
    "birth_announcement",
    "Did you know? Our Clarksdale Labor & Delivery unit delivered its 10,000th baby this spring, 22 years after opening. Thank you to every mama from Coahoma, Quitman and Tunica counties who trusted us. 🍼",
    "A milestone count; counties named as the service area, not tied to a patient; 'this spring' is a season.",
)

# 30
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Baby Girl Ochoa! 💗 Born on Cinco de Mayo to Araceli and Wilmer, who drove in from Tunica Resorts at 3 in the morning. Big brother Kevin already has plans to teach her soccer.",
    [
        ("NAME", "Ochoa"),
        ("DATE", "Cinco de Mayo"),
        ("NAME", "Araceli"),
        ("NAME", "Wilmer"),
        ("GEO", "Tunica Resorts"),
        ("NAME", "Kevin"),
    ],
    note="Chart-style newborn name (only the surname is a name token); holiday as birth day; parents and sibling; home town.",
)

# 31
n(
    "en",
    "birth_announcement",
    "Happy Mother's Day to every mama who spent today in our hospital instead of at brunch 💐 To the 14 moms in our NICU: your babies are lucky to have you.",
    "Mother's Day greeting on a holiday that is not any patient's event; a count of NICU moms.",
)

# ---------------------------------------------------------------- discharges

# 32
p(
    "en",
    "discharge",
    'HE\'S GOING HOME 🎉🎉 After 112 days in our NICU, DeAndre "Pooh" Jennings Jr. rang the bell this morning. Born Feb 2 at 24 weeks, now a chunky 6 pounds. Mom Latrice and Granny Ophelia made the whole unit cry. #PoohBearStrong',
    [
        ("NAME", 'DeAndre "Pooh" Jennings Jr.'),
        ("DATE", "Feb 2"),
        ("NAME", "Latrice"),
        ("NAME", "Ophelia"),
        ("NAME", "#PoohBearStrong"),
    ],
    note="Full name with quoted nickname and suffix (suffix is part of the name); birth date; mother and grandmother ('Granny' is a kinship word, not in span); name hashtag built on the nickname. The day count is a duration.",
)

# 33
p(
    "en",
    "discharge",
    "Discharge day for our favorite barber 💈 Mr. Otis Bell has been cutting hair on Lamar for 50 years and cut three of our residents' hair from his bed on 7 South. Otis, the shop's been waiting on you. See you at your follow-up!",
    [
        ("NAME", "Otis Bell"),
        ("NAME", "Otis", "*"),
    ],
    note="Patient named ('Bell' alone is not repeated). Lamar is where his shop is (his workplace), not stated as his home, so not GEO; 7 South is a unit.",
)

# 34
n(
    "en",
    "discharge",
    "Discharge checklist, Delta Bluff style ✅ meds in hand ✅ follow-up booked ✅ ride home confirmed ✅ somebody bringing you a plate. Questions after you get home? Call the nurse line at (901) 555-0100.",
    "A generic checklist with the hospital's own switchboard number.",
)

# 35
p(
    "en",
    "discharge",
    "Sent home today: Rosa Velasquez, 101, who told the discharge nurse she had 'too many great-grandbabies to be laying up in here.' She's headed back to her daughter Gloria's house in Marks. 💐",
    [
        ("NAME", "Rosa Velasquez"),
        ("AGE", "101"),
        ("NAME", "Gloria"),
        ("GEO", "Marks"),
    ],
    note="Age over 89; daughter named with possessive excluded; home town 'Marks' looks like an ordinary word.",
)

# 36
p(
    "en",
    "discharge",
    "bed 14 is EMPTY and we have never been happier about it. mr pete (yes that's what he wants us to call him) walked out of ICU step-down today after 3 weeks on the vent. go home and eat some barbecue, mr pete 🍖",
    [
        ("OTHER_ID", "bed 14"),
        ("NAME", "pete", "*"),
    ],
    note="Bed number tied to the patient; lower-case first name used with honorific twice.",
)

# 37
p(
    "en",
    "discharge",
    "After the levee job accident on Aug. 30th, Darnell Fikes wasn't sure he'd walk again. Tonight he walked out our front doors at 1200 Riverside Boulevard with a cane and a crowd behind him. Next stop: home to Tutwiler.",
    [
        ("DATE", "Aug. 30th"),
        ("NAME", "Darnell Fikes"),
        ("GEO", "Tutwiler"),
    ],
    note="Date of injury, name, home town. The hospital's own street address is never GEO.",
)

# 38
n(
    "en",
    "discharge",
    "Going home with a new baby this week? Our lactation team is here 7 days a week. Text or call (901) 555-0100 and ask for lactation, or message @DeltaBluffHealth. 🍼",
    "Service announcement with the hospital's own number and handle.",
)

# 39
p(
    "en",
    "discharge",
    "Nobody leaves 4 North without a soundtrack 🎺 Today the unit played 'When the Saints Go Marching In' for Percy Lee Womack, the trumpet man from the Mt. Zion brass band, who goes home Friday after heart surgery on Labor Day.",
    [
        ("NAME", "Percy Lee Womack"),
        ("DATE", "Labor Day"),
    ],
    note="Name with two given names; surgery on a holiday is a DATE. Friday is a weekday; 4 North is a unit.",
)

# 40
p(
    "es",
    "discharge",
    "¡Se va a casa! 🏡 Después de 3 semanas en terapia intensiva, don Aurelio Funes regresa hoy con su familia a Cleveland, Mississippi. Su nieta Kenia nos trajo baleadas para todo el piso. ¡Gracias, familia Funes! 🇭🇳",
    [
        ("NAME", "Aurelio Funes"),
        ("GEO", "Cleveland"),
        ("NAME", "Kenia"),
        ("NAME", "Funes", 2),
    ],
    note="Honorific 'don' excluded; the family's home town (state not labelled); granddaughter; family surname repeated.",
)

# 41
n(
    "es",
    "discharge",
    "¿Le dieron de alta y tiene preguntas sobre sus medicinas? Llame a nuestra línea en español al (662) 555-0186, de lunes a viernes. También puede escribirnos a @DeltaBluffSalud. 💊",
    "Hospital's own Spanish line and handle; weekdays only.",
)

# ---------------------------------------------------------------- thank-yous

# 42
p(
    "en",
    "thank_you",
    "To the Hollowell family of Clarksdale: thank you for the 30 pounds of fried catfish you dropped off for night shift after your mama's surgery. Our ER has never been so quiet at 2am. 🐟🙏",
    [
        ("NAME", "Hollowell"),
        ("GEO", "Clarksdale"),
    ],
    note="Patient's family surname and their home town (here Clarksdale is where the family lives, not the hospital campus).",
)

# 43
p(
    "en",
    "thank_you",
    "Y'all. The Ward sisters (Bernice, Claudette and Fay) made 60 sweet potato pies for the staff who cared for their brother Roosevelt. Roosevelt, you raised some good sisters. 🥧",
    [
        ("NAME", "Ward"),
        ("NAME", "Bernice"),
        ("NAME", "Claudette"),
        ("NAME", "Fay"),
        ("NAME", "Roosevelt", "*"),
    ],
    note="Family surname that is an ordinary word ('Ward'); three relatives and the patient, whose first name is also a president's surname.",
)

# 44
n(
    "en",
    "thank_you",
    "Thank you to Mid-South Catfish Growers for donating 500 fish plates to our Juneteenth staff cookout, and to the Stax Academy kids for the music! Memphis shows up. 🎷",
    "A sponsor and a youth music group thanked for a hospital event; Juneteenth here is an event date, not a patient's.",
)

# 45
p(
    "en",
    "thank_you",
    "Thank you, Mrs. Florence Tubbs, for the quilt 🧵 She made it during her 8 weeks of chemo in infusion bay C, one square for each treatment, and gave it to the next patient in that chair. Florence, you are pure Delta.",
    [
        ("NAME", "Florence Tubbs"),
        ("NAME", "Florence", "*"),
        ("OTHER_ID", "bay C"),
    ],
    note="Patient named; her infusion bay is a bed-like location tied to her. 'Delta' is a region used as praise, not a name.",
)

# 46
p(
    "en",
    "thank_you",
    "Shout out to @PrayersForPapaJ and everybody who filled our lobby with cards for Papa J this month. 312 cards from 14 states! He's reading every single one.",
    [
        ("OTHER_ID", "@PrayersForPapaJ"),
        ("NAME", "Papa J"),
    ],
    note="The family's social handle is OTHER_ID; the patient's nickname is a NAME. State counts are not identifiers.",
)

# 47
p(
    "en",
    "thank_you",
    "A note from the family, shared with permission: 'To Dr. Okafor, Nurse Renee and the whole 3rd floor: Thank you for holding Daddy's hand when we couldn't get there from Greenwood in time. Willie Mae, Clarence Jr. and the Spencer grandchildren'",
    [
        ("GEO", "Greenwood"),
        ("NAME", "Willie Mae"),
        ("NAME", "Clarence Jr."),
        ("NAME", "Spencer"),
    ],
    note="Signed family note: relatives' names and their town are labelled. Dr. Okafor and Nurse Renee are staff and are never labelled; 'Daddy' is a kinship word.",
)

# 48
n(
    "en",
    "thank_you",
    "Huge thanks to Nurse Geneva Hightower, who has been singing 'Precious Memories' to patients on the night shift for 31 years. She retires Friday and the gospel choir from Mt. Pisgah CME is coming to send her off. 🎶",
    "A staff member's name and tenure; the church choir is an event group. No patient identifiers.",
)

# 49
p(
    "es",
    "thank_you",
    "Gracias a la familia Mejía Cruz por las pupusas que trajeron al equipo de la UCI después de que su papá, don Santos, salió de cirugía el 2 de noviembre, Día de Muertos. ¡Estaban deliciosas! 🙏",
    [
        ("NAME", "Mejía Cruz"),
        ("NAME", "Santos"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
    ],
    note="Double family surname; patient with honorific excluded; the surgery date written twice (date and holiday) — both labelled.",
)

# 50
p(
    "en",
    "thank_you",
    "THANK YOU LAQUITA!!! 🙌🏾 Laquita Hearn beat sickle cell pneumonia last fall, and this month she brought her whole step team from Rust College to our Lamar Avenue clinic to give a blood drive pep rally. 61 units collected!",
    [
        ("NAME", "LAQUITA"),
        ("NAME", "Laquita Hearn"),
    ],
    note="ALL-CAPS and normal-case name of a former patient; her college is not an identifier; 'last fall' is a season; Lamar Avenue is the hospital's own site.",
)

# 51
n(
    "es",
    "thank_you",
    "¡Gracias a la Iglesia Santa Isabel de Clarksdale y a la Asociación Hondureña del Delta por los 300 kits de higiene para nuestros pacientes! Dios les pague. 🙏",
    "Donor organisations thanked; the town is the church's location, not a patient's.",
)

# 52
p(
    "en",
    "thank_you",
    "to whoever left the bag of fresh-picked purple hull peas at the Clarksdale nurses' station with a note that said 'from miss ruby's boy, room 212 - y'all did right by her' ... we found you, Terrence 😂 thank you!!",
    [
        ("NAME", "ruby"),
        ("OTHER_ID", "room 212"),
        ("NAME", "Terrence"),
    ],
    note="Lower-case patient name inside a pasted note, her room number, and her son named at the end.",
)

# ---------------------------------------------------------------- memorials

# 53
p(
    "en",
    "memorial",
    "Rest easy, Mother Hattie Claiborne. She was 96: ninety-six years of Sunday dinners, fourteen grandchildren, and a voice that could fill Mason Temple. She passed peacefully on Easter morning surrounded by her family. We were honored to care for her. 🕊️",
    [
        ("NAME", "Hattie Claiborne"),
        ("AGE", "96"),
        ("AGE", "ninety-six"),
        ("DATE", "Easter"),
    ],
    note="Church title 'Mother' excluded; the age over 89 in digits and again in words (both AGE); death on a holiday is a DATE. Mason Temple is a landmark, not her address.",
)

# 54
n(
    "en",
    "memorial",
    "Today we remember Dr. Rufus Hairston, our first Black chief of surgery, who died this week at 92. He trained 300 surgeons and never once missed a Grizzlies home opener. Our flags are at half-staff at both campuses.",
    "A former staff physician's death and age: staff are never labelled, even when over 89.",
)

# 55
p(
    "en",
    "memorial",
    "The ICU lost a friend on 01-17. Brother Amos 'Sugar Boy' Tate sang 'I'll Fly Away' to our nurses every shift change for two weeks. Fly high, Sugar Boy. Love to his wife Corinne and the whole Tate family in Jonestown.",
    [
        ("DATE", "01-17"),
        ("NAME", "Amos 'Sugar Boy' Tate"),
        ("NAME", "Sugar Boy", "*"),
        ("NAME", "Corinne"),
        ("NAME", "Tate", "*"),
        ("GEO", "Jonestown"),
    ],
    note="Dashed numeric death date; name with quoted nickname and nickname reused; wife; family surname; home town.",
)

# 56
p(
    "en",
    "memorial",
    "In loving memory of Baby Grace Alexander, born sleeping on October 3. Her parents, Tiana and Marcus, asked us to share her name so she is never forgotten. October is Pregnancy and Infant Loss Awareness Month. 🩷",
    [
        ("NAME", "Grace Alexander"),
        ("DATE", "October 3"),
        ("NAME", "Tiana"),
        ("NAME", "Marcus"),
    ],
    note="Stillborn baby's name and date; parents named. The later 'October' is the awareness month, not her date, so it is left unlabelled ('October 3' is labelled as a whole).",
)

# 57
n(
    "en",
    "memorial",
    "Every year on the anniversary of the 1927 flood, our Clarksdale chaplains hold a prayer service for the families the river took. Join us on the Sunflower Avenue lawn, 10 a.m. 🌊",
    "A historical anniversary and an event at the hospital's own campus; no patient.",
)

# 58
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a doña Cándida Reyes, de 98 años, quien falleció el 12 de diciembre, día de la Virgen de Guadalupe, su santa favorita. Nuestro pésame a su hija Lupita y a toda su familia en Tunica. 🕯️",
    [
        ("NAME", "Cándida Reyes"),
        ("AGE", "98"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("NAME", "Lupita"),
        ("GEO", "Tunica"),
    ],
    note="Honorific excluded; age over 89; death date written as a date and as the feast day (both labelled); daughter 'Lupita' (a nickname of Guadalupe) and home town.",
)

# 59
p(
    "en",
    "memorial",
    "We lost Big Walt today. Walter Sims drove a grain barge up and down this river for 40 years and every nurse on 6 East knows the words to his sea shanty now. His granddaughter asked that donations go to the Delta Bluff Foundation in his name. #WaltsWay",
    [
        ("NAME", "Big Walt"),
        ("NAME", "Walter Sims"),
        ("NAME", "#WaltsWay"),
    ],
    note="Nickname, full name and a memorial name hashtag; the Foundation is the hospital's own. 'today' is relative.",
)

# 60
n(
    "en",
    "memorial",
    "Remembering Bessie Smith, Empress of the Blues, who died after a car crash on Highway 61 near Clarksdale in 1937. Her story changed how the Delta thinks about emergency care. Our blues history walk starts at the Clarksdale lobby Saturday.",
    "Historical figure; the highway, town and year are part of public history, not a patient's record.",
)

# 61
p(
    "en",
    "memorial",
    "Gone home to glory: Elder Josiah 'Pop' Merriweather, 100 years young, who told our hospice team he'd 'seen the river rise and the river fall and God was in every one.' Services will be announced by the family.",
    [
        ("NAME", "Josiah 'Pop' Merriweather"),
        ("AGE", "100"),
    ],
    note="Church title 'Elder' excluded; age 100 labelled (the word 'years' is a separate token).",
)

# ---------------------------------------------------------------- milestone birthdays

# 62
p(
    "en",
    "milestone_birthday",
    "🎂 Happy 100th to Miss Ora Lee Bynum! Born on Christmas Day in Sumner, Mississippi, she has outlived three pastors, two husbands and one hospital building. Our dialysis unit threw her a party with red velvet cake.",
    [
        ("AGE", "100th"),
        ("NAME", "Ora Lee Bynum"),
        ("DATE", "Christmas Day"),
        ("GEO", "Sumner"),
    ],
    note="Ordinal age over 89; two-part given name; birth day is a holiday; birthplace town (state not labelled).",
)

# 63
p(
    "en",
    "milestone_birthday",
    "ninety-nine candles is a fire hazard so we went with two number candles 🕯️🕯️ happy birthday mr. clarence 'deacon' hurt, from all of us on 3 west!",
    [
        ("AGE", "ninety-nine"),
        ("NAME", "clarence 'deacon' hurt"),
    ],
    note="Age over 89 in words; lower-case name whose surname is an ordinary word, with a quoted nickname that looks like a church title.",
)

# 64
p(
    "en",
    "milestone_birthday",
    "Today our favorite patient-volunteer turns 90! Mr. Horace Figgs has worked the Clarksdale info desk since 1998, and since spring he's also been one of our cardiac rehab regulars. Happy birthday, Horace! 🎉",
    [
        ("AGE", "90"),
        ("NAME", "Horace Figgs"),
        ("NAME", "Horace", "*"),
    ],
    note="A volunteer who is also a patient: as a patient his name and age over 89 are labelled. 1998 is a bare year; spring is a season.",
)

# 65
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 95, abuelita Chayo! 🎂 Doña Rosario Pineda celebró sus noventa y cinco con mariachi en la sala de rehabilitación. Nació un 16 de septiembre, ¡igualito que México!",
    [
        ("AGE", "95"),
        ("NAME", "Chayo"),
        ("NAME", "Rosario Pineda"),
        ("AGE", "noventa y cinco"),
        ("DATE", "16 de septiembre"),
    ],
    note="Age in digits and in Spanish words; nickname (Chayo for Rosario) and full name; birth day that is also Mexico's independence day. 'abuelita' and 'Doña' are not in spans.",
)

# 66
n(
    "en",
    "milestone_birthday",
    "Milestone alert 🎉 Nurse Pearl Beasley turns 90 today AND marks her 70th year as a licensed nurse. She still teaches CPR at our Clarksdale campus every Thursday. Happy birthday, Miss Pearl!",
    "Staff member's name and age: staff are never labelled, even over 89.",
)

# 67
n(
    "en",
    "milestone_birthday",
    "Our longest-serving volunteer, Miss Dorothy Akins, turns 102 on Sunday! She has pushed the book cart through the Memphis tower since the Carter administration. Stop by the lobby for cake at 2.",
    "Volunteer (not a patient): her name and age are not labelled; the cake party is an event.",
)

# 68
p(
    "en",
    "milestone_birthday",
    "HAPPY 104TH BIRTHDAY TO GRANDMA TEE!!! 🎉🎉🎉 (she's not our grandma but she said we could call her that.) Tee has been with us on palliative care since March and today the Greater Mt. Olive choir came to sing her favorite, 'Blessed Assurance.'",
    [
        ("AGE", "104TH"),
        ("NAME", "TEE"),
        ("NAME", "Tee"),
        ("DATE", "March"),
    ],
    note="ALL-CAPS ordinal age and nickname, then the nickname in normal case; a month alone tied to her admission is a date element.",
)

# 69
p(
    "en",
    "milestone_birthday",
    "Birthday on the vent? Not on our watch 🎈 Little Amari turned 1 on the 22nd and the PICU threw him a sensory party with bubbles and a Grizz plush. His dad drove in from their home in Greenville straight off a barge shift.",
    [
        ("NAME", "Amari"),
        ("DATE", "22nd"),
        ("GEO", "Greenville"),
    ],
    note="Child's name; a day of the month alone as his birthday; the family's home town. Age 1 is not labelled.",
)

# 70
n(
    "en",
    "milestone_birthday",
    "We don't share names without permission, but a patient in her late 90s asked us to post her birthday advice: 'Drink your water, call your mama, and don't let nobody rush your biscuits.' Happy birthday, ma'am 🎂",
    "Unnamed patient described only by a decade range ('late 90s'), which this set treats as not identifying; no date.",
)

# ---------------------------------------------------------------- pasted records

# 71
p(
    "en",
    "pasted_record",
    "Pt: WASHINGTON, LEROY D   MRN: DB-00481127   Rm 6E-614   Adm 02/11   Dx: VOC / HbSS   Attending: Dr. A. Patel   Ins: TN Medicaid 88120419  ...wrong chat, sorry, deleting",
    [
        ("NAME", "WASHINGTON, LEROY D"),
        ("MRN", "DB-00481127"),
        ("OTHER_ID", "Rm 6E-614"),
        ("DATE", "02/11"),
        ("HEALTH_PLAN", "88120419"),
    ],
    note="Chart line pasted by mistake: surname that is also a state/president, MRN with prefix, room with keyword, admission date, Medicaid ID value only. The attending is staff; 'TN' is a state.",
)

# 72
p(
    "en",
    "pasted_record",
    "pls disregard earlier post. correct list for tmrw's pet therapy visits: rm 412 nowak, rm 415 ELLIS, rm 420 b. tran (allergic to dogs!!) - thx, volunteer services",
    [
        ("OTHER_ID", "rm 412"),
        ("NAME", "nowak"),
        ("OTHER_ID", "rm 415"),
        ("NAME", "ELLIS"),
        ("OTHER_ID", "rm 420"),
        ("NAME", "b. tran"),
    ],
    note="Three room/name pairs in mixed case; the allergy note is clinical, not an identifier.",
)

# 73
p(
    "es",
    "pasted_record",
    "Paciente: HERNÁNDEZ LÓPEZ, Marisela · Expediente 0077-3321-HN · Fecha de nac.: 15/09 · Cel. familia: 662-555-0147 · Habitación 214 · Intérprete: sí",
    [
        ("NAME", "HERNÁNDEZ LÓPEZ, Marisela"),
        ("MRN", "0077-3321-HN"),
        ("DATE", "15/09"),
        ("PHONE", "662-555-0147"),
        ("OTHER_ID", "Habitación 214"),
    ],
    note="Spanish chart line: double surname, record number with letters, day/month birth date, family cell phone, room with keyword.",
)

# 74
p(
    "en",
    "pasted_record",
    "ED TRACK 03:12 | BED 9 | JOHNSON, W | 92yo | CC: SOB | ACCT 5520-118-04 | ENC 3390021 | PCP: Dr. Levi Brandt",
    [
        ("OTHER_ID", "BED 9"),
        ("NAME", "JOHNSON, W"),
        ("AGE", "92yo"),
        ("ACCOUNT", "5520-118-04"),
        ("OTHER_ID", "3390021"),
    ],
    note="Tracking-board line: bed, chart-style name, age in chart shorthand, account and encounter numbers. 03:12 is a time; the PCP is staff.",
)

# 75
p(
    "en",
    "pasted_record",
    "Found in the Clarksdale parking lot: a patient wristband reading LEFLORE, JOSEPHINE  DOB 3/8  MRN 4471902  ALLERGY: PCN. It's been returned to Patient Access. Please shred your bands, folks!",
    [
        ("NAME", "LEFLORE, JOSEPHINE"),
        ("DATE", "3/8"),
        ("MRN", "4471902"),
    ],
    note="Wristband text: surname that is also a Delta county, birth date, MRN. The parking lot is the hospital's own.",
)

# 76
p(
    "en",
    "pasted_record",
    "Pacemaker check note (posted in error, removed): Pt Ms. Varnado, Medtronic Azure XT DR, SN RNB604112H, implanted 9/21, remote monitor last synced from 68.44.120.17. Battery 9.1 yrs.",
    [
        ("NAME", "Varnado"),
        ("DEVICE", "RNB604112H"),
        ("DATE", "9/21"),
        ("IP", "68.44.120.17"),
    ],
    note="Device serial (value only), implant date, the home monitor's IP address. The device model and battery life are not identifiers.",
)

# 77
p(
    "en",
    "pasted_record",
    "ER registration for DUPREE, CALVIN - DL MS 801449923 - plate GDX 4127 (blue Silverado in the ambulance bay, PLEASE move it) - emergency contact: wife Ernestine",
    [
        ("NAME", "DUPREE, CALVIN"),
        ("LICENSE", "801449923"),
        ("VEHICLE", "GDX 4127"),
        ("NAME", "Ernestine"),
    ],
    note="Driver's licence and plate values only (state abbreviation and labels excluded); wife named as emergency contact.",
)

# 78
p(
    "en",
    "pasted_record",
    "Prior auth fax cover >> Member: Shonda R. Givens | Ambetter ID U7741-00931 | Group 22H | callback 662 555 0174 | fax 662 555 0175 | Re: hydroxyurea refill",
    [
        ("NAME", "Shonda R. Givens"),
        ("HEALTH_PLAN", "U7741-00931"),
        ("PHONE", "662 555 0174"),
        ("FAX", "662 555 0175"),
    ],
    note="Member ID is HEALTH_PLAN; the employer-group number is shared by a whole group and is left unlabelled; patient's callback and fax numbers.",
)

# 79
p(
    "es",
    "pasted_record",
    "Nota de enfermería: Sra. Yolanda Cáceres, 94 a., cama 3, ingresó el 28/02 por caída. Hijo: Nelson (cel. 901-555-0138, nelson.caceres88@gmail.com). Pide intérprete garífuna.",
    [
        ("NAME", "Yolanda Cáceres"),
        ("AGE", "94"),
        ("OTHER_ID", "cama 3"),
        ("DATE", "28/02"),
        ("NAME", "Nelson"),
        ("PHONE", "901-555-0138"),
        ("EMAIL", "nelson.caceres88@gmail.com"),
    ],
    note="Spanish nursing note: name, age over 89 in chart shorthand ('94 a.'), bed, day/month admission date, son's name, phone and email. The interpreter language is not an identifier.",
)

# 80
n(
    "en",
    "pasted_record",
    "Training reminder for new unit clerks: this is what a test wristband looks like 👉 DOE, JANE · MRN 000000 · DOB 01/01/1900 · TEST PATIENT. Never print real bands for practice.",
    "An obvious training placeholder (Jane Doe, all-zero MRN, dummy date), not a real patient.",
)

# 81
n(
    "en",
    "pasted_record",
    "Before you post a patient story: signed consent form ✔️ no 'LAST, FIRST | DOB | MRN' lines ✔️ no room numbers in the background ✔️ send the draft to media relations at (901) 555-0199 ✔️",
    "Policy checklist with placeholders and the hospital's own number.",
)

# ---------------------------------------------------------------- staff spotlights

# 82
p(
    "en",
    "staff_spotlight",
    "Our own ER charge nurse Bettye Crump was on the OTHER side of the bed this month 😅 gallbladder out on 10/3 and she's already texting the unit about the schedule. Bettye, REST. That's an order from all of us. 💐",
    [
        ("NAME", "Bettye Crump"),
        ("DATE", "10/3"),
        ("NAME", "Bettye", "*"),
    ],
    note="A staff member who is a patient: her name and surgery date are labelled.",
)

# 83
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Imani Oyelaran, director of our Sickle Cell Center on Lamar Avenue. She grew up in Frayser, trained at Meharry, and knows more than 300 patients by their first names. 💪🏾 #MeetOurTeam",
    "Staff spotlight: the doctor's name and home neighbourhood are never labelled.",
)

# 84
n(
    "en",
    "staff_spotlight",
    'Respiratory therapist Luis "Wicho" Guardado drove four hours through the ice storm from Clarksdale to cover a shift in Memphis, then slept in the call room for two nights. This is who we are. #DeltaBluffStrong',
    "Staff member with a quoted nickname; towns are his commute. No patient.",
)

# 85
n(
    "en",
    "staff_spotlight",
    "Nurse Faith Holloway and nurse Hope Dabney (yes, really) have worked side by side on 4 North for 19 years. Patients ask if they're a package deal. They are. 🙏",
    "Staff names that are also ordinary words; a unit name.",
)

# 86
n(
    "en",
    "staff_spotlight",
    "Deacon Harold Moss has kept the Clarksdale ER doors safe for 28 years. Ask him about the night a mule wandered into triage. Happy retirement, Deacon Moss! Your wife Carolyn says she's ready for you at home.",
    "Security officer (staff) and his wife: staff members' families are never labelled.",
)

# 87
p(
    "en",
    "staff_spotlight",
    "From coworker to patient to mama 💕 L&D nurse Brianna Cole delivered her own son Micah in our unit on 8/14, with her work bestie as her nurse. Welcome to the Delta Bluff family, Micah!",
    [
        ("NAME", "Brianna Cole"),
        ("NAME", "Micah", "*"),
        ("DATE", "8/14"),
    ],
    note="A nurse who was herself the patient (delivery), her newborn named twice, and the birth date. Her coworker is staff and unnamed.",
)

# 88
n(
    "en",
    "staff_spotlight",
    "Congrats to our chaplain, the Rev. Dr. Cornelius Sharpe, on 25 years of ministry at both campuses. He's prayed in English, Spanish, and once, he says, in 'pure Mississippi.' 🙏",
    "Chaplain (staff) with titles.",
)

# 89
p(
    "en",
    "staff_spotlight",
    "Dr. Samuel Ashby has put in thousands of stents. On April 9, his 60th birthday, he got one. Our cardiologist was a cath lab patient this spring and is back seeing patients this week. Take your own advice, Doc! ❤️",
    [
        ("NAME", "Samuel Ashby"),
        ("DATE", "April 9"),
    ],
    note="A doctor who was a patient: his name and the date of his procedure (his birthday) are labelled; age 60 and 'this spring' are not.",
)

# 90
n(
    "en",
    "staff_spotlight",
    "Shout out to night-shift CNA Tamika Rollins, whose daughter Ariel just signed with Jackson State volleyball! Tamika has worked 6 West for 11 years and never missed a shift. 🏐",
    "A CNA and her daughter: a staff member's own family is not a patient's family, so nothing is labelled.",
)

# ---------------------------------------------------------------- health tips

# 91
n(
    "en",
    "health_tip",
    "Working the catfish ponds or the cotton gin in July? Heat stroke can hit fast. Drink water every 15 minutes, take shade breaks, and know the signs: confusion, no sweat, hot red skin. Call 911 right away. 🥵",
    "A general heat-safety tip; July and 911 are not identifiers.",
)

# 92
n(
    "en",
    "health_tip",
    "Sickle cell tip: when it's cold on the river, it's cold in your veins. Layer up, keep drinking water, and call the Sickle Cell Center at (901) 555-0123 before a crisis turns into an ER trip. #SickleCellWarrior",
    "General tip with the hospital's own clinic number.",
)

# 93
n(
    "en",
    "health_tip",
    "BE FAST 🧠 Balance, Eyes, Face, Arms, Speech, Time. If your grandmama's face droops at Sunday dinner, don't wait for the benediction. Call 911.",
    "Stroke-awareness tip; the grandmother is hypothetical and unnamed.",
)

# 94
p(
    "en",
    "health_tip",
    "Take it from Wendell: a rice farmer from Shelby, MS who drove himself to our ER with 'heartburn' that turned out to be a heart attack. His advice? 'Don't be like me. Let somebody drive you.' Chest pain = call 911. 🚑",
    [
        ("NAME", "Wendell"),
        ("GEO", "Shelby"),
    ],
    note="A tip built on a real patient: his first name and home town are labelled.",
)

# 95
n(
    "en",
    "health_tip",
    "Fish fry season is here 🐟 Keep kids 3 feet from the fryer, never put water on a grease fire, and if there's a burn, cool water for 20 minutes, no butter. Our burn team thanks you.",
    "A general safety tip; 'season' is not a date.",
)

# 96
n(
    "en",
    "health_tip",
    "Barge and towboat crews: the Mississippi doesn't give second chances. Wear your life jacket on deck every shift, even in August, even if you've worked the river 30 years. 🛟",
    "A general safety tip; the month and years of work are not identifiers.",
)

# ---------------------------------------------------------------- events

# 97
n(
    "en",
    "event",
    "JUNETEENTH HEALTH FAIR 🎉 June 19, 10am-3pm, at our Memphis campus, 1200 Riverside Boulevard. Free blood pressure checks, sickle cell trait testing, and live gospel from the Soulsville Mass Choir. Bring the whole family!",
    "Hospital event: its date and the hospital's own address are not labelled.",
)

# 98
n(
    "en",
    "event",
    "Homecoming weekend means one thing in Clarksdale: the Delta Bluff Homecoming 5K! Saturday, Oct. 12, 7 a.m., starting on Sunflower Avenue. Proceeds support the Clarksdale ER. 🏃🏾‍♀️",
    "Hospital event date and campus street.",
)

# 99
p(
    "en",
    "event",
    "This year's Sickle Cell Walk grand marshal: 12-year-old Jaylen Cooper, who was born Sept. 1 with sickle cell disease and has lapped the track at Tiger Lane every year since he could walk. Come cheer him on this Saturday! #WalkForJaylen",
    [
        ("NAME", "Jaylen Cooper"),
        ("DATE", "Sept. 1"),
        ("NAME", "#WalkForJaylen"),
    ],
    note="Patient honoured at a hospital event: name, birth date and name hashtag. The walk venue and weekday are event details.",
)

# 100
n(
    "en",
    "event",
    "Juke Joint Festival week in Clarksdale 🎸 Our mobile health van will be parked on Issaquena Avenue Thursday through Sunday with free blood pressure checks. Music by Big A & the Allstars at noon each day.",
    "Event location and performers (public acts), no patient.",
)

# 101
p(
    "en",
    "event",
    "Remember Kayla Minor? Last homecoming she was in our ICU after her car flipped on Highway 49 on Oct. 8. This homecoming she was crowned queen at Delta State 👑 Kayla, we cried watching the livestream.",
    [
        ("NAME", "Kayla Minor"),
        ("GEO", "Highway 49"),
        ("DATE", "Oct. 8"),
        ("NAME", "Kayla", 2),
    ],
    note="Former patient: the road of her crash and its date; her surname is an ordinary word. Delta State is a school, not labelled.",
)

# 102
n(
    "en",
    "event",
    "Sickle Cell Awareness Month blood drive 🩸 Sept. 14 and Sept. 28 at our Lamar Avenue center. Donors who are Black are especially needed because of matching antigens. Book: deltabluff.org/give",
    "Event dates and the hospital's own domain.",
)

# 103
p(
    "en",
    "event",
    "Our MLK Day of Service crew painted the Clarksdale peds wing today, and we had help from a very special foreman: 7-year-old Dre, who's been in bed 4 since Christmas Eve. He picked the colors. (Green. Everything is green.) 💚",
    [
        ("NAME", "Dre"),
        ("OTHER_ID", "bed 4"),
        ("DATE", "Christmas Eve"),
    ],
    note="Nickname, bed number, admission on a holiday. MLK Day is the event's day, not the patient's.",
)

# 104
n(
    "en",
    "event",
    "Church Health Sunday is back! Pastors from 40 congregations across Shelby and Coahoma counties will preach on heart health Feb. 23. Ask your pastor for a free blood pressure cuff. ⛪",
    "A community event date and counties as service area.",
)

# 105
p(
    "en",
    "event",
    "The #MilesForMiles 5K is named for Miles Avery, who spent his 17th birthday, March 30, in our trauma bay and is now running it himself. Register at deltabluff.org/miles",
    [
        ("NAME", "#MilesForMiles"),
        ("NAME", "Miles Avery"),
        ("DATE", "March 30"),
    ],
    note="An event named for a patient: the name hashtag (whose word is also a distance unit), his name, the date of his injury (his birthday); age 17 not labelled. The hospital's domain is not labelled.",
)

# ---------------------------------------------------------------- statistics

# 106
n(
    "en",
    "statistic",
    "About 1 in 365 Black babies in the U.S. is born with sickle cell disease. Last year our Sickle Cell Center cared for 1,142 patients from 61 counties in Tennessee, Mississippi and Arkansas.",
    "Population statistics and counts.",
)

# 107
n(
    "en",
    "statistic",
    "By the numbers: our Clarksdale ER saw 38,412 visits last year. 1 in 9 was a farm or river injury. 1 in 4 was a child. 0 were turned away. 🚑",
    "Aggregate counts only.",
)

# 108
n(
    "en",
    "statistic",
    "Adults 90 and older made up 4% of our admissions in 2023, up from 2% a decade ago. Our geriatric team is growing to keep up. #AgingInTheDelta",
    "A population age (90 and older) is never labelled; the year is bare.",
)

# 109
p(
    "en",
    "statistic",
    "Year in review 📊 2,611 babies born. 14 sets of twins. 1 set of triplets. And our oldest patient of the year, Mrs. Ludie Mae Strong of Lambert, celebrated 106 in our rehab gym. #StrongerTogether",
    [
        ("NAME", "Ludie Mae Strong"),
        ("GEO", "Lambert"),
        ("AGE", "106"),
    ],
    note="Statistics plus one named patient: name (surname an ordinary word), home town, age. #StrongerTogether is a campaign tag and does not contain her name as a token.",
)

# 110
n(
    "en",
    "statistic",
    "Heat-related ER visits jumped 40% this July compared to last year, mostly farmworkers and construction crews. Please check on your neighbors. 🌡️",
    "A statistic; the month is not tied to a patient.",
)

# 111
n(
    "en",
    "statistic",
    "Since our Sickle Cell Center opened, ER visits for pain crises among our patients dropped 38% and average hospital stays fell from 6.1 to 3.9 days. Numbers that mean more nights at home. 🏠",
    "Aggregate outcome statistics.",
)

# ---------------------------------------------------------------- recruitment

# 112
n(
    "en",
    "recruitment",
    "NOW HIRING: RNs for our Clarksdale ER, nights, $15K sign-on bonus. Apply at deltabluff.org/careers or email careers@deltabluff.org. Come home to the Delta. 🏡",
    "Job post with the hospital's own domain and email.",
)

# 113
p(
    "en",
    "recruitment",
    "Ten years ago Jasmine Tolliver was a 14-year-old sickle cell patient in our infusion room. Today she's one of our infusion nurses. 'I know what that chair feels like,' she says. Want to join her? We're hiring.",
    [
        ("NAME", "Jasmine Tolliver"),
    ],
    note="A staff member identified as a former patient: as a patient her name is labelled; age 14 is not.",
)

# 114
n(
    "en",
    "recruitment",
    "Interview day at Coahoma Community College, Feb. 20, 9-2. Bring your CNA license and we'll talk. Questions? Call HR at (662) 555-0131.",
    "Event date and hospital number.",
)

# 115
p(
    "en",
    "recruitment",
    "Hiring patient transporters! Ask Mr. Booker in room 318: he says our transport crew are 'the smoothest drivers in Memphis, better than my Cadillac.' 🚗 Apply at deltabluff.org/careers",
    [
        ("NAME", "Booker"),
        ("OTHER_ID", "room 318"),
    ],
    note="A current patient quoted in a job ad: surname and room number. Memphis is a boast, not his address.",
)

# 116
n(
    "en",
    "recruitment",
    "Our residency program director, Dr. Nia Castellanos, on why Clarksdale: 'You will see more in one night here than in a month anywhere else.' Family medicine applications open Sept. 1.",
    "Staff quote and a program date.",
)

# 117
n(
    "en",
    "recruitment",
    "Volunteers needed 🙋🏾 Rock babies in the NICU, push the book cart, or play piano in the lobby. Ages 16 to 90+ welcome. Sign up at deltabluff.org/volunteer.",
    "Volunteer recruitment; '90+' is a population age range.",
)

# ---------------------------------------------------------------- crisis updates

# 118
n(
    "en",
    "crisis_update",
    "ICE STORM UPDATE 🧊 Both campuses are open. Clarksdale ER: (662) 555-0131. Memphis switchboard: (901) 555-0100. Outpatient infusion on Lamar Avenue is closed today; the team will call to reschedule.",
    "Hospital numbers and closures only.",
)

# 119
n(
    "en",
    "crisis_update",
    "We received 6 crew members from last night's barge collision near Helena. Two are in critical condition. Families have been notified. Please keep the river crews in your prayers. 🙏",
    "A mass-casualty news update: no patient is identified, and the incident location is public news, not tied to an identifiable patient.",
)

# 120
p(
    "en",
    "crisis_update",
    "REUNITED 💛 4-year-old Nayeli, found alone after the tornado hit her family's trailer park in Tunica, is back in the arms of her dad, Oscar Amaya. If you are looking for a family member from the storm, call (662) 555-0131.",
    [
        ("NAME", "Nayeli"),
        ("GEO", "Tunica"),
        ("NAME", "Oscar Amaya"),
    ],
    note="Child and father named; the family's home town. The number is the hospital's own.",
)

# 121
p(
    "en",
    "crisis_update",
    "MISSING PATIENT: Mr. Alvin Greer, 91, left 5 West on foot around 4 pm, last seen near Tom Lee Park in a gray Grizzlies hoodie. He has dementia. If you see him, call 911 or our security desk at (901) 555-0100.",
    [
        ("NAME", "Alvin Greer"),
        ("AGE", "91"),
        ("GEO", "Tom Lee Park"),
    ],
    note="Name, age over 89, and the place he was last seen (a place tied to the patient, like the road of a crash), although the park is named after a historical figure. Hospital numbers and 911 are not labelled.",
)

# 122
n(
    "en",
    "crisis_update",
    "Our computer systems are down at the Memphis campus. Patient care continues on paper. Please don't call the ER for test results today; our portal (deltabluff.org/mychart) will be back soon.",
    "IT downtime notice with the hospital domain.",
)

# 123
p(
    "en",
    "crisis_update",
    "Flood evacuation update: all patients from Clarksdale 2nd floor are safely in Memphis. Family of Mrs. Pickens (formerly Room 210): she is now in 7 East and doing fine; please call her nurse.",
    [
        ("NAME", "Pickens"),
        ("OTHER_ID", "Room 210"),
    ],
    note="Patient surname and her former room number; '7 East' is a unit.",
)

# 124
p(
    "en",
    "crisis_update",
    "With his family's blessing: Coach Lamont Dill of Lee Academy, injured in the I-55 pileup on Nov. 2, is stable and breathing on his own. His players have been camped in our lobby. 🏈",
    [
        ("NAME", "Lamont Dill"),
        ("GEO", "I-55"),
        ("DATE", "Nov. 2"),
    ],
    note="Title 'Coach' excluded; the road and date of his crash. His school (workplace) is not labelled.",
)

# 125
n(
    "en",
    "crisis_update",
    "Heat advisory ☀️ Our Clarksdale lobby is a cooling center 10am-8pm through Sunday. Water, chairs and phone charging. 455 Sunflower Avenue, Clarksdale, MS 38614.",
    "The hospital's own address; no patient.",
)

# ---------------------------------------------------------------- research

# 126
n(
    "en",
    "research",
    "Now enrolling: our hydroxyurea dosing study for children with sickle cell, ages 2-17. Families get free transportation from anywhere in the Delta. Call the research office at (901) 555-0123.",
    "Study recruitment with the hospital's own number.",
)

# 127
n(
    "en",
    "research",
    "New from our occupational health team: catfish processing workers in the Delta have 3 times the rate of hand and wrist injuries as other food workers. Published this week in the Journal of Rural Health.",
    "Research finding about a population.",
)

# 128
p(
    "en",
    "research",
    "Research participant spotlight: Andrea Wells became the first person from the Mississippi Delta enrolled in our sickle cell gene therapy trial, on 4/4/24. One year out, zero pain crises. 'I got my life back,' she says.",
    [
        ("NAME", "Andrea Wells"),
        ("DATE", "4/4/24"),
    ],
    note="A named trial participant and her enrollment date (full numeric date with year is one span); 'one year out' is relative; the Delta is a region.",
)

# 129
n(
    "en",
    "research",
    "Congrats to Dr. Grace Mbeki and our heat-illness lab on a $2.1 million NIH grant to study cooling vests for farmworkers. Dr. Mbeki grew up in Greenwood picking cotton with her grandmother.",
    "Staff researcher, her home town and her grandmother: staff and their families are never labelled.",
)

# 130
p(
    "en",
    "research",
    "Our case report is out! How a 97-year-old catfish farmer recovered from a fall into an aerator pond with zero lasting injuries. His secret, he told us: 'never stop working.'",
    [
        ("AGE", "97-year-old"),
    ],
    note="An unnamed patient whose age is over 89: the age alone makes the post patient-specific.",
)

# 131
n(
    "en",
    "research",
    "What does a 90-year-old heart look like? Our cardiology fellows studied 400 echocardiograms from patients over 90 and found most kept normal pumping function. Aging is not a disease.",
    "Population ages in a study; no individual patient.",
)

# 132
p(
    "en",
    "research",
    "Thank you to the Abernathy family of Vance, MS for donating Grandpa Henry's brain to our Alzheimer's research program after his passing on Feb. 27. His gift will help thousands.",
    [
        ("NAME", "Abernathy"),
        ("GEO", "Vance"),
        ("NAME", "Henry"),
        ("DATE", "Feb. 27"),
    ],
    note="Patient's family surname, home town, first name and date of death. Alzheimer's is an eponymous condition.",
)

# ---------------------------------------------------------------- public figures

# 133
n(
    "en",
    "public_figure",
    "The Grizzlies came to visit! 🐻 Guard Marcus Tillman and center DeVonte Price spent the morning signing casts and playing Uno on our peds floor. Thank you, @memgrizz, for making Tuesday the best day ever.",
    "Visiting athletes (public figures) and their team's handle; no patient named.",
)

# 134
n(
    "en",
    "public_figure",
    "B.B. King was born on a cotton plantation near Itta Bena on Sept. 16, 1925. This week our lobby pianist is playing his songs every afternoon. The thrill is NOT gone. 🎸",
    "A historical figure's birth date and birthplace are not labelled.",
)

# 135
p(
    "en",
    "public_figure",
    "With his permission: Grizzlies guard Tavion Banks, who tore his ACL on Jan. 28, has been doing rehab at our Memphis sports medicine center. Tavion stayed an extra hour Monday to shoot free throws with kids from our sickle cell clinic. 🏀",
    [
        ("NAME", "Tavion Banks"),
        ("DATE", "Jan. 28"),
        ("NAME", "Tavion", 2),
    ],
    note="A public figure who is our patient: as a patient his name and injury date are labelled.",
)

# 136
n(
    "en",
    "public_figure",
    "On April 4, 1968, Dr. Martin Luther King Jr. was shot in Memphis. 57 years later, our chaplains will lead a moment of silence at 6:01 p.m. in both lobbies.",
    "A historical figure's date and city; the event time is the hospital's.",
)

# 137
p(
    "en",
    "public_figure",
    "Gospel legend Inez Barlow, 90, of the famous Barlow Singers, asked us to thank our Clarksdale heart team for getting her back on her feet in time for the Easter revival. She sang for us before discharge. We'll never be the same. 🎶",
    [
        ("NAME", "Inez Barlow"),
        ("AGE", "90"),
        ("NAME", "Barlow", 2),
    ],
    note="A public figure who is the patient: name, age over 89, and her surname inside the group's name. The Easter revival is an event, not her date.",
)

# 138
n(
    "en",
    "public_figure",
    "Civil rights hero Fannie Lou Hamer, of Ruleville, said 'I'm sick and tired of being sick and tired.' Our Delta health equity work is built on her words. #FannieLouHamer",
    "Historical figure, her home town and a hashtag with her name: public figures are never labelled.",
)

# 139
n(
    "en",
    "public_figure",
    "Happy birthday to the King! 👑 Elvis was born Jan. 8 in Tupelo and got his start right here in Memphis. Our Memphis lobby DJ is playing nothing but Elvis today.",
    "A public figure's birth date and birthplace.",
)

# 140
p(
    "en",
    "public_figure",
    "Prayers up for Big T 🙏 The Clarksdale bluesman collapsed on stage Saturday night and is in our cardiac ICU. His band says the show will go on when he's ready. #PrayForBigT",
    [
        ("NAME", "Big T"),
        ("GEO", "Clarksdale"),
        ("NAME", "#PrayForBigT"),
    ],
    note="A local performer who is now a patient: his stage name, the town he is from ('the Clarksdale bluesman' is where he lives, not the hospital campus) and the name hashtag.",
)

# 141
n(
    "en",
    "public_figure",
    "Memphis Mayor Delphine Hurst toured our new trauma tower today with State Sen. Alvin Curry. Thank you for supporting Level 1 trauma care for the Mid-South!",
    "Public officials visiting; not patients.",
)

# 142
p(
    "en",
    "public_figure",
    "State Sen. Robert Earl Higgins wants you to know: 'Get your heart checked.' The senator had bypass surgery at our Clarksdale campus on 2/14 and is back at the Capitol this week. ❤️",
    [
        ("NAME", "Robert Earl Higgins"),
        ("DATE", "2/14"),
    ],
    note="A public official who is our patient: his name and surgery date are labelled.",
)

# ---------------------------------------------------------------- eponymous conditions

# 143
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma is one of the most curable cancers. Swollen lymph nodes that don't go away, night sweats, weight loss? Get checked. Our cancer center in Memphis can see you within a week.",
    "Eponymous condition; no patient.",
)

# 144
p(
    "en",
    "eponymous_condition",
    "Jerome Hodge was 19 when he heard the words 'Hodgkin lymphoma.' Five years later he's a deckhand on the Mississippi and cancer-free. Jerome, keep that river rolling. 🚢",
    [
        ("NAME", "Jerome Hodge"),
        ("NAME", "Jerome", "*"),
    ],
    note="A patient whose surname resembles the eponym; Hodgkin is not labelled; age 19 not labelled.",
)

# 145
n(
    "en",
    "eponymous_condition",
    "Alzheimer's caregivers: you are not alone. Our support group meets the 2nd Tuesday of each month at Mt. Pisgah CME in Clarksdale. Free respite care provided.",
    "Eponymous condition and an event schedule.",
)

# 146
n(
    "en",
    "eponymous_condition",
    "ALS, also called Lou Gehrig's disease, affects about 30,000 Americans. Join the Walk to Defeat ALS at Shelby Farms on Oct. 5 and help our neuromuscular clinic. 💙",
    "Eponymous condition named after a public figure; an event date.",
)

# 147
p(
    "en",
    "eponymous_condition",
    "Addison Crowe was 24 when a salt craving and a tan that wouldn't fade turned out to be Addison's disease. Yes, she's heard every joke. Addison says the best part of her diagnosis was meeting our endocrine team. 💛",
    [
        ("NAME", "Addison Crowe"),
        ("NAME", "Addison", 3),
    ],
    note="A patient who shares her first name with the eponym: the name is labelled, the second 'Addison' (in the disease name) is not.",
    ok=("Addison",),
)

# 148
n(
    "en",
    "eponymous_condition",
    "Sudden face drooping could be Bell's palsy, or it could be a stroke. Don't guess. Call 911 and let us figure it out. #StrokeAwareness",
    "Eponymous condition tip.",
)

# 149
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is March 21 🧦🧦 Wear mismatched socks and share a pic of your #LotsOfSocks! Our pediatric therapists will be in bright socks all day.",
    "Eponymous condition and an awareness day date.",
)

# 150
p(
    "en",
    "eponymous_condition",
    "Parker is 6, loves Grizz, and had Kawasaki disease last fall. Today his echo was perfect. ❤️ Big thanks to his nana, Mrs. Dorothea Kent, who noticed his red eyes and strawberry tongue first.",
    [
        ("NAME", "Parker"),
        ("NAME", "Dorothea Kent"),
    ],
    note="Child and grandmother named; Kawasaki (an eponym), Grizz (the mascot) and 'last fall' are not labelled.",
)

# 151
n(
    "en",
    "eponymous_condition",
    "Crohn's & colitis support group 💬 Our GI nurse Harriet Lang leads it on the first Monday of each month at the Memphis campus. Snacks are Crohn's-friendly. 😉",
    "Eponymous condition; the nurse is staff.",
)

# ---------------------------------------------------------------- sponsors

# 152
n(
    "en",
    "sponsor",
    "Thank you to Hollister Farms Catfish of Belzoni for sponsoring this year's Sickle Cell Camp! 84 kids got a week of swimming, fishing and fun with our nurses on site. 🎣",
    "A corporate sponsor and its town; campers are anonymous.",
)

# 153
n(
    "en",
    "sponsor",
    "The ribbon is cut on the Whitfield Family Cancer Pavilion! Thank you to Lamar and Gwendolyn Whitfield for their $4 million gift to bring radiation therapy to Clarksdale. ✂️",
    "Donors who name a building are never labelled.",
)

# 154
p(
    "en",
    "sponsor",
    "The Carrington family just gave $50,000 to our NICU in memory of their grandson Beau, born here on Mother's Day 2019 and gone too soon. Every new isolette will carry a little brass bee, because Beau loved bees. 🐝",
    [
        ("NAME", "Carrington"),
        ("NAME", "Beau", "*"),
        ("DATE", "Mother's Day 2019"),
    ],
    note="Donors introduced as a patient's relatives are labelled; the baby's name twice; his birth day is a holiday with attached year (one span).",
)

# 155
n(
    "en",
    "sponsor",
    "Big thanks to the Memphis Grizzlies Foundation for funding two new sickle cell infusion chairs and a PlayStation for every teen room at Lamar Avenue. 🎮 #GrizzNation",
    "A sponsor foundation; the campaign hashtag is not a name.",
)

# 156
p(
    "en",
    "sponsor",
    "This year's Gospel Brunch is presented by Belzoni Fresh Catfish, whose owner Dale Pickering says he's doing it for his wife Nan, who finished chemo with our oncology team in May. Tickets at dbrhfoundation.org 🎶",
    [
        ("NAME", "Dale Pickering"),
        ("NAME", "Nan"),
        ("DATE", "May"),
    ],
    note="A sponsor who is a patient's husband is labelled, as are the patient and the month she finished treatment. The company and the Foundation domain are not labelled.",
)

# 157
n(
    "en",
    "sponsor",
    "Our homecoming tailgate is sponsored by 27 churches, 3 catfish farms and one very generous barbecue joint on Highway 61. Thank you, Delta! 🍖",
    "Sponsors by count; the highway is a business location.",
)

# 158
p(
    "en",
    "sponsor",
    "Meet the newest sponsor of our Sickle Cell 5K: Lil Mike's Tire & Lube. Owner Michael Sledge Sr. lost his son Mikey to a sickle cell crisis in our ER at age 22, and he says 'every mile is for my boy.' #MilesForMikey",
    [
        ("NAME", "Michael Sledge Sr."),
        ("NAME", "Mikey"),
        ("NAME", "#MilesForMikey"),
    ],
    note="A sponsor who is the father of a patient; the patient's nickname and memorial hashtag. The business name 'Lil Mike's' is the father's shop and is left unlabelled (employer/business rule); age 22 not labelled.",
)

# ---------------------------------------------------------------- hospital contact

# 159
n(
    "en",
    "hospital_contact",
    "Save these numbers 📲 Memphis main: (901) 555-0100 · Sickle Cell Center: (901) 555-0123 · Clarksdale: (662) 555-0131 · Línea en español: (662) 555-0186 · Crisis line: 988",
    "Hospital's own numbers and a national crisis line.",
)

# 160
p(
    "en",
    "hospital_contact",
    "can someone PLEASE call me back about my son's bill?? acct 00-7781-3302, his name is Dominic Farr, my number is 901.555.0172. been on hold 2 hrs with (901) 555-0100 😤",
    [
        ("ACCOUNT", "00-7781-3302"),
        ("NAME", "Dominic Farr"),
        ("PHONE", "901.555.0172"),
    ],
    note="Parent's public comment: the patient's account number and name, and the parent's phone; the hospital's switchboard is not labelled.",
)

# 161
n(
    "en",
    "hospital_contact",
    "SCAM ALERT 🚨 People are getting calls from (901) 555-0166 claiming to be Delta Bluff billing. That is NOT us. We will never ask for a card number by phone. Real billing: (901) 555-0100.",
    "A scammer's number is not a patient's; the other number is the hospital's own.",
)

# 162
n(
    "en",
    "hospital_contact",
    "Visitor hours at both campuses: 7am-9pm. Parking at 1200 Riverside Boulevard is free for patients' families with a validated ticket. Clarksdale parking is always free. 🚗",
    "The hospital's own address and hours.",
)

# 163
p(
    "en",
    "hospital_contact",
    "To the family of Mr. Leland Goins: we found his dentures 😂 They're at the 6 East nurses' station. Please call the desk at (901) 555-0100.",
    [
        ("NAME", "Leland Goins"),
    ],
    note="Patient named (first name is also a Mississippi town); the number is the hospital's own.",
)

# 164
n(
    "en",
    "hospital_contact",
    "DM us @DeltaBluffHealth, email info@deltabluff.org, or find our sickle cell team at @DBRHSickleCell. For medical emergencies, always call 911. Poison Control: 1-800-222-1222.",
    "Hospital handles and email, national lines.",
)

# 165
p(
    "en",
    "hospital_contact",
    "Reply to a comment: Hi Ms. Tasha! So sorry about the wait. We've passed your callback (662-555-0121) to the Clarksdale billing team, and they'll call about your mother, Mrs. Evangeline Price, by end of day. 💙",
    [
        ("NAME", "Tasha"),
        ("PHONE", "662-555-0121"),
        ("NAME", "Evangeline Price"),
    ],
    note="A patient's daughter and her callback number (close to but not a hospital number), and the patient's name.",
)

# ---------------------------------------------------------------- campaign hashtags

# 166
n(
    "en",
    "campaign_hashtag",
    "Bluff City, show your red! 🩸 Wear red Friday for sickle cell and tag us: #DeltaBluffStrong #RedForSickleCell #BluffCityProud",
    "Campaign hashtags only.",
)

# 167
p(
    "en",
    "campaign_hashtag",
    "Peaches is 6, loves pink, and starts her third round of chemo tomorrow. Send her your pink selfies! 💗 #PrayersForPeaches #DeltaBluffStrong #PinkOut",
    [
        ("NAME", "Peaches"),
        ("NAME", "#PrayersForPeaches"),
    ],
    note="A nickname that is an ordinary word, and a name hashtag; the other tags are campaign tags.",
)

# 168
n(
    "en",
    "campaign_hashtag",
    "#JuneteenthJoy is back! All week we're sharing stories of Black health pioneers in the Delta. Today: Dr. Hattie Dorsey, who opened Clarksdale's first clinic for Black families in 1946. #BlackHealthHistory",
    "Campaign hashtags and a historical physician.",
)

# 169
p(
    "en",
    "campaign_hashtag",
    "the whole 5th floor rocking orange for big mike today 🧡🧡🧡 #BigMikeStrong #OrangeOut",
    [
        ("NAME", "big mike"),
        ("NAME", "#BigMikeStrong"),
    ],
    note="Lower-case nickname and the name hashtag. #OrangeOut is a campaign tag.",
)

# 170
n(
    "en",
    "campaign_hashtag",
    "What does #HomecomingHeroes mean to you? Tag a nurse, a tech, a chaplain or a housekeeper who made your family's stay better. We'll feature one every day this month!",
    "A campaign hashtag inviting staff nominations.",
)

# 171
p(
    "en",
    "campaign_hashtag",
    "#RiverRatsForRiley 🛶 The Sunflower River canoe club paddled 20 miles Saturday to raise money for Riley Buckner's family. Riley is 9, has leukemia, and is the club's youngest member.",
    [
        ("NAME", "#RiverRatsForRiley"),
        ("NAME", "Riley Buckner"),
        ("NAME", "Riley", 2),
    ],
    note="The name is at the end of the hashtag; full name with possessive; first name alone. Age 9 is not labelled.",
)

# 172
n(
    "en",
    "campaign_hashtag",
    "#GrizzNation took over our peds floor today 🐻 Thank you to the Grizz mascot and the Grizz Girls for the dance party! #GrindCity #DeltaBluffStrong",
    "Team and campaign hashtags; mascot and dance team are not people's names.",
)

# 173
p(
    "en",
    "campaign_hashtag",
    "Tiny fighter update: #LilJoJo is OFF oxygen! 🎈 The NICU grads wall got a new pic this morning. Keep the prayers coming for Josiah and his mama Brittany.",
    [
        ("NAME", "#LilJoJo"),
        ("NAME", "Josiah"),
        ("NAME", "Brittany"),
    ],
    note="Name hashtag built on a nickname; the baby's given name and mother. The wall photo is not said to show him, so no PHOTO span.",
)

# ---------------------------------------------------------------- Spanish posts

# 174
p(
    "es",
    "patient_story",
    "La pequeña Yoselin Banegas, de 5 años, llegó desde Juticalpa con un soplo en el corazón. Hoy, después de su cirugía del 3 de marzo, corre por todo el pasillo del 4 Norte. Su mamá, Nohemy, no deja de sonreír. 💙🇭🇳",
    [
        ("NAME", "Yoselin Banegas"),
        ("GEO", "Juticalpa"),
        ("DATE", "3 de marzo"),
        ("NAME", "Nohemy"),
    ],
    note="'La pequeña' is not in the span; Honduran home city; surgery date; mother. '4 Norte' is a unit.",
)

# 175
p(
    "es",
    "patient_story",
    "q bendicion!! mi abuelito don chepe salio hoy del hospital despues de 2 semanas, gracias a todas las enfermeras del piso 6 😭🙏 #FuerzaChepe (comentario compartido con permiso de la familia)",
    [
        ("NAME", "chepe"),
        ("NAME", "#FuerzaChepe"),
    ],
    note="Lower-case nickname without accents and a name hashtag; 'piso 6' is a floor.",
)

# 176
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe! 🌹 Nació el 12/12 a las 6:15 de la mañana, el mero día de la Virgen, hija de Rocío y Edgar Salgado, de Clarksdale. ¡Qué regalo!",
    [
        ("NAME", "Guadalupe"),
        ("DATE", "12/12"),
        ("DATE", "día de la Virgen"),
        ("NAME", "Rocío"),
        ("NAME", "Edgar Salgado"),
        ("GEO", "Clarksdale"),
    ],
    note="Baby named after the feast she was born on: numeric date and the feast day both labelled; parents; the family's home town (here Clarksdale is their home, not the campus).",
)

# 177
p(
    "es",
    "birth_announcement",
    "Primer bebé del Año Nuevo en Memphis: Mateo Cruz Alvarado, nacido a las 12:03 a.m. del 1 de enero. Sus papás, Iris y Josué, son de Comayagua y ahora viven en Hickory Hill. 🎆",
    [
        ("DATE", "Año Nuevo"),
        ("NAME", "Mateo Cruz Alvarado"),
        ("DATE", "1 de enero"),
        ("NAME", "Iris"),
        ("NAME", "Josué"),
        ("GEO", "Comayagua"),
        ("GEO", "Hickory Hill"),
    ],
    note="Birth day written as the holiday and as a date (both); double surname; parents; their Honduran home city and Memphis neighbourhood.",
)

# 178
p(
    "es",
    "discharge",
    "Don Ramiro Zúñiga, de 96 años, se fue a casa hoy después de vencer una neumonía. Nos dijo que ya extrañaba a sus gallinas en Lake Cormorant. ¡Cuídese mucho, don Ramiro! 🐓",
    [
        ("NAME", "Ramiro Zúñiga"),
        ("AGE", "96"),
        ("GEO", "Lake Cormorant"),
        ("NAME", "Ramiro", "*"),
    ],
    note="Honorific excluded; age over 89; home town; first name repeated.",
)

# 179
p(
    "es",
    "thank_you",
    "Gracias, familia Lagos, por el pastel de tres leches para el equipo de pediatría. Su hijo Brayan (habitación 512) dice que las enfermeras son 'las más chidas de Tennessee.' 🎂",
    [
        ("NAME", "Lagos"),
        ("NAME", "Brayan"),
        ("OTHER_ID", "habitación 512"),
    ],
    note="Family surname that is also a word/city name; the child and his room number.",
)

# 180
p(
    "es",
    "memorial",
    "Descansa en paz, Reyna Isabel Mejía (1 de abril – 30 de agosto). Nuestra paciente más valiente de la clínica de células falciformes. Siempre llegaba con música de Marco Antonio Solís. Te extrañaremos. 🕊️",
    [
        ("NAME", "Reyna Isabel Mejía"),
        ("DATE", "1 de abril"),
        ("DATE", "30 de agosto"),
    ],
    note="Birth and death dates written without years; the singer she liked is a public figure.",
)

# 181
p(
    "es",
    "milestone_birthday",
    "Flores, mariachi y pastel: así celebramos los cien años de doña Eusebia Flores en la unidad de rehabilitación de Clarksdale. Nos dijo que el secreto es 'frijoles y fe.' 🌸",
    [
        ("AGE", "cien"),
        ("NAME", "Eusebia Flores"),
    ],
    note="Age 100 in Spanish words; the first 'Flores' is the word flowers, not her surname, and is left unlabelled (only 'Eusebia Flores' is a labelled string).",
)

# 182
p(
    "es",
    "pasted_record",
    "Pte: ORELLANA, JOSÉ D. | NSS 412-55-0187 | Medicaid MS 009213366 | Dirección: 214 Pecan St., Clarksdale | Idioma: español",
    [
        ("NAME", "ORELLANA, JOSÉ D."),
        ("SSN", "412-55-0187"),
        ("HEALTH_PLAN", "009213366"),
        ("GEO", "214 Pecan St."),
        ("GEO", "Clarksdale"),
    ],
    note="Chart line: name, Social Security number (NSS), Medicaid ID value only, street address with number, and city.",
)

# 183
p(
    "es",
    "pasted_record",
    "Recado para trabajo social: la señora Marleny Paz (cuarto 7, cama B) no tiene transporte para su cita del 14/05. Hija: Keyla, 901 555 0119, keyla.paz@yahoo.com",
    [
        ("NAME", "Marleny Paz"),
        ("OTHER_ID", "cuarto 7"),
        ("OTHER_ID", "cama B"),
        ("DATE", "14/05"),
        ("NAME", "Keyla"),
        ("PHONE", "901 555 0119"),
        ("EMAIL", "keyla.paz@yahoo.com"),
    ],
    note="Room and bed separately; appointment date tied to her; daughter's name, phone with spaces and email.",
)

# 184
p(
    "es",
    "staff_spotlight",
    "Reina Bonilla, de nuestro equipo de limpieza en Clarksdale, pasó de cuidar nuestros pasillos a ser nuestra paciente: la operamos de la vesícula el 9 de octubre. ¡Ya regresó al trabajo! Reina, eres una reina. 👑",
    [
        ("NAME", "Reina Bonilla"),
        ("DATE", "9 de octubre"),
        ("NAME", "Reina", "*"),
    ],
    note="A staff member who was a patient; her first name also means 'queen' (the lower-case word is not labelled).",
)

# 185
p(
    "es",
    "health_tip",
    "Doña Maricela, de Robinsonville, nos pidió compartir su historia: pasó años sin revisar su azúcar y llegó a urgencias con 600. Hoy se cuida y les dice: '¡Háganse el examen, es gratis!' 🩸",
    [
        ("NAME", "Maricela"),
        ("GEO", "Robinsonville"),
    ],
    note="A tip built on a named patient and her home town; the glucose value is not an identifier.",
)

# 186
p(
    "es",
    "event",
    "¡Felicidades a la familia Zelaya, de Horn Lake, ganadores del concurso de baleadas en nuestra Feria de Salud Hispana! Don Wilfredo nos contó que hace un año estuvo en nuestra UCI. 🇭🇳",
    [
        ("NAME", "Zelaya"),
        ("GEO", "Horn Lake"),
        ("NAME", "Wilfredo"),
    ],
    note="A former patient and his family at an event: family surname, home town and his first name. The fair is the hospital's event.",
)

# 187
p(
    "es",
    "crisis_update",
    "AVISO: Buscamos a los familiares de un paciente que llegó anoche a urgencias sin identificación. Dice llamarse Nando y ser de San Pedro Sula. Si lo conoce, llame a nuestra línea en español: (662) 555-0186.",
    [
        ("NAME", "Nando"),
        ("GEO", "San Pedro Sula"),
    ],
    note="Unidentified patient's stated nickname and home city; the number is the hospital's own.",
)

# 188
p(
    "es",
    "research",
    "Gracias a don Efraín Turcios, de 93 años, el primer participante hispano en nuestro estudio de memoria y envejecimiento. 'Si mi cerebro ayuda a otros, pues que lo estudien,' nos dijo. 🧠",
    [
        ("NAME", "Efraín Turcios"),
        ("AGE", "93"),
    ],
    note="Research participant's name and age over 89.",
)

# 189
p(
    "es",
    "public_figure",
    "Con su permiso: Ernesto 'El Gallo' Portillo, el locutor de La Ley 104.7, fue operado de la rodilla el 20 de enero en nuestro campus de Memphis. ¡Ya volvió al aire! 🎙️",
    [
        ("NAME", "Ernesto 'El Gallo' Portillo"),
        ("DATE", "20 de enero"),
    ],
    note="A radio personality (public figure) who is the patient: name with quoted nickname and surgery date. The station frequency 104.7 is not an age.",
)

# 190
p(
    "es",
    "eponymous_condition",
    "Doña Graciela tiene 91 años y vive con Alzheimer desde hace cinco. Su nieto le lee la Biblia cada tarde en nuestra sala de memoria. El amor no se olvida. 💜",
    [
        ("NAME", "Graciela"),
        ("AGE", "91"),
    ],
    note="Patient's name and age over 89; Alzheimer is an eponymous condition.",
)

# 191
p(
    "es",
    "campaign_hashtag",
    "#FuerzaDaniela 💪 Daniela Membreño, de 16 años, empieza hoy su tratamiento. Sus compañeros de la escuela se pintaron el pelo de morado. ¡Estamos contigo! #FamiliasDelDelta",
    [
        ("NAME", "#FuerzaDaniela"),
        ("NAME", "Daniela Membreño"),
    ],
    note="Name hashtag and full name; #FamiliasDelDelta is a campaign tag; age 16 not labelled.",
)

# 192
p(
    "es",
    "hospital_contact",
    "Buenas, mi papá Feliciano Rosales está en la habitación 220 y nadie nos contesta en el (662) 555-0131. Mi cel es 662-555-0193. Gracias. (comentario de Facebook)",
    [
        ("NAME", "Feliciano Rosales"),
        ("OTHER_ID", "habitación 220"),
        ("PHONE", "662-555-0193"),
    ],
    note="A relative's comment: the patient's name and room, the relative's cell phone. The Clarksdale main line is the hospital's own.",
)

# 193
n(
    "es",
    "health_tip",
    "Si trabaja en los estanques de bagre o en la pizca, tome agua cada 15 minutos aunque no tenga sed. Si alguien se confunde o deja de sudar, llame al 911. ¡El calor del Delta no perdona! 🥵",
    "General heat-safety tip.",
)

# 194
n(
    "es",
    "health_tip",
    "La vacuna contra la gripe es GRATIS en nuestras clínicas, sin importar su estatus migratorio. No le pedimos papeles. Llame al (662) 555-0186 para hacer cita. 💉",
    "General tip with the hospital's own Spanish line.",
)

# 195
n(
    "es",
    "milestone_birthday",
    "¡Nuestra voluntaria más querida, doña Chela Ventura, cumple 95 años! Lleva 20 años traduciendo para las familias en Clarksdale. ¡Feliz cumpleaños, doña Chela! 🎉",
    "A volunteer's name and age: volunteers are never labelled, even over 89.",
)

# 196
n(
    "es",
    "event",
    "Feria de salud en Clarksdale el 15 de septiembre, Día de la Independencia de Honduras 🇭🇳. Habrá presión arterial, glucosa, vacunas y baleadas. En el 455 Sunflower Avenue, de 10 a 2.",
    "An event date (a national holiday that is nobody's patient event) and the hospital's own address.",
)

# 197
n(
    "es",
    "event",
    "Misa de la Virgen de Guadalupe en la capilla del hospital de Memphis, el 12 de diciembre a las 7 p.m. Todas las familias son bienvenidas. Habrá mañanitas y pan dulce. 🌹",
    "A feast-day event date, not tied to any patient.",
)

# 198
n(
    "es",
    "statistic",
    "Datos: el 23% de los pacientes de nuestro campus de Clarksdale prefieren atención en español. El año pasado ofrecimos más de 14,000 horas de interpretación en español, mam y garífuna.",
    "Aggregate statistics.",
)

# 199
n(
    "es",
    "statistic",
    "Más de 90 familias hondureñas recibieron despensas y chequeos gratis en nuestra jornada de salud. ¡Gracias a los 40 voluntarios! 🙌",
    "'90' is a count of families, not an age.",
)

# 200
n(
    "es",
    "recruitment",
    "¡Estamos contratando intérpretes bilingües (español-inglés) para Memphis y Clarksdale! Envíe su currículum a empleos@deltabluff.org o llame al (901) 555-0100.",
    "Job post with the hospital's own email and number.",
)

# 201
n(
    "es",
    "recruitment",
    "Buscamos promotoras de salud que conozcan la comunidad hondureña y mexicana del Delta. Si usted es de confianza en su iglesia o su colonia, ¡lo queremos en el equipo!",
    "Recruitment; no person named.",
)

# 202
n(
    "es",
    "crisis_update",
    "AVISO: Por la tormenta, la clínica en español de Clarksdale cierra hoy a las 3 p.m. Urgencias sigue abierta las 24 horas. Información: @DeltaBluffSalud",
    "Closure notice with the hospital's handle.",
)

# 203
n(
    "es",
    "crisis_update",
    "Nuestro hospital es un lugar seguro. Atendemos a todas las personas sin importar su estatus migratorio, y no compartimos su información con nadie sin su permiso. 💙",
    "A policy statement; no patient.",
)

# 204
n(
    "es",
    "research",
    "Estudio sobre diabetes en familias hispanas del Delta: buscamos participantes mayores de 18 años. Recibirá una tarjeta de regalo de $50. Información: (901) 555-0123.",
    "Study recruitment; a population age and the hospital's number.",
)

# 205
n(
    "es",
    "public_figure",
    "El cónsul de Honduras en Nueva Orleans, el licenciado Marco Tulio Reyes, visitó nuestra clínica de Clarksdale para conocer a las familias hondureñas del Delta. ¡Gracias por venir!",
    "A public official visiting; not a patient.",
)

# 206
n(
    "es",
    "public_figure",
    "El conjunto norteño Los Tigres del Delta tocó en la sala de espera de urgencias para celebrar el Día del Niño. ¡Hasta los doctores bailaron! 🪗",
    "Performers and an observance; no patient.",
)

# 207
n(
    "es",
    "eponymous_condition",
    "¿Vivió en Honduras o en el sur de México? Pregunte por la prueba de la enfermedad de Chagas. Es gratis en nuestra clínica de Clarksdale. El diagnóstico a tiempo salva el corazón. ❤️",
    "Eponymous condition (Chagas); countries are not GEO.",
)

# 208
n(
    "es",
    "eponymous_condition",
    "Grupo de apoyo para familias que viven con el mal de Parkinson: el primer sábado de cada mes en la capilla de Memphis. Con intérprete y café. ☕",
    "Eponymous condition and a support group schedule.",
)

# 209
n(
    "es",
    "sponsor",
    "Gracias al Supermercado La Hondureña de Memphis por donar 500 canastas navideñas a las familias de nuestros pacientes. ¡Dios les bendiga! 🎄",
    "A business sponsor.",
)

# 210
n(
    "es",
    "sponsor",
    "La Fundación Castillo-Ramos donó una ambulancia nueva para el campus de Clarksdale. Gracias a don Arturo y doña Leticia Castillo-Ramos por su generosidad. 🚑",
    "Donors who name a foundation are never labelled.",
)

# 211
n(
    "es",
    "hospital_contact",
    "¿Necesita intérprete? Es gratis. Pídalo al llegar o llame a la Línea en español: (662) 555-0186. Síganos en @DeltaBluffSalud y visite deltabluff.org/espanol.",
    "Hospital contact details only.",
)

# 212
n(
    "es",
    "campaign_hashtag",
    "Este mes celebramos a nuestras familias latinas del Delta con #FamiliasDelDelta y #SaludParaTodos. Comparta una foto de su familia en el campus y etiquétenos. 📸",
    "Campaign hashtags only.",
)

# 213
n(
    "es",
    "anonymous_story",
    "Un señor de 87 años de Michoacán llegó a urgencias con su guitarra. Le cantó a su enfermera 'Cielito lindo' mientras le ponían el suero. Así se cura el alma. 🎸",
    "Unnamed patient, age under 90; Michoacán is a Mexican state, not smaller than a state.",
)

# 214
n(
    "es",
    "staff_spotlight",
    "Conozca a nuestras intérpretes: Yessenia Portillo (de Olancho, Honduras) y Marisol Ruiz (de Guanajuato, México) ayudan a más de 60 familias cada día. ¡Gracias, muchachas! 💬",
    "Staff interpreters and their origins: staff are never labelled.",
)

# 215
n(
    "es",
    "anonymous_story",
    "Anoche una mamá hondureña dio a luz en el estacionamiento del campus de Clarksdale. Nuestros guardias de seguridad y una enfermera del turno de noche recibieron al bebé. ¡Bienvenido al mundo, chiquito! 👶",
    "An anonymous birth; the parking lot is the hospital's own and 'anoche' is relative.",
)

# ---------------------------------------------------------------- more English posts

# 216
p(
    "en",
    "anonymous_story",
    "2:14 a.m., Clarksdale ER. The man in bed 22 asked if anybody knew the words to 'Down by the Riverside.' Three nurses and a respiratory therapist did. We didn't get his name, but we'll never forget that verse.",
    [
        ("OTHER_ID", "bed 22"),
    ],
    note="Nameless story carrying one identifier: the bed number tied to the patient.",
)

# 217
p(
    "en",
    "anonymous_story",
    "A 102-year-old great-great-grandmother finished her last round of wound care with us today and asked for one thing before she left: a cup of coffee 'strong enough to stand a spoon in.' Done, ma'am. ☕",
    [
        ("AGE", "102-year-old"),
    ],
    note="Unnamed patient, but her exact age is over 89, which is an identifier.",
)

# 218
p(
    "en",
    "patient_story",
    "Pictured: Marcus 'Moose' Lyles, 16, in the jersey his Grizzlies heroes signed for him during his 9 days in our burn unit. Moose's grandmother says he hasn't taken it off since. 🏀🔥",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Marcus 'Moose' Lyles"),
        ("NAME", "Moose", "*"),
    ],
    note="The photo is said to show the patient (PHOTO cue); name with nickname, nickname reused; age 16 not labelled.",
)

# 219
p(
    "en",
    "birth_announcement",
    "📸 Baby Nova, born on the 1st at 11:59 p.m., one minute from being a 2nd-of-the-month baby! Pic shared with mom Alexis's blessing. Welcome, sweet girl.",
    [
        ("PHOTO", "Pic"),
        ("NAME", "Nova"),
        ("DATE", "1st"),
        ("NAME", "Alexis"),
    ],
    note="Photo cue; baby and mother; the day of the month alone is her birth date ('2nd-of-the-month' is a joke about a day that is not hers).",
)

# 220
p(
    "en",
    "memorial",
    "Many of you asked how to help the Cantú family bring their father home to Nuevo Laredo for burial. Their fundraiser is at gofundme.com/f/cantu-family-funeral. Our chaplains are praying with them. 🕯️",
    [
        ("NAME", "Cantú"),
        ("GEO", "Nuevo Laredo"),
        ("URL", "gofundme.com/f/cantu-family-funeral"),
    ],
    note="Family surname, the foreign home city, and the family's fundraiser URL (which contains the name, one span).",
)

# 221
p(
    "en",
    "thank_you",
    "To the blood donor whose O-negative saved Alicia Jeffries after her delivery on Dec. 5: her family would love to thank you in person. Reach them at jeffriesfamily901@gmail.com. 🩸❤️",
    [
        ("NAME", "Alicia Jeffries"),
        ("DATE", "Dec. 5"),
        ("EMAIL", "jeffriesfamily901@gmail.com"),
    ],
    note="Patient, her delivery date and the family's email; the anonymous donor is not labelled.",
)

# 222
p(
    "en",
    "staff_spotlight",
    "Our HR director Pam Gaither spent her lunch breaks this month in our rehab gym, cheering on her mother, Mrs. Odell Gaither, who turned 93 there on the 17th. Like mother, like daughter: neither one quits. 💪",
    [
        ("NAME", "Pam Gaither"),
        ("NAME", "Odell Gaither"),
        ("AGE", "93"),
        ("DATE", "17th"),
    ],
    note="A staff member who is a patient's daughter is labelled as the patient's relative; the patient's name, age over 89 and birthday (day of the month alone).",
)

# 223
p(
    "en",
    "hospital_contact",
    "LOST & FOUND 🔑 Keys to a red F-150, TN plate 7H4-29K, found in the Riverside garage. They belong to the family visiting room 604. Please pick up at the main security desk or call (901) 555-0100.",
    [
        ("VEHICLE", "7H4-29K"),
        ("OTHER_ID", "room 604"),
    ],
    note="A family's licence plate (value only) and the patient's room number; the garage and number are the hospital's own.",
)

# 224
p(
    "en",
    "patient_story",
    "Heart warrior alert 💓 Amara was born with half a heart and just got through surgery number three. Her mom posts updates at caringbridge.org/visit/amarajoy and on IG @amaras_heart_journey. Go give them some love!",
    [
        ("NAME", "Amara"),
        ("URL", "caringbridge.org/visit/amarajoy"),
        ("OTHER_ID", "@amaras_heart_journey"),
    ],
    note="Child's first name, the family's update URL, and the family's social handle (OTHER_ID).",
)

# 225
n(
    "en",
    "patient_story",
    "We'll call her Miss Magnolia (not her real name; she'd never forgive us). She's been coming to our wound clinic every week for a year and brings a different pound cake every time. This week: lemon. 🍋",
    "The name is an explicitly declared pseudonym, not the patient's name, so it identifies no one; 'every week for a year' is a duration.",
)

# 226
n(
    "en",
    "patient_story",
    "Thirty years ago, our Sickle Cell Center's very first patient was a shy 7-year-old who hid behind her mama. This week she brought her own kids in for their checkups, and she's the one doing the reassuring now. 💜",
    "An anonymous story with no name, date or other identifier.",
)

# 227
n(
    "en",
    "health_tip",
    "Whether you're 19 or 99, wash your hands before you touch that potato salad. Food poisoning sends hundreds of Delta folks to the ER every July Fourth weekend. 🥔🧼",
    "A hypothetical age and a holiday that is nobody's patient event.",
)

# 228
n(
    "en",
    "health_tip",
    "Sickle cell families: pharmacies close early Dec. 24 and 25. Refill your hydroxyurea and pain meds this week, and keep our clinic number handy: (901) 555-0123. 🎄",
    "Holiday dates of pharmacy closures and the hospital's own number.",
)

# 229
n(
    "en",
    "statistic",
    "Life expectancy in Coahoma County is 69. In the suburbs of Shelby County it's 79. Ten years, forty miles apart. That's why our Clarksdale campus exists. #HealthEquity",
    "Population statistics by county.",
)

# 230
n(
    "en",
    "recruitment",
    "Travel nurses: come spend 13 weeks in Memphis! Free parking, Grizzlies ticket discounts and the best barbecue in the country. Apply at deltabluff.org/careers 🍖",
    "Job post with the hospital's own domain.",
)

# 231
n(
    "en",
    "sponsor",
    "Thank you to the Delta Blues Museum for lending us 12 vintage guitars for our lobby exhibit. Come see Muddy Waters' cabin photos through March 31!",
    "Sponsor, a historical musician, and an exhibit date.",
)

# 232
n(
    "en",
    "hospital_contact",
    "Our new patient portal is live! Log in at deltabluff.org/mychart. Forgot your username? Call (901) 555-0100 and press 4. Never share your login with anyone who calls you. 🔐",
    "Portal instructions with the hospital's own domain and number.",
)

# 233
n(
    "en",
    "hospital_contact",
    "Members of the media: please contact media relations at (901) 555-0199 or media@deltabluff.org. We do not confirm patient names or conditions without written consent.",
    "Hospital's own number and email.",
)

# 234
n(
    "en",
    "campaign_hashtag",
    "It's #SickleCellSaturday! Every Saturday this month we're sharing facts from our team. Today: sickle cell trait is NOT the disease, but it matters. Know your status. #KnowYourStatus",
    "Campaign hashtags; a weekday.",
)

# 235
n(
    "en",
    "campaign_hashtag",
    "#TeamDeltaBluff ran the St. Jude Memphis Marathon 42 strong this year! 🏃🏽‍♀️ Shout out to ER nurse Tiffany Okoro for her personal best. #RunMemphis",
    "Staff team hashtag, a race named after a saint, and a staff member.",
)

# 236
n(
    "en",
    "research",
    "Henrietta Lacks never gave consent for her cells to be used, and medicine was built on them anyway. That's why every one of our research participants signs consent in plain language. #ResearchTrust",
    "A historical figure (a famous patient of another hospital, decades ago) is a public figure; no patient of ours.",
)

# 237
n(
    "en",
    "event",
    "Blues on the Bluff 🎸 Our benefit concert is Aug. 3 on the Riverside lawn featuring Clarksdale's own Lady Luck Lorraine and the Juke Joint Kings. Proceeds support the sickle cell clinic.",
    "An event date and performers (public acts).",
)

# 238
n(
    "en",
    "discharge",
    "Why does discharge take so long? 🤔 Pharmacy reviews your meds, case management confirms your ride and home equipment, and your nurse teaches you the plan. We know you want to go home. We want you to go home SAFE.",
    "Generic explainer.",
)

# 239
n(
    "en",
    "birth_announcement",
    "Calling all Leap Day babies! 🐸 If you were born at Delta Bluff on Feb. 29, come celebrate with us at the Memphis campus this year. Cake for every birthday you 'missed.'",
    "An invitation to a group defined by a date; no individual patient.",
)

# 240
n(
    "en",
    "thank_you",
    "Thank you to Pastor Keith Norwood and the men of Mississippi Boulevard Christian Church for frying 400 pieces of chicken for our night shift. The ICU is still talking about it. 🍗🙏",
    "A pastor and church thanked as donors; no patient.",
)

if __name__ == "__main__":
    S.main("phi_dev49_source")
