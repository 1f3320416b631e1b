"""Blind development set 99 for the PHI scanner: Shreveport, LA and Jackson, MS.

Written blind (without reading the scanner or any other labelled set), from the labelling
rules in build_phi_eval.py (lines 1-116) and the decisions in build_phi_dev.py.

ORGANISATION (fictional; see phi_dev99_org.json)
  Magnolia & Pine Regional Medical Center ("MagPine", "MPRMC"): Shreveport campus at
  4100 Cross Bayou Parkway (Sickle Cell Center, Sickle Cell Day Hospital, Pelican NICU,
  units 4 Cypress, 5 West, 6 Magnolia), Jackson "Pearl River" campus at 1850 Pearl River
  Boulevard (dialysis, Friday Night Clinic for athletes), Gulf Coast Clinic in Biloxi
  (shrimpers, Vietnamese-speaking nurses) and a Military Family Clinic in Bossier City
  for Barksdale AFB families. 14 lines (555-01xx, two of them faxes), domains
  magpinehealth.org / mprmc.org, handles @MagPineHealth @MagPineJackson @MagPineKids
  @MagPineGulf. Campaign hashtags: #MagPineStrong #WarriorsWelcome #FridayNightSafe
  #JuneteenthHealth #KreweOfCare #KnowYourTrait #ThreeGenerations ...

FOCUS
  Black Baptist and AME church families (church mothers, deacons, homegoings, prayer
  chains), Cajun/Creole families (Guidry, Thibodeaux, Fontenot, T-Boy, Nonc, Tee),
  Vietnamese shrimpers on the Mississippi coast (diacritics, family-name-first order,
  Ong/Ba honorifics, boats, Tet), Guatemalan and Mexican poultry and catfish workers
  (Spanish posts, double surnames), the Jackson water crisis, Juneteenth (which is also
  World Sickle Cell Day, June 19), Mardi Gras, high-school football injuries, sickle cell
  disease as a patient population, Barksdale AFB families.

HARD CASES
  Names that are ordinary words or places (Precious, Justice/justice, Destiny, Blessing,
  Sunday, Deacon, Major, Egypt, Paris, Peanut, Boo, Queenie, Paz, Bay = "seven"), lower-case
  names (dre, justice), names only in hashtags (#PrayForPoohBear) or cashtags, nicknames in
  quotes, Vietnamese names with diacritics, double first names (Hattie Bell, Eula Mae),
  relatives in unusual constructions (the "Tee-Tee squad", a living-donor uncle), employers
  (poultry plant, catfish processor, a pie shop), ages in words and as board tokens
  ("ninety-eight", "ONE HUNDRED", "90yo", "94M", "101ST", "centenarian", "in his 90s"),
  regional holidays as dates (Mardi Gras, Fat Tuesday, Lundi Gras, Juneteenth, Watch Night,
  Tet, Dia de la Candelaria, Leap Day, MLK Day), dates in many formats (10/14, Aug 3rd,
  the 29th, 2nd of May, 2024-11-08, 15 thang 7, 14/02/1990, 07/03), pasted boards, label
  printer output, internal notes and mis-posted replies with MRNs, Medicaid/TRICARE ids,
  masked SSN, portal user names, IP, plates, boats, a shrimp licence.

HARD NEGATIVES
  Staff with the same surnames as patients (Dr. Thibodeaux, Nurse Batiste, "Big Mike" in
  EVS), staff names in chart format ("ATTENDING: NGUYEN, D"), volunteers and a founder over
  90, a staff memorial with a date and age, public figures (Medgar Evers, Fannie Lou Hamer,
  B.B. King, T-Boz, Prodigy, Walter Payton, Dolores Huerta, Dr. King), Hurricane Francine,
  eponyms (Herrick, Doppler, Jones/Lisfranc/Salter-Harris, Osgood-Schlatter, Tommy John,
  Apgar, Raynaud, Graves, Sjogren, de Quervain), Barksdale as a namesake, the hospital's own
  lines, addresses, ZIP and handles, event dates on Juneteenth / Mardi Gras / Tet / Watch
  Night, statistics with ages over 90, place hashtags (#PrayForJackson), a therapy dog
  named Boudreaux, "destiny"/"justice" as words, a song title ("Jolie Blonde").

LANGUAGE MIX
  240 posts: 210 English (105 patient-specific / 105 not), 30 Spanish (15 / 15).
  English posts sometimes carry Vietnamese, Cajun French or AAVE spellings.

LABELLING DECISIONS WHERE THE RULES LEAVE ROOM
  1. Titles are not part of NAME: church honorifics (Mother, Sister/Sis., Brother, Deacon,
     Pastor, First Lady, Rev.), Cajun kin titles (Nonc, Tante), Vietnamese honorifics
     (Ong, Ba, Anh, Chi), military ranks (SSgt, Staff Sgt., Senior Airman, Capt.). Kinship
     words used alone (mawmaw, Big Mama, Grandma, "Mama") are not names; a word used as the
     person's actual name is NAME ("Deacon Sims", "Major Jenkins", a child who signs "Tee").
  2. Employers (holdout decision "employers are NAME") apply to the patient's own employer:
     "Leaf River Poultry", "Delta Gold Catfish", "Mabel's Pie Kitchen". Its town is GEO (the
     patient's workplace). An employer's e-mail address is EMAIL. Relatives' employers are
     not labelled (the set avoids them). A branch of service ("the Air Force") and military
     units are not labelled; Barksdale, where the family lives or is stationed, is GEO.
  3. A patient's boat: its name and registration are VEHICLE ("F/V" excluded). A commercial
     shrimp licence number is LICENSE; an employee badge number is OTHER_ID; payment-app
     handles (Cash App $cashtag) are ACCOUNT; a masked SSN showing the last four digits
     ("xxx-xx-4471") is SSN as written.
  4. Named holidays, including regional and movable ones (Mardi Gras, Fat Tuesday, Lundi
     Gras, Juneteenth, Watch Night, Tet / Lunar New Year, Leap Day, MLK Day, Labor Day,
     Easter Sunday, Dia de la Candelaria, Dia de Todos los Santos, Dia de las Madres), are
     DATE when the patient's event fell on them; when an awareness day names the same day as
     the patient's event ("June 19 - World Sickle Cell Day AND her 12th birthday") it is
     labelled too. Seasons and season openings (brown shrimp season, deer season) are not
     dates. Spanish records' DD/MM dates are DATE as written.
  5. AGE tokens take an attached suffix ("90yo", "94M" on a board, "101ST", "100th"); a
     decade over 89 ("in his 90s") is AGE "90s"; "ring the bell 90 times, one for every
     year" states the age and is AGE "90". Ages of volunteers, staff and founders are not.
  6. Jersey numbers and school, church and team names are not identifiers; the town named
     in a team name is GEO when it tells where the patient lives ("Brandon Bulldogs",
     "Tigres de Morton", "Haughton HS").
  7. The place of a patient's accident is GEO like the road of a crash ("off Horn Island",
     "I-20 near Pearl"); this alone makes a nameless story patient-specific.
  8. A pastor, friend or neighbour who is not a relative is not labelled even inside a
     patient post; a hospital nurse named inside a family's comment is staff.
  9. Strings that contain a patient's name but do not refer to the patient (the hospital
     name "Magnolia & Pine", Hurricane Francine, the song "Jolie Blonde", the Virgin of
     Guadalupe) are left unlabelled (declared with ok=... where the builder would otherwise
     demand a label), except where they sit inside another span (a boat name, a DATE like "Dia de la Virgen de Guadalupe").
  10. A cue word like "pic" or "video" that does not say the attached media shows the
     patient is not PHOTO.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev99.jsonl"), os.path.join(HERE, "phi_dev99_org.json"), "d99")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Keke has been coming to our Sickle Cell Day Hospital since she was 4. Yesterday she walked across the stage at Booker T. Washington High. So proud of you, Keke! 💜 #SickleCellWarrior #KekeGraduates",
    [("NAME", "Keke", "*"), ("NAME", "#KekeGraduates")],
    note="first name + name hashtag; school named for a public figure is not an identifier; #SickleCellWarrior is a campaign tag",
)
# 2
n(
    "en",
    "health_tip",
    "Sickle cell pain crisis? Drink water, stay warm, and call our Sickle Cell Center at (318) 555-0111 before it gets bad. Don't wait it out at home. #SickleCellAwareness",
    "health tip with the hospital's own line",
)
# 3
p(
    "en",
    "memorial",
    "Mother Hattie Bell Washington went home to glory on Sunday, March 9, at 97. She was our patient on 4 Cypress more times than she'd let us count, and she always blessed the night shift before they blessed her. Rest well, Mother Washington. 🕊️",
    [
        ("NAME", "Hattie Bell Washington"),
        ("NAME", "Washington", "*"),
        ("DATE", "March 9"),
        ("AGE", "97"),
    ],
    note="church-mother honorific excluded; death date; age 97; Sunday is a weekday",
)
# 4
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Remy Thibodeaux, our new pediatric hematologist! Born in Breaux Bridge, raised on boudin and zydeco, he trained in New Orleans and joined the Sickle Cell Center on July 1. Welcome home, Doc!",
    "staff spotlight: a doctor's birthplace and start date are not PHI",
)
# 5
p(
    "en",
    "patient_story",
    "Friday night vs. Parkway: Jaylon took a hit in the 3rd quarter and tore his ACL. Surgery was 10/14 with Dr. Greer. He's already back on the sideline with the Captain Shreve crew cheering on his teammates. #JaylonStrong #FridayNightSafe",
    [("NAME", "Jaylon"), ("DATE", "10/14"), ("NAME", "#JaylonStrong")],
    note="surgery date; school names are not identifiers; surgeon is staff",
)
# 6
n(
    "en",
    "eponymous_condition",
    "Osgood-Schlatter, Sever's, a Jones fracture: our sports medicine team sees them all during two-a-days. Book a preseason physical at (601) 555-0172. #FridayNightSafe",
    "eponymous conditions and the hospital's line",
)
# 7
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Zion Freedom Robinson! Born 6/19 (on Juneteenth!) at 4:12 a.m., 7 lb 3 oz, to proud parents Tasha and Marcus. Free and fabulous. 🎉",
    [
        ("NAME", "Zion Freedom Robinson"),
        ("DATE", "6/19"),
        ("DATE", "Juneteenth"),
        ("NAME", "Tasha"),
        ("NAME", "Marcus"),
    ],
    note="same birth day written twice (6/19 and Juneteenth): both DATE; the hour is not a date",
)
# 8
n(
    "en",
    "event",
    "Juneteenth is also World Sickle Cell Day. Join us June 19 from 10-2 at the Jackson campus, 1850 Pearl River Boulevard, for free SCD trait screening, gospel music and fried catfish. #JuneteenthHealth",
    "hospital event on a holiday; the hospital's address",
)
# 9
p(
    "en",
    "pasted_record",
    "BOARD 4CYP 0700: Rm 412-B | BROUSSARD, ALCIDE J | MRN 00731184 | 90yo M | CHF exac, adm 02/27 | DNR | fam: dtr Claudette 318-555-0147",
    [
        ("OTHER_ID", "Rm 412-B"),
        ("NAME", "BROUSSARD, ALCIDE J"),
        ("MRN", "00731184"),
        ("AGE", "90yo"),
        ("DATE", "02/27"),
        ("NAME", "Claudette"),
        ("PHONE", "318-555-0147"),
    ],
    note="unit board pasted by mistake; age token with attached suffix; unit 4CYP not labelled",
)
# 10
n(
    "en",
    "crisis_update",
    "JACKSON BOIL WATER NOTICE: The City of Jackson has issued a boil-water notice for all O.B. Curtis surface-water customers. Our Jackson campus is on backup supply; dialysis and surgery continue as scheduled. Questions: (601) 555-0161.",
    "crisis update; O.B. Curtis is the water plant's namesake",
)
# 11
p(
    "en",
    "thank_you",
    "Thank you to the Nguyen family of D'Iberville for the 40 lbs of fresh shrimp you brought to the 3rd-floor nurses! Ông Hùng says he'll be back on the Miss Lan III by brown shrimp season. 🦐",
    [("NAME", "Nguyen"), ("GEO", "D'Iberville"), ("NAME", "Hùng"), ("VEHICLE", "Miss Lan III")],
    note="family surname, home town, patient's first name after the honorific Ông, his boat's name (VEHICLE); a season is not a date",
)
# 12
n(
    "en",
    "public_figure",
    "Tionne 'T-Boz' Watkins has talked openly about living with sickle cell for decades. If a Grammy winner can say it out loud, so can you. Ask your doctor about trait testing. #SickleCellAwareness",
    "public figure living with the condition",
)
# 13
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Deacon Ellis 'Pop' Carter, who celebrated on 4 Cypress with his grandbabies, a red velvet cake and a whole lot of Mahalia Jackson on the speaker! Born Dec. 2 in Mansfield and still telling the nurses how to run things. 🎂",
    [("AGE", "100th"), ("NAME", "Ellis 'Pop' Carter"), ("DATE", "Dec. 2"), ("GEO", "Mansfield")],
    note="age over 89, quoted nickname inside the name span, birth date and birthplace; Mahalia Jackson is a public figure",
)
# 14
n(
    "en",
    "eponymous_condition",
    "Why do we check a transcranial Doppler every year for kids with sickle cell? Because it spots stroke risk early. Fun fact: sickle cells were first described in 1910 by Dr. James Herrick in Chicago. #SCDFacts",
    "eponyms and a historical physician",
)
# 15
p(
    "en",
    "patient_story",
    "shoutout to lil dre from cedar grove who beat us all at uno during his transfusion today lol. see u next month champ 🃏",
    [("NAME", "dre"), ("GEO", "cedar grove")],
    note="lower-case name and lower-case neighbourhood; 'lil' is descriptive",
)
# 16
n(
    "en",
    "statistic",
    "1 in 13 Black babies in the U.S. is born with sickle cell trait. In 2023 our Shreveport and Jackson clinics cared for 1,142 people living with SCD, ages 6 months to 91.",
    "statistics; 91 is the top of a population age range",
)
# 17
p(
    "en",
    "discharge",
    "After 38 days on 5 West, Staff Sgt. Dana Whitfield's son Tre is going HOME to Barksdale! Tre, you were the bravest 9-year-old we know. Tell your mama thank you for her service. 🇺🇸✈️",
    [("NAME", "Dana Whitfield"), ("NAME", "Tre", "*"), ("GEO", "Barksdale")],
    note="parent's name (rank excluded), patient's name, the base where the family lives; age 9 not labelled",
)
# 18
n(
    "en",
    "recruitment",
    "Now hiring RNs for our Military Family Clinic, 915 Airline Drive, Bossier City, serving Barksdale families. Military spouses encouraged to apply; we'll work with your PCS schedule. Apply at magpinehealth.org/careers",
    "recruitment; the hospital's own clinic address",
)
# 19
p(
    "en",
    "patient_story",
    "Ông Trần Văn Bảy, 93, has fished out of Biloxi since 1979. He came to our Gulf Coast Clinic with a Vibrio infection on his hand and left with all ten fingers and a new tattoo of a shrimp on his forearm (his idea, not ours). Cảm ơn, ông Bảy!",
    [("NAME", "Trần Văn Bảy"), ("NAME", "Bảy", "*"), ("AGE", "93"), ("GEO", "Biloxi")],
    note="Vietnamese name (family name first), honorific Ông excluded, age 93, home port; bare year not labelled",
)
# 20
n(
    "en",
    "hospital_contact",
    "Shrimpers and deckhands: our Gulf Coast Clinic at 310 Back Bay Drive, Biloxi is open at 6 a.m. on boat days. Walk in or call (228) 555-0116. Nói tiếng Việt? We have Vietnamese-speaking nurses.",
    "hospital address and line",
)
# 21
p(
    "en",
    "pasted_record",
    "FYI for comms: pt's mom asked us NOT to post the pic. Pt: Precious Johnson, DOB 09/12/2011, MRN 4471-0093, Healthy Louisiana ID 7740031128, mom's cell 318.555.0162, email tjohnson.nails@gmail.com. Please delete.",
    [
        ("NAME", "Precious Johnson"),
        ("DATE", "09/12/2011"),
        ("MRN", "4471-0093"),
        ("HEALTH_PLAN", "7740031128"),
        ("PHONE", "318.555.0162"),
        ("EMAIL", "tjohnson.nails@gmail.com"),
    ],
    note="internal note posted by mistake; 'pic' is not an attached photo of the patient",
)
# 22
n(
    "en",
    "campaign_hashtag",
    "Every warrior deserves a crew. Post your purple on Sept. 19 for Sickle Cell Awareness Month and tag #WarriorsWelcome #MagPineStrong. We'll share our favorites!",
    "campaign hashtags and an awareness date",
)
# 23
p(
    "en",
    "thank_you",
    "To her son Pastor Larry Tolliver, First Lady Gwen Tolliver and all the saints of Mt. Canaan Baptist who sang outside Sister Bernice Tolliver's window on Easter Sunday: she heard every note. Room 318 was full of joy. 🙏🏾",
    [
        ("NAME", "Larry Tolliver"),
        ("NAME", "Gwen Tolliver"),
        ("NAME", "Bernice Tolliver"),
        ("DATE", "Easter Sunday"),
        ("OTHER_ID", "Room 318"),
    ],
    note="relatives with church titles; holiday of the patient's event; room number; church name not labelled",
)
# 24
p(
    "en",
    "patient_story",
    "Last night a deckhand came in by Coast Guard helicopter after a winch accident off Horn Island. Our trauma team was waiting on the pad. He's stable this morning. Thank you, Air Station New Orleans.",
    [("GEO", "Horn Island")],
    note="nameless story, but the place of the accident is GEO (like the road of a crash)",
)
# 25
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for the big leagues. We repair UCLs for high-school pitchers from Bossier to Brandon. Ask our sports medicine team at (601) 555-0172 about arm care.",
    "eponym named for a public figure; towns describe the service area",
)
# 26
p(
    "en",
    "patient_story",
    "T-Boy Guidry, 91, drove himself in from Vivian on his riding mower (yes, really) because 'the truck was being difficult.' Heart failure, well managed, and a promise to let his granddaughter Ophelie drive next time. #TBoyRides",
    [
        ("NAME", "T-Boy Guidry"),
        ("AGE", "91"),
        ("GEO", "Vivian"),
        ("NAME", "Ophelie"),
        ("NAME", "#TBoyRides"),
    ],
    note="Cajun nickname, age, home town that is also a first name, granddaughter, name hashtag",
)
# 27
n(
    "en",
    "event",
    "Krewe of Care rolls again! Our float joins the Krewe of Centaur parade in Shreveport on Feb. 22. Catch beads, moon pies and free blood-pressure checks. #KreweOfCare #MardiGras",
    "hospital's Mardi Gras event date",
)
# 28
p(
    "en",
    "birth_announcement",
    "Our first Fat Tuesday baby! Welcome Beau Landry Comeaux, born at 3:04 p.m. on Mardi Gras to Danielle and Travis of Bossier City. Laissez les bons temps rouler, Beau! ⚜️💜💛💚",
    [
        ("DATE", "Fat Tuesday"),
        ("NAME", "Beau Landry Comeaux"),
        ("NAME", "Beau", "*"),
        ("DATE", "Mardi Gras"),
        ("NAME", "Danielle"),
        ("NAME", "Travis"),
        ("GEO", "Bossier City"),
    ],
    note="birth day named twice as a holiday (Fat Tuesday, Mardi Gras)",
)
# 29
n(
    "en",
    "public_figure",
    "Medgar Evers was born in Decatur, Mississippi on July 2, 1925. This Juneteenth our Jackson campus honors his legacy with a blood drive in the Evers-Hamer Conference Center. #JuneteenthHealth",
    "public figure's birth date and hometown; named conference center",
)
# 30
p(
    "en",
    "pasted_record",
    "Discharge summary pasted into the wrong tab: Patient: LE, THI NGOC ANH | DOB 03/08/1936 | Age 88 | Address 1147 Division St, Biloxi MS 39532 | Emergency contact: son Lê Minh Quân (228) 555-0139",
    [
        ("NAME", "LE, THI NGOC ANH"),
        ("DATE", "03/08/1936"),
        ("GEO", "1147 Division St"),
        ("GEO", "Biloxi"),
        ("GEO", "39532"),
        ("NAME", "Lê Minh Quân"),
        ("PHONE", "(228) 555-0139"),
    ],
    note="age 88 is not labelled; full DOB, street, city, ZIP, son's name and phone",
)
# 31
n(
    "en",
    "health_tip",
    "Still under a boil-water notice in Jackson? Boil for 1 full minute, let it cool, and use it for baby formula, brushing teeth and washing CPAP parts. Home dialysis patients: call (601) 555-0161 today.",
    "water-crisis tip with the hospital line",
)
# 32
p(
    "en",
    "thank_you",
    "Big thank-you to the 2nd-shift line crew at Leaf River Poultry in Morton, who took up a collection for Deshawn after his hand injury on 8/22. He's out of the splint and back to fishing with his boys. 💪🏾",
    [("NAME", "Leaf River Poultry"), ("GEO", "Morton"), ("NAME", "Deshawn"), ("DATE", "8/22")],
    note="patient's employer is NAME and its town GEO; injury date",
)
# 33
n(
    "en",
    "sponsor",
    "Thank you to the Arceneaux Family Foundation and Pelican State Credit Union for underwriting the new infusion chairs in our Sickle Cell Day Hospital. Ribbon cutting is Oct. 3 at 10 a.m.",
    "donor family and sponsor; event date",
)
# 34
p(
    "en",
    "patient_story",
    "You know him as Peanut. Quintavious Harris, #24 for Calvary Baptist, broke his collarbone Sept. 6 against Evangel and was on the sideline in a sling the very next Friday. Peanut, we'll see you at spring ball! 🥜🏈",
    [("NAME", "Peanut", "*"), ("NAME", "Quintavious Harris"), ("DATE", "Sept. 6")],
    note="nickname that is a word; jersey number and school not identifiers; injury date",
)
# 35
n(
    "en",
    "staff_spotlight",
    "Nurse of the Month: Keisha Batiste, RN, Sickle Cell Day Hospital. 19 years, 3 kids, 1 legendary gumbo. 'My patients are my people,' she says. Reach her team at (318) 555-0111 or sicklecell@magpinehealth.org.",
    "staff spotlight with hospital line and e-mail",
)
# 36
p(
    "en",
    "memorial",
    "#JusticeForJuju isn't about blame. It's what his family named the fund that bought 40 pain-crisis kits for our ER. Julius 'Juju' Mayfield (2004-2023) would have turned 21 on April 2. We remember. 💜",
    [("NAME", "#JusticeForJuju"), ("NAME", "Julius 'Juju' Mayfield"), ("DATE", "April 2")],
    note="name hashtag that starts with an ordinary word; birthday; bare years not labelled",
)
# 37
n(
    "en",
    "campaign_hashtag",
    "#JusticeInHealth: Jackson's water crisis showed how fast a city's pipes become a health emergency. Read our community health needs assessment at magpinehealth.org/chna.",
    "campaign hashtag with an ordinary word that is also a name",
)
# 38
p(
    "en",
    "milestone_birthday",
    "Miss Odessa Pruitt turned ninety-eight on Juneteenth and told us she remembers her granddaddy talking about the first one her church ever celebrated. She had her hip fixed June 16 and was up with the walker on her birthday. 🎉",
    [
        ("NAME", "Odessa Pruitt"),
        ("AGE", "ninety-eight"),
        ("DATE", "Juneteenth"),
        ("DATE", "June 16"),
    ],
    note="age in words; birthday on a holiday; surgery date",
)
# 39
n(
    "en",
    "event",
    "Sickle Cell 5K & Family Fun Day: Saturday, Sept. 27, Cross Lake Park, Shreveport. Registration opens Aug. 1. Warriors walk free! Info: (318) 555-0111.",
    "event dates and venue",
)
# 40
p(
    "en",
    "discharge",
    "Senior Airman Kayla Moreau's twins, Ava and Ayla, went home from the Pelican NICU on 11/3 after 61 days. Kayla is deployed, so Grandma Ruth flew in from Lafayette to bring them home to Barksdale. 💙💗",
    [
        ("NAME", "Kayla Moreau"),
        ("NAME", "Kayla", "*"),
        ("NAME", "Ava"),
        ("NAME", "Ayla"),
        ("DATE", "11/3"),
        ("NAME", "Ruth"),
        ("GEO", "Lafayette"),
        ("GEO", "Barksdale"),
    ],
    note="mother (rank excluded), twins, discharge date, grandmother and her town, base",
)
# 41
n(
    "en",
    "staff_spotlight",
    "Shoutout to Maj. Andre Coleman, Barksdale flight surgeon and our volunteer team doc for Haughton High. He's been on the sideline every Friday since 2019.",
    "volunteer physician; base and school not tied to a patient",
)
# 42
p(
    "en",
    "pasted_record",
    "Re: release form. Hi, this is Latoya (Zaria's mom). I can't get into the portal, my user name is zariasmama06. Can y'all email the form to latoya.dupree@yahoo.com instead? Her MRN is 20938817. Thank you!!",
    [
        ("NAME", "Latoya"),
        ("NAME", "Zaria"),
        ("OTHER_ID", "zariasmama06"),
        ("EMAIL", "latoya.dupree@yahoo.com"),
        ("MRN", "20938817"),
    ],
    note="public comment by a mother: portal user name, e-mail, MRN",
)
# 43
n(
    "en",
    "hospital_contact",
    "Questions about a bill? Our financial counselors speak English, Spanish and Vietnamese. Call (601) 555-0183, fax (601) 555-0188, or write to billing@mprmc.org.",
    "hospital phone, fax and e-mail",
)
# 44
p(
    "en",
    "patient_story",
    "Mr. Roosevelt 'Sweet' Coleman has farmed catfish outside Belzoni for 50 years. When he came in with a crushed foot from a pond-aerator accident on the 14th, his first question was whether the catfish got fed. (They did. His grandson Kendrick saw to it.) #SweetsBack",
    [
        ("NAME", "Roosevelt 'Sweet' Coleman"),
        ("GEO", "Belzoni"),
        ("DATE", "14th"),
        ("NAME", "Kendrick"),
        ("NAME", "#SweetsBack"),
    ],
    note="first name of a president, nickname, farm town, day of month alone, grandson",
)
# 45
n(
    "en",
    "eponymous_condition",
    "Lisfranc, Jones, Salter-Harris: three names every high-school trainer should know. A midfoot injury that 'just won't quit hurting' needs an X-ray, not ice. Our Friday Night Clinic runs 8 a.m. to noon every Saturday at the Jackson campus.",
    "eponymous injuries",
)
# 46
p(
    "en",
    "milestone_birthday",
    "Our favorite centenarian! Sister Mae Ola Fontenot of Opelousas (wait, she'll correct us: of Frilot Cove) celebrated 102 years on the unit Tuesday. Her pastor brought the choir; her nephew Alphonse brought the boudin.",
    [
        ("AGE", "centenarian"),
        ("NAME", "Mae Ola Fontenot"),
        ("GEO", "Opelousas"),
        ("GEO", "Frilot Cove"),
        ("AGE", "102"),
        ("NAME", "Alphonse"),
    ],
    note="'centenarian' and 102 are AGE; two home places; the pastor is not a relative",
)
# 47
n(
    "en",
    "statistic",
    "Since the 2022 pump failures, our Jackson ER has seen 312 visits for water-related illness. 41% were children under 5; 9 were adults over 90.",
    "population statistics with an age over 90",
)
# 48
p(
    "en",
    "thank_you",
    "big ups to nurse Brittany on 4 Cypress for taking care of my mawmaw this week. she 94 and said you the only one who do her hair right 😂 - the Fontenot-Guidry family",
    [("AGE", "94"), ("NAME", "Fontenot-Guidry")],
    note="family comment: age over 89 without a unit, hyphenated family surname; the nurse is staff, 'mawmaw' is a kin word",
)
# 49
n(
    "en",
    "health_tip",
    "Shrimpers: a cut from a fin or shell plus warm Gulf water can mean Vibrio. If it's red, swelling and spreading, come in the same day. Đừng chờ! Gulf Coast Clinic: (228) 555-0116.",
    "health tip in English and Vietnamese",
)
# 50
p(
    "en",
    "memorial",
    "@MagPineHealth y'all took care of my daddy Clarence Batiste in the ICU in January. He passed Feb 2. Can somebody call me about getting his belongings? 601-555-0128. Renee",
    [
        ("NAME", "Clarence Batiste"),
        ("DATE", "January"),
        ("DATE", "Feb 2"),
        ("PHONE", "601-555-0128"),
        ("NAME", "Renee"),
    ],
    note="comment: month of stay, death date, daughter's phone and name; hospital handle not labelled",
)
# 51
n(
    "en",
    "crisis_update",
    "Update 6:40 p.m.: water pressure is restored at our Jackson campus. Elective surgeries resume tomorrow. The boil-water notice remains for ZIP codes 39202, 39203 and 39213 until further notice.",
    "crisis update; ZIP codes of a city-wide notice",
)
# 52
p(
    "en",
    "pasted_record",
    "oops wrong window. Reg note: PRINCE, KEONDRE M | SSN xxx-xx-4471 | DOB 5/30/2008 | Ins: Mississippi Medicaid #00381-77210 | Guarantor: grandmother Loretta Prince, 2218 Bailey Ave, Jackson 39213",
    [
        ("NAME", "PRINCE, KEONDRE M"),
        ("SSN", "xxx-xx-4471"),
        ("DATE", "5/30/2008"),
        ("HEALTH_PLAN", "00381-77210"),
        ("NAME", "Loretta Prince"),
        ("GEO", "2218 Bailey Ave"),
        ("GEO", "Jackson"),
        ("GEO", "39213"),
    ],
    note="registration note: masked SSN, Medicaid id, grandmother's address",
)
# 53
n(
    "en",
    "research",
    "New study from our Sickle Cell Center: kids on hydroxyurea who also had yearly transcranial Doppler screening had 60% fewer strokes. Led by Dr. Nhi Pham and Dr. Remy Thibodeaux; published in May 2024.",
    "research news with staff names",
)
# 54
p(
    "en",
    "patient_story",
    "Nevaeh was diagnosed with sickle cell on her newborn screen and got her first transfusion at 3. On June 19 (World Sickle Cell Day AND her 12th birthday) she rang the bell at the end of her gene therapy workup. Happy birthday, Nevaeh! #NevaehTheWarrior",
    [
        ("NAME", "Nevaeh", "*"),
        ("DATE", "June 19"),
        ("DATE", "World Sickle Cell Day"),
        ("NAME", "#NevaehTheWarrior"),
    ],
    note="the awareness day names the patient's birthday: both expressions DATE",
)
# 55
n(
    "en",
    "anonymous_story",
    "One of our Sickle Cell Day Hospital regulars, a college sophomore, aced her organic chem final from an infusion chair last week. We are so proud of you (you know who you are)! 📚",
    "anonymous story without identifiers",
)
# 56
p(
    "en",
    "thank_you",
    "Gia đình Phạm, the Pham family, brought bánh mì for the whole ER after Bà Phạm Thị Hoa's stroke care. She's home in Ocean Springs and back to yelling at the Saints on TV. Cảm ơn!",
    [("NAME", "Phạm Thị Hoa"), ("NAME", "Phạm", "*"), ("NAME", "Pham"), ("GEO", "Ocean Springs")],
    note="Vietnamese family name with and without diacritics, honorific Bà excluded, home town",
)
# 57
n(
    "en",
    "public_figure",
    "Walter Payton grew up in Columbia, Mississippi. Brett Favre played at Hancock North Central. Terry Bradshaw threw varsity passes at Woodlawn in Shreveport. Protect the next one: get your athlete's preseason physical. #FridayNightSafe",
    "public figures and their hometowns",
)
# 58
p(
    "en",
    "discharge",
    "Update from Boo's mama: 'He's eating, he's fussing, he's HOME.' Boo (Ja'Marion) spent 3 weeks in our PICU after RSV in December. Cedar Grove, your prayers worked. 💙",
    [("NAME", "Boo", "*"), ("NAME", "Ja'Marion"), ("DATE", "December"), ("GEO", "Cedar Grove")],
    note="nickname that is a word, name with apostrophe, month of admission, neighbourhood",
)
# 59
n(
    "en",
    "event",
    "Our chaplains will hold a Watch Night prayer service in the Shreveport chapel on Dec. 31 at 10 p.m. for patients, families and staff. All faiths welcome.",
    "hospital event on Watch Night",
)
# 60
p(
    "en",
    "memorial",
    "We said goodbye to Deacon Willie James Tatum on Watch Night, just as his church was singing in the new year. He was 96, a Korean War veteran from Bastrop, and he called every nurse 'baby girl.' Rest easy, Deacon.",
    [("NAME", "Willie James Tatum"), ("DATE", "Watch Night"), ("AGE", "96"), ("GEO", "Bastrop")],
    note="death on Watch Night (Dec 31); 'Deacon' is a title",
)
# 61
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma, Wilms tumor, sickle cell disease: all three are treated at our Children's Cancer & Blood Center. Physician referrals: fax (318) 555-0199.",
    "eponyms; hospital fax",
)
# 62
p(
    "en",
    "pasted_record",
    "Pls update contact in Epic: pt Boudreaux, Nicolette (MRN 00588231). New cell for husband Jean-Luc is 337-555-0186, email nboudreaux.ltd@outlook.com. thx, SW office",
    [
        ("NAME", "Boudreaux, Nicolette"),
        ("MRN", "00588231"),
        ("NAME", "Jean-Luc"),
        ("PHONE", "337-555-0186"),
        ("EMAIL", "nboudreaux.ltd@outlook.com"),
    ],
    note="internal message posted publicly",
)
# 63
n(
    "en",
    "hospital_contact",
    "New number, same people: Patient Relations is now (318) 555-0133. Media inquiries: (318) 555-0144 or media@magpinehealth.org. Mailing address: 4100 Cross Bayou Pkwy, Shreveport, LA 71101.",
    "hospital lines and address (abbreviated Pkwy)",
)
# 64
p(
    "en",
    "patient_story",
    "when justice came in she couldn't even lift her arm from the pain crisis. tonight she's singing in the hall and the whole floor is her choir 🎤 #freejustice (she goes home tomorrow lol)",
    [("NAME", "justice"), ("NAME", "#freejustice")],
    note="lower-case name that is an ordinary word, and the same name in a hashtag",
)
# 65
n(
    "en",
    "campaign_hashtag",
    "Health equity is justice. This Juneteenth we're offering free A1c, blood pressure and sickle cell trait screening at Mount Zion MBC in Jackson. #JusticeInHealth #JuneteenthHealth",
    "'justice' as a word; event",
)
# 66
p(
    "en",
    "birth_announcement",
    "Chúc mừng năm mới! The first baby born at our Gulf Coast birthing center this Tết is Nguyễn Bảo An, born at 1:14 a.m. on Lunar New Year, 6 lb 9 oz. Proud parents Thảo and Vinh of Pass Christian. 🧧",
    [
        ("DATE", "Tết"),
        ("NAME", "Nguyễn Bảo An"),
        ("DATE", "Lunar New Year"),
        ("NAME", "Thảo"),
        ("NAME", "Vinh"),
        ("GEO", "Pass Christian"),
    ],
    note="birth on Tết written twice; Vietnamese names; home town",
)
# 67
n(
    "en",
    "event",
    "Tết celebration at the Gulf Coast Clinic: lion dance at 11, free flu shots all day, Jan. 29. Mừng Xuân! Parking at 310 Back Bay Drive.",
    "hospital event on a holiday",
)
# 68
p(
    "en",
    "milestone_birthday",
    "Say it with us: ONE HUNDRED. Mr. Isaiah Stokes of the Allendale neighborhood, grandson of a Buffalo Soldier, turned one hundred in our cardiac rehab gym today and did his ten minutes on the bike anyway.",
    [
        ("AGE", "ONE HUNDRED"),
        ("NAME", "Isaiah Stokes"),
        ("GEO", "Allendale"),
        ("AGE", "one hundred"),
    ],
    note="age in words twice, in caps and lower case; neighbourhood",
)
# 69
n(
    "en",
    "recruitment",
    "Poultry plant nurses: our occupational health team in Forest and Morton is hiring. Help 4,000 line workers stay safe. Bilingual (Spanish/English or Q'anjob'al) a plus. Apply at magpinehealth.org/jobs.",
    "recruitment; towns of the service area",
)
# 70
p(
    "en",
    "pasted_record",
    "[auto-forwarded] Portal alert: user 'grandmadot' (Dorothy Ellis, MRN 30091457) logged in from 73.162.44.201 after 6 failed attempts. Reset link sent to dot.ellis.jxn@bellsouth.net.",
    [
        ("OTHER_ID", "grandmadot"),
        ("NAME", "Dorothy Ellis"),
        ("MRN", "30091457"),
        ("IP", "73.162.44.201"),
        ("EMAIL", "dot.ellis.jxn@bellsouth.net"),
    ],
    note="portal user name, IP address, e-mail",
)
# 71
n(
    "en",
    "statistic",
    "Football by the numbers, 2024 season: 214 athletes seen in our Friday Night Clinic, 37 concussions, 11 ACL tears, 0 heat deaths. Parents: baseline concussion testing is free through July 31.",
    "statistics and a program deadline",
)
# 72
p(
    "en",
    "discharge",
    "Good news from the Brandon Bulldogs sideline: Cam Whitaker, the 10th grader who went down hard on Sept. 12, is cleared to return! Cam, thank your O-line for us and keep that helmet on. 🏈 #CamStrong",
    [
        ("GEO", "Brandon"),
        ("NAME", "Cam Whitaker"),
        ("NAME", "Cam", "*"),
        ("DATE", "Sept. 12"),
        ("NAME", "#CamStrong"),
    ],
    note="the team's town (also a first name) tells where he lives: GEO; injury date",
)
# 73
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Brandon Hebert, 31 years as our Shreveport respiratory therapy lead. Brandon, the vent room won't be the same. Party Friday at 3 in Conference Room B!",
    "staff retirement",
)
# 74
p(
    "en",
    "patient_story",
    "Maddox is 6 and his dad is deployed, so we FaceTimed Capt. Ryan Keller from the OR doors before Maddox's appendectomy on the 3rd. Dad, he did great. 💙 (Posted with permission from Mom, Jess.)",
    [("NAME", "Maddox", "*"), ("NAME", "Ryan Keller"), ("DATE", "3rd"), ("NAME", "Jess")],
    note="father with rank, day of month alone, mother's name",
)
# 75
n(
    "en",
    "crisis_update",
    "Hurricane Francine update: our Gulf Coast Clinic in Biloxi closes at noon today and reopens Friday. Dialysis patients have been moved to our Jackson campus. Info line: (228) 555-0116.",
    "hurricane named like a person; closure",
)
# 76
p(
    "en",
    "patient_story",
    "Miss Francine Arnaud, 92, rode out Hurricane Francine in her house on Bayou Caddy. 'That storm stole my name,' she told us while we stitched up her shin. She's staying with her daughter in Waveland till the power's back.",
    [("NAME", "Francine Arnaud"), ("AGE", "92"), ("GEO", "Bayou Caddy"), ("GEO", "Waveland")],
    note="the hurricane's name is not the patient's mention",
)
# 77
n(
    "en",
    "health_tip",
    "Mardi Gras safety: stay hydrated, watch the little ones near the floats, and keep your meds in a zip bag, not your pocket. Cracked a tooth on a doubloon? Our dental clinic reopens Ash Wednesday.",
    "holiday safety tip",
)
# 78
p(
    "en",
    "thank_you",
    "To the Krewe of Sobek riders who found Mr. Thibodeaux face-down on the parade route on Lundi Gras and started CPR: he's sitting up and asking for king cake. Lionel, we're so glad you're here. ⚜️",
    [("NAME", "Thibodeaux"), ("DATE", "Lundi Gras"), ("NAME", "Lionel")],
    note="cardiac arrest on Lundi Gras (a named day); surname and first name",
)
# 79
n(
    "en",
    "staff_spotlight",
    "Congrats to Dr. LaShonda Pierre, crowned Queen of the Krewe of Highland this year! Our hematology chief rides on Feb. 16; look for the purple cape.",
    "staff member and an event date",
)
# 80
p(
    "en",
    "pasted_record",
    "Transfusion list 0630 (DO NOT POST): 1) KING, PRECIOUS A, MRN 0081-2290-4, 2U PRBC; 2) VO, TUAN, MRN 0081-3318-7, exchange; 3) DUPREE, ZARIA, MRN 20938817, simple",
    [
        ("NAME", "KING, PRECIOUS A"),
        ("MRN", "0081-2290-4"),
        ("NAME", "VO, TUAN"),
        ("MRN", "0081-3318-7"),
        ("NAME", "DUPREE, ZARIA"),
        ("MRN", "20938817"),
    ],
    note="day-hospital list posted by mistake; names that are words in caps",
)
# 81
n(
    "en",
    "hospital_contact",
    "Need your records? Health Information Management: (318) 555-0155, fax (318) 555-0199. We'll never ask for your SSN or MRN in a Facebook comment; please DM us or call.",
    "hospital lines; mentions SSN/MRN only as words",
)
# 82
p(
    "en",
    "patient_story",
    "Prayer warriors at Little Union Baptist: Sis. Gloria Hubbard is in room 5214 at Magnolia & Pine after her stroke Thursday. Cards welcome. To visit, call her son Darnell first at (318) 555-0174. 🙏🏾",
    [
        ("NAME", "Gloria Hubbard"),
        ("OTHER_ID", "room 5214"),
        ("NAME", "Darnell"),
        ("PHONE", "(318) 555-0174"),
    ],
    note="prayer-chain post: room number, son and his phone; the hospital's name and a weekday are not labelled",
)
# 83
n(
    "en",
    "staff_spotlight",
    "Meet Chaplain Otis Green, our new spiritual care lead. Pastor of Mt. Pilgrim AME for 22 years, Rev. Green is on call around the clock at (318) 555-0100. 'Come as you are.'",
    "staff chaplain",
)
# 84
p(
    "en",
    "milestone_birthday",
    "Card shower for Mother Eula Mae Dixon, who turns 105 on May 12! She's been with us on 4 Cypress since her fall. Mail cards to the unit or email them to her granddaughter at kim.dixon.eula105@gmail.com 💐",
    [
        ("NAME", "Eula Mae Dixon"),
        ("AGE", "105"),
        ("DATE", "May 12"),
        ("EMAIL", "kim.dixon.eula105@gmail.com"),
    ],
    note="double first name, age, birthday, granddaughter's e-mail",
)
# 85
n(
    "en",
    "event",
    "Sunday, May 11 is Mother's Day. Our Jackson chapel will hold a 9 a.m. service honoring the church mothers who volunteer with us, including Mother Alberta Simms, 93, our longest-serving volunteer.",
    "a volunteer's name and age over 89 are not labelled",
)
# 86
p(
    "en",
    "patient_story",
    "Pictured: Destiny, 7, and her big brother Kingston at Destiny's last transfusion before her bone marrow transplant on 1/8. Her brother is her perfect match. 💜 #DestinysMatch",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Destiny", "*"),
        ("NAME", "Kingston"),
        ("DATE", "1/8"),
        ("NAME", "#DestinysMatch"),
    ],
    note="photo cue; a name that is a word; sibling; transplant date",
)
# 87
n(
    "en",
    "campaign_hashtag",
    "It's not destiny, it's genetics: when both parents carry sickle cell trait, each pregnancy has a 1-in-4 chance of SCD. Know your status. #KnowYourTrait",
    "'destiny' as a word",
)
# 88
p(
    "en",
    "pasted_record",
    "Referral pasted in a public reply by mistake: Pt SANTIAGO, LUIS A | DOB 07/04/2015 | TRICARE DBN 10384472915 | Sponsor: SSgt Maria Santiago | Home: 4407 Crestview Dr, Bossier City 71112",
    [
        ("NAME", "SANTIAGO, LUIS A"),
        ("DATE", "07/04/2015"),
        ("HEALTH_PLAN", "10384472915"),
        ("NAME", "Maria Santiago"),
        ("GEO", "4407 Crestview Dr"),
        ("GEO", "Bossier City"),
        ("GEO", "71112"),
    ],
    note="TRICARE benefits number is HEALTH_PLAN; sponsor is the mother",
)
# 89
n(
    "en",
    "public_figure",
    "Barksdale Air Force Base is named for Lt. Eugene Hoy Barksdale, a WWI aviator. We've been proud to care for 2nd Bomb Wing families and the veterans of Bossier Parish for 40 years.",
    "namesake of the base; population",
)
# 90
p(
    "en",
    "memorial",
    "From the family of Ruby Jean Knighten: thank you for loving Mama through her last days in March. The nurses on 6 Magnolia made her laugh to the end. Please send any photos of her to rjknighten.family@icloud.com. Carla, Bobby & Tee",
    [
        ("NAME", "Ruby Jean Knighten"),
        ("DATE", "March"),
        ("EMAIL", "rjknighten.family@icloud.com"),
        ("NAME", "Carla"),
        ("NAME", "Bobby"),
        ("NAME", "Tee"),
    ],
    note="month of death; family e-mail; 'Tee' is how one of the children signs, so NAME; unit 6 Magnolia not labelled",
)
# 91
p(
    "en",
    "anonymous_story",
    "A patient in his 90s told our night nurse he'd outlived three doctors and two hospitals. We told him he'd have to outlive us too. Happy Nurses Week, night shift! 💙",
    [("AGE", "90s")],
    note="decision: a decade over 89 states an age over 89, so AGE",
)
# 92
n(
    "en",
    "statistic",
    "Flu shots this fall: 8,214, including 406 for patients 90 and older. Our oldest adult sickle cell patients are now in their 70s. Progress. 💜",
    "population ages",
)
# 93
p(
    "en",
    "patient_story",
    "Anh Võ Thanh Tùng lost two fingers to a winch on the F/V Sao Mai on July 28. His commercial shrimp license (no. 22871-S) was up for renewal, so we helped him fill out the forms from his bed. 🦐",
    [
        ("NAME", "Võ Thanh Tùng"),
        ("VEHICLE", "Sao Mai"),
        ("DATE", "July 28"),
        ("LICENSE", "22871-S"),
    ],
    note="honorific Anh excluded; boat name VEHICLE; shrimp licence LICENSE",
)
# 94
n(
    "en",
    "eponymous_condition",
    "Ever heard of 'shrimper's elbow'? It's lateral epicondylitis, same as tennis elbow, and a cousin of de Quervain's tenosynovitis. Our hand clinic sees both at the Gulf Coast Clinic on Tuesdays.",
    "eponym; occupational condition",
)
# 95
p(
    "en",
    "thank_you",
    "So many of you asked how to help Kha'Lil's family after the crash on I-20 near Pearl on 3/15. His mom set up a page: gofundme.com/f/khalil-strong-jxn. Our PICU team is rooting for you, little man. #KhalilStrong",
    [
        ("NAME", "Kha'Lil"),
        ("GEO", "I-20"),
        ("GEO", "Pearl"),
        ("DATE", "3/15"),
        ("URL", "gofundme.com/f/khalil-strong-jxn"),
        ("NAME", "#KhalilStrong"),
    ],
    note="road and town of the crash, crash date, fundraiser URL",
)
# 96
n(
    "en",
    "crisis_update",
    "Traffic alert: I-20 eastbound near Pearl is closed after a multi-vehicle crash. Our Jackson ER is on trauma standby. Please avoid the area and let first responders work.",
    "crash location without any patient",
)
# 97
p(
    "en",
    "patient_story",
    "Tamika's new insulin pump (serial PX4-0038817) finally arrived. She's been waiting since her DKA admission on Labor Day. Her mom Yolanda cried. We cried. Everybody cried. 💉",
    [("NAME", "Tamika"), ("DEVICE", "PX4-0038817"), ("DATE", "Labor Day"), ("NAME", "Yolanda")],
    note="device serial; admission on a holiday",
)
# 98
n(
    "en",
    "health_tip",
    "Labor Day cookout tips for folks with diabetes: fill half the plate with greens, go easy on the sweet tea, and check your sugar before that second plate of ribs. 🍖",
    "holiday tip",
)
# 99
p(
    "en",
    "pasted_record",
    "Reply posted under a billing complaint (since removed): 'Ms. Hollins, we see account 7728104-33 for your son Trevion's ER visit on 1/4. Please call us.'",
    [("NAME", "Hollins"), ("ACCOUNT", "7728104-33"), ("NAME", "Trevion"), ("DATE", "1/4")],
    note="hospital reply leaking an account number and visit date",
)
# 100
n(
    "en",
    "hospital_contact",
    "We're sorry about your experience. To protect your privacy we can't discuss care here. Please call Patient Relations at (318) 555-0133 or email patientrelations@magpinehealth.org.",
    "template reply",
)
# 101
p(
    "en",
    "patient_story",
    "Three generations, one gene. When Grandma Loretta Simmons was diagnosed with sickle cell in 1961, doctors told her she wouldn't see 30. She's 81 now, and she came to hold her great-grandson Josiah's hand at his first clinic visit on August 5. Josiah's mom, Brianna, has SCD too. 'We're a family of warriors,' Loretta says. 'We don't quit.' Shared with the family's permission. #ThreeGenerations",
    [
        ("NAME", "Loretta Simmons"),
        ("NAME", "Loretta", "*"),
        ("NAME", "Josiah", "*"),
        ("DATE", "August 5"),
        ("NAME", "Brianna"),
    ],
    note="three relatives; age 81 and a bare year not labelled; campaign hashtag",
)
# 102
n(
    "en",
    "research",
    "Jackson hearts are among the most studied in America. Our cardiologists are joining a new hypertension study for Black adults 21 to 85 in Hinds, Madison and Rankin counties. Call (601) 555-0150 to learn more.",
    "research recruiting a population",
)
# 103
p(
    "en",
    "patient_story",
    "Found: a wallet in the Jackson ER lobby belonging to our patient Mr. Otis Ray Whitlock of Yazoo County. Otis, call us at (601) 555-0150, or your daughter can: she left her number, 662-555-0193, at the front desk.",
    [
        ("NAME", "Otis Ray Whitlock"),
        ("NAME", "Otis", "*"),
        ("GEO", "Yazoo County"),
        ("PHONE", "662-555-0193"),
    ],
    note="county; daughter's phone; hospital line not labelled",
)
# 104
n(
    "en",
    "staff_spotlight",
    "We mourn Nurse Geraldine 'Gerri' Boutté, 41 years on our Shreveport labor & delivery unit, who passed on March 2 at 88. She delivered half of Caddo Parish. Services Saturday at Galilee Baptist.",
    "staff memorial: date and age of a staff member are not labelled",
)
# 105
p(
    "en",
    "memorial",
    "Today we rang the chapel bell 90 times for Mr. Clovis Arceneaux, once for every year. He came to us after Hurricane Laura, went home twice, and passed peacefully on 9/9 with Jolie, his wife of 66 years, singing 'Jolie Blonde.' 🎻",
    [("AGE", "90"), ("NAME", "Clovis Arceneaux"), ("DATE", "9/9"), ("NAME", "Jolie", 1)],
    note="90 rings, one per year, states the age; the song title is not the wife",
    ok=("Jolie",),
)
# 106
n(
    "en",
    "sponsor",
    "Thank you to Bayou Boys Seafood of Pass Christian for donating 500 lbs of shrimp to our Gulf Coast staff appreciation boil! 🦐",
    "sponsor",
)
# 107
p(
    "en",
    "thank_you",
    "Shout-out to Delta Gold Catfish in Isola for holding Mr. Jesse's job while he recovered from back surgery on the 2nd of May. He's back on the processing line Monday! Posted by his wife, Lorraine, (662) 555-0121",
    [
        ("NAME", "Delta Gold Catfish"),
        ("GEO", "Isola"),
        ("NAME", "Jesse"),
        ("DATE", "2nd of May"),
        ("NAME", "Lorraine"),
        ("PHONE", "(662) 555-0121"),
    ],
    note="employer and its town; date as '2nd of May'; wife's name and phone",
)
# 108
n(
    "en",
    "public_figure",
    "B.B. King was born on a cotton plantation near Itta Bena in 1925. This Saturday our Delta mobile health van will be at the B.B. King Museum in Indianola with free blood pressure checks. 🎸",
    "public figure; event",
)
# 109
p(
    "en",
    "pasted_record",
    "Security log pasted to the wrong page: vehicle towed from ER bay, 2011 Silverado, LA plate 442 BXK, belongs to pt Guidry's son Rusty; he's upstairs with his dad in rm 3107.",
    [("VEHICLE", "442 BXK"), ("NAME", "Guidry"), ("NAME", "Rusty"), ("OTHER_ID", "rm 3107")],
    note="son's plate, surname, son's name, room",
)
# 110
n(
    "en",
    "hospital_contact",
    "ER parking reminder: the ER bay at 4100 Cross Bayou Parkway is for ambulances only. Patient and family parking is in Garage C, free for the first 2 hours.",
    "hospital address",
)
# 111
p(
    "en",
    "patient_story",
    "From the day she was admitted (Aug 3rd) to the day she walked out (the 29th), Miss Queenie Lewis had the whole ICU wrapped around her finger. Ninety-one years of sass. 👑",
    [("DATE", "Aug 3rd"), ("DATE", "29th"), ("NAME", "Queenie Lewis"), ("AGE", "Ninety-one")],
    note="admission and discharge dates, age in words",
)
# 112
n(
    "en",
    "staff_spotlight",
    "At 91, volunteer Harold Freeman still pushes the book cart on 4 Cypress every Tuesday. Thank you for 30 years, Mr. Freeman!",
    "volunteer's age over 89 is not labelled",
)
# 113
p(
    "en",
    "patient_story",
    "When the pumps failed, 9-year-old Malik's home dialysis couldn't run. His grandmother Inez drove him from south Jackson to our campus at 3 a.m. on Aug 30, through the flooding. Malik, you're our hero. Inez, so are you.",
    [("NAME", "Malik", "*"), ("NAME", "Inez", "*"), ("GEO", "south Jackson"), ("DATE", "Aug 30")],
    note="part of town where they live; date of emergency visit",
)
# 114
n(
    "en",
    "crisis_update",
    "Day 6 of the Jackson water emergency. Our campus has potable water by tanker truck. Bottled water for the community: 9 a.m. to noon at the Pearl River Boulevard entrance. Two cases per household.",
    "crisis update; hospital entrance",
)
# 115
p(
    "en",
    "pasted_record",
    "Pls fax the signed release to the daughter, Sharonda Mack, at her office fax (601) 555-0137. Re: her mother Minnie Mack, MRN 00229187, photo for the Mother's Day post. Thx",
    [
        ("NAME", "Sharonda Mack"),
        ("FAX", "(601) 555-0137"),
        ("NAME", "Minnie Mack"),
        ("MRN", "00229187"),
    ],
    note="relative's fax number; 'photo' here is a planned post, not an attached photo",
)
# 116
p(
    "en",
    "patient_story",
    "Follow along with @amirs_warrior_walk: Amir's mom documents every transfusion and every milestone. Proud to be part of his care team since his diagnosis on 2/11. #SickleCellWarrior",
    [("OTHER_ID", "@amirs_warrior_walk"), ("NAME", "Amir"), ("DATE", "2/11")],
    note="family's social handle is OTHER_ID",
)
# 117
n(
    "en",
    "campaign_hashtag",
    "Tag @MagPineKids in your #WarriorWednesday photos: warriors, families, teachers, coaches. We'll reshare our favorites every week in September!",
    "hospital handle and campaign tag",
)
# 118
p(
    "en",
    "patient_story",
    "Y'all, Big Mike is HOME. Michael 'Big Mike' Toussaint, 34, head cook at Mabel's Pie Kitchen (go get a strawberry pie), spent 19 days with us after a sickle cell acute chest crisis in January. Big Mike, the ICU misses your stories.",
    [
        ("NAME", "Michael 'Big Mike' Toussaint"),
        ("NAME", "Big Mike", "*"),
        ("NAME", "Mabel's Pie Kitchen"),
        ("DATE", "January"),
    ],
    note="nickname; employer (a shop named after a person) is NAME; month of admission; age 34 not labelled",
)
# 119
n(
    "en",
    "staff_spotlight",
    "Shout-out to Big Mike in Environmental Services: 25 years keeping our Jackson ORs spotless and our spirits up. Michael Dorsey, you are the heartbeat of the night shift.",
    "staff member with the same nickname as a patient",
)
# 120
p(
    "en",
    "birth_announcement",
    "Twin girls Egypt and Paris Walker arrived 2/29. Leap Day babies! Mom Shaniqua says they'll only get a 'real' birthday every four years, so the nurses threw them a party anyway. 🎈🎈",
    [
        ("NAME", "Egypt"),
        ("NAME", "Paris Walker"),
        ("DATE", "2/29"),
        ("DATE", "Leap Day"),
        ("NAME", "Shaniqua"),
    ],
    note="names that are a country and a city; birth day written twice",
)
# 121
n(
    "en",
    "event",
    "Leap Day blood drive: Feb. 29, 7 a.m. to 7 p.m., Shreveport campus lobby. Sickle cell patients need matched blood, especially from Black donors. Every donor gets a slice of king cake. 🩸",
    "event on Leap Day",
)
# 122
n(
    "en",
    "staff_spotlight",
    "Meet our LifeAir 3 crew: pilot Dwayne Mercier, flight nurse Amanda Ly and medic Hector Ruiz. 1,000 flights from the Ark-La-Tex to Jackson since 2019. 🚁",
    "staff names",
)
# 123
p(
    "en",
    "pasted_record",
    "label printer output posted to our story by mistake: TRAN, KIMBERLY  F  DOB 12/25/2019  MRN 61128840  ENC 990014732  ALLERGY: PCN  ATTENDING: NGUYEN, D",
    [
        ("NAME", "TRAN, KIMBERLY"),
        ("DATE", "12/25/2019"),
        ("MRN", "61128840"),
        ("OTHER_ID", "990014732"),
    ],
    note="encounter number is OTHER_ID; the attending physician is staff",
)
# 124
n(
    "en",
    "staff_spotlight",
    "Holiday call schedule (internal, shared with permission): 12/24 day NGUYEN, D; 12/24 night PIERRE, L; 12/25 THIBODEAUX, R. Swap requests to Tammy by 12/1.",
    "staff schedule in chart-like format",
)
# 125
p(
    "en",
    "patient_story",
    "Santa (okay, Dr. Pierre in a beard) made rounds on 5 West, but the real gift came at 6:02 a.m.: Jayden got his new kidney on Christmas morning. His donor was his uncle, Marcus Lee. Happy holidays, Jayden! 🎄",
    [("NAME", "Jayden", "*"), ("DATE", "Christmas"), ("NAME", "Marcus Lee")],
    note="transplant on a holiday; living-donor uncle is a relative",
)
# 126
n(
    "en",
    "event",
    "Christmas on the wards: Santa visits the Pelican NICU and 5 West on Dec. 24 from 2 to 4 p.m. Want to donate a toy? Drop it at the Shreveport lobby by Dec. 15. #JoyOnTheWards",
    "hospital holiday event",
)
# 127
p(
    "en",
    "patient_story",
    "@MagPineJackson my granny Earline Sutton been in y'all ER since 2 pm waiting on a bed, she 93 with chest pain. nobody answering the phone. call me 769-555-0112 or earline.sutton.grands@gmail.com",
    [
        ("NAME", "Earline Sutton"),
        ("AGE", "93"),
        ("PHONE", "769-555-0112"),
        ("EMAIL", "earline.sutton.grands@gmail.com"),
    ],
    note="complaint comment; age without unit; grandchild's phone and e-mail",
)
# 128
n(
    "en",
    "hospital_contact",
    "We're so sorry for the wait. For your family's privacy, please don't share health details here. Our Jackson ER charge nurse can be reached at (601) 555-0150, or DM us and we'll call you.",
    "hospital reply with its own line",
)
# 129
p(
    "en",
    "pasted_record",
    "Pls pull chart for Hebert, Marie-Therese MRN 00491776 DOB 11/02/1955. Son requests records be emailed to p.hebert@cox.net; he's at 318-555-0108.",
    [
        ("NAME", "Hebert, Marie-Therese"),
        ("MRN", "00491776"),
        ("DATE", "11/02/1955"),
        ("EMAIL", "p.hebert@cox.net"),
        ("PHONE", "318-555-0108"),
    ],
    note="records request posted publicly",
)
# 130
p(
    "en",
    "memorial",
    "The homegoing for Brother Lucius 'Luke' Odom, 95, our patient and friend, will be Saturday at Bethel AME in Minden. The family asks for cards instead of flowers: odomfamily.minden@gmail.com",
    [
        ("NAME", "Lucius 'Luke' Odom"),
        ("AGE", "95"),
        ("GEO", "Minden"),
        ("EMAIL", "odomfamily.minden@gmail.com"),
    ],
    note="age; home town; family e-mail; church name not labelled",
)
# 131
p(
    "en",
    "patient_story",
    "LOST on 4 Cypress: a gold cross necklace belonging to our patient Mrs. Geneva Pickett, 99. If found, please call her grandson Terrence at 318-555-0166 or tpickett88@yahoo.com. It was her mother's.",
    [
        ("NAME", "Geneva Pickett"),
        ("AGE", "99"),
        ("NAME", "Terrence"),
        ("PHONE", "318-555-0166"),
        ("EMAIL", "tpickett88@yahoo.com"),
    ],
    note="grandson's contact details",
)
# 132
p(
    "en",
    "patient_story",
    "Calling Airman & Family Readiness: SSgt Kevin Holloway's daughter Harper (our patient since her leukemia diagnosis in October) would love letters from the 20th Bomb Squadron! Send them to harper.holloway.letters@gmail.com 💌",
    [
        ("NAME", "Kevin Holloway"),
        ("NAME", "Harper"),
        ("DATE", "October"),
        ("EMAIL", "harper.holloway.letters@gmail.com"),
    ],
    note="parent with rank, month of diagnosis, family e-mail; military unit not labelled",
)
# 133
p(
    "en",
    "memorial",
    "Cảm ơn the ICU team, from the family of Huỳnh Thị Mai (Bà Mai), 90, of East Biloxi. Bà passed peacefully on 15 tháng 7, surrounded by her children. To reach us: huynhfamily.biloxi@gmail.com",
    [
        ("NAME", "Huỳnh Thị Mai"),
        ("NAME", "Mai", "*"),
        ("AGE", "90"),
        ("GEO", "East Biloxi"),
        ("DATE", "15 tháng 7"),
        ("EMAIL", "huynhfamily.biloxi@gmail.com"),
    ],
    note="Vietnamese date format; 'Bà' alone is a kin/honorific word",
)
# 134
p(
    "en",
    "pasted_record",
    "Fwd from HR @ Pearl River Poultry: 'Employee Santos Ixcoy (badge 40712) was seen in your ER 11/19 for a chemical burn. Please send the work note to hr@pearlriverpoultry.com.' Posted in the comments by mistake, removing now.",
    [
        ("NAME", "Pearl River Poultry"),
        ("NAME", "Santos Ixcoy"),
        ("OTHER_ID", "40712"),
        ("DATE", "11/19"),
        ("EMAIL", "hr@pearlriverpoultry.com"),
    ],
    note="employer name and e-mail; badge number OTHER_ID; visit date",
)
# 135
p(
    "en",
    "pasted_record",
    "re: mrn:00864120. Family asking if the chaplain can come by before surgery tomorrow. Pls advise (sorry, meant to DM this)",
    [("MRN", "00864120")],
    note="a bare MRN makes the post patient-specific",
)
# 136
p(
    "en",
    "discharge",
    "Bed 14, Pelican NICU: 1 lb 11 oz at birth, 22 weeks along, born on Valentine's Day. Now 5 lbs and going home! Mom says his name is Valentino (of course). 💘",
    [("OTHER_ID", "Bed 14"), ("DATE", "Valentine's Day"), ("NAME", "Valentino")],
    note="bed number, birth on a holiday, name derived from it",
)
# 137
p(
    "en",
    "pasted_record",
    "ED tracking board (screenshot text): 7 | 88F | PRATT, GLADYS | CP | Dr. Lam | 2:14 / 8 | 94M | BROWN, ROOSEVELT | fall | Dr. Lam | 0:40 / 9 | 23F | J.W. | SCD pain | Dr. Okafor | 3:05",
    [("NAME", "PRATT, GLADYS"), ("AGE", "94M"), ("NAME", "BROWN, ROOSEVELT"), ("NAME", "J.W.")],
    note="88F is not labelled; 94M is AGE; initials are NAME; doctors are staff; bare row numbers have no bed keyword",
)
# 138
n(
    "en",
    "staff_spotlight",
    "Staffing board 0700 (internal): 4 Cypress charge RN Boudreaux, 6 RNs, 2 techs; 5 West charge RN Phan, 5 RNs; Pelican NICU charge RN Okafor. Call-outs: 2. Float pool: (318) 555-0100.",
    "staff board with surnames",
)
# 139
n(
    "en",
    "research",
    "Our Sickle Cell Day Hospital cut the average time to first pain medicine from 92 minutes to 38. Quality project QI-2024-0117, presented at the ASH annual meeting on Dec. 8.",
    "quality statistics; numbers that look like ages and ids",
)
# 140
p(
    "en",
    "patient_story",
    "Whoever is in room 622: your granddaughter's drawing of the nurses as superheroes is now officially on our break-room fridge. 🦸🏾‍♀️",
    [("OTHER_ID", "room 622")],
    note="a room number alone makes the post patient-specific",
)
# 141
n(
    "en",
    "anonymous_story",
    "A granddaughter drew all of our 6th-floor nurses as superheroes and we are NOT okay. 🦸🏾‍♀️ Thank you, little artist.",
    "anonymous; no identifier",
)
# 142
p(
    "en",
    "patient_story",
    "Zion's whole street showed up: the neighbors from Martin Luther King Drive filled the PICU waiting room, still in their parade shirts. Zion, get well. The block party ain't the same without you. 🎉",
    [("NAME", "Zion", "*"), ("GEO", "Martin Luther King Drive")],
    note="the family's street, named for a public figure",
)
# 143
n(
    "en",
    "event",
    "Martin Luther King Jr. Day of Service: 60 staff volunteers painted the pediatric wing at our Jackson campus on Jan. 20. Thank you to the Delta Sigma Theta and Alpha Phi Alpha chapters who joined us!",
    "public figure; event date",
)
# 144
p(
    "en",
    "patient_story",
    "Shoutout to the Tee-Tee squad: Aunts Rochelle, Yvette and Monique have not left their nephew Darius's side since his crash on Hwy 80 in Minden. Y'all are the real MVPs. 💪🏾",
    [
        ("NAME", "Rochelle"),
        ("NAME", "Yvette"),
        ("NAME", "Monique"),
        ("NAME", "Darius"),
        ("GEO", "Hwy 80"),
        ("GEO", "Minden"),
    ],
    note="aunts named in a list; road and town of the crash",
)
# 145
n(
    "en",
    "anonymous_story",
    "To the aunties who slept in the PICU waiting-room chairs for a week straight: we see you. Family is medicine. 💜",
    "anonymous",
)
# 146
p(
    "en",
    "memorial",
    "Rest in power to a true nonagenarian warrior: Mr. Samuel 'Pops' Gaines (Hb SC) proved every 1950s doctor wrong about life with sickle cell. Pops, you gave us all hope. He died peacefully at home in Jackson's Georgetown neighborhood on 4/18.",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Samuel 'Pops' Gaines"),
        ("NAME", "Pops", "*"),
        ("GEO", "Jackson"),
        ("GEO", "Georgetown"),
        ("DATE", "4/18"),
    ],
    note="'nonagenarian' is AGE; city and neighbourhood; death date",
)
# 147
n(
    "en",
    "eponymous_condition",
    "Not every 'sickle' is the same: HbSS, HbSC and sickle beta-thalassemia behave differently. And no, sickle cell trait is not 'a little bit of sickle cell.' Learn more at magpinehealth.org/scd.",
    "education",
)
# 148
p(
    "en",
    "milestone_birthday",
    "Happy 90th to Mr. Alton 'Shug' Fontenot! Shug celebrated on 6 Magnolia with a plate of boudin balls and a zydeco playlist from his grandson Chris. #ShugTurns90",
    [
        ("AGE", "90th"),
        ("NAME", "Alton 'Shug' Fontenot"),
        ("NAME", "Shug", "*"),
        ("NAME", "Chris"),
        ("NAME", "#ShugTurns90"),
    ],
    note="age with ordinal suffix; name hashtag containing the age",
)
# 149
p(
    "en",
    "patient_story",
    "Mais, look at Nonc Ti-Jean Broussard, 93 and dancing at his bedside fais do-do on the 4th of July! He came in for a pacemaker on the 1st and says he's 'wound up good now.' ⚡",
    [("NAME", "Ti-Jean Broussard"), ("AGE", "93"), ("DATE", "4th of July"), ("DATE", "1st")],
    note="Cajun kin title Nonc excluded; holiday of the patient's event; day of month alone",
)
# 150
p(
    "en",
    "patient_story",
    "Sunday Jean Williams came back to see us on a Sunday, ten years after her heart surgery here on May 4. Sunday, you look amazing!",
    [("NAME", "Sunday Jean Williams"), ("NAME", "Sunday", 3), ("DATE", "May 4")],
    note="a name that is a weekday; the weekday itself is not labelled",
    ok=("Sunday",),
)
# 151
p(
    "en",
    "milestone_birthday",
    "Little Deacon Sims (yes, that's his real name; his granddaddy was a deacon at Antioch Baptist) turned 1 today after 4 months in our NICU. Happy birthday, Deacon!",
    [("NAME", "Deacon Sims"), ("NAME", "Deacon", "*")],
    note="a first name that is a church title; 'a deacon' is the title",
)
# 152
p(
    "en",
    "patient_story",
    "Major Jenkins, age 6 (first name Major, not the rank; his dad's the Lt. Col.), broke his wrist on the Barksdale playground. Cast color: Air Force blue, obviously.",
    [("NAME", "Major Jenkins"), ("NAME", "Major", "*"), ("GEO", "Barksdale")],
    note="a first name that is a rank; the base where he lives",
)
# 153
p(
    "en",
    "patient_story",
    "prayers up for Blessing, our SCD warrior in bed 7 of the Day Hospital 🙏🏾 your nurses love you girl",
    [("NAME", "Blessing"), ("OTHER_ID", "bed 7")],
    note="name that is a word; bed number",
)
# 154
p(
    "en",
    "birth_announcement",
    "Born on MLK Day: Malachi King, 8 lb 1 oz, to Aisha and Jerome King of Bossier City. 'No relation,' Jerome laughs, 'but we'll take it.'",
    [
        ("DATE", "MLK Day"),
        ("NAME", "Malachi King"),
        ("NAME", "Aisha"),
        ("NAME", "Jerome King"),
        ("NAME", "Jerome", "*"),
        ("GEO", "Bossier City"),
    ],
    note="birth on a holiday named for a public figure who shares the family's surname",
)
# 155
n(
    "en",
    "public_figure",
    "Dr. King said, 'Of all the forms of inequality, injustice in health is the most shocking and inhuman.' On MLK Day our clinics in Shreveport and Jackson offer free screenings, 9 to 1.",
    "public figure; holiday event",
)
# 156
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY GRANDMA ESSIE!!! FROM ALL YOUR GRANDS & GREATS 💜 (photo: Essie with her 4 Cypress nurses)",
    [("AGE", "101ST"), ("NAME", "ESSIE"), ("NAME", "Essie"), ("PHOTO", "photo")],
    note="all-caps name and age; the photo shows the patient",
)
# 157
p(
    "en",
    "pasted_record",
    "OR schedule pasted in a comment: 2024-11-08 07:30 OR 4, L knee ACL recon, Tyreek Gaines (Haughton HS), Dr. Greer",
    [("DATE", "2024-11-08"), ("NAME", "Tyreek Gaines"), ("GEO", "Haughton")],
    note="ISO date with year; school's town tells where he lives",
)
# 158
p(
    "en",
    "patient_story",
    "#PrayForPoohBear 🙏🏾 our PICU family needs your prayers tonight.",
    [("NAME", "#PrayForPoohBear")],
    note="the only identifier is a nickname hashtag",
)
# 159
n(
    "en",
    "campaign_hashtag",
    "#PrayForJackson 💧 Our hearts are with every family without safe water tonight. Our Jackson campus remains open.",
    "city name in a hashtag, no patient",
)
# 160
p(
    "en",
    "patient_story",
    "Found in the ER after discharge: Louisiana driver's license no. 009876123 for our patient Demetrius Wallace, DOB 8/1. Demetrius, it's at the security desk. We tried the number on file, (318) 555-0158, but no answer.",
    [
        ("LICENSE", "009876123"),
        ("NAME", "Demetrius Wallace"),
        ("NAME", "Demetrius", "*"),
        ("DATE", "8/1"),
        ("PHONE", "(318) 555-0158"),
    ],
    note="driver's licence number, birth date and the patient's phone posted by the hospital",
)
# 161
p(
    "en",
    "patient_story",
    "Kendra's family asked us to share her CaringBridge so friends from Ruston Church of Christ can follow her recovery: caringbridge.org/visit/kendramoutonjourney",
    [("NAME", "Kendra"), ("URL", "caringbridge.org/visit/kendramoutonjourney")],
    note="family URL; church name not labelled",
)
# 162
p(
    "en",
    "thank_you",
    "Amari's kidney transplant is scheduled and the family needs help with travel. If you can, Cash App $AmarisNewKidney 💚 Thank you, church family!",
    [("NAME", "Amari"), ("ACCOUNT", "$AmarisNewKidney")],
    note="payment-app cashtag is ACCOUNT",
)
# 163
p(
    "en",
    "patient_story",
    "Fireworks and fingers don't mix. Trey'von lost the tip of his thumb on the Fourth of July in Ruston, and he wants every kid to know it: let the grown-ups light them. 🎆",
    [("NAME", "Trey'von"), ("DATE", "Fourth of July"), ("GEO", "Ruston")],
    note="injury on a holiday; place of the injury",
)
# 164
n(
    "en",
    "health_tip",
    "Fourth of July fireworks send more kids to our ER than any other night of the year. Leave it to the pros, keep a bucket of water nearby, and never relight a dud. 🎆",
    "holiday tip",
)
# 165
p(
    "en",
    "patient_story",
    "Opening day of deer season, Mr. Buford Lacaze, 90, fell 12 feet from his stand in DeSoto Parish. Two broken ribs and one intact sense of humor: 'The deer won this one.' 🦌",
    [("NAME", "Buford Lacaze"), ("AGE", "90"), ("GEO", "DeSoto Parish")],
    note="a season opening is not a date; parish of the accident",
)
# 166
p(
    "en",
    "patient_story",
    "Shout-out to Ms. Earnestine 'Teeny' Caldwell, 97, who taught Sunday school at Greater New Hope for 60 years and taught our residents how to make a proper pound cake from her bed on 5 West. Teeny, we're coming for seconds.",
    [("NAME", "Earnestine 'Teeny' Caldwell"), ("AGE", "97"), ("NAME", "Teeny", "*")],
    note="'Sunday' inside 'Sunday school' is not a date; church not labelled",
)
# 167
p(
    "en",
    "pasted_record",
    "Med Rec # 7781223 / TOUSSAINT, ALPHONSINE / adm 03MAR24 / dx: HbSS VOC / Rm 509",
    [
        ("MRN", "7781223"),
        ("NAME", "TOUSSAINT, ALPHONSINE"),
        ("DATE", "03MAR24"),
        ("OTHER_ID", "Rm 509"),
    ],
    note="compact date format; room",
)
# 168
p(
    "en",
    "thank_you",
    "@granny_bea_prayer_warriors thank you for organizing the 6 a.m. prayer line (dial 318-555-0177, PIN 4422) for Granny Bea all through her ICU stay. She's on the regular floor now! 💜",
    [("OTHER_ID", "@granny_bea_prayer_warriors"), ("PHONE", "318-555-0177"), ("NAME", "Bea")],
    note="family's social handle and the family's prayer-line number; 'Granny' is a kin word; a conference PIN is not a personal identifier",
)
# 169
p(
    "en",
    "patient_story",
    "Airman 1st Class Trey Doucet's wife, Kiara, delivered their son Legend 5 weeks early on the 9th. Legend is doing great in the Pelican NICU, and Trey got emergency leave to fly home. 💙",
    [
        ("NAME", "Trey Doucet"),
        ("NAME", "Kiara"),
        ("NAME", "Legend", "*"),
        ("DATE", "9th"),
        ("NAME", "Trey", "*"),
    ],
    note="baby's name is an ordinary word; father with rank; day of month",
)
# 170
p(
    "en",
    "patient_story",
    "Sunflower County's own Mr. Lee Roy Tate, 98, runs a 40-acre catfish operation with his sons. He told our wound-care team the ponds 'don't care if you're 98.' Back home to Inverness next week!",
    [
        ("GEO", "Sunflower County"),
        ("NAME", "Lee Roy Tate"),
        ("AGE", "98", "*"),
        ("GEO", "Inverness"),
    ],
    note="county and town; age repeated",
)
# 171
p(
    "en",
    "patient_story",
    "UPDATE: our Juneteenth parade patient is home! Kaylen, 11, was hit by a float on Texas Avenue on June 19 and spent 4 nights with us. Float drivers, please slow down. #KaylenStrong",
    [("NAME", "Kaylen"), ("GEO", "Texas Avenue"), ("DATE", "June 19"), ("NAME", "#KaylenStrong")],
    note="'Juneteenth parade' names the event, the injury date is June 19; street of the injury",
)
# 172
p(
    "en",
    "patient_story",
    "This is Mr. C, 91, who brings a fresh pan of cornbread to the dialysis unit every Tuesday. Mr. C, you spoil us.",
    [("NAME", "C", "*"), ("AGE", "91")],
    note="an initial used as a name",
)
# 173
p(
    "en",
    "pasted_record",
    "Copy of intake sheet pasted into the community group: Name: Ngô Thị Kim Loan | Tel: (228) 555-0102 | Boat: MS 4417 BK | Employer: self (shrimper) | Insurance: none",
    [("NAME", "Ngô Thị Kim Loan"), ("PHONE", "(228) 555-0102"), ("VEHICLE", "MS 4417 BK")],
    note="boat registration number VEHICLE; 'self' employer not labelled",
)
# 174
p(
    "en",
    "patient_story",
    "'Ms. Pearl' (Pearline Hawkins), 96, from the Mount Olive community near Collins, says the secret to a long life is greens, gospel and minding your own business. 💚",
    [
        ("NAME", "Pearl"),
        ("NAME", "Pearline Hawkins"),
        ("AGE", "96"),
        ("GEO", "Mount Olive"),
        ("GEO", "Collins"),
    ],
    note="quoted nickname that is a word and a city name elsewhere",
)
# 175
p(
    "en",
    "thank_you",
    "Thank you, Marcus and Shay Thibodeaux, for bringing 200 king cakes to our staff after your daughter Belle's heart surgery! Belle is home in Benton and already bossing her brothers around. 💜💛💚",
    [("NAME", "Marcus"), ("NAME", "Shay Thibodeaux"), ("NAME", "Belle", "*"), ("GEO", "Benton")],
    note="parents named in a list sharing one surname; daughter; town",
)
# 176
p(
    "en",
    "milestone_birthday",
    "The nurses on 4 Cypress sang Happy Birthday to Mrs. Vera Mae Leblanc on Saturday for her 99th. Vera Mae, you still got it!",
    [("NAME", "Vera Mae Leblanc"), ("AGE", "99th"), ("NAME", "Vera Mae", "*")],
    note="ordinal age; short form of the double first name",
)
# 177
p(
    "en",
    "patient_story",
    "Miss Magnolia Pettaway, 95, says she's been coming to Magnolia & Pine 'since before they named it after me.' (They didn't.) She went home to Mooringsport on the 14th, hip and humor intact. 🌸",
    [("NAME", "Magnolia Pettaway"), ("AGE", "95"), ("GEO", "Mooringsport"), ("DATE", "14th")],
    note="the patient's first name is also in the hospital's name, which is not labelled",
    ok=("Magnolia",),
)

# ---- English hard negatives (continued) ----
# 178
n(
    "en",
    "event",
    "Juneteenth Freedom Walk starts at 8 a.m. on June 19 from Galilee Baptist to our Shreveport campus. Free SCD trait screening and red drink (hibiscus, no sugar, sorry).",
    "event date on Juneteenth",
)
# 179
n(
    "en",
    "recruitment",
    "Our hematology fellowship is accepting applications for a July 1 start. Questions: fellowship@magpinehealth.org or (318) 555-0111.",
    "recruitment with hospital contacts",
)
# 180
n(
    "en",
    "crisis_update",
    "Tornado warning for Caddo and Bossier parishes until 9:45 p.m. Patients and visitors at our Shreveport campus: please move away from windows and follow staff directions.",
    "weather alert; parishes are not tied to a patient",
)
# 181
n(
    "en",
    "hospital_contact",
    "Dr. Nhi Pham's Vietnamese-language diabetes class meets the first Thursday of every month at the Gulf Coast Clinic. RSVP to her nurse, Lan, at (228) 555-0116.",
    "staff names and the hospital line",
)
# 182
n(
    "en",
    "public_figure",
    "Fannie Lou Hamer said, 'I'm sick and tired of being sick and tired.' Her words drive our rural health work. Our mobile clinic visits Ruleville every second Tuesday.",
    "public figure; service area",
)
# 183
n(
    "en",
    "eponymous_condition",
    "Raynaud's, Sjögren's, Graves' disease: autoimmune conditions often reach Black women later in diagnosis. Our rheumatology clinic now takes self-referrals at (601) 555-0150.",
    "eponyms",
)
# 184
n(
    "en",
    "campaign_hashtag",
    "#CatfishCountryCares: this month our Delta mobile unit screened 600 farm and processing workers for high blood pressure. Thank you, Humphreys County!",
    "campaign; county as service area",
)
# 185
n(
    "en",
    "sponsor",
    "Thanks to the Coastal Shrimp Growers Association and the Vietnamese American Fishermen's Union for sponsoring free skin-cancer checks at the Biloxi small craft harbor on Saturday.",
    "sponsors; event venue",
)
# 186
n(
    "en",
    "hospital_contact",
    "Our Gulf Coast Clinic is moving! Starting March 3 find us at 310 Back Bay Drive, Biloxi, MS 39530. Same phone: (228) 555-0116.",
    "hospital's own address and ZIP; move date",
)
# 187
n(
    "en",
    "research",
    "Gene therapy for sickle cell: our center is one of three in the Deep South approved to offer it. Patients 12 and older can ask their hematologist about a referral.",
    "research/service news",
)
# 188
n(
    "en",
    "event",
    "Homecoming Sunday in our chapel: Sept. 28, 11 a.m. Former NICU grads and their families, come see us! Cake by Mabel's Pie Kitchen.",
    "event; a bakery as vendor",
)
# 189
n(
    "en",
    "staff_spotlight",
    "Happy 90th birthday to our founder, Dr. Augustus Pruitt Sr., who opened our first clinic on Texas Avenue in 1962 when Black patients were turned away elsewhere.",
    "founder's age over 89 is not labelled",
)
# 190
n(
    "en",
    "crisis_update",
    "Our Jackson campus is running on generator power after last night's ice storm. Emergency services are unaffected. Please don't call 911 for water outages; call the city at 311.",
    "crisis update",
)
# 191
n(
    "en",
    "health_tip",
    "King cake babies are a choking hazard for toddlers. Cut slices small, find the baby first, and keep the plastic away from little ones. ⚜️",
    "holiday tip",
)
# 192
n(
    "en",
    "statistic",
    "Barksdale families made up 14% of our pediatric visits last year. Top reasons: ear infections, sprains, and the 'my kid ate something off the flight line' special.",
    "statistic; the base as a population",
)
# 193
n(
    "en",
    "eponymous_condition",
    "What's in a name? Apgar score (Virginia Apgar), Down syndrome (John Langdon Down), Tommy John surgery (a pitcher!). Our NICU checks the Apgar at 1 and 5 minutes for every baby.",
    "eponyms and their namesakes",
)
# 194
n(
    "en",
    "event",
    "Our therapy dog Boudreaux will ride in the Krewe of Barkus parade on Feb. 9! Come say hi to the goodest boy in Shreveport. 🐶",
    "pet's name; event date",
)
# 195
n(
    "en",
    "staff_spotlight",
    "Welcome to our new Vietnamese interpreter, Chị Trang Lê! She joins us from Bayou La Batre and speaks Vietnamese, English and a little Cajun French.",
    "staff member's hometown",
)
# 196
n(
    "en",
    "campaign_hashtag",
    "#BlackMaternalHealthWeek: Mississippi moms, you deserve to be believed. Our doula program is free for patients at our Jackson campus.",
    "campaign",
)
# 197
n(
    "en",
    "event",
    "Tết Trung Thu lantern walk for our pediatric patients: Sept. 17 at 6 p.m. in the Gulf Coast Clinic courtyard. 🏮",
    "event on a holiday",
)
# 198
n(
    "en",
    "anonymous_story",
    "Someone's great-grandmother just told our whole waiting room she's 'old enough to know better and young enough to do it anyway.' Words to live by. 💜",
    "anonymous, no age",
)
# 199
n(
    "en",
    "staff_spotlight",
    "Our beloved 'Miss Peaches' (Patricia Gaines, unit clerk on 4 Cypress) retires after 40 years. She knows every family by name and every doctor by their coffee order.",
    "staff nickname",
)
# 200
n(
    "en",
    "hospital_contact",
    "Follow us: @MagPineHealth (main), @MagPineJackson, @MagPineKids and @MagPineGulf. DMs are monitored 8 to 5; for emergencies call 911.",
    "hospital handles",
)
# 201
n(
    "en",
    "research",
    "Our researchers found that blood lead levels in Jackson children under 6 did not rise during the 2022 water crisis, but testing dropped 40%. Get your child tested.",
    "research on a population",
)
# 202
n(
    "en",
    "eponymous_condition",
    "Hand-foot syndrome (dactylitis) is often the first sign of sickle cell in babies: swollen, painful hands and feet. If you see it, call our Sickle Cell Center at (318) 555-0111.",
    "condition education",
)
# 203
n(
    "en",
    "event",
    "Concussion baseline testing for all Caddo Parish high-school athletes: July 19 at Independence Stadium, 8 a.m. to 3 p.m.",
    "event date and venue",
)
# 204
n(
    "en",
    "public_figure",
    "Prodigy of Mobb Deep lived with sickle cell and spoke about it openly. His story reminds us that pain crises are real and deserve real treatment.",
    "public figure with the condition",
)
# 205
n(
    "en",
    "public_figure",
    "Our Zydeco Night fundraiser honors the music of Clifton Chenier, the King of Zydeco, who was born near Opelousas. Tickets at magpinehealth.org/zydeco.",
    "public figure; birthplace",
)
# 206
n(
    "en",
    "hospital_contact",
    "Barksdale families: TRICARE Prime is accepted at all our campuses. Call our Military Family Clinic at (318) 555-0105 or stop by 915 Airline Drive.",
    "hospital line and address",
)
# 207
n(
    "en",
    "anonymous_story",
    "A shrimper walked into our Gulf Coast Clinic this morning with a hook through his thumb and asked if we could hurry because the tide was turning. We did. 🦐",
    "anonymous; no place of the accident",
)
# 208
n(
    "en",
    "health_tip",
    "Mardi Gras parades + sickle cell: cold weather and dehydration can trigger a crisis. Dress in layers, bring water, and know where the first aid tents are. #KreweOfCare",
    "tip",
)
# 209
n(
    "en",
    "campaign_hashtag",
    "#GulfStrong #MagPineGulf: this shrimp season we're handing out free sunscreen and first-aid kits at the harbor every Saturday.",
    "campaign; season",
)
# 210
n(
    "en",
    "staff_spotlight",
    "Congratulations to Coach-turned-athletic-trainer Darnell Price on his 500th Friday night on the sideline for Northwood High! Darnell works with our Friday Night Clinic.",
    "staff; school",
)
# ---- Spanish ----
# 211
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Guadalupe! Nació el 12 de diciembre, Día de la Virgen de Guadalupe, en nuestro campus de Jackson. Sus papás, Maricela y Efraín, son de Forest. 💐",
    [
        ("NAME", "Guadalupe", 1),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Maricela"),
        ("NAME", "Efraín"),
        ("GEO", "Forest"),
    ],
    note="birth day named twice; the Virgin's name inside the holiday is covered by the DATE span; a town that is a word",
)
# 212
n(
    "es",
    "event",
    "El 12 de diciembre celebramos a la Virgen de Guadalupe con una misa en la capilla del campus de Jackson a las 6 p.m. Todos son bienvenidos.",
    "hospital event on a religious holiday",
)
# 213
p(
    "es",
    "milestone_birthday",
    "Don Chepe (José Ixcoy Raymundo) cumplió 91 años el 3 de mayo, Día de la Santa Cruz, aquí en el 4 Cypress. Su nieta Rosa le trajo tamales de chipilín. ¡Felicidades, don Chepe!",
    [
        ("NAME", "Chepe", "*"),
        ("NAME", "José Ixcoy Raymundo"),
        ("AGE", "91"),
        ("DATE", "3 de mayo"),
        ("DATE", "Día de la Santa Cruz"),
        ("NAME", "Rosa"),
    ],
    note="'don' is a title; age without 'años'; birthday named twice",
)
# 214
n(
    "es",
    "health_tip",
    "Trabajadores de las plantas avícolas: si se corta con un cuchillo en la línea, lave la herida con agua y jabón y pida atención el mismo día. Línea en español: (601) 555-0194.",
    "tip with the hospital line",
)
# 215
p(
    "es",
    "pasted_record",
    "Nota interna (no publicar): Paciente: MÉNDEZ LÓPEZ, YESENIA | F.N.: 14/02/1990 | MRN 71-0048823 | Tel. 601-555-0141 | Correo yesi.mendez90@hotmail.com | Empleador: Avícola Santa Rita, Canton",
    [
        ("NAME", "MÉNDEZ LÓPEZ, YESENIA"),
        ("DATE", "14/02/1990"),
        ("MRN", "71-0048823"),
        ("PHONE", "601-555-0141"),
        ("EMAIL", "yesi.mendez90@hotmail.com"),
        ("NAME", "Avícola Santa Rita"),
        ("GEO", "Canton"),
    ],
    note="DD/MM birth date; employer and its town",
)
# 216
n(
    "es",
    "statistic",
    "En 2024 atendimos a 1,930 trabajadores avícolas en nuestras clínicas de Forest, Morton y Canton. El 61% habla español y el 12% q'anjob'al o mam.",
    "statistics; towns of the service area",
)
# 217
p(
    "es",
    "discharge",
    "Nuestra pequeña Sofía Ramírez salió hoy de la UCI neonatal después de 52 días. Nació el 2 de febrero, Día de la Candelaria, y pesaba 1 libra 9 onzas. ¡Que Dios te bendiga, Sofi! #FuerzaSofi",
    [
        ("NAME", "Sofía Ramírez"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
        ("NAME", "Sofi"),
        ("NAME", "#FuerzaSofi"),
    ],
    note="'pequeña' excluded; birth day named twice; short name and hashtag",
)
# 218
n(
    "es",
    "event",
    "Feria de salud del Día de la Candelaria: 2 de febrero, de 10 a.m. a 2 p.m., Iglesia San Martín de Porres, Canton. Vacunas, presión arterial y prueba del rasgo de células falciformes gratis.",
    "event date on a holiday; a saint's name",
)
# 219
p(
    "es",
    "thank_you",
    "Agradecemos a la familia Pérez Xol por los tamales para todo el turno de noche. Doña Rosaura ya está en casa en Carthage, recuperándose de su cirugía de vesícula del 9 de octubre. 🫔",
    [("NAME", "Pérez Xol"), ("NAME", "Rosaura"), ("GEO", "Carthage"), ("DATE", "9 de octubre")],
    note="double family surname; 'Doña' is a title; surgery date",
)
# 220
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Lucía Villanueva, nuestra nueva médica de salud ocupacional en Morton. Nacida en Puebla, llegó a Mississippi en 2009. '¡Aquí estamos para ustedes!'",
    "staff spotlight",
)
# 221
p(
    "es",
    "discharge",
    "¡Noventa y cuatro años y sigue bailando cumbia! Doña Herminia Cruz salió del hospital el 17 de agosto después de su neumonía y ya nos mandó un video bailando en la cocina de su casa en Pearl. 💃",
    [
        ("AGE", "Noventa y cuatro"),
        ("NAME", "Herminia Cruz"),
        ("DATE", "17 de agosto"),
        ("GEO", "Pearl"),
    ],
    note="age in words; a video she sent is not an attached photo",
)
# 222
n(
    "es",
    "crisis_update",
    "AVISO: La ciudad de Jackson emitió un aviso de hervir el agua. Hierva el agua por 1 minuto antes de tomarla o preparar fórmula. Información en español: (601) 555-0194.",
    "crisis update",
)
# 223
p(
    "es",
    "patient_story",
    "En la foto: Mateo, 10 años, con su mamá Daniela el día que le quitaron el yeso. Se fracturó el brazo jugando fútbol el 5 de septiembre en Richland. ¡Ya está listo para volver a la cancha! ⚽ #MateoFuerte",
    [
        ("PHOTO", "En la foto"),
        ("NAME", "Mateo"),
        ("NAME", "Daniela"),
        ("DATE", "5 de septiembre"),
        ("GEO", "Richland"),
        ("NAME", "#MateoFuerte"),
    ],
    note="photo cue; injury date and place",
)
# 224
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Osgood-Schlatter es común en jóvenes futbolistas. Si su hijo tiene dolor debajo de la rodilla, llame a Medicina Deportiva al (601) 555-0172.",
    "eponym",
)
# 225
p(
    "es",
    "memorial",
    "Con mucho cariño despedimos a don Aurelio Tzoc, quien falleció el 1 de noviembre, Día de Todos los Santos, rodeado de sus hijos. Trabajó 25 años procesando bagre en Delta Gold Catfish, en Isola. Descanse en paz.",
    [
        ("NAME", "Aurelio Tzoc"),
        ("DATE", "1 de noviembre"),
        ("DATE", "Día de Todos los Santos"),
        ("NAME", "Delta Gold Catfish"),
        ("GEO", "Isola"),
    ],
    note="death day named twice; employer and its town",
)
# 226
n(
    "es",
    "event",
    "Para el Día de los Muertos recordamos a todos los pacientes que perdimos este año con un altar en el vestíbulo del campus de Jackson, del 31 de octubre al 2 de noviembre.",
    "hospital event; no patient named",
)
# 227
p(
    "es",
    "pasted_record",
    "Mensaje reenviado: 'Hola, soy Marisol, la hija de don Ernesto Gálvez. Su número de Medicaid es 0049-3381-02 y está en la habitación 418. ¿Puedo llevarle comida?' (publicado por error en los comentarios)",
    [
        ("NAME", "Marisol"),
        ("NAME", "Ernesto Gálvez"),
        ("HEALTH_PLAN", "0049-3381-02"),
        ("OTHER_ID", "habitación 418"),
    ],
    note="Medicaid number; room with keyword",
)
# 228
n(
    "es",
    "recruitment",
    "¡Estamos contratando intérpretes de español y q'anjob'al para nuestro campus de Jackson! Pago competitivo y beneficios. Solicite en magpinehealth.org/empleos o llame al (601) 555-0150.",
    "recruitment",
)
# 229
p(
    "es",
    "patient_story",
    "¡Hola! Busco a mi tío Raúl Quiñónez, lo trajeron en ambulancia ayer de la planta de Forest. Mi cel es 601 555 0119, por favor llámenme. Brenda",
    [("NAME", "Raúl Quiñónez"), ("GEO", "Forest"), ("PHONE", "601 555 0119"), ("NAME", "Brenda")],
    note="comment: workplace town, niece's phone written with spaces; 'ayer' not labelled",
)
# 230
n(
    "es",
    "hospital_contact",
    "Hola. Por su privacidad no podemos compartir información aquí. Llame a nuestra línea en español al (601) 555-0194 y con gusto le ayudamos.",
    "hospital reply",
)
# 231
p(
    "es",
    "milestone_birthday",
    "¡Nuestra primera paciente centenaria del campus de Jackson! Doña Paz Aguilar cumplió 100 años el Día de las Madres, 10 de mayo, y lo celebró con mariachi en el 3 Norte.",
    [
        ("AGE", "centenaria"),
        ("NAME", "Paz Aguilar"),
        ("AGE", "100"),
        ("DATE", "Día de las Madres"),
        ("DATE", "10 de mayo"),
    ],
    note="'centenaria' and 100 are AGE; a name that is a word; birthday named twice; unit not labelled",
)
# 232
n(
    "es",
    "health_tip",
    "Calor extremo en las granjas de bagre y en la construcción: tome agua cada 15 minutos, descanse a la sombra y conozca las señales del golpe de calor. Si alguien se desmaya, llame al 911.",
    "tip",
)
# 233
p(
    "es",
    "pasted_record",
    "Buenas tardes, mi esposo es Fidel Ortega Ruiz, expediente (MRN) 00917735, lo operaron el 22 de julio. ¿Me pueden mandar sus papeles a fidelyamparo@gmail.com? Gracias, Amparo.",
    [
        ("NAME", "Fidel Ortega Ruiz"),
        ("MRN", "00917735"),
        ("DATE", "22 de julio"),
        ("EMAIL", "fidelyamparo@gmail.com"),
        ("NAME", "Amparo"),
    ],
    note="comment by the wife: MRN, surgery date, e-mail",
)
# 234
n(
    "es",
    "event",
    "Clínica móvil en Canton este sábado 14 de junio: exámenes físicos deportivos para la temporada de fútbol americano, $10. Traigan el formulario firmado.",
    "event date",
)
# 235
p(
    "es",
    "patient_story",
    "¡Ánimo, Chuy! Jesús 'Chuy' Villalobos, defensivo de los Tigres de Morton, se lesionó la rodilla el viernes 13 de septiembre. La operación salió muy bien. Te esperamos en la cancha. #ChuyFuerte",
    [
        ("NAME", "Jesús 'Chuy' Villalobos"),
        ("NAME", "Chuy", "*"),
        ("GEO", "Morton"),
        ("DATE", "13 de septiembre"),
        ("NAME", "#ChuyFuerte"),
    ],
    note="team's town is GEO; weekday excluded from the date",
)
# 236
n(
    "es",
    "public_figure",
    "Como dijo Dolores Huerta: 'Sí se puede.' Este mes celebramos a los trabajadores agrícolas con vacunas gratuitas en Belzoni e Indianola.",
    "public figure; service area",
)
# 237
p(
    "es",
    "patient_story",
    "Se busca familia: tenemos en nuestro hospital a un señor de unos 60 años, don Tomás, que dice vivir en la calle Ellis, Jackson 39209. Si lo conoce, llame al (601) 555-0150.",
    [("NAME", "Tomás"), ("GEO", "calle Ellis"), ("GEO", "Jackson"), ("GEO", "39209")],
    note="street, city and ZIP; age 60 and the hospital line not labelled",
)
# 238
n(
    "es",
    "anonymous_story",
    "Anoche nació un bebé en el estacionamiento de nuestro campus de Jackson. ¡Mamá y bebé están sanos! Gracias a los guardias de seguridad que ayudaron. 👶",
    "anonymous birth",
)
# 239
p(
    "es",
    "pasted_record",
    "Reporte de seguridad (publicado por error): camioneta blanca, placa MKR 5530, del señor Álvaro Sic, cama 12, ingresado el 07/03.",
    [("VEHICLE", "MKR 5530"), ("NAME", "Álvaro Sic"), ("OTHER_ID", "cama 12"), ("DATE", "07/03")],
    note="plate, bed, admission date in DD/MM",
)
# 240
n(
    "es",
    "campaign_hashtag",
    "#FuerzaLatina #MagPineStrong: este Mes de la Herencia Hispana compartimos historias de nuestro personal. Hoy: la enfermera Karla Ochoa, de Honduras, 15 años en la UCI.",
    "campaign; staff",
)

if __name__ == "__main__":
    S.main("phi_dev99_source")
