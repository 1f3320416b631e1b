#!/usr/bin/env python3
"""Blind development set d98: 240 social-media posts for a Lehigh Valley hospital.

Written blind (without reading the scanner or any other data set), from the labelling
rules in tests/data/build_phi_eval.py (docstring) and the decisions in
tests/data/build_phi_dev.py (docstring: employers are NAME, ages over 89 of an unnamed
patient are AGE, seasons are not dates, nameless stories are false unless they carry
an identifier, every mention of a person-tied date is labelled, a school or team is not
an identifier, a day of the month alone is a date element).

Run:  cd /work/main && python3 -B tests/data/phi_dev98_source.py
      (writes tests/data/phi_dev98.jsonl; ids d98-0001 ... d98-0240)

ORGANISATION (fictional, phi_dev98_org.json)
  Jordan Creek Regional Medical Center: Allentown campus (2400 Furnace Hill Road, the
  Level I trauma center), Reading campus (1100 Perkiomen Avenue), Bethlehem campus
  (75 Ore Yard Lane), Family Health Center on W Hamilton Street in Allentown, and the
  Oley Valley Clinic (35 Main Street, Oley) for the Plain community, with buggy
  parking. Thirteen (610)/(484) 555-01xx lines, three domains (jordancreekhealth.org,
  jcrmc.org, jordancreekfoundation.org) and four handles. None of these is ever
  labelled. phone_labels and address_labels map each number / address to its label.

FOCUS
  Allentown, Reading and Bethlehem, Pennsylvania: Dominican and Puerto Rican families
  (the Spanish posts, Spanglish in the English ones), Syrian and Lebanese Orthodox,
  Melkite and Maronite families, Pennsylvania Dutch / Old Order Amish and Mennonite
  farmers, distribution-center (warehouse) workers, Bethlehem Steel retirees, Musikfest,
  Route 22 / I-78 / Route 222 crashes, the Lehigh Valley IronPigs, buggy crashes.

LANGUAGE MIX
  210 English (105 patient-specific / 105 not) and 30 Spanish (15 / 15). English posts
  carry Spanish, Arabic and Pennsylvania Dutch (Deitsch) words; the Spanish posts are
  Dominican / Puerto Rican in register (titi, abuela, nenes, bendiciones, wepa).

HARD CASES (patient-specific)
  * Regional names that are ordinary words or places: King, Weaver, Then (Dominican
    surname), Wander, Summer, Hope, Joy, Dot, Will (second 'Will' is the verb,
    declared ok), Milagros / milagros, Julio / julio, Santiago (surname and city),
    Parkinson (surname next to the disease), Hanna, fern.
  * Lower-case names and towns in comments (king, oley, wander, luz, abby, fern);
    ALL-CAPS and 'SURNAME, GIVEN' chart names; initials (Mr. H, J.R.).
  * Nicknames and naming customs: quoted nicknames inside names ('Stanley "Stosh"
    Wyrwas', "Ammon 'Chip' Hoover"), Plain naming by the father's first name ("Sam's
    Eli"), Arabic teknonyms (Imm George, Abu Tony), Dominican nicknames (Papo, Fefa,
    Chichi, Cheo), "Big Jake", "Peanut".
  * Names only in hashtags (#PrayersForPapoRivera, #TeamEliKing, #MilagrosDeMayo).
  * Employers (NAME): Bethlehem Steel, "Beth Steel", "the Steel", the Martin guitar
    factory, Mack Trucks, and invented distribution centers and agencies (Crossroads
    Fulfillment, Keystone Parcel, Iron Run Distribution, Blue Mountain Logistics,
    Pathway Staffing, Lehigh Cold Storage). Two posts are patient-specific only
    through an employer or an age (an unnamed 96-year-old steel retiree, an unnamed
    Iron Run night-shift patient).
  * Region's holidays as dates of the patient's event: Second Christmas, Old
    Christmas, Fasnacht Day, Grundsaudaag / Groundhog Day, Ascension Day, Pascha, Holy
    Saturday, Feast of the Cross, St. Maroun's Day, feast of St. Elias, Three Kings Day
    / Dia de Reyes, Dia de la Altagracia (the patient is also named Altagracia), Dia de
    la Candelaria (patient named Candelaria), Dia de San Juan, Dia del Descubrimiento
    de Puerto Rico, Dominican Independence Day, Dia de los Fieles Difuntos.
  * Dates in many forms: 7/19, 03/02/1948, 9.12, 14/6 (day/month), 14JUL24,
    2024-03-02, "the 14th", "twenty-third of May", "27 de febrero", a month alone.
  * Ages over 89 in many forms: 93yo, 90-year-old, 100th, 99th, one hundred,
    Ninety-eight, noventa y tres, Cien / cien, centenarian, nonagenarian, and the PA
    Dutch "zwee-un-neinzich".
  * Towns that look like something else: Egypt, Bethel, Nazareth, Emmaus, Bath,
    Temple, Hamburg, Reading, "Catty" (Catasauqua), "the Christmas City" (Bethlehem),
    the Southside, wards, Dominican and Puerto Rican towns, Lebanese towns.
  * Pasted charts, ED boards, huddle notes, wristbands, lab labels, OR schedules,
    registration screens, support tickets, e-mail headers; a family phone that shares
    its last seven digits with the hospital switchboard under another area code.

HARD NEGATIVES (not patient-specific)
  Staff and volunteers with patient-like names, nicknames and ages (Amos King RN,
  "Big Jake" on transport, volunteer Georgette Deeb at 91, volunteer Harold at 95, a
  nurse's sitto turning 100), public figures with dates and ages (Taylor Swift, Lee
  Iacocca, Lenny Moore at 91, Roberto Clemente, Charles M. Schwab, an IronPigs closer),
  eponyms (MSUD, Familial Mediterranean Fever, Ellis-van Creveld, Lyme, Kawasaki, West
  Nile, Tommy John, Chagas), event dates (Musikfest, Celtic Classic, Kutztown Folk
  Festival, Fasnacht Day sale, Dia de Reyes toy drive), crisis updates naming roads,
  statistics with ZIP codes and counties, employers as sponsors, donors naming
  buildings, campaign hashtags with city names, ages of 88 and 89, 'adults over 90'.

LABELLING DECISIONS WHERE THE RULES LEAVE ROOM
  1. Employers are NAME, including the local short forms "Beth Steel" and "the Steel"
     (span "Steel") and the guitar maker "Martin". The town of a patient's workplace is
     not GEO (it does not say where the patient lives; same reasoning as the school
     rule). A company that is a sponsor or donor is never labelled.
  2. Kinship words and titles are not part of NAME and are not labelled alone: Sitto,
     Jiddo, Mammi, Dawdi, Mam, Daed, Pop-pop, mom-mom, Grandma, Abuela, Abuelo, Titi,
     Tia, Papi, dona, Don, Sister, Pastor, Chief. Arabic teknonyms are treated the same
     way: in "Imm George" / "Abu Tony" the prefix is a title and the name token is NAME.
  3. Plain-community names formed with the father's name ("Sam's Eli"): both names are
     NAME, possessive 's excluded.
  4. Multi-county regions (the Lehigh Valley, Berks and Lancaster as a group, Dutch
     Country) are not GEO; Puerto Rico is treated like a state and the Dominican
     Republic, Lebanon and Syria are countries: not GEO. Their cities are GEO. A
     town's nickname ("Catty", "the Christmas City") is GEO when it is the patient's.
  5. A hospital campus named after its city ("Reading campus", "Bethlehem ED") is the
     hospital, not GEO. Crisis updates about a public incident (I-78 pile-up, a buggy
     crash with unnamed patients) do not label the incident's location. For a
     patient's own crash the road, the exit or cross street and the nearby town are
     GEO; the street where a wandering patient was found is GEO.
  6. A holiday is DATE when the patient's event happened on it, including a dated day
     of the stay ("let her play bachata on Three Kings Day"); all forms naming the same
     day are labelled. Event names alone (Musikfest, opening day), seasons (summer,
     peak season, harvest time, Lent) and weekdays are not dates. "regalo de Reyes"
     (Kings' gift) is a figure of speech, not a date expression.
  7. Age spans: "93yo" is one token and labelled whole; in "90 y/o" only "90"; ages in
     words are labelled as written ("noventa y tres", "zwee-un-neinzich").
  8. Unit-bed codes such as "4N-22" are bed identifiers: OTHER_ID as written. Employee
     badge / employee numbers, workers' comp claim numbers and lab accession numbers are
     OTHER_ID; FIN (financial number) is ACCOUNT; NHC / "expediente" are MRN.
  9. A family's phone shanty (shared Plain-community phone) is the family's PHONE.
  10. A donor family introduced as the patient's parents is labelled, including the
     surname in the garden's name; otherwise donor names are not.
  11. A "lab label pic" shows a label, not the patient: no PHOTO.
  12. A neighbour who helped is neither relative nor household: not labelled.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev98.jsonl"), os.path.join(HERE, "phi_dev98_org.json"), "d98")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- English, patient-specific
# 1
p(
    "en",
    "patient_story",
    "Update from the Stoltzfus family, shared with their blessing: Eli, 9, is home in Kempton after the buggy crash on Route 737 on Oct. 3. His dat and mam want to thank the Community Fire Company and everyone on 3 North. Eli wants you to know the horse, Dolly, is fine too.",
    [
        ("NAME", "Stoltzfus"),
        ("NAME", "Eli", "*"),
        ("GEO", "Kempton"),
        ("GEO", "Route 737"),
        ("DATE", "Oct. 3"),
    ],
    note="Amish buggy crash: family surname, first name twice, home town, crash road, date; horse name and age 9 unlabelled, dat/mam are kinship words",
)
# 2
p(
    "en",
    "patient_story",
    "praying for the king boys from oley \U0001f64f hope they both get out of 4 North soon. #KingStrong",
    [("NAME", "king"), ("GEO", "oley"), ("NAME", "#KingStrong")],
    note="lower-case Plain surname that is an ordinary word, lower-case home town, name hashtag; 4 North is a unit",
)
# 3
p(
    "en",
    "milestone_birthday",
    'Happy 100th to Stanley "Stosh" Wyrwas! Stosh put in 41 years at Bethlehem Steel and turned one hundred on Feb. 11 in our rehab unit. Pictured: Stosh with great-granddaughter Kaylee and his old beam-yard hard hat. #SteelStrong',
    [
        ("AGE", "100th"),
        ("NAME", 'Stanley "Stosh" Wyrwas'),
        ("NAME", "Stosh", "*"),
        ("NAME", "Bethlehem Steel"),
        ("AGE", "one hundred"),
        ("DATE", "Feb. 11"),
        ("PHOTO", "Pictured"),
        ("NAME", "Kaylee"),
    ],
    note="steel retiree centenarian; employer Bethlehem Steel is NAME; #SteelStrong is a campaign tag",
)
# 4
p(
    "en",
    "pasted_record",
    "oops wrong window, deleting - ED board 0315: Rm 14 HADDAD, ELIAS G 93yo M CP r/o NSTEMI MRN 004417736, PCP Dr. Saba to f/u",
    [("OTHER_ID", "Rm 14"), ("NAME", "HADDAD, ELIAS G"), ("AGE", "93yo"), ("MRN", "004417736")],
    note="ED tracking board pasted by mistake; 0315 is a time, Dr. Saba is staff",
)
# 5
p(
    "en",
    "patient_story",
    "To whoever found my dad's wallet in the Reading ED waiting room on 7/19: please call me, Marisol Tav\u00e1rez, at 484-555-0113 or email marisol.tavarez84@gmail.com. His name is Ram\u00f3n Tav\u00e1rez and it has his Medicare card and the only picture he has of my mom.",
    [
        ("DATE", "7/19"),
        ("NAME", "Marisol Tav\u00e1rez"),
        ("PHONE", "484-555-0113"),
        ("EMAIL", "marisol.tavarez84@gmail.com"),
        ("NAME", "Ram\u00f3n Tav\u00e1rez"),
    ],
    note="ED visit date, relative's contact details; Reading ED is the hospital's campus, not GEO",
)
# 6
p(
    "en",
    "discharge",
    'After 61 days in our NICU, Yaritza Almonte Pe\u00f1a is going home to the Southside! She was born at 25 weeks on 27 de febrero, Dominican Independence Day, so her mami calls her "Patri." Bendiciones, Yaritza! #YaritzaFuerte',
    [
        ("NAME", "Yaritza Almonte Pe\u00f1a"),
        ("NAME", "Yaritza", "*"),
        ("GEO", "Southside"),
        ("DATE", "27 de febrero"),
        ("DATE", "Dominican Independence Day"),
        ("NAME", "Patri"),
        ("NAME", "#YaritzaFuerte"),
    ],
    note="double Dominican surname; same birth day written twice (Spanish date and national holiday), both DATE; quoted nickname",
)
# 7
p(
    "en",
    "memorial",
    'Rest easy, Jiddo. Fouad "Freddie" Maloof, 96, crane operator at the Steel for 37 years, of Allentown\'s Sixth Street, fell asleep in the Lord in our hospice unit on the Feast of the Cross, September 14. Sitto Wardeh and the whole family thank the nurses of 6 West. Memory eternal.',
    [
        ("NAME", 'Fouad "Freddie" Maloof'),
        ("AGE", "96"),
        ("NAME", "Steel"),
        ("GEO", "Allentown"),
        ("GEO", "Sixth Street"),
        ("DATE", "Feast of the Cross"),
        ("DATE", "September 14"),
        ("NAME", "Wardeh"),
    ],
    note="Lebanese Orthodox memorial: 'the Steel' is local speech for the employer Bethlehem Steel (NAME); feast day and date both DATE; Jiddo/Sitto are kinship titles",
)
# 8
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Nour Khoury! Nour arrived at 2:14 a.m. on August 4 while the Musikfest crowds were still heading home, so her dad Tony says she came out dancing. 7 lb 2 oz of pure joy. #NourKhoury",
    [
        ("NAME", "Nour Khoury"),
        ("NAME", "Nour", "*"),
        ("DATE", "August 4"),
        ("NAME", "Tony"),
        ("NAME", "#NourKhoury"),
    ],
    note="Musikfest is an event, not a date; time of birth unlabelled",
)
# 9
p(
    "en",
    "thank_you",
    "Thank you to the Allentown campus ED for taking care of my husband Darnell Whitfield (heat stroke on 3rd shift at Crossroads Fulfillment in Breinigsville, July 16). He's home and mad they won't let him go back till Monday. Anybody from his line who needs a ride this week, call me at 610-555-0142. - Tasha",
    [
        ("NAME", "Darnell Whitfield"),
        ("NAME", "Crossroads Fulfillment"),
        ("DATE", "July 16"),
        ("PHONE", "610-555-0142"),
        ("NAME", "Tasha"),
    ],
    note="warehouse employer is NAME; the DC's town (Breinigsville) is where he works, not where he lives: not GEO",
)
# 10
p(
    "en",
    "pasted_record",
    "Pls disregard, test post from the wrong tab: PT Beiler, Sadie A. DOB 03/02/1948 MRN 7720-0416 Acct 55810394 Ins Capital Blue Cross ID YCB882041177 Dx hip fx, fall in barn, Oley Twp. NOK son Amos Beiler 610-555-0129",
    [
        ("NAME", "Beiler, Sadie A"),
        ("DATE", "03/02/1948"),
        ("MRN", "7720-0416"),
        ("ACCOUNT", "55810394"),
        ("HEALTH_PLAN", "YCB882041177"),
        ("GEO", "Oley Twp"),
        ("NAME", "Amos Beiler"),
        ("PHONE", "610-555-0129"),
    ],
    note="registration snippet; insurer name is not an identifier, the member id is",
)
# 11
p(
    "en",
    "thank_you",
    "Huge thanks to the IronPigs for visiting peds today! Our buddy Mateo Qui\u00f1ones (room 512) got FeRROUS to sign his cast and hasn't stopped oinking since. If FeRROUS ever wants a rematch: 610-555-0127. Mateo's mom, Jessenia",
    [
        ("NAME", "Mateo Qui\u00f1ones"),
        ("NAME", "Mateo", "*"),
        ("OTHER_ID", "room 512"),
        ("PHONE", "610-555-0127"),
        ("NAME", "Jessenia"),
    ],
    note="FeRROUS is the IronPigs mascot, not a person",
)
# 12
p(
    "en",
    "milestone_birthday",
    'Fannie Zimmerman of Virginville turned 95 on Second Christmas, Dec. 26, at her Oley Valley Clinic checkup and told the nurses, "Ich bin net alt, ich bin yuscht mied" (I\'m not old, just tired). Eleven children, 60-some grandchildren and more great-grands than she can count sang for her in Deitsch.',
    [
        ("NAME", "Fannie Zimmerman"),
        ("GEO", "Virginville"),
        ("AGE", "95"),
        ("DATE", "Second Christmas"),
        ("DATE", "Dec. 26"),
    ],
    note="Plain-community holiday Second Christmas is the birthday: DATE, and the calendar date too; Oley Valley Clinic is the hospital's",
)
# 13
p(
    "en",
    "patient_story",
    "get well soon wander!!! the whole 2nd shift at Blue Mountain Logistics misses u, come back and beat us at dominoes \U0001f4aa\U0001f1e9\U0001f1f4",
    [("NAME", "wander"), ("NAME", "Blue Mountain Logistics")],
    note="Dominican first name Wander, lower-case and an English verb; coworkers name the employer",
)
# 14
p(
    "en",
    "memorial",
    "In loving memory of Georgette Abraham Deeb (Imm George), 91, of Whitehall, who fell asleep in the Lord on Holy Saturday, April 15, surrounded by her sons George and Elias. Her kibbeh fed half of the old 10th Ward. Memory eternal.",
    [
        ("NAME", "Georgette Abraham Deeb"),
        ("NAME", "George", "*"),
        ("AGE", "91"),
        ("GEO", "Whitehall"),
        ("DATE", "Holy Saturday"),
        ("DATE", "April 15"),
        ("NAME", "Elias"),
        ("GEO", "10th Ward"),
    ],
    note="teknonym 'Imm George': Imm treated as a title, the name token George labelled; Orthodox Holy Saturday is the day of death",
)
# 15
p(
    "en",
    "patient_story",
    "My brother Kevin Nguyen-Hartman was the motorcyclist in the Route 22 crash by the 15th Street exit on 6/2. He's out of the ICU and says thank you to the lady in the blue minivan who stopped. If you can help with his rent: gofundme.com/f/kevins-road-back",
    [
        ("NAME", "Kevin Nguyen-Hartman"),
        ("GEO", "Route 22"),
        ("GEO", "15th Street"),
        ("DATE", "6/2"),
        ("URL", "gofundme.com/f/kevins-road-back"),
    ],
    note="hyphenated surname; road and exit of the crash are GEO; family fundraiser URL",
)
# 16
p(
    "en",
    "patient_story",
    "Jackknifed on I-78 near Fogelsville on January 9, trucker Ruslan Petrenko of Hamburg asked us to share that he walked the whole 5 West hallway today. His employer, Keystone Parcel, sent pierogies for the entire team.",
    [
        ("GEO", "I-78"),
        ("GEO", "Fogelsville"),
        ("DATE", "January 9"),
        ("NAME", "Ruslan Petrenko"),
        ("GEO", "Hamburg"),
        ("NAME", "Keystone Parcel"),
    ],
    note="Hamburg is his Berks County home town (also a German city); employer NAME",
)
# 17
p(
    "en",
    "pasted_record",
    "[support ticket pasted here by mistake] portal user bbatista_lv locked out, last seen from IP 198.51.100.47. Pt Brayan Batista MRN 40017745 DOB 11/08/2009; mom Yokasta Batista asks for reset link to yokasta.b@outlook.com or text 484-555-0102.",
    [
        ("OTHER_ID", "bbatista_lv"),
        ("IP", "198.51.100.47"),
        ("NAME", "Brayan Batista"),
        ("MRN", "40017745"),
        ("DATE", "11/08/2009"),
        ("NAME", "Yokasta Batista"),
        ("EMAIL", "yokasta.b@outlook.com"),
        ("PHONE", "484-555-0102"),
    ],
    note="portal user name OTHER_ID, IP, relative's email and phone",
)
# 18
p(
    "en",
    "birth_announcement",
    "Born on Fasnacht Day! Welcome Levi Reuben Lapp, 8 lb 9 oz, the first grandson for Mammi and Dawdi Lapp of New Holland. Our Birth Center nurses celebrated with fastnachts from the Kutztown bakery, of course.",
    [
        ("DATE", "Fasnacht Day"),
        ("NAME", "Levi Reuben Lapp"),
        ("NAME", "Lapp", "*"),
        ("GEO", "New Holland"),
    ],
    note="Shrove Tuesday under its PA Dutch name is the birth date; grandparents' surname; the bakery's town is not the family's",
)
# 19
p(
    "en",
    "discharge",
    "Discharge day for Mr. H! Five weeks on 6 West and our 90-year-old retired ironworker from Hellertown is headed home to his tomato garden. Mr. H, the night shift will miss your polka radio.",
    [("NAME", "H", "*"), ("AGE", "90-year-old"), ("GEO", "Hellertown")],
    note="initial used as the patient's name",
)
# 20
p(
    "en",
    "patient_story",
    "@JordanCreekHealth my sitto has been in rm 3112 since tuesday and nobody answers the nurses station, can someone please call me back 484-555-0158",
    [("OTHER_ID", "rm 3112"), ("PHONE", "484-555-0158")],
    note="comment: room number and family phone; the handle is the hospital's",
)
# 21
p(
    "en",
    "pasted_record",
    "Shift huddle notes (DO NOT POST): 4N-22 Zook, Jonas, 91, Old Order Menn, no phone at home; family phone shanty 610-555-0171. Prefers PA Dutch. D/C planned 9/30 to son Ammon's farm outside Kutztown. MRN 40052217.",
    [
        ("OTHER_ID", "4N-22"),
        ("NAME", "Zook, Jonas"),
        ("AGE", "91"),
        ("PHONE", "610-555-0171"),
        ("DATE", "9/30"),
        ("NAME", "Ammon"),
        ("GEO", "Kutztown"),
        ("MRN", "40052217"),
    ],
    note="unit-bed code 4N-22 is a bed identifier (OTHER_ID as written); family's shared phone shanty is their phone",
)
# 22
p(
    "en",
    "birth_announcement",
    "Gracias to everyone in L&D at the Reading campus! Baby G\u00e9nesis Marie Polanco came 3/11 in the middle of the snowstorm. Titi Yoli drove us in her Jeep (PA plate LFR-2281), sorry for leaving it on the sidewalk lol",
    [
        ("NAME", "G\u00e9nesis Marie Polanco"),
        ("DATE", "3/11"),
        ("NAME", "Yoli"),
        ("VEHICLE", "LFR-2281"),
    ],
    note="relative's licence plate is VEHICLE; Titi is a kinship title",
)
# 23
p(
    "en",
    "memorial",
    "Forever an IronPigs fan: Bobby \"Boom Boom\" Kiefer, 92, had season tickets behind the home dugout since opening day in 2008. He passed on 5/30 after a long fight with Parkinson's. His daughter Denise asks fans to wear pink at Friday's game.",
    [("NAME", 'Bobby "Boom Boom" Kiefer'), ("AGE", "92"), ("DATE", "5/30"), ("NAME", "Denise")],
    note="opening day 2008 is a bare year/event, Parkinson's an eponym, Friday a weekday",
)
# 24
p(
    "en",
    "pasted_record",
    "Workers' comp note posted to the wrong page, please delete: Crossroads Fulfillment associate badge CF-448120, Luis \u00c1ngel Matos, crush injury L hand 10/22, claim WC-2024-118347, PA DL 31 842 117.",
    [
        ("NAME", "Crossroads Fulfillment"),
        ("OTHER_ID", "CF-448120"),
        ("NAME", "Luis \u00c1ngel Matos"),
        ("DATE", "10/22"),
        ("OTHER_ID", "WC-2024-118347"),
        ("LICENSE", "31 842 117"),
    ],
    note="employer NAME, badge and claim numbers OTHER_ID, driver's licence LICENSE",
)
# 25
p(
    "en",
    "birth_announcement",
    "Mabrouk to Joy and Karim Haddad on twin girls, Maya and Mira, born on St. Maroun's Day, February 9! Sitto brought ma'amoul for the whole Birth Center.",
    [
        ("NAME", "Joy"),
        ("NAME", "Karim Haddad"),
        ("NAME", "Maya"),
        ("NAME", "Mira"),
        ("DATE", "St. Maroun's Day"),
        ("DATE", "February 9"),
    ],
    note="Maronite feast day is the birth day; Joy is a name that is a word",
)
# 26
p(
    "en",
    "pasted_record",
    'Board 5W bed 7 - "Big Jake" Hertzler (Jacob) MRN 40029954, falls precautions, 94, dairy farmer from Bethel, PCN allergy. do not post this',
    [
        ("OTHER_ID", "bed 7"),
        ("NAME", "Big Jake"),
        ("NAME", "Hertzler"),
        ("NAME", "Jacob"),
        ("MRN", "40029954"),
        ("AGE", "94"),
        ("GEO", "Bethel"),
    ],
    note="quoted nickname; Bethel is a Berks township (and a Bible name)",
)
# 27
p(
    "en",
    "patient_story",
    "Yoel Paulino, 16, a lefty for the Allen High Canaries, tore his UCL on May 3 and had Tommy John surgery here on June 1. He threw his first bullpen since then this week and still wants a tryout with the IronPigs someday! #YoelStrong",
    [("NAME", "Yoel Paulino"), ("DATE", "May 3"), ("DATE", "June 1"), ("NAME", "#YoelStrong")],
    note="school team is not an identifier; Tommy John is an eponymous surgery; 'since then' relative",
)
# 28
p(
    "en",
    "memorial",
    "Pop-pop Walt Kuhns worked 44 years at Bethlehem Steel and passed on Christmas Eve at 97. He was born on the Southside on E. Fourth Street and died there too, in his own bed, thanks to the Jordan Creek hospice nurses. - his granddaughter Becky",
    [
        ("NAME", "Walt Kuhns"),
        ("NAME", "Bethlehem Steel"),
        ("DATE", "Christmas Eve"),
        ("AGE", "97"),
        ("GEO", "Southside"),
        ("GEO", "E. Fourth Street"),
        ("NAME", "Becky"),
    ],
    note="Pop-pop is a kinship title; the Steel's name contains the city but is the employer",
)
# 29
p(
    "en",
    "patient_story",
    'Will\'s first words after waking up from surgery: "Will there be pizza?" Our 7-year-old from Emmaus is eating pizza on 3 North tonight. #WillPower',
    [("NAME", "Will", 1), ("GEO", "Emmaus"), ("NAME", "#WillPower")],
    note="the second 'Will' is the verb; hashtag built on his name",
    ok=("Will",),
)
# 30
p(
    "en",
    "patient_story",
    "Sam's Eli, as everyone on Mill Creek Road calls him, is back milking cows after his silo fall on the 14th. Eli says danke to the flight crew. #TeamEliKing",
    [
        ("NAME", "Sam"),
        ("NAME", "Eli", "*"),
        ("GEO", "Mill Creek Road"),
        ("DATE", "14th"),
        ("NAME", "#TeamEliKing"),
    ],
    note="Plain-community naming by father's first name (Sam's Eli): father NAME too; day of month alone is DATE",
)
# 31
p(
    "en",
    "patient_story",
    "Summer Reinert, 12, of Slatington got her cast off on July 3, just in time for summer at the pool. Summer, you were the bravest kid on 3 North!",
    [
        ("NAME", "Summer Reinert"),
        ("NAME", "Summer", "*"),
        ("GEO", "Slatington"),
        ("DATE", "July 3"),
    ],
    note="name that is a season; lower-case 'summer' is the season and not a date",
)
# 32
p(
    "en",
    "patient_story",
    "Hope Gerhart, 94, of Orefield says the secret to a long life is scrapple and never retiring from the farm stand. Hope keeps everyone on 5 West laughing. We hope she's home by Apple Butter Frolic weekend.",
    [("NAME", "Hope Gerhart"), ("NAME", "Hope", "*"), ("AGE", "94"), ("GEO", "Orefield")],
    note="name that is a word; the frolic weekend is a community event, not her date",
)
# 33
p(
    "en",
    "discharge",
    "Our guy Deivi Then walked out of rehab today, 8 weeks after the forklift accident at Iron Run Distribution. Then he did a little bachata in the lobby. Proud of you, Deivi! Pictured: Deivi with PT Sarah.",
    [
        ("NAME", "Deivi Then"),
        ("NAME", "Deivi", "*"),
        ("NAME", "Iron Run Distribution"),
        ("PHOTO", "Pictured"),
    ],
    note="Dominican surname Then is also an English word (second 'Then' is the adverb); PT Sarah is staff",
)
# 34
p(
    "en",
    "patient_story",
    'Abu Tony (Antoun Sabbagh) came in for his pacemaker check and brought the whole cardiology clinic a tray of baklawa. Device serial PJN604418S is still working "like a Swiss watch," he says. 93 and still driving to St. George\'s every Sunday!',
    [("NAME", "Tony"), ("NAME", "Antoun Sabbagh"), ("DEVICE", "PJN604418S"), ("AGE", "93")],
    note="teknonym Abu Tony: Abu treated as a title; pacemaker serial DEVICE; church name not an identifier",
)
# 35
p(
    "en",
    "birth_announcement",
    "Christ is risen! Baby Gabriel Nassar was born on Pascha, May 5, at our Bethlehem campus, the first Pascha baby in our Birth Center in years. Indeed he is risen, says proud Jiddo Naim.",
    [("NAME", "Gabriel Nassar"), ("DATE", "Pascha", "*"), ("DATE", "May 5"), ("NAME", "Naim")],
    note="Orthodox Easter is the birth day, named twice: both DATE; Bethlehem campus is the hospital",
)
# 36
p(
    "en",
    "memorial",
    "The Khoury Family Garden opens Saturday in memory of Gabriel Khoury, who spent 40 days with us on 4 North before he died on March 22, 2009. His parents, Rita and Sami Khoury, planted the first rosebush.",
    [
        ("NAME", "Khoury", 1),
        ("NAME", "Gabriel Khoury"),
        ("DATE", "March 22, 2009"),
        ("NAME", "Rita"),
        ("NAME", "Sami Khoury"),
    ],
    note="donor family introduced as the patient's parents: the garden's name is labelled; Saturday is the event's weekday",
)
# 37
p(
    "en",
    "pasted_record",
    "NICU census pasted to the wrong chat: bed 14 Baby Girl Santana (mom Yomaira Santana, 19), born 12/24 @ 26+3 wks, MRN 90021458, Medicaid ID 4402918835; dad Anderson Paulino, 484-555-0164.",
    [
        ("OTHER_ID", "bed 14"),
        ("NAME", "Santana", 1),
        ("NAME", "Yomaira Santana"),
        ("DATE", "12/24"),
        ("MRN", "90021458"),
        ("HEALTH_PLAN", "4402918835"),
        ("NAME", "Anderson Paulino"),
        ("PHONE", "484-555-0164"),
    ],
    note="'Baby Girl' is descriptive, the surname is NAME; Medicaid id HEALTH_PLAN",
)
# 38
p(
    "en",
    "milestone_birthday",
    "Kil sene w inti salmeh, Sitto Wadad! Wadad Shaheen turned 100 today on 6 West, and her great-grandson Elias made her a cake shaped like a tray of grape leaves. She was born in Zahle and came to Allentown as a bride. Cards: shaheen.family.lv@gmail.com",
    [
        ("NAME", "Wadad Shaheen"),
        ("NAME", "Wadad", "*"),
        ("AGE", "100"),
        ("NAME", "Elias"),
        ("GEO", "Zahle"),
        ("GEO", "Allentown"),
        ("EMAIL", "shaheen.family.lv@gmail.com"),
    ],
    note="Arabic birthday greeting; Lebanese birthplace and Allentown home are GEO",
)
# 39
p(
    "en",
    "patient_story",
    "From Egypt to the ER: Ron Frantz, a lineman from Egypt, PA, got zapped on the job on Aug. 27 and is already texting us fishing pics. Thanks to the EMS crew!",
    [("GEO", "Egypt", "*"), ("NAME", "Ron Frantz"), ("DATE", "Aug. 27")],
    note="Egypt is a village in Whitehall Township, not the country: GEO",
)
# 40
p(
    "en",
    "patient_story",
    "Congrats to Marty Schaffer of Nazareth, 90, who built guitars at the Martin factory for 51 years and just finished cardiac rehab. He played 'Allentown' for the class on his last day, June 28.",
    [
        ("NAME", "Marty Schaffer"),
        ("GEO", "Nazareth"),
        ("AGE", "90"),
        ("NAME", "Martin"),
        ("DATE", "June 28"),
    ],
    note="Nazareth is his town; the guitar maker is his employer (NAME); 'Allentown' here is the song title, not a place",
)
# 41
p(
    "en",
    "patient_story",
    "omg thats my abuela!! dona luz in bed 4 \U0001f62d love u",
    [("NAME", "luz"), ("OTHER_ID", "bed 4")],
    note="comment: lower-case first name after the title 'dona' (excluded), bed number",
)
# 42
p(
    "en",
    "pasted_record",
    "FW: re: photo release - Hi, I'm Mahlon Weaver's daughter. Dad (MRN 33-018-552) says yes to the calf-barn picture as long as you spell it Mahlon. Write back to weaverfarmstand@gmail.com or the farm stand line 610-555-0118. Thanks, Anna Mae",
    [
        ("NAME", "Mahlon Weaver"),
        ("NAME", "Mahlon", "*"),
        ("MRN", "33-018-552"),
        ("EMAIL", "weaverfarmstand@gmail.com"),
        ("PHONE", "610-555-0118"),
        ("NAME", "Anna Mae"),
    ],
    note="forwarded email; no photo is attached so no PHOTO",
)
# 43
p(
    "en",
    "pasted_record",
    "Can someone take this down?? It's my mother's discharge paper: JOHANNY M. ROSARIO, MR# 5528731, Adm 04/02 Disch 04/09, Rm 618B, address 1407 Hanover Ave, Allentown PA 18109",
    [
        ("NAME", "JOHANNY M. ROSARIO"),
        ("MRN", "5528731"),
        ("DATE", "04/02"),
        ("DATE", "04/09"),
        ("OTHER_ID", "Rm 618B"),
        ("GEO", "1407 Hanover Ave"),
        ("GEO", "Allentown"),
        ("GEO", "18109"),
    ],
    note="home street, city and ZIP; ALL-CAPS name",
)
# 44
p(
    "en",
    "patient_story",
    "Tonight at Coca-Cola Park, 101-year-old Navy vet and retired Mack Trucks machinist Harold Gross throws out the first pitch. Harold was a patient on our cardiac floor in March and promised us he'd make it. Go Pigs!",
    [
        ("AGE", "101-year-old"),
        ("NAME", "Mack Trucks"),
        ("NAME", "Harold Gross"),
        ("NAME", "Harold", "*"),
        ("DATE", "March"),
    ],
    note="month of his stay is a date element; the ballpark is a venue, not GEO; former employer NAME",
)
# 45
p(
    "en",
    "thank_you",
    "Shoutout to the nurses on 5 East who let T\u00eda Mayra play her bachata low in room 527 on Three Kings Day \U0001f3b6 She says she's not leaving till you learn to dance",
    [("NAME", "Mayra"), ("OTHER_ID", "room 527"), ("DATE", "Three Kings Day")],
    note="a dated day of her stay on a holiday: DATE; T\u00eda is a title",
)
# 46
p(
    "en",
    "discharge",
    'Little Reuben Esh came home from the NICU on Old Christmas, January 6, to a barn full of cousins. His mam, Katie, wrote to thank "the English nurses" for "making wonderful good care."',
    [("NAME", "Reuben Esh"), ("DATE", "Old Christmas"), ("DATE", "January 6"), ("NAME", "Katie")],
    note="Old Christmas (Epiphany) is kept by the Amish; 'English' means non-Amish",
)
# 47
p(
    "en",
    "patient_story",
    "My grandfather Zeke Novak, 93, will tell you all about the steel he rolled for the Golden Gate Bridge. He's on 4 West getting over pneumonia; his CaringBridge is caringbridge.org/visit/zekenovak and you can email us at novakfamily.fountainhill@yahoo.com. - Jen",
    [
        ("NAME", "Zeke Novak"),
        ("AGE", "93"),
        ("URL", "caringbridge.org/visit/zekenovak"),
        ("EMAIL", "novakfamily.fountainhill@yahoo.com"),
        ("NAME", "Jen"),
    ],
    note="family URL and email",
)
# 48
p(
    "en",
    "discharge",
    "Welcome home, Hanna family! Baby Karam Hanna went home today to Bethlehem's West Side, 33 days after his heart surgery on the feast of St. Elias, July 20.",
    [
        ("NAME", "Hanna", 1),
        ("NAME", "Karam Hanna"),
        ("GEO", "Bethlehem"),
        ("GEO", "West Side"),
        ("DATE", "feast of St. Elias"),
        ("DATE", "July 20"),
    ],
    note="Syrian surname Hanna; home city and neighbourhood; feast day of the surgery and its date",
)
# 49
p(
    "en",
    "milestone_birthday",
    "Ninety-eight years young! Grandma Betty Schlegel, born on Valentine's Day in Kutztown, celebrated with shoofly pie on 4 North. Betty says ninety-eight is just a number.",
    [
        ("AGE", "Ninety-eight"),
        ("AGE", "ninety-eight"),
        ("NAME", "Betty Schlegel"),
        ("NAME", "Betty", "*"),
        ("DATE", "Valentine's Day"),
        ("GEO", "Kutztown"),
    ],
    note="age in words twice; birth holiday is DATE; birthplace GEO",
)
# 50
p(
    "en",
    "patient_story",
    "Our oldest hip-replacement patient this year is a 96-year-old retired Bethlehem Steel crane operator who asked for his walker to be painted IronPigs red.",
    [("AGE", "96-year-old"), ("NAME", "Bethlehem Steel")],
    note="unnamed patient: age over 89 and employer are identifiers",
)
# 51
p(
    "en",
    "patient_story",
    "A 102-year-old great-grandmother got her booster at our Reading campus walk-in clinic today and told the nurse her hands were cold.",
    [("AGE", "102-year-old")],
    note="unnamed patient with an age over 89: AGE makes it patient-specific",
)
# 52
p(
    "en",
    "patient_story",
    "Our newest 5K finisher is a nonagenarian! Congrats to Dot Heckman, two years after her knee replacement here on 11/3.",
    [("AGE", "nonagenarian"), ("NAME", "Dot Heckman"), ("DATE", "11/3")],
    note="'nonagenarian' states an age over 89; Dot is a name that is a word",
)
# 53
p(
    "en",
    "pasted_record",
    "Found on the 2nd floor elevator, whose is this? Wristband: KUNKEL, MARGARET | DOB 1/17/1939 | FIN 000774129 | MRN 00288133. Please bring it to Security.",
    [
        ("NAME", "KUNKEL, MARGARET"),
        ("DATE", "1/17/1939"),
        ("ACCOUNT", "000774129"),
        ("MRN", "00288133"),
    ],
    note="wristband text; FIN (financial number) is an account number",
)
# 54
p(
    "en",
    "patient_story",
    "Day 30 of #PrayersForPapoRivera \U0001f64f still in the ICU, still fighting. Thank you Jordan Creek.",
    [("NAME", "#PrayersForPapoRivera")],
    note="the name appears only inside a hashtag",
)
# 55
p(
    "en",
    "thank_you",
    "me and my mom-mom fern were in the ER till 3am, shoutout to the night crew who let her keep her teeth in a Wawa cup",
    [("NAME", "fern")],
    note="lower-case name that is a plant; mom-mom is a local kinship word",
)
# 56
p(
    "en",
    "patient_story",
    "Ammon 'Chip' Hoover, 90, of Shartlesville, the last man around here who still cuts ice on his pond, came in with frostbite on January 22. Chip wants us to say: \"Ich bin ken Eisbaer!\" (I'm no polar bear).",
    [
        ("NAME", "Ammon 'Chip' Hoover"),
        ("NAME", "Chip", "*"),
        ("AGE", "90"),
        ("GEO", "Shartlesville"),
        ("DATE", "January 22"),
    ],
    note="single-quoted nickname inside the name span",
)
# 57
p(
    "en",
    "patient_story",
    "Long post, sorry. Last peak season my son Tyler Brensinger (22) was working doubles at the Keystone Parcel hub in Fogelsville. On Dec. 19 he collapsed on the mezzanine. Diabetic ketoacidosis, blood sugar over 900. The ICU team kept him alive. Tyler didn't have insurance through his temp agency, Pathway Staffing, so a social worker, Ms. Imani, helped us sign him up for Medicaid. Now he has an insulin pump (serial NG4417823H) and he's back at work, a desk job this time. If you work in a warehouse and you're peeing all the time and always thirsty, GET CHECKED. - Lori",
    [
        ("NAME", "Tyler Brensinger"),
        ("NAME", "Tyler", "*"),
        ("NAME", "Keystone Parcel"),
        ("DATE", "Dec. 19"),
        ("NAME", "Pathway Staffing"),
        ("DEVICE", "NG4417823H"),
        ("NAME", "Lori"),
    ],
    note="long story: employer and temp agency NAME, pump serial DEVICE; peak season is not a date; Ms. Imani is staff; workplace town not GEO",
)
# 58
p(
    "en",
    "pasted_record",
    "OR schedule 07:30 OR 4: KASSIS, NADIA (MRN 40077319) lap chole; 09:45 OR 4: ZOOK, LYDIA (MRN 40081126) hernia. posted by accident, deleting",
    [("NAME", "KASSIS, NADIA"), ("MRN", "40077319"), ("NAME", "ZOOK, LYDIA"), ("MRN", "40081126")],
    note="operating room numbers are hospital rooms, not patient rooms",
)
# 59
p(
    "en",
    "pasted_record",
    "Wrong screenshot!! Registration screen: Fidel Ure\u00f1a, SSN 183-42-0917, DOB 06/14/1961, emergency contact Yanelis Ure\u00f1a (wife) 610-555-0146, employer: Lehigh Cold Storage.",
    [
        ("NAME", "Fidel Ure\u00f1a"),
        ("SSN", "183-42-0917"),
        ("DATE", "06/14/1961"),
        ("NAME", "Yanelis Ure\u00f1a"),
        ("PHONE", "610-555-0146"),
        ("NAME", "Lehigh Cold Storage"),
    ],
    note="registration screen with SSN, wife's phone, employer",
)
# 60
p(
    "en",
    "patient_story",
    "Please share: my uncle Walid 'Wally' Hajjar, 74, walked away from his room at the Reading campus and was found safe on Penn Street. Thank you to everyone who shared! Updates on facebook.com/findwallyhajjar",
    [
        ("NAME", "Walid 'Wally' Hajjar"),
        ("GEO", "Penn Street"),
        ("URL", "facebook.com/findwallyhajjar"),
    ],
    note="the street where the patient was found is geography of his event; the Reading campus is the hospital",
)
# 61
p(
    "en",
    "thank_you",
    "Thank you from the Moyer family for the care our dad, Lloyd Moyer, got in his last days in October. If any of his nurses want to come to the viewing, email us at moyerfamily.kempton@gmail.com.",
    [
        ("NAME", "Moyer", 1),
        ("NAME", "Lloyd Moyer"),
        ("DATE", "October"),
        ("EMAIL", "moyerfamily.kempton@gmail.com"),
    ],
    note="month of death is a date element",
)
# 62
p(
    "en",
    "patient_story",
    'Wepa! Papo Santiago, 90, from Humacao by way of Allentown\'s 1st Ward, finished cardiac rehab today and danced a plena for the staff. Santiago says "the heart is young, mija."',
    [
        ("NAME", "Papo Santiago"),
        ("NAME", "Santiago", "*"),
        ("AGE", "90"),
        ("GEO", "Humacao"),
        ("GEO", "Allentown"),
        ("GEO", "1st Ward"),
    ],
    note="surname that is also a city name; Puerto Rican home town and Allentown ward",
)
# 63
p(
    "en",
    "thank_you",
    "We are so thankful for Dr. Okafor and the Bethlehem ED team who saved our daughter Aaliyah after the crash on Schoenersville Road on the 4th of July. - The Ramirez family (ramirezfam.bethlehem@gmail.com, if Dr. Okafor wants an invite to Aaliyah's quince)",
    [
        ("NAME", "Aaliyah", "*"),
        ("GEO", "Schoenersville Road"),
        ("DATE", "4th of July"),
        ("NAME", "Ramirez"),
        ("EMAIL", "ramirezfam.bethlehem@gmail.com"),
    ],
    note="Dr. Okafor is staff; Bethlehem ED is the hospital; crash road and holiday date",
)
# 64
p(
    "en",
    "pasted_record",
    "Attn Medical Records: please fax my father Ignatius Pazdera's records (MRN 00193388, date of service 02/27) to my office fax 610-555-0197, not to his old fax at 610-555-0138. - Mary Pazdera",
    [
        ("NAME", "Ignatius Pazdera"),
        ("MRN", "00193388"),
        ("DATE", "02/27"),
        ("FAX", "610-555-0197"),
        ("FAX", "610-555-0138"),
        ("NAME", "Mary Pazdera"),
    ],
    note="comment with the family's fax numbers",
)
# 65
p(
    "en",
    "birth_announcement",
    "Apgar 9 and 9 for Sofia Grace Hern\u00e1ndez, born 1/1 at 12:03 a.m., the first baby of the year at our Reading campus! Mom Dulce and dad Jonathan are over the moon.",
    [
        ("NAME", "Sofia Grace Hern\u00e1ndez"),
        ("DATE", "1/1"),
        ("NAME", "Dulce"),
        ("NAME", "Jonathan"),
    ],
    note="Apgar is an eponymous score",
)
# 66
p(
    "en",
    "birth_announcement",
    "Groundhog Day baby! Gideon Lapp made his entrance on Grundsaudaag, 2/2, and the Grundsau Lodge sent a card. Proud big sister Fannie says he already looks like a little groundhog.",
    [
        ("DATE", "Groundhog Day"),
        ("NAME", "Gideon Lapp"),
        ("DATE", "Grundsaudaag"),
        ("DATE", "2/2"),
        ("NAME", "Fannie"),
    ],
    note="the same birth day written three ways (English, PA Dutch, numeric): all DATE; the lodge is not an identifier",
)
# 67
p(
    "en",
    "discharge",
    "He's home!!! \U0001f3e0 Thank you for the cards, they can keep coming to 228 Chew St, Allentown 18102 - Bella's Papi",
    [("GEO", "228 Chew St"), ("GEO", "Allentown"), ("GEO", "18102"), ("NAME", "Bella")],
    note="family address; relative's name",
)
# 68
p(
    "en",
    "thank_you",
    "Huge shoutout to our patient J.R. from Coplay, who knitted 40 hats for the NICU during her 3 weeks on 4 North. J.R., you're a gem!",
    [("NAME", "J.R.", "*"), ("GEO", "Coplay")],
    note="initials used as the patient's name",
)
# 69
p(
    "en",
    "patient_story",
    'lol my aunt posted this on the hospital page: "Dear 6 North, my husband Gus Karras in bed 2 needs his hearing aids, they are in a Dutch Wonderland bag, call 610-555-0119 - Voula"',
    [("NAME", "Gus Karras"), ("OTHER_ID", "bed 2"), ("PHONE", "610-555-0119"), ("NAME", "Voula")],
    note="Dutch Wonderland is an amusement park, not a place of the patient",
)
# 70
p(
    "en",
    "patient_story",
    "Tonight's IronPigs Kid of the Game is our own Brody Kressley, 8, from Macungie, who finished chemo on 9.12! Cheer loud for him in section 110. #BrodyBeatsIt",
    [("NAME", "Brody Kressley"), ("GEO", "Macungie"), ("DATE", "9.12"), ("NAME", "#BrodyBeatsIt")],
    note="dotted date; section number is a seat, not an id",
)
# 71
p(
    "en",
    "milestone_birthday",
    "Our centenarian of the week: Mary Joseph Saleeby, who grew up above her father's grocery on Allentown's Second Street and turns 103 on Sunday. Kil sene w inti salmeh, Sitto!",
    [
        ("AGE", "centenarian"),
        ("NAME", "Mary Joseph Saleeby"),
        ("GEO", "Allentown"),
        ("GEO", "Second Street"),
        ("AGE", "103"),
    ],
    note="'centenarian' and the number are both AGE; Sunday is a weekday",
)
# 72
p(
    "en",
    "patient_story",
    "Musikfest scare: my wife Kris Oberholtzer fainted in the heat at the Festplatz on Aug. 9. The EMTs and the Bethlehem campus ED were amazing. Stay hydrated y'all!",
    [("NAME", "Kris Oberholtzer"), ("DATE", "Aug. 9")],
    note="festival venue is not GEO",
)
# 73
p(
    "en",
    "patient_story",
    "One of our heat-stroke patients from the Iron Run Distribution night shift asked us to remind everyone: drink water before you're thirsty.",
    [("NAME", "Iron Run Distribution")],
    note="unnamed patient, but the employer is named: patient-specific",
)
# 74
p(
    "en",
    "pasted_record",
    "MyJC portal help request: username sadiekauffman52, full name Sadie Kauffman, request came from 203.0.113.88, DOB 8/8/1952. Can someone in IT call her?",
    [
        ("OTHER_ID", "sadiekauffman52"),
        ("NAME", "Sadie Kauffman"),
        ("IP", "203.0.113.88"),
        ("DATE", "8/8/1952"),
    ],
    note="portal user name, IP and birth date",
)
# 75
p(
    "en",
    "patient_story",
    "Posting publicly since no one calls back: account #JC-7741902 for my mother Lucia Matos keeps getting billed twice for her 2/14 ER visit. Call me at (484) 555-0100.",
    [
        ("ACCOUNT", "JC-7741902"),
        ("NAME", "Lucia Matos"),
        ("DATE", "2/14"),
        ("PHONE", "(484) 555-0100"),
    ],
    note="the family's number shares its last seven digits with the hospital switchboard but has another area code: PHONE",
)
# 76
p(
    "en",
    "patient_story",
    "day 12 for #AbbyStrong \U0001f49b abby ate jello today and asked for her cat",
    [("NAME", "#AbbyStrong"), ("NAME", "abby")],
    note="name hashtag and lower-case name",
)
# 77
p(
    "en",
    "memorial",
    "Our hearts are with Pastor Dale and his boys. His wife passed on Thanksgiving morning after her long fight with Crohn's. The hospice team was with them.",
    [("NAME", "Dale"), ("DATE", "Thanksgiving")],
    note="the husband is the patient's relative; Pastor is a title; Crohn's is an eponym",
)
# 78
p(
    "en",
    "patient_story",
    "A buggy carrying the Glick family was hit on Route 23 near Morgantown on the evening of May 18. Mam Rebecca and baby Sarah are still with us on 4 North; please keep them in prayer. The driver stayed on scene.",
    [
        ("NAME", "Glick"),
        ("GEO", "Route 23"),
        ("GEO", "Morgantown"),
        ("DATE", "May 18"),
        ("NAME", "Rebecca"),
        ("NAME", "Sarah"),
    ],
    note="Amish buggy crash; the car's driver is not a patient",
)
# 79
p(
    "en",
    "patient_story",
    "Shout out to mi gente from Reading's Cotton Street: Don Eddie Col\u00f3n is 91 and back playing dominoes after his stroke in March!",
    [
        ("GEO", "Reading"),
        ("GEO", "Cotton Street"),
        ("NAME", "Eddie Col\u00f3n"),
        ("AGE", "91"),
        ("DATE", "March"),
    ],
    note="Reading is the patient's city here (also a common word); Don is a title",
)
# 80
p(
    "en",
    "patient_story",
    "If anyone from the fire company wants to send Chief Bob's wife a card, her email is peggyrex1960@aol.com. He's in room 211 until at least Friday.",
    [("NAME", "Bob"), ("EMAIL", "peggyrex1960@aol.com"), ("OTHER_ID", "room 211")],
    note="Chief is a title; the wife's email",
)
# 81
p(
    "en",
    "birth_announcement",
    "Born on Christmas Day in the Christmas City: welcome, Noelle Marie Kocher! Bethlehem's newest resident weighed 7 lb 7 oz and has a full head of hair.",
    [
        ("DATE", "Christmas Day"),
        ("GEO", "Christmas City"),
        ("NAME", "Noelle Marie Kocher"),
        ("GEO", "Bethlehem"),
    ],
    note="'the Christmas City' is Bethlehem's nickname and her home: GEO; Christmas Day is her birth day",
)
# 82
p(
    "en",
    "milestone_birthday",
    "Buster the therapy dog visited Margie Fenstermacher on her 99th birthday, July 11. Margie asked if Buster could stay for cake.",
    [
        ("NAME", "Margie Fenstermacher"),
        ("NAME", "Margie", "*"),
        ("AGE", "99th"),
        ("DATE", "July 11"),
    ],
    note="the dog's name is not labelled",
)
# 83
p(
    "en",
    "pasted_record",
    "Incident rpt (internal): 14JUL24 pt fall, RM 402, pt VOGEL, HENRY, MRN 04-77-1192, wife Ruth notified at 610-555-0183.",
    [
        ("DATE", "14JUL24"),
        ("OTHER_ID", "RM 402"),
        ("NAME", "VOGEL, HENRY"),
        ("MRN", "04-77-1192"),
        ("NAME", "Ruth"),
        ("PHONE", "610-555-0183"),
    ],
    note="military-style date of the fall",
)
# 84
p(
    "en",
    "pasted_record",
    "Discharge summary excerpt (posted in error): Adm 2024-03-02, Dc 2024-03-09. Pt: Nabil Tannous, 90 y/o M, MRN 40031876, home w/ daughter Rima in Fountain Hill.",
    [
        ("DATE", "2024-03-02"),
        ("DATE", "2024-03-09"),
        ("NAME", "Nabil Tannous"),
        ("AGE", "90"),
        ("MRN", "40031876"),
        ("NAME", "Rima"),
        ("GEO", "Fountain Hill"),
    ],
    note="ISO dates; '90 y/o' - the number is the age token",
)
# 85
p(
    "en",
    "milestone_birthday",
    "Catty's own Bernie Semmel turned 100 on the Fourth of July, and yes, he watched the fireworks from his window on 5 West. Go Rough Riders!",
    [("GEO", "Catty"), ("NAME", "Bernie Semmel"), ("AGE", "100"), ("DATE", "Fourth of July")],
    note="'Catty' is the local nickname for Catasauqua: GEO; the school team cheer is not an identifier",
)
# 86
p(
    "en",
    "patient_story",
    "follow my little brother's journey @teamjaxon_lv \U0001f499 he's on 3 North for his second round",
    [("OTHER_ID", "@teamjaxon_lv")],
    note="family social handle is the only identifier",
)
# 87
p(
    "en",
    "discharge",
    'Little "Peanut" (Xiomara) was born in April at just 1 lb 9 oz. Today she\'s 5 pounds and going home to Temple! Thank you, NICU.',
    [("NAME", "Peanut"), ("NAME", "Xiomara"), ("DATE", "April"), ("GEO", "Temple")],
    note="quoted nickname; birth month; Temple is a Berks County borough (and a word)",
)
# 88
p(
    "en",
    "milestone_birthday",
    "Happy 95th to Frank 'Bud' Kostelnik, who ran a crane at Beth Steel for 40 years and had his new hip put in here on 10/10/23. Still bowling Tuesdays!",
    [
        ("AGE", "95th"),
        ("NAME", "Frank 'Bud' Kostelnik"),
        ("NAME", "Beth Steel"),
        ("DATE", "10/10/23"),
    ],
    note="'Beth Steel' is the local short name of the employer",
)
# 89
p(
    "en",
    "patient_story",
    "Congrats to Yesenia Rodr\u00edguez de la Rosa, who rang the bell at our Cancer Center on Oct. 1, just in time for Pink October!",
    [("NAME", "Yesenia Rodr\u00edguez de la Rosa"), ("DATE", "Oct. 1")],
    note="compound Spanish surname with particles; Pink October is a campaign",
)
# 90
p(
    "en",
    "patient_story",
    "Please pray for my Jiddo Farid Nader, 93, who went into surgery this morning. He was born in Marjayoun and came to Allentown to work at the Steel in 1951.",
    [
        ("NAME", "Farid Nader"),
        ("AGE", "93"),
        ("GEO", "Marjayoun"),
        ("GEO", "Allentown"),
        ("NAME", "Steel"),
    ],
    note="foreign birthplace; employer 'the Steel'; 1951 is a bare year",
)
# 91
p(
    "en",
    "thank_you",
    "Harvest time almost took my Daed. On Sept. 28 Elam Burkholder, 61, got his arm caught in the corn picker on our farm along Old Route 22 near Lenhartsville. Our neighbor Jonas Martin used his belt as a tourniquet, and the flight crew had him at the trauma bay in 19 minutes. Six surgeries later, Daed is home, he can hold a fork, and he says the English doctors have to come for a pig roast. Thank you from all of us, the Burkholders.",
    [
        ("DATE", "Sept. 28"),
        ("NAME", "Elam Burkholder"),
        ("GEO", "Old Route 22"),
        ("GEO", "Lenhartsville"),
        ("NAME", "Burkholders"),
    ],
    note="farm accident; the neighbour is not a relative or household member: not labelled; harvest time is a season",
)
# 92
p(
    "en",
    "thank_you",
    "Hi JCRMC, I'm trying to reach the chaplain who prayed with my grandmother Luz Maria Cintr\u00f3n on Good Friday. Please email me: k.cintron.pr@gmail.com. God bless.",
    [
        ("NAME", "Luz Maria Cintr\u00f3n"),
        ("DATE", "Good Friday"),
        ("EMAIL", "k.cintron.pr@gmail.com"),
    ],
    note="holiday on which the patient's hospital event happened",
)
# 93
p(
    "en",
    "pasted_record",
    "Whoops, the lab label pic went up: TANNOUS RITA 04/09/1958 MRN 40066245 ACC 24-118-06677 coll 06/18 0700",
    [
        ("NAME", "TANNOUS RITA"),
        ("DATE", "04/09/1958"),
        ("MRN", "40066245"),
        ("OTHER_ID", "24-118-06677"),
        ("DATE", "06/18"),
    ],
    note="lab accession number OTHER_ID; the picture shows a label, not the patient: no PHOTO",
)
# 94
p(
    "en",
    "discharge",
    "Congrats to the Mertz twins of Bath, Owen and Eli, who came home on 4/20 after 52 days in the NICU!",
    [("NAME", "Mertz"), ("GEO", "Bath"), ("NAME", "Owen"), ("NAME", "Eli"), ("DATE", "4/20")],
    note="Bath, Northampton County, is a town named like a word",
)
# 95
p(
    "en",
    "thank_you",
    "My son Jadiel was born on the twenty-third of May at your Bethlehem campus and I never said thank you. Thank you \U0001f64f\U0001f3fd",
    [("NAME", "Jadiel"), ("DATE", "twenty-third of May")],
    note="date in words",
)
# 96
p(
    "en",
    "discharge",
    "Sister Perpetua, 97, blessed every nurse on 5 West on her way home today. She promised to pray for the night shift by name.",
    [("NAME", "Perpetua"), ("AGE", "97")],
    note="Sister is a title",
)
# 97
p(
    "en",
    "patient_story",
    "Hey Keystone Parcel HR, my husband Omar Zidan (employee #KP-20931) is STILL admitted, stop marking him no-call no-show!! Room 4412 if you want to check.",
    [
        ("NAME", "Keystone Parcel"),
        ("NAME", "Omar Zidan"),
        ("OTHER_ID", "KP-20931"),
        ("OTHER_ID", "Room 4412"),
    ],
    note="employer, employee number, room",
)
# 98
p(
    "en",
    "patient_story",
    "They said his plan won't cover my dad's rehab. His member # is GG7720018845 and his name is Carl Remaly, can someone from billing DM me",
    [("HEALTH_PLAN", "GG7720018845"), ("NAME", "Carl Remaly")],
    note="health plan member number",
)
# 99
p(
    "en",
    "patient_story",
    "Looking for witnesses: my daughter Kenzie Hartzell's Civic (plate KWN-7713) was rear-ended on Route 222 by the Trexlertown Giant on 8/15. She's still in the hospital. Message me or call 484-555-0151.",
    [
        ("NAME", "Kenzie Hartzell"),
        ("VEHICLE", "KWN-7713"),
        ("GEO", "Route 222"),
        ("GEO", "Trexlertown"),
        ("DATE", "8/15"),
        ("PHONE", "484-555-0151"),
    ],
    note="crash road and place, plate of the patient's car",
)
# 100
p(
    "en",
    "memorial",
    "The Riehl family thanks our hospice team for caring for Mammi Annie Riehl, 99, who died at home near Oley on Ascension Day, May 9. She quilted until her last week.",
    [
        ("NAME", "Riehl", 1),
        ("NAME", "Annie Riehl"),
        ("AGE", "99"),
        ("GEO", "Oley"),
        ("DATE", "Ascension Day"),
        ("DATE", "May 9"),
    ],
    note="Ascension Day (kept by Plain families) is the day of death; Oley is her home, not the clinic",
)
# 101
p(
    "en",
    "patient_story",
    "Reading to Grandpa: every night 7-year-old Ava reads to her Pop-pop Rich Fegley, 90, on 4 West. Last night it was Charlotte's Web, for the third time.",
    [("NAME", "Ava"), ("NAME", "Rich Fegley"), ("AGE", "90")],
    note="'Reading' is the verb, not the city; Charlotte's Web is a book",
)
# 102
p(
    "en",
    "patient_story",
    "Marcus Parkinson, 45, does not have Parkinson's. He has a new hip, thanks to our ortho team, and he's back on the loading dock. Marcus says the jokes never get old.",
    [("NAME", "Marcus Parkinson"), ("NAME", "Marcus", "*")],
    note="surname equal to an eponymous disease; the disease is not labelled",
)
# 103
p(
    "en",
    "anonymous_story",
    "A dad from the Southside brought our ED team a tray of homemade pierogies to thank them for saving his son after a sledding crash.",
    [("GEO", "Southside")],
    note="otherwise anonymous, but the family's neighbourhood is an identifier",
)
# 104
p(
    "en",
    "pasted_record",
    "Screenshot of the email I sent, since nobody answered: From: nadia.kassab.reading@gmail.com To: patientrelations@jordancreekhealth.org Subject: my mother Mariam Kassab, room 714, admitted 5/27",
    [
        ("EMAIL", "nadia.kassab.reading@gmail.com"),
        ("NAME", "Mariam Kassab"),
        ("OTHER_ID", "room 714"),
        ("DATE", "5/27"),
    ],
    note="the hospital address is not labelled, the daughter's is",
)
# 105
p(
    "en",
    "patient_story",
    'We asked Mammi Lydia Esh her age for the chart and she answered "zwee-un-neinzich" (ninety-two), then asked if our blood pressure cuff was made in Lancaster.',
    [("NAME", "Lydia Esh"), ("AGE", "zwee-un-neinzich"), ("AGE", "ninety-two")],
    note="age in PA Dutch and in English words; Lancaster is where the cuff was made, not her home",
)

# ---------------------------------------------------------------- English, not patient-specific
# 106
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Financial Counseling: (610) 555-0181, Mon-Fri 8-4:30, or billing@jordancreekhealth.org. Se habla espa\u00f1ol: (484) 555-0167.",
    "hospital lines and email only",
)
# 107
n(
    "en",
    "hospital_contact",
    "Our Reading campus main entrance has moved! Use the new entrance at 1100 Perkiomen Avenue, Reading, PA 19602. Valet opens at 6 a.m.",
    "the hospital's own address",
)
# 108
n(
    "en",
    "event",
    "Find our first-aid tents at Musikfest, August 2-11, at the Festplatz and near the Sands Steel Stage. Free sunscreen and water refills from our volunteers.",
    "event dates and venues",
)
# 109
n(
    "en",
    "statistic",
    "In 2023 our Trauma Center treated 412 people hurt in crashes on Route 22 and I-78. Slow down through the Cedar Crest split!",
    "roads in a statistic, no patient",
)
# 110
n(
    "en",
    "crisis_update",
    "Multi-vehicle crash on I-78 westbound at Exit 49 this morning: the Allentown campus received 7 patients, 2 in critical condition. Families looking for loved ones, call Patient & Family Relations at (610) 555-0145.",
    "crisis update: incident location, counts and a hospital line; no patient identified",
)
# 111
n(
    "en",
    "anonymous_story",
    "Last night a Mennonite couple didn't quite make it inside: their daughter was born in the buggy in the Oley Valley Clinic parking lot. Mom, baby and horse are all doing wonderful good.",
    "nameless birth story; the clinic's parking lot is the hospital's",
)
# 112
n(
    "en",
    "public_figure",
    "Happy birthday to West Reading's most famous baby! Taylor Swift was born December 13, 1989, just down the road. Our Birth Center gives every December 13 baby a friendship bracelet.",
    "public figure's birth date and town are never labelled",
)
# 113
n(
    "en",
    "public_figure",
    "Champ Larry Holmes, the Easton Assassin, stopped by our cardiac rehab gym and signed gloves for the staff. Thanks, Champ!",
    "public figure visit",
)
# 114
n(
    "en",
    "eponymous_condition",
    "Maple syrup urine disease (MSUD) is far more common in Old Order Mennonite families. Newborn screening finds it in the first days of life; ask about it at our Oley Valley Clinic, 35 Main Street, Oley.",
    "condition named after a syrup; population group; the clinic's address",
)
# 115
n(
    "en",
    "eponymous_condition",
    "Familial Mediterranean Fever runs in Lebanese, Syrian and Armenian families. Fevers with belly pain that keep coming back? Ask your doctor about FMF.",
    "condition named after a region; population groups",
)
# 116
n(
    "en",
    "health_tip",
    "Lyme disease season is here. After hiking the Appalachian Trail near Slatington or up the Pinnacle, check yourself, your kids and your dog for ticks.",
    "Lyme is a town-named eponym; hiking places are not tied to a patient",
)
# 117
n(
    "en",
    "staff_spotlight",
    "Meet Yesenia Pe\u00f1a-Rosario, RN, charge nurse on 4 North since March 2, 2009. She was born in San Francisco de Macor\u00eds and still makes the best habichuelas con dulce on the unit.",
    "staff member's start date and birthplace are not labelled",
)
# 118
n(
    "en",
    "sponsor",
    "Thank you, Crossroads Fulfillment, for donating 500 cooling towels to our warehouse heat-safety fair! #JordanCreekCares",
    "the company is a sponsor here, not a patient's employer",
)
# 119
n(
    "en",
    "campaign_hashtag",
    "#SteelStrong #ValleyStrong: 1,000 flu shots given at our Bethlehem campus drive-thru this weekend!",
    "campaign hashtags",
)
# 120
n(
    "en",
    "recruitment",
    "Now hiring patient care techs at our Bethlehem campus, 75 Ore Yard Lane. Bilingual English/Spanish or English/Arabic a plus. Call (484) 555-0134 or apply at jordancreekhealth.org/careers.",
    "hospital address, line and URL",
)
# 121
n(
    "en",
    "staff_spotlight",
    "Mabrouk to our own 6 West nurse Rania Saba, whose sitto turned 100 this week! Rania brought in a tray of her sitto's ma'amoul to celebrate.",
    "a staff member's own grandmother: ages of staff families are not labelled",
)
# 122
n(
    "en",
    "sponsor",
    "The Stoltzfus Family Birthing Suites open Monday, made possible by a gift from the Aaron and Miriam Stoltzfus Foundation. Tours at 10 a.m.",
    "donors naming a building",
)
# 123
n(
    "en",
    "public_figure",
    "Allentown's own Lee Iacocca was born on October 15, 1924. The Iacocca Foundation's diabetes grant supports our endocrinology fellows.",
    "public figure's birth date; foundation",
)
# 124
n(
    "en",
    "event",
    "Yes, we played 'Allentown' at the ribbon cutting. No, Billy Joel did not show up.",
    "song title and public figure",
)
# 125
n(
    "en",
    "event",
    "Celebrate Fasnacht Day with us! The cafeteria will have fastnachts on Tuesday, February 13, with proceeds going to the Birth Center.",
    "holiday and date of a hospital event",
)
# 126
n(
    "en",
    "event",
    "Blood drive at the St. George Lebanese Food Festival, Saturday, June 8, 9 to 3, in the church hall on Fourth Street. Kibbeh for every donor!",
    "event date and venue street",
)
# 127
n(
    "en",
    "health_tip",
    "Warehouse workers: peak season plus a heat wave is a dangerous mix. Drink a cup of water every 15-20 minutes and call 911 if a coworker stops sweating or gets confused.",
    "tip; peak season is not a date; 911 is a national line",
)
# 128
n(
    "en",
    "statistic",
    "1 in 3 Reading adults is Hispanic or Latino, and 1 in 5 of our Reading campus ED visits happens in Spanish. Our interpreters answer at (484) 555-0167, 24/7.",
    "population statistic; hospital line",
)
# 129
n(
    "en",
    "anonymous_story",
    "A steelworker in his 80s told our nurse he rolled the beams for half the bridges in New York. We believe him.",
    "age range under 90; no identifier",
)
# 130
n(
    "en",
    "anonymous_story",
    "Our oldest patient this week is 89 and still drives himself to his part-time job at a distribution center. Respect.",
    "age 89 is not labelled; the employer is not named",
)
# 131
n(
    "en",
    "anonymous_story",
    "Last night a baby boy was born in an elevator at our Allentown campus. Mom and baby are doing great, and the elevator has been renamed the Express.",
    "nameless birth; relative time expression",
)
# 132
n(
    "en",
    "research",
    "Our cardiology team is enrolling adults over 90 in a study of heart-valve repair. Call the research office at (610) 555-0152 to learn more.",
    "population age, hospital line",
)
# 133
n(
    "en",
    "crisis_update",
    "Buggy crash on Route 737 near Kempton: three patients were brought to our Allentown campus. Please avoid the area. We will not release names.",
    "crisis update about an incident; location is the incident's, not a named patient's",
)
# 134
n(
    "en",
    "event",
    "Jordan Creek Night at Coca-Cola Park is Friday, July 12! The first 2,000 fans get IronPigs scrub caps, and our nurses throw out the first pitch.",
    "event date and venue",
)
# 135
n(
    "en",
    "public_figure",
    'IronPigs closer Rafael "Rafa" Mej\u00eda visited the kids on 3 North on June 20 and signed every cast on the floor.',
    "ballplayer is a public figure; visit date is an event date",
)
# 136
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers. Our sports medicine team repairs elbow ligaments for mechanics, roofers and warehouse pickers too.",
    "eponymous surgery",
)
# 137
n(
    "en",
    "eponymous_condition",
    "What is Ellis-van Creveld syndrome? A rare genetic condition first described in an Amish community. Our genetics clinic sees families from all over Berks and Lancaster counties.",
    "eponymous syndrome; counties of a population",
)
# 138
n(
    "en",
    "health_tip",
    "Keeping Great Lent? If you have diabetes, talk to your doctor before the fast begins on March 18, and check your sugar more often.",
    "religious season and its start date are not a patient's date",
)
# 139
n(
    "en",
    "hospital_contact",
    "Medical records requests: fax (610) 555-0106 or email records@jordancreekhealth.org. Please do NOT post your MRN or date of birth in the comments!",
    "hospital fax and email; the words MRN and date of birth without values",
)
# 140
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Dr. Samir Haddad, who delivered more than 6,000 babies at our Bethlehem campus since 1988, including, he jokes, half of the Southside.",
    "staff member; the neighbourhood is a joke about many patients, no one identified",
)
# 141
n(
    "en",
    "campaign_hashtag",
    "#PigsForPink: every IronPigs home run in October sends $100 to our mammogram fund. Let's go, Pigs!",
    "campaign hashtag; month of a campaign",
)
# 142
n(
    "en",
    "event",
    "Happy New Year from our kitchen! Pork and sauerkraut for every patient tray on New Year's Day, a Pennsylvania Dutch tradition for good luck.",
    "holiday, no patient",
)
# 143
n(
    "en",
    "statistic",
    "Lehigh County lost 156 neighbors to overdose last year. Free naloxone is available at all three of our campuses, no questions asked.",
    "county in a public-health statistic",
)
# 144
n(
    "en",
    "research",
    "New from our trauma researchers: buggy crashes in Berks and Lancaster counties rose 18% between 2018 and 2023. Slow-moving vehicle emblems and LED lights save lives.",
    "research statistics",
)
# 145
n(
    "en",
    "health_tip",
    "Visiting family for Nochebuena? Flu and COVID shots are free at our Reading campus walk-in clinic through December 23.",
    "holiday and clinic dates",
)
# 146
n(
    "en",
    "anonymous_story",
    "A grandmother in her late 80s taught our whole night shift to fold pastelitos. We didn't ask her age; she told us anyway (88!).",
    "age 88 is not labelled",
)
# 147
n(
    "en",
    "public_figure",
    "History corner: Charles M. Schwab, who built Bethlehem Steel into a giant, was born February 18, 1862.",
    "historical figure's birth date; Bethlehem Steel is not a patient's employer here",
)
# 148
n(
    "en",
    "staff_spotlight",
    "Our community health worker Wanda Figueroa grew up on Allentown's 6th Street and now runs our diabetes classes at the Hamilton Street clinic. Reach her at wfigueroa@jordancreekhealth.org.",
    "staff member's neighbourhood and work email",
)
# 149
n(
    "en",
    "hospital_contact",
    "Our Family Health Center at 901 W Hamilton Street, Allentown, PA 18101, is now open Saturdays 8 to noon. Call (610) 555-0100 and ask for Hamilton.",
    "hospital address and switchboard",
)
# 150
n(
    "en",
    "event",
    "Blessing of the hands for Nurses Week, Monday, May 6, in the Allentown campus chapel, led by Fr. George Khoury of St. Elias Melkite Church.",
    "event date; clergy are not patients",
)
# 151
n(
    "en",
    "event",
    "Our EMTs will be at the Celtic Classic in Bethlehem, September 27-29. Look for the first-aid tent by the Highland games field.",
    "event dates and place",
)
# 152
n(
    "en",
    "event",
    "Visit our Heat & Hydration booth at the Kutztown Folk Festival, June 29 to July 7. Free water, free blood pressure checks, and a quilt raffle.",
    "festival dates",
)
# 153
n(
    "en",
    "recruitment",
    "Join our Oley Valley Clinic team! PA Dutch speakers especially welcome. Contact our recruiter Kendra Boyer at (610) 555-0190.",
    "recruiter is staff; clinic line",
)
# 154
n(
    "en",
    "public_figure",
    "Happy birthday to Reading native and Hall of Famer Lenny Moore, who turns 91 this year. A Reading High legend!",
    "public figure's age over 89 is not labelled",
)
# 155
n(
    "en",
    "campaign_hashtag",
    "#ReadingFuerte #AllentownStrong #BethlehemProud: ten years of our community health worker program, and 40,000 home visits.",
    "city names inside campaign hashtags",
)
# 156
n(
    "en",
    "health_tip",
    "Making pernil for Nochebuena? Keep raw pork away from the coquito, thaw in the fridge, and wash your hands. Your abuela would want you to.",
    "food-safety tip",
)
# 157
n(
    "en",
    "statistic",
    "Our three campuses delivered 4,218 babies in 2023, and 96 of them were born during Musikfest week.",
    "statistics; 96 is a count, not an age",
)
# 158
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease has nothing to do with motorcycles. It's an illness in young children that causes fever, red eyes, a rash and swollen hands.",
    "eponymous disease named after a person (and a city)",
)
# 159
n(
    "en",
    "health_tip",
    "West Nile virus was found in mosquitoes in Lehigh County this week. Dump standing water from buckets, tires and kiddie pools.",
    "eponymous virus; county in a public-health notice",
)
# 160
n(
    "en",
    "crisis_update",
    "Power outage at the Reading campus: generators are running and all patients are safe. Elective surgeries for today are moved to our Bethlehem campus.",
    "crisis update",
)
# 161
n(
    "en",
    "anonymous_story",
    "Our NICU's smallest grad this year weighed 1 lb 3 oz at birth and went home after 112 days. Her parents asked us not to share her name.",
    "nameless and dateless NICU story",
)
# 162
n(
    "en",
    "staff_spotlight",
    "Nurse spotlight: Amos King, RN, grew up on a Berks County dairy farm, speaks Deitsch with our Plain patients, and has worked nights in our ED since 2012.",
    "staff member with a Plain-community name",
)
# 163
n(
    "en",
    "event",
    "Free sports physicals for the Allen High Canaries and Reading High Red Knights, Saturday, August 3, 8 a.m. to noon at the Hamilton Street clinic.",
    "event date; schools",
)
# 164
n(
    "en",
    "hospital_contact",
    "Need a ride to your appointment? Call our transport line at (610) 555-0162. Buggy parking, with a hitching rail and water trough, is behind the Oley Valley Clinic.",
    "hospital line and facilities",
)
# 165
n(
    "en",
    "anonymous_story",
    'Yesterday a retired steelworker walked a full mile on our cardiac rehab track, one year after his bypass. "Easier than the open hearth," he said.',
    "relative time expressions; no identifier",
)
# 166
n(
    "en",
    "public_figure",
    "We join the Lehigh Valley in mourning former state Rep. Lou Kachmar, 92, a champion of our trauma center, who died May 3.",
    "public figure's age and date of death are not labelled",
)
# 167
n(
    "en",
    "sponsor",
    "Thanks to the Lehigh Valley IronPigs and Keystone Parcel for sponsoring our Pediatric Holiday Party! Santa arrives by forklift at 2 p.m.",
    "sponsors",
)
# 168
n(
    "en",
    "research",
    "Our occupational health researchers looked at heat illness in distribution-center workers: 61% of cases came on July and August night shifts.",
    "months in a research finding",
)
# 169
n(
    "en",
    "event",
    "Dia de Reyes toy drive: drop off new toys at any of our campuses until January 5. Los Reyes Magos visit Pediatrics on January 6!",
    "event dates on a holiday, no patient",
)
# 170
n(
    "en",
    "staff_spotlight",
    "Congratulations to Georgette Deeb, our Volunteer of the Year, who at 91 still knits a hat for every baby born at our Bethlehem campus!",
    "volunteer's age over 89 is not labelled",
)
# 171
n(
    "en",
    "hospital_contact",
    "Follow us: @JordanCreekHealth for news, @JordanCreekNICU for NICU families, @jcrmc_es en espa\u00f1ol, and @JCRMCFoundation for giving.",
    "the hospital's handles",
)
# 172
n(
    "en",
    "crisis_update",
    "Route 22 is closed both ways at Airport Road after a crash. Our Allentown campus ED is open; use the Furnace Hill Road entrance.",
    "road closure, hospital entrance",
)
# 173
n(
    "en",
    "statistic",
    "Reading's 19601 and 19602 ZIP codes have some of the highest childhood asthma rates in Pennsylvania. Free spacers at our Reading campus pharmacy.",
    "ZIP codes of a population statistic",
)
# 174
n(
    "en",
    "event",
    "And the winner of our Christkindlmarkt gingerbread contest is... the 6 West night shift, with a gingerbread Hill-to-Hill Bridge!",
    "event; staff team",
)
# 175
n(
    "en",
    "staff_spotlight",
    "Happy 40th work anniversary to Deb Moyer, our longest-serving unit clerk. Deb started on August 20, 1984, and has answered (610) 555-0100 more times than anyone alive.",
    "staff member's start date; hospital switchboard",
)
# 176
n(
    "en",
    "public_figure",
    "On December 31, 1972, Roberto Clemente died on his way to help earthquake victims. Our Puerto Rican heritage month honors him with a blood drive.",
    "historical figure's date of death",
)
# 177
n(
    "en",
    "health_tip",
    "St. Barbara's Day is December 4, and Lebanese kids will be out in costume. Check the treats, add reflective tape, and watch for little ones crossing Union Boulevard.",
    "holiday and street in a general tip",
)
# 178
n(
    "en",
    "anonymous_story",
    "One of our patients turned 89 today, and the whole unit sang Las Ma\u00f1anitas. She corrected our Spanish.",
    "age 89 is not labelled; 'today' is relative",
)
# 179
n(
    "en",
    "eponymous_condition",
    "Down syndrome awareness: our Pediatrics team is walking in the Buddy Walk at Coca-Cola Park on October 5. Join us!",
    "eponymous condition; event date",
)
# 180
n(
    "en",
    "recruitment",
    "Is your warehouse job ending after peak? We train patient care techs in 8 weeks, paid. Info session Tuesday at 5 p.m., 2400 Furnace Hill Road.",
    "the hospital's address",
)
# 181
n(
    "en",
    "campaign_hashtag",
    "#GiveBlood #JordanCreekCares: this summer's blood supply is the lowest since 2019. Book at jordancreekhealth.org/blood.",
    "campaign hashtags; hospital URL",
)
# 182
n(
    "en",
    "research",
    "Thanks to 1,200 Plain families who joined our genetic registry, newborns at the Oley Valley Clinic can now be screened for 14 more conditions.",
    "research participants as a group",
)
# 183
n(
    "en",
    "anonymous_story",
    "A forklift driver from one of the big distribution centers along I-78 taught our ICU nurses the difference between a reach truck and a cherry picker.",
    "unnamed worker; employer not named; the highway is not his home",
)
# 184
n(
    "en",
    "staff_spotlight",
    "Welcome back, Dr. Rami Nassar, home from his medical mission in Zahle, Lebanon, June 1-14.",
    "staff travel city and dates",
)
# 185
n(
    "en",
    "eponymous_condition",
    "Bell's palsy, Graves' disease, Hodgkin lymphoma, Addison's, Crohn's: our Eponym Trivia Night raised $2,300 for the nursing scholarship fund.",
    "eponyms",
)
# 186
n(
    "en",
    "event",
    "Our first-aid tent at Musikfest treated 64 people for heat illness on August 9 alone. Thank you to every volunteer who worked a shift!",
    "event date and count, no patient",
)
# 187
n(
    "en",
    "sponsor",
    "Thank you to the Khoury Family Foundation for funding our new pediatric playroom on 3 North.",
    "donor family naming a room, not introduced as a patient's relatives",
)
# 188
n(
    "en",
    "staff_spotlight",
    'Shoutout to "Big Jake" on our transport team, who carried 200 pounds of ice to the ED during the outage.',
    "staff member's nickname",
)
# 189
n(
    "en",
    "anonymous_story",
    "Our Spanish interpreter helped a grandmother in the Dominican Republic meet her new great-grandson on a video call from the Birth Center.",
    "country is not GEO; nameless",
)
# 190
n(
    "en",
    "event",
    "Celebrating the Feast of the Cross on September 14? Bonfire safety: keep water and a hose nearby, and keep kids back from the flames.",
    "holiday in a tip",
)
# 191
n(
    "en",
    "statistic",
    "38% of our occupational-medicine visits in 2023 came from distribution centers along the Route 22 and I-78 corridor.",
    "statistic",
)
# 192
n(
    "en",
    "recruitment",
    "Hiring medical interpreters: Spanish, Arabic and Pennsylvania Dutch. Email careers@jcrmc.org or call (610) 555-0152.",
    "hospital email domain and line",
)
# 193
n(
    "en",
    "crisis_update",
    "Boil-water advisory for Allentown ZIPs 18102 to 18104: our Allentown campus is using bottled water and patients and visitors are safe.",
    "ZIP codes of a public notice",
)
# 194
n(
    "en",
    "event",
    "FeRROUS and FeFe are visiting Pediatrics on Wednesday, May 15! Oinks and high-fives guaranteed.",
    "mascots and an event date",
)
# 195
n(
    "en",
    "anonymous_story",
    'We asked our NICU parents what they wish they\'d known. One mom said: "that I could hold her on day one."',
    "nameless quote",
)
# 196
n(
    "en",
    "staff_spotlight",
    "Our oldest volunteer, Harold, just turned 95 and still pushes the book cart every Thursday. Happy birthday, Harold!",
    "volunteer's age and name are not labelled",
)
# 197
n(
    "en",
    "health_tip",
    "Buggy owners: add extra reflective tape and LED lights before the days get shorter, and drivers, give buggies four feet when you pass on Route 23.",
    "road in a general tip",
)
# 198
n(
    "en",
    "statistic",
    "Nonagenarians are our fastest-growing group of surgical patients: 212 people over 90 had surgery with us last year.",
    "'nonagenarians' describes a population, not a patient",
)
# 199
n(
    "en",
    "event",
    "Grundsaudaag is February 2! Join the Oley Valley Clinic for a Groundhog Day breakfast and free blood pressure checks.",
    "holiday of a clinic event",
)
# 200
n(
    "en",
    "research",
    "Our emergency physicians studied 1,104 crashes on Route 22 between the 15th Street and Airport Road exits and found most happened between 3 and 7 p.m.",
    "roads in research, not tied to a patient",
)
# 201
n(
    "en",
    "staff_spotlight",
    "ED tech Marisol Cruz, whose own son spent 40 days in our NICU, now mentors new NICU families every Tuesday night.",
    "a staff member's own family; no identifier of the son",
)
# 202
n(
    "en",
    "hospital_contact",
    "Can't get through? Our 24/7 nurse line is (484) 555-0199, and the Bethlehem campus main line is (484) 555-0134. For emergencies, call 911.",
    "hospital lines and 911",
)
# 203
n(
    "en",
    "event",
    "Tonight's Steel Stacks lecture: 'From the Open Hearth to the OR', with retired steelworkers and our trauma surgeons. 7 p.m., free.",
    "event",
)
# 204
n(
    "en",
    "public_figure",
    "Reading-born pop star, Bethlehem boxing champ, Allentown auto legend: the Lehigh Valley has produced a few famous folks. Our Birth Center is ready for the next one.",
    "public figures, unnamed",
)
# 205
n(
    "en",
    "anonymous_story",
    "An Old Order grandfather asked our nurses to outen the lights early so he could be up for milking. He went home the next morning, in a driver's van.",
    "PA Dutch phrasing, nameless",
)
# 206
n(
    "en",
    "campaign_hashtag",
    "Wear your jersey Friday for #PigsForPeds! Every photo tagged #JordanCreekCares sends $5 to the pediatric playroom.",
    "campaign hashtags",
)
# 207
n(
    "en",
    "health_tip",
    "Sauerkraut on New Year's, pierogies at Wigilia, fastnachts on Fasnacht Day: holiday eating in the Lehigh Valley is a marathon. Pace yourself, and keep taking your meds.",
    "holidays in a tip",
)
# 208
n(
    "en",
    "research",
    "Congratulations to our diabetes team on their paper about insulin pump use among warehouse shift workers, published in the March issue.",
    "month of a publication",
)
# 209
n(
    "en",
    "anonymous_story",
    "A longtime patient asked for Dr. Haddad by name because he delivered all of her grandchildren. Sadly for her, he's retired and fishing in Maine.",
    "nameless patient; Dr. Haddad is staff; Maine is a state",
)
# 210
n(
    "en",
    "event",
    "Save the date: our Heart Walk starts at the Allentown campus on Saturday, September 21. Register at jordancreekhealth.org/heartwalk.",
    "event date and hospital URL",
)

# ---------------------------------------------------------------- Spanish, patient-specific
# 211
p(
    "es",
    "discharge",
    'Gracias a Dios y al equipo de cuidados intensivos. Mi pap\u00e1, Ram\u00f3n "Papo" Figueroa, de 91 a\u00f1os, sali\u00f3 hoy despu\u00e9s del accidente en la Ruta 222 del 3 de marzo. \u00a1Bendiciones a todos! Para la misa de acci\u00f3n de gracias, llamen a la familia al 610-555-0132. #FuerzaPapo',
    [
        ("NAME", 'Ram\u00f3n "Papo" Figueroa'),
        ("AGE", "91"),
        ("GEO", "Ruta 222"),
        ("DATE", "3 de marzo"),
        ("PHONE", "610-555-0132"),
        ("NAME", "#FuerzaPapo"),
    ],
    note="'91 a\u00f1os' -> '91'; crash road; name hashtag",
)
# 212
p(
    "es",
    "birth_announcement",
    "Nuestra Altagracia N\u00fa\u00f1ez naci\u00f3 el 21 de enero, D\u00eda de la Altagracia, \u00a1y su abuela dice que no pod\u00eda llamarse de otra manera! Bienvenida, Altagracia.",
    [
        ("NAME", "Altagracia N\u00fa\u00f1ez"),
        ("DATE", "21 de enero"),
        ("DATE", "D\u00eda de la Altagracia"),
        ("NAME", "Altagracia", "*"),
    ],
    note="the Dominican feast day of her birth carries her name: the holiday is DATE, the standalone name NAME",
)
# 213
p(
    "es",
    "birth_announcement",
    "\u00a1Lleg\u00f3 nuestro regalo de Reyes! Melchor Antonio Reyes Santana naci\u00f3 el D\u00eda de Reyes, 6 de enero, a las 5:40 a.m. en el campus de Bethlehem. Su papi Wilfredo no cabe de orgullo.",
    [
        ("NAME", "Melchor Antonio Reyes Santana"),
        ("DATE", "D\u00eda de Reyes"),
        ("DATE", "6 de enero"),
        ("NAME", "Wilfredo"),
    ],
    note="surname Reyes inside the name, holiday D\u00eda de Reyes is the birth day; 'regalo de Reyes' is a figure of speech, not a date",
)
# 214
p(
    "es",
    "memorial",
    "Descansa en paz, do\u00f1a Fefa (Josefa Ure\u00f1a de Cruz), 98 a\u00f1os, de San Francisco de Macor\u00eds y de la calle Tilghman en Allentown. Parti\u00f3 el 2 de noviembre, D\u00eda de los Fieles Difuntos, rodeada de sus nietos.",
    [
        ("NAME", "Fefa"),
        ("NAME", "Josefa Ure\u00f1a de Cruz"),
        ("AGE", "98"),
        ("GEO", "San Francisco de Macor\u00eds"),
        ("GEO", "calle Tilghman"),
        ("GEO", "Allentown"),
        ("DATE", "2 de noviembre"),
        ("DATE", "D\u00eda de los Fieles Difuntos"),
    ],
    note="nickname and full name; Dominican home town and Allentown street; All Souls' Day is the day of death",
)
# 215
p(
    "es",
    "thank_you",
    "Busco a la enfermera que cuid\u00f3 a mi hijo Jeremy en emergencias el 14/6 (s\u00ed, el 14 de junio, D\u00eda de la Bandera). Ll\u00e1meme al 484-555-0176 o escr\u00edbame a dayanara.cruz.lv@gmail.com. Dayanara",
    [
        ("NAME", "Jeremy"),
        ("DATE", "14/6"),
        ("DATE", "14 de junio"),
        ("DATE", "D\u00eda de la Bandera"),
        ("PHONE", "484-555-0176"),
        ("EMAIL", "dayanara.cruz.lv@gmail.com"),
        ("NAME", "Dayanara"),
    ],
    note="day/month order 14/6; same day written three ways (numeric, Spanish, US Flag Day in Spanish)",
)
# 216
p(
    "es",
    "pasted_record",
    "Pegado por error - Paciente: PAULINO, WANDER; F. nac.: 09/04/1987; NHC 3390-1174; Medicaid (PA ACCESS) 7712049931; Direcci\u00f3n: 812 N. 9th St., Reading 19604; Tel. 610-555-0165.",
    [
        ("NAME", "PAULINO, WANDER"),
        ("DATE", "09/04/1987"),
        ("MRN", "3390-1174"),
        ("HEALTH_PLAN", "7712049931"),
        ("GEO", "812 N. 9th St."),
        ("GEO", "Reading"),
        ("GEO", "19604"),
        ("PHONE", "610-555-0165"),
    ],
    note="NHC (n\u00famero de historia cl\u00ednica) is the MRN; home address in Reading",
)
# 217
p(
    "es",
    "patient_story",
    "fuerza mi Chichi \U0001f64f\U0001f3fd toda la familia de Bonao est\u00e1 orando por ti, habitaci\u00f3n 418 en el piso de ortopedia \u2764\ufe0f",
    [("NAME", "Chichi"), ("GEO", "Bonao"), ("OTHER_ID", "habitaci\u00f3n 418")],
    note="nickname; family's Dominican town; room",
)
# 218
p(
    "es",
    "milestone_birthday",
    '\u00a1Cien a\u00f1os! Nuestra paciente do\u00f1a Candelaria "Canda" Vargas cumpli\u00f3 cien a\u00f1os el 2 de febrero, D\u00eda de la Candelaria, en la unidad de rehabilitaci\u00f3n. Naci\u00f3 en Caguas, Puerto Rico, y vive en Reading desde 1961.',
    [
        ("AGE", "Cien"),
        ("AGE", "cien"),
        ("NAME", 'Candelaria "Canda" Vargas'),
        ("DATE", "2 de febrero"),
        ("DATE", "D\u00eda de la Candelaria"),
        ("GEO", "Caguas"),
        ("GEO", "Reading"),
    ],
    note="age in words twice; Candlemas carries her name; Puerto Rico is treated like a state (not GEO), Caguas is GEO",
)
# 219
p(
    "es",
    "milestone_birthday",
    "Mi abuela Mercedes Tav\u00e1rez cumple noventa y tres el 24 de junio, d\u00eda de San Juan \U0001f389 Sigan su p\u00e1gina: facebook.com/abuelamercedes.tavarez",
    [
        ("NAME", "Mercedes Tav\u00e1rez"),
        ("AGE", "noventa y tres"),
        ("DATE", "24 de junio"),
        ("DATE", "d\u00eda de San Juan"),
        ("URL", "facebook.com/abuelamercedes.tavarez"),
    ],
    note="age in words; San Juan (also a city) names her birthday",
)
# 220
p(
    "es",
    "patient_story",
    "Mi primo Anyelo De la Cruz choc\u00f3 con su moto en la calle Schuylkill esquina 5th Street el s\u00e1bado 12 de octubre. Placa PA MC-48Z1. Est\u00e1 en el piso 5, cama 3.",
    [
        ("NAME", "Anyelo De la Cruz"),
        ("GEO", "calle Schuylkill"),
        ("GEO", "5th Street"),
        ("DATE", "12 de octubre"),
        ("VEHICLE", "MC-48Z1"),
        ("OTHER_ID", "cama 3"),
    ],
    note="crash corner, motorcycle plate, bed; 's\u00e1bado' is a weekday; floor 5 is a unit",
)
# 221
p(
    "es",
    "pasted_record",
    "Hola, soy la hija de Teodora B\u00e1ez (expediente 00612877). Necesito copia de su r\u00e9cord para Medicare; mi correo es yahaira.baez@yahoo.com y el fax de mi oficina es 610-555-0193.",
    [
        ("NAME", "Teodora B\u00e1ez"),
        ("MRN", "00612877"),
        ("EMAIL", "yahaira.baez@yahoo.com"),
        ("FAX", "610-555-0193"),
    ],
    note="'expediente' is the MRN; daughter's email and fax",
)
# 222
p(
    "es",
    "patient_story",
    "Bendici\u00f3n a mi titi Carmen Qui\u00f1ones, hospitalizada desde el 19 de noviembre, D\u00eda del Descubrimiento de Puerto Rico, \u00a1qu\u00e9 casualidad! Los nenes de Mayag\u00fcez le mandan besos; las tarjetas, a carmen.quinones.pr@hotmail.com.",
    [
        ("NAME", "Carmen Qui\u00f1ones"),
        ("DATE", "19 de noviembre"),
        ("DATE", "D\u00eda del Descubrimiento de Puerto Rico"),
        ("GEO", "Mayag\u00fcez"),
        ("EMAIL", "carmen.quinones.pr@hotmail.com"),
    ],
    note="admission date also named as a Puerto Rican holiday; relatives' town",
)
# 223
p(
    "es",
    "patient_story",
    "Mi esposo Julio trabaja en Iron Run Distribution y se desmay\u00f3 del calor el 8 de julio. Su n\u00famero de empleado es 0047731, por si alguien de Recursos Humanos ve esto.",
    [
        ("NAME", "Julio"),
        ("NAME", "Iron Run Distribution"),
        ("DATE", "8 de julio"),
        ("OTHER_ID", "0047731"),
    ],
    note="first name Julio next to the month julio (lower case); employer and employee number",
)
# 224
p(
    "es",
    "discharge",
    "Nuestra guerrera Milagros naci\u00f3 de 24 semanas el 5 de mayo. Hoy, 120 d\u00edas despu\u00e9s, se va para su casa en el Southside. \u00a1Los milagros existen! #MilagrosDeMayo",
    [
        ("NAME", "Milagros"),
        ("DATE", "5 de mayo"),
        ("GEO", "Southside"),
        ("NAME", "#MilagrosDeMayo"),
    ],
    note="name that is a word (lower-case 'milagros' is the word); name hashtag",
)
# 225
p(
    "es",
    "milestone_birthday",
    "Abuelo Cheo (Jos\u00e9 \u00c1ngel Rivera) cumple 90 el domingo aqu\u00ed en el hospital. Lleg\u00f3 de Ponce en 1956 a trabajar en la Bethlehem Steel. Fotos del cumple en @familiarivera_lv",
    [
        ("NAME", "Cheo"),
        ("NAME", "Jos\u00e9 \u00c1ngel Rivera"),
        ("AGE", "90"),
        ("GEO", "Ponce"),
        ("NAME", "Bethlehem Steel"),
        ("OTHER_ID", "@familiarivera_lv"),
    ],
    note="nickname and name; employer; family handle; 'domingo' and 1956 not labelled",
)

# ---------------------------------------------------------------- Spanish, not patient-specific
# 226
n(
    "es",
    "hospital_contact",
    "\u00bfNecesita un int\u00e9rprete? Nuestra l\u00ednea en espa\u00f1ol atiende 24/7 al (484) 555-0167. L\u00ednea de enfermer\u00eda: (484) 555-0199.",
    "hospital lines",
)
# 227
n(
    "es",
    "health_tip",
    "Trabajadores de almacenes: con este calor, tomen agua cada 15 minutos aunque no tengan sed. Si un compa\u00f1ero deja de sudar o se confunde, llamen al 911.",
    "tip for warehouse workers; 911",
)
# 228
n(
    "es",
    "event",
    "Misa y chequeos de presi\u00f3n gratis por el D\u00eda de la Altagracia, domingo 21 de enero, en nuestro campus de Reading, 1100 Perkiomen Avenue.",
    "event date on a holiday; hospital address",
)
# 229
n(
    "es",
    "statistic",
    "El 32% de los pacientes de nuestro campus de Reading prefieren recibir atenci\u00f3n en espa\u00f1ol. Por eso tenemos 40 int\u00e9rpretes.",
    "statistic",
)
# 230
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Mercedes Almonte, pediatra, nacida en Santiago de los Caballeros, que atiende en nuestra cl\u00ednica de la calle Hamilton desde el 1 de julio de 2015.",
    "staff member's birthplace and start date",
)
# 231
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas se transmite por un insecto en partes de Am\u00e9rica Latina. Si vivi\u00f3 en zonas rurales y tiene palpitaciones, pregunte por la prueba.",
    "eponymous disease",
)
# 232
n(
    "es",
    "public_figure",
    "Roberto Clemente, orgullo de Carolina, Puerto Rico, naci\u00f3 el 18 de agosto de 1934. Este mes donamos sangre en su honor.",
    "public figure's birth date and town",
)
# 233
n(
    "es",
    "crisis_update",
    "Accidente m\u00faltiple en la Ruta 222 cerca de Kutztown: recibimos 5 pacientes en el campus de Allentown. Familiares, llamen al (610) 555-0145.",
    "crisis update; hospital line",
)
# 234
n(
    "es",
    "campaign_hashtag",
    "#ReadingFuerte #JuntosLV: gracias a todos los que se vacunaron en el Festival Puertorrique\u00f1o.",
    "campaign hashtags",
)
# 235
n(
    "es",
    "anonymous_story",
    "Una abuelita de 89 a\u00f1os nos ense\u00f1\u00f3 a hacer habichuelas con dulce en la sala de espera. \u00a1Qu\u00e9 sabor!",
    "age 89 is not labelled",
)
# 236
n(
    "es",
    "anonymous_story",
    "Anoche naci\u00f3 un beb\u00e9 en el estacionamiento de nuestro campus de Bethlehem. Mam\u00e1 y beb\u00e9 est\u00e1n bien, y pap\u00e1 todav\u00eda est\u00e1 temblando.",
    "nameless birth; 'anoche' is relative",
)
# 237
n(
    "es",
    "recruitment",
    "Buscamos int\u00e9rpretes de espa\u00f1ol y \u00e1rabe para los tres campus. Env\u00ede su resume a careers@jordancreekhealth.org.",
    "hospital email",
)
# 238
n(
    "es",
    "research",
    "Nuestro estudio sobre diabetes en familias dominicanas y puertorrique\u00f1as del Lehigh Valley busca 300 voluntarios mayores de 18 a\u00f1os.",
    "population groups and ages",
)
# 239
n(
    "es",
    "event",
    "\u00a1Los Reyes Magos visitan Pediatr\u00eda el 6 de enero! Juguetes para todos los ni\u00f1os hospitalizados, gracias a Keystone Parcel.",
    "event date; sponsor",
)
# 240
n(
    "es",
    "eponymous_condition",
    "S\u00edndrome de Down, enfermedad de Parkinson, mal de Alzheimer: nombres de m\u00e9dicos, no de pacientes. Aprenda m\u00e1s en jordancreekhealth.org/salud.",
    "eponyms; hospital URL",
)

if __name__ == "__main__":
    S.main("phi_dev98_source")
