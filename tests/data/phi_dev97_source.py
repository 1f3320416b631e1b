"""Blind development set d97: social posts for Sourwood Regional Medical Center.

Written blind (without reading the scanner or any other labelled set), from the labelling
rules in build_phi_eval.py (docstring) and the open-question decisions in
build_phi_dev.py (docstring). Run:  cd /work/main && python3 -B tests/data/phi_dev97_source.py

ORGANISATION (phi_dev97_org.json; never PHI)
  Sourwood Regional Medical Center, a fictional system in East Tennessee: Knoxville main
  campus (1400 Sourwood Parkway, Sourwood Kids, burn unit, trauma), Chattanooga campus
  (2250 Riverbend Drive), Smokies clinic and SkyRidge air-medical base in Sevierville
  (118 Bluff Mountain Road), Oak Ridge occupational-health clinic (95 Tulane Avenue).
  Lines 865-555-0100..0110 and 423-555-0104/0105; domains sourwoodhealth.org,
  sourwoodfoundation.org, mysourwood.org; handles @SourwoodHealth, @SourwoodKids,
  @SourwoodChatt, @SourwoodSmokies, @SourwoodFdn.

FOCUS
  Knoxville, Chattanooga and the Smokies: Appalachian families (double first names
  Billie Jo / Bobby Ray / Ora Belle, nicknames Bubba, Sissy, Peanut, Tater, Junebug,
  Skeeter, Hoot; Mamaw/Papaw/Granny), Guatemalan Mayan families (K'iche' and Q'anjob'al
  names with glottal-stop apostrophes: No'j, B'alam, Ixkik', Kawoq, Xhuwan, Malin, Lolen,
  Antil; double Spanish surnames; home towns in Huehuetenango and Totonicapan), hikers
  and thru-hikers hurt in the Smokies (trail names as nicknames), snakebites in
  serpent-handling churches, moonshine methanol, TVA / Y-12 / K-25 / ORNL / Alcoa workers,
  Vols football (Neyland, the Third Saturday in October, Smokey the mascot), Dollywood,
  the 2016 wildfire and flood rescues.

HARD CASES (positives)
  names that are ordinary or regional words (Hunter, Chance, Faith, Cotton, Dale, Ridge,
  Ransom, Switchback, Dixie, Kodak-the-town), lower-case names and lower-case hashtags,
  names only in a hashtag, initials ("Mr. C"), quoted nicknames inside full names,
  ALL-CAPS chart names, a baby named after a public figure (Dolly, Peyton Manning Greer,
  Neyland), relatives as the only identifier, an employer as the only identifier, an age
  over 89 as the only identifier, a trail as the only identifier, ages in words and in
  chart shorthand, dates as regional holidays (Old Christmas, Decoration Day, Third
  Saturday in October, Quema del Diablo, Dia de Todos Santos, Viernes Santo), day-first
  Spanish dates, ISO and military dates, pasted boards, wristbands, labels, tickets and
  social-work notes, the hospital's own replies leaking PHI, family phones in many formats.

HARD NEGATIVES
  staff with the same nicknames as patients (Nurse Bubba, Sissy the unit clerk, Peanut
  the ED tech), staff birthdays on the same holidays, volunteers and donors over 90,
  donor families naming rooms, public figures (Dolly Parton, Davy Crockett, Alvin York,
  Sequoyah, Cordell Hull, Rigoberta Menchu), eponymous conditions (Graves', Chagas,
  Kawasaki, Tommy John, Lou Gehrig's, Bell's palsy, Baker's cyst), event dates that equal
  patient-looking dates (Nov. 28 wildfire vigil, Jan. 6 craft fair), statistics with ages
  over 90 and popular baby names, employers of a population ("former Y-12 workers"),
  region words (the Smokies, East Tennessee), the hospital's own lines, streets, ZIPs,
  domains and handles, campaign hashtags (#MountainTough, #MissOpalKnits, #MaltyoxSourwood).

LANGUAGE MIX
  210 English posts (Appalachian spelling: y'all, holler, mamaw, "shine"; some Spanish and
  K'iche' words inside English posts) and 30 Spanish posts (Guatemalan usage: Tata, dona,
  barriletes, fiambre, pepian; Q'anjob'al and K'iche' names).

COUNTS
  240 posts: 120 patient-specific / 120 not; English 105 / 105, Spanish 15 / 15.
  Spans: NAME 201, DATE 79, GEO 57, AGE 27, OTHER_ID 19, MRN 17, PHONE 16, EMAIL 13,
  HEALTH_PLAN 4, URL 3, PHOTO 3, ACCOUNT 2, LICENSE 2, VEHICLE 2, FAX 1, SSN 1,
  DEVICE 1, IP 1.

LABELLING DECISIONS (where the rules leave room)
  1. Employers (holdout decision: employers are NAME) are labelled only when they are the
     PATIENT's own employer: TVA, Y-12, K-25, ORNL, Alcoa-the-company, Dollywood, a diner
     the patient worked in. An employer alone makes a post patient-specific. A relative's
     employer, a generic workplace ("the poultry plant") and the employers of a
     population ("former Y-12 workers") are not labelled; the workplace's town is GEO.
  2. Double first names and quoted nicknames are one NAME span ("Bobby Ray Tipton",
     'Kyle "Tater" Odom'); a nickname alone is NAME. Kinship and regional titles are not
     part of the span: Mamaw, Papaw, Meemaw, Pawpaw, Granny, Mama, Aunt, Uncle, Brother /
     Sister (church titles), Miss, Nurse, Tata, dona, don. A kinship word used as address
     ("love u sis") is not labelled. Generational suffixes (Jr.) are outside the span.
  3. Mayan names keep their apostrophes inside the span (No'j, B'alam, Ixkik').
  4. GEO: named roads, trails, peaks, springs, waterfalls, hollers and towns where the
     patient lives, works or was hurt/found are GEO (as the road of a crash). Regions that
     cross counties or states are not: "the Smokies", the national park, the Appalachian
     Trail as a whole, "East Tennessee". Buildings and venues (Neyland Stadium, Dollywood,
     churches, plants, schools) are not GEO. Guatemalan departments (Huehuetenango,
     Totonicapan as department) are like states: not GEO; municipalities and villages are.
     The location of a public mass-casualty event in a crisis update is not GEO (group).
  5. Churches, cemeteries and schools are not identifiers; a church's town is GEO when it
     locates the patient.
  6. Dates: the article is excluded ("the 14th" -> "14th", "the 3rd of March" -> "3rd of
     March", "el dia 5" -> "dia 5"). Named days are DATE when the patient's event fell on
     them, including regional ones (Old Christmas, Decoration Day, Third Saturday in
     October, Quema del Diablo, Dia de los Difuntos, Viernes Santo, Groundhog Day); both
     expressions are labelled when the same day is named twice. Seasons and multi-day
     periods (deer season, "opening day" of a season, this spring, Semana Santa) are not.
     A public figure's birthday used as a comparison ("sharing a birthday with Dolly
     Parton") is not labelled. Appointment and specimen dates of a patient are DATE.
     A holiday used only as a greeting ("Happy Mother's Day, Shipley family!", "Feliz Ano
     Nuevo!") is not the patient's date expression and is not labelled (declared ok when
     the same string is also the patient's date).
  7. Ages: word forms are spanned as written ("Ninety-seven", "noventa y uno", "one
     hundred"); chart shorthand with a sex letter or unit glued on is labelled as the whole
     token ("101F"); "nonagenarian(s)" / "centenaria" are AGE. Decade phrases ("in his
     90s") are the Safe Harbor aggregate and are not labelled; durations ("97 days") are
     never ages.
  8. Room, bed and bay numbers tied to a patient include the keyword ("Rm 4102",
     "Bed 2N-14", "Bay 6", "cama 7"); ED bays count as beds. Employee badge numbers,
     encounter (FIN) numbers, IT ticket numbers about a patient, portal user names and
     family handles (incl. Venmo) are OTHER_ID.
  9. A patient's public name twin: the public figure's occurrence is declared
     unlabelled_ok ("Dolly", "Peyton").
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev97.jsonl"), os.path.join(HERE, "phi_dev97_org.json"), "d97")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Huge thanks to the rescuers who carried Dakota Wilhite, 19, off the Alum Cave Trail after she slipped on ice on Jan. 14. Four nights on 5 West and she went home to Maryville today. Dakota says she'll be back on that trail by summer (with microspikes). #SourwoodSmokies",
    [
        ("NAME", "Dakota Wilhite"),
        ("NAME", "Dakota", "*"),
        ("GEO", "Alum Cave Trail"),
        ("DATE", "Jan. 14"),
        ("GEO", "Maryville"),
    ],
    note="hiker: name, trail where she fell (GEO), injury date, home town; 19 is not an age over 89; 5 West is a unit",
)
# 2
n(
    "en",
    "anonymous_story",
    "A hiker in her 50s was flown to our Knoxville trauma center Saturday after a fall in the Smokies. She is stable and in good spirits. Please hike with a buddy, carry a headlamp, and leave your route with someone at home.",
    "anonymous; 'the Smokies' is a two-state range, not geography tied to her (decision 4); Saturday is a weekday",
)
# 3
p(
    "en",
    "patient_story",
    "A man in his 60s was carried down from the Rainbow Falls Trail last night with a shattered ankle and is in surgery now. Thank you, rescue volunteers. Please don't hike those wet rocks in flip-flops.",
    [("GEO", "Rainbow Falls Trail")],
    note="nameless, but the trail where he was hurt is geography tied to him (like a crash road) -> patient-specific",
)
# 4
p(
    "en",
    "pasted_record",
    "TRAUMA ACTIVATION 21:15 - HOLLOWAY, JEREMIAH T  M 34Y  hiker, fall ~30 ft at Ramsey Cascades, GCS 13, SkyRidge 2 ETA 12 min  MRN 30418877  **do not forward**",
    [("NAME", "HOLLOWAY, JEREMIAH T"), ("GEO", "Ramsey Cascades"), ("MRN", "30418877")],
    note="pasted activation page: all-caps name, place of the fall, MRN; SkyRidge 2 is an air unit",
)
# 5
p(
    "en",
    "thank_you",
    "My brother Caleb Oakes was the one they found off the Boulevard Trail on 10/9. We can't thank the 4 North nurses enough. If anybody wants to send him a card just text me at 865-555-0147 and I'll get you the address",
    [
        ("NAME", "Caleb Oakes"),
        ("GEO", "Boulevard Trail"),
        ("DATE", "10/9"),
        ("PHONE", "865-555-0147"),
    ],
    note="sibling's comment: patient name, trail, rescue date, family phone",
)
# 6
n(
    "en",
    "health_tip",
    "Heading up to Le Conte Lodge this fall? It can be 20 degrees colder on top than in Gatlinburg. Pack layers, a headlamp and a paper map; cell service disappears above the Alum Cave bluffs. #HikeSmart",
    "hiking advice; places are not tied to any patient",
)
# 7
p(
    "en",
    "patient_story",
    "Seven years after the Chimney Tops 2 fire, Wanda and Earl Pickens came back to see the burn nurses who cared for Earl after firefighters pulled him out of their cabin on Ski Mountain Road on Nov. 28, 2016. Earl brought a jar of sourwood honey for every nurse who is still here.",
    [
        ("NAME", "Wanda"),
        ("NAME", "Earl Pickens"),
        ("NAME", "Earl", "*"),
        ("GEO", "Ski Mountain Road"),
        ("DATE", "Nov. 28, 2016"),
    ],
    note="the public fire date is also the patient's injury date -> DATE; wife is a relative",
)
# 8
n(
    "en",
    "event",
    "Join us Nov. 28 at 6 pm in the Sevierville clinic garden for a candlelight vigil remembering the 14 people who died in the 2016 Gatlinburg wildfires and honoring the firefighters who saved our mountain. #MountainTough",
    "event date and a public disaster; no patient",
)
# 9
p(
    "en",
    "patient_story",
    "When the water came up on Crooked Creek Road on Sept. 27, swift-water rescuers pulled Kaylee Shults (6) and her mamaw off the roof of their trailer. Kaylee went home with her mama today. Mamaw Nell is still with us and would love cards: room 3114, Sourwood Regional, 1400 Sourwood Parkway, Knoxville, TN 37923.",
    [
        ("GEO", "Crooked Creek Road"),
        ("DATE", "Sept. 27"),
        ("NAME", "Kaylee Shults"),
        ("NAME", "Kaylee", "*"),
        ("NAME", "Nell"),
        ("OTHER_ID", "room 3114"),
    ],
    note="flood rescue: home road, date, child and grandmother (both patients); Mamaw is a title; the hospital's address is not GEO",
)
# 10
p(
    "en",
    "patient_story",
    'Pastor Darrell Cope asked us to pass along that Sister Loretta of LaFollette is home and "praising the Lord" after the timber rattler bite she took during a service on Aug. 3. Our toxicology team says it plainly: antivenom saves hands and lives. Poison Control: 1-800-222-1222.',
    [("NAME", "Loretta"), ("GEO", "LaFollette"), ("DATE", "Aug. 3")],
    note="the pastor is not a relative (not labelled); 'Sister' is a church title; Poison Control is a national line",
)
# 11
n(
    "en",
    "statistic",
    "Snakebite season by the numbers: last year our three campuses treated 41 copperhead and 6 timber rattlesnake bites between May and September; 80% were on hands or feet. Wear boots, use a flashlight after dark, and never pick up a snake, in church or out.",
    "aggregate statistic; months are not tied to a patient",
)
# 12
p(
    "en",
    "pasted_record",
    "ED note (DO NOT POST): 52M Roy Lee Ogle, brought in by wife Darlene from Wears Valley, drank homemade shine 'off a new feller', blurred vision, osm gap 38. Fomepizole started 02:10 on 12/26. Acct 7712-04458.",
    [
        ("NAME", "Roy Lee Ogle"),
        ("NAME", "Darlene"),
        ("GEO", "Wears Valley"),
        ("DATE", "12/26"),
        ("ACCOUNT", "7712-04458"),
    ],
    note="moonshine methanol note: double first name, wife, community, treatment date, account number",
)
# 13
n(
    "en",
    "health_tip",
    "Holiday PSA: bootleg liquor can contain methanol. Blurry or 'snowfield' vision, belly pain or confusion after drinking means the ER, now. The legal distilleries on the Parkway in Pigeon Forge are inspected; a mason jar from a stranger is not.",
    "health tip; places are generic",
)
# 14
p(
    "en",
    "thank_you",
    "Happy retirement to our patient and friend Cletus Brackett, who spent 38 years climbing poles as a TVA lineman and three weeks on our cardiac unit this spring. Cletus, go catch some crappie!",
    [("NAME", "Cletus Brackett"), ("NAME", "Cletus", "*"), ("NAME", "TVA")],
    note="TVA is the patient's employer -> NAME (decision 1); 'this spring' is a season",
)
# 15
n(
    "en",
    "sponsor",
    "Shout-out to the Y-12 retiree who dropped off 200 hand-whittled walking sticks for our rehab gym. He says he is 91 and 'not slowing down till the Good Lord says so.' Thank you, sir!",
    "a donor, not a patient: his employer and his age over 89 are not labelled",
)
# 16
p(
    "en",
    "milestone_birthday",
    "A K-25 and Y-12 man for 41 years, our patient on 6 West celebrated his birthday with the night shift: he's ninety-two and still does the crossword in ink.",
    [("NAME", "K-25"), ("NAME", "Y-12"), ("AGE", "ninety-two")],
    note="unnamed patient identified by his employers (NAME) and his age in words over 89",
)
# 17
p(
    "en",
    "pasted_record",
    "Posted to the wrong page, deleting: DOL EEOICP letter - patient Harlan Bunch, DOB 04/02/1939, machinist at Y-12 1958-1991, dx chronic beryllium disease, SSN 900-41-2277. Fax signed copy to his daughter at 865-555-0182.",
    [
        ("NAME", "Harlan Bunch"),
        ("DATE", "04/02/1939"),
        ("NAME", "Y-12"),
        ("SSN", "900-41-2277"),
        ("FAX", "865-555-0182"),
    ],
    note="compensation letter: DOB, employer, SSN, daughter's fax; bare years of employment not labelled",
)
# 18
p(
    "en",
    "patient_story",
    "Rocky Top! Bobby Ray Tipton (yes, THE Bobby Ray who hasn't missed a home game since 1971) got his new knee on Aug. 30 and was back in Neyland for the Florida game three weeks later. #VFL #BobbyRayStrong",
    [
        ("NAME", "Bobby Ray Tipton"),
        ("NAME", "Bobby Ray", "*"),
        ("DATE", "Aug. 30"),
        ("NAME", "#BobbyRayStrong"),
    ],
    note="double first name, name hashtag, surgery date; bare year, stadium and 'the Florida game' not labelled",
)
# 19
n(
    "en",
    "event",
    "Checker Neyland with us! The Vols Game Day blood drive is Saturday, Oct. 18, 9 am-3 pm in the main lobby at 1400 Sourwood Parkway. Every donor gets an orange T-shirt. #GoVols #SourwoodGivesBack",
    "event date and the hospital's address",
)
# 20
p(
    "en",
    "birth_announcement",
    "Born in the fourth quarter of the Alabama game, on the Third Saturday in October no less: welcome to the world, Neyland Rae Hensley, 7 lb 2 oz! Daddy Travis says the name was never in doubt.",
    [("DATE", "Third Saturday in October"), ("NAME", "Neyland Rae Hensley"), ("NAME", "Travis")],
    note="the rivalry's name for the day is her birth date (named day, decision 6); a stadium name used as a baby's name",
)
# 21
n(
    "en",
    "public_figure",
    "Look who came to 4 East! Smokey, the Vols' bluetick coonhound, made the rounds with the cheerleaders and pawed a few casts. Thank you, UT Athletics! #GoVols",
    "Smokey is the mascot dog; no patient named",
)
# 22
p(
    "en",
    "birth_announcement",
    "Welcome Peyton Manning Greer! Yes, his daddy is a Vols fan. Peyton arrived on 9/14 at our Chattanooga campus weighing 8 lb 11 oz, and we hear Peyton Manning himself got a copy of the birth announcement.",
    [("NAME", "Peyton Manning Greer"), ("NAME", "Peyton", 2), ("DATE", "9/14")],
    note="baby named after a public figure; the public figure's own mention is not labelled (declared ok)",
    ok=("Peyton",),
)
# 23
p(
    "en",
    "milestone_birthday",
    "Dollywood's own Faye Ownby (42 seasons running the candy kitchen!) turned 90 on our 3 West unit this week, and the whole floor sang 'Coat of Many Colors' for her.",
    [("NAME", "Dollywood"), ("NAME", "Faye Ownby"), ("AGE", "90")],
    note="Dollywood is her employer -> NAME; age 90",
)
# 24
n(
    "en",
    "event",
    "Sourwood Kids Day at Dollywood is Saturday, June 14! Current and former patients and their families ride free with the wristband from your child-life specialist. Questions: 865-555-0102.",
    "event date and venue; hospital line",
)
# 25
p(
    "en",
    "birth_announcement",
    "Dolly Mae Rathbone made her entrance January 19, sharing a birthday with her namesake, Dolly Parton. Mama Crystal had 'Jolene' playing in the delivery room. Welcome to the world, Dolly!",
    [
        ("NAME", "Dolly Mae Rathbone"),
        ("DATE", "January 19"),
        ("NAME", "Crystal"),
        ("NAME", "Dolly", 3),
    ],
    note="the public figure's name and birthday comparison are not labelled (decision 6, 9); 'Jolene' is a song",
    ok=("Dolly",),
)
# 26
p(
    "en",
    "patient_story",
    "praying for sissy in room 218 she is the toughest 15 yr old i know. love u sis \U0001f49b #sissystrong",
    [("NAME", "sissy"), ("OTHER_ID", "room 218"), ("NAME", "#sissystrong")],
    note="lower-case nickname and hashtag; 'sis' is a kinship word (decision 2)",
)
# 27
p(
    "en",
    "discharge",
    'Our NICU graduate "Peanut" (Amos Lee Caldwell, if you ask the state of Tennessee) went home to Tellico Plains today weighing 5 lb even. Born at 26 weeks on March 2, Peanut spent 97 days with us. Go get \'em, buddy!',
    [
        ("NAME", "Peanut", "*"),
        ("NAME", "Amos Lee Caldwell"),
        ("GEO", "Tellico Plains"),
        ("DATE", "March 2"),
    ],
    note="quoted nickname (span without quotes); 97 days is a duration, not an age; Tennessee is a state",
)
# 28
p(
    "en",
    "discharge",
    "Y'all. Bubba is HOME. Two skin grafts and 19 days on the burn unit after that brush-pile fire, and our Bubba (Wesley Tate Jr. to his teachers) is back in Sneedville eating his mamaw's biscuits. #BubbaTough",
    [
        ("NAME", "Bubba", "*"),
        ("NAME", "Wesley Tate"),
        ("GEO", "Sneedville"),
        ("NAME", "#BubbaTough"),
    ],
    note="nickname; 'Jr.' is outside the span (decision 2)",
)
# 29
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Granny Opal Greer of Cosby! She was born on Old Christmas, January 6, in a log house with no electric, and she says the secret is cornbread, buttermilk and minding her own business.",
    [
        ("AGE", "100th"),
        ("NAME", "Opal Greer"),
        ("GEO", "Cosby"),
        ("DATE", "Old Christmas"),
        ("DATE", "January 6"),
    ],
    note="Old Christmas (Jan 6 in Appalachia) names her birth day: both expressions labelled; Granny is a title",
)
# 30
p(
    "en",
    "patient_story",
    "Billie Jo Maples, 94, broke her hip hanging Christmas lights and has already crocheted eleven baby hats from her bed on 2 North. Billie Jo, you are a treasure.",
    [("NAME", "Billie Jo Maples"), ("NAME", "Billie Jo", "*"), ("AGE", "94")],
    note="double first name; 'Christmas lights' is not a date",
)
# 31
p(
    "en",
    "milestone_birthday",
    "Our sweet Junebug (Juniper Ayers to her teachers someday) turns one today! Born at 24 weeks on Oct. 5, she spent 113 days in our NICU. Happy birthday, Junebug!",
    [("NAME", "Junebug", "*"), ("NAME", "Juniper Ayers"), ("DATE", "Oct. 5")],
    note="nickname with a month inside it; birth date",
)
# 32
p(
    "en",
    "memorial",
    "Thank you to the ICU nurses who cared for my daddy, Verlin Huskey, 91. He passed on Decoration Day, which suited him, he never once missed cleaning off the family graves. We will see you on the other side, Daddy.",
    [("NAME", "Verlin Huskey"), ("AGE", "91"), ("DATE", "Decoration Day")],
    note="Decoration Day (grave-decorating Sunday) is his day of death -> DATE (decision 6)",
)
# 33
n(
    "en",
    "event",
    "Decoration Day is this Sunday. Our chaplains will have paper flowers in the Knoxville chapel for anyone who wants to decorate the memorial wall for the organ and tissue donors of East Tennessee.",
    "a holiday that is not a patient's event; donors as a group",
)
# 34
p(
    "en",
    "patient_story",
    "hunter got his cast off today!!! 6 weeks since he fell out of the deer stand on opening day. thank u dr patel and the ortho clinic \U0001f98c\U0001f98c",
    [("NAME", "hunter")],
    note="lower-case name that is also a word; 'opening day' of deer season is a season expression (decision 6); Dr Patel is staff",
)
# 35
p(
    "en",
    "patient_story",
    "Chance Rayburn, 17, of Lenoir City took his first steps today since the ATV wreck on Dry Valley Road on 6-14. His mama Destiny has been here every single day. Keep going, Chance!",
    [
        ("NAME", "Chance Rayburn"),
        ("NAME", "Chance", "*"),
        ("GEO", "Lenoir City"),
        ("GEO", "Dry Valley Road"),
        ("DATE", "6-14"),
        ("NAME", "Destiny"),
    ],
    note="word-names (Chance, Destiny); crash road and home town",
)
# 36
p(
    "en",
    "patient_story",
    "Faith Honeycutt, 8, rang the bell on 4 East today after her last round of chemo. Her church family at Piney Grove Baptist kept the faith every Wednesday night. #FaithFightsBack",
    [("NAME", "Faith Honeycutt"), ("NAME", "#FaithFightsBack")],
    note="church name is not an identifier (decision 5); lower-case 'faith' is a word",
)
# 37
p(
    "en",
    "patient_story",
    "Kawoq Tzoc, 3, was born with a hole in his heart in Momostenango and had surgery at our Chattanooga campus on Feb. 20. His mom Ixchel taught the whole cardiac team to say 'maltyox,' thank you in K'iche'.",
    [("NAME", "Kawoq Tzoc"), ("GEO", "Momostenango"), ("DATE", "Feb. 20"), ("NAME", "Ixchel")],
    note="K'iche' names; Guatemalan birth town is GEO; the hospital campus is not",
)
# 38
p(
    "en",
    "pasted_record",
    "4N BOARD 07:00 (pls delete!!) | Rm 4102 TIPTON, LEON 72M s/p R TKA POD1 MRN 40017723 | Rm 4104 ESTEP, ALMA 101F CHF MRN 40017741 | Rm 4106 SHULTS, GARLAND 88M PNA MRN 40017768 | charge RN: Bubba x4410",
    [
        ("OTHER_ID", "Rm 4102"),
        ("NAME", "TIPTON, LEON"),
        ("MRN", "40017723"),
        ("OTHER_ID", "Rm 4104"),
        ("NAME", "ESTEP, ALMA"),
        ("AGE", "101F"),
        ("MRN", "40017741"),
        ("OTHER_ID", "Rm 4106"),
        ("NAME", "SHULTS, GARLAND"),
        ("MRN", "40017768"),
    ],
    note="pasted unit board; '101F' is an age over 89 in chart shorthand (decision 7); 72M, 88M not labelled; charge nurse 'Bubba' is staff",
)
# 39
p(
    "en",
    "memorial",
    "Rest easy, Papaw Dewey. Dewey Lawson, 96, of Townsend passed peacefully here on 2/11 with nine grandbabies around him. He drove a log truck for 40 years and never missed a Vols game on the radio.",
    [
        ("NAME", "Dewey Lawson"),
        ("NAME", "Dewey", "*"),
        ("AGE", "96"),
        ("GEO", "Townsend"),
        ("DATE", "2/11"),
    ],
    note="Papaw is a title; date of death, age, home town",
)
# 40
p(
    "en",
    "patient_story",
    "@SourwoodHealth my mamaw was on your 3 South floor in March and somebody lost her hearing aids. Her name is Ora Belle Cantrell. Please email me at obcantrell.grandkid@yahoo.com, nobody answers the phone",
    [("DATE", "March"), ("NAME", "Ora Belle Cantrell"), ("EMAIL", "obcantrell.grandkid@yahoo.com")],
    note="a month alone tied to the stay is a date element; grandchild's email; the hospital handle is not labelled",
)
# 41
p(
    "en",
    "patient_story",
    '11-year-old Kyle "Tater" Odom took a line drive to the chest at his ballgame in Alcoa on May 18, and his coach had the AED on him in under a minute. Tater is home, and he wants everybody to learn CPR.',
    [("NAME", 'Kyle "Tater" Odom'), ("NAME", "Tater", "*"), ("DATE", "May 18"), ("GEO", "Alcoa")],
    note="quoted nickname inside the full name (one span); Alcoa is the town where he was hurt (GEO); the coach is not a relative",
)
# 42
p(
    "en",
    "patient_story",
    "Retired from Alcoa after 35 years in the pot room, Hoyt Sexton says his heart cath was 'a sight easier than the pot room in August.' Welcome home, Hoyt!",
    [("NAME", "Alcoa"), ("NAME", "Hoyt Sexton"), ("NAME", "Hoyt", "*")],
    note="here Alcoa is the company he worked for -> NAME (employer); 'August' is not his date",
)
# 43
p(
    "en",
    "patient_story",
    "Please share: Jessie Lynn Cable lost her home in the Cosby flood and now she's on our burn unit after the propane tank blew. gofundme.com/f/jessie-lynn-cable-recovery or Venmo her sister @Tabby-Cable-22. Every dollar helps.",
    [
        ("NAME", "Jessie Lynn Cable"),
        ("GEO", "Cosby"),
        ("URL", "gofundme.com/f/jessie-lynn-cable-recovery"),
        ("OTHER_ID", "@Tabby-Cable-22"),
    ],
    note="fundraiser URL; the sister's Venmo handle is a family handle (OTHER_ID)",
)
# 44
p(
    "en",
    "patient_story",
    "Has anybody seen my uncle Junior Hatmaker? He walked out of the ER waiting room around 2am in a camo jacket and he's not in his right mind. He's from up on Signal Mountain. Call or text me 423-555-0138 please!!",
    [("NAME", "Junior Hatmaker"), ("GEO", "Signal Mountain"), ("PHONE", "423-555-0138")],
    note="'Junior' used as a first name; relative's phone; home community",
)
# 45
p(
    "en",
    "milestone_birthday",
    "Nurse Bubba (that's Kyle Bivens, our 4 North charge nurse) led the whole floor in 'Rocky Top' for Ms. Clemmie Lovelace on her 103rd birthday. She says she's been a Vols fan longer than Neyland's been standing.",
    [("NAME", "Clemmie Lovelace"), ("AGE", "103rd")],
    note="the staff nickname and name are not labelled; patient's age over 89",
)
# 46
p(
    "en",
    "patient_story",
    "Ninety-seven and still canning: Ethel Rhea Whaley of Del Rio put up 40 quarts of green beans the week before her gallbladder surgery on July 22. Her surgeon got a jar.",
    [
        ("AGE", "Ninety-seven"),
        ("NAME", "Ethel Rhea Whaley"),
        ("GEO", "Del Rio"),
        ("DATE", "July 22"),
    ],
    note="age in words; Del Rio is a Tennessee community, not Texas",
)
# 47
p(
    "en",
    "birth_announcement",
    "Double firecrackers! Twins Shyanne and Shylah Ledford were born on the Fourth of July at 11:58 pm and 12:03 am, so technically on the 4th and the 5th. Mom Amber and Dad Cody are over the moon.",
    [
        ("NAME", "Shyanne"),
        ("NAME", "Shylah Ledford"),
        ("DATE", "Fourth of July"),
        ("DATE", "4th"),
        ("DATE", "5th"),
        ("NAME", "Amber"),
        ("NAME", "Cody"),
    ],
    note="holiday and bare days of the month are the birth dates; times are not labelled",
)
# 48
p(
    "en",
    "pasted_record",
    "oops wrong window \U0001f62c TennCare ID 6620418837 for PASCUAL DOMINGO, YESENIA, DOB 8/30/2024, prior auth for NICU follow-up at the Chattanooga campus",
    [("HEALTH_PLAN", "6620418837"), ("NAME", "PASCUAL DOMINGO, YESENIA"), ("DATE", "8/30/2024")],
    note="Medicaid (TennCare) member id; double Q'anjob'al surname",
)
# 49
p(
    "en",
    "pasted_record",
    "Device clinic reminder (sent to the wrong account, sorry): LOVELL, ARVIL W - pacemaker SN PZR447190H - remote interrogation due 11/14 - pt cell 865-555-0171.",
    [
        ("NAME", "LOVELL, ARVIL W"),
        ("DEVICE", "PZR447190H"),
        ("DATE", "11/14"),
        ("PHONE", "865-555-0171"),
    ],
    note="device serial, appointment date (decision 6), patient phone",
)
# 50
p(
    "en",
    "patient_story",
    "To whoever keeps putting notes on the green Silverado, TN tag 4GH-K219, in the ED lot: it belongs to Marlon Dockery, whose wife is upstairs after her stroke. He's not leaving her. Please don't tow him.",
    [("VEHICLE", "4GH-K219"), ("NAME", "Marlon Dockery")],
    note="the patient's husband: relative's plate and name; the ED lot is not GEO",
)
# 51
p(
    "en",
    "pasted_record",
    "IT ticket #44812 (wrong channel!): portal user wandafaye_h locked out, pt Wanda Faye Hurst, MRN 55120931, failed logins from 98.76.143.22, reset link sent.",
    [
        ("OTHER_ID", "44812"),
        ("OTHER_ID", "wandafaye_h"),
        ("NAME", "Wanda Faye Hurst"),
        ("MRN", "55120931"),
        ("IP", "98.76.143.22"),
    ],
    note="ticket number about a patient and portal user name are OTHER_ID (decision 8); IP address",
)
# 52
p(
    "en",
    "thank_you",
    "Cards for Mr. Ottis Rudd can go through our e-card page at sourwoodhealth.org/cards, or email his granddaughter Kayla at kaylarudd.rn@gmail.com. He's been asking for mail from anybody who remembers his bluegrass band.",
    [("NAME", "Ottis Rudd"), ("NAME", "Kayla"), ("EMAIL", "kaylarudd.rn@gmail.com")],
    note="hospital URL not labelled; granddaughter's name and email",
)
# 53
p(
    "en",
    "patient_story",
    "Xhuwan Pascual Domingo, a roofer from Santa Eulalia who now lives in Dalton, fell two stories on a job in Cleveland on 3/9. His wife Malin asks for prayers and says he is getting stronger poco a poco.",
    [
        ("NAME", "Xhuwan Pascual Domingo"),
        ("GEO", "Santa Eulalia"),
        ("GEO", "Dalton"),
        ("GEO", "Cleveland"),
        ("DATE", "3/9"),
        ("NAME", "Malin"),
    ],
    note="Q'anjob'al names; home town abroad, town of residence, town where he was hurt (Cleveland, TN)",
)
# 54
p(
    "en",
    "birth_announcement",
    "Baby No'j Tzul arrived on Nov. 1, D\u00eda de Todos Santos, and his grandfather says back in Todos Santos Cuchumat\u00e1n the whole village will fly kites in his honor.",
    [
        ("NAME", "No'j Tzul"),
        ("DATE", "Nov. 1"),
        ("DATE", "D\u00eda de Todos Santos"),
        ("GEO", "Todos Santos Cuchumat\u00e1n"),
    ],
    note="Mayan day-name with apostrophe; same day named twice; grandfather's village",
)
# 55
p(
    "en",
    "memorial",
    'We lost a legend. Melvin "Hoot" Gibson, who flipped pancakes at the Hoot Owl Diner in Maynardville for 50 years, died in our ICU on Jan. 30. Hoot, the coffee won\'t taste the same.',
    [
        ("NAME", 'Melvin "Hoot" Gibson'),
        ("NAME", "Hoot Owl Diner"),
        ("GEO", "Maynardville"),
        ("DATE", "Jan. 30"),
        ("NAME", "Hoot", "*"),
    ],
    note="the diner is his employer -> NAME, its town GEO (decision 1); date of death",
)
# 56
p(
    "en",
    "patient_story",
    "Hi this is Tammy Ledbetter, daughter of Arlis Ledbetter (DOB 9/12/1941, MRN 20993184). Please send his records from the April stay to tammy.ledbetter66@att.net, thank you",
    [
        ("NAME", "Tammy Ledbetter"),
        ("NAME", "Arlis Ledbetter"),
        ("DATE", "9/12/1941"),
        ("MRN", "20993184"),
        ("DATE", "April"),
        ("EMAIL", "tammy.ledbetter66@att.net"),
    ],
    note="records request posted publicly: DOB, MRN, month of stay, daughter's email",
)
# 57
p(
    "en",
    "patient_story",
    "@Crystal_Hurst Ms. Hurst, we are so sorry your father waited so long in our ED on 12/2. Our records show Mr. Hurst was triaged at 10:14 pm and admitted to 5 West by 3 am. Please call our patient advocate at 865-555-0100.",
    [("OTHER_ID", "@Crystal_Hurst"), ("NAME", "Hurst", "*"), ("DATE", "12/2")],
    note="the hospital's own reply leaks the daughter's handle, the family name and the visit date; hospital line not labelled",
)
# 58
p(
    "en",
    "patient_story",
    "Buck Huskey, 58, got his 10-point buck the week before his bypass and made us promise to tape his TWRA hunting license (No. 2024-118842) to the foot of his bed for luck. Buck, the mount looks great.",
    [("NAME", "Buck Huskey"), ("NAME", "Buck", "*"), ("LICENSE", "2024-118842")],
    note="name that is a word ('buck' lower-case is the deer); hunting licence number",
)
# 59
p(
    "en",
    "patient_story",
    'AT thru-hiker "Switchback" (Andrea Kowalski of Scranton) was carried out from near Icewater Spring on April 9 with a broken ankle. Switchback says she\'ll finish at Katahdin next year.',
    [
        ("NAME", "Switchback", "*"),
        ("NAME", "Andrea Kowalski"),
        ("GEO", "Scranton"),
        ("GEO", "Icewater Spring"),
        ("DATE", "April 9"),
    ],
    note="trail name as nickname; the AT as a whole and a future destination are not GEO (decision 4)",
)
# 60
p(
    "en",
    "milestone_birthday",
    "Two nonagenarians, one hallway: Mr. Clyde Parton, 93 (no relation to Dolly, he'll tell you), and Mrs. Inez Carver, 91, have been racing walkers on 2 West every afternoon.",
    [
        ("AGE", "nonagenarians"),
        ("NAME", "Clyde Parton"),
        ("AGE", "93"),
        ("NAME", "Inez Carver"),
        ("AGE", "91"),
    ],
    note="'nonagenarians' states ages over 89; Dolly is a public figure",
)
# 61
p(
    "en",
    "memorial",
    "Our hearts are with the family of Lolen Francisco Mateo, 19, who died after the accident at the poultry plant in Morristown on January 8. His brothers are raising money to send him home to San Juan Ixcoy.",
    [
        ("NAME", "Lolen Francisco Mateo"),
        ("GEO", "Morristown"),
        ("DATE", "January 8"),
        ("GEO", "San Juan Ixcoy"),
    ],
    note="a generic employer is not a name (decision 1); workplace town and home municipality are GEO",
)
# 62
p(
    "en",
    "birth_announcement",
    "Born on St. Patrick's Day (3.17) at 4:44 am: Rowan Kesterson, 8 lb 1 oz, to Brittany and Dale of Jonesborough. Lucky us!",
    [
        ("DATE", "St. Patrick's Day"),
        ("DATE", "3.17"),
        ("NAME", "Rowan Kesterson"),
        ("NAME", "Brittany"),
        ("NAME", "Dale"),
        ("GEO", "Jonesborough"),
    ],
    note="same day twice (holiday and dotted date); parents' names that are words/places",
)
# 63
p(
    "en",
    "birth_announcement",
    "Our littlest pumpkin \U0001f383 Cotton Whitehead arrived on Halloween at 6 lb 3 oz. Big sister Kinsley picked the name after the cotton candy at the county fair.",
    [("NAME", "Cotton Whitehead"), ("DATE", "Halloween"), ("NAME", "Kinsley")],
    note="name that is a word; Halloween is the birth date",
)
# 64
p(
    "en",
    "thank_you",
    "My wife Renee Sharp had our son early on 2/2, Groundhog Day, and I work third shift at Clinch River Hosiery, so the NICU nurses basically adopted her. Thank y'all from the bottom of my heart. - Dwayne",
    [("NAME", "Renee Sharp"), ("DATE", "2/2"), ("DATE", "Groundhog Day"), ("NAME", "Dwayne")],
    note="the father's employer is a relative's employer, not labelled (decision 1); same day written twice",
)
# 65
p(
    "en",
    "patient_story",
    "Lost & found on 5 East: a Y-12 badge (No. 448210) on an orange lanyard belongs to Mr. Arnett in room 5112. He says he needs it back before he retires Friday.",
    [("NAME", "Y-12"), ("OTHER_ID", "448210"), ("NAME", "Arnett"), ("OTHER_ID", "room 5112")],
    note="employer, employee badge number (other unique id), surname, room",
)
# 66
p(
    "en",
    "patient_story",
    "Pictured: Ruby Nell Stiltner, 99, with the Double Wedding Ring quilt she pieced for our chaplain while she was with us on 3 West.",
    [("PHOTO", "Pictured"), ("NAME", "Ruby Nell Stiltner"), ("AGE", "99")],
    note="the photo shows the patient; quilt pattern name is not a name",
)
# 67
p(
    "en",
    "patient_story",
    "Watch the video: Brantley Cope, 14, taking his first steps since the ATV wreck on Gravelly Hills Road. \U0001f3a5 #BrantleyStrong",
    [
        ("PHOTO", "video"),
        ("NAME", "Brantley Cope"),
        ("GEO", "Gravelly Hills Road"),
        ("NAME", "#BrantleyStrong"),
    ],
    note="video of the patient; crash road",
)
# 68
p(
    "en",
    "patient_story",
    "Day 12 in the PICU. Still fighting. Keep the prayers coming \U0001f64f #TeamTuckerBoy",
    [("NAME", "#TeamTuckerBoy")],
    note="the name appears only in the hashtag",
)
# 69
p(
    "en",
    "patient_story",
    "prayers going up tonight y'all \U0001f64f\U0001f64f she's a fighter #prayfordixie",
    [("NAME", "#prayfordixie")],
    note="lower-case hashtag with a name that is also a regional word",
)
# 70
p(
    "en",
    "patient_story",
    "Mr. C from Soddy-Daisy finally beat our physical therapists at checkers. He's been practicing since his stroke in June and he is unbearable about it now.",
    [("NAME", "C"), ("GEO", "Soddy-Daisy"), ("DATE", "June")],
    note="initial used as the patient's name; town containing a first name; month of his stroke",
)
# 71
p(
    "en",
    "patient_story",
    "This little guy's big sister Harper made a friendship bracelet for every single nurse on 5 North while he was getting better. We are all wearing them.",
    [("NAME", "Harper")],
    note="patient unnamed, but a relative's name identifies the family",
)
# 72
p(
    "en",
    "milestone_birthday",
    "Our oldest patient this year turned 104 in the ICU on Sunday and asked for a Mountain Dew and a moon pie instead of cake. She got both.",
    [("AGE", "104")],
    note="age over 89 of an unnamed patient -> AGE, patient-specific",
)
# 73
p(
    "en",
    "pasted_record",
    "SPECIMEN: CSF #2 | RUTHERFORD, AMOS L | MRN 70022841 | DOB 02/29/1952 | COLL 03/01 04:15 | 4W",
    [
        ("NAME", "RUTHERFORD, AMOS L"),
        ("MRN", "70022841"),
        ("DATE", "02/29/1952"),
        ("DATE", "03/01"),
    ],
    note="lab label: leap-day DOB and collection date (decision 6); 4W is a unit",
)
# 74
p(
    "en",
    "pasted_record",
    'Found this wristband in the parking garage, whoever it belongs to: "ESTEP, BRANDI K  F 34Y  MRN 0091-4482  FIN 552190083  ADM 10/31"',
    [
        ("NAME", "ESTEP, BRANDI K"),
        ("MRN", "0091-4482"),
        ("OTHER_ID", "552190083"),
        ("DATE", "10/31"),
    ],
    note="wristband text: encounter (FIN) number is OTHER_ID; admission date",
)
# 75
p(
    "en",
    "pasted_record",
    "lol look at Mama's discharge papers, 'Pt: Loretta Sue Hammonds  MRN 44810027  discharged 5/5/25 to home (Big Stone Gap, VA)', she's been telling everybody she escaped",
    [
        ("NAME", "Loretta Sue Hammonds"),
        ("MRN", "44810027"),
        ("DATE", "5/5/25"),
        ("GEO", "Big Stone Gap"),
    ],
    note="family photo of discharge papers; VA is a state",
)
# 76
p(
    "en",
    "pasted_record",
    "who posted the transfer sheet?? \U0001f926 'TRANSFER to Vanderbilt PICU: WHITT, RIDGE 7M, MRN 83302117, dx Rocky Mountain spotted fever, accepting MD paged 23:40'",
    [("NAME", "WHITT, RIDGE"), ("MRN", "83302117")],
    note="name that is a word; the receiving hospital and the disease are not identifiers",
)
# 77
p(
    "en",
    "pasted_record",
    "signout 19:00 - (1) CAGLE, TRUDY 88F MRN 21004572, watch K+ (2) PASCUAL, ANDR\u00c9S 4M MRN 21004599, NPO after midnight for OR on 6/2 - call me x5512 w/ questions",
    [
        ("NAME", "CAGLE, TRUDY"),
        ("MRN", "21004572"),
        ("NAME", "PASCUAL, ANDR\u00c9S"),
        ("MRN", "21004599"),
        ("DATE", "6/2"),
    ],
    note="88F is 89 or under, not labelled; surgery date; staff extension",
)
# 78
p(
    "en",
    "pasted_record",
    "Records request form pasted in the comments by mistake: Patient: Geneva Sue Hatcher | MR# SRM-0042817 | Medicare 1EG4-TE5-MK73 | Dates of service: 07/08/2024 - 07/15/2024 | Send to: 1188 Old Tazewell Pike, Corryton, TN 37721",
    [
        ("NAME", "Geneva Sue Hatcher"),
        ("MRN", "SRM-0042817"),
        ("HEALTH_PLAN", "1EG4-TE5-MK73"),
        ("DATE", "07/08/2024"),
        ("DATE", "07/15/2024"),
        ("GEO", "1188 Old Tazewell Pike"),
        ("GEO", "Corryton"),
        ("GEO", "37721"),
    ],
    note="prefixed MRN, Medicare number, dates of service, home street, town and ZIP",
)
# 79
p(
    "en",
    "patient_story",
    "@Lula_Mae_B We found your account (acct 90044127-3, MRN 66120984) and a billing rep will call you at 931-555-0164 tomorrow. So sorry for the trouble!",
    [
        ("OTHER_ID", "@Lula_Mae_B"),
        ("ACCOUNT", "90044127-3"),
        ("MRN", "66120984"),
        ("PHONE", "931-555-0164"),
    ],
    note="the hospital's own reply leaks the patient's handle, account, MRN and phone",
)
# 80
p(
    "en",
    "pasted_record",
    "pt label: MRN:00731155  OWNBY,CARL D  DOB:1948-11-05  BCBST ZGP812004417  Bed 2N-14",
    [
        ("MRN", "00731155"),
        ("NAME", "OWNBY,CARL D"),
        ("DATE", "1948-11-05"),
        ("HEALTH_PLAN", "ZGP812004417"),
        ("OTHER_ID", "Bed 2N-14"),
    ],
    note="label with no spaces after colons; ISO DOB; insurer member id; bed with unit prefix",
)
# 81
p(
    "en",
    "patient_story",
    "If y'all want to visit Papaw Ransom, call Aunt Sissy first at (865) 555-0133, he tires out quick.",
    [("NAME", "Ransom"), ("NAME", "Sissy"), ("PHONE", "(865) 555-0133")],
    note="word-name (Ransom); relative's nickname and phone; Papaw/Aunt are titles",
)
# 82
p(
    "en",
    "patient_story",
    "Lost: a black Bible with the name Doyle Tweed written in the front, left in room 622 when he was discharged Thursday. It was his late wife's. Please call his son at 865.555.0191.",
    [("NAME", "Doyle Tweed"), ("OTHER_ID", "room 622"), ("PHONE", "865.555.0191")],
    note="dotted phone; Thursday is a weekday",
)
# 83
p(
    "en",
    "thank_you",
    "Hi from Dalton! My grandma Marta Ajanel was in your hospital in May after her fall. We want to thank the nurse who spoke Q'anjob'al with her. Please WhatsApp me +1 423 555 0158.",
    [("GEO", "Dalton"), ("NAME", "Marta Ajanel"), ("DATE", "May"), ("PHONE", "+1 423 555 0158")],
    note="the grandchild's town locates the family (GEO); month of the stay; international-format phone",
)
# 84
p(
    "en",
    "patient_story",
    "Meemaw Pearl is asking for her church folks. She's in Rm 2210 till at least Friday, or call the house at 555-0177 and Pawpaw will answer.",
    [("NAME", "Pearl"), ("OTHER_ID", "Rm 2210"), ("PHONE", "555-0177")],
    note="7-digit home phone; Meemaw/Pawpaw are titles",
)
# 85
p(
    "en",
    "patient_story",
    "text updates to 8655550122 (Dusty's mom) - Dusty Lynn Parrott is out of surgery and asking for sweet tea",
    [("PHONE", "8655550122"), ("NAME", "Dusty Lynn Parrott"), ("NAME", "Dusty", "*")],
    note="unformatted phone number; name that is a word",
)
# 86
p(
    "en",
    "patient_story",
    "Please mail prayer shawls for Miss Viola to 412 Caney Branch Rd, Rutledge, TN 37861. She goes home Tuesday and she'd rather have them there.",
    [("NAME", "Viola"), ("GEO", "412 Caney Branch Rd"), ("GEO", "Rutledge"), ("GEO", "37861")],
    note="'Miss' is a Southern honorific; home street, town, ZIP",
)
# 87
p(
    "en",
    "thank_you",
    "Velma Ramsey's daughter asked us to share: her mama, Velma, 90, went home to Rt. 2 Box 114 in Hartford and wants to thank 'the singing nurse' on nights.",
    [
        ("NAME", "Velma Ramsey"),
        ("NAME", "Velma", "*"),
        ("AGE", "90"),
        ("GEO", "Rt. 2 Box 114"),
        ("GEO", "Hartford"),
    ],
    note="rural-route address; Hartford, TN",
)
# 88
p(
    "en",
    "pasted_record",
    "ADT: admit 2024-09-27 14:02 | pt: HURLEY, CORDELL R | 94 y/o M | ID: TN DL 118204773 | from: Rockwood | attending: Dr. Amin",
    [
        ("DATE", "2024-09-27"),
        ("NAME", "HURLEY, CORDELL R"),
        ("AGE", "94"),
        ("LICENSE", "118204773"),
        ("GEO", "Rockwood"),
    ],
    note="ISO admission date; driver licence; the attending is staff",
)
# 89
p(
    "en",
    "birth_announcement",
    "Skeeter was born the 3rd of March in the back of his papaw's truck on the way in from Tracy City, and that truck still has the stain to prove it.",
    [("NAME", "Skeeter"), ("DATE", "3rd of March"), ("GEO", "Tracy City")],
    note="article excluded from the date (decision 6); nickname",
)
# 90
p(
    "en",
    "patient_story",
    "Lacey's surgery got moved to the 14th, so the family reunion is off. Pray for our girl.",
    [("NAME", "Lacey"), ("DATE", "14th")],
    note="a day of the month alone is a date element",
)
# 91
p(
    "en",
    "discharge",
    "Grandpa Cecil (Cecil Hux, 95) is going home the first of May if his numbers hold. He already asked for his banjo.",
    [("NAME", "Cecil Hux"), ("NAME", "Cecil", "*"), ("AGE", "95"), ("DATE", "first of May")],
    note="planned discharge date in words; Grandpa is a title",
)
# 92
p(
    "en",
    "birth_announcement",
    "First baby of the year at our Chattanooga campus! Ixkik' Ajpop was born at 12:07 am on New Year's Day to Rosalinda and Diego. Feliz A\u00f1o Nuevo!",
    [
        ("NAME", "Ixkik' Ajpop"),
        ("DATE", "New Year's Day"),
        ("NAME", "Rosalinda"),
        ("NAME", "Diego"),
    ],
    note="K'iche' name with apostrophe; the campus city is the hospital's, not GEO; 'A\u00f1o Nuevo' greeting is not a date",
)
# 93
p(
    "en",
    "discharge",
    "Kenleigh Shipley gave her mama the best present: after 3 weeks on a ventilator she came home from the PICU on Mother's Day. Happy Mother's Day, Shipley family!",
    [("NAME", "Kenleigh Shipley"), ("DATE", "Mother's Day", 1), ("NAME", "Shipley", 2)],
    note="discharge on a holiday; the second 'Mother's Day' is a greeting, declared ok",
    ok=("Mother's Day",),
)
# 94
p(
    "en",
    "patient_story",
    "Our patient from 6 East, a 30-year ORNL chemist, spent his recovery building a working model of the Graphite Reactor out of popsicle sticks. It's on display in the lobby through Friday.",
    [("NAME", "ORNL")],
    note="employer is the only identifier -> patient-specific (decision 1); the reactor is a landmark",
)
# 95
p(
    "en",
    "patient_story",
    "Sending love to the Cagle family of Grundy County. Little Maddox is 2 days post-op and already grinning. Follow along at caringbridge.org/visit/maddoxcagle",
    [
        ("NAME", "Cagle"),
        ("GEO", "Grundy County"),
        ("NAME", "Maddox"),
        ("URL", "caringbridge.org/visit/maddoxcagle"),
    ],
    note="family surname, county, journal URL; 'Little' is descriptive",
)
# 96
p(
    "en",
    "patient_story",
    "my husband Waylon was in y'all's hospital last week for his sugar and we live out in 37766, no pharmacy out here takes our insurance. what are we supposed to do",
    [("NAME", "Waylon"), ("GEO", "37766")],
    note="ZIP code of the family; lower-case comment",
)
# 97
p(
    "en",
    "patient_story",
    "Update on little Chepe (Jos\u00e9 Ixcoy Tom\u00e1s): he is off the breathing machine! Mam\u00e1 Juana says gracias to everyone who prayed. #FuerzaChepe",
    [
        ("NAME", "Chepe"),
        ("NAME", "Jos\u00e9 Ixcoy Tom\u00e1s"),
        ("NAME", "Juana"),
        ("NAME", "#FuerzaChepe"),
    ],
    note="Spanish nickname inside an English post; Mam\u00e1 is a title",
)
# 98
p(
    "en",
    "memorial",
    "Our 4 East family said goodbye to Mamie Lee Coffey, ninety-nine years young, on 8/21. Services are Saturday at her home church in Kodak.",
    [("NAME", "Mamie Lee Coffey"), ("AGE", "ninety-nine"), ("DATE", "8/21"), ("GEO", "Kodak")],
    note="age in words; the town Kodak is a brand-like word; the church's town locates her (decision 5)",
)
# 99
p(
    "en",
    "patient_story",
    "Brother Wayne Cope is still in ICU after the copperhead got him. Sister Wanda Jean is taking cards by email: wandajean.cope@outlook.com",
    [("NAME", "Wayne Cope"), ("NAME", "Wanda Jean"), ("EMAIL", "wandajean.cope@outlook.com")],
    note="church titles excluded; wife's email",
)
# 100
p(
    "en",
    "thank_you",
    "Tanner Shults was six when his family lost their house in the 2016 fires and he spent a month on our burn unit. He graduates Friday! Cards for Tanner: tannerstrong2016@gmail.com",
    [("NAME", "Tanner Shults"), ("NAME", "Tanner", "*"), ("EMAIL", "tannerstrong2016@gmail.com")],
    note="family email; bare year not labelled; Friday is a weekday",
)
# 101
p(
    "en",
    "patient_story",
    "I'm the lady y'all wrote about in the wheelchair parade on the 4th! Shirley Ann Goins. Send me them pictures at shirleyanngoins@bellsouth.net",
    [("DATE", "4th"), ("NAME", "Shirley Ann Goins"), ("EMAIL", "shirleyanngoins@bellsouth.net")],
    note="the patient's own comment: day of her event, name, email",
)
# 102
p(
    "en",
    "birth_announcement",
    "Kevin and Misty Brewer, parents of NICU grad Ryder (born 12/12), are collecting preemie clothes for other families. Drop-offs or questions: brewerbunch@icloud.com",
    [
        ("NAME", "Kevin"),
        ("NAME", "Misty Brewer"),
        ("NAME", "Ryder"),
        ("DATE", "12/12"),
        ("EMAIL", "brewerbunch@icloud.com"),
    ],
    note="parents introduced as a patient's relatives; family email",
)
# 103
p(
    "en",
    "pasted_record",
    "Portal support (internal, do not post): reset login for bjmaples@comcast.net per Billie Jo's phone call, verified DOB 10/10/1951.",
    [("EMAIL", "bjmaples@comcast.net"), ("NAME", "Billie Jo"), ("DATE", "10/10/1951")],
    note="patient's email and DOB in an internal note",
)
# 104
p(
    "en",
    "patient_story",
    "For the Ajpop family: meal-train sign-ups are at mealtrain.com/ajpopfamily, or email Rosalinda at rosalinda.ajpop@gmail.com. The baby is growing fast!",
    [
        ("NAME", "Ajpop"),
        ("URL", "mealtrain.com/ajpopfamily"),
        ("NAME", "Rosalinda"),
        ("EMAIL", "rosalinda.ajpop@gmail.com"),
    ],
    note="family surname, meal-train URL, mother's email",
)
# 105
p(
    "en",
    "patient_story",
    "Looking for the nurse named Jolene who took care of my mother Nancy Whaley on 3 South around Easter. Email me: whaley.family@frontier.com or call 423-555-0129.",
    [
        ("NAME", "Nancy Whaley"),
        ("DATE", "Easter"),
        ("EMAIL", "whaley.family@frontier.com"),
        ("PHONE", "423-555-0129"),
    ],
    note="the nurse is staff; the holiday of the stay is DATE",
)
# 106
p(
    "en",
    "patient_story",
    "I was in Bay 6 of your ED on 7/4 after the fireworks accident and lost my class ring. If anybody found it please email tlittrell4@gmail.com - Travis L",
    [
        ("OTHER_ID", "Bay 6"),
        ("DATE", "7/4"),
        ("EMAIL", "tlittrell4@gmail.com"),
        ("NAME", "Travis L"),
    ],
    note="ED bay counts as a bed (decision 8); name with initial",
)
# 107
p(
    "en",
    "milestone_birthday",
    "Any church groups wanting to sing for Papaw Arlo on his 98th birthday Sunday, call my cell 423/555-0145.",
    [("NAME", "Arlo"), ("AGE", "98th"), ("PHONE", "423/555-0145")],
    note="slash-formatted phone; Sunday is a weekday",
)
# 108
p(
    "en",
    "patient_story",
    "Please pray for my daughter Kimberly Dawn (Kimmie), she was in the wreck on Ooltewah-Ringgold Road last night in her white Camry, tag 9JK-4471. If you saw it happen please call 423-555-0196.",
    [
        ("NAME", "Kimberly Dawn"),
        ("NAME", "Kimmie"),
        ("GEO", "Ooltewah-Ringgold Road"),
        ("VEHICLE", "9JK-4471"),
        ("PHONE", "423-555-0196"),
    ],
    note="crash road, plate, mother's phone",
)
# 109
p(
    "en",
    "pasted_record",
    "SW note: spoke w/ pt's daughter Rhonda at (931) 555-0112, she'll drive pt home to Crossville at 3pm. Needs shower chair.",
    [("NAME", "Rhonda"), ("PHONE", "(931) 555-0112"), ("GEO", "Crossville")],
    note="unnamed patient, daughter's name and phone, home town",
)
# 110
p(
    "en",
    "patient_story",
    "Shout out to Jaxon Wolfe, 10, who beat leukemia and got to lead the Vol Walk on Oct. 4! Jaxon's mom wants to thank everyone: text her at 865-555-0155.",
    [
        ("NAME", "Jaxon Wolfe"),
        ("NAME", "Jaxon", "*"),
        ("DATE", "Oct. 4"),
        ("PHONE", "865-555-0155"),
    ],
    note="a public game-day date that is the patient's own event -> DATE",
)
# 111
p(
    "en",
    "memorial",
    "gonna miss u bud. y'all did all u could at sourwood. rip tuff \U0001f54a\ufe0f 3/3/25",
    [("NAME", "tuff"), ("DATE", "3/3/25")],
    note="lower-case nickname that is a word; date of death",
)
# 112
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY TO MAMAW FRONIE!!! from all her grandbabies, great-grands and the 3 West nurses \U0001f389",
    [("AGE", "101ST"), ("NAME", "FRONIE")],
    note="all-caps age with suffix and name; MAMAW is a title",
)
# 113
p(
    "en",
    "patient_story",
    "Our 102-year-old patient on 2 West carved walking canes at Dollywood for thirty years, and he has whittled one for his surgeon.",
    [("AGE", "102-year-old"), ("NAME", "Dollywood")],
    note="unnamed patient: age over 89 and employer",
)
# 114
p(
    "en",
    "patient_story",
    "Nonagenarian newlyweds! Haskel Bivins married his sweetheart Edna in our chapel on Valentine's Day while he recovered from pneumonia.",
    [
        ("AGE", "Nonagenarian"),
        ("NAME", "Haskel Bivins"),
        ("NAME", "Edna"),
        ("DATE", "Valentine's Day"),
    ],
    note="wife is a relative; holiday is the patient's event",
)
# 115
p(
    "en",
    "patient_story",
    "Ollie Cantwell has lived one hundred years in the same holler off Highway 63 and says coming to Knoxville for his hip was the farthest he's been from home since the war.",
    [("NAME", "Ollie Cantwell"), ("AGE", "one hundred"), ("GEO", "Highway 63")],
    note="age in words without the unit; the road he lives off is GEO; the hospital's city is not",
)
# ---- English posts with no patient identifier ----
# 116
n(
    "en",
    "staff_spotlight",
    "Staff spotlight: meet Sissy Ramsey, unit clerk on 2 North for 31 years. She knows every doctor's handwriting, every patient's coffee order and every word to 'Rocky Top.' Thank you, Sissy!",
    "staff nickname and name; not a patient",
)
# 117
n(
    "en",
    "staff_spotlight",
    "Meet Travis 'Bubba' Newman, RN, our burn unit's night charge nurse and a volunteer firefighter in Cosby. During the 2016 fires he worked 30 hours straight. #SourwoodProud",
    "staff member; his town and nickname are not patient identifiers",
)
# 118
n(
    "en",
    "staff_spotlight",
    "Happy birthday to our NICU charge nurse Billie Jo Pressley, born on Old Christmas, January 6, who brings a stack cake to every shift on her birthday!",
    "staff birthday on a regional holiday; not a patient",
)
# 119
n(
    "en",
    "staff_spotlight",
    "Our volunteer Miss Opal Hurley is 96 and has pushed the lobby coffee cart every Tuesday since 1979. Stop by for a hug with your decaf.",
    "volunteer's age over 89 is not labelled",
)
# 120
n(
    "en",
    "staff_spotlight",
    "After 44 years, Nurse Peggy Sue Rhyne retires Friday, May 30. She started here when the ER had eight beds and a rotary phone. Cake in the 3 West break room at 2!",
    "staff retirement date",
)
# 121
n(
    "en",
    "staff_spotlight",
    "Meet Candelaria Xoy, one of our K'iche' and Q'anjob'al interpreters at the Chattanooga campus. Born in Nebaj, she came to Tennessee at 16 and now helps more than 300 families a month.",
    "staff interpreter; her birthplace is not a patient's",
)
# 122
n(
    "en",
    "staff_spotlight",
    "Chaplain Wendell 'Preacher' Lawson has sat with more families than he can count. He'll be picking banjo in the Knoxville chapel Wednesday at noon. All are welcome.",
    "staff chaplain with a nickname",
)
# 123
n(
    "en",
    "staff_spotlight",
    "Welcome Dr. Hunter Graves to Sourwood Endocrinology! Yes, he treats Graves' disease, and yes, he has heard every joke. New patients: 865-555-0100.",
    "staff name equal to an eponym; hospital line",
)
# 124
n(
    "en",
    "thank_you",
    "Shout-out to Medic 14 of Sevier County EMS, paramedics Jolene Carr and Dusty Whaley, our EMS Crew of the Quarter for their work during the March flooding.",
    "EMS crew (not patients); ambulance unit; month of a public event",
)
# 125
n(
    "en",
    "staff_spotlight",
    "Congratulations to ED nurse Kenzie Moats and her new husband Trey, married June 7 in Cades Cove! We promise not to page you on your honeymoon.",
    "staff member's own family and wedding date are never labelled",
)
# 126
n(
    "en",
    "staff_spotlight",
    "Meet our facilities crew, Hoss, Junior and Little Ray, who kept the generators running for 31 hours when the ice storm took the TVA lines down.",
    "staff nicknames; TVA here is the power company, not a patient's employer",
)
# 127
n(
    "en",
    "staff_spotlight",
    "Our ED tech Peanut (Shawn Queener to HR) has run every Knoxville Marathon since 2009. This year he's running it in scrubs to raise money for the burn unit.",
    "staff nickname that is also a patient nickname elsewhere",
)
# 128
n(
    "en",
    "staff_spotlight",
    "Nurse Ixchel Batz, a UT nursing grad and the daughter of K'iche' farmworkers, is our first Maya-speaking nurse educator. Maltyox, Ixchel!",
    "staff member and her own family",
)
# 129
n(
    "en",
    "health_tip",
    "Snakebite? Do NOT cut, suck, ice or tourniquet. Keep the limb still and level, take off rings, and get to an ER. Copperheads are our most common bite; a photo of the snake from a safe distance helps.",
    "health tip",
)
# 130
n(
    "en",
    "health_tip",
    "Hiking this weekend? Tell someone your trail and your turnaround time. Cell service is spotty from Newfound Gap to Cades Cove, and a text to 911 can go through when a call won't.",
    "hiking tip; places not tied to a patient; national line",
)
# 131
n(
    "en",
    "health_tip",
    "Ramp season is here! Ramps are safe; lily-of-the-valley and false hellebore, which look a lot like them, are not. When in doubt, call Poison Control at 1-800-222-1222.",
    "foraging tip; season; national line",
)
# 132
n(
    "en",
    "health_tip",
    "Headed to Dollywood this July? Drink water before you're thirsty, take shade breaks, and know the signs of heat exhaustion: heavy sweating, dizziness, nausea.",
    "venue and month of a tip, not a patient's",
)
# 133
n(
    "en",
    "health_tip",
    "Ticks are out. Rocky Mountain spotted fever and alpha-gal syndrome are both found here. After a day in the woods, check your scalp, your waistband and behind your knees.",
    "disease named after a place; tip",
)
# 134
n(
    "en",
    "health_tip",
    "Did you work at Y-12, K-25 or X-10? Former nuclear weapons workers may qualify for free beryllium and hearing screenings. Call our Oak Ridge clinic at 865-555-0110.",
    "employers of a population, not of a patient (decision 1); hospital line",
)
# 135
n(
    "en",
    "health_tip",
    "Deer season: most tree-stand falls happen while climbing up or down. Wear a full-body harness and stay clipped in from the moment your boots leave the ground.",
    "season; tip",
)
# 136
n(
    "en",
    "health_tip",
    "Tailgating on Vol Navy this Saturday? Keep the cold food below 40 degrees, the hot food hot, and don't leave the pimento cheese sitting out past the second quarter.",
    "tip; weekday",
)
# 137
n(
    "en",
    "health_tip",
    "Wood stove season: keep little ones 3 feet back, use a screen, and empty ashes into a metal can with a lid. We treated too many small hands last winter.",
    "tip; anonymous aggregate",
)
# 138
n(
    "en",
    "health_tip",
    "Green tobacco sickness is real: nausea, dizziness and a racing heart after handling wet tobacco leaves. Wear gloves and long sleeves when you're cutting or housing burley.",
    "tip",
)
# 139
n(
    "en",
    "health_tip",
    "We respect every congregation's faith. If someone is bitten during a service, please call 911 anyway: antivenom works best in the first hours.",
    "tip about serpent-handling churches; no patient",
)
# 140
n(
    "en",
    "event",
    "Trunk-or-Treat at the Chattanooga campus: Friday, Oct. 31, 5-7 pm in the Riverbend Drive parking deck. Costumes encouraged, peanut-free candy available.",
    "event on Halloween; the hospital's parking deck",
)
# 141
n(
    "en",
    "event",
    "Old Christmas craft fair! Jan. 6 in the Knoxville lobby: quilts, apple-head dolls and sourwood honey from local makers. Proceeds support the burn unit.",
    "a regional holiday as an event date",
)
# 142
n(
    "en",
    "event",
    "Run Rocky Top 5K, Saturday, April 12, on the Third Creek Greenway. Register at sourwoodfoundation.org/5k. Strollers and coonhounds welcome.",
    "event date, venue and the foundation's domain",
)
# 143
n(
    "en",
    "event",
    "Free Stop the Bleed class for hunters and hikers: Thursday, Sept. 4, 6 pm, at our Sevierville clinic, 118 Bluff Mountain Road.",
    "event date and the hospital's address",
)
# 144
n(
    "en",
    "event",
    "Fiddlers, cloggers and banjo pickers: Mountain Music Night for patients and families is Tuesday, Feb. 11, in the Knoxville atrium.",
    "event date",
)
# 145
n(
    "en",
    "event",
    "Find us at the Dogwood Arts Festival, April 25-27 on Market Square! Free blood pressure checks and a Teddy Bear Clinic for kids at the Sourwood tent.",
    "event dates and venue",
)
# 146
n(
    "en",
    "event",
    "Independence Day picnic for our Guatemalan and Latino families: Sept. 15 at noon on the Chattanooga campus lawn. Marimba, pepi\u00e1n and free flu shots.",
    "Guatemalan national holiday as an event date",
)
# 147
n(
    "en",
    "statistic",
    "Last year rangers ran 112 search-and-rescue missions in the park; 47 of those hikers came to our emergency departments, most with ankle injuries, hypothermia or dehydration.",
    "aggregate statistic",
)
# 148
n(
    "en",
    "statistic",
    "We cared for 212 patients over 90 last year, and 9 patients over 100. Mountain grandmothers are tough.",
    "population ages, not a patient's",
)
# 149
n(
    "en",
    "statistic",
    "1,902 babies were born at Sourwood in 2024. Most popular names: Waylon, Oaklynn, Ixchel, Brooks and Dolly.",
    "popular names across many births identify no one",
)
# 150
n(
    "en",
    "statistic",
    "In the first 72 hours of the 2016 Chimney Tops 2 fire our burn unit treated 38 people. Fourteen people died in Sevier County. We remember them every Nov. 28.",
    "aggregate; anniversary date of a public event",
)
# 151
n(
    "en",
    "statistic",
    "24% of adults in Cocke County smoke, compared with 14% nationally. Our free quit line is 865-555-0109, any hour.",
    "county statistic; hospital line",
)
# 152
n(
    "en",
    "statistic",
    "Interpreter calls last year: Spanish 18,400; K'iche' 1,240; Q'anjob'al 860; Mam 410; Chuj 95. Every patient deserves to be understood.",
    "statistic; 95 is a count, not an age",
)
# 153
n(
    "en",
    "statistic",
    "Overdose deaths in Knox County fell 18% last year. Naloxone is free at all three of our pharmacies, no questions asked.",
    "county statistic",
)
# 154
n(
    "en",
    "statistic",
    "Y-12 and K-25 retirees make up one in six patients at our Oak Ridge clinic.",
    "employers of a population (decision 1)",
)
# 155
n(
    "en",
    "recruitment",
    "Now hiring CNAs at our Sevierville clinic, days and nights, $2,000 sign-on bonus. Apply at sourwoodhealth.org/careers or call 865-555-0100.",
    "recruitment; hospital domain and line",
)
# 156
n(
    "en",
    "recruitment",
    "Do you speak K'iche', Q'anjob'al or Mam? We're hiring medical interpreters in Chattanooga, training provided. Email jobs@sourwoodhealth.org.",
    "recruitment; hospital email",
)
# 157
n(
    "en",
    "recruitment",
    "Job fair: Tuesday, March 11, 9-4, Chattanooga campus, 2250 Riverbend Drive. Bring a resume or just bring yourself.",
    "event date; hospital address",
)
# 158
n(
    "en",
    "recruitment",
    "Night-shift respiratory therapists wanted in Knoxville. Former TVA and Y-12 folks looking for a second career: we'll train you.",
    "employers of an audience, not of a patient",
)
# 159
n(
    "en",
    "recruitment",
    "Paramedics and flight nurses: join SkyRidge, our air medical team based in Sevierville, flying across 14 counties and into the park.",
    "recruitment",
)
# 160
n(
    "en",
    "crisis_update",
    "Flooding update: Hwy 321 between Cosby and Newport is closed. Our Sevierville clinic at 118 Bluff Mountain Road is open until 7 pm; call 865-555-0106. For emergencies call 911.",
    "road closure and the hospital's address and line",
)
# 161
n(
    "en",
    "crisis_update",
    "Wildfire smoke advisory: air quality in Gatlinburg and Pigeon Forge is unhealthy today. If you have COPD or asthma, stay inside and keep your rescue inhaler close.",
    "public advisory; towns not tied to a patient",
)
# 162
n(
    "en",
    "crisis_update",
    "Ice storm update: our Knoxville campus is on generator power after TVA lines went down. All patients are safe. Please avoid non-emergency visits today.",
    "crisis update",
)
# 163
n(
    "en",
    "crisis_update",
    "I-40 is closed at the Pigeon River gorge after a rockslide. Patients coming from North Carolina for appointments, please call 865-555-0100 to reschedule.",
    "road closure; hospital line",
)
# 164
n(
    "en",
    "crisis_update",
    "Mass casualty update: we have received 9 patients from the I-75 bus crash near Ooltewah. Families, call our family line at 423-555-0104. We cannot share names by phone or online.",
    "a public event's location in a crisis update, a group of patients (decision 4); hospital line",
)
# 165
n(
    "en",
    "crisis_update",
    "Flash flood warning for Cosby and Newport until 10 pm. If you're on home oxygen or dialysis and might lose power, call our nurse line at 865-555-0109.",
    "public warning; hospital line",
)
# 166
n(
    "en",
    "research",
    "Our toxicology team is enrolling copperhead bite patients in a study of early antivenom. Questions: research@sourwoodhealth.org.",
    "research; hospital email",
)
# 167
n(
    "en",
    "research",
    "New from Sourwood researchers: former Y-12 machinists had three times the rate of beryllium sensitization of other plant workers.",
    "population research",
)
# 168
n(
    "en",
    "research",
    "Does wildfire smoke hurt kids' lungs for years? We're following 400 Sevier County children who lived through the 2016 fires.",
    "cohort study",
)
# 169
n(
    "en",
    "research",
    "Our stroke team built an aphasia screen in K'iche' and Q'anjob'al with the help of 60 volunteer families in Chattanooga.",
    "research",
)
# 170
n(
    "en",
    "research",
    "Methanol poisoning from moonshine: our review of 27 ED cases over ten years, ages 19 to 84, is out in this month's journal.",
    "aggregate ages under 90",
)
# 171
n(
    "en",
    "public_figure",
    "Every child on our pediatric floor now goes home with a book from Dolly Parton's Imagination Library. Thank you, Miss Dolly!",
    "public figure",
)
# 172
n(
    "en",
    "public_figure",
    "Davy Crockett was born on Aug. 17, 1786, near the Nolichucky River, about an hour from our Knoxville campus. Happy birthday, Davy!",
    "public figure's birth date",
)
# 173
n(
    "en",
    "public_figure",
    "In 1918 Sgt. Alvin York of Pall Mall, Tennessee, captured 132 soldiers. This Veterans Day we thank the 1,100 veterans on our staff.",
    "historical figure and his town",
)
# 174
n(
    "en",
    "public_figure",
    "The Vols' head coach stopped by the pediatric floor Tuesday and left a signed ball in every room. Go Vols!",
    "public figure; no patient",
)
# 175
n(
    "en",
    "public_figure",
    "Opry star Loretta Raines played a surprise set in the Chattanooga lobby last night. Not a dry eye in the house.",
    "public figure sharing a first name with a patient elsewhere",
)
# 176
n(
    "en",
    "public_figure",
    "Cordell Hull, born in a log cabin in Pickett County, won the Nobel Peace Prize in 1945. Our new Cordell Hull conference room opens Monday.",
    "historical figure; room named after him",
)
# 177
n(
    "en",
    "public_figure",
    "Today we honor Sequoyah, born near the Cherokee town of Tuskegee on the Little Tennessee River, whose syllabary gave his people a written language.",
    "historical figure",
)
# 178
n(
    "en",
    "eponymous_condition",
    "Hashimoto's or Graves' disease? Our thyroid support group meets the second Tuesday of every month in the Knoxville campus library.",
    "eponymous conditions",
)
# 179
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease walk this Saturday at World's Fair Park. Team Sourwood needs walkers!",
    "eponymous condition; event",
)
# 180
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for the pros. Our sports medicine team has done 60 elbow reconstructions on high school pitchers since 2020.",
    "eponymous procedure",
)
# 181
n(
    "en",
    "eponymous_condition",
    "Lyme disease is less common here than up north, but Rocky Mountain spotted fever isn't. Fever and a rash after a tick bite means see a doctor.",
    "conditions named after places",
)
# 182
n(
    "en",
    "eponymous_condition",
    "Down syndrome Buddy Walk, Oct. 11: join Team Sourwood in orange!",
    "eponymous condition; event date",
)
# 183
n(
    "en",
    "eponymous_condition",
    "Bell's palsy is usually temporary, but if half your face droops, call 911 first: it could be a stroke.",
    "eponymous condition",
)
# 184
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease: five days of fever, red eyes, cracked lips and a strawberry tongue in a young child needs a doctor today.",
    "eponymous condition",
)
# 185
n(
    "en",
    "eponymous_condition",
    "Baker's cyst, charley horse or a blood clot? If your calf is swollen, red and warm, don't rub it. Get it checked.",
    "eponymous condition with an occupation-like name",
)
# 186
n(
    "en",
    "sponsor",
    "Thank you, TVA, for a $250,000 grant that puts backup generators at our Sevierville clinic!",
    "sponsor",
)
# 187
n(
    "en",
    "sponsor",
    "The Hensley family's gift of $50,000 names the Carl and Reba Hensley Family Room on our burn unit. Thank you for your generosity.",
    "donor family naming a room, not introduced as a patient's family",
)
# 188
n(
    "en",
    "sponsor",
    "Clinch River Hosiery donated 5,000 pairs of warm socks for our patients this winter. That's a lot of toes!",
    "sponsor",
)
# 189
n(
    "en",
    "sponsor",
    "Thanks to Smoky Hollow Distillery for this year's gift to our addiction medicine program, and for making hand sanitizer when we ran short in 2020.",
    "sponsor",
)
# 190
n(
    "en",
    "sponsor",
    "Volunteer quilters from Cosby First Baptist delivered 120 lap quilts to the cancer center. Pictured: the quilting circle with our oncology nurses.",
    "photo of volunteers and staff, not of a patient",
)
# 191
n(
    "en",
    "hospital_contact",
    "Sourwood Regional Medical Center, Knoxville campus: 1400 Sourwood Parkway, Knoxville, TN 37923. Main line 865-555-0100, ER 865-555-0101.",
    "hospital's own address and lines",
)
# 192
n(
    "en",
    "hospital_contact",
    "Chattanooga campus: 2250 Riverbend Drive, Chattanooga, TN 37402. Main 423-555-0104, ED 423-555-0105. Follow @SourwoodChatt for updates.",
    "hospital's own address, lines and handle",
)
# 193
n(
    "en",
    "hospital_contact",
    "Our language line, 865-555-0107, has interpreters for Spanish, K'iche', Q'anjob'al and Mam around the clock.",
    "hospital line",
)
# 194
n(
    "en",
    "hospital_contact",
    "Want to share your Sourwood story? Email stories@sourwoodhealth.org or call our storytelling team at 865-555-0102. We never post without your signed permission.",
    "hospital email and line",
)
# 195
n(
    "en",
    "hospital_contact",
    "Questions about a bill? Call 865-555-0103, Monday-Friday 8-5, or log in at mysourwood.org. Please don't post account numbers in the comments!",
    "hospital line and portal domain",
)
# 196
n(
    "en",
    "hospital_contact",
    "Follow @SourwoodKids for pediatric news, @SourwoodSmokies for the Sevierville clinic and @SourwoodFdn for ways to give.",
    "hospital handles",
)
# 197
n(
    "en",
    "hospital_contact",
    "Medical records requests: fax 865-555-0108 or email records@sourwoodhealth.org. Our Oak Ridge clinic has moved to 95 Tulane Avenue, Oak Ridge, TN 37830.",
    "hospital fax, email and address",
)
# 198
n(
    "en",
    "campaign_hashtag",
    "Seven years later, still #MountainTough. Thank you to every firefighter, nurse and neighbor. #SourwoodStrong",
    "campaign hashtags",
)
# 199
n(
    "en",
    "campaign_hashtag",
    "It's Nurses Week! Tag a nurse who made a difference. #RockyTopNurses #SourwoodStrong",
    "campaign hashtags",
)
# 200
n(
    "en",
    "campaign_hashtag",
    "Wear orange Friday for #BigOrangeHearts, our pediatric heart campaign. Every shirt sold pays a family's gas to Knoxville.",
    "campaign hashtag",
)
# 201
n(
    "en",
    "campaign_hashtag",
    "#MissOpalKnits is back! Our volunteer knitters need yarn for 400 preemie hats. Drop-off at the Knoxville info desk.",
    "hashtag named after a volunteer, not a patient",
)
# 202
n(
    "en",
    "campaign_hashtag",
    "#OldChristmasCheer: on Jan. 6 we'll deliver 600 orange-and-white stockings to every patient room on all three campuses.",
    "campaign hashtag; holiday as an event date",
)
# 203
n(
    "en",
    "campaign_hashtag",
    "#HollerHealth hits the road: our mobile clinic visits Hancock, Claiborne and Grainger counties this month.",
    "campaign hashtag; counties served, not a patient's",
)
# 204
n(
    "en",
    "anonymous_story",
    "An East Tennessee grandfather in his 80s mailed a thank-you letter to our ICU this week, written in pencil on a feed-store calendar. It's on the break-room wall now.",
    "anonymous; East Tennessee is a region (decision 4); age under 90",
)
# 205
n(
    "en",
    "anonymous_story",
    "Last night a baby was born in the front seat of a pickup in our ED drop-off lane. Mom and baby are perfect; the truck needs detailing.",
    "anonymous; relative time; hospital's own drop-off lane",
)
# 206
n(
    "en",
    "anonymous_story",
    "A patient in his 90s told our night nurse he has outlived three mules, two wives and a TVA dam. We are still laughing.",
    "decade phrase is the Safe Harbor aggregate, not an age (decision 7); TVA is not his employer here",
)
# 207
n(
    "en",
    "anonymous_story",
    "A member of a serpent-handling congregation declined antivenom yesterday and left against medical advice. We respect faith. We also want you alive.",
    "anonymous",
)
# 208
n(
    "en",
    "anonymous_story",
    "A man in his 40s was flown in after a still exploded in his shed. He's on our burn unit and expected to recover.",
    "anonymous",
)
# 209
n(
    "en",
    "anonymous_story",
    "A Vols fan collapsed in the upper deck at Neyland on Saturday, and a nursing student from the row behind started CPR. He's awake and asking about the score.",
    "anonymous; a stadium is a venue, not GEO (decision 4)",
)
# 210
n(
    "en",
    "anonymous_story",
    "Our youngest patient this month weighed 1 lb 2 oz at birth. She went home after 113 days and a whole lot of prayer.",
    "anonymous; duration",
)
# ---- Spanish ----
# 211
p(
    "es",
    "discharge",
    "\u00a1Gracias a Dios! Ixmukane Tzoc Batz, de 7 a\u00f1os, regres\u00f3 a su casa en East Ridge el 12 de marzo despu\u00e9s de su operaci\u00f3n del coraz\u00f3n. Su mam\u00e1, do\u00f1a Tomasa, les dice a todas las enfermeras: \u00a1maltyox!",
    [
        ("NAME", "Ixmukane Tzoc Batz"),
        ("GEO", "East Ridge"),
        ("DATE", "12 de marzo"),
        ("NAME", "Tomasa"),
    ],
    note="K'iche' name; English town name inside a Spanish post; 'do\u00f1a' is a title",
)
# 212
p(
    "es",
    "milestone_birthday",
    "En la foto: don Mekel Pascual cumpli\u00f3 92 a\u00f1os en el 3 Sur y pidi\u00f3 marimba en vez de pastel. \u00a1Feliz cumplea\u00f1os, don Mekel!",
    [("PHOTO", "En la foto"), ("NAME", "Mekel Pascual"), ("NAME", "Mekel", "*"), ("AGE", "92")],
    note="photo of the patient; age without the unit word; 3 Sur is a unit",
)
# 213
p(
    "es",
    "patient_story",
    "Do\u00f1a Candelaria Ajpop, centenaria de San Andr\u00e9s Xecul, les ense\u00f1\u00f3 a las enfermeras a tejer en telar de cintura durante su estancia en la habitaci\u00f3n 305.",
    [
        ("NAME", "Candelaria Ajpop"),
        ("AGE", "centenaria"),
        ("GEO", "San Andr\u00e9s Xecul"),
        ("OTHER_ID", "habitaci\u00f3n 305"),
    ],
    note="'centenaria' states an age over 89; home municipality; room with keyword",
)
# 214
p(
    "es",
    "birth_announcement",
    "Naci\u00f3 en Nochebuena: bienvenido B'alam P\u00e9rez Ixcoy, 3.4 kilos, nacido el 24 de diciembre a las 11:50 de la noche. Felicidades a sus pap\u00e1s, Eulalia y Mateo.",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "B'alam P\u00e9rez Ixcoy"),
        ("DATE", "24 de diciembre"),
        ("NAME", "Eulalia"),
        ("NAME", "Mateo"),
    ],
    note="same day named twice; Mayan name with apostrophe; parents",
)
# 215
p(
    "es",
    "pasted_record",
    "Nota de trabajo social (NO PUBLICAR): paciente Ewul Domingo Francisco, expediente 51320098, vive en 2200 Rossville Blvd Apt 14, tel. (423) 555-0187, sin seguro, habla solo q'anjob'al.",
    [
        ("NAME", "Ewul Domingo Francisco"),
        ("MRN", "51320098"),
        ("GEO", "2200 Rossville Blvd Apt 14"),
        ("PHONE", "(423) 555-0187"),
    ],
    note="'expediente' is the record number; street with apartment; surnames that are first names",
)
# 216
p(
    "es",
    "memorial",
    "Descansa en paz, Tata Antil (Antonio Pascual Mateo), 95 a\u00f1os, de Santa Eulalia. Falleci\u00f3 aqu\u00ed el 2 de noviembre, D\u00eda de los Difuntos, rodeado de sus nietos.",
    [
        ("NAME", "Antil"),
        ("NAME", "Antonio Pascual Mateo"),
        ("AGE", "95"),
        ("GEO", "Santa Eulalia"),
        ("DATE", "2 de noviembre"),
        ("DATE", "D\u00eda de los Difuntos"),
    ],
    note="Q'anjob'al nickname; Tata is a title; same day named twice",
)
# 217
p(
    "es",
    "patient_story",
    "Malin ya sali\u00f3 de cuidados intensivos \U0001f64f sigan orando por ella #FuerzaMalin",
    [("NAME", "Malin"), ("NAME", "#FuerzaMalin")],
    note="name and name hashtag",
)
# 218
p(
    "es",
    "patient_story",
    "Para mandarle tarjetas a la ni\u00f1a Rosa Tzul, escr\u00edbanle a su t\u00eda: tia.rositatzul@gmail.com",
    [("NAME", "Rosa Tzul"), ("EMAIL", "tia.rositatzul@gmail.com")],
    note="'la ni\u00f1a' is descriptive; aunt's email",
)
# 219
p(
    "es",
    "patient_story",
    "Si alguien conoce a la familia de Juana Ixcoy Mendoza, que estuvo en la cama 7 de Emergencias el 15/09, por favor llamen por WhatsApp al 423-555-0193.",
    [
        ("NAME", "Juana Ixcoy Mendoza"),
        ("OTHER_ID", "cama 7"),
        ("DATE", "15/09"),
        ("PHONE", "423-555-0193"),
    ],
    note="day-first date; bed with keyword",
)
# 220
p(
    "es",
    "patient_story",
    "Mi esposo Xhuwan trabaja en la granja de pollos de Morristown y se cort\u00f3 la mano el d\u00eda 5. Gracias al doctor que le habl\u00f3 en q'anjob'al.",
    [("NAME", "Xhuwan"), ("GEO", "Morristown"), ("DATE", "d\u00eda 5")],
    note="generic employer not a name, its town GEO; day of the month alone (decision 6)",
)
# 221
p(
    "es",
    "birth_announcement",
    "Naci\u00f3 el 7 de diciembre, d\u00eda de la Quema del Diablo: \u00a1bienvenida Ixchel Coc Tiul! Su abuelita dice que la ni\u00f1a ya espant\u00f3 a todos los diablos.",
    [("DATE", "7 de diciembre"), ("DATE", "Quema del Diablo"), ("NAME", "Ixchel Coc Tiul")],
    note="Guatemalan named day is the birth date; abuelita is a title",
)
# 222
p(
    "es",
    "pasted_record",
    "Pegu\u00e9 mal la info del seguro \U0001f62c TennCare 7783012245 - Francisco Mateo, Luc\u00eda - fecha de nacimiento 06/01/2023 (D\u00eda de Reyes).",
    [
        ("HEALTH_PLAN", "7783012245"),
        ("NAME", "Francisco Mateo, Luc\u00eda"),
        ("DATE", "06/01/2023"),
        ("DATE", "D\u00eda de Reyes"),
    ],
    note="day-first date (6 January) and the same day as a holiday; surname-first name",
)
# 223
p(
    "es",
    "birth_announcement",
    "Naci\u00f3 en Viernes Santo el peque\u00f1o Kaleb Xol: su mam\u00e1 Sandra lo trajo al mundo en el carro, en la Brainerd Road, camino al hospital.",
    [
        ("DATE", "Viernes Santo"),
        ("NAME", "Kaleb Xol"),
        ("NAME", "Sandra"),
        ("GEO", "Brainerd Road"),
    ],
    note="single named day (not Semana Santa) is DATE; 'el peque\u00f1o' is descriptive; road of the birth",
)
# 224
p(
    "es",
    "pasted_record",
    "Expediente 62008841 - Tom\u00e1s Ajanel, 34 a, ca\u00edda de andamio en una obra de Cleveland el 3/11; esposa Catarina, correo catarina.ajanel@hotmail.com",
    [
        ("MRN", "62008841"),
        ("NAME", "Tom\u00e1s Ajanel"),
        ("GEO", "Cleveland"),
        ("DATE", "3/11"),
        ("NAME", "Catarina"),
        ("EMAIL", "catarina.ajanel@hotmail.com"),
    ],
    note="record number, town of the fall, date, wife and her email",
)
# 225
p(
    "es",
    "milestone_birthday",
    "Feliz cumplea\u00f1os noventa y uno a do\u00f1a Eulogia Mendoza, que sigue echando tortillas desde su cama en el 4 Norte. \u00a1Nos rob\u00f3 el coraz\u00f3n!",
    [("AGE", "noventa y uno"), ("NAME", "Eulogia Mendoza")],
    note="age in Spanish words (decision 7)",
)
# 226
n(
    "es",
    "hospital_contact",
    "\u00bfNecesita un int\u00e9rprete? Llame a nuestra l\u00ednea en espa\u00f1ol: 865-555-0107. Tambi\u00e9n tenemos int\u00e9rpretes de k'iche', q'anjob'al y mam.",
    "hospital line",
)
# 227
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas se transmite por la chinche picuda. Si usted vivi\u00f3 en una casa de adobe en Guatemala, pida una prueba gratis en nuestra cl\u00ednica.",
    "eponymous condition; country",
)
# 228
n(
    "es",
    "event",
    "\u00a1Feliz 15 de septiembre! Celebre la Independencia con nosotros el domingo en el campus de Chattanooga: marimba, pepi\u00e1n y vacunas contra la gripe gratis.",
    "national holiday and event; hospital campus",
)
# 229
n(
    "es",
    "recruitment",
    "Buscamos int\u00e9rpretes m\u00e9dicos de k'iche' y q'anjob'al para Chattanooga y Knoxville. Escriba a jobs@sourwoodhealth.org.",
    "recruitment; hospital email",
)
# 230
n(
    "es",
    "public_figure",
    '"La paz no es solo la ausencia de guerra", dijo Rigoberta Mench\u00fa, Premio Nobel de la Paz en 1992. Hoy celebramos a las mujeres mayas que cuidan a nuestras familias.',
    "public figure",
)
# 231
n(
    "es",
    "health_tip",
    "Si trabaja en techos o en construcci\u00f3n con este calor: tome agua cada 15 minutos, descanse en la sombra y conozca las se\u00f1ales del golpe de calor.",
    "health tip",
)
# 232
n(
    "es",
    "statistic",
    "El a\u00f1o pasado atendimos a m\u00e1s de 3,100 pacientes que hablan idiomas mayas. Nadie debe recibir atenci\u00f3n sin entender a su m\u00e9dico.",
    "statistic",
)
# 233
n(
    "es",
    "crisis_update",
    "Alerta de inundaciones: la carretera 321 entre Cosby y Newport est\u00e1 cerrada. Nuestra cl\u00ednica de Sevierville sigue abierta hasta las 7 de la noche.",
    "road closure; hospital clinic",
)
# 234
n(
    "es",
    "anonymous_story",
    "Un trabajador de unos 40 a\u00f1os lleg\u00f3 ayer con quemaduras por qu\u00edmicos. Use guantes y lentes de protecci\u00f3n y pida capacitaci\u00f3n en su idioma.",
    "anonymous; 'ayer' is relative",
)
# 235
n(
    "es",
    "campaign_hashtag",
    "Gracias a todas las enfermeras que nos cuidan. Comparta su mensaje con #MaltyoxSourwood y #JuntosSourwood.",
    "campaign hashtags",
)
# 236
n(
    "es",
    "staff_spotlight",
    "Conozcan a Ixchel Batz, nuestra primera enfermera educadora que habla k'iche'. Creci\u00f3 en Momostenango y lleg\u00f3 a Tennessee a los 12 a\u00f1os.",
    "staff member; her home town is not a patient's",
)
# 237
n(
    "es",
    "health_tip",
    "Las vacunas contra la gripe son gratis para ni\u00f1os en nuestras tres cl\u00ednicas. No se necesita seguro ni n\u00famero de seguro social.",
    "health tip",
)
# 238
n(
    "es",
    "statistic",
    "Atendimos a 212 pacientes mayores de 90 a\u00f1os el a\u00f1o pasado. \u00a1Las abuelitas de las monta\u00f1as son fuertes!",
    "population ages",
)
# 239
n(
    "es",
    "event",
    "D\u00eda de Todos Santos: el 1 de noviembre habr\u00e1 barriletes y fiambre en el jard\u00edn del campus de Chattanooga para recordar a los pacientes que ya partieron.",
    "holiday as an event date; no patient named",
)
# 240
n(
    "es",
    "research",
    "Estudio nuevo sobre la diabetes en 300 familias mayas de Chattanooga y Dalton. Si quiere participar, llame al 423-555-0104.",
    "population research; hospital line",
)

if __name__ == "__main__":
    S.main("phi_dev97_source")
