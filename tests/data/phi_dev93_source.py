#!/usr/bin/env python3
"""Blind development set d93: Louisville, Kentucky and southern Indiana.

Written blind (without reading the scanner or any other data set), from the labelling
rules in build_phi_eval.py (docstring) and the decisions in build_phi_dev.py, for the
fictional hospital in phi_dev93_org.json.

ORGANISATION
  Falls City Regional Medical Center: main campus at 2200 South Fourth Street
  (Louisville), the South End Family & Refugee Health Center (3100 Taylor Boulevard),
  the West End Community Clinic (1400 West Broadway), the Southern Indiana campus in
  Jeffersonville (301 East Court Avenue) and the Radcliff / Fort Knox Family Clinic
  (1650 North Dixie Boulevard). Lines (502|812|270) 555-0100..0111, domains
  fallscityregional.org, fcrmc.org, givefallscity.org, handles @FallsCityRegional,
  @fcrmc, @FCRMC_Kids, @FallsCityNurses, @FallsCityFoundation. None of these is ever
  labelled.

FOCUS
  Cuban, Congolese, Bhutanese-Nepali and Burmese (Karen, Chin, Burman) refugee families
  of the South End; West End Black churches (church mothers, deacons, Watch Night,
  Juneteenth); Kentucky Derby week (Thurby, Oaks Day, Derby Day) and Thunder Over
  Louisville; bourbon distillery, UPS Worldport and Ford plant night-shift workers;
  Ohio River boating and flooding; horse-farm and backside grooms; Fort Knox soldiers'
  families in Radcliff and Elizabethtown.

HARD CASES
  * Names that are ordinary words in English, Swahili, French or Nepali: Hope, Faith,
    Chance, Patience, Innocent, Divine, Blessing, Gift, Christian, Rose, Lily, Junior,
    Dixie, Furaha (joy), Amani (peace), Zawadi (gift), Baraka, Espoir, Merveille,
    Bienvenu, Tika, Dil, Man Kumari; Karen names with English homographs (Eh Say Moo,
    Mu Lah Paw); the English name Karen next to the Karen language.
  * Nicknames and lower-case names: T-Bone, Pops, Opie, Rigo, Bud, Peanut, Biscuit,
    biscuit, dre / andre, ruby, jasmine, yunior, hser ku, odin james pruitt.
  * Name hashtags (#LiliesForLily, #RoseForTheRoses, #BiscuitStrong, #AmaniStrong,
    #TeamTitus, #welcomeodin, #YadielDerbyBaby) next to campaign hashtags
    (#FallsCityStrong, #DerbyDocs, #ThunderSafe, #OaksDayPink, #FallsCityFuerte).
  * Regional named days as person-tied dates: Oaks Day, Oaks (night), Thurby, "the
    Thursday of Derby week", Derby Day, Derby weekend, Thunder Over Louisville, Watch
    Night, Juneteenth, Nochebuena, Día de Reyes, Black Wednesday, Laxmi Puja, Vijaya
    Dashami, "tenth day of Dashain", Congolese Independence Day; Bikram Sambat dates
    ("2081 Mangsir 5", "Jestha 3"); the same days as hospital event dates elsewhere.
  * Ages in words and odd tokens: "Ninety-three", "One hundred and three",
    "ninety-nine", "nonagenarian", "centenarian", "centenaria", "100th", "92nd",
    "97-year-old", "94F" on an ED board; numbers 90+ that are not ages (96 days,
    "97 patients", the 101st Airborne, the 151st Derby) and ages <= 89.
  * Employers as NAME (Worldport, Ford, Harlan Creek Distillery, Redbud Hill Farm,
    a trainer who employs a groom), next to the same companies as sponsors.
  * Refugee-camp and foreign home towns (Kakuma, Lubumbashi, Matanzas, Camagüey,
    Mandalay, Havana); Louisville neighbourhoods that are also other words or places
    (California, Portland, Russell, Shawnee, Iroquois) and local short forms (PRP,
    E-town, preston hwy).
  * Identifiers in odd formats: MRN#40912277, "MRN: 4107-7352", "0040-1187-33",
    "FK-0021984", "HC 40877201"; TRICARE and Kentucky Medicaid ids; a DoD ID; masked
    SSN; pacer / insulin pump / CGM serials; boat registrations; KY plate; VIN; CDL;
    a KHRC racing licence; a patient-portal user name; a Reddit handle; an IP address.

HARD NEGATIVES
  Staff and volunteers with the same names as patients (Bishnu, Laxmi, Hope, Amani,
  Donna, Tasha, Precious), a 92-year-old volunteer, a 72-year-old master distiller;
  public figures (Muhammad Ali, Colonel Sanders, Celia Cruz, Pee Wee Reese, Dikembe
  Mutombo, Helena Modjeska) with their birth dates; eponymous conditions and
  procedures (Parkinson's, Kawasaki, Crohn's, Down syndrome, Fontan); donor families
  who name buildings (Mattingly, Haldane-Whitlock); Derby / Oaks / Thurby / Thunder /
  Dashain / Thingyan / Juneteenth / Watch Night / Nochebuena as event dates;
  population ages ("residents over age 90", "Centenarian Tea"); statistics with
  numbers like 93, 97, 101; the hospital's own lines, addresses, entrances and
  campuses in Jeffersonville and Radcliff; "Karen" as a language, "Durga" as a goddess,
  "tika" as a ritual, "Amani" glossed as a word.

LANGUAGE MIX
  210 English posts (105 patient-specific, 105 not) with Kentucky dialect (y'all,
  Mamaw, Papaw, big mama), Nepali, Karen, Chin, Burmese, Swahili, French and Spanish
  words mixed in; 30 Spanish posts (15 / 15) in Cuban Spanish.

DECISIONS WHERE THE RULES LEAVE ROOM
  1. Employers (holdout decision "employers are NAME") include the patient's current or
     former workplace when it is named as where the patient works: the proper name as
     written ("Worldport", "Harlan Creek Distillery", "Ford" in "the Ford truck plant",
     "Ford Louisville Assembly Plant", "Louisville General"), and a person who employs
     the patient ("trainer Wendell Pruitt"). A named employer makes an otherwise
     anonymous story patient-specific, so anonymous posts here avoid naming one. A
     workplace given only by its town ("the Jeffersontown warehouse", farms "around
     Shelbyville") gives GEO for the town. Co-workers and bystanders are not labelled.
  2. Regional named days (Thurby, Oaks Day / Oaks, Derby Day, Derby weekend, Thunder
     Over Louisville, Watch Night, Black Wednesday, Dashain / Tihar days, Congolese
     Independence Day) are treated like holidays: DATE when the patient's event happened
     on them, never when they are only the hospital's event. A multi-day named period
     shorter than a month ("Derby weekend") tied to the patient is a date element;
     seasons are not. Span = the day's name without "the" and without "morning" /
     "night" ("Oaks night" -> "Oaks", "Thanksgiving morning" -> "Thanksgiving"); an
     ordinal construction is kept whole ("tenth day of Dashain", "first Sunday of
     Advent", "Thursday of Derby week"). French "le premier mai" -> "premier mai".
  3. Bikram Sambat (Nepali calendar) dates are dates: "2081 Mangsir 5" (year attached,
     kept in the span), "Jestha 3".
  4. A place tied to the patient's injury (river island, marina, park, town where a
     boat capsized, a trail where she fell) is GEO, like the road of a crash. A
     military post where the patient or family serves or lives ("Fort Knox") is GEO. The
     patient's home city is GEO even when it is Louisville or Jeffersonville; the
     hospital's own campus names ("our Jeffersonville campus / ED", "our Radcliff
     clinic") are not.
  5. Honorifics excluded from NAME spans also cover church titles (Mother, Deacon,
     Brother, Sister, Pastor, First Lady), kin titles used as titles (Mamaw, Papaw,
     Abuela, Abuelo, Mama), military ranks (SGT, SPC, CSM, Staff Sgt., Master Sgt.),
     the Burmese / Karen honorifics Daw, Ko, Saw and Naw, and the suffix "Jr.". Kin
     words alone ("my mamaw", "big mama") are never names.
  6. A name quoted only as a word being glossed ('"Furaha" means joy', "Dil means
     heart") is not labelled; the patient's name right after it is.
  7. A masked SSN is labelled by its visible digits only ("***-**-4471" -> "4471").
  8. Bed / room codes on boards keep their prefix as the keyword ("Rm 512-B", "R501",
     "ED12"); "94F" on an ED board is the age token as written.
  9. Boat registration numbers are VEHICLE; a boat's or a horse's name is not labelled
     (like pets).
 10. A family's or relative's social handle, a Reddit user name and a portal user name
     are OTHER_ID; a DoD ID number is OTHER_ID; TRICARE and Medicaid ids are
     HEALTH_PLAN; a KHRC occupational licence and a CDL are LICENSE.
 11. An appointment date, a billed (even wrong) discharge date, a benefit start date
     and the day a patient lost her insulin pump are person-tied dates.
 12. Church, school and team names are not identifiers; the church mother's or
     deacon's neighbourhood is GEO when the post says they live there.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev93.jsonl"), os.path.join(HERE, "phi_dev93_org.json"), "d93")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- English

# 1
p(
    "en",
    "birth_announcement",
    "Born at 2:14 a.m. on Oaks Day, so of course her mama named her Lily 🌸 Welcome, Lily Mae Tshibangu! "
    'Big brother Espoir says she is "too little for the Derby party." #LiliesForLily',
    [
        ("NAME", "Lily Mae Tshibangu"),
        ("NAME", "#LiliesForLily"),
        ("NAME", "Lily", "*"),
        ("NAME", "Espoir"),
        ("DATE", "Oaks Day"),
    ],
    note="birth on Oaks Day (regional named day = DATE); sibling Espoir (French word); name hashtag",
)
# 2
n(
    "en",
    "event",
    "Oaks Day is Friday, May 2: our first-aid tent in the Churchill Downs infield opens at 8 a.m. "
    "Wear pink, drink water between mint juleps, and find us by the big red cross. #FallsCityOnTrack",
    "hospital event date and venue; campaign hashtag",
)
# 3
p(
    "en",
    "milestone_birthday",
    "Mother Hattie Bell Simmons, church mother at Greater Zion Hill Missionary Baptist for 58 years, turned 101 "
    "on Juneteenth while recovering with us on 6 West. She corrected the choir's tempo from her bed. "
    "Happy birthday, Mother Simmons! 🎂",
    [
        ("NAME", "Hattie Bell Simmons"),
        ("NAME", "Simmons", "*"),
        ("AGE", "101"),
        ("DATE", "Juneteenth"),
    ],
    note="church title Mother excluded; birthday on Juneteenth; church name not an identifier",
)
# 4
n(
    "en",
    "staff_spotlight",
    "Staff spotlight: Bishnu Maya Gurung came to Louisville from the camps in Jhapa in 2009, and today she's one "
    "of our Nepali medical interpreters and a brand-new RN. Call her 'didi' and she'll call you 'bhai.' "
    "Congratulations, Bishnu!",
    "staff member's own name and history",
)
# 5
p(
    "en",
    "pasted_record",
    "lol wrong window 🙈 pls delete >> PT: RAI, DIL BAHADUR | DOB 03/11/1958 | MRN 40718852 | Nepali interp "
    "needed, son Bhim cell 502-555-0143 | bed 14",
    [
        ("NAME", "RAI, DIL BAHADUR"),
        ("DATE", "03/11/1958"),
        ("MRN", "40718852"),
        ("NAME", "Bhim"),
        ("PHONE", "502-555-0143"),
        ("OTHER_ID", "bed 14"),
    ],
    note="internal board line posted by mistake",
)
# 6
p(
    "en",
    "patient_story",
    'Ten years of loading planes on the Worldport night sort and Terrence "T-Bone" Whitlock never missed a shift, '
    "until his heart tried to quit on him at 3 a.m. on March 9th. Our cath lab had the artery open in 41 minutes. "
    "T-Bone, the hub misses you. Come back slow.",
    [
        ("NAME", 'Terrence "T-Bone" Whitlock'),
        ("NAME", "T-Bone", "*"),
        ("NAME", "Worldport"),
        ("DATE", "March 9th"),
    ],
    note="employer Worldport is NAME; nickname",
)
# 7
n(
    "en",
    "anonymous_story",
    "Last night a night-shift mechanic in his 50s walked into our ED with chest pain at shift change. "
    "Door-to-balloon: 38 minutes. Chest pain at 3 a.m. is still chest pain. Call 911, don't drive yourself.",
    "anonymous patient, no employer named, age under 90, relative time only",
)
# 8
p(
    "en",
    "patient_story",
    "Thunder Over Louisville, 9:40 p.m.: a stray mortar tube tipped toward the crowd and Dayshawn caught a burn on "
    "his forearm. Five weeks later he's back home in Shawnee shooting hoops. His mom Tamika asked us to tell "
    "y'all: watch the fireworks from the official zones.",
    [
        ("DATE", "Thunder Over Louisville"),
        ("NAME", "Dayshawn"),
        ("GEO", "Shawnee"),
        ("NAME", "Tamika"),
    ],
    note="injury on Thunder Over Louisville (named day = DATE); home neighbourhood",
)
# 9
n(
    "en",
    "event",
    "Thunder Over Louisville is Saturday, April 12. Our medical team will staff three aid stations along Waterfront "
    "Park. Earplugs for little ones, sunscreen, and a meeting spot in case you get separated. "
    "Questions: (502) 555-0102.",
    "hospital event date; hospital line",
)
# 10
p(
    "en",
    "thank_you",
    "Reply from @prayers4baraka: Thank you 4 East for loving our Baraka like your own for 63 days. He came home to "
    "Beechmont on 11/22, right in time for Thanksgiving. Asante sana 🙏🏾",
    [("OTHER_ID", "@prayers4baraka"), ("NAME", "Baraka"), ("GEO", "Beechmont"), ("DATE", "11/22")],
    note="family handle OTHER_ID; Thanksgiving is not the discharge day, not labelled",
)
# 11
n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. Louisville knows this disease through its greatest champion, Muhammad "
    "Ali, who lived with it for 32 years. Our movement-disorders clinic offers free screenings every Thursday in April.",
    "eponymous condition; public figure; awareness month",
)
# 12
p(
    "en",
    "memorial",
    'We lost Deacon Clarence "Pops" Whitfield on Christmas Eve. Ninety-three years, 41 of them ushering at Mount '
    "Gilead Tabernacle, and every one of them lived on the same block in Smoketown. His granddaughter Keisha asked "
    "us to share: 'He went listening to Mahalia.' Rest easy, Pops.",
    [
        ("NAME", 'Clarence "Pops" Whitfield'),
        ("NAME", "Pops", "*"),
        ("DATE", "Christmas Eve"),
        ("AGE", "Ninety-three"),
        ("GEO", "Smoketown"),
        ("NAME", "Keisha"),
    ],
    note="age in words; Mahalia (Jackson) is a public figure",
)
# 13
n(
    "en",
    "public_figure",
    "Louisville legend Muhammad Ali was born at Louisville General Hospital on January 17, 1942. Stop by the Ali "
    "Center exhibit in our lobby this week. Float like a butterfly!",
    "public figure's birth date and birthplace",
)
# 14
p(
    "en",
    "patient_story",
    "Rafael spent 22 years rubbing horses for trainer Wendell Pruitt, until a colt named Bourbon Tax kicked him "
    "square in the chest on the morning of April 30. He's breathing on his own again and asking about the colt. "
    "¡Fuerza, Rafa!",
    [("NAME", "Rafael"), ("NAME", "Wendell Pruitt"), ("DATE", "April 30"), ("NAME", "Rafa")],
    note="the trainer who employs the groom is his employer (NAME); horse name not labelled",
)
# 15
n(
    "en",
    "statistic",
    "Kentucky has one of the highest rates of kinship care in the nation: about 1 in 11 kids is raised by a "
    "grandparent or other relative. If you're a Mamaw or Papaw raising grandbabies, our Kinship Clinic is here "
    "for you: (502) 555-0103.",
    "statistic; kin words are not names; hospital line",
)
# 16
p(
    "en",
    "pasted_record",
    "Triage board, FK Family Clinic, copied to the wrong channel: SGT MORALES, ADRIAN | MRN FK-0021984 | dep spouse "
    "Yesenia | TRICARE ID 1183 4472 901 | DOB 7/4/1991 | home: Radcliff | c/o fever x3d",
    [
        ("NAME", "MORALES, ADRIAN"),
        ("MRN", "FK-0021984"),
        ("NAME", "Yesenia"),
        ("HEALTH_PLAN", "1183 4472 901"),
        ("DATE", "7/4/1991"),
        ("GEO", "Radcliff"),
    ],
    note="rank SGT excluded; TRICARE id is HEALTH_PLAN; home town Radcliff",
)
# 17
n(
    "en",
    "crisis_update",
    "UPDATE 6:15 a.m.: The Ohio River at the McAlpine upper gauge is at 31 feet and rising. Our Jeffersonville "
    "campus remains open; use the Court Avenue entrance. Boaters: the river is closed to recreational traffic "
    "until further notice.",
    "crisis update; hospital campus and entrance",
)
# 18
p(
    "en",
    "discharge",
    "After 19 days, Yoandri Pérez Castillo walked out of our burn unit on 5/16 to a conga line of cousins from "
    "Iroquois. He was welding a barge hull at Riverbend Marine when the torch line ruptured. ¡Dale, Yoandri!",
    [
        ("NAME", "Yoandri Pérez Castillo"),
        ("NAME", "Yoandri", "*"),
        ("DATE", "5/16"),
        ("GEO", "Iroquois"),
        ("NAME", "Riverbend Marine"),
    ],
    note="relatives' neighbourhood; employer",
)
# 19
n(
    "en",
    "health_tip",
    "Ohio River boating season: life jackets save lives, and the current below the Falls is stronger than it looks. "
    "Kentucky law requires a life jacket on every child under 12 on deck. File a float plan with someone on shore.",
    "boating safety tip",
)
# 20
p(
    "en",
    "patient_story",
    "Six Mile Island, the Fourth of July: Kyle's pontoon took on water near the Indiana shore and his daughter "
    "Brynlee, 7, went in without a vest. A jet-skier pulled her out. She's fine and picked a pink cast. Their boat "
    "(KY 4471 BT) goes back in the water next summer, WITH vests for everyone.",
    [
        ("GEO", "Six Mile Island"),
        ("DATE", "Fourth of July"),
        ("NAME", "Kyle"),
        ("NAME", "Brynlee"),
        ("VEHICLE", "KY 4471 BT"),
    ],
    note="place of the accident is GEO; boat registration is VEHICLE; state not GEO",
)
# 21
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back today for her first birthday, wearing a tiny Derby hat bigger than her whole "
    "body was when she arrived at 24 weeks. We cried. Obviously.",
    "anonymous NICU grad; 'today' is relative",
)
# 22
p(
    "en",
    "patient_story",
    "At 94, Ganga Devi Adhikari had never been inside a hospital before this winter. Her grandson Suman translated "
    "every word, and when she went home to the South End on Laxmi Puja she lit the diyo herself. Happy Tihar to the "
    "whole Adhikari family! 🪔",
    [
        ("AGE", "94"),
        ("NAME", "Ganga Devi Adhikari"),
        ("NAME", "Adhikari", "*"),
        ("NAME", "Suman"),
        ("GEO", "South End"),
        ("DATE", "Laxmi Puja"),
    ],
    note="discharge on Laxmi Puja is DATE; greeting 'Happy Tihar' and 'this winter' are not",
)
# 23
n(
    "en",
    "event",
    "Happy Dashain to our Bhutanese-Nepali neighbors! Our South End clinic will close at noon on October 2 so staff "
    "can receive tika with their families. The nurse line stays open: (502) 555-0108.",
    "holiday greeting, clinic closure date; 'tika' is a ritual",
)
# 24
p(
    "en",
    "birth_announcement",
    "Tika arrived at 6 lb 2 oz on the tenth day of Dashain, the day her grandmother gives tika to the whole family. "
    "Welcome, Tika Kumari Ghimire! Dad Hari says she already has the loudest voice in the Fern Creek apartments.",
    [
        ("NAME", "Tika Kumari Ghimire"),
        ("NAME", "Tika", "*"),
        ("DATE", "tenth day of Dashain"),
        ("NAME", "Hari"),
        ("GEO", "Fern Creek"),
    ],
    note="name Tika vs the ritual tika (lower case, not labelled); festival day as DATE",
)
# 25
n(
    "en",
    "health_tip",
    "Malaria can show up months after travel. If your family recently visited Bukavu, Goma or Kinshasa and someone "
    "has fever, chills or headache, tell us about the trip. Swahili, Lingala and French interpreters: (502) 555-0107.",
    "foreign cities not tied to a patient; hospital line",
)
# 26
p(
    "en",
    "patient_story",
    '"Furaha" means joy in Swahili, and this little girl lived up to it on 5 North. Furaha Bisimwa, 4, beat her '
    "third sickle cell crisis and went home to her family's apartment off Southside Drive on Sunday. Her mother "
    "Neema braided every nurse's hair before she left. (Photo shared with her family's permission.)",
    [("NAME", "Furaha Bisimwa"), ("GEO", "Southside Drive"), ("NAME", "Neema"), ("PHOTO", "Photo")],
    note='the glossed word "Furaha" is not labelled (decision 6); weekday not labelled; photo of the patient',
)
# 27
n(
    "en",
    "research",
    "New from our sickle cell center: among 412 Kentucky children on hydroxyurea, ER visits fell 38% in two years. "
    "Study led by Dr. Amani Mukendi with data from the Kentucky Newborn Screening Program.",
    "research statistic; staff doctor's name",
)
# 28
p(
    "en",
    "thank_you",
    "comment: shoutout to nurse carla on 7 Tower who sat with my mamaw ruby at 2am when none of us could get there. "
    "she's 96 and still asking about 'the pretty nurse with the braids' 💜 -posted by ruby's granddaughter jasmine",
    [("NAME", "ruby", "*"), ("AGE", "96"), ("NAME", "jasmine")],
    note="lower-case names; staff nurse carla not labelled; 'mamaw' is a kin word",
)
# 29
n(
    "en",
    "staff_spotlight",
    "Meet Precious Okonkwo-Hayes, night charge nurse on 7 Tower for 14 years and a Sunday school teacher at Greater "
    "Zion Hill. Her superpower: knowing every patient's Mamaw by first name.",
    "staff spotlight",
)
# 30
p(
    "en",
    "pasted_record",
    "[Internal - do not post] Bed huddle 0700: Rm 512-B Kabongo, Dieudonné 58M MRN#40912277 — Lingala only, wife "
    "Mapendo at bedside, d/c pending PT. Rm 514 open.",
    [
        ("OTHER_ID", "Rm 512-B"),
        ("NAME", "Kabongo, Dieudonné"),
        ("MRN", "40912277"),
        ("NAME", "Mapendo"),
    ],
    note="'Rm 514 open' is an empty room, not tied to a patient; 58M under 90",
)
# 31
n(
    "en",
    "recruitment",
    "Now hiring: night-shift RNs for our Southern Indiana campus. Sign-on bonus, free parking, and a view of the "
    "Big Four Bridge from the break room. Apply at careers.fallscityregional.org or call (502) 555-0111.",
    "recruitment; hospital domain and line",
)
# 32
p(
    "en",
    "milestone_birthday",
    "He jumped into Normandy with the 101st and spent 20 more years teaching tank crews at Fort Knox. Today retired "
    "CSM Alvin Tate turns 100 in our Radcliff clinic's infusion chair, with his daughter Loretta and 11 "
    "great-grandkids singing. Happy 100th, Sergeant Major!",
    [
        ("GEO", "Fort Knox"),
        ("NAME", "Alvin Tate"),
        ("AGE", "100"),
        ("AGE", "100th"),
        ("NAME", "Loretta"),
    ],
    note="the 101st (Airborne) is not an age; Radcliff clinic is the hospital's; Fort Knox where he served is GEO",
)
# 33
n(
    "en",
    "public_figure",
    "Jockey Marisol Quintero, who won her first Kentucky Oaks at 19, visited our pediatric floor with the garland "
    "of lilies this morning. The kids have questions about horses. So many questions.",
    "public figure; patients anonymous",
)
# 34
p(
    "en",
    "patient_story",
    "Thirty-one years at Harlan Creek Distillery, and Earl Mattingly says the worst burn he ever got was at a "
    "rickhouse fire drill, not from a barrel. On Sept. 14 he had both knees replaced at our Jeffersonville campus. "
    "He's walking the rickhouse again with a cane made from a barrel stave.",
    [("NAME", "Harlan Creek Distillery"), ("NAME", "Earl Mattingly"), ("DATE", "Sept. 14")],
    note="employer NAME; hospital campus not GEO",
)
# 35
n(
    "en",
    "sponsor",
    "Thank you to Harlan Creek Distillery for sponsoring our Bourbon & Bowties gala and for the $50,000 gift to the "
    "Mattingly Family Cancer Pavilion. Cheers, responsibly. 🥃",
    "sponsor; donor family naming a building",
)
# 36
p(
    "en",
    "thank_you",
    "Daw Mu Lah Paw, 92, asked her grandson to type this: 'Thank you for the warm rice soup and for the nurse who "
    "learned to say ta blut.' She went home to Beechmont on January 2.",
    [("NAME", "Mu Lah Paw"), ("AGE", "92"), ("GEO", "Beechmont"), ("DATE", "January 2")],
    note="Burmese honorific Daw excluded; Karen name with English homographs",
)
# 37
n(
    "en",
    "event",
    "Join us for Thingyan, the Burmese water festival, at the South End clinic parking lot on Sunday, April 13. "
    "Free blood pressure checks, mohinga from a Beechmont kitchen, and yes, you will get splashed.",
    "hospital event date; neighbourhood not tied to a patient",
)
# 38
p(
    "en",
    "pasted_record",
    "Portal message pasted by mistake into our FB reply box: 'From: hser.paw.htoo87@gmail.com — my father Saw Ler "
    "Htoo (MRN 40533190) needs his insulin refill, he is in room 308. Thank you.'",
    [
        ("EMAIL", "hser.paw.htoo87@gmail.com"),
        ("NAME", "Ler Htoo"),
        ("MRN", "40533190"),
        ("OTHER_ID", "room 308"),
    ],
    note="relative's email; Karen honorific Saw excluded",
)
# 39
n(
    "en",
    "hospital_contact",
    "Need a Burmese, Karen, Chin, Nepali, Swahili, Kinyarwanda or Spanish interpreter for your appointment? Call "
    "(502) 555-0107 at least 24 hours ahead, or email language@fallscityregional.org. Our South End Family & "
    "Refugee Health Center is at 3100 Taylor Boulevard.",
    "hospital line, email and address",
)
# 40
p(
    "en",
    "memorial",
    "Rest in power, Brother Otis Lee Goodlow. Born in Portland on a Derby Day, he spent 40 years at International "
    "Harvester and every Sunday at Greater Zion Hill. He went home to glory on 10/8 at 93, with his wife of 67 "
    "years, Mother Earlene, holding his hand.",
    [
        ("NAME", "Otis Lee Goodlow"),
        ("GEO", "Portland"),
        ("DATE", "Derby Day"),
        ("NAME", "International Harvester"),
        ("DATE", "10/8"),
        ("AGE", "93"),
        ("NAME", "Earlene"),
    ],
    note="Portland is a Louisville neighbourhood; born on Derby Day; former employer",
)
# 41
n(
    "en",
    "statistic",
    "Last Derby week our ED saw 1,284 patients: 311 heat illness, 97 falls, 42 horse-related injuries among "
    "backside workers, and one very confused goat. Pace yourselves, Louisville.",
    "statistic; 97 is a count, not an age",
)
# 42
p(
    "en",
    "discharge",
    "Van Lal Thang is going home! After a fall from a roof on a job in Okolona on 8/27, he spent 3 weeks with us. "
    "His wife Cing Sian asked that the rehab follow-up go to 502-555-0158 (she doesn't read English texts, please "
    "call). Ka lawm e!",
    [
        ("NAME", "Van Lal Thang"),
        ("GEO", "Okolona"),
        ("DATE", "8/27"),
        ("NAME", "Cing Sian"),
        ("PHONE", "502-555-0158"),
    ],
    note="Chin names; place of injury GEO",
)
# 43
n(
    "en",
    "anonymous_story",
    "A grandma in her 80s told our ED nurse she had 'sugar' and 'a touch of the pressure.' Translation: diabetes and "
    "hypertension. Kentucky, we speak your language. Know your numbers.",
    "anonymous, age under 90",
)
# 44
p(
    "en",
    "patient_story",
    "Our oldest fireworks patient this year? A 97-year-old great-grandmother who insisted on watching the finale "
    "from a lawn chair on the riverfront and twisted an ankle getting up to dance. She says she'll be back next year.",
    [("AGE", "97-year-old")],
    note="unnamed patient over 89: AGE alone makes it patient-specific",
)
# 45
n(
    "en",
    "campaign_hashtag",
    "#FallsCityStrong #DerbyDocs #ThunderSafe — whatever you're celebrating this spring, our EDs are open 24/7 at "
    "the main campus and in Jeffersonville. Tag us @FallsCityRegional with your safest Derby hat.",
    "campaign hashtags; hospital handle and campus",
)
# 46
p(
    "en",
    "pasted_record",
    "Screenshot from the billing office chat (badly blurred): 'acct 7700-418-229 — MUKENDI, GLOIRE — guarantor "
    "Mukendi, Jean-Pierre — Passport Health Plan member 88120465 — payment plan $40/mo.'",
    [
        ("ACCOUNT", "7700-418-229"),
        ("NAME", "MUKENDI, GLOIRE"),
        ("NAME", "Mukendi, Jean-Pierre"),
        ("HEALTH_PLAN", "88120465"),
    ],
    note="account and Medicaid plan numbers; guarantor is a relative",
)
# 47
n(
    "en",
    "health_tip",
    "Backside workers: the heat index at the barns hit 104 yesterday. Drink before you're thirsty, take shade breaks "
    "between hotwalking sets, and watch each other for confusion or stopped sweating. Free cooling towels at our "
    "mobile clinic by the track kitchen.",
    "population tip; 104 is a temperature",
)
# 48
p(
    "en",
    "birth_announcement",
    "She couldn't wait for post time: Rose Ilunga arrived at 6:57 p.m. on Derby Day, just as the horses loaded into "
    "the gate. Parents Merveille and Christian had picked the name months ago. The Run for the Roses has a new "
    "winner. 🌹 #RoseForTheRoses",
    [
        ("NAME", "Rose Ilunga"),
        ("DATE", "Derby Day"),
        ("NAME", "Merveille"),
        ("NAME", "Christian"),
        ("NAME", "#RoseForTheRoses"),
    ],
    note="Run for the Roses is not a name; hashtag with the patient's name",
)
# 49
n(
    "en",
    "event",
    "The 151st Kentucky Derby is Saturday, May 3. Our trauma team will be on-site at Churchill Downs for the 24th "
    "straight year. If you're in the infield: sunscreen, water, and a buddy.",
    "event date and venue; ordinals not ages",
)
# 50
p(
    "en",
    "patient_story",
    "Hope Bahati Mwamba was born 11 weeks early on December 24, which her mom Divine calls 'our Nochebuena miracle,' "
    "a word she borrowed from the Cuban family in the next NICU room. Today Hope weighs 9 pounds and has a lot of "
    "opinions.",
    [
        ("NAME", "Hope Bahati Mwamba"),
        ("NAME", "Hope", "*"),
        ("DATE", "December 24"),
        ("DATE", "Nochebuena"),
        ("NAME", "Divine"),
    ],
    note="same day written twice (December 24 / Nochebuena); names that are words",
)
# 51
n(
    "en",
    "anonymous_story",
    "Overheard in the NICU family lounge: a Cuban abuela teaching a Congolese dad how to make café cubano, in a mix "
    "of Spanish, French and hand signals. This is South Louisville. We love it here.",
    "anonymous families, no identifier",
)
# 52
p(
    "en",
    "thank_you",
    "To the ER nurse who stayed with my son Cody after his wreck on Dixie Highway on Oaks night: I never got your "
    "name. Please call me, I want to thank you in person. Donna, 502-555-0171",
    [
        ("NAME", "Cody"),
        ("GEO", "Dixie Highway"),
        ("DATE", "Oaks"),
        ("NAME", "Donna"),
        ("PHONE", "502-555-0171"),
    ],
    note="road of the crash; 'Oaks night' -> 'Oaks' (decision 2); mother's phone",
)
# 53
n(
    "en",
    "staff_spotlight",
    "Congratulations to Donna Whitaker, our Patient & Family Relations director, on 30 years at Falls City! Families "
    "can still reach her team at (502) 555-0103.",
    "staff member; hospital line",
)
# 54
p(
    "en",
    "pasted_record",
    "Device clinic note posted to the wrong feed: pt Chandra Bhattarai, MRN 40288461, DOB 2 Feb 1961, dual-chamber "
    "pacer SN PJN418227R, interrogation OK, next check 6 mo. Son Prakash drives him in from Shively.",
    [
        ("NAME", "Chandra Bhattarai"),
        ("MRN", "40288461"),
        ("DATE", "2 Feb 1961"),
        ("DEVICE", "PJN418227R"),
        ("NAME", "Prakash"),
        ("GEO", "Shively"),
    ],
    note="pacemaker serial is DEVICE",
)
# 55
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease, Hodgkin lymphoma, Crohn's, Graves' disease: named for doctors, not for patients. Our "
    "pediatric grand rounds this Friday covers Kawasaki disease in Kentucky kids. CME available.",
    "eponymous conditions",
)
# 56
p(
    "en",
    "patient_story",
    "the whole 3rd shift at the Ford truck plant chipped in for Biscuit's hospital bills. biscuit (his mama named him "
    "Bradley but nobody has called him that since kindergarten) fell off a forklift on 2/11. he's 34, stubborn, and "
    "home in PRP. #BiscuitStrong",
    [
        ("NAME", "Ford"),
        ("NAME", "Biscuit"),
        ("NAME", "biscuit"),
        ("NAME", "Bradley"),
        ("DATE", "2/11"),
        ("GEO", "PRP"),
        ("NAME", "#BiscuitStrong"),
    ],
    note="nickname in two cases; PRP = Pleasure Ridge Park; employer Ford",
)
# 57
n(
    "en",
    "health_tip",
    "y'all, 'just a little sugar' is still diabetes. if mamaw's feet are numb or her cuts heal slow, bring her to the "
    "free foot check at the west end clinic, 1400 West Broadway, every first tuesday.",
    "health tip in dialect; hospital clinic address",
)
# 58
p(
    "en",
    "milestone_birthday",
    'Our favorite nonagenarian, Miss Opaline "Opie" Sturgeon, celebrated her birthday with a Hot Brown and one (1) '
    "doctor-approved bourbon ball on 4 Tower. She still remembers the 1937 flood from her daddy's rowboat on Bank "
    "Street.",
    [("AGE", "nonagenarian"), ("NAME", 'Opaline "Opie" Sturgeon'), ("GEO", "Bank Street")],
    note="nonagenarian is AGE; bare year not labelled; family's street",
)
# 59
n(
    "en",
    "staff_spotlight",
    "Volunteer of the Year: Miss Geneva Coomer, 92, has folded 40,000 surgical towels and taught half our new grads "
    "to make chess pie. Thank you, Miss Geneva!",
    "volunteer's name and age are not labelled",
)
# 60
p(
    "en",
    "patient_story",
    "Military spouses, you are not alone. Staff Sgt. Marcus Boateng deployed three days after his wife Abena "
    "delivered twins at our main campus on 1/19. Abena asked us to share her email for other Fort Knox moms who want "
    "a buddy: abena.boateng.twinmom@yahoo.com",
    [
        ("NAME", "Marcus Boateng"),
        ("NAME", "Abena", "*"),
        ("DATE", "1/19"),
        ("EMAIL", "abena.boateng.twinmom@yahoo.com"),
    ],
    note="'Fort Knox moms' is a group, not the patient's GEO",
)
# 61
n(
    "en",
    "recruitment",
    "Transitioning out of the Army at Fort Knox? 68W combat medics can bridge into our paid LPN program. Info night "
    "Tuesday at 6 p.m. at our Radcliff clinic, 1650 North Dixie Boulevard.",
    "recruitment; hospital clinic address",
)
# 62
p(
    "en",
    "pasted_record",
    "Registration screenshot tweeted by accident: GONZALEZ RIVERO, YANEISY | MRN 40667125 | SSN ***-**-4471 | DOB "
    "09-30-1986 | 4412 Southern Pkwy Apt 3, Louisville 40214 | cell (502) 555-0166 | yaneisy.gr86@gmail.com",
    [
        ("NAME", "GONZALEZ RIVERO, YANEISY"),
        ("MRN", "40667125"),
        ("SSN", "4471"),
        ("DATE", "09-30-1986"),
        ("GEO", "4412 Southern Pkwy Apt 3"),
        ("GEO", "Louisville"),
        ("GEO", "40214"),
        ("PHONE", "(502) 555-0166"),
        ("EMAIL", "yaneisy.gr86@gmail.com"),
    ],
    note="masked SSN: visible digits only (decision 7); home city Louisville is GEO",
)
# 63
n(
    "en",
    "hospital_contact",
    "Lost something at our Thunder aid station? Call Security at (502) 555-0100 ext. 4, or stop by the main campus at "
    "2200 South Fourth Street, Louisville, KY 40208. We have 14 pairs of sunglasses and one (1) Derby hat.",
    "hospital line and address",
)
# 64
p(
    "en",
    "patient_story",
    "When Patience Kabamba's water broke at 24 weeks, her sister Chance drove her across the Second Street Bridge "
    "from Clarksville at 2 a.m. Baby Merveille spent 96 days in our NICU and went home on 3/3. Mama Patience says: "
    "'Merci, merci, merci.'",
    [
        ("NAME", "Patience Kabamba"),
        ("NAME", "Patience", "*"),
        ("NAME", "Chance"),
        ("GEO", "Clarksville"),
        ("NAME", "Merveille"),
        ("DATE", "3/3"),
    ],
    note="names that are words; 96 days is not an age",
)
# 65
n(
    "en",
    "statistic",
    "Refugee arrivals to Louisville last year: Congo (DRC) 1,140, Afghanistan 860, Cuba 790, Burma 210, Bhutan 45. "
    "Our interpreters covered 41 languages and 96,000 encounters.",
    "population statistics",
)
# 66
p(
    "en",
    "thank_you",
    "From the comments: 'Pastor asked us to thank the dialysis unit for taking care of Deacon Roosevelt Ware three "
    "days a week for 6 years. He's 91 and still drives the church van. If anyone from 3 West wants to come to his "
    "92nd on the 14th, call his daughter Sharon at 502-555-0129.'",
    [
        ("NAME", "Roosevelt Ware"),
        ("AGE", "91"),
        ("AGE", "92nd"),
        ("DATE", "14th"),
        ("NAME", "Sharon"),
        ("PHONE", "502-555-0129"),
    ],
    note="day of month alone is DATE; 92nd birthday is AGE",
)
# 67
n(
    "en",
    "event",
    "Juneteenth Jubilee at Chickasaw Park, June 19, 11-4: free blood pressure and A1c checks from our West End "
    "Community Clinic nurses, plus a fish fry from the men of Greater Zion Hill. Bring your lawn chairs.",
    "event date and venue",
)
# 68
p(
    "en",
    "memorial",
    "Om Shanti. Our Nepali interpreter team asked us to remember Bhakta Bahadur Tamang, who died on 2081 Mangsir 5 "
    "surrounded by four generations. He was 98 and taught half the grandfathers in Beechmont to play the madal. His "
    "son Dambar thanks 8 North for the room full of marigolds.",
    [
        ("NAME", "Bhakta Bahadur Tamang"),
        ("DATE", "2081 Mangsir 5"),
        ("AGE", "98"),
        ("GEO", "Beechmont"),
        ("NAME", "Dambar"),
    ],
    note="Bikram Sambat date of death (decision 3)",
)
# 69
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Laxmi Pokhrel, unit clerk on 8 North for 15 years, who taught everyone to say 'namaste' and "
    "'dhanyabad' properly. We'll miss your sel roti at every Tihar potluck, Laxmi!",
    "staff member",
)
# 70
p(
    "en",
    "patient_story",
    "Eh Say Moo is 6 and wants everyone to know three things: her name means 'love' in Karen, her new heart valve "
    "came from Dr. Ashworth's team, and she goes home to Jeffersonville on Thursday. Tah bluh, Eh Say Moo!",
    [("NAME", "Eh Say Moo", "*"), ("GEO", "Jeffersonville")],
    note="home town that is also a hospital campus city; staff doctor not labelled",
)
# 71
n(
    "en",
    "public_figure",
    "Basketball legend Dikembe Mutombo, who built a hospital in Kinshasa named for his mother, inspired a generation "
    "of Congolese doctors, including two of our residents. Today our Congolese staff share what his work meant to them.",
    "public figure",
)
# 72
p(
    "en",
    "pasted_record",
    "EMS handoff text screenshotted into a family group chat and reposted: 'MVC, I-64 WB at Story Ave ramp, Chevy "
    "Silverado KY plate 9RK 441, driver HUGHES, TREMAINE 27M, ETA 6 min.' Tremaine's cousin posted it asking for "
    "updates. Please don't.",
    [
        ("GEO", "I-64"),
        ("GEO", "Story Ave"),
        ("VEHICLE", "9RK 441"),
        ("NAME", "HUGHES, TREMAINE"),
        ("NAME", "Tremaine"),
    ],
    note="crash location; licence plate",
)
# 73
n(
    "en",
    "crisis_update",
    "Traffic alert for staff: I-64 westbound is closed at the Story Avenue ramp. Use Main Street to reach the main "
    "campus and allow extra time this morning.",
    "traffic notice, no patient",
)
# 74
p(
    "en",
    "birth_announcement",
    "Thurby baby! 🐎 Amari Jordan Fields arrived on the Thursday of Derby week, 8 lb even, to Keandra and Marcus of "
    "Russell. Big sis Nia picked the middle name.",
    [
        ("DATE", "Thurby"),
        ("DATE", "Thursday of Derby week"),
        ("NAME", "Amari Jordan Fields"),
        ("NAME", "Keandra"),
        ("NAME", "Marcus"),
        ("GEO", "Russell"),
        ("NAME", "Nia"),
    ],
    note="same day named twice; Russell (neighbourhood) is also a surname",
)
# 75
n(
    "en",
    "event",
    "Thurby is back! Thursday, May 1, join our nurses at the Thurby celebration in the Churchill Downs paddock for "
    "free sun-safety kits. Thurby honors Louisville locals: come as you are.",
    "event date",
)
# 76
p(
    "en",
    "discharge",
    "yunior is finally home!! 🇨🇺 after the crash on preston hwy on 1/6 he spent 6 weeks with y'all. his tía "
    "yudeisy wants the PT schedule sent to yudeisy.c.rdz@hotmail.com. gracias 5 North, you're family now",
    [
        ("NAME", "yunior"),
        ("GEO", "preston hwy"),
        ("DATE", "1/6"),
        ("EMAIL", "yudeisy.c.rdz@hotmail.com"),
        ("NAME", "yudeisy", "*"),
    ],
    note="lower case throughout; aunt's email",
)
# 77
n(
    "en",
    "health_tip",
    "Working the Worldport night sort? Shift workers have higher rates of heart disease and diabetes. Our Night Owl "
    "clinic sees patients 10 p.m.–2 a.m. on weeknights at the main campus. No appointment: (502) 555-0101.",
    "employer named for a population, not a patient",
)
# 78
p(
    "en",
    "patient_story",
    "Sixty-year-old groom Efraín Tovar has rubbed Thoroughbreds at tracks and farms around Shelbyville since he was "
    "15. After a mare pinned his hand against a stall door on the 3rd of June, our hand surgeons rebuilt three "
    "fingers. His KHRC license #G-114873 is up for renewal and he says he'll be there.",
    [
        ("NAME", "Efraín Tovar"),
        ("GEO", "Shelbyville"),
        ("DATE", "3rd of June"),
        ("LICENSE", "G-114873"),
    ],
    note="racing-commission occupational licence is LICENSE; age 60 not labelled",
)
# 79
n(
    "en",
    "statistic",
    "Kentucky's horse industry employs about 60,000 people, and many backside workers have no primary care. Our "
    "mobile clinic at the Churchill Downs backside saw 1,900 grooms, hotwalkers and exercise riders last year.",
    "statistic",
)
# 80
p(
    "en",
    "thank_you",
    "@FallsCityRegional thank you for taking care of my Papaw Dale on 4 Tower. he's 90 years young and flirted with "
    "every nurse. family page for updates: @DaleStrong_PRP",
    [("NAME", "Dale"), ("AGE", "90"), ("OTHER_ID", "@DaleStrong_PRP")],
    note="hospital handle not labelled; family handle OTHER_ID",
)
# 81
n(
    "en",
    "hospital_contact",
    "Reminder: please don't post a loved one's room number, MRN, or wristband photo in our comments. Message us "
    "privately at @FallsCityRegional or call Patient & Family Relations at (502) 555-0103.",
    "privacy reminder; hospital handle and line",
)
# 82
p(
    "en",
    "patient_story",
    "The Kabongo family has asked us to share their fundraiser after Dieudonné's stroke: "
    "gofundme.com/f/dieudonne-kabongo-recovery. Every dollar helps with rent while he can't work at the "
    "Jeffersontown warehouse.",
    [
        ("NAME", "Kabongo"),
        ("NAME", "Dieudonné"),
        ("URL", "gofundme.com/f/dieudonne-kabongo-recovery"),
        ("GEO", "Jeffersontown"),
    ],
    note="fundraiser URL; workplace town is GEO",
)
# 83
n(
    "en",
    "sponsor",
    "Huge thanks to the Kentucky Derby Festival and the UPS Foundation for sponsoring 500 free bike helmets for South "
    "End kids. Fit checks at the South End clinic every Saturday in May.",
    "sponsors; population",
)
# 84
p(
    "en",
    "milestone_birthday",
    "One hundred and three candles (the fire-code-friendly LED kind) for Mrs. Beulah Mae Crenshaw of the California "
    "neighborhood, who was born on Easter Sunday and says the secret is 'cornbread, church, and minding my own "
    "business.'",
    [
        ("AGE", "One hundred and three"),
        ("NAME", "Beulah Mae Crenshaw"),
        ("GEO", "California"),
        ("DATE", "Easter Sunday"),
    ],
    note="California is a Louisville neighbourhood, not the state",
)
# 85
n(
    "en",
    "health_tip",
    "Derby week heat tip: a big hat is not shade. If you feel dizzy in the infield, find a first-aid tent (look for "
    "the red cross flag) before you find another julep.",
    "health tip",
)
# 86
p(
    "en",
    "anonymous_story",
    "A centenarian walked into our Jeffersonville ED last month, handed the triage nurse a typed list of her "
    "medications, and asked if she could be seen before her hair appointment. She was. Goals. 💅",
    [("AGE", "centenarian")],
    note="unnamed patient over 89; hospital ED not GEO",
)
# 87
n(
    "en",
    "research",
    "Our study with Bhutanese-Nepali elders in Louisville found that 1 in 5 adults over 60 had untreated hearing "
    "loss. Thanks to the 312 community members who took part, and to lead researcher Dr. Hari Sharan Koirala.",
    "research; staff researcher",
)
# 88
p(
    "en",
    "pasted_record",
    "Our IT team found this on a public Reddit thread: 'Can someone help? My dad Kyaw Htoo's Falls City portal (user "
    "ID kyawhtoo1978) got logged in from 73.181.42.207 and it wasn't us. I reset it to my email, "
    "htooaung.lou@gmail.com.' If you need portal help, call us, please don't post.",
    [
        ("NAME", "Kyaw Htoo"),
        ("OTHER_ID", "kyawhtoo1978"),
        ("IP", "73.181.42.207"),
        ("EMAIL", "htooaung.lou@gmail.com"),
    ],
    note="portal user name OTHER_ID; IP address",
)
# 89
n(
    "en",
    "event",
    "Watch Night tradition meets heart health: on December 31, nurses from our West End Community Clinic will do free "
    "blood pressure checks at five churches before midnight service. List at fallscityregional.org/watchnight.",
    "event date; hospital URL",
)
# 90
p(
    "en",
    "birth_announcement",
    "Pastor's note from Greater Zion Hill: 'Our own Sister Tonya Bibb welcomed baby Josiah at 11:58 p.m. on Watch "
    "Night, right as the saints were praying the New Year in.' Josiah and Tonya are doing great at our main campus. "
    "To God be the glory!",
    [
        ("NAME", "Tonya Bibb"),
        ("NAME", "Tonya", "*"),
        ("NAME", "Josiah", "*"),
        ("DATE", "Watch Night"),
    ],
    note="born on Watch Night (Dec 31); New Year is not the birth day",
)
# 91
p(
    "en",
    "pasted_record",
    "Oops: our clinic scanned this intake to the Facebook inbox instead of the fax queue. 'Patient: Subba, Man Kumari "
    "| MRN: 4107-7352 | Fax for forms (her son): 812-555-0149 | Home: New Albany, IN'",
    [
        ("NAME", "Subba, Man Kumari"),
        ("MRN", "4107-7352"),
        ("FAX", "812-555-0149"),
        ("GEO", "New Albany"),
    ],
    note="relative's fax; 'Man' is a Nepali name element",
)
# 92
n(
    "en",
    "hospital_contact",
    "Medical records requests can be faxed to (502) 555-0104 or mailed to Health Information Management, 2200 South "
    "Fourth Street, Louisville, KY 40208. Please never send records through Facebook Messenger.",
    "hospital fax and address",
)
# 93
n(
    "en",
    "anonymous_story",
    "A towboat deckhand hurt his hand in a lock last week and apologized to our ER team for 'bleeding on y'all's nice "
    "floor.' Kentucky manners. He's going to be okay.",
    "anonymous patient, no place or date identifier",
)
# 94
p(
    "en",
    "milestone_birthday",
    "Turning 99 on Thurby! Grandmother Mbuyi Kalala, who came to Louisville from Lubumbashi at 88, celebrated on 6 "
    "West with her 30 grandchildren on FaceTime from three continents.",
    [
        ("AGE", "99"),
        ("DATE", "Thurby"),
        ("NAME", "Mbuyi Kalala"),
        ("GEO", "Louisville"),
        ("GEO", "Lubumbashi"),
    ],
    note="birthday on Thurby; 88 is not labelled; foreign home city",
)
# 95
n(
    "en",
    "staff_spotlight",
    "Meet Yamilé Ferrer, pharmacy tech and proud cubana from Hialeah by way of Okolona, who runs our Spanish-language "
    "med-safety class every Wednesday. Café cubano provided, of course.",
    "staff member's own places",
)
# 96
p(
    "en",
    "pasted_record",
    "We've hidden this from our public comments: 'my son Elijah Brooks DOD ID 1592004481 was seen in your ER 12/30 "
    "for a seizure, we live on post at Fort Knox, why hasn't anyone called me back?? 270-555-0138.' We've reached "
    "out to the family directly.",
    [
        ("NAME", "Elijah Brooks"),
        ("OTHER_ID", "1592004481"),
        ("DATE", "12/30"),
        ("GEO", "Fort Knox"),
        ("PHONE", "270-555-0138"),
    ],
    note="DoD ID is OTHER_ID; living on post is GEO",
)
# 97
n(
    "en",
    "crisis_update",
    "Fort Knox families: the on-post clinic's urgent care is closed today for a water main break. Our Radcliff clinic "
    "has extended hours until 9 p.m.: (270) 555-0110.",
    "crisis update; hospital clinic line",
)
# 98
p(
    "en",
    "patient_story",
    "Twins Blessing and Gift Habimana turned one on May 5 (Cinco de Mayo AND Derby Day this year) and celebrated "
    "where they spent their first 80 days: our NICU. Their mom Sifa brought mandazi for everyone.",
    [
        ("NAME", "Blessing"),
        ("NAME", "Gift Habimana"),
        ("DATE", "May 5"),
        ("DATE", "Cinco de Mayo"),
        ("DATE", "Derby Day"),
        ("NAME", "Sifa"),
    ],
    note="birthday named three ways",
)
# 99
n(
    "en",
    "event",
    "Cinco de Mayo and Derby Day land on the same Saturday this year. Our ED will be staffed up. Our advice: one hat, "
    "one designated driver, zero fireworks in the backyard.",
    "holidays not tied to a patient",
)
# 100
p(
    "en",
    "pasted_record",
    "Someone photographed the 5 North whiteboard for a 'team pic' and posted it. Visible behind the nurses: 'R501 "
    "MUTOMBO J MRN 40291876 NPO / R503 KHADKA B MRN 40311042 fall risk / R507 GARCÍA L MRN 40299519 Spanish'. "
    "It's down now.",
    [
        ("OTHER_ID", "R501"),
        ("NAME", "MUTOMBO J"),
        ("MRN", "40291876"),
        ("OTHER_ID", "R503"),
        ("NAME", "KHADKA B"),
        ("MRN", "40311042"),
        ("OTHER_ID", "R507"),
        ("NAME", "GARCÍA L"),
        ("MRN", "40299519"),
    ],
    note="board rows; the photo shows the board, not a patient, so no PHOTO",
)
# 101
n(
    "en",
    "staff_spotlight",
    "Team pic! Our 5 North night crew after their 100th consecutive day without a patient fall. Pictured: charge "
    "nurse Deja Ambrose, Ganesh Bhandari RN, and Lucy Nguyen CNA.",
    "staff photo; 100th is a count",
)
# 102
p(
    "en",
    "patient_story",
    "Pictured: Sgt. First Class Renee Okafor-Ruiz and her son Mateo, 9, on the day he rang the bell after his last "
    "chemo, Nov. 8. Mateo wants every kid in Mrs. Dawson's third grade to know he's coming back for recess.",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Renee Okafor-Ruiz"),
        ("NAME", "Mateo", "*"),
        ("DATE", "Nov. 8"),
    ],
    note="photo of the patient; teacher not labelled",
)
# 103
n(
    "en",
    "eponymous_condition",
    "Down syndrome, Tourette syndrome, Bell's palsy and Lou Gehrig's disease are named after people, and so is our "
    "Haldane-Whitlock Pavilion, named for the family whose gift built it. World Down Syndrome Day is March 21: wear "
    "your crazy socks!",
    "eponyms; donor family; awareness day",
)
# 104
p(
    "en",
    "patient_story",
    '"Peanut" weighed 1 lb 9 oz when she was born on the 12th of February. Now 4, Peanut (real name Kinsley Raye '
    "Hodge) spends her days bossing the chickens at her grandparents' place in Valley Station. Happy Prematurity Day "
    "from her NICU family!",
    [
        ("NAME", "Peanut", "*"),
        ("DATE", "12th of February"),
        ("NAME", "Kinsley Raye Hodge"),
        ("GEO", "Valley Station"),
    ],
    note="quoted nickname; Prematurity Day is an awareness day",
)
# 105
n(
    "en",
    "health_tip",
    "Burn season is grilling season. Our burn unit treated 212 grilling and firework burns last summer. Keep a "
    "3-foot kid-free zone around the grill, and never use gasoline to start a fire.",
    "health tip",
)
# 106
p(
    "en",
    "discharge",
    "Nirmala Khadka, 67, went home yesterday after 11 days with COVID pneumonia. Her daughter-in-law Sabitra asked us "
    "to thank the night nurse who sang Nepali lullabies, and to share her email for other families caring for elders "
    "at home: sabitra.khadka22@gmail.com. Dhanyabad from the whole Khadka family in Fern Creek! 🙏",
    [
        ("NAME", "Nirmala Khadka"),
        ("NAME", "Khadka", "*"),
        ("NAME", "Sabitra"),
        ("EMAIL", "sabitra.khadka22@gmail.com"),
        ("GEO", "Fern Creek"),
    ],
    note="67 not labelled; relative's email",
)
# 107
n(
    "en",
    "statistic",
    "More than 20,000 people work at UPS Worldport, most of them overnight. Our Sleep Health clinic found night-shift "
    "workers in Jefferson County were 40% more likely to have untreated sleep apnea.",
    "population statistic",
)
# 108
p(
    "en",
    "thank_you",
    "Mrs. Gwendolyn Pryor wrote to thank our stroke team for catching her husband Lonnie's stroke at 6:10 a.m. on New "
    "Year's Day. She says readers can write her at gpryor.portlandky@att.net to talk about the warning signs. Lonnie "
    "is home in Portland and back to feeding the pigeons.",
    [
        ("NAME", "Gwendolyn Pryor"),
        ("NAME", "Lonnie", "*"),
        ("DATE", "New Year's Day"),
        ("EMAIL", "gpryor.portlandky@att.net"),
        ("GEO", "Portland"),
    ],
    note="wife's email; Portland neighbourhood",
)
# 109
n(
    "en",
    "crisis_update",
    "The Ohio River is expected to crest at 33 feet Thursday. Residents of low-lying areas in Butchertown, Portland "
    "and Utica, Indiana should follow MetroSafe instructions. All Falls City Regional facilities remain open.",
    "neighbourhoods not tied to a patient",
)
# 110
p(
    "en",
    "patient_story",
    "When the water came up Utica Pike on February 18, Dixie Haynes, 90, refused to leave without her cat Bourbon. A "
    "sheriff's deputy carried them both out. Dixie spent two nights with us for hypothermia; Bourbon spent them at "
    "the nurses' station. Both fine.",
    [
        ("GEO", "Utica Pike"),
        ("DATE", "February 18"),
        ("NAME", "Dixie Haynes"),
        ("NAME", "Dixie", "*"),
        ("AGE", "90"),
    ],
    note="pet name Bourbon not labelled; Dixie is a name here",
)
# 111
n(
    "en",
    "public_figure",
    "Fun fact: Colonel Harland Sanders, born September 9, 1890, started frying chicken at a gas station on the old "
    "Dixie Highway in Corbin. Our cardiologists would like a word. 🍗",
    "public figure's birth date and places",
)
# 112
p(
    "en",
    "pasted_record",
    'Copied from an internal chat into a public story by mistake: "Transfer pt ADHIKARI, TEK NATH, 45M, MRN '
    '0040-1187-33, adm 2024-11-03, wife Durga (Nepali only) 502 555 0192, lives Newburg"',
    [
        ("NAME", "ADHIKARI, TEK NATH"),
        ("MRN", "0040-1187-33"),
        ("DATE", "2024-11-03"),
        ("NAME", "Durga"),
        ("PHONE", "502 555 0192"),
        ("GEO", "Newburg"),
    ],
    note="ISO admission date; wife named like the goddess",
)
# 113
n(
    "en",
    "health_tip",
    "During Dashain, families honor the goddess Durga with red tika and jamara. If your elder is fasting or eating "
    "rich feast foods this week, watch blood sugar closely: our diabetes educators speak Nepali.",
    "goddess name and festival, no patient",
)
# 114
p(
    "en",
    "birth_announcement",
    "¡Bienvenida, Daimarys! Born on Nochebuena to Osniel and Yudith of Shively, she arrived just as her abuela was "
    "pulling the lechón out of the caja china. Dinner was late. Nobody cared.",
    [
        ("NAME", "Daimarys"),
        ("DATE", "Nochebuena"),
        ("NAME", "Osniel"),
        ("NAME", "Yudith"),
        ("GEO", "Shively"),
    ],
    note="Cuban family, English post",
)
# 115
n(
    "en",
    "anonymous_story",
    "Nochebuena tradition on our night shift: every year somebody's tía shows up with lechón and yuca con mojo for "
    "whoever is working. We don't ask whose. We just eat.",
    "holiday tradition, no patient",
)
# 116
p(
    "en",
    "patient_story",
    "Ko Zaw Min was driving his 2016 Honda Odyssey (VIN 5FNRL5H65GB087412) to his shift at Derby City Movers when a "
    "semi crossed the median on the Gene Snyder on 10/14. The van is gone; Zaw Min is walking again. His wife Thiri "
    "says: kyay zu tin ba de.",
    [
        ("NAME", "Zaw Min", "*"),
        ("VEHICLE", "5FNRL5H65GB087412"),
        ("NAME", "Derby City Movers"),
        ("GEO", "Gene Snyder"),
        ("DATE", "10/14"),
        ("NAME", "Thiri"),
    ],
    note="honorific Ko excluded; VIN; employer",
)
# 117
n(
    "en",
    "research",
    "Our trauma registry: the Gene Snyder Freeway and I-65 accounted for 31% of serious crash injuries in 2024. "
    "Dr. Roberta Vance will present the findings at the Kentucky Trauma Symposium on October 14.",
    "research; event date",
)
# 118
p(
    "en",
    "memorial",
    "Daw Khin Myint passed peacefully at one hundred, in room 612, holding her great-granddaughter's hand. Her family "
    "asked us to share that she left Mandalay in 1962 with a tin of tea leaves and a rosary, and never lost either.",
    [("NAME", "Khin Myint"), ("AGE", "one hundred"), ("OTHER_ID", "room 612"), ("GEO", "Mandalay")],
    note="age in words; foreign home city; bare year not labelled",
)
# 119
n(
    "en",
    "staff_spotlight",
    "Welcome Dr. Hope Castellanos, our new Fort Knox-area pediatrician! Dr. Hope grew up in Elizabethtown, trained in "
    "Lexington, and speaks Spanish and 'Army brat.' Book with her at (270) 555-0110.",
    "staff doctor",
)
# 120
p(
    "en",
    "pasted_record",
    "Forwarded to our social team (and then accidentally to the public page): 'Hi, my grandfather Purna Bahadur "
    "Ghalley in room 418 is 95 and only speaks Dzongkha and Nepali. Can the interpreter come at 9? — his grandson, "
    "ghalley.kiran@outlook.com'",
    [
        ("NAME", "Purna Bahadur Ghalley"),
        ("OTHER_ID", "room 418"),
        ("AGE", "95"),
        ("EMAIL", "ghalley.kiran@outlook.com"),
    ],
)
# 121
n(
    "en",
    "event",
    "Happy Losar and Sonam Losar to our Tamang, Gurung and Sherpa families! Our South End clinic will give free flu "
    "shots at the Losar celebration in Iroquois Park on Sunday.",
    "community names, not patients; event",
)
# 122
p(
    "en",
    "patient_story",
    "Amani is 8, Congolese, a Louisville Slugger fan, and the bravest kid on 5 North. After his appendix burst on "
    "January 9th, he told the surgeon 'do your best, I'll do mine.' Amani, you did. 💪 #AmaniStrong",
    [("NAME", "Amani", "*"), ("DATE", "January 9th"), ("NAME", "#AmaniStrong")],
)
# 123
n(
    "en",
    "anonymous_story",
    "Amani means peace in Swahili. This week our chaplains held a peace vigil with Congolese families in the South "
    "End for relatives caught in the fighting near Goma.",
    "'Amani' is the word; families anonymous",
)
# 124
p(
    "en",
    "pasted_record",
    "Burn unit census pasted into a public post by mistake: 'STURGILL, WAYNE E. — MRN 40620031 — DOB twelfth of "
    "October 1970 — 22% TBSA flash burn at Kessler Bend Distilling, still house #2 — wife Rhonda 502.555.0124'",
    [
        ("NAME", "STURGILL, WAYNE E."),
        ("MRN", "40620031"),
        ("DATE", "twelfth of October 1970"),
        ("NAME", "Kessler Bend Distilling"),
        ("NAME", "Rhonda"),
        ("PHONE", "502.555.0124"),
    ],
    note="date in words; employer",
)
# 125
n(
    "en",
    "sponsor",
    "The Kessler Bend Distilling Co. charity barrel raised $88,000 for our burn unit. Master distiller Ray Pendleton, "
    "72, signed every bottle himself. Thank you, Ray!",
    "sponsor and its master distiller",
)
# 126
p(
    "en",
    "milestone_birthday",
    "Cuban birthday rules apply on 4 Tower: Abuela Caridad Fumero turned 94 on April 3 with a cake from the bakery on "
    "Preston Highway and a speaker playing Celia Cruz at 'hospital-appropriate' volume. Her grandson Alexei says she "
    "danced anyway.",
    [("NAME", "Caridad Fumero"), ("AGE", "94"), ("DATE", "April 3"), ("NAME", "Alexei")],
    note="bakery street not tied to patient; public figure not labelled",
)
# 127
n(
    "en",
    "public_figure",
    "Queen of Salsa Celia Cruz would have turned 100 on October 21, 2025. Our Cuban staff are hosting a salsa night "
    "fundraiser for the Refugee Health Center.",
    "public figure's age and birthday",
)
# 128
p(
    "en",
    "patient_story",
    "Before he came to Louisville, Innocent Habiyaremye spent 19 years in Kakuma camp. On June 30, Congolese "
    "Independence Day, he got a new kidney from his brother Emmanuel. Two brothers, one new birthday. ❤️",
    [
        ("GEO", "Louisville"),
        ("NAME", "Innocent Habiyaremye"),
        ("GEO", "Kakuma"),
        ("DATE", "June 30"),
        ("DATE", "Congolese Independence Day"),
        ("NAME", "Emmanuel"),
    ],
    note="refugee camp as GEO; same day named twice",
)
# 129
n(
    "en",
    "event",
    "Joyeuse fête de l'indépendance! June 30 is Congolese Independence Day. Join our community health workers at the "
    "South End clinic for music, pondu, and free hepatitis B screening from 2 to 6 p.m.",
    "event date",
)
# 130
p(
    "en",
    "pasted_record",
    "Intake text from a volunteer's phone, shared in a public group: 'Family: Neema & Riziki Mwamba, kids Zawadi (6) "
    "& Baraka (3). Medicaid ID 8812440917. Need ride to appt 11/4 from 40216. Cell 502-555-0197.'",
    [
        ("NAME", "Neema"),
        ("NAME", "Riziki Mwamba"),
        ("NAME", "Zawadi"),
        ("NAME", "Baraka"),
        ("HEALTH_PLAN", "8812440917"),
        ("DATE", "11/4"),
        ("GEO", "40216"),
        ("PHONE", "502-555-0197"),
    ],
    note="appointment date is person-tied (decision 11)",
)
# 131
n(
    "en",
    "health_tip",
    "Kentucky Medicaid renewals are back. If you get a letter from kynect, don't ignore it. Our financial counselors "
    "can help in Spanish, Swahili and Nepali: (502) 555-0104.",
    "health tip",
)
# 132
p(
    "en",
    "patient_story",
    "Jess went from our adolescent psych unit to a UofL nursing degree. She asked us to share her story and her email "
    "for any teen who needs someone who has been there: jess.talks.recovery@gmail.com. We are so proud of you, Jess.",
    [("NAME", "Jess", "*"), ("EMAIL", "jess.talks.recovery@gmail.com")],
)
# 133
n(
    "en",
    "recruitment",
    "Class of 2025 nurse residents: 48 new grads from UofL, Bellarmine, Spalding and IU Southeast start Monday, "
    "June 2. Welcome to the Falls City family!",
    "staff start date",
)
# 134
p(
    "en",
    "thank_you",
    "from @naw_paw_wah: big thank u to 2 west nurses for caring my mom naw hser ku when she had surgery 9/12. she is "
    "home now in newburg. ta blut ta blut 🙏",
    [("OTHER_ID", "@naw_paw_wah"), ("NAME", "hser ku"), ("DATE", "9/12"), ("GEO", "newburg")],
    note="lower case; Karen honorific naw excluded",
)
# 135
n(
    "en",
    "statistic",
    "Kentucky has about 38,000 residents over age 90. Falls prevention matters at every age: our free Stepping On "
    "classes start in September at the Highlands library.",
    "population age",
)
# 136
p(
    "en",
    "patient_story",
    "Karen Schuler, 61, a 3rd-shift sorter at Worldport for 24 years, collapsed on the belt on 8/3. Her coworker Luis "
    "started CPR and an AED from the wall did the rest. Karen is home in Fairdale and says Luis is 'family now, "
    "whether he likes it or not.'",
    [
        ("NAME", "Karen Schuler"),
        ("NAME", "Karen", "*"),
        ("NAME", "Worldport"),
        ("DATE", "8/3"),
        ("GEO", "Fairdale"),
    ],
    note="coworker is a bystander, not labelled (decision 1)",
)
# 137
n(
    "en",
    "health_tip",
    "Karen, Chin, Kachin, Mon and Burmese: five languages our Burma-born neighbors may speak. If the Karen-speaking "
    "grandma in front of you nods yes to every question, get an interpreter.",
    "Karen is a language and people here",
)
# 138
p(
    "en",
    "memorial",
    "Papaw Junior Whitley never missed a Derby in 71 years: not in Korea, not after the bypass. He passed on 5/2, the "
    "morning of Oaks Day, at 94. His family asked us to share it. Go win one for him, Louisville.",
    [("NAME", "Junior Whitley"), ("DATE", "5/2"), ("DATE", "Oaks Day"), ("AGE", "94")],
    note="same day twice; 'Louisville' addressed as the city, not his home",
)
# 139
n(
    "en",
    "event",
    "Learn hands-only CPR at our Thunder Over Louisville tent, April 12, 3-8 p.m. Last year our CPR tents trained "
    "3,100 people in a single afternoon.",
    "event date",
)
# 140
p(
    "en",
    "pasted_record",
    "MRN 40488120 — is this the right place to ask about my mother's discharge papers? Sorry I don't know where else "
    "to post.",
    [("MRN", "40488120")],
    note="a bare MRN is enough",
)
# 141
n(
    "en",
    "hospital_contact",
    "Reply from @FallsCityRegional: We're sorry you're having trouble! For your privacy please don't share medical "
    "record numbers here. Call Patient & Family Relations at (502) 555-0103 and we'll get those papers to you.",
    "hospital reply",
)
# 142
p(
    "en",
    "thank_you",
    "to whoever is in room 7114 playing Kenny Rogers at 4am: you're the reason our whole hallway is smiling. get well "
    "soon neighbor 🎶",
    [("OTHER_ID", "room 7114")],
    note="room number tied to a patient; public figure not labelled",
)
# 143
n(
    "en",
    "hospital_contact",
    "Conference Room 7114B is now the Lactation Lounge! Moms, dads and pumping staff are welcome 24/7 on the 7th floor.",
    "conference room, not a patient's",
)
# 144
p(
    "en",
    "birth_announcement",
    "#welcomeodin 💙 odin james pruitt, 7 lb 7 oz, born 7/7 at 7:07 am at our jeff campus birth center. dad cody says "
    "he's buying lottery tickets. mom kaylee says absolutely not. they live in clarksville and the nursery is tiger "
    "themed.",
    [
        ("NAME", "#welcomeodin"),
        ("NAME", "odin james pruitt"),
        ("DATE", "7/7"),
        ("NAME", "cody"),
        ("NAME", "kaylee"),
        ("GEO", "clarksville"),
    ],
    note="lower case; hospital campus not GEO",
)
# 145
n(
    "en",
    "campaign_hashtag",
    "#OaksDayPink #RunForTheRoses #TheyreOff — and so is our blood drive! Donate Derby week at any Falls City Regional "
    "location and get a commemorative rose pin.",
    "campaign hashtags",
)
# 146
p(
    "en",
    "discharge",
    "Mr. Pete Ballard, nonagenarian, retired cooper, and the last man alive who can tell you exactly how Willow "
    "Landing Distillery charred a barrel in 1958, went home to Iroquois today after a bout of pneumonia. Pete, save "
    "us a taste.",
    [
        ("NAME", "Pete Ballard"),
        ("NAME", "Pete", "*"),
        ("AGE", "nonagenarian"),
        ("NAME", "Willow Landing Distillery"),
        ("GEO", "Iroquois"),
    ],
    note="former employer",
)
# 147
n(
    "en",
    "health_tip",
    "Bourbon Heritage Month reminder: alcohol and blood thinners don't mix. If you take warfarin or Eliquis, ask your "
    "pharmacist before you hit the Bourbon Trail.",
    "health tip",
)
# 148
p(
    "en",
    "patient_story",
    "Playing on the ping (the bamboo swing families build for Dashain), 10-year-old Anish Dhakal swung a little too "
    "high on Vijaya Dashami and broke his arm. His dad says the swing is still up behind their place off Manslick "
    "Road, and Anish wants back on it. Absolutely not, Anish.",
    [
        ("NAME", "Anish Dhakal"),
        ("NAME", "Anish", "*"),
        ("DATE", "Vijaya Dashami"),
        ("GEO", "Manslick Road"),
    ],
)
# 149
n(
    "en",
    "anonymous_story",
    "Dashain ping season: our ED sees a few arm fractures every fall from bamboo swings. Check the ropes, keep little "
    "ones seated, and have fun!",
    "season, anonymous",
)
# 150
p(
    "en",
    "pasted_record",
    "Please call me back!! My dad Tomás Ramírez Cano was admitted Friday night through the ER. My number is +1 (502) "
    "555-0177 or whatsapp +53 5 555 0142 (my mom in Havana). Email tomasito.rc@icloud.com",
    [
        ("NAME", "Tomás Ramírez Cano"),
        ("PHONE", "+1 (502) 555-0177"),
        ("PHONE", "+53 5 555 0142"),
        ("GEO", "Havana"),
        ("EMAIL", "tomasito.rc@icloud.com"),
    ],
    note="weekday not labelled; relative's foreign city",
)
# 151
n(
    "en",
    "crisis_update",
    "Phone lines at our main campus are down due to a storm. For emergencies call 911. For the Nurse Advice Line use "
    "(502) 555-0108; the Jeffersonville campus (812) 555-0109 is unaffected.",
    "hospital lines; national line",
)
# 152
p(
    "en",
    "patient_story",
    "Pastor Melvin Coleman's kidney journey is on his church's website: zionhillky.org/pastor-melvin. After 4 years on "
    "dialysis he received his transplant on Thanksgiving morning. His wife, First Lady Loretta Coleman, says 'God and "
    "Falls City, in that order.'",
    [
        ("NAME", "Melvin Coleman"),
        ("URL", "zionhillky.org/pastor-melvin"),
        ("DATE", "Thanksgiving"),
        ("NAME", "Loretta Coleman"),
    ],
    note="church titles excluded; 'Thanksgiving morning' -> 'Thanksgiving'",
)
# 153
n(
    "en",
    "event",
    "Pastors of the West End: join our Faith & Health breakfast on March 8 at 7:30 a.m. at Greater Zion Hill "
    "Missionary Baptist. Bishop Ronald Kemp will open in prayer.",
    "event; clergy not patients",
)
# 154
p(
    "en",
    "discharge",
    "Vet techs aren't the only ones who get kicked. Jacinto Xol, a groom at Redbud Hill Farm in Simpsonville, spent 5 "
    "days with us after a yearling broke his jaw on the 21st. He's home and drinking smoothies through a straw like "
    "a champ.",
    [
        ("NAME", "Jacinto Xol"),
        ("NAME", "Redbud Hill Farm"),
        ("GEO", "Simpsonville"),
        ("DATE", "21st"),
    ],
    note="employer farm; day of month",
)
# 155
n(
    "en",
    "sponsor",
    "Redbud Hill Farm donated a retired Thoroughbred named Doc's Promise to our equine therapy program. Our pediatric "
    "rehab patients have already renamed him 'Mister Sprinkles.'",
    "sponsor; horse names",
)
# 156
p(
    "en",
    "patient_story",
    "Fort Knox's oldest living tanker? Retired Master Sgt. Elbert 'Bud' Sizemore, 97, came in for a pacemaker check "
    "and stayed to tell our cardiology fellows about Patton. His granddaughter, Staff Sgt. Kelsey Sizemore, is "
    "stationed at Fort Knox now.",
    [
        ("GEO", "Fort Knox", "*"),
        ("NAME", "Elbert 'Bud' Sizemore"),
        ("AGE", "97"),
        ("NAME", "Kelsey Sizemore"),
    ],
    note="ranks excluded; Patton is a public figure",
)
# 157
n(
    "en",
    "research",
    "Our partnership with the Army at Fort Knox studies blast exposure in tank crews. 214 soldiers enrolled; early "
    "results on hearing loss will be shared at the AUSA meeting in October.",
    "research",
)
# 158
p(
    "en",
    "thank_you",
    "Herschel Dunn, 93, got his new hip on Valentine's Day. His wife of 70 years, Ida, sat by his bed with a "
    "heart-shaped box of Modjeskas. True love is a caramel marshmallow.",
    [("NAME", "Herschel Dunn"), ("AGE", "93"), ("DATE", "Valentine's Day"), ("NAME", "Ida")],
    note="Modjeska candy (eponym) not labelled",
)
# 159
n(
    "en",
    "public_figure",
    "Louisville fact: the Modjeska candy is named for Polish actress Helena Modjeska, who performed here in 1883. Our "
    "gift shop now sells them, sugar-free version included.",
    "public figure",
)
# 160
p(
    "en",
    "patient_story",
    "Faith was 3 weeks old when her mama noticed she was breathing fast. Now she's 1 and her heart is fixed. Faith's "
    "family lives in Germantown and says they'll never stop sending us Christmas cookies. Keep the faith, little Faith!",
    [("NAME", "Faith", "*"), ("GEO", "Germantown")],
    note="'keep the faith' (lower case) is the word",
)
# 161
n(
    "en",
    "anonymous_story",
    "Faith leaders from 30 West End and South End congregations met with our chaplains this week to talk about grief "
    "after gun violence. Healing takes all of us. #FallsCityHeals",
    "no patient",
)
# 162
p(
    "en",
    "pasted_record",
    "From a nursing student's public TikTok caption (since removed): 'first patient ever!! Mrs. J, 91, admitted 12/1 "
    "w/ CHF from Smoketown, her DOB is literally the same as my mamaw's, 3/8'",
    [("NAME", "J"), ("AGE", "91"), ("DATE", "12/1"), ("GEO", "Smoketown"), ("DATE", "3/8")],
    note="initial as NAME; DOB is the patient's",
)
# 163
n(
    "en",
    "staff_spotlight",
    "Shoutout to our 22 Spalding nursing students finishing clinicals this week. Reminder: what happens in clinicals "
    "stays off TikTok. 😉",
    "students",
)
# 164
p(
    "en",
    "pasted_record",
    "Internal note posted to our public page by mistake, since removed: 'Mr. Gary Lee Hollis came to the "
    "Jeffersonville ED on 9/28 and listed daughter Angela in Charlestown as contact, but 812-555-0151 is "
    "disconnected. Try angela.hollis.ctown@gmail.com.'",
    [
        ("NAME", "Gary Lee Hollis"),
        ("DATE", "9/28"),
        ("NAME", "Angela"),
        ("GEO", "Charlestown"),
        ("PHONE", "812-555-0151"),
        ("EMAIL", "angela.hollis.ctown@gmail.com"),
    ],
    note="hospital ED not GEO; daughter's town is GEO",
)
# 165
n(
    "en",
    "hospital_contact",
    "Looking for a loved one who may have been brought to one of our hospitals? Call the main operator at (502) "
    "555-0100; we can't share patient information on social media.",
    "hospital line",
)
# 166
p(
    "en",
    "patient_story",
    "Osmany came from Matanzas on a raft in 1994 and has worked the line at Ford Louisville Assembly Plant ever since. "
    "On Father's Day, his sons Osmany Jr. and Yasiel brought him to our ED with a stroke. Today he threw a baseball "
    "with them in the rehab gym.",
    [
        ("NAME", "Osmany", "*"),
        ("GEO", "Matanzas"),
        ("NAME", "Ford Louisville Assembly Plant"),
        ("DATE", "Father's Day"),
        ("NAME", "Yasiel"),
    ],
    note="'Jr.' excluded from the son's name span",
)
# 167
n(
    "en",
    "health_tip",
    "Stroke kills more Kentuckians than in most states. BE FAST: Balance, Eyes, Face, Arms, Speech, Time. Our "
    "Jeffersonville and main campuses are certified stroke centers.",
    "health tip",
)
# 168
p(
    "en",
    "patient_story",
    "Follow lil man's journey at linktr.ee/teamtitusky 💙 Titus Greer was born with half a heart on 2/29 (yes, a "
    "leap day baby) and just finished his Fontan at our children's heart center. #TeamTitus",
    [
        ("URL", "linktr.ee/teamtitusky"),
        ("NAME", "Titus Greer"),
        ("DATE", "2/29"),
        ("DATE", "leap day"),
        ("NAME", "#TeamTitus"),
    ],
    note="Fontan (eponym) not labelled; leap day = same day named twice",
)
# 169
n(
    "en",
    "eponymous_condition",
    "Fontan, Glenn, Norwood: the three surgeries many kids with single-ventricle hearts need are all named for "
    "surgeons. Our Fontan clinic follows 180 patients into adulthood.",
    "eponymous procedures",
)
# 170
p(
    "en",
    "milestone_birthday",
    "Zawadi's first birthday is 03.03, and she spent 102 days of her first year in our NICU. Mom Furaha says: 'She is "
    "our gift. That's what her name means.' Party at their place in Beechmont, NICU nurses invited!",
    [("NAME", "Zawadi"), ("DATE", "03.03"), ("NAME", "Furaha"), ("GEO", "Beechmont")],
    note="102 days is not an age",
)
# 171
n(
    "en",
    "statistic",
    "By the numbers this Derby week: 97 patients treated in the infield, 101 heat-related calls, 93 bags of IV fluid, "
    "and 1 runaway pony. Thanks, team.",
    "counts that look like ages",
)
# 172
p(
    "en",
    "pasted_record",
    "Capture d'écran partagée par erreur / screenshot shared by mistake: 'Patient: ILUNGA Kasongo Pascal — né le "
    "14/07/1979 — MRN 40733615 — épouse: Mbombo — tél 502-555-0133 — Lingala/Français'.",
    [
        ("NAME", "ILUNGA Kasongo Pascal"),
        ("DATE", "14/07/1979"),
        ("MRN", "40733615"),
        ("NAME", "Mbombo"),
        ("PHONE", "502-555-0133"),
    ],
    note="French labels; day-first date",
)
# 173
n(
    "en",
    "event",
    "Bienvenue! Our first French-language prenatal class for Congolese, Burundian and Rwandan moms starts April 2 at "
    "the South End clinic. Sage-femme Claudine Uwase will teach in French and Kinyarwanda.",
    "event; staff midwife",
)
# 174
p(
    "en",
    "thank_you",
    "My husband was in your cardiac ICU over Derby weekend and your nurse Tasha kept the race on for him. His name is "
    "Ronnie Carver, he's the one who cried when the 30-1 shot won. Thank you. — Brenda Carver, Sellersburg IN",
    [
        ("DATE", "Derby weekend"),
        ("NAME", "Ronnie Carver"),
        ("NAME", "Brenda Carver"),
        ("GEO", "Sellersburg"),
    ],
    note="named period shorter than a month tied to the stay (decision 2); staff nurse not labelled",
)
# 175
n(
    "en",
    "staff_spotlight",
    "Tasha Greenwell, RN, has worked every Derby weekend in our cardiac ICU for 16 years. Her secret: the race on "
    "mute, snacks for the families, and a betting pool for bragging rights only.",
    "staff; Derby weekend not tied to a patient",
)
# 176
n(
    "en",
    "public_figure",
    "Tip of the cap to Pee Wee Reese, born July 23, 1918, whose statue stands outside Louisville Slugger Field. Our "
    "sports medicine team will be at the Bats' Opening Day with free blood pressure checks.",
    "public figure; event",
)
# 177
p(
    "en",
    "pasted_record",
    "Posted in a public Bardstown community group by a patient's wife: 'Anyone else get a bill from Falls City with "
    "the wrong date? My husband Lyle Cecil was discharged 1/17 not 1/27. Account # 7700-552-108, MRN 40590314. "
    "Already called twice.'",
    [
        ("GEO", "Bardstown"),
        ("NAME", "Lyle Cecil"),
        ("DATE", "1/17"),
        ("DATE", "1/27"),
        ("ACCOUNT", "7700-552-108"),
        ("MRN", "40590314"),
    ],
    note="the wrong billed date is also a date on his record (decision 11)",
)
# 178
n(
    "en",
    "hospital_contact",
    "Questions about a bill? Billing and financial assistance: (502) 555-0104, Monday–Friday 8–5. Or visit the "
    "Business Office at 2200 South Fourth Street. Never post your account number on social media.",
    "hospital line and address",
)
# 179
p(
    "en",
    "patient_story",
    "Mang Sian's insulin pump (serial 11-4099-872) was left on a TARC bus on 6/2. If you find it, please call her "
    "sister Niang at 502-555-0116. Mang Sian is 13 and needs it back!",
    [
        ("NAME", "Mang Sian", "*"),
        ("DEVICE", "11-4099-872"),
        ("DATE", "6/2"),
        ("NAME", "Niang"),
        ("PHONE", "502-555-0116"),
    ],
    note="device serial; Chin names",
)
# 180
n(
    "en",
    "hospital_contact",
    "Lost and found at the main campus: 3 phones, 2 hearing aids, 1 insulin pump case (empty), and a Derby hat with "
    "real feathers. Claim them at Security, (502) 555-0100.",
    "no patient",
)
# 181
p(
    "en",
    "milestone_birthday",
    "Miss Clementine Rudd is ninety-nine and a half, so today on 4 Tower we threw her a half-birthday with chess pie "
    "and her church family from Mount Gilead. The full birthday is Derby Day.",
    [("NAME", "Clementine Rudd"), ("AGE", "ninety-nine"), ("DATE", "Derby Day")],
    note="birthday on Derby Day",
)
# 182
n(
    "en",
    "event",
    "Our annual Centenarian Tea for Jefferson County residents 100 and older is Sunday, June 8, in the main campus "
    "atrium. RSVP (502) 555-0106.",
    "population age; event date",
)
# 183
p(
    "en",
    "patient_story",
    "ok who else's Falls City MyChart is down?? my user is bbrown_shively and I can't see my mom's biopsy results from "
    "10/21. her name is Brenda Brown if anybody at the hospital reads this",
    [("OTHER_ID", "bbrown_shively"), ("DATE", "10/21"), ("NAME", "Brenda Brown")],
    note="portal user name of the relative",
)
# 184
n(
    "en",
    "crisis_update",
    "Our patient portal is down for planned maintenance Sunday 2–6 a.m. Lab results will post after. Need something "
    "urgent? Call (502) 555-0101.",
    "maintenance notice",
)
# 185
p(
    "en",
    "patient_story",
    "When his johnboat capsized below Brandenburg on 3/30, Travis Lee Bruner held on to a floating cooler for 40 "
    "minutes in 48-degree water. His boat, KY 9083 ZR, is still out there somewhere. Travis is home in Battletown; the "
    "cooler has a place of honor on the porch.",
    [
        ("GEO", "Brandenburg"),
        ("DATE", "3/30"),
        ("NAME", "Travis Lee Bruner"),
        ("NAME", "Travis", "*"),
        ("VEHICLE", "KY 9083 ZR"),
        ("GEO", "Battletown"),
    ],
    note="place of accident; boat registration",
)
# 186
n(
    "en",
    "health_tip",
    "Cold water kills faster than you think: the Ohio River stays under 50°F until late April. Wear a life jacket "
    "every trip, even if you're 'just checking trotlines.'",
    "health tip",
)
# 187
p(
    "en",
    "patient_story",
    "big mama said post it so i'm posting it: my baby brother dre (andre) got his cast off today after the 4th of "
    "july fireworks thing. we in shawnee and he already trying to light sparklers again. somebody talk to him 😭",
    [("NAME", "dre"), ("NAME", "andre"), ("DATE", "4th of july"), ("GEO", "shawnee")],
    note="lower case; kin word 'big mama' not a name",
)
# 188
n(
    "en",
    "health_tip",
    "Fireworks injuries spike around the 4th of July, Thunder and New Year's Eve. Leave it to the pros, and never let "
    "kids light sparklers unsupervised: sparklers burn at up to 2,000°F.",
    "holidays not tied to a patient",
)
# 189
p(
    "en",
    "memorial",
    "Mother Pearlie Mae Cosby, 104, founding member of the Nurses' Guild at Greater Zion Hill and the first Black ward "
    "clerk at Louisville General, went home to be with the Lord on the first Sunday of Advent, December 1. Services "
    "Saturday at 11.",
    [
        ("NAME", "Pearlie Mae Cosby"),
        ("AGE", "104"),
        ("NAME", "Louisville General"),
        ("DATE", "first Sunday of Advent"),
        ("DATE", "December 1"),
    ],
    note="former employer; date of death named twice",
)
# 190
n(
    "en",
    "public_figure",
    "This Black History Month we honor the nurses of Red Cross Hospital, the Black-led hospital that served Louisville "
    "families for most of the 20th century. Their photos hang in our West End clinic lobby.",
    "history; no patient",
)
# 191
p(
    "en",
    "patient_story",
    "PCS orders to Germany and a baby due on 14 Feb: SPC Danielle Ocampo-Fry handled both. Little Luca arrived right "
    "on time, and the family ships out this summer. Danielle asked us to share her email for other Fort Knox moms "
    "facing a PCS with a newborn: dani.ocampofry@gmail.com",
    [
        ("DATE", "14 Feb"),
        ("NAME", "Danielle Ocampo-Fry"),
        ("NAME", "Danielle", "*"),
        ("NAME", "Luca"),
        ("EMAIL", "dani.ocampofry@gmail.com"),
    ],
    note="season not a date; 'Fort Knox moms' is a group",
)
# 192
n(
    "en",
    "recruitment",
    "Military spouse preference: we hold 20 RN and tech positions for Fort Knox spouses every year, with licence "
    "transfer help. Info: (270) 555-0110.",
    "recruitment",
)
# 193
p(
    "en",
    "thank_you",
    "Please remove! My uncle posted his whole SSA letter in your comments: 'Khadga Bahadur Mongar, SSN 901-55-0137, "
    "benefit starts 2024-07-01.' He is 90 and doesn't understand Facebook. Thank you for helping him at the diabetes "
    "clinic.",
    [
        ("NAME", "Khadga Bahadur Mongar"),
        ("SSN", "901-55-0137"),
        ("DATE", "2024-07-01"),
        ("AGE", "90"),
    ],
)
# 194
n(
    "en",
    "anonymous_story",
    "An elder from our diabetes group asked us how to 'close the Facebook.' We made a one-page guide in Nepali, "
    "Burmese, Swahili and Spanish. Ask for it at any front desk.",
    "anonymous",
)
# 195
p(
    "en",
    "patient_story",
    "Gloire Mukendi-Lumbala, 15, collapsed at soccer practice at Iroquois Park on May 1 ('le premier mai,' his mom "
    "Odette corrected us) and an off-duty Falls City nurse on the next field started CPR. Gloire now has an ICD and a "
    "lot of new fans.",
    [
        ("NAME", "Gloire Mukendi-Lumbala"),
        ("NAME", "Gloire", "*"),
        ("GEO", "Iroquois Park"),
        ("DATE", "May 1"),
        ("DATE", "premier mai"),
        ("NAME", "Odette"),
    ],
    note="French date without article; place of collapse GEO; staff nurse not labelled",
)
# 196
n(
    "en",
    "staff_spotlight",
    "Off-duty ER nurse Kayla Brandenburg was watching her son's soccer game when a player collapsed on the next field. "
    "She started CPR within seconds. Kayla, you're why we do what we do.",
    "staff hero; the player is anonymous; Brandenburg is a surname here",
)
# 197
p(
    "en",
    "patient_story",
    "Big-rig driver Rodney Tharp's CDL (KY C4471-0093) was in his wallet when they brought him in after the I-65 "
    "pileup on Black Wednesday. He's home in Schnitzelburg and says the wallet came through better than his ribs.",
    [
        ("NAME", "Rodney Tharp"),
        ("LICENSE", "C4471-0093"),
        ("GEO", "I-65"),
        ("DATE", "Black Wednesday"),
        ("GEO", "Schnitzelburg"),
    ],
    note="driver licence; Black Wednesday (day before Thanksgiving) as DATE",
)
# 198
n(
    "en",
    "health_tip",
    "Black Wednesday is one of the busiest drinking nights of the year. Plan your ride home, Louisville.",
    "named day not tied to a patient",
)
# 199
p(
    "en",
    "thank_you",
    "The patient in room 4120 asked us to post this: 'To my church family at Mount Gilead: I'm doing fine, stop "
    "bringing fried chicken, the nurses are getting spoiled.'",
    [("OTHER_ID", "room 4120")],
    note="room number alone identifies; church name is not an identifier",
)
# 200
n(
    "en",
    "anonymous_story",
    "A patient on 4 Tower asked us to tell her church family she's fine and to please stop bringing fried chicken. "
    "The nurses have asked us to tell them to please keep bringing fried chicken.",
    "unit only, no identifier",
)
# 201
p(
    "en",
    "patient_story",
    "Dil means heart in Nepali, and Dil Maya Subedi has a strong one: at 90 she walked the Beargrass Creek trail "
    "every morning until she fell there on Jestha 3. She's back on her feet with our PT team on 8 North.",
    [("NAME", "Dil Maya Subedi"), ("AGE", "90"), ("GEO", "Beargrass Creek"), ("DATE", "Jestha 3")],
    note="glossed word 'Dil' not labelled (decision 6); Nepali-calendar date",
)
# 202
n(
    "en",
    "research",
    "Did you know? The Nepali calendar (Bikram Sambat) runs about 56 years and 8 months ahead of ours. Our scheduling "
    "system can now print appointment reminders in both calendars.",
    "no patient",
)
# 203
p(
    "en",
    "pasted_record",
    "Urgent: take the photo down! The ED tracking board is readable behind the Derby hat winners: 'ED12 WALLACE, "
    "D'ANDRE 19M GSW — ED14 PHAM, KIM 88F fall — ED15 FERRELL, ROSEBUD 94F AMS'.",
    [
        ("OTHER_ID", "ED12"),
        ("NAME", "WALLACE, D'ANDRE"),
        ("OTHER_ID", "ED14"),
        ("NAME", "PHAM, KIM"),
        ("OTHER_ID", "ED15"),
        ("NAME", "FERRELL, ROSEBUD"),
        ("AGE", "94F"),
    ],
    note="88F not labelled; 94F is the age token (decision 8); photo shows a board, not PHOTO",
)
# 204
n(
    "en",
    "event",
    "Congrats to the winners of our Derby Hat Contest: Pharmacy (best overall), 6 West (most roses), and Environmental "
    "Services (most likely to block a view). Photos in the comments!",
    "staff contest; photos of staff",
)
# 205
p(
    "en",
    "birth_announcement",
    "asante sana to the doctors, my wife furaha gave birth to our son on 25 december in the night. his name is noel "
    "because of the day. we live in the 40214 area and we are happy. - bienvenu",
    [
        ("NAME", "furaha"),
        ("DATE", "25 december"),
        ("NAME", "noel"),
        ("GEO", "40214"),
        ("NAME", "bienvenu"),
    ],
    note="lower case; father's name is a French word",
)
# 206
n(
    "en",
    "event",
    "Joyeux Noël, Feliz Navidad, Merry Christmas! To every baby born in our hospitals on December 25: you share a "
    "birthday with a lot of people, but you're the only you.",
    "no particular patient",
)
# 207
p(
    "en",
    "patient_story",
    'Abuelo Rigoberto "Rigo" Hechavarría taught half the Cuban kids in Beechmont to play dominoes at the community '
    "center. At 96 he beat our chief resident three games straight, from a hospital bed, with pneumonia.",
    [("NAME", 'Rigoberto "Rigo" Hechavarría'), ("GEO", "Beechmont"), ("AGE", "96")],
)
# 208
n(
    "en",
    "health_tip",
    "Horse people: most riding injuries happen on the ground, not in the saddle. Wear a helmet even for 'just a quick "
    "ride,' and never stand directly behind a horse you don't know.",
    "health tip",
)
# 209
p(
    "en",
    "patient_story",
    "Callie Sue Jeter was 16 when her dirt bike flipped on a gravel road outside E-town on Labor Day. Three surgeries "
    "later she's back at the barn, and she told us to tell her horse Whiskey she's 'coming for him.'",
    [("NAME", "Callie Sue Jeter"), ("GEO", "E-town"), ("DATE", "Labor Day")],
    note="E-town = Elizabethtown; horse name not labelled",
)
# 210
n(
    "en",
    "recruitment",
    "Bourbon country, we're hiring! Our Bardstown Road urgent care needs medical assistants and front-desk staff. "
    "Weekend shifts, tuition help, and a free Bourbon Trail passport on your first anniversary.",
    "recruitment; road of a hospital site",
)

# ---------------------------------------------------------------- Spanish

# 211
p(
    "es",
    "birth_announcement",
    "¡Bienvenido al mundo, Yadiel! Nació el 3 de mayo, Día del Derby, en nuestra maternidad. Sus papás, Yarisleidy y "
    "Dairon, de Okolona, ya le compraron su primer sombrero. #YadielDerbyBaby",
    [
        ("NAME", "Yadiel"),
        ("DATE", "3 de mayo"),
        ("DATE", "Día del Derby"),
        ("NAME", "Yarisleidy"),
        ("NAME", "Dairon"),
        ("GEO", "Okolona"),
        ("NAME", "#YadielDerbyBaby"),
    ],
    note="mismo día nombrado dos veces",
)
# 212
n(
    "es",
    "health_tip",
    "Temporada de botes en el río Ohio: el chaleco salvavidas salva vidas. La ley de Kentucky exige chaleco para "
    "menores de 12 años. ¡Cuídense!",
    "consejo de salud",
)
# 213
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a doña Candelaria Sosa, de 97 años, que llegó de Camagüey a los 80 para conocer a sus "
    "bisnietos. Falleció el Día de los Fieles Difuntos, 2 de noviembre, rodeada de su familia.",
    [
        ("NAME", "Candelaria Sosa"),
        ("AGE", "97"),
        ("GEO", "Camagüey"),
        ("DATE", "Día de los Fieles Difuntos"),
        ("DATE", "2 de noviembre"),
    ],
    note="doña excluida; 80 no se etiqueta",
)
# 214
n(
    "es",
    "event",
    "Feria de salud en español el sábado 10 de mayo en nuestra clínica del South End: presión arterial, glucosa, "
    "vacunas y café cubano. Informes: (502) 555-0107.",
    "fecha de evento del hospital",
)
# 215
p(
    "es",
    "pasted_record",
    "Por favor borren esto: 'Paciente: ACOSTA LEYVA, MARIELENA — HC 40877201 — FN 12/08/1955 — cama 6, 5 Norte — "
    "hija Yanet, cel. 502-555-0147'.",
    [
        ("NAME", "ACOSTA LEYVA, MARIELENA"),
        ("MRN", "40877201"),
        ("DATE", "12/08/1955"),
        ("OTHER_ID", "cama 6"),
        ("NAME", "Yanet"),
        ("PHONE", "502-555-0147"),
    ],
    note="HC = historia clínica (MRN); 5 Norte es una unidad",
)
# 216
n(
    "es",
    "staff_spotlight",
    "Conozca a la Dra. Yamila Cárdenas, cardióloga cubana que llegó a Louisville en 2016. Atiende en español los "
    "martes en el campus principal.",
    "médica del personal",
)
# 217
p(
    "es",
    "thank_you",
    "Gracias al equipo de quemados por cuidar a mi esposo Reinier después del accidente en la destilería Harlan Creek "
    "el 14 de febrero, Día de los Enamorados. Ya está en casa en Shively. — Marisleidy",
    [
        ("NAME", "Reinier"),
        ("NAME", "Harlan Creek"),
        ("DATE", "14 de febrero"),
        ("DATE", "Día de los Enamorados"),
        ("GEO", "Shively"),
        ("NAME", "Marisleidy"),
    ],
    note="empleador; mismo día dos veces",
)
# 218
n(
    "es",
    "statistic",
    "El 18% de nuestros pacientes del South End prefiere atención en español. Por eso contratamos 12 intérpretes más "
    "este año.",
    "estadística",
)
# 219
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100 a la señora Ofelia Baró! La centenaria más bailadora del 4 Tower celebró con flan, "
    "dominó y su nieta Dayana cantando «Guantanamera». En la foto: Ofelia y Dayana soplando las velas.",
    [
        ("AGE", "100"),
        ("NAME", "Ofelia Baró"),
        ("NAME", "Ofelia", "*"),
        ("AGE", "centenaria"),
        ("NAME", "Dayana", "*"),
        ("PHOTO", "En la foto"),
    ],
    note="foto de la paciente",
)
# 220
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos técnicos de farmacia y asistentes médicos bilingües para el turno de noche. Llame "
    "al (502) 555-0111 o visite fallscityregional.org/empleos.",
    "reclutamiento",
)
# 221
p(
    "es",
    "patient_story",
    "Yosvany trabaja de noche en Worldport cargando aviones. El 22 de enero se desmayó en la rampa por un bajón de "
    "azúcar. Hoy aprende a usar su monitor de glucosa (serie 3MH-09A41K) y promete no saltarse más la cena.",
    [("NAME", "Yosvany"), ("NAME", "Worldport"), ("DATE", "22 de enero"), ("DEVICE", "3MH-09A41K")],
    note="empleador; número de serie del monitor",
)
# 222
n(
    "es",
    "public_figure",
    "Hoy recordamos a Celia Cruz, nacida en La Habana el 21 de octubre de 1925. ¡Azúcar! Nuestra noche de salsa a "
    "beneficio de la clínica es el viernes.",
    "figura pública",
)
# 223
p(
    "es",
    "discharge",
    "¡De alta! Después de 40 días en la UCI, Lázaro Ibáñez regresa a su casa en Grade Lane. Su hija Yaquelín organizó "
    "una conga en el pasillo y Lázaro bailó con el andador. ¡Así se hace!",
    [
        ("NAME", "Lázaro Ibáñez"),
        ("NAME", "Lázaro", "*"),
        ("GEO", "Grade Lane"),
        ("NAME", "Yaquelín"),
    ],
)
# 224
n(
    "es",
    "eponymous_condition",
    "El mal de Parkinson, la enfermedad de Crohn y el síndrome de Down llevan nombres de médicos, no de pacientes. "
    "Charla gratuita sobre Parkinson el 12 de abril.",
    "epónimos",
)
# 225
p(
    "es",
    "pasted_record",
    "Mensaje pegado por error en los comentarios: 'Buenas, soy la hija de Pedro Luis Carmenate (HC 40155382). Mi "
    "correo es yaimy.carmenate@gmail.com, favor de mandarme los papeles del alta del 9/4.'",
    [
        ("NAME", "Pedro Luis Carmenate"),
        ("MRN", "40155382"),
        ("EMAIL", "yaimy.carmenate@gmail.com"),
        ("DATE", "9/4"),
    ],
)
# 226
n(
    "es",
    "anonymous_story",
    "Un abuelito cubano de unos 80 años nos dijo que el secreto de la salud es 'un cafecito y no pelear con la mujer'. "
    "Le creemos.",
    "anónimo, menor de 90",
)
# 227
p(
    "es",
    "patient_story",
    "El pequeño Elián nació el Día de Reyes, 6 de enero, con apenas 900 gramos. Hoy, con 8 meses, sale de nuestra UCIN "
    "rumbo a su casa en Jeffersonville. ¡Gracias a Dios y a las enfermeras!",
    [
        ("NAME", "Elián"),
        ("DATE", "Día de Reyes"),
        ("DATE", "6 de enero"),
        ("GEO", "Jeffersonville"),
    ],
    note="'El pequeño' excluido",
)
# 228
n(
    "es",
    "crisis_update",
    "Aviso: por la crecida del río Ohio, el estacionamiento del campus de Jeffersonville está cerrado. Use la entrada "
    "de Court Avenue. Emergencias: 911.",
    "aviso de crisis",
)
# 229
p(
    "es",
    "thank_you",
    "Mi hijo, el soldado Ernesto Villalón, está destacado en Fort Knox y lo operaron del apéndice el 15 de septiembre. "
    "Su esposa Yuliet y yo les damos las gracias. Pueden escribirme a mama.villalon@yahoo.com",
    [
        ("NAME", "Ernesto Villalón"),
        ("GEO", "Fort Knox"),
        ("DATE", "15 de septiembre"),
        ("NAME", "Yuliet"),
        ("EMAIL", "mama.villalon@yahoo.com"),
    ],
)
# 230
n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete? Llame al (502) 555-0107 o escriba a idiomas@fallscityregional.org. Nuestra clínica del "
    "South End está en 3100 Taylor Boulevard.",
    "contacto del hospital",
)
# 231
p(
    "es",
    "patient_story",
    "Una paciente de 93 años nos pidió la receta del caldo que le sirvieron ayer. Se la dimos con gusto. 🍲",
    [("AGE", "93")],
    note="paciente sin nombre mayor de 89",
)
# 232
n(
    "es",
    "campaign_hashtag",
    "#FallsCityFuerte #SaludParaTodos — ¡Gracias, Louisville, por 25 años de cuidar a nuestra comunidad latina!",
    "hashtags de campaña",
)
# 233
p(
    "es",
    "pasted_record",
    "Captura de pantalla (ya borrada): 'Beneficiario: Duniesky Rojas Peña — Medicaid KY 8812077364 — cita 3 de marzo — "
    "domicilio: 5210 Preston Hwy, apto 12'",
    [
        ("NAME", "Duniesky Rojas Peña"),
        ("HEALTH_PLAN", "8812077364"),
        ("DATE", "3 de marzo"),
        ("GEO", "5210 Preston Hwy, apto 12"),
    ],
)
# 234
n(
    "es",
    "research",
    "Estudio: entre 300 familias cubanas de Louisville, el 41% tenía hipertensión sin diagnosticar. Dirigido por el "
    "Dr. Ernesto Fuentes.",
    "investigación",
)
# 235
p(
    "es",
    "patient_story",
    "Yunieski estaba pescando en el río Ohio cerca de Cox's Park el domingo cuando se volcó su bote. El bote, registro "
    "KY 2210 HT, todavía no aparece. Él ya está en casa con su esposa Arletys y los niños. ¡Usen chaleco salvavidas!",
    [("NAME", "Yunieski"), ("GEO", "Cox's Park"), ("VEHICLE", "KY 2210 HT"), ("NAME", "Arletys")],
    note="lugar del accidente; registro del bote",
)
# 236
n(
    "es",
    "event",
    "El 24 de diciembre, Nochebuena, la cafetería del hospital servirá lechón, congrí y yuca con mojo para pacientes y "
    "familias. ¡Felices fiestas!",
    "fecha festiva sin paciente",
)
# 237
p(
    "es",
    "pasted_record",
    "Mi mamá, Teresa Almeida, está en la habitación 509 desde el 28 de diciembre y nadie contesta el teléfono de la "
    "unidad. Mi número es (502) 555-0184. ¡Por favor llámenme!",
    [
        ("NAME", "Teresa Almeida"),
        ("OTHER_ID", "habitación 509"),
        ("DATE", "28 de diciembre"),
        ("PHONE", "(502) 555-0184"),
    ],
)
# 238
n(
    "es",
    "anonymous_story",
    "Anoche nació un bebé en el estacionamiento de nuestro campus principal. La mamá y el bebé están bien y el papá "
    "todavía está temblando.",
    "anónimo; 'anoche' es relativo",
)
# 239
p(
    "es",
    "memorial",
    "Descansa en paz, Pucho. Para el barrio de Iroquois eras Pucho; para tu carnet, Juan Carlos Pujol Díaz. Te fuiste "
    "en Nochebuena, como tu abuelo. Tu hija Maylín te extraña.",
    [
        ("NAME", "Pucho", "*"),
        ("GEO", "Iroquois"),
        ("NAME", "Juan Carlos Pujol Díaz"),
        ("DATE", "Nochebuena"),
        ("NAME", "Maylín"),
    ],
)
# 240
n(
    "es",
    "sponsor",
    "Gracias a la Asociación de Empresarios Cubanos de Louisville por donar 200 asientos de auto para bebés. Los "
    "padres pueden recogerlos en la clínica del South End.",
    "patrocinador",
)

if __name__ == "__main__":
    S.main("phi_dev93_source")
