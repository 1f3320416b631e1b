"""Blind development set d95 for the PHI scanner: Grand Tulip Health, West Michigan.

Written blind (without reading the scanner or any other data set), from the labelling
rules in build_phi_eval.py (docstring) and the decisions in build_phi_dev.py.

ORGANISATION (phi_dev95_org.json; never PHI)
  Grand Tulip Health: Grand Tulip Medical Center (1200 Monroe Ave NW, Grand Rapids, trauma
  center), Grand Tulip Lakeshore Hospital (455 Windmill Dr, Holland: Birth Center, Holland
  ED), Lakeshore Outpatient Pavilion (3900 Lakeshore Parkway/Pkwy, Zeeland: Plain Community
  Health Liaison) and the Refugee & Migrant Health Clinic (7100 Kalamazoo Ave SE,
  Kentwood). Lines 616-555-0100 ... 0111, domains grandtulip.org, my.grandtulip.org,
  grandtuliphealth.org, gthkids.org; handles @GrandTulipHealth, @GrandTulipKids,
  @GrandTulipFdn, @gth_lakeshore.

FOCUS
  Grand Rapids / Holland / Zeeland / Hudsonville: Dutch Reformed families (double-Dutch
  surnames written every way: VanderArk, Vander Molen, van den Berg, ver Hage, VER BEEK,
  De Vries, Ter Haar, ter Horst, Vande Guchte; Frisian first names Tjitske, Sietse, Wiebe,
  Aukje, Dieuwke; kinship words Oma, Opa, Beppe, Pake), Tulip Time, klompen dancers,
  Sinterklaas / pakjesavond, CRC and Reformed churches; Guatemalan (K'iche', Mam) and
  Mexican farmworkers in blueberry, apple and asparagus country (Sparta, Hart, Fennville,
  Conklin), greenhouse and orchard employers; Congolese and Burundian refugees in Kentwood
  and Wyoming (Kirundi/Swahili names that are ordinary words: Furaha, Baraka, Amani,
  Zawadi, Neema, Espoir, Merveille, Bienvenu; Nyarugusu camp; Bujumbura); Bosnian families
  (Bajram, Hodzic-type diacritics, devedeset); furniture and office-chair plants (employers
  of patients AND sponsors); Lake Michigan and Lake Macatawa drownings, rip currents,
  piers and beach parks; firearm deer season (the Nov. 15 opener, tree-stand falls,
  deer-car crashes, DNR hunting licences); Old Order Amish (Eli's Katie naming, by-names
  like Gravel Dan, phone shanties, buggy crashes).

HARD CASES (positives)
  names that are ordinary words (Hope, Faith, Grace, Joy, Harm, Post, Brink, Kok, Ivy,
  Peanut, Dulce, Transito, Divine, Bienvenu, June); lower-case names and hashtags (dirk,
  pim, bienvenu, #dirkstrong, #prayersforrandy); name-only hashtags (#BrammieStrong,
  #VanderArkFamily, #IvyLeague - a real phrase that here carries the patient's name);
  ALL-CAPS posts; "LAST, First" board and chart lines; obituary conventions ("Ruth (Dale)
  Van Wieren"); Amish "Eli's Katie"; relatives in odd constructions ("Marv's Jen's boy
  Tyler", "the Hoekstra girl ... the younger Brink boy"); ages in words and in other
  languages (ninety-seven, one hundred, NINETY-THREE, devedeset, noventa y dos,
  centenarian, centenaria, 91st year, 92F); dates as 02.06.2024, 14.03.1989, 07NOV24,
  2024-11-23, 6-1-23, 9/11, "the 27th", "second of February", holidays (pakjesavond,
  Sinterklaas, first day of Bajram, Eid al-Fitr, Congo's Independence Day, Dia de la
  Candelaria, Nochebuena, Groundhog Day, Father's Day, Labor Day, opening day);
  Wyoming (a Michigan city, GEO) and I-96 / M-40 / US-31 crash roads; employers; refugee
  A-Number; RN licence and death-certificate numbers; shared phone-shanty numbers.

HARD NEGATIVES
  staff, chaplains, interpreters and volunteers with Dutch, Bosnian and Congolese names
  (a 91-year-old and a 95-year-old volunteer; a charge nurse's own baby; a doctor who
  became an opa); doctors named inside patient posts (Bruinsma, Bos, Timmermans, Okafor)
  and Dr. Fenna Mulder; nurse Grace (staff) next to patients; public and historical figures (Gerald R. Ford, Betty Ford,
  #BeLikeBetty, Albertus Van Raalte, Lida Rogers, a mayor, a gospel singer); donor
  families naming a pavilion; sponsors that are employers in other posts (Kettle Creek
  Seating, Zuidema Furniture Works, Vander Zwaag Farms, Lakeshore Office Seating); event
  dates (Tulip Time May 3-11, Kinderparade, Sinterklaas arrival, opener Nov. 15, June 30
  match, blood drive on Valentine's Day, Dia de los Muertos altar); eponyms and place-named
  diseases (Lyme, Bell's palsy, Huntington's, Osgood-Schlatter, Tommy John, Down syndrome,
  Crohn's, Guillain-Barre, Chagas); statistics with 90+, 97, "91-degree heat"; popular
  baby names; pet therapy dogs; an 89-year-old (not over 89); hospital lines, addresses,
  ZIPs and the "Patient Name, Room Number" mailing template.

LANGUAGE MIX
  210 English (105 patient-specific / 105 not) and 30 Spanish (15 / 15). English posts
  code-switch into Dutch, Frisian, Bosnian, Kirundi, Swahili and Spanish phrases.

LABELLING DECISIONS (where the rules leave room)
  1. Dutch particles belong to the NAME span however written (van, de, der, den, ver,
     vander, vanden, ter; joined or spaced, any case). A plural family name is one token
     ("the VanderArks", "Hoekstras and Brinks", "Vreemans") and is labelled as written,
     because the builder cannot cut "s" off a word.
  2. Kinship words used as titles are not part of a name: Oma, Opa, Beppe, Pake, Bibi,
     Nana, Tantine, Mama, Papa, abuelita, don/dona ("Beppe Tjits" -> "Tjits",
     "Bibi Kahindo" -> "Kahindo"). Alone ("our Oma turned 95") they are not NAME.
  3. Amish naming: "Eli's Katie" is two NAMEs (father Eli, daughter Katie); a by-name that
     distinguishes the person ("Gravel Dan Miller") is part of the NAME span.
  4. Employers (holdout decision: NAME) include the employer of a relative named in a
     patient post (HIPAA.md: "relatives, household or employer"), e.g. the greenhouse
     that employs a newborn's parents. An employer whose name contains a town ("Zeeland
     Greenhouses") is one NAME span, not GEO. Sponsors and donors are never labelled,
     even when the same company is a patient's employer in another post.
  5. A church, school or team name is not an identifier; the town of the church is GEO
     when it tells where the patient lives ("Second CRC in Grand Haven").
  6. Multi-day festivals and seasons are not dates: Tulip Time, deer season, blueberry
     harvest, Ramadan, "the holidays". Single named days are DATE when the patient's event
     happened on them: Christmas Eve, pakjesavond / Sinterklaas (Dec. 5), the first day
     of Bajram, Eid al-Fitr, Valentine's, Groundhog Day, Labor Day, and Michigan's firearm
     deer opener "opening day" (always Nov. 15) when the patient was hurt on it. "Opening
     Saturday" of Tulip Time is a weekday expression and is not labelled.
  7. The place of the patient's incident is GEO like the road of a crash: beach parks
     (Tunnel Park, Kirk Park), Lake Macatawa / "Lake Mac" (inside one county), the
     county of a hunting accident, crash roads (M-40, I-96, US-31, M-66, M-21). A place
     of the patient's own history (Omaha Beach, Omarska) is GEO too. Lake Michigan
     borders four states and is not GEO.
     States, countries, Dutch provinces (Friesland, Drenthe), Guatemalan departments
     (Huehuetenango) and Congolese provinces are state-level and not GEO; foreign towns,
     villages and refugee camps (Bujumbura, Omarska, Leeuwarden, Nyarugusu, San Pedro
     Soloma) are GEO. Wyoming is the Michigan city and is GEO when it is the family's.
  8. A relative's own city is GEO (a granddaughter "in Denver"); the hospital's own
     cities are GEO only when they are the patient's home ("our Holland triplets").
  9. Chart shorthand age tokens are AGE as one token ("92F", "96F"); "88M" is 88 and is
     not labelled. Ages in words are AGE ("ninety-seven", "devedeset", "noventa y dos").
 10. Refugee A-Number and a portal user name are OTHER_ID; a bed on a tracking board
     written "ICU-4" is OTHER_ID with its keyword; hunting, driver's, RN licences and a
     death-certificate number are LICENSE; "SSN ending 4417" is SSN.
 11. A phone given as the way to reach the family is the family's PHONE even when it is a
     shared Amish phone shanty or a roommate's phone.
 12. Photos of a whiteboard, a census board or a car are not PHOTO; the word "pics" in a
     request for pictures is not PHOTO.
 13. A staff member's own baby and a volunteer's age are never labelled, even though the
     baby was born in the hospital.
 14. Identifiers are labelled as written even when disguised: a phone number in words
     ("six one six, five five five, ..."), an email written "x at gmail dot com".
     Placeholders are not names ("Doe, Unknown male", "Patient Name, Room Number"); the
     chocolate letter N in a bassinet is an object, not an initial used for the patient;
     row numbers on a tracking board are not bed numbers.

COUNTS (printed by the build): 240 posts, 120 patient-specific / 120 not; 574 spans:
  NAME 268, DATE 107, GEO 70, AGE 36, OTHER_ID 22, MRN 17, PHONE 16, EMAIL 14,
  LICENSE 4, PHOTO 4, URL 4, HEALTH_PLAN 3, VEHICLE 3, SSN 2, ACCOUNT 1, DEVICE 1,
  FAX 1, IP 1.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev95.jsonl"), os.path.join(HERE, "phi_dev95_org.json"), "d95")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Fenna Grace VanderArk! \U0001f337 Born May 9, right in the middle of Tulip Time, at our Holland Birth Center: 7 lb 2 oz. Big brother Bram (4) has already promised to teach her the klompen dance. #FennaBloom",
    [
        ("NAME", "Fenna Grace VanderArk"),
        ("DATE", "May 9"),
        ("NAME", "Bram"),
        ("NAME", "#FennaBloom"),
    ],
    note="Tulip Time is a festival week, not a date (decision 6); joined Dutch surname; name hashtag",
)
# 2
n(
    "en",
    "health_tip",
    "Michigan's firearm deer opener is Nov. 15. Before you climb: full-body harness, lifeline, haul your unloaded gun up on a rope, and text someone your stand location. Tree-stand falls send more hunters to our trauma bay than gunshots do. #BlazeOrangeSafe",
    "season date and campaign hashtag; no person",
)
# 3
p(
    "en",
    "patient_story",
    'Opening day did not go as planned for Gerrit "Gus" Huizenga, 58, of Fremont. He fell 14 feet from his ladder stand at 6:40 a.m., and by 9 our trauma team had him in surgery. He says the 8-pointer is still out there. #GusGetsBackUp',
    [
        ("DATE", "Opening day"),
        ("NAME", 'Gerrit "Gus" Huizenga'),
        ("GEO", "Fremont"),
        ("NAME", "#GusGetsBackUp"),
    ],
    note="opening day = Nov. 15 opener, the day of his fall (decision 6); age 58 not labelled",
)
# 4
n(
    "en",
    "staff_spotlight",
    "40 years, 3,000-plus deliveries, one pair of wooden shoes under the nurses' station: happy work anniversary to Hendrika \"Riek\" Vander Wal, RN, of our Holland Birth Center! Riek started on May 14, 1985, and still remembers the blizzard of '78 better than any of us.",
    "staff nurse, her start date is not a patient's date",
)
# 5
p(
    "en",
    "discharge",
    "Eli's Katie is going home! Katie Yoder, 6, spent 11 days with us after the family buggy rolled on 3 Mile Road near Leroy on Sept. 14. The Yoders don't have a phone or internet, so they asked us to pass on their thanks to the EMTs and to the English neighbor who stayed with the horse.",
    [
        ("NAME", "Eli"),
        ("NAME", "Katie Yoder"),
        ("NAME", "Katie", "*"),
        ("NAME", "Yoders"),
        ("GEO", "3 Mile Road"),
        ("GEO", "Leroy"),
        ("DATE", "Sept. 14"),
    ],
    note="Amish naming: Eli's Katie = father Eli + Katie (decision 3); plural family name",
)
# 6
n(
    "en",
    "crisis_update",
    "Beach hazard statement through Thursday: 4-7 ft waves and strong currents along the Ottawa and Allegan county shoreline. Stay off the piers at Holland State Park and Grand Haven. If someone is in trouble, call 911 and throw, don't go. #FlipFloatFollow",
    "places not tied to any patient; 911 is a national line",
)
# 7
p(
    "en",
    "memorial",
    'We are grieving with the Ndayishimiye family. Jean-Baptiste ("JB"), 17, went into the water off the north pier on July 3 to reach his little cousin Aline, who had been pulled out by the current. Aline is alive because of him. JB came to Grand Rapids from Nyarugusu camp just two years ago and wanted to be a nurse. Kirundi and Swahili interpreters are with the family at our Kentwood clinic this week. #JBForever',
    [
        ("NAME", "Ndayishimiye"),
        ("NAME", "Jean-Baptiste"),
        ("NAME", "JB", "*"),
        ("DATE", "July 3"),
        ("NAME", "Aline", "*"),
        ("GEO", "Grand Rapids"),
        ("GEO", "Nyarugusu"),
        ("NAME", "#JBForever"),
    ],
    note="drowning; refugee camp is a foreign place (GEO, decision 7); the Kentwood clinic is the hospital's",
)
# 8
n(
    "en",
    "event",
    "Swim safety class for newcomer families, Saturdays in June at the Kentwood YMCA pool. Sessions in Kirundi, Swahili, French and Spanish. Free life jackets for every child who finishes. Sign up: 616-555-0104.",
    "event and the hospital's clinic line",
)
# 9
p(
    "en",
    "pasted_record",
    "oops wrong window \U0001f648\U0001f648 please ignore \u2192 DE VRIES, WILHELMINA J | DOB 02/11/1948 | MRN GT-00715528 | Rm 3-214B | CHF exac | DNR/DNI | dtr Marcia (cell) 616-555-0143",
    [
        ("NAME", "DE VRIES, WILHELMINA J"),
        ("DATE", "02/11/1948"),
        ("MRN", "GT-00715528"),
        ("OTHER_ID", "Rm 3-214B"),
        ("NAME", "Marcia"),
        ("PHONE", "616-555-0143"),
    ],
)
# 10
n(
    "en",
    "staff_spotlight",
    "Case Brouwer is 91, a Korea veteran, and the reason the gift-shop cart shows up on 5 South every Tuesday at 10. Thank you for 22 years of volunteering, Case! #GrandTulipVolunteers",
    "volunteer; a volunteer's age over 89 is not labelled",
)
# 11
p(
    "en",
    "milestone_birthday",
    'Happy 100th birthday to Hendrika "Riekie" Bosma! \U0001f389 Born Jan. 22 on a farm in Friesland, she crossed on the Westerdam after the war, raised nine kids in Hudsonville, and still finishes the Banner crossword before breakfast. Beppe, the whole 4 West crew loves you. #Riekie100',
    [
        ("AGE", "100th"),
        ("NAME", 'Hendrika "Riekie" Bosma'),
        ("DATE", "Jan. 22"),
        ("GEO", "Hudsonville"),
        ("NAME", "#Riekie100"),
    ],
    note="Friesland is a Dutch province (state-level, not GEO); Beppe is a kinship word",
)
# 12
n(
    "en",
    "eponymous_condition",
    "Lyme disease isn't just a Connecticut problem anymore. Blacklegged ticks are established in Ottawa, Allegan and Muskegon counties. After the hunt, check your scalp, armpits and waistband, and call your doctor about any bull's-eye rash.",
    "place-named disease and counties, no patient",
)
# 13
p(
    "en",
    "patient_story",
    "Get-well wishes to Senad Hodžić, line lead on 2nd shift at Zuidema Furniture Works, who lost two fingertips in a press on 10/7. His wife Amra says he's already making jokes about 'hands-free' office chairs. Brzo ozdravi, Senad: the whole line is with you!",
    [
        ("NAME", "Senad Hodžić"),
        ("NAME", "Senad", "*"),
        ("NAME", "Zuidema Furniture Works"),
        ("DATE", "10/7"),
        ("NAME", "Amra"),
    ],
    note="employer is NAME (holdout decision)",
)
# 14
n(
    "en",
    "sponsor",
    "A big dank je wel to Kettle Creek Seating of Zeeland, whose employees built and donated 60 recliners for our Labor & Delivery and NICU families this spring. Partners and grandparents, enjoy the lumbar support!",
    "sponsor; its town is not a patient's",
)
# 15
p(
    "en",
    "patient_story",
    "@GrandTulipHealth my dad Piet ver Hage was in bed 6 in your Holland ER all last night and nobody has called me back. I am his daughter, 616-555-0187. PLEASE call.",
    [("NAME", "Piet ver Hage"), ("OTHER_ID", "bed 6"), ("PHONE", "616-555-0187")],
    note="comment; lower-case particle inside the name; the daughter's phone",
)
# 16
n(
    "en",
    "hospital_contact",
    "We're so sorry for the wait. To protect your dad's privacy, please don't share details here. Call Patient Relations at 616-555-0105 and ask for the ED liaison, or message us privately.",
    "hospital reply with its own line; no identifier",
)
# 17
p(
    "en",
    "anonymous_story",
    "Our oldest hip-fracture patient this year is ninety-seven. Today she walked the length of the hallway with her walker and her great-grandson, and told our PT, 'In Drenthe we walked to church in wooden shoes. This is nothing.'",
    [("AGE", "ninety-seven")],
    note="nameless, but an age over 89 makes it patient-specific; Drenthe is a province",
)
# 18
n(
    "en",
    "anonymous_story",
    "A farmworker in his 30s collapsed in a blueberry field last week after a nine-hour shift in 91-degree heat. He is recovering. Water, shade, rest: every hour, every crew. Your crew leader must give you breaks.",
    "anonymous; 91-degree is a temperature",
)
# 19
p(
    "en",
    "memorial",
    "Allah rahmet duši. Our friend and longtime dialysis patient Mirsad Begović passed away on the first day of Bajram, with his sons Emir and Adnan holding his hands. He survived the camp at Omarska, came to Holland in 1997, and gave 24 years to the finishing line at Zuidema Furniture Works. Dženaza is Saturday after Zuhr.",
    [
        ("NAME", "Mirsad Begović"),
        ("DATE", "first day of Bajram"),
        ("NAME", "Emir"),
        ("NAME", "Adnan"),
        ("GEO", "Omarska"),
        ("GEO", "Holland"),
        ("NAME", "Zuidema Furniture Works"),
    ],
    note="named single holiday of his death is DATE; bare year 1997 not labelled",
)
# 20
n(
    "en",
    "event",
    "Bajram Šerif Mubarek to all our Bosnian patients, families and staff! Halal meal trays are available on every unit through the holiday. Just ask your nurse. \U0001f319",
    "holiday greeting, no patient event",
)
# 21
p(
    "en",
    "patient_story",
    "Please share \U0001f64f The Kuipers family of Jenison lost their home in a fire on Feb 2, and little Sjoerd is still in our burn unit. His mom set up a page: gofundme.com/f/kuipers-family-fire",
    [
        ("NAME", "Kuipers"),
        ("GEO", "Jenison"),
        ("DATE", "Feb 2"),
        ("NAME", "Sjoerd"),
        ("URL", "gofundme.com/f/kuipers-family-fire"),
    ],
)
# 22
n(
    "en",
    "statistic",
    "By the numbers, 2024 at our two trauma centers: 212 deer-vehicle crashes, 61 tree-stand falls, 9 hunting-related gunshot wounds, 0 falls among hunters who wore a harness. Opening day alone brought 14 patients.",
    "statistics; opening day is not one patient's event here",
)
# 23
p(
    "en",
    "patient_story",
    "so proud of my lil bro dirk!!! he rang the bell on 4/18 and he is DONE with chemo \U0001f49b\U0001f49b thank u 7 north nurses u are angels #dirkstrong",
    [("NAME", "dirk"), ("DATE", "4/18"), ("NAME", "#dirkstrong")],
    note="lower-case name and hashtag",
)
# 24
n(
    "en",
    "campaign_hashtag",
    "#DutchCourage isn't the liquid kind. It's scheduling your colonoscopy at 45. Ask your doctor or call 616-555-0100. #GrandTulipScreens",
    "campaign hashtags and the main line",
)
# 25
p(
    "en",
    "discharge",
    "Hope, Faith and Grace Timmer, our Holland triplets, are going home today after 52 days in the NICU! Born Nov. 30 at 29 weeks, they now weigh a combined 14 pounds. Mom Kristen says they're already louder than the Tulip Time carillon.",
    [
        ("NAME", "Hope"),
        ("NAME", "Faith"),
        ("NAME", "Grace Timmer"),
        ("GEO", "Holland"),
        ("DATE", "Nov. 30"),
        ("NAME", "Kristen"),
    ],
    note="names that are ordinary words; home town (decision 8)",
)
# 26
n(
    "en",
    "public_figure",
    "On July 14 we remember Gerald R. Ford, Grand Rapids' own president, born on that date in 1913. His name is on our airport, and Betty Ford's name is on a clinic that changed how America talks about addiction.",
    "public figures and their dates",
)
# 27
p(
    "en",
    "birth_announcement",
    "Furaha means 'joy' in Swahili, and that is exactly what baby Furaha Irakoze brought to room 2210 on the morning of March 8, International Women's Day. Hongera, Mama Claudine and Papa Didier! \U0001f388",
    [
        ("NAME", "Furaha Irakoze"),
        ("NAME", "Furaha", "*"),
        ("OTHER_ID", "room 2210"),
        ("DATE", "March 8"),
        ("DATE", "International Women's Day"),
        ("NAME", "Claudine"),
        ("NAME", "Didier"),
    ],
    note="the same day named twice: both DATE; the word-meaning sentence names her too",
)
# 28
n(
    "en",
    "event",
    "Join us Sat., March 8 for International Women's Day: free mammogram screenings at our Kentwood clinic with Swahili, Kirundi, Bosnian and Spanish interpreters. Walk-ins welcome 8-2. 7100 Kalamazoo Ave SE.",
    "event date and the hospital's address",
)
# 29
p(
    "en",
    "thank_you",
    "A thank-you from Gravel Dan Miller (that is what everyone in the settlement calls him, to tell him from the other three Dan Millers). The sawmill accident on 8/22 cost him his left leg below the knee but not his humor: 'Now I'm the one-legged Dan Miller, easy to find.'",
    [("NAME", "Gravel Dan Miller"), ("NAME", "Dan Miller", "*"), ("DATE", "8/22")],
    note="Amish by-name is part of the NAME (decision 3); 'the other three Dan Millers' are not him",
)
# 30
n(
    "en",
    "research",
    "New from our genetics team: with the help of Old Order Amish and Mennonite families across Michigan, we identified a founder variant linked to maple syrup urine disease. Screening is free for Plain community families. No phone or internet needed: bishops can request a visit by mail.",
    "research about a population group",
)
# 31
p(
    "en",
    "thank_you",
    "Hi, I'm Pascal Mugisha's son. Dad was discharged on 12/19 and left his rosary and my kids' drawings in the locker by bed 14. Please email me at eric.mugisha88@gmail.com and I will pick them up. Murakoze cane!",
    [
        ("NAME", "Pascal Mugisha"),
        ("DATE", "12/19"),
        ("OTHER_ID", "bed 14"),
        ("EMAIL", "eric.mugisha88@gmail.com"),
    ],
)
# 32
n(
    "en",
    "staff_spotlight",
    "Congratulations to our charge nurse Tess DeBoer and her husband Kyle on the birth of baby Levi, born Jan. 3 at 8 lb 1 oz! Tess, we'll hold down the fort on 6 East. \U0001f499",
    "a staff member's own family is never labelled (decision 13)",
)
# 33
p(
    "en",
    "discharge",
    "Mattie Borntrager, mother of our friend Eli Borntrager from the harness shop, is in her 91st year and still quilts every morning. She came in on Thanksgiving Day with pneumonia and went home Dec. 4 to the farm outside Howard City. 'Denki' to the 3 North nurses from the whole family.",
    [
        ("NAME", "Mattie Borntrager"),
        ("NAME", "Eli Borntrager"),
        ("AGE", "91st"),
        ("DATE", "Thanksgiving Day"),
        ("DATE", "Dec. 4"),
        ("GEO", "Howard City"),
    ],
)
# 34
n(
    "en",
    "hospital_contact",
    "Thanksgiving Day hours: all clinics closed; both emergency departments open 24/7. Holland ED: 616-555-0102. Grand Rapids ED: 616-555-0101.",
    "holiday hours and hospital lines",
)
# 35
p(
    "en",
    "thank_you",
    "Thank you doctor and nurses for my wife Neema she giving birth 02.06.2024 to a boy his name Baraka. Our phone 616 555 0162 if nurse Grace want to visit us, she is like family for us now.",
    [("NAME", "Neema"), ("DATE", "02.06.2024"), ("NAME", "Baraka"), ("PHONE", "616 555 0162")],
    note="nurse Grace is staff, not labelled; dotted day-month date",
)
# 36
n(
    "en",
    "statistic",
    "Baraka means 'blessing' in Swahili. Our refugee health team has been a blessing to 1,200 newcomer families since 2016. Want to help? Drop off diapers and bus passes at any Grand Tulip front desk.",
    "a word that is also a name, no patient",
)
# 37
p(
    "en",
    "patient_story",
    "Wes Dykstra, 44, of Coopersville fell from his tree stand on the 15th (yes, opening day) without a harness: L1 burst fracture, 8 days with us. His brother Jake asked us to share this so one more hunter clips in. Wes, we'll see you at outpatient rehab.",
    [
        ("NAME", "Wes Dykstra"),
        ("NAME", "Wes", "*"),
        ("GEO", "Coopersville"),
        ("DATE", "15th"),
        ("DATE", "opening day"),
        ("NAME", "Jake"),
    ],
    note="day of month alone and the opener: the same day twice, both DATE",
)
# 38
n(
    "en",
    "health_tip",
    "Deer-vehicle crashes peak from mid-October through November. If a deer jumps out: brake firmly, stay in your lane, don't swerve. Swerving is what puts people in our ICU.",
    "safety tip",
)
# 39
p(
    "en",
    "pasted_record",
    "Whiteboard from 6 East got into the background of our Nurses Week story. Deleted within minutes, but it read: 'Rm 6412 - BEGIĆ, Lejla - MRN 4470-2291 - NPO after MN - sister Aida at bedside.' We have reported it to Privacy.",
    [("OTHER_ID", "Rm 6412"), ("NAME", "BEGIĆ, Lejla"), ("MRN", "4470-2291"), ("NAME", "Aida")],
    note="a photo of a whiteboard is not PHOTO (decision 12)",
)
# 40
n(
    "en",
    "event",
    "Nurses Week kicks off May 6! \U0001f337 Thank you to our 2,400 nurses across Grand Rapids, Holland and Kentwood. Watch for the stroopwafel cart on every unit.",
    "event date",
)
# 41
p(
    "en",
    "patient_story",
    "Tomás Ajanel López came to our Holland ED on Aug. 12 after three days picking blueberries for Vander Zwaag Farms in 95-degree heat. His cousin Felipe drove him in from the labor camp on 64th Avenue. Tomás is home now and asked us to tell every crew: drink before you are thirsty.",
    [
        ("NAME", "Tomás Ajanel López"),
        ("NAME", "Tomás", "*"),
        ("DATE", "Aug. 12"),
        ("NAME", "Vander Zwaag Farms"),
        ("NAME", "Felipe"),
        ("GEO", "64th Avenue"),
    ],
    note="employer NAME; camp road is where he lives; 95-degree is a temperature",
)
# 42
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Jean-Pierre Kabongo, who trained in Bukavu and Kinshasa and now leads our Refugee & Migrant Health Clinic in Kentwood. Fun fact: he speaks five languages and still can't pronounce 'Schuitema.'",
    "staff; a doctor's foreign cities are not PHI",
)
# 43
p(
    "en",
    "milestone_birthday",
    "happy 1st bday to our rainbow baby pim!! \U0001f382 born 6-1-23 in the grand tulip nicu at 1 lb 14 oz and now he's chasing our chickens around the yard in allendale",
    [("NAME", "pim"), ("DATE", "6-1-23"), ("GEO", "allendale")],
    note="lower-case name and town",
)
# 44
n(
    "en",
    "health_tip",
    "Ask the Pharmacist: can I take ibuprofen after my Tulip Time half marathon? Short answer: wait until you've rehydrated. Long answer on our blog at grandtulip.org/ask.",
    "tip; hospital domain",
)
# 45
p(
    "en",
    "patient_story",
    "Can someone in billing help?? My mother Zlata Kovačević got a bill for $4,812 (account 7781-330-045) for her stay in October and Medicare should have covered it. I have called three times.",
    [("NAME", "Zlata Kovačević"), ("ACCOUNT", "7781-330-045"), ("DATE", "October")],
    note="month of the stay is a date element",
)
# 46
n(
    "en",
    "hospital_contact",
    "Billing questions? Please don't post account numbers here. Call Patient Financial Services at 616-555-0110, Monday-Friday 8-5. Hablamos español: 616-555-0106.",
    "hospital lines",
)
# 47
p(
    "en",
    "patient_story",
    "Why is our claim getting denied?? My son Isaac Brink (member ID PHX448120937) was seen in your Holland ER on 1/5 for a deer-tick bite and we got a letter saying he's not covered.",
    [("NAME", "Isaac Brink"), ("HEALTH_PLAN", "PHX448120937"), ("DATE", "1/5")],
)
# 48
n(
    "en",
    "statistic",
    "Only 1 in 3 Michigan hunters who fell from a tree stand last season was wearing a harness. Clip in from the ground up.",
    "statistic",
)
# 49
p(
    "en",
    "patient_story",
    "Dana Schaap's Equinox (plate DR8 DEER, we can't make this up) met a 10-point buck on M-40 south of Hamilton on Nov. 2. Dana walked away with a broken collarbone; the buck did not. Thanks for letting us share, Dana!",
    [
        ("NAME", "Dana Schaap"),
        ("NAME", "Dana", "*"),
        ("VEHICLE", "DR8 DEER"),
        ("GEO", "M-40"),
        ("GEO", "Hamilton"),
        ("DATE", "Nov. 2"),
    ],
    note="crash road and town are GEO; vanity plate",
)
# 50
n(
    "en",
    "statistic",
    "Our Holland ED cared for 97 patients on the Saturday of Tulip Time, including 31 for heat and dehydration. Bring water to the parade route!",
    "97 is a patient count, not an age",
)
# 51
p(
    "en",
    "patient_story",
    "Ron VerBurg, your wallet turned up in the trauma bay after your fall on Saturday. Security is holding it for you: the DNR hunting license #217-504-339 and your driver's license V 612 445 778 901 are both inside. Call 616-555-0100 and ask for Security.",
    [("NAME", "Ron VerBurg"), ("LICENSE", "217-504-339"), ("LICENSE", "V 612 445 778 901")],
    note="hunting and driver's licences; hospital line not labelled",
)
# 52
n(
    "en",
    "campaign_hashtag",
    "Hunting license, check. Blaze orange, check. Harness? Check. Tell us what's in your deer camp first-aid kit below \U0001f447 #DeerCampReady",
    "campaign",
)
# 53
p(
    "en",
    "pasted_record",
    "Wrong group chat, deleting in a sec: 'Device clinic - pt J. Hoekstra, pacemaker SN RNB447120H, remote transmission failed x2, next in-person check 3/14, wife Ineke prefers a call after 4pm.'",
    [("NAME", "J. Hoekstra"), ("DEVICE", "RNB447120H"), ("DATE", "3/14"), ("NAME", "Ineke")],
)
# 54
n(
    "en",
    "event",
    "Happy Pi Day! \U0001f967 Our Holland cafeteria is serving Dutch apple pie for $3.14 a slice all day March 14. Proceeds go to the NICU family fund.",
    "event date",
)
# 55
p(
    "en",
    "pasted_record",
    "[internal - IT ticket pasted to page by mistake] Portal user oma.truus47 locked out after 5 attempts; last successful login from 203.0.113.58. Pt: Truus Zwiers, MRN 00391774. Granddaughter Sanne is proxy.",
    [
        ("OTHER_ID", "oma.truus47"),
        ("IP", "203.0.113.58"),
        ("NAME", "Truus Zwiers"),
        ("MRN", "00391774"),
        ("NAME", "Sanne"),
    ],
    note="portal user name is OTHER_ID",
)
# 56
n(
    "en",
    "health_tip",
    "MyGrandTulip portal tip: you can give a family member proxy access without sharing your password. Log in at my.grandtulip.org, then Sharing, then Invite a proxy.",
    "portal tip; hospital domain",
)
# 57
p(
    "en",
    "pasted_record",
    "Re: release for Henk Post. Please send it to his daughter's fax at the dairy, 269-555-0134, not the house line 269-555-0135. Mom doesn't check the kitchen fax since Pa's stroke.",
    [("NAME", "Henk Post"), ("FAX", "269-555-0134"), ("PHONE", "269-555-0135")],
    note="family fax and phone; 'Post' is a surname here",
)
# 58
n(
    "en",
    "hospital_contact",
    "Need your records? Health Information Management, Grand Tulip Medical Center, 1200 Monroe Ave NW, Grand Rapids, MI 49501. Fax requests to 616-555-0111 or call 616-555-0100, ext. 4.",
    "hospital address, fax and phone",
)
# 59
p(
    "en",
    "pasted_record",
    "PLEASE DELETE - registration screenshot text: 'NDIKUMANA, Jeanine  F  DOB 14.03.1989  SSN 000-47-1182  A# 212-345-678  Lang: Kirundi  Addr: 2230 Clyde Park Ave SW Apt 4, Wyoming MI 49509'",
    [
        ("NAME", "NDIKUMANA, Jeanine"),
        ("DATE", "14.03.1989"),
        ("SSN", "000-47-1182"),
        ("OTHER_ID", "212-345-678"),
        ("GEO", "2230 Clyde Park Ave SW Apt 4"),
        ("GEO", "Wyoming"),
        ("GEO", "49509"),
    ],
    note="A-Number is OTHER_ID (decision 10); Wyoming is the Michigan city (decision 7); not PHOTO",
)
# 60
n(
    "en",
    "event",
    "Wyoming, Kentwood and Grandville families: our new pediatric urgent care on 28th Street opens Monday. Open 8 a.m.-10 p.m., 7 days.",
    "cities of a hospital event",
)
# 61
p(
    "en",
    "birth_announcement",
    "Pictured: Amani and Zawadi Nshimirimana, our first babies of 2025, born Jan. 1 at 12:07 and 12:19 a.m. Parents Espérance and Jean-Claude came to Grand Rapids from Nyarugusu camp in Tanzania three years ago. Amani means peace and Zawadi means gift. \U0001f381",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Zawadi Nshimirimana"),
        ("NAME", "Amani", "*"),
        ("NAME", "Zawadi", "*"),
        ("DATE", "Jan. 1"),
        ("NAME", "Espérance"),
        ("NAME", "Jean-Claude"),
        ("GEO", "Grand Rapids"),
        ("GEO", "Nyarugusu"),
    ],
    note="photo cue; Swahili names that are words; Tanzania is a country",
)
# 62
n(
    "en",
    "statistic",
    "New Year's baby count: 4 babies at our Holland Birth Center and 7 in Grand Rapids between midnight and noon on Jan. 1. Welcome, little ones!",
    "a count of births, no individual",
)
# 63
p(
    "en",
    "memorial",
    'RIP Uncle Bert \U0001f494 Albert "Bert" De Witt, 94, of Zeeland: Navy man, 41 years at the chair plant, Sunday school teacher at First Reformed. He passed peacefully on 5 North on March 2nd. Thank you Grand Tulip nurses for the coffee and the psalms.',
    [
        ("NAME", 'Albert "Bert" De Witt'),
        ("NAME", "Bert", "*"),
        ("AGE", "94"),
        ("GEO", "Zeeland"),
        ("DATE", "March 2nd"),
    ],
)
# 64
n(
    "en",
    "event",
    "Two of our chaplains, Rev. Arie Bultman and Imam Samir Delić, will lead an interfaith remembrance service Nov. 3 at 7 p.m. in the Holland campus chapel. All families who lost someone this year are welcome.",
    "staff names and an event date",
)
# 65
p(
    "en",
    "patient_story",
    "When Gloriose Niyonzima was three, in a village outside Bujumbura, no one could tell her mother why the little girl's hands and feet kept swelling. It took a refugee health screening in Tanzania, a long flight and a bus to Michigan before anyone said the words 'sickle cell.' She had her first transfusion with us on 14 August, a day her mom Nadine now calls her second birthday. Today Gloriose is 11, a fifth grader in Wyoming, and the fastest girl on her soccer team. Her sister Divine is studying to be a phlebotomist, 'so I can be the one holding the needle,' she says. Thank you, Niyonzima family, for letting us share your story for World Sickle Cell Day.",
    [
        ("NAME", "Gloriose Niyonzima"),
        ("NAME", "Gloriose", "*"),
        ("NAME", "Niyonzima", "*"),
        ("GEO", "Bujumbura"),
        ("DATE", "14 August"),
        ("NAME", "Nadine"),
        ("GEO", "Wyoming"),
        ("NAME", "Divine"),
    ],
    note="long story; day-month date; Wyoming MI city; 'second birthday' not a date; awareness day not labelled",
)
# 66
n(
    "en",
    "health_tip",
    "June 19 is World Sickle Cell Day. Sickle cell disease affects about 1 in 365 Black American births and many families from Central and East Africa. Our hematology clinic offers hydroxyurea counseling in Kirundi, Swahili and French.",
    "awareness day and statistic",
)
# 67
p(
    "en",
    "milestone_birthday",
    "Nana Fata (Fatima Mujić) turned devedeset - ninety! - on our geriatrics unit on the 27th, and the nurses learned to sing 'Sretan rođendan.' Her granddaughter Selma brought enough baklava for three floors.",
    [
        ("NAME", "Fata"),
        ("NAME", "Fatima Mujić"),
        ("AGE", "devedeset"),
        ("AGE", "ninety"),
        ("DATE", "27th"),
        ("NAME", "Selma"),
    ],
    note="age in Bosnian and English words; Nana is a kinship word",
)
# 68
n(
    "en",
    "event",
    "Ćevapi, stroopwafels and tamales: our Holland campus International Food Day is Sept. 20 on the front lawn, 11-2. Proceeds benefit the interpreter fund.",
    "event",
)
# 69
p(
    "en",
    "discharge",
    "Thank you to everyone who prayed for our Pieter \U0001f64f Pieter Jan van den Berg (PJ to his friends at Unity Christian) was pulled from Lake Macatawa on June 21 after his sailboat capsized. 9 days in the PICU, and this morning he walked out the front door. #PrayForPieter",
    [
        ("NAME", "Pieter Jan van den Berg"),
        ("NAME", "Pieter", "*"),
        ("NAME", "PJ"),
        ("GEO", "Lake Macatawa"),
        ("DATE", "June 21"),
        ("NAME", "#PrayForPieter"),
    ],
    note="Lake Macatawa (one county) is the place of the incident, GEO (decision 7); school name not labelled",
)
# 70
n(
    "en",
    "health_tip",
    "Lake Michigan water temps are still in the 50s. Cold shock can make even strong swimmers gasp and go under within a minute. Wear a life jacket when paddleboarding, every time.",
    "tip",
)
# 71
p(
    "en",
    "pasted_record",
    "@channel pls don't share outside the unit - bed 22 (VER BEEK, Jantina, 92F) fam wants NO visitors except son Marv. Pastor from Fourth Reformed is OK.",
    [("OTHER_ID", "bed 22"), ("NAME", "VER BEEK, Jantina"), ("AGE", "92F"), ("NAME", "Marv")],
    note="internal note; chart age token 92F (decision 9)",
)
# 72
n(
    "en",
    "event",
    "Volunteers needed for our Sinterklaas visit to the pediatric floor, Dec. 5! We need Pieten helpers, pepernoten bakers and someone who can ride a (stuffed) horse. Email volunteer@grandtulip.org.",
    "holiday event, hospital email",
)
# 73
p(
    "en",
    "birth_announcement",
    "Our little Sinterklaas baby! Noor Vanden Bosch arrived on pakjesavond, December 5th, at 11:52 p.m., just in time for her oma to put a chocolate letter N in her bassinet. Gefeliciteerd, Joost and Marieke!",
    [
        ("DATE", "Sinterklaas"),
        ("NAME", "Noor Vanden Bosch"),
        ("DATE", "pakjesavond"),
        ("DATE", "December 5th"),
        ("NAME", "Joost"),
        ("NAME", "Marieke"),
    ],
    note="the birthday named three ways: all DATE (decision 6)",
)
# 74
n(
    "en",
    "sponsor",
    "The DeWitt-Vanden Berg Children's Pavilion opens its doors on June 2! Thank you to the DeWitt and Vanden Berg families, whose gift made 48 private family rooms possible.",
    "donor families naming a building",
)
# 75
p(
    "en",
    "birth_announcement",
    "Born on Congo's Independence Day! Merveille Kabila Mwamba arrived June 30 at 4:10 a.m., and Papa Bienvenu showed up to the delivery in his Léopards jersey. Welcome, Merveille! \U0001f1e8\U0001f1e9",
    [
        ("DATE", "Congo's Independence Day"),
        ("NAME", "Merveille Kabila Mwamba"),
        ("NAME", "Merveille", "*"),
        ("DATE", "June 30"),
        ("NAME", "Bienvenu"),
    ],
    note="a public figure's surname as a baby's middle name is labelled",
)
# 76
n(
    "en",
    "event",
    "Léopards fans, calm down \U0001f602 Our Kentwood clinic will stream the Congo-Morocco match on June 30 in the community room. Bring snacks, not vuvuzelas.",
    "event date",
)
# 77
p(
    "en",
    "pasted_record",
    "Pasted from an Epic message by mistake (removed): 'Gerda Vander Molen, 93, MRN 1188 2047, d/c to Zeeland home 11/07. Dtr Janice Roelofs, email gvdmolen@chartermi.net, prefers texts 616-555-0129.'",
    [
        ("NAME", "Gerda Vander Molen"),
        ("AGE", "93"),
        ("MRN", "1188 2047"),
        ("GEO", "Zeeland"),
        ("DATE", "11/07"),
        ("NAME", "Janice Roelofs"),
        ("EMAIL", "gvdmolen@chartermi.net"),
        ("PHONE", "616-555-0129"),
    ],
)
# 78
n(
    "en",
    "statistic",
    "Gerrit, Hendrik, Pieter and Klaas: the most popular boys' names at our Holland Birth Center in 1955. In 2024? Liam, Noah, Oliver and... Baraka. Holland has changed, and we love it. \U0001f337",
    "popular names, no person",
)
# 79
p(
    "en",
    "thank_you",
    "If anyone from 4 West has pics from Opa's 95th party last week, can you email them to us? thevanderarks@gmail.com. He talks about you all every day! -Jen (his granddaughter)",
    [("AGE", "95th"), ("EMAIL", "thevanderarks@gmail.com"), ("NAME", "Jen")],
    note="a request for pics is not PHOTO; Opa is a kinship word",
)
# 80
n(
    "en",
    "staff_spotlight",
    "Our oldest volunteer, Jo Tubergen, celebrated her 95th birthday at the gift shop today with 95 stroopwafels. Jo has volunteered every Wednesday since 1988. Lang zal ze leven!",
    "a volunteer's age is not labelled",
)
# 81
p(
    "en",
    "milestone_birthday",
    "Our centenarian on 3 North asked for one thing for her 102nd birthday: a window seat to watch the snow fall over the Grand River. Done. \U0001f382",
    [("AGE", "centenarian"), ("AGE", "102nd")],
    note="nameless, ages over 89",
)
# 82
n(
    "en",
    "statistic",
    "Michigan has more than 2,000 centenarians, and Ottawa County has one of the highest rates per capita in the state. Researchers credit church, casseroles and cold winters.",
    "population ages",
)
# 83
p(
    "en",
    "thank_you",
    "Shout-out to Marv's Jen's boy Tyler (you know who you are \U0001f602), who kept his grandpa Marv Kok company every night on 7 South after the bypass on the 3rd. Kok family, you rock.",
    [
        ("NAME", "Marv Kok"),
        ("NAME", "Marv", "*"),
        ("NAME", "Kok", "*"),
        ("NAME", "Jen"),
        ("NAME", "Tyler"),
        ("DATE", "3rd"),
    ],
    note="relatives in a West Michigan construction (Marv's Jen's boy)",
)
# 84
n(
    "en",
    "anonymous_story",
    "Last night a baby girl was born in the back of a pickup truck in our Holland parking lot. Mom, baby and a very pale dad are all doing well. Our Birth Center team sprinted.",
    "anonymous",
)
# 85
p(
    "en",
    "memorial",
    "Selma and Emir Hodžić thank everyone who searched the water at Tunnel Park on the evening of Aug. 6 for their son Harun, 14. His body was recovered the next morning. Harun loved the Detroit Lions, ćevapi and his little sister Lamija. Janaza will be held at the Bosnian mosque; details from the family at selma.hodzic@icloud.com.",
    [
        ("NAME", "Selma"),
        ("NAME", "Emir Hodžić"),
        ("GEO", "Tunnel Park"),
        ("DATE", "Aug. 6"),
        ("NAME", "Harun", "*"),
        ("NAME", "Lamija"),
        ("EMAIL", "selma.hodzic@icloud.com"),
    ],
    note="beach park of the drowning is GEO (decision 7)",
)
# 86
n(
    "en",
    "sponsor",
    "Tunnel Park, Kirk Park and Holland State Park now have free life-jacket loaner stations, thanks to the Lakeshore Water Safety Coalition. Borrow one, bring it back.",
    "parks not tied to a patient; sponsor",
)
# 87
p(
    "en",
    "patient_story",
    "It's been one year since the crash on 28th Street that put our Ivy in the ICU for 41 days. Ivy Ver Hoef, you are the toughest 19-year-old in Kentwood. Dec 9 will always be our day. #IvyLeague",
    [
        ("NAME", "Ivy Ver Hoef"),
        ("NAME", "Ivy", "*"),
        ("GEO", "28th Street"),
        ("GEO", "Kentwood"),
        ("DATE", "Dec 9"),
        ("NAME", "#IvyLeague"),
    ],
    note="#IvyLeague is a real phrase but here carries the patient's name",
)
# 88
n(
    "en",
    "public_figure",
    "Albertus Van Raalte led his Dutch Seceders to the Black River in 1847 and founded Holland. His statue in Centennial Park gets a fresh tulip bed every May, planted by our grounds crew this year!",
    "historical figure",
)
# 89
p(
    "en",
    "thank_you",
    "Rosa Tzoc's husband Apolonio asked us to post this because he doesn't have Facebook: 'Thank you to the doctors who saved my wife after the van accident on US-31 near Hart on the 4th of July. The farm where we both work, Ver Planck Orchards, paid my days off. God bless you.'",
    [
        ("NAME", "Rosa Tzoc"),
        ("NAME", "Apolonio"),
        ("GEO", "US-31"),
        ("GEO", "Hart"),
        ("DATE", "4th of July"),
        ("NAME", "Ver Planck Orchards"),
    ],
)
# 90
n(
    "en",
    "event",
    "Asparagus season in Oceana County means long days bent over in the fields. Our mobile clinic will be at farms near Hart and Shelby every Tuesday evening in May and June. Free, confidential, en español.",
    "event places and months, no patient",
)
# 91
p(
    "en",
    "pasted_record",
    "Census board pic from the ICU went out in our 'behind the scenes' reel for ~10 min. Visible: 'ICU-4: MULDER, Klaas 88M MRN 5520913 - intubated - wife Jo'. We've taken it down and notified the family. We're sorry.",
    [("OTHER_ID", "ICU-4"), ("NAME", "MULDER, Klaas"), ("MRN", "5520913"), ("NAME", "Jo")],
    note="88M is not over 89; board photo is not PHOTO (decisions 9, 12)",
)
# 92
n(
    "en",
    "staff_spotlight",
    "Behind the scenes in our ICU: 24 beds, 140 nurses, 3 therapy dogs (Bolletje, Kaas and Stroop) and one very old espresso machine. Nurses, we see you. #ICUstrong",
    "pets' names and staff",
)
# 93
p(
    "en",
    "patient_story",
    "For the family of Lavina Schrock (the Amish girl hurt in the hay-baler accident on 11 Mile Rd on July 18): the bishop says you can reach them through the phone shanty at the end of their lane, 231-555-0191, mornings only.",
    [
        ("NAME", "Lavina Schrock"),
        ("GEO", "11 Mile Rd"),
        ("DATE", "July 18"),
        ("PHONE", "231-555-0191"),
    ],
    note="shared phone shanty is the family's PHONE (decision 11)",
)
# 94
n(
    "en",
    "hospital_contact",
    "Plain community families: you can now schedule clinic visits by mail. Write to our Plain Community Health Liaison, Lakeshore Outpatient Pavilion, 3900 Lakeshore Pkwy, Zeeland, MI 49464.",
    "the hospital's own address",
)
# 95
p(
    "en",
    "milestone_birthday",
    'Grandpa Cor turned one hundred on Friday, and our Holland rehab gym threw him a party with kruidnoten and a polka. Cornelis "Cor" Kamphuis: WWII underground courier at 17, furniture finisher at 30, great-great-grandpa at one hundred. We love you, Opa! - the Kamphuis kids',
    [
        ("NAME", 'Cornelis "Cor" Kamphuis'),
        ("NAME", "Cor", "*"),
        ("NAME", "Kamphuis", "*"),
        ("AGE", "one hundred", "*"),
    ],
    note="age in words, twice",
)
# 96
n(
    "en",
    "event",
    "WWII and Korea veterans and their families: Honor Flight Lakeshore is taking applications for the fall flight. Our medical volunteers ride along. Info: 616-555-0107.",
    "event, foundation line",
)
# 97
p(
    "en",
    "patient_story",
    "Deer camp report from the Bosma cabin in Newaygo County: Uncle Tjeerd, 67, took a .30-06 round through the calf when his buddy's rifle went off in the truck. Tjeerd Bosma is OK and home from the trauma unit. Unload before you load up, folks.",
    [
        ("NAME", "Tjeerd Bosma"),
        ("NAME", "Bosma", "*"),
        ("NAME", "Tjeerd", "*"),
        ("GEO", "Newaygo County"),
    ],
    note="county of the injury is GEO",
)
# 98
n(
    "en",
    "statistic",
    "Hunter ed reminder: most hunting shooting incidents in Michigan involve someone the shooter knew. Treat every firearm as loaded, in the truck and at camp.",
    "statistic",
)
# 99
p(
    "en",
    "pasted_record",
    "[accidentally posted from the charge nurse's phone, deleted]\nHolland ED tracking 0300:\n 1  ZWIERS, Berend   76M  MRN 00482291  chest pain\n 2  Ixchel Tzul      24F  MRN 00519934  G2P1 @ 34wk, ctx\n 3  HUIZINGA, Bep    96F  MRN 00371106  fall, ?hip\n 4  (hall) Doe, Unknown male  MRN 00599201  found on beach, ETOH",
    [
        ("NAME", "ZWIERS, Berend"),
        ("MRN", "00482291"),
        ("NAME", "Ixchel Tzul"),
        ("MRN", "00519934"),
        ("NAME", "HUIZINGA, Bep"),
        ("AGE", "96F"),
        ("MRN", "00371106"),
        ("MRN", "00599201"),
    ],
    note="'Doe, Unknown male' is a placeholder, not a name; 76M/24F not over 89; row numbers are not bed ids",
)
# 100
n(
    "en",
    "statistic",
    "Our Holland ED sees 140 patients a day in July. Average door-to-doctor time last month: 14 minutes.",
    "statistic",
)
# 101
p(
    "en",
    "milestone_birthday",
    "Happy 90th to our Bep! \U0001f490 Bep Huizinga-Dekker, born 7 May in Leeuwarden, celebrated on 4 West today with her 'Dutch girls' from Third Christian Reformed. #Bep90",
    [
        ("AGE", "90th"),
        ("NAME", "Bep Huizinga-Dekker"),
        ("NAME", "Bep", "*"),
        ("DATE", "7 May"),
        ("GEO", "Leeuwarden"),
        ("NAME", "#Bep90"),
    ],
    note="day-month date; foreign birth city; name hashtag with an age in it is one NAME",
)
# 102
n(
    "en",
    "staff_spotlight",
    "Chaplain's corner: Psalm 121 was Pastor Henk Wierenga's favorite. He retires this Sunday after 31 years in our spiritual care department. Come say goodbye in the Holland chapel, 2-4 p.m.",
    "staff chaplain",
)
# 103
p(
    "en",
    "memorial",
    'Johanna "Jo" Scholten-Brouwer, 98, of Holland went home to be with the Lord on January 15th, 2025, at Grand Tulip Lakeshore Hospital. Born Oct. 3 in Zeeland to Gerrit and Hendrikje Brouwer, she married Harold Scholten in 1948. She is survived by her children Ruth (Dale) Van Wieren of Hudsonville and Paul (Linda) Scholten of Byron Center, 11 grandchildren and 23 great-grandchildren. Memorials to Grand Tulip Hospice.',
    [
        ("NAME", 'Johanna "Jo" Scholten-Brouwer'),
        ("AGE", "98"),
        ("GEO", "Holland"),
        ("DATE", "January 15th, 2025"),
        ("DATE", "Oct. 3"),
        ("GEO", "Zeeland"),
        ("NAME", "Gerrit"),
        ("NAME", "Hendrikje Brouwer"),
        ("NAME", "Harold Scholten"),
        ("NAME", "Ruth"),
        ("NAME", "Dale"),
        ("NAME", "Van Wieren"),
        ("GEO", "Hudsonville"),
        ("NAME", "Paul"),
        ("NAME", "Linda"),
        ("NAME", "Scholten", "*"),
        ("GEO", "Byron Center"),
    ],
    note="obituary convention: spouses in parentheses are relatives (NAME); bare year 1948 not labelled",
)
# 104
n(
    "en",
    "statistic",
    "Buggy safety: our trauma surgeons treated 11 buggy-car crash patients last year. Drivers, slow down for the orange triangle and give horses a full lane when you pass.",
    "statistic",
)
# 105
p(
    "en",
    "patient_story",
    "My grandma Dieuwke Postma has been on 5 South since Tuesday (she's 99!!). Can a nurse FaceTime us tonight? My email is kpostma.mi@gmail.com. We're in Denver and can't fly out till next week.",
    [
        ("NAME", "Dieuwke Postma"),
        ("AGE", "99"),
        ("EMAIL", "kpostma.mi@gmail.com"),
        ("GEO", "Denver"),
    ],
    note="a relative's city is GEO (decision 8)",
)
# 106
n(
    "en",
    "event",
    "Tulip Time runs May 3-11. Find our first-aid tents at Centennial Park and Windmill Island Gardens; the Holland ED is at 455 Windmill Dr. Wooden shoes are cute, blisters are not: pack moleskin!",
    "festival dates, event venues, the hospital's address",
)
# 107
p(
    "en",
    "thank_you",
    "thankful for the NICU nurses who taught me kangaroo care with my 2 lb son!!! bienvenu is 3 months old today and 9 lbs \U0001f62d we live in Kentwood and drive past the clinic every day and cry happy tears",
    [("NAME", "bienvenu"), ("GEO", "Kentwood")],
    note="lower-case name that is a French word; home town",
)
# 108
n(
    "en",
    "event",
    "Kinderparade is Wednesday at 2:30. Our pediatric team will hand out free sunscreen and fit bike helmets along 8th Street.",
    "event",
)
# 109
p(
    "en",
    "pasted_record",
    "[DRAFT - do not post] Patient story candidate: Espoir Bahati, 34, forklift driver at Lakeshore Office Seating, crushed foot 3/3/25, four surgeries. Release signed 4/2/25. Wife Mapendo (cell 616-555-0118, mapendo.bahati@gmail.com) will interpret for the interview.",
    [
        ("NAME", "Espoir Bahati"),
        ("NAME", "Lakeshore Office Seating"),
        ("DATE", "3/3/25"),
        ("DATE", "4/2/25"),
        ("NAME", "Mapendo"),
        ("PHONE", "616-555-0118"),
        ("EMAIL", "mapendo.bahati@gmail.com"),
    ],
    note="release-signing date is DATE; employer NAME",
)
# 110
n(
    "en",
    "statistic",
    "Klompen dancers: 1,200 of you this year, and only 3 broken toes reported to our ED. Dank je wel for stretching!",
    "statistic",
)
# 111
p(
    "en",
    "pasted_record",
    "Posted to our page in error and removed: fax cover from Lakeshore Family Practice. 'RE: Johannes Brinks, DOB 1/30/1944, MRN GT-00288140, Medicaid ID 0047712235. Please fax records back to 616-555-0111.'",
    [
        ("NAME", "Johannes Brinks"),
        ("DATE", "1/30/1944"),
        ("MRN", "GT-00288140"),
        ("HEALTH_PLAN", "0047712235"),
    ],
    note="the fax number is the hospital's",
)
# 112
n(
    "en",
    "public_figure",
    "Thank you, Mayor Nienhuis, for riding along with our EMS crews on the first night of Tulip Time.",
    "public figure",
)
# 113
p(
    "en",
    "milestone_birthday",
    "Bibi Kahindo is 96 years old, and on Sunday she danced out of our rehab unit to her favorite Lingala song. Her grandson Patrick says she's going straight back to the choir at her church in Kentwood.",
    [("NAME", "Kahindo"), ("AGE", "96"), ("NAME", "Patrick"), ("GEO", "Kentwood")],
    note="Bibi (grandmother) is a kinship title (decision 2); church town is where she lives (decision 5)",
)
# 114
n(
    "en",
    "eponymous_condition",
    "Huntington's disease support group: second Tuesday of every month, Grand Rapids campus, Conference Room B.",
    "eponym; conference room",
)
# 115
p(
    "en",
    "patient_story",
    "Round 6 done \u2705 #BrammieStrong #VanderArkFamily #GrandTulipProud",
    [("NAME", "#BrammieStrong"), ("NAME", "#VanderArkFamily")],
    note="names only in hashtags; #GrandTulipProud is a campaign tag",
)
# 116
n(
    "en",
    "eponymous_condition",
    "Sudden one-sided facial droop can be Bell's palsy, or it can be a stroke. Don't guess. Call 911.",
    "eponym",
)
# 117
p(
    "en",
    "birth_announcement",
    "The Hoekstra girl (Amy, married to the younger Brink boy) had her baby on the 11th!! 8 lb 8 oz, named Pieter after his great-opa. Hoekstras and Brinks everywhere, rejoice \U0001f602",
    [
        ("NAME", "Hoekstra"),
        ("NAME", "Amy"),
        ("NAME", "Brink"),
        ("DATE", "11th"),
        ("NAME", "Pieter"),
        ("NAME", "Hoekstras"),
        ("NAME", "Brinks"),
    ],
    note="relatives by family name; plural family names (decision 1)",
)
# 118
n(
    "en",
    "eponymous_condition",
    "Osgood-Schlatter disease is why your 13-year-old's knees ache after hockey. Our sports medicine clinic explains what helps.",
    "eponym",
)
# 119
p(
    "en",
    "pasted_record",
    "Chart excerpt (pasted in error): 'Adm 07NOV24 0412 via EMS from Allendale Twp. Pt ROZEMA, Hilde, 91 y/o F. Fx L femoral neck. OR 08NOV24. PCP Dr. Timmermans.'",
    [
        ("DATE", "07NOV24"),
        ("GEO", "Allendale Twp"),
        ("NAME", "ROZEMA, Hilde"),
        ("AGE", "91"),
        ("DATE", "08NOV24"),
    ],
    note="compact dates; PCP is staff",
)
# 120
n(
    "en",
    "research",
    "Our ergonomics study with 14 West Michigan office-chair plants found that job rotation cut repetitive-strain injuries by 31%.",
    "research",
)
# 121
p(
    "en",
    "discharge",
    "This is Peanut \U0001f95c (real name on file, but the NICU team only ever called her Peanut). 1 lb 3 oz on 2/14, our Valentine's miracle, and today she's 9 pounds and going home to Grandville!",
    [("NAME", "Peanut", "*"), ("DATE", "2/14"), ("DATE", "Valentine's"), ("GEO", "Grandville")],
    note="nickname as name; the same day twice",
)
# 122
n(
    "en",
    "recruitment",
    "Now hiring: K'iche', Mam, Kirundi, Swahili, Bosnian and Spanish interpreters. $2,000 sign-on bonus. Apply at grandtulip.org/careers or call 616-555-0109.",
    "recruitment",
)
# 123
p(
    "en",
    "patient_story",
    "On Groundhog Day, the second of February, Kees Van Dyke, 91, of Spring Lake collapsed while shoveling his driveway. Six weeks later he is shoveling again (against medical advice). Kees, please buy a snowblower.",
    [
        ("DATE", "Groundhog Day"),
        ("DATE", "second of February"),
        ("NAME", "Kees Van Dyke"),
        ("NAME", "Kees", "*"),
        ("AGE", "91"),
        ("GEO", "Spring Lake"),
    ],
    note="date in words and as a named day",
)
# 124
n(
    "en",
    "recruitment",
    "Night-shift RNs wanted in Holland. You'll work with nurse manager Lotte Ver Steeg, who has not missed a Tulip Time parade in 38 years.",
    "staff name in recruitment",
)
# 125
p(
    "en",
    "pasted_record",
    "Screenshot of a reply our old page admin sent (deleted): '@ChrisVandeGuchte we found your mom's record: Marian Vande Guchte, SSN ending 4417, DOB 3/22. Please DM us.' Yikes. We have retrained the team.",
    [
        ("OTHER_ID", "@ChrisVandeGuchte"),
        ("NAME", "Marian Vande Guchte"),
        ("SSN", "4417"),
        ("DATE", "3/22"),
    ],
    note="son's social handle is OTHER_ID; partial SSN is SSN (decision 10); screenshot of text is not PHOTO",
)
# 126
n(
    "en",
    "crisis_update",
    "The Holland campus is on generator power after last night's storm. All patients are safe and the ED is open. Avoid Windmill Dr; use the River Ave entrance.",
    "crisis update, hospital streets",
)
# 127
p(
    "en",
    "patient_story",
    "Ixchel, 8, came to the Holland ED on Día de Guadalupe, December 12, with a burn from the comal. Her mom wrote us: 'ella es fuerte como su abuela.' Ixchel is back at school in Fennville and wants to be a firefighter.",
    [
        ("NAME", "Ixchel", "*"),
        ("DATE", "Día de Guadalupe"),
        ("DATE", "December 12"),
        ("GEO", "Fennville"),
    ],
    note="school's town is GEO; a Maya goddess's name used for a child",
)
# 128
n(
    "en",
    "crisis_update",
    "Lake-effect snow: our Kentwood clinic is closed today, Jan. 10. Telehealth visits continue. Call 616-555-0104 to reschedule.",
    "closure date, hospital line",
)
# 129
p(
    "en",
    "thank_you",
    "Asante sana Dr. Okafor and the 3 North team for taking care of my mom Mapenzi Lukusa in room 312 in March. Mungu awabariki! - Grace L.",
    [("NAME", "Mapenzi Lukusa"), ("OTHER_ID", "room 312"), ("DATE", "March"), ("NAME", "Grace L.")],
    note="the daughter signing is a relative (NAME); doctor is staff",
)
# 130
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit today. He's now a 6-foot-tall welder. We cried. He brought donuts.",
    "anonymous",
)
# 131
p(
    "en",
    "patient_story",
    "hey is this the same ER that took care of my brother Luis Xicay after the orchard ladder fell on him? he doesn't have a phone, pls call his roommate at (616) 555-0173, he's still waiting on paperwork",
    [("NAME", "Luis Xicay"), ("PHONE", "(616) 555-0173")],
    note="household member's phone (decision 11)",
)
# 132
n(
    "en",
    "anonymous_story",
    "An 89-year-old farmer came in after a tractor rollover this fall, and he drove himself. Please, let your kids drive the tractor.",
    "89 is not over 89; anonymous",
)
# 133
p(
    "en",
    "thank_you",
    "Hoi hoi! This is Sanne writing for my pake, Sietse Wybenga (he's 95, no Facebook). He wants to thank Dr. Bruinsma and the stroke team. He was in room 5-117 from 9/9 to 9/21. Questions: sanne.wybenga@live.nl",
    [
        ("NAME", "Sanne"),
        ("NAME", "Sietse Wybenga"),
        ("AGE", "95"),
        ("OTHER_ID", "room 5-117"),
        ("DATE", "9/9"),
        ("DATE", "9/21"),
        ("EMAIL", "sanne.wybenga@live.nl"),
    ],
    note="pake = Frisian grandfather (kinship word)",
)
# 134
n(
    "en",
    "statistic",
    "Last summer our ED treated 23 people for jet-ski injuries on Lake Macatawa. Most of them were not wearing life jackets.",
    "statistic; the lake is not tied to one patient",
)
# 135
p(
    "en",
    "patient_story",
    "Thank you to the lifeguard and the off-duty ER nurse who pulled Yusuf Bajramović, 9, from the water at Kirk Park on Labor Day. Yusuf spent two nights in the PICU and is home in Holland. His dad Kenan: 'I will never again say he swims well enough.'",
    [
        ("NAME", "Yusuf Bajramović"),
        ("NAME", "Yusuf", "*"),
        ("GEO", "Kirk Park"),
        ("DATE", "Labor Day"),
        ("GEO", "Holland"),
        ("NAME", "Kenan"),
    ],
    note="beach park of the near-drowning is GEO; holiday of the event is DATE",
)
# 136
n(
    "en",
    "campaign_hashtag",
    "#WearItMichigan: life jackets float, you don't. Share your family's life-jacket selfie with #WearItMichigan and tag @GrandTulipKids.",
    "campaign hashtag and hospital handle",
)
# 137
p(
    "en",
    "pasted_record",
    "Message meant for a family, posted to our page by mistake: 'Mr. Kalombo, your daughter Bijou (MRN 00627719) has her follow-up on 1/28 at 9:40 at the Kentwood clinic. We will send the interpreter details to kalombo.fam@yahoo.com.'",
    [
        ("NAME", "Kalombo"),
        ("NAME", "Bijou"),
        ("MRN", "00627719"),
        ("DATE", "1/28"),
        ("EMAIL", "kalombo.fam@yahoo.com"),
    ],
    note="appointment date is tied to the patient",
)
# 138
n(
    "en",
    "public_figure",
    "#BeLikeBetty: Betty Ford's honesty about her recovery still saves lives. Our addiction medicine team is here for you: 616-555-0100.",
    "a public figure in a campaign hashtag",
)
# 139
p(
    "en",
    "milestone_birthday",
    "101ST BIRTHDAY ON 6 EAST!!! \U0001f388\U0001f388 HAPPY BIRTHDAY GRANDMA JUNE HAVEMAN, BORN JUNE 6 AND STILL THE SHARPEST EUCHRE PLAYER IN KENT COUNTY",
    [("AGE", "101ST"), ("NAME", "JUNE HAVEMAN"), ("DATE", "JUNE 6"), ("GEO", "KENT COUNTY")],
    note="ALL CAPS; a first name that is a month",
)
# 140
n(
    "en",
    "sponsor",
    "Thank you to the Zuidema family and Zuidema Furniture Works for sponsoring our Kids' Safety Fair!",
    "sponsor (an employer in other posts)",
)
# 141
p(
    "en",
    "patient_story",
    "Follow Sjaak's journey at caringbridge.org/visit/sjaakvanderlaan. His wife Marleen posts an update after every round of chemo. He starts radiation on the 2nd.",
    [
        ("NAME", "Sjaak"),
        ("URL", "caringbridge.org/visit/sjaakvanderlaan"),
        ("NAME", "Marleen"),
        ("DATE", "2nd"),
    ],
)
# 142
n(
    "en",
    "sponsor",
    "Vander Zwaag Farms donated 2,000 pints of blueberries to our cafeteria for Blueberry Day. Yes, there will be pie.",
    "sponsor (an employer in other posts)",
)
# 143
p(
    "en",
    "patient_story",
    "Tag us! The Instagram account @little_lieke_fights has documented Lieke Bouwman's three years of treatment at our children's hospital, and this week she hit 2 years cancer-free. \U0001f49c",
    [("OTHER_ID", "@little_lieke_fights"), ("NAME", "Lieke Bouwman")],
    note="family social handle is OTHER_ID",
)
# 144
n(
    "en",
    "staff_spotlight",
    "Nurse practitioner Chantal Irakoze-Mbonimpa came to Grand Rapids as a refugee at 14 and now runs our sickle cell clinic. Read her story on the blog.",
    "staff member's own story",
)
# 145
p(
    "en",
    "memorial",
    "Beppe Tjits went to be with the Lord on Christmas Eve at 97, with all 14 grandkids singing 'Ere zij God' in room 509. Tjitske Hofstra: born on a terp in Friesland, buried in Jamestown. - Your 5 North family",
    [
        ("NAME", "Tjits"),
        ("NAME", "Tjitske Hofstra"),
        ("DATE", "Christmas Eve"),
        ("AGE", "97"),
        ("OTHER_ID", "room 509"),
        ("GEO", "Jamestown"),
    ],
    note="short form and full name; Friesland is a province",
)
# 146
n(
    "en",
    "staff_spotlight",
    "EMS shout-out: Medic 12 crew Jake Vos and Tamika Hill pulled two kayakers out of Lake Michigan on Sunday. Both kayakers are OK.",
    "staff and an ambulance unit; the kayakers are anonymous",
)
# 147
p(
    "en",
    "pasted_record",
    "Family of Amos Ndayizeye: the death certificate is ready for pickup at HIM. The date of death on it reads 2024-11-23 and the certificate number is 24-117730; call us if either is wrong.",
    [("NAME", "Amos Ndayizeye"), ("DATE", "2024-11-23"), ("LICENSE", "24-117730")],
    note="certificate number is LICENSE (decision 10); ISO date",
)
# 148
n(
    "en",
    "hospital_contact",
    "Grand Tulip Health main line: 616-555-0100 \u00b7 Holland ED 616-555-0102 \u00b7 Birth Center 616-555-0103 \u00b7 Línea en español 616-555-0106 \u00b7 @GrandTulipHealth on every platform",
    "hospital lines and handle",
)
# 149
p(
    "en",
    "patient_story",
    "TO WHOEVER FOUND MY DAD'S HEARING AIDS: they belong to Harm Westrate, he was in the ED Sunday night, please call 616-555-0156!! he is lost without them",
    [("NAME", "Harm Westrate"), ("PHONE", "616-555-0156")],
    note="a first name that is an English word",
)
# 150
n(
    "en",
    "hospital_contact",
    "Mail for patients can be sent to: Patient Name, Room Number, Grand Tulip Lakeshore Hospital, 455 Windmill Dr, Holland, MI 49422.",
    "mailing template with placeholders; the hospital's address",
)
# 151
p(
    "en",
    "patient_story",
    "A crash photo from Sunday's deer collision on I-96 near Marne is circulating: that's Kayla Tibbe's Silverado, VIN 1GCUYDED5KZ118233. Kayla is stable. Please stop sharing it.",
    [
        ("GEO", "I-96"),
        ("GEO", "Marne"),
        ("NAME", "Kayla Tibbe"),
        ("NAME", "Kayla", "*"),
        ("VEHICLE", "1GCUYDED5KZ118233"),
    ],
    note="a photo of a car is not PHOTO (decision 12)",
)
# 152
n(
    "en",
    "event",
    "Blood drive Feb. 14 at the Grand Rapids campus, 1200 Monroe Ave NW. Give the gift of life this Valentine's Day. \u2764\ufe0f",
    "event date and the hospital's address",
)
# 153
p(
    "en",
    "anonymous_story",
    "Our Holland ED treated a 93-year-old hunter yesterday. Still climbs into his ladder stand every November. He's fine. His granddaughter is not: 'Opa, you are NINETY-THREE.'",
    [("AGE", "93-year-old"), ("AGE", "NINETY-THREE")],
    note="nameless; age over 89 in digits and words",
)
# 154
n(
    "en",
    "event",
    "Sinterklaas arrives by boat at Windmill Island on Nov. 23, and our pediatric team will be there with free bike helmets for the first 200 kids.",
    "holiday event",
)
# 155
p(
    "en",
    "patient_story",
    "Six years ago Gloria Tambriz, then 16, spent five weeks in our burn unit after a kitchen fire at her family's home in Sparta. This week she passed her boards: Michigan RN license #4704-331209, framed on her mom's wall. \U0001f393",
    [("NAME", "Gloria Tambriz"), ("GEO", "Sparta"), ("LICENSE", "4704-331209")],
    note="a former patient's licence number is LICENSE",
)
# 156
n(
    "en",
    "event",
    "Deer camp first-aid class Nov. 9, 6 p.m., at the Fremont fire hall. Learn to pack a wound and use a tourniquet. Free.",
    "event",
)
# 157
p(
    "en",
    "pasted_record",
    "Interpreter request (posted to the wrong page): Kirundi, for pt NIYONKURU, Désiré, Rm 4-220, consent for surgery 2/11 at 0730; son Claver (cell +1 616 555 0148) will be present.",
    [
        ("NAME", "NIYONKURU, Désiré"),
        ("OTHER_ID", "Rm 4-220"),
        ("DATE", "2/11"),
        ("NAME", "Claver"),
        ("PHONE", "+1 616 555 0148"),
    ],
)
# 158
n(
    "en",
    "health_tip",
    "Carbon monoxide kills in deer camps every year. Put a battery CO alarm in your cabin, trailer or ice shanty.",
    "tip",
)
# 159
p(
    "en",
    "patient_story",
    "when ur dad gets shot in the leg by his own deer rifle on opening day and still wants to know if his buck got tagged \U0001f644 love u dad #prayersforrandy",
    [("DATE", "opening day"), ("NAME", "#prayersforrandy")],
    note="lower-case name hashtag; opening day (decision 6)",
)
# 160
n(
    "en",
    "health_tip",
    "Pesticide drift? If your eyes burn or you feel dizzy after spraying, leave the field and call Poison Control at 1-800-222-1222.",
    "national line",
)
# 161
p(
    "en",
    "thank_you",
    "The VanderArks say thank you! After Opa Bram's fall on the ice on New Year's Eve, 3 North made him feel at home. (Yes, that's him in the video doing the polonaise with his walker.)",
    [("NAME", "VanderArks"), ("NAME", "Bram"), ("DATE", "New Year's Eve"), ("PHOTO", "video")],
    note="video shows the patient",
)
# 162
n(
    "en",
    "health_tip",
    "Hydroxyurea 101, now in Kirundi and Swahili: watch the new videos at grandtulip.org/sickle.",
    "tip; hospital domain",
)
# 163
p(
    "en",
    "patient_story",
    "Hey Grand Tulip, Congolese aunties here \U0001f602 Our Tantine Mwamini (Mwamini Bulambo) was in bed 3 in your Holland emergency on the 31st with chest pain and nobody spoke Swahili. Do better. Call her nephew at 616.555.0165.",
    [
        ("NAME", "Mwamini Bulambo"),
        ("NAME", "Mwamini", "*"),
        ("OTHER_ID", "bed 3"),
        ("DATE", "31st"),
        ("PHONE", "616.555.0165"),
    ],
    note="Tantine is a kinship title",
)
# 164
n(
    "en",
    "statistic",
    "In the 1950s our Holland hospital delivered 1,100 babies a year, and four in five had a Van, Vander or De in their last name. Today 31 languages are spoken in our Birth Center.",
    "statistic; name particles, no person",
)
# 165
p(
    "en",
    "patient_story",
    "Mr. K (you know who you are, 9th-grade science) - we heard you're doing well after your heart attack on Oct. 1. The whole CCU misses your corny jokes.",
    [("NAME", "K"), ("DATE", "Oct. 1")],
    note="initial used for a patient",
)
# 166
n(
    "en",
    "statistic",
    "Among Michigan residents 90 and older, hip fractures are the top reason for a hospital stay. Our fall prevention clinic can help.",
    "population age",
)
# 167
p(
    "en",
    "birth_announcement",
    "Eid Mubarak from the Sulejmanović family! Our daughter Hana was born on the morning of Eid al-Fitr (April 10) at your Holland hospital, 6 lb 10 oz. Hvala to the midwives.",
    [("NAME", "Sulejmanović"), ("NAME", "Hana"), ("DATE", "Eid al-Fitr"), ("DATE", "April 10")],
    note="holiday of the birth is DATE; the greeting 'Eid Mubarak' is not",
)
# 168
n(
    "en",
    "research",
    "Grand Tulip researchers are recruiting adults 90+ for the Lakeshore Longevity Study. Call 616-555-0100 ext. 7 to learn more.",
    "population age",
)
# 169
p(
    "en",
    "pasted_record",
    "Reminder for pt Annie Bontekoe, MRN GT-00812277: your colonoscopy prep instructions are attached. (Sent to our public page instead of the portal. Sorry, Annie!)",
    [("NAME", "Annie Bontekoe"), ("NAME", "Annie", "*"), ("MRN", "GT-00812277")],
)
# 170
n(
    "en",
    "public_figure",
    "Olympic swimmer and Holland native Anna DeGraaf visited our pediatric floor today to teach water safety. Thank you, Anna!",
    "public figure visiting",
)
# 171
p(
    "en",
    "patient_story",
    "Cards for Clarence Vande Vusse (he's 99 and bored!) can go to Grand Tulip Lakeshore Hospital, 455 Windmill Dr, Holland, MI 49422, Attn: 4 South, room 4-12.",
    [("NAME", "Clarence Vande Vusse"), ("AGE", "99"), ("OTHER_ID", "room 4-12")],
    note="the hospital's address is not GEO",
)
# 172
n(
    "en",
    "public_figure",
    "Congolese gospel star Mama Ruth Kisanga will sing at our Kentwood clinic's open house on Aug. 10. Everyone welcome.",
    "public figure, event date",
)
# 173
p(
    "en",
    "discharge",
    "From Joy's mom: Joy Bakker, 7, got her trach out on the 19th after 211 days. Joy, joy, joy! \U0001f388",
    [("NAME", "Joy Bakker"), ("NAME", "Joy", "*"), ("DATE", "19th")],
    note="capitalised Joy is her name each time; lower-case joy is the word",
)
# 174
n(
    "en",
    "eponymous_condition",
    "Down syndrome awareness: March 21 (3/21) stands for three copies of chromosome 21. Our Down Syndrome Clinic serves 400 West Michigan families.",
    "eponym, awareness date",
)
# 175
p(
    "en",
    "patient_story",
    "@GrandTulipKids thanks for sharing Levi's story! For anyone asking, his page is instagram.com/levi.vs.leukemia and my email for the fundraiser is dekkerfarm@yahoo.com",
    [
        ("NAME", "Levi"),
        ("URL", "instagram.com/levi.vs.leukemia"),
        ("EMAIL", "dekkerfarm@yahoo.com"),
    ],
)
# 176
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for big-league pitchers: our sports medicine team repairs UCLs for Little League and travel-ball arms too.",
    "eponym",
)
# 177
p(
    "en",
    "milestone_birthday",
    "Pake Wiebe and Beppe Aukje Zijlstra celebrated their 70th wedding anniversary on 2 West today. He's 94, she's 92, and they still argue about whose turn it is to make the coffee. Gefeliciteerd!",
    [("NAME", "Wiebe"), ("NAME", "Aukje Zijlstra"), ("AGE", "94"), ("AGE", "92")],
    note="Frisian kinship titles; 70th is an anniversary, not an age",
)
# 178
n(
    "en",
    "eponymous_condition",
    "Crohn's and colitis support group, Holland campus, first Monday of the month. This month's speaker: Dr. Fenna Mulder.",
    "eponym; staff speaker",
)
# 179
p(
    "en",
    "patient_story",
    "Jasmin Omerović, 38, a welder at Steelhaven Chair, was burned on the forearm on 1/16. His daughter Emina is collecting cards for him: emina.omerovic@gmail.com. Brzo ozdravi, tata!",
    [
        ("NAME", "Jasmin Omerović"),
        ("NAME", "Steelhaven Chair"),
        ("DATE", "1/16"),
        ("NAME", "Emina"),
        ("EMAIL", "emina.omerovic@gmail.com"),
    ],
    note="Jasmin is a Bosnian man's name; employer NAME",
)
# 180
n(
    "en",
    "campaign_hashtag",
    "#GrandTulipProud of our 2024 graduates: 41 new nurses, 18 respiratory therapists and one very proud therapy-dog handler.",
    "campaign",
)
# 181
p(
    "en",
    "patient_story",
    "Two ice fishermen went through the ice on Lake Mac on Jan. 28. One of them, Harvey Lubbers, 90, of Holland, was warmed up in our ED and insists he'll be back out next winter.",
    [
        ("GEO", "Lake Mac"),
        ("DATE", "Jan. 28"),
        ("NAME", "Harvey Lubbers"),
        ("AGE", "90"),
        ("GEO", "Holland"),
    ],
    note="local nickname of Lake Macatawa, place of the incident",
)
# 182
n(
    "en",
    "staff_spotlight",
    "Meet our newest interpreter, Emmanuel Ntakirutimana, who speaks Kirundi, Swahili, French, Kinyarwanda and, after six months in Holland, a little Dutch.",
    "staff",
)
# 183
p(
    "en",
    "memorial",
    "Hajra Salihović survived Srebrenica, lost her husband and three sons there, and rebuilt a life in Grand Rapids. She died on our palliative unit on July 11, Srebrenica Memorial Day, at 91. Her granddaughter Lejla asks you to say a Fatiha for her.",
    [
        ("NAME", "Hajra Salihović"),
        ("DATE", "Srebrenica Memorial Day"),
        ("GEO", "Srebrenica", "*"),
        ("GEO", "Grand Rapids"),
        ("DATE", "July 11"),
        ("AGE", "91"),
        ("NAME", "Lejla"),
    ],
    note="the town inside the named day is covered by the DATE span",
)
# 184
n(
    "en",
    "staff_spotlight",
    "Housekeeping hero: Dženana Alić has kept our Holland ED spotless for 19 years, since the week she arrived from Tuzla.",
    "staff; her home city is not PHI",
)
# 185
p(
    "en",
    "patient_story",
    "The Hershberger family of rural Hersey asks prayers for their son Mose, 19, whose buggy was struck on M-66 on the evening of Oct. 21. Mose is in our ICU. The driver stayed and called 911.",
    [
        ("NAME", "Hershberger"),
        ("GEO", "Hersey"),
        ("NAME", "Mose", "*"),
        ("GEO", "M-66"),
        ("DATE", "Oct. 21"),
    ],
)
# 186
n(
    "en",
    "anonymous_story",
    "A father brought his daughter to our ED by buggy and then a neighbor's truck, 40 minutes in all. She is doing well. Rural access matters.",
    "anonymous",
)
# 187
p(
    "en",
    "patient_story",
    "Opa Klaas Bouma writes his dates the Dutch way: his new knee went in on 4-3 (that's the 4th of March, he'll remind you). Six weeks later he's back on his bike.",
    [("NAME", "Klaas Bouma"), ("DATE", "4-3"), ("DATE", "4th of March")],
    note="day-month Dutch date and the same day spelled out",
)
# 188
n(
    "en",
    "crisis_update",
    "UPDATE: Search and rescue at the Holland channel has ended for tonight. We have no information about any patient at this time; please don't call the ED for updates.",
    "crisis update, no patient",
)
# 189
p(
    "en",
    "thank_you",
    "Thank you from the Cux Ajpop family! Our dad Santos (he works at Zeeland Greenhouses) had his gallbladder out on Oct. 30. Any nurse who wants the recipe for the pepián, email cuxajpop.family@gmail.com",
    [
        ("NAME", "Cux Ajpop"),
        ("NAME", "Santos"),
        ("NAME", "Zeeland Greenhouses"),
        ("DATE", "Oct. 30"),
        ("EMAIL", "cuxajpop.family@gmail.com"),
    ],
    note="employer with a town in its name is NAME, not GEO",
)
# 190
n(
    "en",
    "hospital_contact",
    "Refugee & Migrant Health Clinic, 7100 Kalamazoo Ave SE, Kentwood, MI 49508 \u00b7 616-555-0104 \u00b7 interpreters in 14 languages, always free.",
    "the hospital's clinic",
)
# 191
p(
    "en",
    "patient_story",
    "i cant log in to my chart, my MRN is 00744512 and my birthday is 8/8/1979, name Rukundo Pacifique. help please",
    [("MRN", "00744512"), ("DATE", "8/8/1979"), ("NAME", "Rukundo Pacifique")],
    note="patient's own comment; surname-first Burundian order",
)
# 192
n(
    "en",
    "event",
    "Celebrate Guatemalan Independence Day with our mobile clinic on Sept. 15 at the Sparta farm market: free blood pressure and diabetes checks.",
    "event",
)
# 193
p(
    "en",
    "patient_story",
    "Holland Vanderveen, 8, lives in Zeeland (not Holland, she will tell you) and broke her wrist on the monkey bars on 5/20. Her cast is orange and covered in tulips.",
    [("NAME", "Holland Vanderveen"), ("GEO", "Zeeland"), ("DATE", "5/20")],
    note="a first name that is a city; 'not Holland' is not her place",
)
# 194
n(
    "en",
    "event",
    "Bosnian Heritage Week: join us Sept. 22 for a talk on the health of Srebrenica survivors by Dr. Amela Husić.",
    "event; population group",
)
# 195
p(
    "en",
    "pasted_record",
    "Label printer test went to the page?! 'PT: OUDSEMA, Grietje | MRN: 006-612-884 | ENC: 99120447 | DOB 04/04/1950'",
    [
        ("NAME", "OUDSEMA, Grietje"),
        ("MRN", "006-612-884"),
        ("OTHER_ID", "99120447"),
        ("DATE", "04/04/1950"),
    ],
    note="encounter number is OTHER_ID",
)
# 196
n(
    "en",
    "event",
    "Burundi's Independence Day is July 1, and our Kirundi-speaking nurses will run a free health booth at the Kentwood festival.",
    "event",
)
# 197
p(
    "en",
    "thank_you",
    "This is Jeanne, mother of Jean-Baptiste Ndayishimiye. Please, any nurse who was there on the night of July 3, call me at 616-555-0196. I want to thank you face to face.",
    [
        ("NAME", "Jeanne"),
        ("NAME", "Jean-Baptiste Ndayishimiye"),
        ("DATE", "July 3"),
        ("PHONE", "616-555-0196"),
    ],
)
# 198
n(
    "en",
    "statistic",
    "West Michigan's furniture plants report 2.1 injuries per 100 workers, below the national average, but hand injuries are up.",
    "statistic",
)
# 199
p(
    "en",
    "pasted_record",
    "Copied into our newsletter draft by mistake: '...Pt Geert Nykamp, 81, MRN 00811236, d/c home with wife Trijntje to 4412 96th Ave, Zeeland. F/u with Dr. Bos in 2 wks.'",
    [
        ("NAME", "Geert Nykamp"),
        ("MRN", "00811236"),
        ("NAME", "Trijntje"),
        ("GEO", "4412 96th Ave"),
        ("GEO", "Zeeland"),
    ],
    note="age 81 not labelled; Dr. Bos is staff",
)
# 200
n(
    "en",
    "sponsor",
    "Our thanks to Lakeshore Office Seating for 300 ergonomic chairs for our nurses' stations. Our backs thank you.",
    "sponsor (an employer in another post)",
)
# 201
p(
    "en",
    "patient_story",
    "Anouk Wolters, 15, writes about life with cystic fibrosis every Sunday from her room on 5 East. Read Anouk's blog at anoukbreathes.blogspot.com \U0001f499",
    [("NAME", "Anouk Wolters"), ("NAME", "Anouk", "*"), ("URL", "anoukbreathes.blogspot.com")],
)
# 202
n(
    "en",
    "public_figure",
    "Tulip Time exists because of Lida Rogers, the Holland biology teacher who proposed a tulip festival in 1927.",
    "historical figure",
)
# 203
p(
    "en",
    "milestone_birthday",
    "Photo: Cpl. Hank Kleinheksel, 99, our oldest veteran on 4 South, who came ashore at Omaha Beach at 19. Happy Veterans Day, Hank!",
    [
        ("PHOTO", "Photo"),
        ("NAME", "Hank Kleinheksel"),
        ("NAME", "Hank", "*"),
        ("AGE", "99"),
        ("GEO", "Omaha Beach"),
    ],
    note="Veterans Day is not his event; a place of his own history is GEO",
)
# 204
n(
    "en",
    "anonymous_story",
    "A hunter in his 60s had a heart attack dragging a deer out of a swamp last week. His sons got him to us in 40 minutes. Over 50? Drag with a buddy.",
    "anonymous",
)
# 205
p(
    "en",
    "patient_story",
    "Héctor Sajché is in surgery now (fell from a blueberry picking ladder). His wife Lupe doesn't text. Call her: six one six, five five five, zero one nine two.",
    [
        ("NAME", "Héctor Sajché"),
        ("NAME", "Lupe"),
        ("PHONE", "six one six, five five five, zero one nine two"),
    ],
    note="phone number spelled out in words",
)
# 206
n(
    "en",
    "staff_spotlight",
    "Our own Dr. Pieter Bosma became an opa this week! Granddaughter Fleur arrived Feb. 19. Gefeliciteerd, Pieter!",
    "a doctor's own grandchild is never labelled (decision 13)",
)
# 207
p(
    "en",
    "patient_story",
    "My brother Jaap De Vries was in your ER on 2/8 and we never got the results. Email me at jdevries at gmail dot com, I'm his emergency contact.",
    [("NAME", "Jaap De Vries"), ("DATE", "2/8"), ("EMAIL", "jdevries at gmail dot com")],
    note="obfuscated email",
)
# 208
n(
    "en",
    "recruitment",
    "The Holland Birth Center is hiring labor & delivery RNs. Bonus points if you can say 'gefeliciteerd' and 'hongera'.",
    "recruitment",
)
# 209
p(
    "en",
    "birth_announcement",
    "Leap Day baby! \U0001f438 Sterre Haveman was born Feb. 29 at 3:09 a.m. in our Holland Birth Center. She'll have her first real birthday when she's 4.",
    [("DATE", "Leap Day"), ("NAME", "Sterre Haveman"), ("DATE", "Feb. 29")],
)
# 210
n(
    "en",
    "hospital_contact",
    "Visiting hours are 8 a.m. to 9 p.m. daily at both campuses; quiet hours 9 p.m. to 6 a.m. Questions? Patient Relations: 616-555-0105.",
    "hospital hours and line",
)
# 211
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Xiomara Tzul Ajanel! Nació el 12 de diciembre, día de la Virgen de Guadalupe, en nuestro Centro de Partos de Holland. ¡Felicidades a sus papás, doña Petrona y don Juan!",
    [
        ("NAME", "Xiomara Tzul Ajanel"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("NAME", "Petrona"),
        ("NAME", "Juan"),
    ],
    note="the same day named twice; doña/don are titles",
)
# 212
n(
    "es",
    "health_tip",
    "Calor extremo: si trabaja en el campo, tome agua cada 15 minutos, descanse en la sombra y avise a su mayordomo si se siente mareado. Línea en español: 616-555-0106.",
    "consejo de salud; línea del hospital",
)
# 213
p(
    "es",
    "patient_story",
    "Gracias a Dios y a los doctores. Mi esposo Rigoberto Ixcoy se cayó de la escalera en la huerta de manzanas de Ver Planck Orchards el 3 de octubre. Ya está en casa en Sparta. Mi número es 616-555-0177 por si la trabajadora social necesita algo.",
    [
        ("NAME", "Rigoberto Ixcoy"),
        ("NAME", "Ver Planck Orchards"),
        ("DATE", "3 de octubre"),
        ("GEO", "Sparta"),
        ("PHONE", "616-555-0177"),
    ],
    note="employer NAME; wife's phone",
)
# 214
n(
    "es",
    "event",
    "Feria de salud para trabajadores agrícolas el 14 de julio en el mercado de Sparta: presión arterial, diabetes y vacunas gratis.",
    "fecha y lugar de un evento",
)
# 215
p(
    "es",
    "pasted_record",
    "URGENTE, borrar: 'Paciente: LÓPEZ TZOC, Rosa Elvira | expediente 0093381 | cama 7 | ingreso 15/08/2024 | hija Yesenia, correo rosalopez.tzoc@gmail.com'",
    [
        ("NAME", "LÓPEZ TZOC, Rosa Elvira"),
        ("MRN", "0093381"),
        ("OTHER_ID", "cama 7"),
        ("DATE", "15/08/2024"),
        ("NAME", "Yesenia"),
        ("EMAIL", "rosalopez.tzoc@gmail.com"),
    ],
    note="expediente = MRN; day-first date",
)
# 216
n(
    "es",
    "staff_spotlight",
    "Conozca a la Dra. Marisol Ventura, pediatra nacida en Quetzaltenango, que atiende en nuestra clínica de Kentwood desde 2019.",
    "personal del hospital; su ciudad natal no es PHI",
)
# 217
p(
    "es",
    "milestone_birthday",
    "Doña Cristina Morales cumplió noventa y dos años en la habitación 305 y las enfermeras le cantaron Las Mañanitas. ¡Que viva doña Cristina!",
    [
        ("NAME", "Cristina Morales"),
        ("NAME", "Cristina", "*"),
        ("AGE", "noventa y dos"),
        ("OTHER_ID", "habitación 305"),
    ],
    note="age in words; unit words 'años' excluded",
)
# 218
n(
    "es",
    "statistic",
    "En 2024 atendimos a 312 trabajadores agrícolas por golpe de calor. Casi ninguno tenía suficiente agua en el campo.",
    "estadística",
)
# 219
p(
    "es",
    "memorial",
    "Descanse en paz Baltazar Chávez, de 23 años, originario de San Pedro Soloma, Huehuetenango. Se ahogó en el lago Michigan cerca de Grand Haven el domingo 7 de julio. Su familia pide oraciones. #BaltaPorSiempre",
    [
        ("NAME", "Baltazar Chávez"),
        ("GEO", "San Pedro Soloma"),
        ("GEO", "Grand Haven"),
        ("DATE", "7 de julio"),
        ("NAME", "#BaltaPorSiempre"),
    ],
    note="Huehuetenango is a department (state-level, decision 7); Lake Michigan not GEO; weekday not labelled",
)
# 220
n(
    "es",
    "recruitment",
    "Buscamos intérpretes de k'iche', mam y q'anjob'al. Llame al 616-555-0109 o visite grandtulip.org/empleos.",
    "reclutamiento",
)
# 221
p(
    "es",
    "birth_announcement",
    "La pequeña Dulce María Vásquez nació el 1° de enero a las 12:04 a.m.: ¡la primera bebé del año en nuestro hospital de Holland! Sus papás, Ana y Efraín, trabajan en Zeeland Greenhouses.",
    [
        ("NAME", "Dulce María Vásquez"),
        ("DATE", "1° de enero"),
        ("NAME", "Ana"),
        ("NAME", "Efraín"),
        ("NAME", "Zeeland Greenhouses"),
    ],
    note="'la pequeña' excluded; parents' employer (decision 4); the hospital's town is not GEO",
)
# 222
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no es una enfermedad, es una condición. Este 21 de marzo celebramos a todas nuestras familias.",
    "epónimo y día de concienciación",
)
# 223
p(
    "es",
    "milestone_birthday",
    '¡Felices 100 años, abuelita Chonita! Doña Encarnación "Chonita" Reyes, centenaria de Fennville, celebró su cumpleaños en el piso 4 Oeste el 2 de febrero, Día de la Candelaria, con tamales para todos.',
    [
        ("AGE", "100"),
        ("NAME", 'Encarnación "Chonita" Reyes'),
        ("NAME", "Chonita", "*"),
        ("AGE", "centenaria"),
        ("GEO", "Fennville"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
    ],
    note="abuelita is a kinship title; centenaria is AGE",
)
# 224
n(
    "es",
    "anonymous_story",
    "Una abuelita de 85 años nos enseñó hoy a hacer tortillas en la cafetería. ¡Gracias por la clase!",
    "anónimo; 85 no es mayor de 89",
)
# 225
p(
    "es",
    "patient_story",
    "Mi hermano Wilmer Yac se cortó la mano en la fábrica de sillas Kettle Creek Seating el 28/10. Lo atendieron en urgencias de Holland. Si alguien sabe de abogados, escríbanme a fam.yac.wilmer@gmail.com",
    [
        ("NAME", "Wilmer Yac"),
        ("NAME", "Kettle Creek Seating"),
        ("DATE", "28/10"),
        ("EMAIL", "fam.yac.wilmer@gmail.com"),
    ],
    note="employer (a sponsor in another post); day-first date",
)
# 226
n(
    "es",
    "sponsor",
    "Gracias a Vander Zwaag Farms por donar 500 botellas de agua a nuestra clínica móvil.",
    "patrocinador",
)
# 227
p(
    "es",
    "patient_story",
    "Don Chepe (José Ixcoy) tiene 94 años y todavía va a los campos de arándanos a ver trabajar a sus nietos. Se cayó el 3 de agosto y ya camina otra vez. ¡Fuerza, don Chepe! #FuerzaChepe",
    [
        ("NAME", "Chepe", "*"),
        ("NAME", "José Ixcoy"),
        ("AGE", "94"),
        ("DATE", "3 de agosto"),
        ("NAME", "#FuerzaChepe"),
    ],
    note="nickname, full name and name hashtag",
)
# 228
n(
    "es",
    "event",
    "Para el Día de los Muertos, 2 de noviembre, habrá un altar en la capilla de Holland para recordar a los pacientes que perdimos este año.",
    "fecha de un evento, sin nombres",
)
# 229
p(
    "es",
    "discharge",
    'Nuestra hija Guadalupe "Lupita" Hernández nació a las 28 semanas el 16 de septiembre, día de la Independencia de México. Hoy pesa 5 libras y se va a casa a Conklin. ¡Gracias, UCIN!',
    [
        ("NAME", 'Guadalupe "Lupita" Hernández'),
        ("DATE", "16 de septiembre"),
        ("DATE", "día de la Independencia de México"),
        ("GEO", "Conklin"),
    ],
    note="holiday of the birth, same day twice",
)
# 230
n(
    "es",
    "health_tip",
    "Mayores de 90 años: la vacuna contra el neumococo es gratis en todas nuestras clínicas.",
    "edad de una población",
)
# 231
p(
    "es",
    "pasted_record",
    "Se solicita intérprete de mam para la paciente Candelaria Pérez, hab. 210, parto programado 04-03-2025; su esposo Tránsito (tel. 269-555-0139) estará presente.",
    [
        ("NAME", "Candelaria Pérez"),
        ("OTHER_ID", "hab. 210"),
        ("DATE", "04-03-2025"),
        ("NAME", "Tránsito"),
        ("PHONE", "269-555-0139"),
    ],
    note="names that are ordinary words (Candelaria, Tránsito); abbreviated room keyword",
)
# 232
n(
    "es",
    "campaign_hashtag",
    "#FuerzaLatina: nuestros 140 empleados latinos celebran el Mes de la Herencia Hispana del 15 de septiembre al 15 de octubre.",
    "hashtag de campaña, fechas de una celebración",
)
# 233
p(
    "es",
    "patient_story",
    "Mi mamá Hortensia Gómez está en la cama 12 de urgencias desde ayer y nadie nos dice nada. Su número de Medicaid es 0048812290. Llámenme al (616) 555-0181.",
    [
        ("NAME", "Hortensia Gómez"),
        ("OTHER_ID", "cama 12"),
        ("HEALTH_PLAN", "0048812290"),
        ("PHONE", "(616) 555-0181"),
    ],
    note="'ayer' is relative, not labelled",
)
# 234
n(
    "es",
    "anonymous_story",
    "Anoche nació un bebé en el estacionamiento de nuestro hospital de Holland. ¡Mamá y bebé están muy bien!",
    "anónimo",
)
# 235
p(
    "es",
    "discharge",
    "Video: Fidelia Ajcot, de 91 años, bailando son guatemalteco con su nieta Heidy el día que salió del hospital, el 20 de noviembre. ¡Gracias, enfermeras!",
    [
        ("PHOTO", "Video"),
        ("NAME", "Fidelia Ajcot"),
        ("AGE", "91"),
        ("NAME", "Heidy"),
        ("DATE", "20 de noviembre"),
    ],
)
# 236
n(
    "es",
    "hospital_contact",
    "Nuestra dirección: Grand Tulip Lakeshore Hospital, 455 Windmill Dr, Holland, MI 49422. Urgencias abiertas las 24 horas: 616-555-0102.",
    "dirección y teléfono del hospital",
)
# 237
p(
    "es",
    "thank_you",
    "Querido equipo de quemados: gracias por cuidar a Mateo Ramírez Sic, de 4 años, después del accidente con el comal en Nochebuena. Mateo ya juega en la nieve en Holland. Con cariño, su mamá Glenda.",
    [
        ("NAME", "Mateo Ramírez Sic"),
        ("NAME", "Mateo", "*"),
        ("DATE", "Nochebuena"),
        ("GEO", "Holland"),
        ("NAME", "Glenda"),
    ],
    note="holiday of the injury; home town",
)
# 238
n(
    "es",
    "research",
    "Estudio: el 40% de los trabajadores de invernaderos del condado de Ottawa reporta síntomas de exposición a pesticidas.",
    "investigación sobre una población",
)
# 239
p(
    "es",
    "pasted_record",
    "Registro del paciente (publicado por error): JUÁREZ, Efraín | f. nac. 09/09/1981 | n.º expediente GT-00551902 | placa DHK 4471 (choque en la M-21, Zeeland) | patrón: Vander Zwaag Farms",
    [
        ("NAME", "JUÁREZ, Efraín"),
        ("DATE", "09/09/1981"),
        ("MRN", "GT-00551902"),
        ("VEHICLE", "DHK 4471"),
        ("GEO", "M-21"),
        ("GEO", "Zeeland"),
        ("NAME", "Vander Zwaag Farms"),
    ],
    note="employer (patrón) NAME; crash road GEO",
)
# 240
n(
    "es",
    "eponymous_condition",
    "Mal de Chagas: si usted nació en Centroamérica o México, pregunte a su médico por la prueba. Es gratis en nuestra clínica de Kentwood.",
    "epónimo",
)

if __name__ == "__main__":
    S.main("phi_dev95_source")
